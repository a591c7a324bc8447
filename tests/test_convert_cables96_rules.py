"""Rules for cables learnt from real pages (cables96: PlusD pages of 1974-1977 cables from
Nairobi, Kathmandu, the Department and USUN, Cablegate pages from La Paz and Jakarta, and
a mirror's (wikileaks.jcvignoli.com) page of a La Paz cable):

- a Cablegate cable's passing line names officers by their initials glued to the surname
  after the office symbol or title (`FOR WHA PDAS CSHAPIRO, WHA/AND LPETRONI, INR/IAA
  KSMITH`, `NSC FOR DFISK`): each such word is a person (C. Shapiro), a word opening with
  two consonants no surname opens with, of five letters or more but as its item's last
  word (`PDAS` is a title), and the office symbols and titles before it are no words of a
  name (`drafting_lines.routing_marks`, called by `inline.py`); before, `WHA PDAS
  CSHAPIRO` was one person and the addressee;
- a page whose first lines hold a cable library's furniture (table `page-furniture`, rows
  `cablegate-navigation`, `cable-mirror`: PlusD's `Press release About PlusD` and `Show
  Headers`) is a cable when nothing else types it (`dated_only_forms.cable_library_page`);
  before, a flattened body under `Show Headers` was a memorandum by default;
- USUN's designators in PlusD printouts (`PAGE 03 USUN N 02668 01 OF 02 010845Z`, `USUN
  2668`, `FM USMISSION USUN`) sit in New York (table `cable-posts`); before, a page that
  kept only the page header had no place of origin;
- no person after a title in a cable in capitals before `BILATERAL`, `MULTILATERAL`,
  `AIRCRAFT` (`USDEL SECRETARY AIRCRAFT`), `MOTORS`, `ELECTRIC`, `DYNAMICS` (`GENERAL
  MOTORS`) (table `capitals-common-words`);
- `AMIN` alone is Idi Amin where the document names Kenya, Tanzania, their capitals or
  leaders, or the OAU (table `name-context`, Nairobi 1976);
- register: Evo Morales (`Evo`, `Morales` in office), Susilo Bambang Yudhoyono (`SBY`),
  Mwai Kibaki, David N. Greenlee (not Philip S. Goldberg: a second register Goldberg
  would leave Arthur Goldberg's bare surname in office unresolved in undated documents).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

PASSING = ("C O N F I D E N T I A L LA PAZ 000220\n\nSIPDIS\n\n"
           "FOR WHA PDAS JMORROW, WHA/AND BKELLER, INR/IAA TFINCH\nNSC FOR DPRICE\n\n"
           "E.O. 12958: DECL: 02/02/2017\nTAGS: PGOV BL\nSUBJECT: BUDGET VOTE\n\n"
           "1. (C) The Senate passed the budget on Friday.\n")


def test_passing_line_officers_are_persons_not_the_office_words(resources: Resources) -> None:
    xml = text_xml(PASSING, resources)
    for ref, word in (("j-morrow", "JMORROW"), ("b-keller", "BKELLER"),
                      ("t-finch", "TFINCH"), ("d-price", "DPRICE")):
        assert f'<persName ref="#per-{ref}">{word}</persName>' in xml
    assert "FOR WHA PDAS <persName" in xml  # `WHA PDAS` is no name's opening
    assert "per-wha" not in xml and "per-p-das" not in xml


def test_plain_surname_after_a_title_is_no_glued_officer(resources: Resources) -> None:
    xml = text_xml(PASSING.replace("FOR WHA PDAS JMORROW", "FOR WHA A/S SHANNON"), resources)
    assert "per-s-hannon" not in xml


LIBRARY = ("Press release About PlusD\nShow Headers\n"
           "1.4(B) AND (D). 1. (C) Summary: The Minister told the Ambassador on Tuesday that "
           "the budget would pass. End Summary. 2. (C) He asked for help with the census.\n")


def test_cable_library_page_makes_a_cable(resources: Resources) -> None:
    assert text_facts(LIBRARY, resources)["doc_type"] == "cable"
    plain = text_facts(LIBRARY.split("\n", 2)[2], resources)
    assert plain["doc_type"] != "cable"


USUN = ("UNDP COUNCIL --\nDELS ASKED FOR A PLEDGING CONFERENCE.\nCONFIDENTIAL\n"
        "PAGE 02 USUN N 03012 01 OF 02 140915Z\nDELS OF KENYA AND GHANA AGREED.\n")


def test_usun_printout_designator_sits_in_new_york(resources: Resources) -> None:
    assert text_facts(USUN, resources)["place_of_origin"] == "New York"


CAPITALS = ("SECRET\nPAGE 01 NAIROB 04100 240818Z\nO 240743Z APR 76\nFM AMEMBASSY NAIROBI\n"
            "TO USDEL SECRETARY AIRCRAFT NIACT IMMEDIATE\nS E C R E T NAIROBI 4100\n"
            "SUBJ: VISIT\n1. RELATIONS ARE GOOD, WITH NO MAJOR\nBILATERAL DIFFERENCES. "
            "GENERAL MOTORS OPENED A PLANT. THIS MAN AMIN IS A PROBLEM FOR KENYA.\n")


def test_capitals_common_words_after_titles_and_amin_near_kenya(resources: Resources) -> None:
    xml = text_xml(CAPITALS, resources)
    for word in ("aircraft", "bilateral", "motors"):
        assert f"per-{word}" not in xml
    assert '<persName ref="#per-idi-amin">AMIN</persName>' in xml


def test_cables96_register_entries(resources: Resources) -> None:
    text = ("C O N F I D E N T I A L JAKARTA 000900\nSIPDIS\nTAGS: PGOV, ID\n"
            "SUBJECT: SBY AND EVO\n1. (C) President Yudhoyono met Evo Morales; Mwai Kibaki "
            "wrote to both. Ambassador David N. Greenlee and Philip S. Goldberg attended.\n")
    xml = text_xml(text, resources)
    for ref in ("susilo-bambang-yudhoyono", "evo-morales", "mwai-kibaki", "david-n-greenlee"):
        assert f"#per-{ref}" in xml
