"""(frus94) The Civil War volumes' instructions and despatches as history.state.gov gives them:
the office and place on a line closed by a comma, the date run into the salutation and the
text's opening on the next (`Department of State, Washington,` / `December 28, 1861. SIR: * *
*`). The date is set on a line of its own, so that it closes the dateline the address line
opens, and the salutation opens the text (row `frus-run-in-salute`)."""

from __future__ import annotations

from tei.convert.context import Context
from tei.convert.read import Line

_REACH = 10  # the heading's lines at the top of the page


def split_run_in_salute(lines: list[Line], ctx: Context) -> list[Line]:
    """`lines` with a date run into the salutation under an address line parted in two."""
    for i, line in enumerate(lines[1:_REACH], start=1):
        if not lines[i - 1].text.endswith(","):
            continue
        found = ctx.res.patterns.match("frus-run-in-salute", line.text)
        if found is None or not ctx.res.dates.whole(found[1].group("date")):
            continue
        cut = found[1].end()
        return [*lines[:i], Line(line.no, line.text[:cut].rstrip(), line.blank_before),
                Line(line.no, line.text[cut:]), *lines[i + 1:]]
    return lines
