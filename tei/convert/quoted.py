"""Quoted documents inside a message: a line opening a quotation that a later line closes,
or lines that open and close one in words (`QUOTE` ... `UNQUOTE`), and the quoted lines
without their marks."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from tei.convert.patterns import Patterns
from tei.convert.read import Line
from tei.convert.segment import CLOSE_QUOTES

_OPEN_QUOTES = "\"“«„"
_QUOTES = re.compile(r"[\"“”«»„]")


@dataclass
class Unit:
    """One line, or the lines of a quoted document."""

    lines: list[Line]
    embedded: bool = False

    @property
    def text(self) -> str:
        return self.lines[0].text


def quotation_end(lines: list[Line], i: int) -> int | None:
    """Index of the line closing a quotation that line `i` opens, or None."""
    text = lines[i].text
    if text[:1] not in _OPEN_QUOTES or len(_QUOTES.findall(text)) % 2 == 0:
        return None
    for j in range(i + 1, len(lines)):
        candidate = lines[j].text.rstrip(".,; ")
        if candidate[-1:] in CLOSE_QUOTES and len(_QUOTES.findall(candidate)) % 2 == 1:
            return j
    return None


def unquote(lines: list[Line]) -> list[Line]:
    """The lines of a quoted document without its opening and closing quotation marks
    (punctuation after the closing mark kept)."""
    first, last = lines[0], lines[-1]
    lines = [Line(first.no, first.text[1:].lstrip()), *lines[1:]]
    text = lines[-1].text.rstrip()
    tail = len(text) - len(text.rstrip(".,; "))
    stripped = text[: len(text) - tail]
    lines[-1] = Line(last.no if len(lines) > 1 else first.no,
                     (stripped[:-1] + text[len(stripped):]).rstrip())
    return lines


def worded_quotation_end(lines: list[Line], i: int, patterns: Patterns) -> int | None:
    """Index of the `UNQUOTE` line closing a quotation that a `QUOTE` line `i` opens around
    at least one line (table `quote-marks`), or None. (cables77) A close glued to the
    quoted text's last words or to the repeating cable's signer is split off first
    (`glued_close`), in `lines` itself."""
    opened = patterns.match("quote-marks", lines[i].text)
    if not opened or opened[0] != "open":
        return None
    for attempt in range(2):
        for j in range(i + 1, len(lines)):
            closed = patterns.match("quote-marks", lines[j].text)
            if closed:
                return j if closed[0] == "close" and j > i + 1 else None
        if attempt or not glued_close(lines, i):
            return None
    return None


# (cables77) a flowed copy (PlusD) runs the close of a repeated cable into the line of the
# quoted signer and the repeating one's (`MARTIN UNQUOTE KISSINGER`), or into the last
# sentence (`... EVACUATION PLANS. UNQUOTE KISSINGER`)
_GLUED_CLOSE = re.compile(r"^(?P<before>(?:.*?\S)?)\s*+(?<![\w'’-])(?P<mark>UNQUOTE|UNQTE)\.?"
                          r"(?:\s++(?P<after>[A-Z][A-Z'’.-]++(?:\s[A-Z][A-Z'’.-]++){0,2}))?$")
_SIGNER_AFTER_STOP = re.compile(r"^(?P<text>.*[.!?\"”])\s++(?P<signer>(?!END\b)[A-Z][A-Z'’-]{2,})$")
_INLINE_OPEN = re.compile(r"(?<![\w'’-])(?:QUOTE|QTE)(?![\w'’-])")


def signed_close(text: str) -> bool:
    """A line ending in a close glued to the repeating cable's signer (`MARTIN UNQUOTE
    KISSINGER`): a signature the page's trailer may follow."""
    found = _GLUED_CLOSE.match(text)
    return found is not None and bool(found["after"]) \
        and not _INLINE_OPEN.search(found["before"])


def glued_close(lines: list[Line], i: int) -> bool:
    """Split the last line after the `QUOTE` line `i` that ends in a glued close (see
    `_GLUED_CLOSE`) into the text before it, the close, and the signer after it; not when
    the words before the close open an inline quotation (`HE SAID QUOTE IN HAND UNQUOTE`)."""
    for j in range(len(lines) - 1, i + 1, -1):
        found = _GLUED_CLOSE.match(lines[j].text)
        if found is None or not (found["before"] or found["after"]):
            continue
        if _INLINE_OPEN.search(found["before"]):
            return False
        line, before = lines[j], found["before"]
        signer = _SIGNER_AFTER_STOP.match(before)  # `... MEET AGAIN. MARTIN UNQUOTE`
        befores = [signer["text"], signer["signer"]] if signer else [before]
        parts = [text for text in (*befores, found["mark"], found["after"]) if text]
        lines[j:j + 1] = [replace(line, text=parts[0]),
                          *(Line(line.no, text) for text in parts[1:])]
        return True
    return False


def whole_message(lines: list[Line], start: int, end: int) -> bool:
    """A quotation that holds the whole message (the publisher quoting the translation,
    perhaps under its address line, `for Comrade Mao Zedong`), not a document quoted in it:
    it opens on the first or second line, under no line introducing it (`... as
    follows:`), and closes on the last."""
    return end == len(lines) - 1 and start <= 1 and not (
        start == 1 and lines[0].text.rstrip().endswith(":"))
