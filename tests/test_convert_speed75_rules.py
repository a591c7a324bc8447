"""speed75 screens a pattern row's needles with a plain loop over them (not `any(map(...))`):
the answers are those of the plain computation, a row's screen as its docstring states it
and a table's match as the first of its rows (in order) whose regex finds the text."""

from __future__ import annotations

import pytest

from tei.convert import Resources
from tei.convert.literals import fold

TEXTS = ["TELEGRAM No. 123 FROM MOSCOW", "Top Secret", "Page 3 of 12",
         "Approved For Release 2002/05/17 : CIA-RDP84-00313R000100190031-7",
         "Washington, March 4, 1962—7 p.m.", "Dear Mr. Ambassador:", "Declassified İstanbul",
         "Source: Department of State, Central Files, 611.61/3-462", ""]
TABLES = ["heading", "page-furniture", "boilerplate", "page-stamps", "frus", "salutation"]


def _plainly_may_occur(needle: str, needles: tuple[str, ...], text: str) -> bool:
    if needle:
        return needle in text
    return not needles or any(one in fold(text) for one in needles)


@pytest.mark.parametrize("table", TABLES)
def test_row_screen_is_the_plain_one(resources: Resources, table: str) -> None:
    for row in resources.patterns.rows(table):
        for text in TEXTS:
            assert row.may_occur(text) == _plainly_may_occur(row.needle, row.needles, text)


@pytest.mark.parametrize("table", TABLES)
def test_match_is_the_first_row_found(resources: Resources, table: str) -> None:
    patterns = resources.patterns
    patterns.forget()
    for text in TEXTS:
        found = patterns.match(table, text)
        first = next(((row.name, hit.span()) for row in patterns.rows(table)
                      if (hit := row.regex.search(text))), None)
        if first is None and found is not None:  # `T E L E ...` spaced out (heading only)
            continue
        assert (found and (found[0], found[1].span())) == first
