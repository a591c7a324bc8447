"""(wcda82) A document made of dated sections (an embassy's information on a week's events:
`Embassy of the People's Republic of Bulgaria` / `Hanoi, 12 June 1965` / `No. 214` /
`INFORMATION` / `3 June 1965` / its text / `7 June 1965` / its text): the date alone under
the bare form word opens the first section, it is no quoted document's dateline; the
document's own dateline above the form word dates it (`heading_places._covering_lines`
reads the lines above a form line as a covering document's only when the form line names a
party or its document's dateline names the place, the League of Nations' `TELEGRAM FROM THE
ETHIOPIAN GOVERNMENT.` / `Addis Ababa, September 5th, 1935.`)."""

from __future__ import annotations

from tei.convert.context import Context
from tei.convert.heading_tolerance import bare
from tei.convert.read import Line
from tei.convert.segment import date_alone

_FORM_WORDS = 3  # `INFORMATION`, `POLITICAL REPORT`, `REPORT No. 17`


def first_section_date(lines: list[Line], kinds: list[str | None], form: int,
                       ctx: Context) -> bool:
    """Whether the form line at `form` is a bare form word (three words at most, naming no
    party) right over a date alone: that date is the first section's."""
    if not 0 < form < len(lines) - 1 or kinds[form + 1] != "dateline":
        return False
    words = bare(lines[form].text).split()
    if len(words) > _FORM_WORDS or any(w.casefold() in ("from", "to", "of", "by") for w in words):
        return False
    return bool(date_alone(bare(lines[form + 1].text), ctx))
