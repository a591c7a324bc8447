"""Rules found on the blind sample other19 (older FRUS telegram pages from China and Korea):
a short dateline broken after its month is one line; `Gimo` and `Shao Li-tzu` in the
register; a note anchor glued to a dated year (`01 July 19491`); the telegram's number
before the first point (`611. 1. ...`) opens no point."""

from __future__ import annotations

import pytest
from lxml import etree

from tei.convert.context import Context
from tei.convert.pages.frus_notes import footnotes
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


def _rewritten(text: str) -> list[str]:
    lines = [Line(i, t) for i, t in enumerate(text.split("\n"), 1)]
    return [line.text for line in footnotes(lines, "")]


@pytest.mark.parametrize(("text", "anchored"), [
    ("As instructed in our 88 of 01 July 19491 we shall wait.", "01 July 1949[1] we"),
    ("See your telegram of March 3, 19481, on this point.", "March 3, 1948[1], on"),
    ("Cleared on 3 Dec. 19521 by the Embassy.", "3 Dec. 1952[1] by"),
])
def test_a_note_anchor_glued_to_a_dated_year_is_the_notes(text, anchored) -> None:
    body, note = _rewritten(f"{text}\n1. Not printed.")
    assert anchored in body
    assert note == "[1] Not printed."


@pytest.mark.parametrize("text", [
    "Reference is WARX 90991 of the Army.",  # a number, no year
    "See telegram 19491 from the Embassy.",  # a year's digits with no date before them
])
def test_digits_after_a_year_without_a_date_are_no_anchor(text) -> None:
    assert _rewritten(f"{text}\n1. Not printed.")[0] == text


def test_a_glued_year_anchor_places_its_note_and_keeps_the_date(resources) -> None:
    text = (f"{_HEADING}Tokyo, April 9, 1952—4 p.m.\n412. Your telegram of 01 March 19521 "
            "was shown to Yoshida.\nMurphy\n  1. Not printed.\n")
    root = etree.fromstring(text_xml(text, resources).encode())
    assert [n.get("n") for n in xp(root, "//tei:body//tei:note")] == ["1"]
    assert "1952-03-01" in [d.get("when") for d in xp(root, "//tei:body//tei:date")]


@pytest.mark.parametrize(("opening", "items"), [
    ("412. 1. Yoshida called on me today.\n2. He asked for time.\n", ["1", "2"]),
    ("412. (a) Yoshida called on me today.\n(b) He asked for time.\n", ["a", "b"]),
    ("412. 1. Yoshida called on me today.\nHe asked for time.\n", []),  # no second point
    # no first point: a paragraph numbered from the second on is `<p n="2">` (misses25)
    ("412. Yoshida called on me today.\n2. He asked for time.\n", []),
])
def test_a_telegrams_number_before_its_first_point_opens_no_point(opening, items,
                                                                  resources) -> None:
    text = f"{_HEADING}Tokyo, April 9, 1952—4 p.m.\n{opening}Murphy\n"
    root = etree.fromstring(text_xml(text, resources).encode())
    assert [item.get("n") for item in xp(root, "//tei:body//tei:item")] == items
    assert " ".join(xp(root, "//tei:body//tei:p")[0].itertext()).startswith("412.")
