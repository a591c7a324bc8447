"""Rules for US records as born-digital text, learnt from real pages (us88: FRUS pages of
1865-1980 as history.state.gov and its mirror layout give them (despatches, telegrams,
telcons, memcons, Brzezinski's notes and memoranda), a CIA reading-room diary note, a
Cablegate mirror's cable page in its one-line form, a news site's Cablegate post):

- a Cablegate mirror's record as one line of values without labels (`07TUNIS797 2007-06-20
  16:18:00 CONFIDENTIAL//NOFORN Embassy Tunis`, wikileaks.jcvignoli.com; a table row copied
  without its header): the id a source identifier, the creation time the page's date, the
  post the place sent from (`pages/cablerecord.py`, row `value-row` of `cable-record`;
  `correspondence.py` reads the post), then `Cable title:` as in the column form; an empty
  `Cable title:` never takes the help link under it as the title;
- the same row stands alone in the read stage, however short (`release_lines.stands_alone`):
  never joined to the navigation line above or the label under it;
- the conjunctions that open a clause or a listed question before its speaker (`- Whether
  Castle said that ...`): left out of the name (`not-names` adverbs);
- the last word of a White House office's name (`... for Homeland Security and
  Counterterrorism Townsend`): never a given name (`not-names`);
- `Lays` (`Ambassador Lays Out Priorities with Foreign Minister`, a Cablegate headline) a
  verb's form, no name after the title (`capitals-common-verbs` name-verb `lay`, `push`);
- `Doctor` in full before a surname in mixed case (`Doctor Quo observed ...`): a title
  (`honorifics`, title-mixed);
- `AMCONSUL HO CHI MINH` in a routing line after 1976: the consulate's city, not the person
  (register, Saigon's later names);
- register: Frances Townsend, David Welch, Gordon England (with his title only), Ban Ki-moon
  (with his title), Pham Gia Khiem, Michael Michalak, Nguyen Minh Triet, Abdelwaheb Abdallah,
  Marvin Kalb, James Reston, William R. Castle, Sheffield Edwards (`Shef`), Willys R. Peck,
  Mahlon F. Perkins, Marshall Shulman, Walter Slocombe; `Larry Houston`,
  `Sukhrodrev` (a FRUS misprint of Sukhodrev).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

ROW = ("wikileaks ico  Home papers ico  Cables mirror and Afghan War Diary privacy policy  "
       "Privacy\n"
       "08RABAT1130 2008-12-04 11:05:00 CONFIDENTIAL//NOFORN Embassy Rabat\n"
       "Cable title:  \n\n\npdf how-to read a cable\n\n"
       "1. (C) The Foreign Minister told the Ambassador on December 3 that\n"
       "the talks on the Sahara would resume in the spring and that his\n"
       "government would send a delegation to Washington in January.\n"
       "RILEY\n")


def test_value_row_gives_the_record(resources: Resources) -> None:
    facts = text_facts(ROW, resources)
    assert facts["archive_idno"] == "08RABAT1130"
    assert facts["date"] == "2008-12-04"
    assert facts["place_of_origin"] == "Rabat"
    assert facts["title"] != "pdf how-to read a cable"


def test_value_row_stands_alone(resources: Resources) -> None:
    xml = text_xml(ROW, resources)
    assert "Privacy 08RABAT1130" not in xml
    assert "<p>wikileaks ico" not in xml


def test_whether_opens_no_name(resources: Resources) -> None:
    xml = text_xml("The Consul General at Nanking (Peck) to the Secretary of State\n"
                   "Nanking, November 3, 1931—9 a.m.\n"
                   "93. The Minister asked me to ascertain:\n"
                   "- 1.\n- Whether Castle said that the treaties applied.\nPeck\n", resources)
    assert ">Whether Castle<" not in xml
    assert 'ref="#per-william-r-castle">Castle</persName>' in xml


def test_office_word_before_holder(resources: Resources) -> None:
    xml = text_xml("07TUNIS1402 2007-10-03 14:27:00 CONFIDENTIAL Embassy Tunis\n\n"
                   "1. (C) He thanked the Assistant to the President for Homeland Security and "
                   "Counterterrorism Townsend for the training.\nGODEC\n", resources)
    assert "per-counterterrorism-townsend" not in xml
    assert 'ref="#per-frances-townsend"' in xml


def test_headline_verb_lays(resources: Resources) -> None:
    xml = text_xml("INDEPENDENT NEWS\n\nCablegate: Ambassador Lays Out Plans with Minister\n\n"
                   "Published: Tue 4 Sep 2007 04:41 PM\nR 041641Z SEP 07\nFM AMEMBASSY HANOI\n"
                   "TO RUEHC/SECSTATE WASHDC 6261\nUNCLAS HANOI 001579\n"
                   "SUBJECT: AMBASSADOR LAYS OUT PLANS WITH MINISTER\n\n"
                   "1. (SBU) The Minister welcomed the Ambassador.\n", resources)
    assert "per-lays" not in xml


def test_doctor_before_surname(resources: Resources) -> None:
    xml = text_xml("The Minister in China (Johnson) to the Secretary of State\n"
                   "Peiping, March 14, 1932—4 p.m.\n"
                   "214. Doctor Quo observed that the League had acted.\nJohnson\n", resources)
    assert 'ref="#per-quo">Quo</persName>' in xml


def test_amconsul_ho_chi_minh_is_the_city(resources: Resources) -> None:
    xml = text_xml("R 041641Z SEP 07\nFM AMEMBASSY HANOI\nTO RUEHC/SECSTATE WASHDC 6261\n"
                   "INFO RUEHHM/AMCONSUL HO CHI MINH 3634\nUNCLAS HANOI 001579\n"
                   "SUBJECT: VISIT\n\n1. (SBU) The Minister welcomed the Ambassador.\n",
                   resources)
    assert "per-ho-chi-minh" not in xml
    assert 'ref="#pla-saigon"' in xml


def test_register_nicknames(resources: Resources) -> None:
    xml = text_xml("DIARY NOTES\n2 April 1962\n1. I asked Larry Houston and Shef Edwards to "
                   "advise me on the matter.\n", resources)
    assert 'ref="#per-lawrence-houston">Larry Houston</persName>' in xml
    assert 'ref="#per-sheffield-edwards">Shef Edwards</persName>' in xml
    assert "pla-houston" not in xml
