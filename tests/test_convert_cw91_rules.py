"""Rules for Commonwealth official editions as real pages showed them (cw91):

- NZETC's heading under the document's number names an acting office in small letters after
  the article (`The Secretary of State for Dominion Affairs to the acting Prime Minister of
  New Zealand`): still the heading (table `heading`, frus58's row), so the date under it is
  the document's date;
- New Zealand's acting Prime Minister on a day is the deputy of the time (table
  `office-handovers`, rows `Acting Prime Minister of New Zealand`: Nash in 1941);
- an unheaded, unsigned page that ends in a letter's courtesy close (`I have the honour to
  be,` / `Sir,` / `Your obedient Servant,`: the last page of a despatch or official letter
  as hkintexts shows each page alone) is a letter (`dated_only_forms.closed_letter`);
- a bracketed figure after a cited telegram's number is the editors' correction only when it
  repeats the number's length (`telegram 1474 [1447]`); a shorter one is the edition's note
  anchor (DFAT: `see my telegram 49 [3]`: `brackets.is_correction`);
- the register: the Australian representatives at Batavia (Bertram Ballard, Charles Eaton:
  surnames in office), the German Minister in Dublin Eduard Hempel, the British Minister of
  State Hector McNeil, and the Moluccas (Maluku Islands).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

ACTING = (
    "Documents Relating to New Zealand's Participation in the Second World War 1939–45: "
    "Volume III\n\n"
    "72 — The Secretary of State for Dominion Affairs to the acting Prime Minister of New "
    "Zealand\n\n"
    "72\n"
    "The Secretary of State for Dominion Affairs to the acting Prime Minister of New Zealand\n\n"
    "21 August 1941\n\n"
    "Your telegram of 18 August. The aircraft will be shipped from Liverpool next week.\n"
)


def test_acting_office_heading_keeps_the_date(resources: Resources) -> None:
    assert text_facts(ACTING, resources)["date"] == "1941-08-21"


def test_acting_prime_minister_is_the_deputy_of_the_day(resources: Resources) -> None:
    xml = text_xml(ACTING, resources)
    assert '<roleName ref="#per-walter-nash">acting Prime Minister of New Zealand' in xml


CLOSED = (
    "the station should be built from Colonial funds, and the Treasury will not be asked "
    "for a grant.\n\n"
    "The papers are returned herewith, as requested.\n\n"
    "I have the honour to be,\n"
    "Sir,\n"
    "Your obedient Servant,\n"
)


def test_courtesy_close_alone_makes_a_letter(resources: Resources) -> None:
    assert text_facts(CLOSED, resources)["doc_type"] == "letter"


def _anchored(number: str, bracket: str) -> str:
    return (
        "31 Eaton to Department of External Affairs\n\n"
        "Cablegram 77 BATAVIA, 2 May 1948, 4.10 p.m.\n\n\n"
        f"The Premier (see my telegram {number} [{bracket}]) left for Djokjakarta today.\n"
    )


def test_short_bracket_after_a_cited_number_is_no_correction(resources: Resources) -> None:
    assert '<supplied reason="correction">' not in text_xml(_anchored("49", "3"), resources)


def test_bracket_of_the_numbers_length_is_a_correction(resources: Resources) -> None:
    xml = text_xml(_anchored("1474", "1447"), resources)
    assert '<supplied reason="correction">1447</supplied>' in xml


def test_register_knows_the_batavia_representatives_and_hempel(resources: Resources) -> None:
    text = (
        "No. 412  NAI DFA Secretary's Files A2\n\n"
        "DUBLIN, 3 March 1944\n\n"
        "I told the German Minister that he (Dr. Hempel) should warn his Government again.\n"
    )
    assert '<persName ref="#per-eduard-hempel">' in text_xml(text, resources)
    facts = text_facts(_anchored("49", "3"), resources)
    assert facts["sender"] == ["Charles Eaton"]
    moluccas = "The rising in the Moluccas was reported on 2 May 1948 from Batavia.\n"
    assert '<placeName ref="#pla-maluku-islands">Moluccas' in text_xml(moluccas, resources)
