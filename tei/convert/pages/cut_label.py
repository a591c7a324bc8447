"""(wcdb84) A page field's label cut by the store at the page's end (`Source` / `Original A`,
the test mirror's `Original Archive` cut after its first letter): no value of the field
above it. The page's last line, four letters or more, that begins a label of the page-field
tables and is not the whole label."""

from __future__ import annotations

from tei.convert.context import Context
from tei.convert.pages.summary import PROSE_END
from tei.convert.read import Line
from tei.convert.release_lines import release_alone

_LEAST = 4  # `Orig`: fewer letters begin too many words


def cut_label(lines: list[Line], i: int, ctx: Context) -> bool:
    """Whether `lines[i]`, the last line, is a page field's label cut short."""
    text = " ".join(lines[i].text.split()).casefold()
    if i != len(lines) - 1 or len(text) < _LEAST:
        return False
    return any(label != text and label.startswith(text)
               for table in ("page-fields", "page-keyword-fields")
               for label in ctx.res.patterns.words(table))


def cut_foot_label(lines: list[Line], i: int, ctx: Context) -> tuple[str, str, str] | None:
    """(wcdc85) The page's last line, an index field's label cut by the store (`Author(`,
    `Associated Pl`, `Document Inf` under the staging mirror's summary): the field (table,
    name, no value) whose label it begins, which opens the page's foot (the summary line
    above it is the page's, not a paragraph and a signature of the document's)."""
    if not cut_label(lines, i, ctx):
        return None
    text = " ".join(lines[i].text.split()).casefold()
    for table in ("page-keyword-fields", "page-fields"):
        for label, name in ctx.res.patterns.words(table).items():
            if label != text and label.startswith(text):
                return table, name, ""
    return None


def no_field_value(lines: list[Line], i: int, ctx: Context) -> bool:
    """Whether `lines[i]` is no value of the page field above it: a label cut short
    (`cut_label`) or (cables89) a scan's release line (`Declassified in Part - Sanitized Copy
    Approved for Release 2015/07/24 : CIA-RDP79T00936A000500110001-9`): the reading room's
    print view sets the record's OCR right under a label whose value it lost, and the scan's
    text (its date line `13 JAN. 1962`) begins there."""
    return cut_label(lines, i, ctx) or release_alone(lines[i].text, ctx.res.patterns)


_STATEMENT_LINES = 6


def statement_goes_on(name: str, values: list[Line]) -> bool:
    """(repost90) Whether a rights statement under its label alone goes on to the next line:
    a mirror's copy breaks it a phrase a line (MIA's `Public Domain:` / `Lenin Internet
    Archive` / `You may freely copy, distribute,` / ... / `Archive” as your source.`), so
    it runs to the line closing its sentence, at most `_STATEMENT_LINES` lines."""
    return name == "rights" and 0 < len(values) < _STATEMENT_LINES \
        and not PROSE_END.search(values[-1].text)
