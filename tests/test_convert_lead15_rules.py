"""Rules found on invented layouts (lead15): a selected-works edition's letters (`7. To X`
headings, a place and a date on two lines, `My dear X,`, the title's note numbered as a
point)."""

from __future__ import annotations

import pytest

from tests.cases import text_facts

_BODY = "\nI have your letter of the 9th. The position in Kashmir remains difficult.\n"
_CLOSE = "\nYours affectionately,\nJawaharlal\n"


@pytest.mark.parametrize("place", ["New Delhi", "NEW DELHI", "Rio de Janeiro"])
def test_a_register_place_over_a_date_line_is_one_dateline(place, resources) -> None:
    facts = text_facts(f"{place}\n14 March 1949\n\nMy dear Krishna,\n{_BODY}{_CLOSE}",
                       resources)
    assert facts["date"] == "1949-03-14"
    assert facts["place_of_origin"].casefold() == place.casefold()


def test_a_line_that_is_no_register_place_is_not_joined_to_the_date(resources) -> None:
    facts = text_facts(f"Personal\n14 March 1949\n\nMy dear Krishna,\n{_BODY}{_CLOSE}",
                       resources)
    assert not facts.get("place_of_origin")


@pytest.mark.parametrize("salute", ["My dear Krishna,", "My dear Prime Minister,",
                                    "MY DEAR FRIEND,"])
def test_my_dear_opens_the_letter_and_is_no_title(salute, resources) -> None:
    facts = text_facts(f"14 March 1949\n\n{salute}\n{_BODY}{_CLOSE}", resources)
    assert facts["title"] != salute
    assert facts["date"] == "1949-03-14"


@pytest.mark.parametrize("heading", ["7. To V.K. Krishna Menon1", "7. To V.K. Krishna Menon"])
def test_a_numbered_to_heading_names_the_addressee(heading, resources) -> None:
    facts = text_facts(f"{heading}\n\nNew Delhi,\n14 March 1949\n\nMy dear Krishna,\n{_BODY}"
                       f"{_CLOSE}", resources)
    assert facts["title"] == "To V.K. Krishna Menon"
    assert facts["addressee"] == ["V. K. Krishna Menon"]
    assert facts["sender"] == ["Jawaharlal Nehru"]
    assert facts["doc_type"] == "letter"


def test_the_titles_note_numbered_as_a_point_is_a_note_not_a_summary(resources) -> None:
    note = "1. JN Collection. Menon was then High Commissioner in London."
    facts = text_facts(f"7. To V.K. Krishna Menon1\n\nNew Delhi\n14 March 1949\n\n"
                       f"My dear Krishna,\n{_BODY}{_CLOSE}\n{note}\n", resources)
    assert facts["notes"] == 1
    assert not facts.get("summary")


def test_a_point_numbered_as_the_titles_note_above_other_text_stays_a_point(resources) -> None:
    facts = text_facts(f"7. To V.K. Krishna Menon1\n\nNew Delhi\n14 March 1949\n\n"
                       f"My dear Krishna,\n\n1. The position remains difficult.\n\n"
                       f"2. We cannot accept the proposal.\n{_CLOSE}", resources)
    assert facts["numbered_points"] == 2
