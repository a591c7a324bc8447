"""Messages as a documents edition numbers and dates them, reposted as page text.

The Soviet edition of the wartime correspondence of Stalin with Churchill, Attlee,
Roosevelt and Truman (Moscow 1957, on marxists.org and other sites page by page) heads each
message with the edition's number (`No. 28`, not the telegram's: the form moves it to the
page's text), the day it was received or sent (`Received on January 5, 1942`, `Sent on
January 8, 1942`) and its parties (`W. CHURCHILL TO J. V. STALIN*`, or `Personal and
Secret Message from Premier Stalin to Prime Minister Churchill` in another printing),
which are the message's title. The
form shows only where a row reading the parties matches among the opening lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tei.convert.context import Context
from tei.convert.forms import Form
from tei.convert.read import Line

if TYPE_CHECKING:  # zones imports the forms
    from tei.convert.zones import Segments

_PARTIES = {"sender", "addressee"}
_EDITION_NUMBER = re.compile(r"^No\.\s*+\d{1,4}$")
_NUMBER_REACH = 3  # the number stands over the date and parties lines
_SALUTE_REACH = 8  # the number, the parties, the dates and the writer's line over it


@dataclass(frozen=True)
class _EditionForm(Form):
    """A form whose evidence counts only where one of its rows reads the parties."""

    def evidence(self, lines: list[Line], candidates: list[Line], ctx: Context) -> int:
        found = [ctx.res.patterns.match(self.table, line.text) for line in candidates]
        if not any(row and row[1].groupdict().keys() >= _PARTIES for row in found):
            return 0
        # (repost96) a letter of a collection of correspondence: its salutation under the
        # parties' heading (`Hello Friend!`, `Dear comrade Stalin!`) is no edition's message
        if any(ctx.res.patterns.match("salutation", line.text) for line in lines[:_SALUTE_REACH]):
            return 0
        return sum(1 for row in found if row)


def _parties_line(lines: list[Line], ctx: Context) -> Line | None:
    """The first message's parties line (`W. CHURCHILL TO J. V. STALIN*`)."""
    for line in lines[:_NUMBER_REACH + 1]:
        found = ctx.res.patterns.match(FORM.table, line.text)
        if found and found[1].groupdict().keys() >= _PARTIES:
            return line
    return None


def _edition_heading(lines: list[Line], seg: Segments, ctx: Context) -> list[Line]:
    """The edition's number over the first message moved to the page's text; its parties
    line, the edition's heading of the message, is the title (without a note's asterisk)."""
    parties = _parties_line(lines, ctx)
    if parties is not None and seg.page_title is None:
        seg.page_title = Line(parties.no, parties.text.rstrip("*").strip())
    for i, line in enumerate(lines[:_NUMBER_REACH]):
        if _EDITION_NUMBER.match(line.text):
            seg.fields.setdefault("page-text", []).append(line)
            return lines[:i] + lines[i + 1:]
    return lines


FORM = _EditionForm("edition", "message of a documents edition", "telegram",
                    opening=_edition_heading)
