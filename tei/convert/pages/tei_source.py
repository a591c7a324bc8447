"""A digital edition's TEI (or TEI-like XML) source of one document given as text (the FRUS
volumes' `<div type="document" ...>` as the Office of the Historian's repository holds it,
another edition's `<TEI>` file) rather than the page the edition renders from it.

The source is read as text, never parsed as XML: no DTD, entity or address in it is
resolved. Its tags are read by one pattern and give the text as the edition's page shows it:
a block element (`head`, `dateline`, `p`, `opener`, `closer`, `signed`, `salute`, `item`,
a table's `row`, ...) stands on its own lines with a blank line around it, `lb` breaks the
line, the header, facsimile and stand-off parts and the forme work (`fw`) are left out, a
`choice` shows its correction, expansion or regularisation only; a `note` leaves its number
as an anchor in brackets (`[2]`) where it stands and is set under the text (`[2] ...`), as
the edition's page lists its notes. Entities are the five of XML and character references
(an HTML name an editor left in is read as HTML reads it). A full file's title
(`titleStmt/title`) heads the text when no `head` does.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

_HEAD = 3_000  # the root element and the first TEI elements open the source
# a document type declaration, its internal subset too; an unclosed one runs to the end (each
# scan stops where the next markup opens or the text ends: linear)
_DOCTYPE = r"<!DOCTYPE[^<>\[]{0,500}+(?:>|\[[^\]]{0,5000}+(?:\]\s*+>|\Z))"
# the source's opening: a declaration, comments, processing instructions, then a TEI
# container element
_OPENING = re.compile(r"\A\ufeff?\s*+(?:(?:<\?[^>]{0,300}\?>|<!--.{0,1000}?-->"
                      rf"|{_DOCTYPE})\s*+)*<"
                      r"(?:[\w.-]{1,20}:)?(?:TEI|teiCorpus|text|body|front|back|group|"
                      r"floatingText|div[1-7]?)(?=[\s>/])", re.DOTALL)
# elements only TEI has (an HTML `div` holds none of them)
_EVIDENCE = re.compile(r"<(?:teiHeader|dateline|closer|opener|signed|salute|persName|placeName|"
                       r"docDate|note\s[^<>]{0,200}\bn=|head(?=[\s>]))|\bxml:id=\"")
_TOKEN = re.compile(rf"<!--.*?(?:-->|\Z)|<\?.*?(?:\?>|\Z)"
                    rf"|<!\[CDATA\[(?P<cdata>.*?)(?:\]\]>|\Z)|{_DOCTYPE}"
                    r"|<(?P<close>/)?(?:[\w.-]{1,20}:)?(?P<name>[A-Za-z_][\w.-]{0,40})"
                    r"(?P<attrs>(?:\s[^<>]*?)?)(?P<empty>/)?>", re.DOTALL)
_N = re.compile(r"""\bn\s*=\s*["']([^"'<>]{1,12})["']""")
_BLOCKS = frozenset({"head", "p", "ab", "dateline", "opener", "closer", "signed", "salute",
                     "byline", "docDate", "postscript", "item", "label", "trailer", "argument",
                     "epigraph", "div", "div1", "div2", "div3", "div4", "list", "l", "lg",
                     "row", "table", "address", "addrLine", "floatingText", "attachment",
                     "docTitle", "titlePart", "docAuthor", "quote", "q", "sp", "speaker",
                     "body", "text", "front", "back", "group", "TEI", "bibl"})
# a block inside a paragraph runs on in it (a FRUS `quote` or `list` within a `p`)
_INLINE_IN = frozenset({"p", "ab", "item", "head", "dateline", "signed", "salute", "l"})
_UNSHOWN = frozenset({"teiHeader", "facsimile", "standOff", "fw", "figDesc", "sourceDoc"})
_ALTERNATIVES = frozenset({"sic", "orig", "abbr"})  # a choice's other reading shows
_SPACES = re.compile(r"\s+")
_TITLE_OPEN = re.compile(r"<titleStmt>\s*+<title(?:\s[^>]*+)?>")  # a full file's title


@dataclass
class _Reading:
    """The text read so far: finished lines, the line being built, the notes."""

    lines: list[str] = field(default_factory=list)
    current: list[str] = field(default_factory=list)
    notes: list[tuple[str, list[str]]] = field(default_factory=list)

    def text(self, words: str) -> None:
        target = self.notes[-1][1] if self.notes and self.notes[-1][0] == "*open*" \
            else self.current
        target.append(words)

    def end_line(self, blank: bool) -> None:
        line = _SPACES.sub(" ", "".join(self.current)).strip()
        self.current = []
        if line:
            self.lines.append(line)
        if blank and self.lines and self.lines[-1]:
            self.lines.append("")


def is_tei_source(text: str) -> bool:
    """Whether `text` is a TEI (XML) source: a TEI container element opens it and elements
    only TEI has follow."""
    head = text[:_HEAD]
    return bool(_OPENING.match(head)) and bool(_EVIDENCE.search(head))


def tei_text(text: str) -> str:
    """The text a TEI source shows: its blocks as lines, its notes under the text."""
    reading = _Reading()
    stack: list[str] = []
    skipped = 0  # the depth inside an unshown element
    position = 0
    for token in _TOKEN.finditer(text):
        if not skipped:
            _words(reading, text[position:token.start()])
        position = token.end()
        name, empty = token.group("name"), bool(token.group("empty"))
        if skipped:
            skipped += 0 if name is None or empty else -1 if token.group("close") else 1
        elif token.group("cdata") is not None:
            reading.text(token.group("cdata"))
        elif name is None:  # a comment, processing instruction or doctype
            continue
        elif token.group("close"):
            _close(reading, stack, name)
        elif name in _UNSHOWN or (name in _ALTERNATIVES and stack[-1:] == ["choice"]):
            skipped = int(not empty)
        else:
            _open(reading, stack, name, token.group("attrs") or "", empty)
    if not skipped:
        _words(reading, text[position:])
    reading.end_line(True)
    return "\n".join(_titled(reading.lines, text) + _notes(reading))


def _words(reading: _Reading, raw: str) -> None:
    if raw:
        reading.text(html.unescape(raw))


def _open(reading: _Reading, stack: list[str], name: str, attrs: str, empty: bool) -> None:
    """An element's start: a note opens its text, a block its line, `lb` breaks one."""
    if name == "lb":
        reading.end_line(False)
        return
    if name == "gap" and empty:
        reading.text(" [...] ")
        return
    if empty:
        return
    if name == "note":
        found = _N.search(attrs)
        number = found.group(1) if found else str(len(reading.notes) + 1)
        if reading.notes and reading.notes[-1][0] == "*open*":  # a note in a note: its text
            stack.append("*note")
            return
        reading.text(f"[{number}]")
        reading.notes.append(("*open*", [number]))
    elif name in _BLOCKS and not (set(stack) & _INLINE_IN and name in {"quote", "q", "list",
                                                                       "item", "l", "lg"}):
        reading.end_line(name not in {"signed", "l", "addrLine", "item", "label"})
    stack.append(name)


def _close(reading: _Reading, stack: list[str], name: str) -> None:
    """An element's end: a note's text is set aside, a block's line ends."""
    while stack and stack[-1].lstrip("*") != name:
        stack.pop()
    if not stack:
        return
    opened = stack.pop()
    if opened.startswith("*"):
        return
    if name == "note" and reading.notes and reading.notes[-1][0] == "*open*":
        number, *words = reading.notes.pop()[1]
        reading.notes.append((number, words))
    elif name in _BLOCKS and not (set(stack) & _INLINE_IN and name in {"quote", "q", "list",
                                                                       "item", "l", "lg"}):
        reading.end_line(name not in {"signed", "l", "addrLine", "item", "label"})


def _notes(reading: _Reading) -> list[str]:
    """The notes as the page lists them under the text (`[2] ...`)."""
    notes = [f"[{n}] {_SPACES.sub(' ', ''.join(words)).strip()}" for n, words in reading.notes
             if n != "*open*"]
    return ["", *notes] if notes else []


def _titled(lines: list[str], text: str) -> list[str]:
    """A full file's title over its text when no `head` gives the document one."""
    if re.search(r"<(?:[\w.-]{1,20}:)?head[\s>]", text):
        return lines
    found = _TITLE_OPEN.search(text)  # then its end within 500 characters (one scan: linear)
    end = text.find("</title>", found.end(), found.end() + 508) if found else -1
    if end < 0:
        return lines
    title = _SPACES.sub(" ", html.unescape(re.sub(r"<[^<>]*+>", "", text[found.end():end]))).strip()
    return [title, "", *lines] if title else lines
