"""The footnotes of a printed FRUS volume as OCR keeps them (frus55), and of any printed page
(lead33: a journal's PDF text; `read_pages` runs the pass where no FRUS reader did): at the
page's foot, under its rule (`__________`) or under the signature in capitals (`HURLEY`), each
note opens with its number (`14 Member of the Central Executive Committee ...`: the
superscript the volume numbers its notes with through the chapter; frus58: or that
superscript as the OCR kept it, `¹ See ...`; outside a FRUS volume perhaps with a stop,
`1. The shelling ...`), and the anchor in the text is the same number, glued to the word
(`En-lai,14`, `open.”15`) or set off by a space between two words (`Chou En-lai 14 left`). A
page's notes stand at its foot, so they may stand mid-text too, just over the page's turn
(the line after a dropped running head or page mark), and the sentence broken over them goes
on under them. Where every note of a page has its anchor in the text above it, notes and
anchors are rewritten as `[n]` (the notes after the text), the convention the footnote pass
reads."""

from __future__ import annotations

import re
from dataclasses import replace

from tei.convert.markup import SUPERSCRIPT_DIGITS
from tei.convert.read import Line

# (frus58) or its superscript, as an OCR that kept it reads it (`¹ See telegram 1121, ...`)
_NOTE = re.compile(r"^(?P<n>[1-9]\d{0,2}|[¹²³⁴⁵⁶⁷⁸⁹][⁰¹²³⁴⁵⁶⁷⁸⁹]?)\s(?P<text>[A-Z“\"][^\n]*+)$")
# (lead33) outside a FRUS volume a number may take a stop (`1. The shelling ...`: a journal's
# PDF text); in a FRUS volume that is the telegram's number opening its text (`612. Clay ...`)
_STOPPED_NOTE = re.compile(
    r"^(?P<n>[1-9]\d{0,2}|[¹²³⁴⁵⁶⁷⁸⁹][⁰¹²³⁴⁵⁶⁷⁸⁹]?)\.?\s(?P<text>[A-Z“\"][^\n]*+)$")
_SIGNATURE = re.compile(r"^[A-Z][A-Z.'’ -]{2,40}+$")
_SUPERSCRIPT_NOTE = re.compile(r"^[¹²³⁴⁵⁶⁷⁸⁹][⁰¹²³⁴⁵⁶⁷⁸⁹]?\s[A-Z“\"]")
_OPEN_END = re.compile(r"(?<=[a-z])\s(?:the|a|an|of|to|and|that|in|on|for|with|by)$")


def _anchors(number: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The anchor glued to a word or its stop (`En-lai,14`, `open.”15`; a superscript glued
    to anything, `recommendations¹`), and, tried only where no glued one is found, the anchor
    apart between two words (`En-lai 14 left`)."""
    if not number.isascii():
        return (re.compile(rf"(?<=\S){number}(?![⁰¹²³⁴⁵⁶⁷⁸⁹])"),) * 2
    return (re.compile(rf"(?:(?<=[^\W\d_])|(?<=[^\W\d_][.,;:’”)])|(?<=[^\W\d_][.,;:][’”)]))"
                       rf"{number}(?=[\s,.;:)]|$)"),
            re.compile(rf"(?<=[^\W\d_]) {number}(?= [a-z])"))


def print_notes(lines: list[Line], titled: str = "", stops: bool = False) -> list[Line]:
    """The lines with a printed page's numbered notes and their anchors as `[n]`; the note
    numbered `titled` has its anchor in the heading (frus58: a PDF's source note, `1 Source:
    ...` under the heading `... to President Nixon1`); `stops`: a note's number may take a
    stop."""
    note = _STOPPED_NOTE if stops else _NOTE
    blocks = _page_blocks(lines, note)
    body: list[Line] = []
    notes: list[Line] = []
    i = 0
    for start, end in blocks:
        body.extend(lines[i:start])
        found = _anchored(body, _read(lines[start:end], note), titled)
        if found is None:
            body.extend(lines[start:end])
            i = end
            continue
        body, page_notes = found
        notes += [Line(lines[start].no, f"[{n.translate(SUPERSCRIPT_DIGITS)}] {text}")
                  for n, text in page_notes]
        i = end
        if i < len(lines) and body and (lines[i].text[:1].islower() or _OPEN_END.search(
                body[-1].text)):  # the sentence goes on (frus58: `... that the` / `Politburo`)
            body[-1] = replace(body[-1], text=f"{body[-1].text} {lines[i].text}")
            i += 1
    return [*body, *lines[i:], *notes] if notes else lines


def _read(block: list[Line], note: re.Pattern[str]) -> list[tuple[str, str]]:
    """Each note of a block (its number and text), a line broken off a note run on."""
    notes: list[tuple[str, str]] = []
    for line in block:
        found = note.match(line.text)
        if found:
            notes.append((found.group("n"), found.group("text")))
        else:
            notes[-1] = (notes[-1][0], f"{notes[-1][1]} {line.text}")
    return notes


def _anchored(body: list[Line], notes: list[tuple[str, str]], titled: str
              ) -> tuple[list[Line], list[tuple[str, str]]] | None:
    """The body with each note's anchor, sought from its end, rewritten as `[n]` (the
    heading's note, `titled`, anchored there when another note of the page is anchored in
    the text or it is the source note); None when a note's anchor is not found."""
    body = list(body)
    headed = [n for n, _ in notes if titled and n.translate(SUPERSCRIPT_DIGITS) == titled]
    if headed and len(notes) == len(headed) and not all(
            text.startswith("Source") for _, text in notes):  # (frus69) the source note alone
        return None  # over the page's turn (`¹ Source: Department of State, ...`) is the heading's
    for number, _ in notes:
        if number in headed:
            continue
        found = next(((i, anchor) for anchor in _anchors(number)
                      for i in range(len(body) - 1, -1, -1) if anchor.search(body[i].text)),
                     None)
        if found is None:
            return None
        at, anchor = found
        marker = f"[{number.translate(SUPERSCRIPT_DIGITS)}]"
        body[at] = replace(body[at], text=anchor.sub(marker, body[at].text, count=1))
    return body, notes


def _page_blocks(lines: list[Line], note: re.Pattern[str]) -> list[tuple[int, int]]:
    """The (start, end) of each page's notes: the notes just over a page's turn (a line
    opened by a dropped running head or page mark: `rule_before`), and the trailing block
    under the page's rule or the signature in capitals, its broken-off lines with it (not a
    line after a blank one)."""
    blocks: list[tuple[int, int]] = []
    for j in (j for j in range(2, len(lines)) if lines[j].rule_before):
        k, floor = j, blocks[-1][1] if blocks else 1  # blocks never overlap
        while k > floor and note.match(lines[k - 1].text):
            k -= 1
        if k < j:
            blocks.append((k, j))
    trailing = _trailing_start(lines, note)
    if trailing is not None:
        blocks = [(a, b) for a, b in blocks if b <= trailing]
        # (cw65) a line set apart under the notes (the edition's archive line, `Archief
        # Ministerie van Buitenlandse Zaken, ..., inv.nr. 2417.`) is none of theirs
        end = next((k for k in range(trailing + 1, len(lines)) if lines[k].blank_before
                    and not note.match(lines[k].text)), len(lines))
        blocks.append((max(trailing, blocks[-1][1] if blocks else 0), end))
    return blocks


def _trailing_start(lines: list[Line], note: re.Pattern[str]) -> int | None:
    """Where the trailing notes open: the last line opening with a note's number under the
    page's rule or the signature in capitals; else the first of the lines closing the text
    that each open with a superscript number and a capital (`¹ Source: ...`)."""
    for i in range(len(lines) - 1, 0, -1):
        if note.match(lines[i].text) and (
                lines[i].rule_before or _SIGNATURE.match(lines[i - 1].text)):
            return i
    i = len(lines)  # (frus69) or the superscript-numbered notes closing the text, under a
    while i > 1 and _SUPERSCRIPT_NOTE.match(lines[i - 1].text):  # closing (`Warm regards.`)
        i -= 1
    return i if i < len(lines) else None
