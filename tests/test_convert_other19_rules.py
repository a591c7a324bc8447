"""Rules found on the blind sample other19 (older FRUS telegram pages from China and Korea):
a short dateline broken after its month is one line; `Gimo` and `Shao Li-tzu` in the
register."""

from __future__ import annotations

import pytest
from lxml import etree

from tei.convert.context import Context
from tei.convert.read import Line
from tei.convert.wraps import join_broken_places
from tests.cases import text_facts, text_xml
from tests.tei_facts import xp

_HEADING = "711.94/4–952: Telegram\nThe Ambassador in Japan (Murphy) to the Secretary of State\n"


@pytest.mark.parametrize(("first", "rest", "date"), [
    ("Tokyo, April", "9, 1952—4 p.m.", "1952-04-09"),
    ("Tokyo, Apr.", "9, 1952, 4 p.m.", "1952-04-09"),
    ("Tokyo, 9 April", "1952, 4 p.m.", "1952-04-09"),
])
def test_a_dateline_broken_after_its_month_is_one_line(first, rest, date, resources) -> None:
    text = f"{_HEADING}{first}\n{rest}\n412. Yoshida called on me today.\nMurphy\n"
    facts = text_facts(text, resources)
    assert (facts["date"], facts["place_of_origin"], facts["telegram_number"]) == (
        date, "Tokyo", "412")


@pytest.mark.parametrize(("first", "rest", "blank"), [
    ("In April", "9 members voted against it.", False),  # no year: no whole date
    ("The Embassy will reply to them in April", "9, 1952, as agreed.", False),  # no dateline
    ("Tokyo, April", "9, 1952—4 p.m.", True),  # a blank line between: not one line broken
])
def test_lines_that_only_look_like_a_broken_month_stay_apart(first, rest, blank,
                                                               resources) -> None:
    lines = [Line(1, first), Line(2, rest, blank_before=blank)]
    kept = join_broken_places(lines, Context(resources, "t", text=f"{first}\n{rest}"))
    assert [line.text for line in kept] == [first, rest]


@pytest.mark.parametrize(("name", "ref"), [
    ("Gimo", "#per-chiang-kai-shek"),
    ("Shao Li-tzu", "#per-shao-lizi"),
])
def test_chinese_names_of_the_state_telegrams_are_known(name, ref, resources) -> None:
    text = (f"{_HEADING}Tokyo, April 9, 1952—4 p.m.\n412. {name} is expected here "
            "next week.\nMurphy\n")
    root = etree.fromstring(text_xml(text, resources).encode())
    assert [p.get("ref") for p in xp(root, "//tei:body//tei:persName")
            if p.text == name] == [ref]
