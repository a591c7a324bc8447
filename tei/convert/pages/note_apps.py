"""(formats68) A document kept in a note-taking tool's file: an Org-mode file (`#+TITLE:`
and other `#+KEY:` lines, `* heading` with its TODO word and `:tags:`, a heading's
`:PROPERTIES:` drawer, `SCHEDULED:` lines, `#+BEGIN_QUOTE` blocks, `[[target][text]]`
links), an Obsidian note (callouts `> [!note] Title` over `> ...` lines, `[[page|alias]]`
links, `==highlight==`, `key:: value` fields, a line of `#tags`) or a Notion page exported
as Markdown (`# Title` over `Key: value` property lines or (repost79) a two-column table of
them, callouts in `<aside>` tags).

Each is read as the Markdown the converter reads: the file's keywords, the first drawer's
properties or the page's properties a YAML front matter (table `front-matter-keys` names
the facts among them), headings `#` headings (without their TODO word and tags; planning lines
dropped), a callout a `Note: ...` paragraph ((repost69) a quotation's callout, `> [!quote]
Telegram from ...`, a block quote: the document a note keeps), links their text, the markup that
lays out (block lines, drawers, `<aside>`) blank.
"""

from __future__ import annotations

import re

from tei.convert.pages.light_markup import inline, lifted
from tei.convert.patterns import Patterns

_HEAD = 3_000
_ORG_MARKS = re.compile(r"^(?:#\+[A-Za-z_]{2,30}:|#\+(?:BEGIN|END)_\w{2,20}|:PROPERTIES:$|:END:$"
                        r"|\*{1,6} \S)", re.MULTILINE | re.IGNORECASE)
_ORG_LEAST = 3
_KEYWORD = re.compile(r"^#\+(?P<key>[A-Za-z_]{2,30}):[ \t]*+(?P<value>.*)$")
_ORG_BLOCK = re.compile(r"^[ \t]*#\+(?:BEGIN|END)_\w{2,20}.*$", re.IGNORECASE)
_HEADING = re.compile(r"^(?P<stars>\*{1,6})[ \t]++(?:(?P<todo>TODO|DONE|NEXT|WAITING)[ \t]++)?"
                      r"(?:\[#[A-C]\][ \t]++)?(?P<title>.*?)(?:[ \t]++:[\w@:]++:)?[ \t]*$")
# the notes file's own keywords: its title a heading, its author and day not the document's
_FILE_KEYS = frozenset({"title", "author", "date", "email", "startup", "options"})
_PROPERTY = re.compile(r"^[ \t]*+:(?P<key>[A-Za-z][\w-]{0,40}):[ \t]*+(?P<value>.*)$")
_PLANNING = re.compile(r"^[ \t]*+(?:SCHEDULED|DEADLINE|CLOSED):")
_ORG_LINK = re.compile(r"\[\[(?P<target>[^\[\]\n]{1,300})\](?:\[(?P<text>[^\[\]\n]{1,300})\])?\]")
_VERBATIM = re.compile(r"(?<![\w=])=(?P<text>[^=\n]{1,200}?)=(?![\w=])")
_WIKI = re.compile(r"!?\[\[(?P<target>[^\[\]|\n]{1,300})(?:\|(?P<text>[^\[\]\n]{1,300}))?\]\]")
_CALLOUT = re.compile(r"^>[ \t]*+\[!(?P<kind>[\w-]{1,20})\][+-]?[ \t]*+(?P<title>.*)$")
_QUOTED = re.compile(r"^>[ \t]?")
# (repost69) the callouts that hold a quotation (`> [!quote] Telegram from ...`, `[!cite]`):
# the quoted text, not the note-taker's note
_QUOTE_KINDS = frozenset({"quote", "cite"})
_HIGHLIGHT = re.compile(r"==(?P<text>[^=\n]{1,200})==")
_INLINE_FIELD = re.compile(r"^(?P<key>[A-Za-z][\w ]{0,40})::[ \t]*+")
_TAG_LINE = re.compile(r"^(?:#[\w/-]{1,40}[ \t]*+){1,20}$")
_COMMENT = re.compile(r"%%.*?%%")
_NOTION_TITLE = re.compile(r"\A\ufeff?#[ \t]++\S[^\n]*\n\n(?P<fields>(?:[A-Z][\w ()/-]{0,40}:"
                           r"[ \t]++\S[^\n]*\n){2,30})")
_NOTION_FIELD = re.compile(r"^(?P<key>[^:\n]{1,42}):[ \t]++(?P<value>.*)$")
# (repost79) or its properties as a two-column table under the title (`| Property | Value |` /
# `| --- | --- |` / `| Created | March 3, 2024 2:11 PM |`), as other exporters write them
_NOTION_TABLE = re.compile(r"\A\ufeff?#[ \t]++\S[^\n]*\n\n(?P<fields>"
                           r"\|[^|\n]{1,42}\|[^|\n]{1,42}\|[ \t]*\n"
                           r"\|[ \t]*:?-{3,}:?[ \t]*\|[ \t]*:?-{3,}:?[ \t]*\|[ \t]*\n"
                           r"(?:\|[ \t]*[*_]{0,2}[A-Z][\w ()/-]{0,40}[*_]{0,2}[ \t]*"
                           r"\|[^|\n]++\|[ \t]*\n){2,30})")
_PAGE_PROPERTIES = frozenset({"created", "created by", "created time", "last edited",
                              "last edited time", "last edited by", "status", "tags"})
# the value's words and the spaces between them, none at its ends (linear: no space is
# both the value's and the padding's)
_TABLE_FIELD = re.compile(r"^\|[ \t]*[*_]{0,2}(?P<key>[A-Z][\w ()/-]{0,40}?)[*_]{0,2}[ \t]*\|"
                          r"[ \t]*+(?P<value>(?:[^|\s]++|[ \t]++(?=[^|\s]))*+)[ \t]*+\|[ \t]*$")
_PROPERTIES = re.compile(r"\A---[ \t]*\n(?P<body>.*?\n)---[ \t]*(?:\n|\Z)", re.DOTALL)
_ASIDE = re.compile(r"^[ \t]*+</?aside>[ \t]*+$")


def from_note_app(text: str, patterns: Patterns) -> str:
    """`text` as Markdown with front matter when it is an Org-mode, Obsidian or Notion
    file; any other text as it is."""
    head = text[:_HEAD]
    if len(_ORG_MARKS.findall(head)) >= _ORG_LEAST and _KEYWORD.match(head.lstrip().split("\n")[0]):
        return lifted(*_org(text.split("\n")), patterns)
    notion = _NOTION_TITLE.match(text) or _property_table(text)
    if notion:
        return lifted(*_notion(text, notion), patterns)
    if _CALLOUT.search(head) or (head.startswith("---") and _WIKI.search(head)):
        properties = _PROPERTIES.match(text)
        data = _yaml(properties.group("body")) if properties else None
        if isinstance(data, dict):
            fields = [(str(key), value if isinstance(value, list) else str(value))
                      for key, value in data.items()]
            return lifted(fields, _obsidian(text[properties.end():].split("\n")), patterns)
        return "\n".join(_obsidian(text.split("\n")))
    return text


def _property_table(text: str) -> re.Match[str] | None:
    """(repost79) A page's property table under its `# Title`: one of its rows names a
    property the tool keeps of the page (`Created`, `Tags`, `Status`), never only a
    document's fields (`| From | ... |`, `| Date | ... |`: the document's own table)."""
    found = _NOTION_TABLE.match(text) if text[:1] in "#\ufeff" else None
    return found if found and any(
        (row := _TABLE_FIELD.match(line)) and row.group("key").casefold() in _PAGE_PROPERTIES
        for line in found.group("fields").splitlines()[2:]) else None


def _yaml(body: str) -> object:
    """A note's properties (YAML), or None when they are no valid YAML."""
    import yaml  # only for notes with properties

    try:
        return yaml.safe_load(body)
    except yaml.YAMLError:
        return None


def _org(lines: list[str]) -> tuple[list[tuple[str, str]], list[str]]:
    """An Org-mode file's lines as Markdown (see the module's docstring)."""
    fields: list[tuple[str, str]] = []
    out: list[str] = []
    drawer = False
    for line in lines:
        keyword, heading = _KEYWORD.match(line), _HEADING.match(line)
        if keyword and not line.startswith("#+BEGIN") and not out:
            fields.append((keyword.group("key"), keyword.group("value")))
            continue
        if line.strip().upper() == ":PROPERTIES:":
            drawer = True
        elif drawer:
            prop = _PROPERTY.match(line)
            drawer = line.strip().upper() != ":END:"
            if prop and drawer and not any(key.casefold() == prop.group("key").casefold()
                                           and key.isupper() for key, _ in fields):
                fields.append((prop.group("key"), prop.group("value")))
            out.append("")
            continue
        if heading:
            out.append("#" * min(len(heading.group("stars")), 3) + " "
                       + _org_inline(heading.group("title")))
        elif _PLANNING.match(line) or _ORG_BLOCK.match(line) or line.strip() \
                .upper() == ":PROPERTIES:":
            out.append("")
        else:
            out.append(_org_inline(line))
    title = next((value for key, value in fields if key.casefold() == "title"), "")
    fields = [(key, value) for key, value in fields if key.casefold() not in _FILE_KEYS]
    return fields, [*([f"# {title}", ""] if title else []), *out]


def _org_inline(line: str) -> str:
    """An Org line's links as their text, its verbatim and bold plain."""
    line = _ORG_LINK.sub(lambda found: found.group("text") or found.group("target"), line)
    return inline(_VERBATIM.sub(r"\g<text>", line))


def _notion(text: str, found: re.Match[str]) -> tuple[list[tuple[str, str]], list[str]]:
    """A Notion export: its properties a front matter under which the title stays."""
    title = text[:found.start("fields")]
    lines = found.group("fields").splitlines()
    row = _TABLE_FIELD if lines[0].startswith("|") else _NOTION_FIELD
    fields = [(field.group("key"), field.group("value")) for field in
              map(row.match, lines[2:] if row is _TABLE_FIELD else lines) if field]
    rest: list[str] = []
    aside = False
    for line in text[found.end():].split("\n"):
        if _ASIDE.match(line):
            aside = "/" not in line
            rest.append("")
        else:
            rest.append(f"Note: {line.strip()}" if aside and line.strip() else line)
    return fields, [title.rstrip("\n"), "", *_obsidian(rest)]


def _obsidian(lines: list[str]) -> list[str]:
    """An Obsidian note's lines without its callouts' marks, links, fields and tags."""
    out: list[str] = []
    callout = False
    label = "Note: "
    for line in lines:
        mark = _CALLOUT.match(line)
        if mark:
            callout = True
            label = "> " if mark.group("kind").casefold() in _QUOTE_KINDS else "Note: "
            title = mark.group("title").strip()
            out.append(f"{label}{_wiki(title)}" if title else "")
            continue
        if callout and _QUOTED.match(line):
            words = _wiki(_QUOTED.sub("", line)).strip()
            out.append(f"{label}{words}" if words else (">" if label == "> " else ""))
            continue
        callout = False
        if _TAG_LINE.match(line.strip()):
            out.append("")
            continue
        line = _INLINE_FIELD.sub(lambda found: f"{found.group('key')}: ", line)
        out.append(_wiki(_COMMENT.sub("", line)))
    return out


def _wiki(line: str) -> str:
    """A line's wiki links as their shown text, its highlights plain."""
    line = _WIKI.sub(lambda found: "" if found.group().startswith("!")
                     else found.group("text") or found.group("target"), line)
    return _HIGHLIGHT.sub(r"\g<text>", line)
