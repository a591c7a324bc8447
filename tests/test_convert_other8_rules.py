"""Rules from the misses of the other8 blind sample (FRUS pages of the 1860s-1960s, DFAT,
NZETC), each tried on invented variants unlike the sample's documents."""

from __future__ import annotations

import pytest

from tei.convert.context import Context
from tei.convert.parties import title_parties
from tei.convert.read import logical_lines
from tests.cases import text_facts, text_xml

DESPATCH = "Mr. Hay to Mr. Frelinghuysen.\nNo. 41.]\n"
BODY = "Sir: I have the honor to report that the Chambers met today.\n"


@pytest.mark.parametrize(("dateline", "received"), [
    ("Lima, March 3, 1881. (Received March 20.)", "1881-03-20"),
    ("Berlin, June 2, 1890, 4 p.m. (Received June 3.)", "1890-06-03"),
])
def test_a_receipt_in_parentheses_after_the_dateline(dateline: str, received: str,
                                                     resources) -> None:
    found = text_facts(DESPATCH + dateline + "\n" + BODY, resources)
    assert found["date_received"] == received and found["date"][:4] == received[:4]


@pytest.mark.parametrize("letterhead", ["Embassy of the United States,", "American Legation,",
                                        "Department of State,"])
def test_a_letterhead_in_ordinary_case_stands_over_the_dateline(letterhead: str,
                                                                resources) -> None:
    found = text_facts(DESPATCH + letterhead + "\nLima, March 3, 1881.\n" + BODY, resources)
    assert found["place_of_origin"] == "Lima" and found["date"] == "1881-03-03"


def _persons(text: str, resources) -> str:
    return text_xml("TELEGRAM\nMoscow, 3 May 1951\n" + text + "\n", resources).split("<text")[1]


def test_a_register_surname_after_another_persons_given_name_is_someone_else(resources) -> None:
    body = _persons("Col. Reginald F. C. Vance and R. F. Vance met Cyrus R. Vance.", resources)
    assert body.count("per-cyrus-vance") == 1
    assert ">Reginald F. C. Vance</persName>" in body and ">R. F. Vance</persName>" in body


def test_a_given_name_before_a_register_persons_full_forms_keeps_the_link(resources) -> None:
    body = _persons("Foreign Minister Andrey Yanuaryevich Vyshinsky spoke.", resources)
    assert "per-andrei-vyshinsky" in body


def test_a_rank_before_a_surname_is_not_the_start_of_a_longer_office(resources) -> None:
    body = _persons("General Kim warned the Embassy.", resources)
    assert "per-kim-jong-il" not in body


def test_a_middle_name_cut_after_its_mc_is_an_initial(resources) -> None:
    assert ">P. McD. Collins</persName>" in _persons("Mr. P. McD. Collins arrived.", resources)


@pytest.mark.parametrize(("close", "signed"), [
    ("I have, etc.,\nChargé d’Affaires ad interim.", "Chargé d’Affaires ad interim."),
    ("I have, etc.,\nCharles Denby.", "Charles Denby."),
    ("I am, sir, your obedient servant,\nJohn Hay.", "John Hay."),
])
def test_an_office_or_a_name_closed_by_a_full_stop_signs(close: str, signed: str,
                                                         resources) -> None:
    found = text_facts(DESPATCH + "Lima, March 3, 1881.\n" + BODY + close + "\n", resources)
    assert found["signed"] == signed


@pytest.mark.parametrize("last", ["Ambassador will call.", "Denby agrees."])
def test_a_short_last_sentence_without_a_valediction_is_text(last: str, resources) -> None:
    found = text_facts(DESPATCH + "Lima, March 3, 1881.\n" + BODY + last + "\n", resources)
    assert found["signed"] is None


def test_the_envoys_name_with_the_prints_etceteras_is_a_foot_address(resources) -> None:
    text = (DESPATCH + "Department of State,\nWashington, May 2, 1881.\n" + BODY
            + "I am, sir, your obedient servant,\nJohn Hay.\n"
            + "James A. Garfield, Esq., &c., &c., &c.\n")
    assert "<address>" in text_xml(text, resources)


def test_double_spaced_lines_run_on_after_an_initial() -> None:
    lines = ["the Agreement of which a copy was enclosed in my despatch D.",
             "No. 211 of the 14th October. A copy of these papers has been sent on to",
             "the Government of the United States. We do not think the phrase is wrong",
             "and we shall let you know when the reply of the other Government comes in.",
             "We think that the Government must surely be aware of the whole position",
             "as it was set out in your letter of the 3rd August to the Secretary of",
             "State for Foreign Affairs, and no further step is needed at this stage.",
             "The Communique and the reply were included in the Documents which were",
             "sent to you last month with the remaining papers of the conference here.",
             "You will no doubt let us know whether anything further is required now."]
    joined = logical_lines("\n\n".join(lines) + "\n")
    assert joined[0].text.startswith("the Agreement") and "despatch D. No. 211" in joined[0].text


def test_an_outgoing_number_running_on_into_prose_is_text(resources) -> None:
    text = ("Cablegram 12 LONDON, 7 January 1944\n\nThe papers went with my despatch D.\n\n"
            "No. 103 of the 30th November. A copy of these Documents has been sent on to "
            "the Government of the United States since then.\n")
    assert text_facts(text, resources)["outgoing_number"] is None


def test_a_note_anchor_glued_after_a_possessive(resources) -> None:
    text = ("761.00/3–1249: Telegram\n\nThe Ambassador in the Soviet Union (Kirk) to the "
            "Secretary of State\n\n612. Vyshinsky’s1 reply was printed in Pravda2 today.\n\n"
            "  1. Minister for Foreign Affairs.\n  2. The party newspaper.\n")
    assert text_facts(text, resources)["notes"] == 2


def test_an_unsigned_text_under_a_title_naming_both_parties_is_a_telegram(resources) -> None:
    text = ("The Governor of Fiji to the High Commissioner for the United Kingdom in New "
            "Zealand\n\n3 March 1942\n\nYour telegram of 1 March. The garrison has been "
            "reinforced.\n")
    assert text_facts(text, resources)["doc_type"] == "telegram"


@pytest.mark.parametrize(("title", "parties"), [
    ("The American Minister to the Secretary of State.", ("The American Minister",
                                                          "the Secretary of State")),
    ("The Special Assistant to the President (Bundy) to the Secretary of State",
     ("The Special Assistant to the President (Bundy)", "the Secretary of State")),
])
def test_a_titles_last_to_before_the_addressees_office_splits_it(title: str, parties: tuple,
                                                                 resources) -> None:
    assert title_parties(title, Context(resources, "title.txt")) == parties


@pytest.mark.parametrize(("heading", "is_heading"), [
    ("The American Minister to the Secretary of State.", True),
    ("The Chargé d’Affaires ad interim in Peru to the Secretary of State.", True),
    ("The Ambassador in Japan (Grew) to the Secretary of State.", True),
    ("The Ambassador asks that a correspondent be sent to the Embassy and notes the delay.",
     False),
    ("The Consul reports to the Legation that the Mission left Hankow in May.", False),
])
def test_a_heading_closed_by_a_full_stop_names_offices_not_a_sentence(
        heading: str, is_heading: bool, resources) -> None:
    found = resources.patterns.match("frus", heading)
    assert (found is not None and found[0] == "heading") is is_heading
