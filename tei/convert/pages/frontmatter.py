"""Page reader for metadata blocks at the top of a file: YAML front matter (Jekyll, Hugo
and Markdown editions, between `---` lines), Hugo's TOML front matter (between `+++`
lines, formats67) and a web reader's header (a page fetched as Markdown through a
reader service: `Title: ...` / `URL Source: ...` / `Published Time: ...` / `Markdown
Content:`).

The keys that carry archive facts are named in the pattern table `front-matter-keys`
(title, date, archival reference, ...); a reader's `Title` is the page's HTML title, whose
site name (`... | Wilson Center Digital Archive`) the table `site-title` takes off: it
titles the page only when the page shows no title line of its own. So does the front
matter's title when a Markdown heading (`# `, `## `) opens the text under it: the heading is
the edition's own title of the document (`## 87. Sir Clifton Webb (London) to Mr Holland`
under `title = "High Commissioner in London to Prime Minister"`), unless it repeats the
front matter's title. The
block is replaced by blank lines so that the line numbers of the document below stay those
of the source.
"""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.markup import normalise
from tei.convert.read import Line
from tei.convert.segment import doc_type_in
from tei.convert.zones import Segments

_BLOCK = re.compile(r"\A\ufeff?---[ \t]*\n(?P<body>.*?\n)---[ \t]*(?:\n|\Z)", re.DOTALL)
_TOML_BLOCK = re.compile(r"\A\ufeff?\+\+\+[ \t]*\n(?P<body>.*?\n)\+\+\+[ \t]*(?:\n|\Z)", re.DOTALL)
# a Markdown heading opening the text under the front matter
_HEADING = re.compile(r"\A\s*+#{1,3}[ \t]++(?P<heading>\S[^\n]*)")
# (repost73) or the first one further down, under a post's introduction (an HTML block left
# in the Markdown: `<div class="post-intro">...</div>`), when it names the document's form
_LATER_HEADING = re.compile(r"^#{1,3}[ \t]++(?P<heading>\S[^\n]*)", re.MULTILINE)
_MAX_BLOCK = 20_000
# a reader service's header: `Key: value` lines (blank lines between), closed by the line
# that opens the page's Markdown
_READER = re.compile(r"\A\ufeff?(?P<body>Title:[^\n]{0,500}\n"
                     r"(?:(?:[A-Z][\w-]{0,20}(?: [A-Za-z][\w-]{0,20}){0,2}:[^\n]{0,1000})?"
                     r"\n){0,12})"
                     r"Markdown Content:[ \t]*(?:\n|\Z)")
# (lead70) a front matter line YAML refused, read as a key and its value (a list item's too)
_KEY_LINE = re.compile(
    r"^[ \t]*+(?:-[ \t]++)?(?P<key>[A-Za-z_][\w-]{0,40}):(?:[ \t]++(?P<value>.*))?$")
_READER_FIELD = re.compile(r"^(?P<key>[^:]+):\s*(?P<value>.*)$")
# facts the page's labelled fields give too (`Translator:`), and its index terms (`tags:`)
_PAGE_FIELDS = frozenset({"translator", "original-language", "original-archive", "page-text"})
_INDEX_FIELDS = frozenset({"topics", "places", "people"})
# (repost81) a course site's `:Source:` telling how its copy was made, no shelfmark
# (`Transcribed from the printed edition for HIST 415.`)
_HOW_COPIED = re.compile(r"^(?:Transcribed|Typed|Retyped|Copied|Taken|Adapted|Excerpted|"
                         r"Reproduced|Scanned)\s++(?:from|by|for|after)\b")
_NUMBER = re.compile(r"^(?:No\.?\s?)?(?P<number>\d{1,5}(?:[/-]\d{1,4})?)$")  # `47`, `No. 412`


def split_front_matter(text: str, seg: Segments, ctx: Context) -> str:
    """The text without its front matter or reader's header, whose facts go to `seg`
    (a file saved with CR LF line ends has its newlines made one kind first)."""
    if "\r" in text[:_MAX_BLOCK]:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.startswith("\n"):  # under a forwarded mail's header (`copies.py`)
        body = text.lstrip("\n")
        return text[:len(text) - len(body)] + split_front_matter(body, seg, ctx)
    if text.startswith(("Title:", "\ufeffTitle:")):
        return _split_reader_header(text, seg, ctx)
    toml = _TOML_BLOCK.match(text[:_MAX_BLOCK])
    found = toml or _BLOCK.match(text[:_MAX_BLOCK])
    if not found:
        return text
    data = _toml(found.group("body"), ctx) if toml else _yaml(found.group("body"), ctx)
    if not isinstance(data, dict):
        return text
    seg.layouts.append("front-matter")
    top = text[found.end():found.end() + 2_000]
    heading = _HEADING.match(top)
    later = None if heading else _form_heading(top, ctx)
    _facts(data, seg, ctx, (heading or later).group("heading").strip() if heading or later else "")
    if later is not None and seg.page_title is None:  # the document's title, below the head
        line = found.group(0).count("\n") + top[:later.start()].count("\n") + 1
        seg.page_title = Line(line, " ".join(later.group("heading").split()))
    return "\n" * found.group(0).count("\n") + text[found.end():]


def _form_heading(top: str, ctx: Context) -> re.Match[str] | None:
    """(repost73) The first Markdown heading under the post's introduction when it opens
    with the document's form (`## Telegram 812 from Vientiane, 6 December 1962`)."""
    found = _LATER_HEADING.search(top)
    return found if found and doc_type_in(found.group("heading"), ctx, True) else None


def _yaml(body: str, ctx: Context) -> object:
    """YAML front matter's data; (lead70) front matter YAML refuses, as hand-written and
    re-wrapped blocks often are (`title: Cablegram 346: Beasley to Evatt`, a value wrapped
    onto a line of its own), read line by line (`_key_lines`) with a warning; None when not
    even that reads it: it stays text."""
    import yaml  # only for texts with front matter

    try:
        return yaml.safe_load(normalise(body))  # `&nbsp;` after a key too
    except yaml.YAMLError as exc:
        problem = f"{exc}".splitlines()[0]
        pairs = _key_lines(normalise(body))
        if pairs is None:
            ctx.warn(1, f"front matter is not valid YAML, kept as text: {problem}",
                     "front-matter")
            return None
        ctx.warn(1, f"front matter is not valid YAML ({problem}); read as `key: value` lines",
                 "front-matter")
        return {"": pairs}


def _key_lines(body: str) -> list[dict[str, str]] | None:
    """The `key: value` lines of a block, each line under one without a key (a wrapped
    value) joined to the value above, quotes around a value taken off; None when a line of
    text comes before the first key (no front matter)."""
    pairs: list[list[str]] = []
    for line in body.splitlines():
        found = _KEY_LINE.match(line)
        if found:
            pairs.append([found.group("key"), (found.group("value") or "").strip()])
        elif line.strip() and not pairs:
            return None
        elif line.strip():
            pairs[-1][1] = f"{pairs[-1][1]} {line.strip()}".strip()
    return [{key: _unquoted(value)} for key, value in pairs] or None


def _unquoted(value: str) -> str:
    """A value without the quotes around it (YAML's doubled single quote made one)."""
    if len(value) > 1 and value[0] == value[-1] == "'":
        return value[1:-1].replace("''", "'")
    if len(value) > 1 and value[0] == value[-1] == '"':
        return value[1:-1]
    return value


def _toml(body: str, ctx: Context) -> object:
    """TOML front matter's data (None when it is not valid TOML: it stays text)."""
    import tomllib

    try:
        return tomllib.loads(normalise(body))
    except tomllib.TOMLDecodeError as exc:
        ctx.warn(1, f"front matter is not valid TOML, kept as text: {exc}".splitlines()[0],
                 "front-matter")
        return None


def _split_reader_header(text: str, seg: Segments, ctx: Context) -> str:
    """The text without a web reader's header (its `Title` without the site's name)."""
    found = _READER.match(text[:_MAX_BLOCK])
    if not found:
        return text
    seg.layouts.append("reader-header")
    fields = (_READER_FIELD.match(line) for line in found.group("body").splitlines())
    pairs = [(f.group("key").strip().replace(" ", "_"), f.group("value")) for f in fields if f]
    data = dict(pairs)
    title = data.pop("Title").strip()
    site = ctx.res.patterns.match("site-title", title)
    if site:  # the site's name alone titles no document
        title = site[1].group("title") if site[0] == "site-name" else ""
    if title:  # the HTML title: the page's title only when the page shows none of its own
        seg.fields.setdefault("title", []).append(Line(1, " ".join(title.split())))
    _facts(data, seg, ctx)
    return "\n" * found.group(0).count("\n") + text[found.end():]


def _facts(data: dict, seg: Segments, ctx: Context, heading: str = "") -> None:
    """The front matter's facts; its title only a fallback under a Markdown `heading` of
    other words (a heading repeating it, less its date, leaves it the title: lead33)."""
    keys = ctx.res.patterns.words("front-matter-keys")
    for key, value in _flatten(data):
        fact = keys.get(key.casefold())
        if not fact or value in ("", None):
            continue
        text = " ".join(str(value).split())
        if fact == "title" and heading and not text.casefold().startswith(heading.casefold()):
            seg.fields.setdefault("title", []).append(Line(1, text))
        elif fact == "title" and seg.page_title is None:
            _title(text, seg, ctx)
        elif fact == "date" and seg.page_date is None:
            seg.page_date = Line(1, text)
        elif fact == "reference":
            found = ctx.res.patterns.match("archival-reference", text)
            if found:  # `AVPRF, f. 0100, ...`: the archive it names is the repository
                seg.add_reference(found[1])
            elif _HOW_COPIED.match(text):  # (repost81) how the page's copy was made
                seg.fields.setdefault("page-text", []).append(Line(1, text))
            else:
                seg.references.append(text.strip("[]"))
        elif fact in _PAGE_FIELDS:
            seg.fields.setdefault(fact, []).append(Line(1, text))
        elif fact == "telegram":  # (repost81) `:Number: 47`, a short number only
            if _NUMBER.match(text):
                seg.facts.setdefault(fact, _NUMBER.match(text).group("number"))
                seg.facts.setdefault("numbered-form", "telegram")  # the form it numbers
        elif fact in _INDEX_FIELDS:
            seg.keywords.setdefault(fact, []).append(Line(1, text))
        else:
            seg.facts.setdefault(fact, text)


def _title(text: str, seg: Segments, ctx: Context) -> None:
    """The front matter's title: an edition's is the page's; (wcda65) a web clipper's, the
    page's HTML title with the site's name (`... | Wilson Center Digital Archive`), titles
    the page only when the page shows no title line of its own, as a reader's does."""
    site = ctx.res.patterns.match("site-title", text)
    if site is None:
        seg.page_title = Line(1, text)
    elif site[0] == "site-name":
        seg.fields.setdefault("title", []).append(Line(1, site[1].group("title")))


def _flatten(data: object, key: str = "") -> list[tuple[str, object]]:
    """(key, value) pairs of nested mappings and lists, keyed by the innermost key."""
    if isinstance(data, dict):
        return [pair for k, v in data.items() for pair in _flatten(v, str(k))]
    if isinstance(data, list):
        return [pair for v in data for pair in _flatten(v, key)]
    return [(key, data)]
