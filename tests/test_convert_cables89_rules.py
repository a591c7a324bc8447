"""Rules for US cables as published online, learnt from real pages (cables89: PlusD pages of
1975-1979 in their `_e` print layout and their `Show Headers` layout with the text over the
header, a Cablegate mirror of the 2011 site, a blog's translation of an NKVD cipher telegram,
CIA reading room records of the President's Intelligence Checklist):

- a capitals cable's sentence whose last word the wrap carried onto a line of its own (`...
  UNLIKELY TO LAST OVER THE LONG` / `TERM.`), with more text under it, is no signature: the
  word is no sender, the lines under it stay the text (`release_lines.sentence_tail`, used by
  `processing_lines._trailer_start` and the closer's span in `closing.py`);
- the adjectives telegraphese sets after an office as its predicate (`LEAVE MY POSITION WITH
  PRESIDENT INTACT`): no surname after the title (`capitals-common-words`);
- a register form of subtype `mixed-case` is read only in a text in mixed case whatever its
  own case (`register._accept`): Poonch's `Punch` is no place in a cable's `MORE PUNCH`;
- a post's cable from its chargé by office alone (`FOR THE SECRETARY FROM CHARGE`): the one
  register person who was the country's `Chargé d'affaires in` the post's state that year,
  or the one of that year's holders the cable names (`office_holders.envoy_at_post`);
- a scan's release line ends a reading room field's value (`pages/cut_label.no_field_value`);
  the later CREST stamp (`Declassified in Part - Sanitized Copy Approved for Release ...`)
  gives the archival reference (`archival-reference` row `reference`);
- register: Karim Sanjabi, Tom Harkin, Kenneth T. Young, Berkeley.
"""

from __future__ import annotations

from tei.convert import Resources
from tei.convert.release_lines import sentence_tail
from tests.cases import text_facts, text_xml

CHARGE = ("SECRET\nPAGE 01\nTEHRAN 04411 121030Z\nACTION NODS-00\nINFO OCT-01 ADS-00 /001 W\n"
          "------------------044120 121035Z /10\nO 120915Z JUL 79\nFM AMEMBASSY TEHRAN\n"
          "TO SECSTATE WASHDC IMMEDIATE 2210\nS E C R E T TEHRAN 04411\nNODIS\n"
          "FOR THE SECRETARY FROM CHARGE\nE.O. 12065: XDS-3 7/12/99 (NAAS, C.W.) OR-M\n"
          "TAGS: PINT, IR\nSUBJECT: OUR LINE WITH THE NEW CABINET\n1. (S - ENTIRE TEXT.)\n"
          "2. I HAVE CALLED ON THREE OF THE NEW MINISTERS THIS WEEK AND FOUND\n"
          "THEM POLITE BUT GUARDED. NONE OF THEM EXPECTS THE CABINET TO LAST\n"
          "BEYOND THE AUTUMN, AND ALL OF THEM SPEAK OF ELECTIONS IN THE LONG\n"
          "TERM.\n"
          "--I PROPOSE WE KEEP OUR CALLS FEW AND BRIEF UNTIL THE SHAPE OF\n"
          "THE NEW ASSEMBLY IS CLEAR. A VISIT BY AN ENVOY WOULD DO US NO GOOD\n"
          "AND WOULD BE READ AS A SIGN THAT WE ARE EAGER FOR THEIR FAV\n")


def test_wrapped_sentence_end_is_no_signature(resources: Resources) -> None:
    facts = text_facts(CHARGE, resources)
    xml = text_xml(CHARGE, resources)
    assert facts["signed"] is None
    assert "per-term" not in xml
    assert "<p>--I PROPOSE WE KEEP OUR CALLS" in xml


def test_sentence_tail_under_a_full_capitals_line() -> None:
    above = "CREATING AND WHICH ARE UNLIKELY TO LAST OVER THE LONG"
    assert sentence_tail("TERM.", above)
    assert not sentence_tail("HILL", "I WANT TO KEEP IT THAT WAY.")
    assert not sentence_tail("HILL.", "I WANT TO KEEP IT THAT WAY.")
    assert not sentence_tail("TERM.", "OVER THE LONG")


def test_bare_charge_is_the_posts_charge(resources: Resources) -> None:
    xml = text_xml(CHARGE, resources)
    assert '<roleName ref="#per-charles-w-naas">CHARGE</roleName>' in xml


PREDICATE = ("CONFIDENTIAL\nPAGE 01 LIMA 03310 101500Z\nO 101420Z APR 76\nFM AMEMBASSY LIMA\n"
             "TO SECSTATE WASHDC IMMEDIATE 5521\nC O N F I D E N T I A L LIMA 3310\n"
             "E.O. 11652: GDS\nTAGS: PFOR, PE\nSUBJECT: NOTE ON DETAINED CITIZENS\n"
             "1. A NOTE DELIVERED HERE NOW WOULD HAVE LESS PUNCH THAN ONE HANDED\n"
             "OVER IN WASHINGTON, AND IT WOULD NOT LEAVE MY STANDING WITH PRESIDENT\n"
             "INTACT. CONGRESSMAN HARKIN HAS ALREADY WRITTEN TO HIM.\nDEAN\n")


def test_predicate_adjective_after_office_is_no_name(resources: Resources) -> None:
    xml = text_xml(PREDICATE, resources)
    assert ">INTACT</persName>" not in xml


def test_mixed_case_form_not_read_in_capitals(resources: Resources) -> None:
    xml = text_xml(PREDICATE, resources)
    assert ">PUNCH</placeName>" not in xml
    mixed = text_xml("Our forces held Punch through the winter of 1948.\n", resources)
    assert '<placeName ref="#pla-poonch">Punch</placeName>' in mixed


def test_register_names_of_the_period(resources: Resources) -> None:
    xml = text_xml(PREDICATE, resources)
    assert '<persName ref="#per-tom-harkin">HARKIN</persName>' in xml
    text = ("SECRET\nO 030530Z MAR 79\nFM AMEMBASSY TEHRAN\nTO SECSTATE WASHDC 0157\n"
            "S E C R E T TEHRAN 2201\nSUBJECT: CALL ON THE FOREIGN MINISTER\n"
            "1. FOREIGN MINISTER SANJABI RECEIVED ME WITH HIS DEPUTY. BOTH HAD STUDIED\n"
            "AT BERKELEY, CALIFORNIA.\nSULLIVAN\n")
    xml = text_xml(text, resources)
    assert 'ref="#per-karim-sanjabi">SANJABI</persName>' in xml
    assert '<placeName ref="#pla-berkeley">BERKELEY</placeName>' in xml


PRINT_VIEW = ("Document Number (FOIA) /ESDN (CREST):\nEa r=! EZ 1=1\n"
              "Declassified in Part - Sanitized Copy Approved for Release 2014/03/11 : "
              "CIA-RDP79T00936A000700120001-5\n9 MAR. 1962\n"
              "Declassified in Part - Sanitized Copy Approved for Release 2014/03/11 : "
              "CIA-RDP79T00936A000700120001-5\n1. Laos\nAmbassador Young reports the talks\n"
              "in Vientiane are stalled again.\n")


def test_release_line_ends_a_print_views_field(resources: Resources) -> None:
    facts = text_facts(PRINT_VIEW, resources)
    assert facts["date"] == "1962-03-09"
    xml = text_xml(PRINT_VIEW, resources)
    assert '<idno type="shelfmark">CIA-RDP79T00936A000700120001-5</idno>' in xml
    assert '<bibl type="source">9 MAR. 1962</bibl>' not in xml
