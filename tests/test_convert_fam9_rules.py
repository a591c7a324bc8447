"""Three East-bloc layout families: a date-first dateline (`10 May 1966, Bucharest`), a
Soviet heading label whose value wraps onto the next line, bracketed stamp lines between a
dateline and a `To: Comrade ...` line."""

from __future__ import annotations

from tests.cases import text_facts, text_xml

_DATE_FIRST = ("Telegram from the Embassy in Sofia on the Fair\n\n"
               "3.XI.1971, Plovdiv\n\n"
               "Comrade Minister,\n\n"
               "The Bulgarian comrades told us that the fair will open next week. "
               "They ask for our list of exhibitors.\n")


def test_a_date_first_dateline_gives_the_date_and_the_place(resources) -> None:
    found = text_facts(_DATE_FIRST, resources)
    assert found["date"] == "1971-11-03"
    assert found["place_of_origin"] == "Plovdiv"
    assert "<dateline>" in text_xml(_DATE_FIRST, resources)


def test_a_date_first_dateline_at_the_foot_gives_an_unregistered_place(resources) -> None:
    text = ("Telegram on the Fair\n\nComrade Minister,\n\n"
            "The fair will open next week. They ask for our list of exhibitors.\n\n"
            "12 June 1971, Varnaville\n")
    found = text_facts(text, resources)
    assert found["place_of_origin"] == "Varnaville"
    assert found["date"] == "1971-06-12"


def test_a_sentence_with_a_date_and_a_comma_is_no_dateline(resources) -> None:
    text = _DATE_FIRST.replace("3.XI.1971, Plovdiv", "On 3 November 1971, the fair opened.")
    assert "<dateline>" not in text_xml(text, resources)
