"""Markup a page leaves in its text: HTML tags and entities, `¶` anchors, Markdown's heading,
quote, emphasis and link marks and escapes, odd spaces and invisible characters; and the
spans of text between editorial marks (`drop_enclosed`). Only markup goes, never words."""

from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache

from tei.convert.lone_calls import join_lone_numbers

# superscript digits (a note's anchor or number as a print or an OCR keeps it) as digits
SUPERSCRIPT_DIGITS = str.maketrans("¹²³⁴⁵⁶⁷⁸⁹⁰", "1234567890")

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_WIDE_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000]")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\x00-\x08\x0b-\x1f\x7f]")
# (repost89) not the hash of a message number alone on its line (`# 230.`, the MAGIC
# intercepts' number under their FROM/TO lines, as their web copies set it)
_HEADING_MARK = re.compile(r"^#{1,6}\s+(?=\S)(?!\d{1,5}\.?$)")
# a Markdown blockquote's marks (`> text`, `> > text`, `>` alone)
_QUOTE_MARK = re.compile(r"^(?:>(?: |$))++")
# (cables84) never inside a longer row of asterisks (a relay copy's banner,
# `*******C O N F I D E N T I A L*******S COPY`)
_EMPHASIS = re.compile(r"(?<!\*)(\*\*|__)(?=\S)([^*_\n]{1,300}?)(?<=\S)\1(?!\*)")
_ITALIC = re.compile(r"(?<![\w*\\])_(?=\S)([^_\n]{1,300}?)(?<=\S)_(?![\w])")
# (wcda57) a whole line in italics with single asterisks (`*Source: Wilson Center ...*`, a
# Markdown copy's foot); a note's `* ` marker has a space after it, so is none
# (repost67) Project Gutenberg's italics over several lines, each mark at a line's edge
# (repost68) a centred heading's too, its first mark after the line's indent
_ITALIC_LINES = re.compile(
    r"(?m)^([ \t]{0,60}+)_(?=[^\s_])((?:[^_\n]{1,300}\n){1,3}[^_\n]{0,300}?[^\s_])_(?=[.,;:]?$)")
_ITALIC_LINE = re.compile(r"^\*(?=[^\s*])([^*\n]{1,600}+)(?<=\S)\*$")
_PILCROW_ANCHOR = re.compile(r"<a\b[^<>]{0,300}>\s*¶\s*</a>", re.IGNORECASE)
# The tags of HTML's elements (WHATWG HTML), with attributes in HTML's syntax, are a page's
# residue; `<Name of the sender>` or `<ow mobilisation of reservists?>` is text.
_HTML_ELEMENTS = (
    "a|abbr|address|article|aside|b|bdi|bdo|big|blockquote|body|br|caption|center|cite|code|"
    "col|colgroup|dd|del|details|dfn|div|dl|dt|em|figcaption|figure|font|footer|h[1-6]|head|"
    "header|hr|html|i|img|ins|kbd|li|main|mark|nav|ol|p|pre|q|s|samp|section|small|span|"
    "strike|strong|sub|summary|sup|table|tbody|td|tfoot|th|thead|time|tr|tt|u|ul|var|wbr")
_HTML_ATTRIBUTES = (r"""(?:\s+[\w:.-]{1,40}(?:\s*=\s*(?:"[^"<>]{0,300}"|'[^'<>]{0,300}'"""
                    r"""|[^\s"'=<>`]{1,300}))?){0,30}""")
_TAG = re.compile(rf"<(?:{_HTML_ELEMENTS})(?![\w:-]){_HTML_ATTRIBUTES}\s*/?>"
                  rf"|</(?:{_HTML_ELEMENTS})\s*>", re.IGNORECASE)
# (other32) a phrase tag inside a word (a PDF viewer's bold ligature: `hence<strong>for</strong>th`,
# `CO<strong>MB</strong>INE`) joins the word's letters, where any other tag parts words
_GLUED_TAG = re.compile(r"(?<=\w)</?(?:b|strong|i|em|u|span|font|small|big|mark|s|strike|tt)"
                        r"(?:\s[^<>]{0,300})?>(?=\w)", re.IGNORECASE)
_LINK = re.compile(r"!?\[([^\[\]\n]{0,200})\]\(([^()\s]{0,300})\)")
# (wcda66) a text browser's dump of a page (lynx, w3m: `lynx -dump`): each link's number set
# before its text (`[5]Home / [6]Documents`), the numbered addresses listed under
# `References` at the foot (elinks: under `Visible links`)
_DUMP_REFERENCES = re.compile(r"^[ \t]*+References[ \t]*+\n(?:[ \t]*+(?:Visible links:?[ \t]*+)?"
                              r"\n){0,3}(?:[ \t]*+\d{1,4}\. \S+\n?){3,}", re.MULTILINE)
_DUMP_MARK = re.compile(r"\[(\d{1,4})\](?=[^\s\]])")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|])")
# (repost67) Taylor & Francis Online's note link as a copy gives it, its hidden word glued to
# the number after the text (`... back to Omdurman.Footnote41 Cromer ...`): the anchor `[41]`
_WORDED_ANCHOR = re.compile(r"(?<=[\w.,;:!?'’”)])Footnote(\d{1,3})(?=[\s,.;:)]|$)")


def normalise(text: str) -> str:
    """Unicode NFC, one kind of newline, no invisible or control characters, the modifier
    letter apostrophe some pages use (`Presidentʼs`) as the typographic one, and a web
    page's no-break spaces (`&nbsp;`, narrow and figure spaces) as spaces, so that labels,
    front matter and datelines read the same; (repost67) a plain-text e-book's italics
    over two to four lines (`_M. Spalaikovitch, ... to` / `M. Pashitch, ... Affairs._`)
    without their marks."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    # `replace`, not `translate`: a translation table walks the text in Python's slow
    # path, a hundred times longer.
    text = _INVISIBLE.sub("", text).replace("\u02bc", "’")
    if not text.isascii():
        text = text.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2007", " ")
    if "_\n" in text:
        text = _ITALIC_LINES.sub(r"\1\2", text)
    # (frus91) a web copy's note numbers alone over their notes' text, and the first call
    # glued before the dateline (`[1]Washington, August 12, 1961`)
    return join_lone_numbers(dump_link_marks(text))


def dump_link_marks(text: str) -> str:
    """A text browser's dump without the link numbers it set before each link's text, the
    numbers its `References` list at the foot gives addresses for (markup, not the page's
    words; a note's call after a word, `[2] `, stands before a space and stays)."""
    if "References" not in text or "[" not in text:
        return text
    listed = _DUMP_REFERENCES.search(text)
    if not listed:
        return text
    numbers = set(re.findall(r"(?m)^[ \t]*(\d{1,4})\. ", listed.group()))
    head = text[:listed.start()]
    return _DUMP_MARK.sub(lambda mark: "" if mark.group(1) in numbers else mark.group(), head) \
        + text[listed.start():]


def _link(match: re.Match[str]) -> str:
    """`[1](#f1)` is a footnote anchor `[1]`; `[text](url)` keeps its text; images go."""
    label = match.group(1)
    if match.group(0).startswith("!"):
        return ""
    return f"[{label}]" if label.strip().isdigit() else label


def strip_markup(raw: str) -> str:
    """One line without HTML tags, entities, Markdown marks, links and escapes; a worded note
    link (`Footnote41`) as its anchor (`[41]`)."""
    text = raw
    if "<" in text:
        text = _TAG.sub(" ", _GLUED_TAG.sub("", _PILCROW_ANCHOR.sub("", text)))
    if "&" in text:
        text = html.unescape(text)
    if "](" in text:
        text = _LINK.sub(_link, text)
    if "\\" in text:
        text = _ESCAPE.sub(r"\1", text)
    if "Footnote" in text:
        text = _WORDED_ANCHOR.sub(r"[\1]", text)
    text = (_SPACES.sub(" ", text) if odd_spaces(text) else text).strip()
    if text.startswith("#"):
        text = _HEADING_MARK.sub("", text)
    if text.startswith(">"):
        text = _QUOTE_MARK.sub("", text)
    if "*" in text or "__" in text:
        text = _ITALIC_LINE.sub(r"\1", _EMPHASIS.sub(r"\2", text))
    if "_" in text:
        text = _ITALIC.sub(r"\1", text)
    return text.strip()


def odd_spaces(text: str) -> bool:
    """Whether `text` has spaces to even out: two in a row, a tab or a wide space (substring
    tests first: a regex search for them all tries an alternation at every character)."""
    return "  " in text or "\t" in text or (not text.isascii() and bool(_WIDE_SPACES.search(text)))


@lru_cache(maxsize=64)
def _marks(openings: tuple[str, ...]) -> re.Pattern[str]:
    """A regex for any of the opening marks `openings` (compiled once per set)."""
    return re.compile("[" + re.escape("".join(openings)) + "]")


def drop_enclosed(text: str, pairs: tuple[str, ...] = ("[]",), replacement: str = "") -> str:
    """`text` with every span from an opening mark to the first closing mark after it
    replaced, leftmost first (what `re.sub(r"\\[[^\\]]*\\]|\\([^)]*\\)", ...)` does), in one
    pass however many marks are never closed."""
    closing = {pair[0]: pair[1] for pair in pairs}
    next_close: dict[str, int] = {}
    pieces: list[str] = []
    pos = 0
    for found in _marks(tuple(closing)).finditer(text):
        start = found.start()
        if start < pos:
            continue
        mark = closing[found.group()]
        if next_close.get(mark, -1) <= start:
            end = text.find(mark, start + 1)
            next_close[mark] = end if end >= 0 else len(text)
        if next_close[mark] < len(text):
            pieces += [text[pos:start], replacement]
            pos = next_close[mark] + 1
    return "".join(pieces) + text[pos:]
