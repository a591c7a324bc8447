"""(frus84) A FRUS note that prints another paper in full under its own line (`1. The
telegraphic despatch referred to, dated February 19, 1914 (File No. 711.0012/280),
follows:` over that telegram's dateline, text and signature, indented on the page): the
lines after it to the page's end are the note's, not the text's, so `frus_notes.footnotes`
starts its note list at the note's own lines (read by their first line alone it would stop
at the quoted signature and leave the list a numbered list of the text).

Only where the page shows it is a note list: the list's first line stands right under a
signature line (`Gerard`), and the text above carries the quoting note's anchor glued."""

from __future__ import annotations

import re
from dataclasses import replace

from tei.convert.note_lines import ANCHOR_CLOSES, NOTE_OPENS
from tei.convert.read import Line

_NOTE_LINE = re.compile(r"^(?:/\d{1,2}/|\d{1,3}[a-z]?[.)]\s)")
# a note whose own line ends on the colon that introduces the paper it prints
_QUOTING = re.compile(r"^(?P<n>\d{1,3})\.\s.{10,}:$")
_SIGNATURE = re.compile(r"^[A-Z][\w'’.-]*+(?:\s[A-Z][\w'’.\[\]-]*+){0,3}$")


def quoted_note_start(lines: list[Line]) -> int:
    """The index of the last note's line when it quotes a paper running to the page's end
    under a signed text, else `len(lines)` (the list is read from the end as before)."""
    last = next((i for i in range(len(lines) - 1, 0, -1) if _NOTE_LINE.match(lines[i].text)),
                None)
    found = _QUOTING.match(lines[last].text) if last is not None else None
    if found is None or last == len(lines) - 1:
        return len(lines)
    first = last
    while first > 0 and _NOTE_LINE.match(lines[first - 1].text):
        first -= 1
    anchor = re.compile(rf"(?:(?<=[^\W\d_]{{2}})|(?<=[.,;:?!’”)])){found.group('n')}"
                        rf"(?=[\s,.;:)]|$)")
    signed = first >= 2 and bool(_SIGNATURE.match(lines[first - 1].text))
    anchored = any(anchor.search(line.text) for line in lines[:first - 1])
    return last if signed and anchored else len(lines)


# (frus90) the editors' last note of several paragraphs (their account of what followed:
# `At 3:41 p.m. on April 23, Dulles telephoned Lodge ...` / `Earlier that day ...`) copied
# with neither its bullet nor its back link, under the list's arrowed notes (`- See telegram
# 813, supra.↩`): its paragraphs, whole, to the page's end, are one note, given its arrow
_UNARROWED_REACH = 4  # the paragraphs such a note runs to
_WHOLE_PARAGRAPH = re.compile(r"[.)”\"]$")


def unarrowed_last_note(lines: list[Line]) -> list[Line]:
    """The paragraphs after the last arrowed note, up to `_UNARROWED_REACH` of them, none
    bulleted or arrowed and the last one whole, joined as one arrowed note (see above)."""
    last = next((i for i in range(len(lines) - 1, -1, -1) if lines[i].text.endswith("↩")),
                None)
    if last is None or not lines[last].bullet or last == len(lines) - 1:
        return lines
    after = lines[last + 1:]
    if len(after) > _UNARROWED_REACH or any(line.bullet or "↩" in line.text for line in after) \
            or not _WHOLE_PARAGRAPH.search(after[-1].text):
        return lines
    first = after[0]
    joined = " ".join(line.text for line in after)
    return [*lines[:last + 1], Line(first.no, f"{joined}↩", first.blank_before,
                                    first.rule_before, True)]


def unlinked_notes(lines: list[Line]) -> list[Line]:
    """(frus93) A FRUS page copied without its notes' back links (`frus1947v05/d332`): the
    trailing bulleted lines, each opening on a capital word, under a paragraph closed by a
    glued note number (`... first two sentences reftel.1`), are the notes, given their
    arrows (the reader ran each note's wrapped lines and paragraphs on, `note_lines`)."""
    if any("↩" in line.text for line in lines):
        return lines
    start = len(lines)
    while start > 0 and lines[start - 1].bullet and NOTE_OPENS.match(lines[start - 1].text):
        start -= 1
    if start in (0, len(lines)) or lines[start - 1].bullet \
            or not ANCHOR_CLOSES.search(lines[start - 1].text.rstrip()):
        return lines
    return [*lines[:start], *(replace(line, text=f"{line.text}↩") for line in lines[start:])]
