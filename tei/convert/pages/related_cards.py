"""(wcda83) The current Digital Archive page's cards of related documents under its record
fields (`Related Documents` / `December 26, 1962` / `Boundary Treaty between ...` / `The
text of the treaty signed in Beijing by ...`): each card's date, title and one-sentence
summary are the field's values, the summary too, though it reads as prose (`fields`)."""

from __future__ import annotations

from tei.convert.context import Context
from tei.convert.pages.summary import PROSE_END
from tei.convert.read import Line

_CARD_SUMMARY_WORDS = 80
_CARDS_LINES = 30  # ten cards of three lines


def card_summary(line: Line, name: str, values: list[Line], ctx: Context) -> bool:
    """Whether `line`, a sentence, is a related document's summary: right under the card's
    title, which stands under the card's date, in the `related` field."""
    dates = ctx.res.dates
    return name == "related" and 2 <= len(values) < _CARDS_LINES \
        and dates.whole(values[-2].text) is not None and dates.whole(values[-1].text) is None \
        and PROSE_END.search(line.text) is not None \
        and len(line.text.split()) <= _CARD_SUMMARY_WORDS
