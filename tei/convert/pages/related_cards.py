"""(wcda83) The current Digital Archive page's cards of related documents under its record
fields (`Related Documents` / `December 26, 1962` / `Boundary Treaty between ...` / `The
text of the treaty signed in Beijing by ...`): each card's date, title and one-sentence
summary are the field's values, the summary too, though it reads as prose (`fields`)."""

from __future__ import annotations

from tei.convert.context import Context
from tei.convert.pages.summary import PROSE_END
from tei.convert.read import Line
from tei.convert.segment import label_of

_CARD_SUMMARY_WORDS = 200  # (wcdl90) a card may carry the archive's whole long summary
_CARDS_LINES = 30  # ten cards of three lines


def card_summary(line: Line, name: str, values: list[Line], ctx: Context) -> bool:
    """Whether `line`, a sentence, is a related document's summary: right under the card's
    title, which stands under the card's date, in the `related` field."""
    dates = ctx.res.dates
    return name == "related" and 2 <= len(values) < _CARDS_LINES \
        and dates.whole(values[-2].text) is not None and dates.whole(values[-1].text) is None \
        and PROSE_END.search(line.text) is not None \
        and len(line.text.split()) <= _CARD_SUMMARY_WORDS


def card_line(line: Line, name: str, values: list[Line], ctx: Context) -> bool:
    """(wcdl90) A line of the `related` field's cards: a card's summary (`card_summary`), the
    next card's date under a card's summary, or a card's title under its date (`Cable,
    Anastas Mikoyan to Joseph Stalin`, which reads as a heading)."""
    if name != "related" or not values or card_summary(line, name, values, ctx):
        return name == "related" and bool(values)
    dates = ctx.res.dates
    if dates.whole(line.text) is not None:
        return PROSE_END.search(values[-1].text) is not None
    return dates.whole(values[-1].text) is not None and len(values) >= 3 \
        and PROSE_END.search(line.text) is None and len(line.text.split()) <= 40


def related_label(text: str, ctx: Context) -> bool:
    """A `Related Documents` label (`page-keyword-fields`, item `related`)."""
    return (label_of(text, ctx) or ("", ""))[:2] == ("page-keyword-fields", "related")


def before_related(lines: list[Line], i: int, ctx: Context) -> int:
    """(wcdl90) Index of the first `Related Documents` label after `i` (the lines under it
    are other documents' cards, never more of this one's text: `fields._text_goes_on`), or
    the lines' end; `i + 1` when line `i` is that label."""
    return next((max(k, i + 1) for k in range(i, len(lines))
                 if related_label(lines[k].text, ctx)), len(lines))
