"""Rules from the lead's probes of 2026-12-02 (lead21: invented telegrams as the European
foreign ministries' printed editions give them in translation): the telegram's numbers under
the parties' heading (`T. nos. 2417 to 2423.`: the first names it) and the receipt in
parentheses with a colon, day first and a 24-hour time (`(Received: 15 May, 01 h 10.)`) are
heading lines, so the dateline under them still dates the document."""

from __future__ import annotations

import pytest

from tests.cases import text_facts

_BODY = ("I refer to my telegrams of last week.\n\n"
         "The Minister received me this morning and confirmed that the conference would open "
         "on the date agreed. He asked that the Government be informed at once.\n")

_FRENCH = ("214\n\n"
           "M. Laroche, Ambassador of France in Warsaw, to M. Barthou, Minister of Foreign "
           "Affairs.\n\n{number}\n{dateline}\n{received}\nConfidential.\n\n" + _BODY)
_SHORT = ("No. 37.\n\nM. Noël to M. Barthou.\n\n{number}\n{dateline}\n{received}\n\n" + _BODY)


@pytest.mark.parametrize("layout", [_FRENCH, _SHORT])
@pytest.mark.parametrize(("number", "telegram"), [
    ("T. nos. 2417 to 2423.", "2417"), ("T. no. 345.", "345"), ("Tel. nos. 812-815.", "812"),
    ("T. 1234/567.", "1234/567")])
def test_a_printed_edition_s_telegram_numbers_leave_the_dateline_in_the_heading(
        resources, layout: str, number: str, telegram: str) -> None:
    found = text_facts(layout.format(number=number, dateline="Warsaw, 14 May 1934, 20 h 45.",
                                     received="(Received: 15 May, 01 h 10.)"), resources)
    assert found["telegram_number"] == telegram
    assert str(found["date"])[:10] == "1934-05-14"
    assert str(found["date_received"])[:10] == "1934-05-15"
    assert found["doc_type"] == "telegram"


@pytest.mark.parametrize("received", ["(Received: 15 May, 01 h 10.)",
                                      "(Received 15 May 1934, 1.10 a.m.)",
                                      "(Received: 15 May, at 01.10.)"])
def test_a_day_first_receipt_in_parentheses_is_the_date_received(resources,
                                                                  received: str) -> None:
    found = text_facts(_SHORT.format(number="T. 1234/567.", received=received,
                                       dateline="Moscow, 14 May 1934, 21.40."), resources)
    assert str(found["date_received"])[:10] == "1934-05-15"


def test_a_sentence_opening_with_t_and_a_number_is_no_telegram_number(resources) -> None:
    text = _FRENCH.format(number="", dateline="Warsaw, 14 May 1934.", received="") + (
        "\nT. 12 divisions were counted on the frontier.\n")
    assert text_facts(text, resources).get("telegram_number") is None
