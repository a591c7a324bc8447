"""(uk74) The Foreign Office's inward telegram form of the 1950s-60s (`FOREIGN OFFICE AND
WHITEHALL DISTRIBUTION` / `CONGO (LEOPOLDVILLE)` / `Cypher/OTP  MR. RICHES` / `D. ...` /
`R. ...`): the post's line in capitals under the distribution line is where the telegram
was sent from, not where it went, when the form gives its receipt in London (`R.`); a
country with its post's city in brackets is sent from that city."""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.read import Line
from tei.convert.register import Entry
from tei.convert.segment import bare
from tei.convert.states import is_country

_RECEIPT = re.compile(r"^R[.:]\s++\S")
_CITY_IN_BRACKETS = re.compile(r"^(?P<state>[^()]{2,40}?)\s*+\((?P<city>[^()]{2,40})\)\.?$")


def inward_posts(lines: list[Line], kinds: list[str | None]) -> set[int]:
    """The numbers of the post's lines (`destination`, or a country the register lacks with
    its city in brackets, in capitals: `IRAQ (BAGHDAD)`) set under a distribution line of a
    form that gives its receipt (`R. 9.12 p.m. December 6, 1962.`)."""
    if not any(_RECEIPT.match(bare(line.text)) for line in lines):
        return set()
    return {lines[i].no for i in range(1, len(lines))
            if kinds[i - 1] == "distribution" and (kinds[i] == "destination" or (
                kinds[i] is None and bare(lines[i].text).isupper()
                and _CITY_IN_BRACKETS.match(bare(lines[i].text))))}


def _place(name: str, ctx: Context) -> Entry | None:
    """The register's place of a name in capitals or not."""
    entry = ctx.res.register.lookup(name) or ctx.res.register.lookup(name.title())
    return entry if entry is not None and entry.kind == "place" else None


def post_city(text: str, ctx: Context) -> Entry | None:
    """The city a post's line names: the city in brackets after its country
    (`CONGO (LEOPOLDVILLE)`), else the line's place."""
    found = _CITY_IN_BRACKETS.match(text.strip())
    city = _place(found.group("city"), ctx) if found else None
    if city is not None and not is_country(city):
        return ctx.use(city)
    entry = _place(text.strip(" ."), ctx)
    return ctx.use(entry) if entry is not None else None
