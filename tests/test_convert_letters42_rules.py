"""Rules written for letters that are not telegrams (letters42: a second blind sample of
heads of government's letters, FRUS letters and aide-mémoires, Soviet covering letters and
diaries), each checked on two layouts or more: a salutation ending with a comma run on into
the first sentence (`My Dear Mr. Secretary, I have read ...`) and the close `Most sincerely
yours,`; a letterhead that is a seat of government (`10 Downing Street` over `The Prime
Minister`, `BUCKINGHAM PALACE` over the date, a dateline `Downing Street, 26 July, 1938.`)
names the place of sending and, by the register's `listRelation type="locations"`, the city
it stands in; a FRUS heading whose party holds a spaced initialism (`the U. S. A.`)."""

from __future__ import annotations

import re

import pytest

from tei.convert.states import located_in
from tests.cases import text_facts, text_xml


@pytest.mark.parametrize(("heading", "salute", "rest"), [
    ("President Wilson to the Secretary of State", "My Dear Mr. Secretary,",
     "I have read the attached paper with the profoundest interest."),
    ("President Wilson to Colonel House", "Dear Colonel House,",
     "Your letter of the ninth reached me this morning and I thank you for it."),
])
@pytest.mark.parametrize("close", ["Faithfully Yours,", "Most sincerely yours,"])
def test_comma_salutation_run_on_is_a_letter(resources, heading, salute, rest, close):
    text = f"{heading}\n\n{salute} {rest}\n\n{close}\n\nW. W.\n"
    facts = text_facts(text, resources)
    assert facts["doc_type"] == "letter"
    xml = text_xml(text, resources)
    assert re.search(rf"<salute>{salute.split()[0]} .*?,</salute>", xml)  # its name may be tagged
    assert f"<salute>{close}</salute>" in xml
    assert f"<p>{rest.split()[0]} " in xml


def test_comma_in_a_sentence_is_no_salutation(resources):
    text = ("The Secretary of State to the Ambassador in France\n\n"
            "Dear as the cost may be, We must proceed with the loan this week.\n")
    assert "<salute>" not in text_xml(text, resources)


@pytest.mark.parametrize("letterhead", [
    "10 Downing Street\nThe Prime Minister\n\n14 June 1983",
    "BUCKINGHAM PALACE\n\n14 June 1983",
])
def test_seat_letterhead_names_the_place_and_its_city(resources, letterhead):
    text = (f"{letterhead}\n\nDear Mr. President,\n\nThank you for your kind message after "
            "the election, which touched us all.\n\nYours sincerely\nElizabeth\n\n"
            "The President of the United States of America\n")
    xml = text_xml(text, resources)
    sent = xml[xml.index('<correspAction type="sent">'):xml.index("</correspAction>")]
    assert 'ref="#pla-london"' in sent
    assert 'ref="#pla-downing-street"' in sent or 'ref="#pla-buckingham-palace"' in sent


def test_seat_dateline_keeps_the_seat_first(resources):
    text = ("Downing Street,\n\n26 July, 1938.\n\nSir,\n\nI have the honour to acknowledge "
            "the receipt of your despatch of the 3rd June.\n\nI have, &c.,\nW. ORMSBY GORE.\n")
    facts = text_facts(text, resources)
    assert facts["place_of_origin"] == "Downing Street"
    assert 'ref="#pla-london"' in text_xml(text, resources)


def test_register_locations(resources):
    register = resources.register
    assert located_in(register.entries["pla-downing-street"]) == "pla-london"
    assert located_in(register.entries["pla-zhongnanhai"]) == "pla-beijing"
    assert located_in(register.entries["pla-london"]) == ""


def test_frus_heading_with_spaced_initialism(resources):
    text = ("893.01/938\n\nThe General Secretary of the Communist Party of the U. S. A. "
            "(Browder) to the Under Secretary of State (Welles)49\n\nMy Dear Mr. Welles: It is "
            "my plan to make a press statement next Thursday, as you know.\n\n"
            "Most sincerely yours,\n\nEarl Browder\n  1. Transmitted on October 14.\n")
    facts = text_facts(text, resources)
    assert facts["title"].endswith("(Welles)")
    assert facts["doc_type"] == "letter"
