"""Read stage: source text to logical lines.

Cleans what the archive's HTML and markdown left behind (indentation, runs of blank lines,
`##` heading marks, `**bold**` marks, `---` rules, non-breaking spaces), rejoins hard-wrapped
paragraphs and words hyphenated at a line end, and keeps the source line number of every
logical line.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from statistics import quantiles

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\x00-\x08\x0b-\x1f\x7f]")
_HEADING_MARK = re.compile(r"^#{1,6}\s+(?=\S)")
_RULE = re.compile(r"^(?:#{1,6}|[-*_=]{3,}|[-*_=](?:\s[-*_=]){2,})$")
_SENTENCE_END = re.compile(r"[.!?:;\"”’'»)\]]$")
_NEW_BLOCK = re.compile(r"^(?:\d{1,2}[.)]\s|\(\w{1,3}\)\s|[IVX]+\.\s|\[\d+\]|\^\d|[\"“«„])")
_HYPHEN_END = re.compile(r"(?<=[^\W\d_])[-\u00ad]$")


@dataclass(frozen=True, slots=True)
class Line:
    """One logical line: cleaned text and where it starts in the source."""

    no: int
    text: str
    blank_before: bool = False
    rule_before: bool = False


def normalise(text: str) -> str:
    """Unicode NFC, one kind of newline, no invisible or control characters."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    return _INVISIBLE.sub("", text)


_COLUMNS = re.compile(r"(?<=\S)[ \t\u00a0]{5,}(?=\S)")


_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")


def _clean(raw: str) -> str:
    text = _HEADING_MARK.sub("", _SPACES.sub(" ", raw).strip())
    return _EMPHASIS.sub(r"\2", text)


def _physical(text: str) -> list[tuple[int, str]]:
    """Numbered, cleaned lines; a line set in two columns (a wide gap) gives two lines."""
    out = []
    for number, raw in enumerate(normalise(text).split("\n"), start=1):
        out += [(number, _clean(part)) for part in _COLUMNS.split(raw)]
    return out


def _wrap_width(lines: list[str]) -> int | None:
    """Width a hard-wrapped text was wrapped at, or None when lines are whole paragraphs."""
    lengths = [len(line) for line in lines if len(line) >= 20]
    if len(lengths) < 4:
        return None
    width = int(quantiles(lengths, n=10)[-1])
    return width if width <= 100 else None


def logical_lines(text: str) -> list[Line]:
    """Split normalised text into logical lines (blank lines and rules recorded, not kept)."""
    physical = _physical(text)
    width = _wrap_width([content for _, content in physical])
    lines: list[Line] = []
    blank = rule = False
    previous_open = False
    for number, content in physical:
        if not content:
            blank, previous_open = True, False
            continue
        if _RULE.match(content):
            rule, previous_open = True, False
            continue
        if previous_open and width and not _NEW_BLOCK.match(content):
            lines[-1] = _join(lines[-1], content)
        else:
            lines.append(Line(number, content, blank, rule))
            blank = rule = False
        previous_open = bool(width) and _continues(lines[-1].text, width)
    return lines


def _continues(text: str, width: int) -> bool:
    """A hard-wrapped line runs on when it fills most of the width and ends mid-sentence."""
    last = text[-width:] if len(text) > width else text
    return len(last) >= 0.75 * width and (not _SENTENCE_END.search(text)
                                          or bool(_HYPHEN_END.search(text)))


def _join(line: Line, content: str) -> Line:
    if _HYPHEN_END.search(line.text):
        text = (line.text[:-1] if content[:1].islower() else line.text) + content
    else:
        text = f"{line.text} {content}"
    return Line(line.no, text, line.blank_before, line.rule_before)
