"""Page reader for a United Nations document's masthead (the Security Council's, the General
Assembly's and other organs' documents that transmit a government's letters and telegrams):
`UNITED NATIONS` and the organ, `Distr. GENERAL`, the document's symbol (`S/5086`), its date,
`ORIGINAL: SPANISH`, then the heading that names the form, its date and parties (`LETTER
DATED 8 MARCH 1962 FROM THE PERMANENT REPRESENTATIVE OF CUBA ... ADDRESSED TO THE
SECRETARY-GENERAL`). The masthead goes to the header (the symbol is the document's
identifier, the language the original's; the date of issue is no date of the letter, whose
own the heading gives) and the heading is the title; the letter and what it transmits are
the document. (memo70) A verbatim record in the Official Records (`OFFICIAL RECORDS` /
`SEVENTEENTH YEAR` / `1023rd MEETING: 24 OCTOBER 1962`) is titled by its organ and meeting
and dated by the meeting's day. Rows: `un-document`.
"""

from __future__ import annotations

from tei.convert.context import Context
from tei.convert.read import Line
from tei.convert.zones import Segments

_REACH = 14  # the masthead and the heading stand within the page's first lines


def _head(lines: list[Line], ctx: Context) -> tuple[int, list[str]] | None:
    """The index of the heading line and the row of each masthead line above it, when the
    page opens with the organisation's name and its masthead holds the document's symbol."""
    rows: list[str] = []
    for i, line in enumerate(lines[:_REACH]):
        found = ctx.res.patterns.match("un-document", line.text)
        if found and found[0] == "title":
            return (i, rows) if rows[:1] == ["organ"] and "symbol" in rows else None
        if found and found[0] == "meeting":  # (memo70) a verbatim record's meeting line
            return (i, rows) if rows[:1] == ["organ"] and "records" in rows else None
        rows.append(found[0] if found else ("date" if ctx.res.dates.whole(line.text) else ""))
        if rows[-1] == "":
            return None
    return None


# the page readers' gate (`gate.py`): what `evidence` cannot do without,
# the organisation's name and the heading
NEEDS = (("un-document", ("organ",)), ("un-document", ("title", "meeting")))


def evidence(lines: list[Line], ctx: Context) -> int:
    """2 for a masthead that opens with the organisation and holds a symbol over a heading."""
    return 2 if _head(lines, ctx) is not None else 0


def unwrap(lines: list[Line], seg: Segments, ctx: Context) -> list[Line]:
    """The masthead to the header, the heading as the title; the document's lines left."""
    found = _head(lines, ctx)
    if found is None:
        return lines
    end, rows = found
    for line, row in zip(lines[:end], rows, strict=True):
        match = ctx.res.patterns.match("un-document", line.text)
        if row == "symbol" and match:
            seg.add_reference(match[1])
        elif row == "language" and match:
            seg.fields.setdefault("original-language", []).append(
                Line(line.no, match[1].group("language")))
        else:  # the organ, the distribution and the date the document was issued
            seg.fields.setdefault("page-text", []).append(line)
    heading = ctx.res.patterns.match("un-document", lines[end].text)
    if heading and heading[0] == "meeting":  # the organ's name and the meeting: the title
        organ = next((line.text for line, row in zip(lines[:end], rows, strict=True)
                      if row == "organ" and "united" not in line.text.lower()), "")
        title = heading[1].group("title")
        seg.page_title = Line(lines[end].no, f"{organ}, {title}" if organ else title)
        seg.page_date = Line(lines[end].no, heading[1].group("sent"))
        return lines[end + 1:]
    seg.page_title = lines[end]
    return lines[end + 1:]
