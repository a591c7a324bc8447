"""Note markers glued to an ordinary word (misses35, DIFP: `the attached sheet1.`,
`P.R.M.B.G.2 should`, `'STAD'3 from`), or set off by a space after a sentence's stop
(commonwealth44, DFAT's web volumes: `party. 1 It is`): placed only when the marker is the
document's next note in order, so a word's own digits are never taken for one; a
typescript's slashed anchor (`[Stalin].x/`) wherever the document has its note."""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.footnotes import slashed_anchors
from tei.convert.markup import SUPERSCRIPT_DIGITS

# a note marker glued to a word in lower case (edits62: or a capitalised word of three letters,
# an AAPD dateline's `Uhr1`), a stop or a closing quote, as the text goes on
_WORD_GLUED_NOTE = re.compile(r"(?:(?<=[A-Za-z][a-z]{2})|(?<=[A-Za-z][.'’”])|(?<=['’”]\.))(\d{1,2})"
                              r"(?=[\s.,;:)]|$)"
                              # (commonwealth44) set off by a space after a sentence's stop,
                              # before the next sentence or at the paragraph's end (DFAT's
                              # web volumes: `Maoist party. 1 It is`, `Fernandez. 1`)
                              # (memcon75) not a number after its mark (`Copy No. 1`)
                              r"|(?<=[a-z][.'’])(?<!\b[Nn][or]\.)(?<!\b[Nn]os\.)\s(\d{1,2})"
                              r"(?=\s[A-Z]|\s*+$)")


def word_glued_markers(piece: str, ctx: Context, taken: set[str]) -> list[tuple[int, int, str]]:
    """(misses35) (start, end, marker) of the note markers glued to a word that are the
    document's next notes in order (the lowest marker not placed yet: `sheet1` before note 1
    is placed, never a word's digits that a later note shares); `taken`, markers found
    glued to names in the piece."""
    placed = ctx.placed_notes | taken
    out = [(found.start(1), found.end(1), found.group(1)) for found in slashed_anchors(piece)
           if found.group(1) in ctx.footnotes and found.group(1) not in placed]
    if not any(m.isdigit() and m not in placed for m in ctx.footnotes):
        return out  # no numbered note waits (most pieces): no scan
    for found in _WORD_GLUED_NOTE.finditer(piece):
        group = 1 if found.group(1) else 2
        waiting = sorted(int(m) for m in ctx.footnotes if m.isdigit() and m not in placed)
        if waiting and found.group(group) == str(waiting[0]):
            placed.add(found.group(group))
            out.append((found.start(group), found.end(group), found.group(group)))
    return out


# (frus58) a note's anchor glued to a line's last letter (`A. Dobrynin2`, an OCR's `GROMYKO²`)
_LINE_END_ANCHOR = re.compile(r"(?<=[^\W\d_])(\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹][⁰¹²³⁴⁵⁶⁷⁸⁹]?)\s*+$")


def unanchored(text: str, ctx: Context) -> str:
    """The line without the anchor of one of the document's notes glued to its last word
    (FRUS: `A. Dobrynin2` over `2 Printed from an unsigned copy.`), so that the line is
    read as the signature or role it is; the anchor stays in the text, placed inline."""
    found = _LINE_END_ANCHOR.search(text)
    marker = found.group(1).translate(SUPERSCRIPT_DIGITS) if found else ""
    return text[:found.start()] if found and marker in ctx.footnotes else text
