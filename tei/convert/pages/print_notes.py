"""The footnotes of a printed FRUS volume as OCR keeps them (frus55): at the page's foot,
under its rule (`__________`) or under the signature in capitals (`HURLEY`), each note opens
with its number and no stop (`14 Member of the Central Executive Committee ...`: the
superscript the volume numbers its notes with through the chapter), and the anchor in the
text is the same number, glued to the word (`En-lai,14`, `Molotov14`) or set off by a space
between two words (`Chou En-lai 14 left`). Where every note's anchor is found, notes and
anchors are rewritten as `[n]`, the convention the footnote pass reads."""

from __future__ import annotations

import re
from dataclasses import replace

from tei.convert.read import Line

_NOTE = re.compile(r"^(?P<n>[1-9]\d{0,2})\s(?P<text>[A-Z“\"][^\n]*+)$")
_SIGNATURE = re.compile(r"^[A-Z][A-Z.'’ -]{2,40}+$")


def _anchors(number: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The anchor glued to a word or its stop (`En-lai,14`, `weaker.”15`), and, tried only where no
    glued one is found, the anchor apart between two words (`En-lai 14 left`)."""
    return (re.compile(rf"(?:(?<=[^\W\d_])|(?<=[^\W\d_][.,;:’”)])|(?<=[^\W\d_][.,;:][’”)]))"
                       rf"{number}(?=[\s,.;:)]|$)"),
            re.compile(rf"(?<=[^\W\d_]) {number}(?= [a-z])"))


def print_notes(lines: list[Line]) -> list[Line]:
    """The lines with a printed page's numbered notes and their anchors as `[n]`."""
    start = _block_start(lines)
    if start is None:
        return lines
    notes: list[tuple[str, str]] = []
    for line in lines[start:]:
        found = _NOTE.match(line.text)
        if found:
            notes.append((found.group("n"), found.group("text")))
        else:
            notes[-1] = (notes[-1][0], f"{notes[-1][1]} {line.text}")
    body = list(lines[:start])
    for number, _ in notes:
        found = next(((i, anchor) for anchor in _anchors(number)
                      for i in range(len(body) - 1, -1, -1) if anchor.search(body[i].text)),
                     None)
        if found is None:
            return lines
        at, anchor = found
        body[at] = replace(body[at], text=anchor.sub(f"[{number}]", body[at].text, count=1))
    return [*body, *(Line(lines[start].no, f"[{n}] {text}") for n, text in notes)]


def _block_start(lines: list[Line]) -> int | None:
    """Where the trailing notes open: the last line opening with a note's number under the
    page's rule or the signature in capitals, when all lines under it are notes or their
    broken-off ends."""
    for i in range(len(lines) - 1, 0, -1):
        if not _NOTE.match(lines[i].text):
            continue
        if lines[i].rule_before or _SIGNATURE.match(lines[i - 1].text):
            return i
    return None
