"""Rules from the misses other6 left on its held-out sample (an Avalon repost of FRUS, FRUS
editors' corrections, a backchannel message, a DIFP memorandum), each tried on invented
variants unlike the sample's documents."""

from __future__ import annotations

import pytest

from tei.convert.brackets import is_correction
from tests.cases import text_facts, text_xml

HEADING = "The Minister in China (Reinsch) to the Secretary of State\n\n[Telegram]\n\n"
TEXT = "\n\n312. The Minister received me today and spoke at length.\n\nREINSCH\n"


@pytest.mark.parametrize(("dateline", "received"), [
    ("PEKING, July 9, 1917, 11 a.m. [Received July 10, 6.15 a.m.]", "1917-07-10T06:15"),
    ("Peking, July 9, 1917, 11 a.m. Received July 10, 6.15 a.m.", "1917-07-10T06:15"),
    ("Peking, December 30, 1917. [Rec'd January 2, 1918, 3 p.m.]", "1918-01-02T15:00"),
])
def test_a_receipt_run_on_after_the_dateline_is_the_date_received(dateline: str, received: str,
                                                                  resources) -> None:
    found = text_facts(HEADING + dateline + TEXT, resources)
    assert found["date_received"] == received and found["place_of_origin"] == "Beijing"


def test_a_dateline_without_a_receipt_is_no_receipt_line(resources) -> None:
    found = text_facts(HEADING + "Peking, July 9, 1917, 11 a.m." + TEXT, resources)
    assert found["date_received"] is None and found["date"] == "1917-07-09"


def test_the_avalon_page_lines_around_a_frus_telegram_are_furniture(resources) -> None:
    text = ("Logo\nForeign Relations of the United States : 1917 Supplement 2, The World War\n"
            + HEADING + "PEKING, July 9, 1917, 11 a.m.\n\n[Received July 10, 6.15 a.m.]" + TEXT
            + "\n127 Wall Street, New Haven, CT 06511.\n")
    body = text_xml(text, resources).split("<text")[1]
    assert "Logo" not in body and "Wall Street" not in body and "Supplement 2" not in body
    assert text_facts(text, resources)["date_received"] == "1917-07-10T06:15"


@pytest.mark.parametrize(("text", "bracket", "expected"), [
    ("Your 722, April 9, 8 [11] p.m.", "[11]", True),
    ("sent at 10.30 [11.30] a.m. today", "[11.30]", True),
    ("your telegram of May 3 [4], 1941", "[4]", True),
    ("dated Sept. 12 [13] and received", "[13]", True),
    ("as reported in paragraph 8 [11] of", "[11]", False),
    ("the conference of 3 [4] Powers", "[4]", False),
    ("April 9, 8 [the hour] p.m.", "[the hour]", False),
])
def test_a_figure_in_brackets_after_a_time_or_day_is_the_editors_correction(
        text: str, bracket: str, expected: bool) -> None:
    start = text.index(bracket)
    inner = bracket[1:-1]
    assert is_correction(inner, text, start, start + len(bracket)) is expected


def test_an_editors_correction_is_supplied_not_a_note_anchor(resources) -> None:
    text = HEADING + "Peking, July 9, 1917.\n\n312. Your 97, July 4, 6 [7] p.m. Agreed.\n"
    body = text_xml(text, resources).split("<text")[1]
    assert '<supplied reason="correction">7</supplied> p.m.' in body
    assert 'type="note"' not in body


@pytest.mark.parametrize(("office", "person"), [
    ("the Head of the Delegation to the Paris Peace Talks on Vietnam (Lodge)",
     "Henry Cabot Lodge Jr."),
    ("the Chairman of the Delegation to the Conference on Disarmament (Bunker)",
     "Ellsworth Bunker"),
])
def test_an_office_ending_in_on_keeps_the_holder_named_after_it(office: str, person: str,
                                                               resources) -> None:
    text = (f"Backchannel Message From the Secretary of State (Rogers) to {office}\n\n"
            "Washington, June 2, 1970, 2210Z.\n\nWH01234. Please see the Foreign Minister.\n")
    assert text_facts(text, resources)["addressee"] == [person]


def test_a_subject_after_on_in_a_title_is_still_no_party(resources) -> None:
    text = ("Letter from the Secretary of State (Rogers) to the Ambassador in France (Bruce) "
            "on the Talks\n\nWashington, June 2, 1970\n\nDear David: The talks go on.\n")
    assert text_facts(text, resources)["addressee"] == ["David Bruce"]


def test_a_dateline_alone_over_an_unsigned_untitled_text_is_a_memorandum(resources) -> None:
    text = ("No. 77 NAI DFA/305/14/9\nDublin, 4 March 1950\n\n"
            "The Department has examined the proposal and sees no objection to it.\n")
    assert text_facts(text, resources)["doc_type"] == "memorandum"


def test_a_dated_text_under_a_heading_naming_parties_stays_a_letter(resources) -> None:
    text = ("Message From the Prime Minister to President Eisenhower\nLondon, 4 March 1955\n\n"
            "I have studied your proposal and send you my thoughts on it.\n")
    assert text_facts(text, resources)["doc_type"] == "letter"


@pytest.mark.parametrize(("opening", "addressee"), [
    ("2841. For Bohlen. Deptel 2790.", ["Charles E. Bohlen"]),
    ("2841. For the Ambassador. Deptel 2790.", []),
    ("2841. For your information. Deptel 2790.", []),
])
def test_a_channel_line_may_name_only_the_person_it_is_for(opening: str, addressee: list[str],
                                                          resources) -> None:
    text = ("58. Telegram From the Department of State to the Embassy in the Philippines\n\n"
            f"Washington, April 22, 1958, 7:12 p.m.\n\n{opening} We see no need to act.\n")
    found = text_facts(text, resources)["addressee"]
    assert found == addressee
