"""Rules for persons named by a rank or a courtesy title and a surname alone (names93):

- a military rank before a surname alone (`Gen. Wilson`, `COL JONES`, `General Jones`) is
  not the register's person of that surname whose recorded occupations hold no military
  post (table `post-titles`, the rank row: `Gen. Wilson` in 1975 is no Harold Wilson);
  `Gen.` also holds a party post, the GDR's `Genosse` (`Gen. Axen`); leaders a rank names
  have their dated military office in the register (`General de Gaulle`, `Marshal Tito`,
  `Colonel Nasser`, `General Jaruzelski`, `General Scowcroft`, ...);
- of several namesakes a titled surname fits, those holding the title's posts first
  (`General Jones` in 1975: David C. Jones, Chief of Staff of the US Air Force then, not
  Lord Chalfont; `surnames.one_fitting`);
- a colonel is no general: `Colonel`, `Col.`, `COL` have their own `post-titles` row that
  no general's, admiral's, marshal's or service chief's occupations hold (`COL JONES` in
  1976 is no David C. Jones);
- a rank form of a register person not living in the document's year (`General Lee`,
  Robert E. Lee's form, in 1942) names a serving officer, not him, when the register has a
  namesake holding the rank's posts living then (`surnames.may_be_named`; `General de
  Gaulle` in 1975 stays Charles de Gaulle);
- `Mrs.` before the surname of a man the register marks `sex="M"` is his wife (`Mrs.
  Dobrynin`, `Mrs. Eisenhower`: Mamie; table `gendered-titles`, `surnames.of_sex`);
- `Document` and `Format` never stand in a name (the Marshall Foundation papers' foot
  `Document Format: Typed memorandum.`; table `not-names`);
- (held look) a FRUS heading whose first party is a rank or an office and a surname alone
  (`General Marshall to the Commander of the Seventh Fleet (Cooke)57`): the heading, its
  parties the sender and addressee (table `frus`, a `heading` row);
- register: the wartime and postwar officers a rank names (Henry Maitland Wilson, Charles H.
  Bonesteel Jr. in Iceland in 1941, Brehon B. Somervell, John H. Towers, Charles M. Cooke,
  Keller E. Rockey, William B. Rosson, John C. H. and William C. Lee, Howard M. Fish),
  Constantin Andronikof, Mamie Eisenhower and Yvonne de Gaulle.
"""

from __future__ import annotations

import re

from tei.convert import Resources
from tests.cases import text_facts, text_xml


def _refs(xml: str, name: str) -> set[str]:
    return set(re.findall(rf'<persName ref="#([^"]+)">{re.escape(name)}</persName>', xml))


def _memo(year: int, body: str) -> str:
    return f"MEMORANDUM OF CONVERSATION\n\nWashington, June 3, {year}\n\n{body}\n"


def test_a_rank_is_no_civilian_namesake(resources: Resources) -> None:
    xml = text_xml(_memo(1975, "Gen. Wilson told the Secretary that the base would close."),
                   resources)
    assert "per-harold-wilson" not in xml and _refs(xml, "Wilson")


def test_leaders_a_rank_names_keep_their_tags(resources: Resources) -> None:
    xml = text_xml(_memo(1983, "General Jaruzelski met Colonel Nasser's successor; "
                               "General Scowcroft and Marshal Tito were recalled."), resources)
    assert _refs(xml, "Jaruzelski") == {"per-wojciech-jaruzelski"}
    assert _refs(xml, "Scowcroft") == {"per-brent-scowcroft"}


def test_genosse_keeps_the_party_official(resources: Resources) -> None:
    xml = text_xml("Telegram\n\nSofia, 15.12.1982\n\nTo Gen. Axen\n\nGen. Sieber informed us "
                   "of the talks.\n", resources)
    assert _refs(xml, "Axen") == {"per-hermann-axen"}


def test_of_namesakes_the_one_holding_the_post(resources: Resources) -> None:
    xml = text_xml(_memo(1975, "General Jones said the Air Force would not object."),
                   resources)
    assert _refs(xml, "Jones") == {"per-david-c-jones"}


def test_a_rank_form_of_a_dead_general_is_a_serving_officer(resources: Resources) -> None:
    xml = text_xml(_memo(1942, "General Lee will command the Services of Supply in England."),
                   resources)
    assert "per-robert-e-lee" not in xml


def test_a_wartime_general_by_the_year(resources: Resources) -> None:
    xml = text_xml(_memo(1941, "General Bonesteel reports from Iceland that the convoy came "
                               "in."), resources)
    assert _refs(xml, "Bonesteel") == {"per-charles-h-bonesteel-jr"}
    xml = text_xml(_memo(1944, "The directive for General Wilson was agreed."), resources)
    assert _refs(xml, "Wilson") == {"per-henry-maitland-wilson"}


def test_mrs_before_a_man_s_surname_is_his_wife(resources: Resources) -> None:
    xml = text_xml(_memo(1975, "Mrs. Dobrynin and Mrs. Eisenhower attended the dinner."),
                   resources)
    assert "per-anatoly-dobrynin" not in xml
    assert _refs(xml, "Eisenhower") == {"per-mamie-eisenhower"}


def test_document_format_is_no_person(resources: Resources) -> None:
    xml = text_xml("To Admiral Harold R. Stark\n\nMay 20, 1942\n\nDear Betty:\n\nThe papers "
                   "go by hand.\n\nDocument Format: Typed letter.\n", resources)
    assert "Document Format</persName>" not in xml


def test_a_frus_heading_with_a_ranked_first_party(resources: Resources) -> None:
    facts = text_facts("Marshall Mission Files, Lot 54–D271: Telegram\n\nGeneral Marshall to the "
                       "Commander of the Seventh Fleet (Cooke)12\n\n1502. Please hold the "
                       "transports at Tsingtao until the relief is complete.\n\n  1. Not "
                       "printed.\n", resources)
    assert facts["title"] == "General Marshall to the Commander of the Seventh Fleet (Cooke)"
    assert facts["sender"] == ["George C. Marshall"]
    assert facts["addressee"] == ["Charles M. Cooke"]


def test_a_colonel_is_no_general(resources: Resources) -> None:
    xml = text_xml("CONFIDENTIAL\nR 121530Z MAR 76\nFM USMISSION USUN NEW YORK\nTO SECSTATE "
                   "WASHDC 2231\n\n1. FONECON THIS DATE BETWEEN COL JONES AND EMBOFF ON THE "
                   "SHIPMENT.\n", resources)
    assert "per-david-c-jones" not in xml


def test_a_dead_leader_by_rank_without_a_living_namesake(resources: Resources) -> None:
    xml = text_xml(_memo(1975, "Since General de Gaulle left NATO's command the French have "
                               "kept apart."), resources)
    assert "per-charles-de-gaulle" in xml
