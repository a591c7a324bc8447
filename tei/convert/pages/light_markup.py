"""(formats68) A document kept in a plain-text markup other than Markdown: an AsciiDoc file
(a course's or a wiki's: `= Title` over `:attribute:` lines, `== Section`, `[NOTE]` over a
`====` block, `NOTE: ...`, a `.Title` over a `****` sidebar, `[.role]` lines, `*bold*`,
a hard break ` +`) or a reStructuredText file (a title between or over `====` lines, a
`:Field: value` list under it, `.. note::` and other directives, `.. [#]` footnotes and
their `[#]_` references, `**bold**`). Each is read as the Markdown the converter reads:
the header's attributes or the field list a YAML front matter (table `front-matter-keys`
names the facts among them), titles `#` headings, a block's title over a one-paragraph
block a `Label: text` field, an admonition a `Note: ...` paragraph, footnotes numbered
notes (`[1]`), the markup that lays out (delimiters, options, comments, roles) blank.

Org-mode notes, Obsidian and Notion exports are `pages/note_apps.py`'s.
"""

from __future__ import annotations

import json
import re

from tei.convert.patterns import Patterns, label_key

_HEAD = 3_000
_ADOC_TITLE = re.compile(r"\A\s*+=[ \t]++\S[^\n]*\n(?:[^\n]*\n){0,3}?:[\w-]{1,40}:", re.MULTILINE)
_ADOC_MARKS = re.compile(r"^(?:={2,5}[ \t]++\S|\[(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION|quote"
                         r"|verse|source|\.[\w-]+)[^\]\n]{0,80}\]$|(?:NOTE|TIP|IMPORTANT|WARNING"
                         r"|CAUTION):[ \t]|\*{4,}$|'{3}$|:[\w-]{1,40}:(?:[ \t]|$))", re.MULTILINE)
_ADOC_LEAST = 4
_ATTRIBUTE = re.compile(r"^:(?P<key>[\w-]{1,40}):[ \t]*+(?P<value>.*)$")
_SECTION = re.compile(r"^(?P<level>={1,6})[ \t]++(?P<title>\S.*)$")
_ADMONITION = re.compile(r"^\[(?P<kind>NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]$")
_ADMONITION_LINE = re.compile(r"^(?P<kind>NOTE|TIP|IMPORTANT|WARNING|CAUTION):[ \t]++")
_DELIMITER = re.compile(r"^(?:={4,}|\*{4,}|_{4,}|-{4,}|\.{4,}|\+{4,}|/{4,}|'{3})$")
_BLOCK_TITLE = re.compile(r"^\.(?P<title>[A-Za-z][^\n]{0,80})$")
_ROLE = re.compile(r"^\[[^\]\n]{0,120}\]$")
_ADOC_DROPPED = re.compile(r"^(?://(?!/).*|(?:include|image|toc)::.*)$")
_LINK = re.compile(r"(?:link:)?(?P<url>https?://[^\s\[]{1,300})\[(?P<text>[^\[\]\n]{0,300}+)\]")
_STRONG = re.compile(r"(?<![\w*])\*(?P<text>[^*\n]{1,200}?)\*(?![\w*])")
_EMPHASIS = re.compile(r"(?<![\w_])_(?P<text>[^_\n]{1,200}?)_(?![\w_])")
_RST_ADORNMENT = re.compile(r"^([=\-~^\"'`#*+:.])\1{2,}$")
_RST_FIELD = re.compile(r"^:(?P<key>[A-Za-z][\w -]{0,40}):[ \t]++(?P<value>\S.*)$")
_RST_MARKS = re.compile(r"^(?:\.\. (?:[a-z-]{2,20}::|_[^:\n]{1,60}:|\[[#\w]{0,20}\])|:[A-Za-z]"
                        r"[\w -]{0,40}:[ \t]++\S)", re.MULTILINE)
_RST_LEAST = 3
_RST_EXPLICIT = re.compile(r"^\.\. \S", re.MULTILINE)  # a directive, target or footnote
_DIRECTIVE = re.compile(r"^\.\.[ \t]++(?P<name>[a-z-]{2,20})::[ \t]*+(?P<arg>.*)$")
_RST_FOOTNOTE = re.compile(r"^\.\.[ \t]++\[(?P<label>#?[\w-]{0,20})\][ \t]++(?P<text>.*)$")
_RST_REFERENCE = re.compile(r"(?:\\ )?\[(?P<label>#?[\w-]{0,20})\]_")
_RST_COMMENT = re.compile(r"^\.\.(?:[ \t].*)?$")
# a line above the document made a page's field (`Source: ...`, `Note: ...`)
_FIELD_LINE = re.compile(r"^(?P<label>[A-Z][\w ]{0,30}):[ \t]++(?P<text>\S.*)$")
_ADDRESS = re.compile(r"^[ \t]*+https?://\S++[ \t]*+$")  # a page's address alone on its line
_BREAK = re.compile(r"^[ \t]*(?:-{3,}|\*{3,}|_{3,})[ \t]*$")  # a thematic break
_NOTED = frozenset({"note", "admonition", "tip", "important", "hint", "attention",
                    "warning", "caution", "sidebar", "topic", "epigraph"})


def as_markdown(text: str, patterns: Patterns) -> str:
    """`text` as Markdown with front matter when it is an AsciiDoc or reStructuredText
    file; any other text as it is."""
    head = text[:_HEAD]
    if _ADOC_TITLE.match(head):
        return lifted(*_asciidoc(text.split("\n")), patterns)
    if len(_RST_MARKS.findall(head)) >= _RST_LEAST and _RST_EXPLICIT.search(head):
        return lifted(*_rst(text.split("\n")), patterns)
    if len(_ADOC_MARKS.findall(head)) >= _ADOC_LEAST:
        return lifted(*_asciidoc(text.split("\n")), patterns)
    return text


def lifted(fields: list[tuple[str, str]], lines: list[str], patterns: Patterns) -> str:
    """The file as front matter over the document's own heading and text: the headings,
    notes and `Label: text` fields above the last heading over the text (a `## Text`
    label's or a `## Text` heading's the one over it: table `page-fields`, `document-start`)
    are the page's."""
    body = next((i for i, line in enumerate(lines) if line.strip() and not line.startswith("#")
                 and not _FIELD_LINE.match(line) and not _BREAK.match(line)), len(lines))
    heads = [i for i in range(body) if lines[i].startswith("#")]
    starts = patterns.words("page-fields")
    facts = patterns.words("front-matter-keys")
    while heads and (label_key(lines[heads[-1]].lstrip("# ")) == "text" or starts.get(
            label_key(lines[heads[-1]].lstrip("# "))) == "document-start"):
        heads.pop()
    if not heads:
        return "\n".join([*front_matter(fields), *lines])
    title = heads[-1]
    notes: list[str] = []
    for line in (lines[i] for i in range(body) if i != title and lines[i].strip()
                 and not _BREAK.match(lines[i])):
        field = _FIELD_LINE.match(line)
        if field and _yaml_key(field.group("label")) in facts:
            fields.append((field.group("label"), field.group("text")))
        elif not (line.startswith("#") and starts.get(label_key(line.lstrip("# ")))):
            notes.append(field.group("text") if field and field.group("label") == "Note"
                         else line.lstrip("# "))
    fields.extend(("note", note) for note in notes)
    return "\n".join([*front_matter(fields), "## " + lines[title].lstrip("# "), "",
                      *lines[body:]])


def front_matter(fields: list[tuple[str, str]]) -> list[str]:
    """A YAML front matter block holding `fields` (keys as YAML's, values quoted; a key
    given more than once a list, its first value first)."""
    if not fields:
        return []
    values: dict[str, list[str]] = {}
    for key, value in fields:
        values.setdefault(_yaml_key(key), []).append(value)
    dumped = {key: json.dumps(found[0] if len(found) == 1 else found, ensure_ascii=False)
              for key, found in values.items()}
    return ["---", *(f"{key}: {value}" for key, value in dumped.items()), "---", ""]


def _yaml_key(key: str) -> str:
    """A field's name as a front matter's key (`Source URL`: `source_url`)."""
    return re.sub(r"[\s-]+", "_", key.strip()).casefold()


def inline(line: str) -> str:
    """A line without its inline markup: links as their text, bold and italics plain."""
    line = _LINK.sub(lambda found: found.group("text") or found.group("url"), line)
    return _EMPHASIS.sub(r"\g<text>", _STRONG.sub(r"\g<text>", line.replace("**", "")))


def _asciidoc(lines: list[str]) -> tuple[list[tuple[str, str]], list[str]]:
    """An AsciiDoc file's lines as Markdown (see the module's docstring)."""
    fields: list[tuple[str, str]] = []
    out: list[str] = []
    label = ""
    admonition = ""
    header = True
    for line in lines:
        attribute = _ATTRIBUTE.match(line)
        if header and attribute:
            fields.append((attribute.group("key"), attribute.group("value")))
            continue
        if line.strip():
            header = header and bool(_SECTION.match(line)) and line.startswith("= ")
        section, title = _SECTION.match(line), _BLOCK_TITLE.match(line)
        kind, said = _ADMONITION.match(line), _ADMONITION_LINE.match(line)
        if section:
            out.append("#" * min(len(section.group("level")), 3) + " "
                       + inline(section.group("title")))
        elif title:
            label = title.group("title")
        elif kind:
            admonition = kind.group("kind").title()
        elif _DELIMITER.match(line) or _ROLE.match(line) or _ADOC_DROPPED.match(line):
            out.append("")
        elif said:
            out.append(f"{said.group('kind').title()}: {inline(line[said.end():])}")
        else:
            lead = label or admonition
            text = inline(line.removesuffix(" +"))
            out.append(f"{lead}: {text}" if lead and text.strip() else text)
            label = admonition = "" if text.strip() else label or admonition
    return fields, out


def _rst(lines: list[str]) -> tuple[list[tuple[str, str]], list[str]]:
    """A reStructuredText file's lines as Markdown (see the module's docstring)."""
    fields: list[tuple[str, str]] = []
    out: list[str] = []
    styles: list[str] = []
    counts = [0, 0]  # auto-numbered footnote references and definitions so far
    indented_as = ""  # the directive whose indented block is being read
    for k, line in enumerate(lines):
        if indented_as and (not line.strip() or line[:1] in " \t"):
            if indented_as in _NOTED and line.strip() and not line.strip().startswith(":"):
                out.append(f"Note: {inline(line.strip())}" if not out[-1:] or not
                           out[-1].startswith("Note:") else inline(line.strip()))
            elif not line.strip():
                out.append("")
            continue
        indented_as = ""
        directive, footnote = _DIRECTIVE.match(line), _RST_FOOTNOTE.match(line)
        field = _RST_FIELD.match(line)
        if _RST_ADORNMENT.match(line.strip()) and _titles(lines, k):
            out.append("")
            continue
        if k + 1 < len(lines) and _RST_ADORNMENT.match(lines[k + 1].strip()) \
                and line.strip() and len(lines[k + 1].strip()) >= len(line.strip()):
            style = lines[k + 1].strip()[0] + ("o" if k and lines[k - 1].strip() else "")
            styles += [] if style in styles else [style]
            out.append("#" * min(styles.index(style) + 1, 3) + " " + inline(line.strip()))
        elif field and not any(o.strip() and not o.startswith("#") and not _ADDRESS.match(o)
                               for o in out):  # (the page's address may stand above)
            fields.append((field.group("key"), field.group("value")))
            out.append("")
        elif footnote:
            out.append(f"[{_number(footnote.group('label'), counts, 1)}] "
                       f"{inline(footnote.group('text'))}")
        elif directive:
            indented_as = directive.group("name")
            if indented_as in _NOTED and directive.group("arg"):
                out.append(f"Note: {inline(directive.group('arg'))}")
            else:
                out.append("")
        elif _RST_COMMENT.match(line):
            out.append("")
        else:
            out.append(_RST_REFERENCE.sub(
                lambda found: f"[{_number(found.group('label'), counts, 0)}]",
                inline(line.replace("::", ":"))))
    return fields, out


def _titles(lines: list[str], k: int) -> bool:
    """Whether the adornment line `k` is a title's over- or underline."""
    near = [lines[i].strip() for i in (k - 1, k + 1) if 0 <= i < len(lines)]
    return any(line and not _RST_ADORNMENT.match(line) and len(line) <= len(lines[k].strip())
               for line in near)


def _number(label: str, counts: list[int], kind: int) -> str:
    """A footnote's number: its own (`[2]`), else the next auto number of references
    (`kind` 0) or definitions (1), which rST matches in order."""
    if label.isdigit():
        return label
    counts[kind] += 1
    return str(counts[kind])
