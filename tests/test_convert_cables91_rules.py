"""Rules for US cables as published online, learnt from real pages (cables91: PlusD pages of
1973-1979 telegrams of the missions to NATO and the UN and of the embassy in Sanaa, Cablegate
mirrors and a blog's reposts of cables from Islamabad, Sanaa and Tbilisi):

- a Cablegate mirror's banner with the cable's creation date between the id and the subject
  (`Viewing cable 10SANAA5, 01/04/2010 SANA'A EAC RECOMMENDS ...`): the date is no part of
  the title (`page-title` row `title`);
- the special-category caveat for the military addressees (`MILITARY ADDEES HANDLE AS SPECAT
  EXCLUSIVE`) is a heading line (`heading-us-cable` row `handling`), so the `FOR THE
  SECRETARY FROM THE AMBASSADOR` and E.O. lines under it stay heading lines;
- a cable's first paragraph numbered and marked with its classification (`1. (S-ENTIRE
  TEXT)`, `1. (C) SUMMARY`) ends the heading: the page break's classification and `PAGE 02`
  lines under it never carry it on (`heading_tolerance.tolerated`);
- a capital that served two states is the one state's whose capital it was in the document's
  year (`Sanaa` in 1979: North Yemen), so `FROM THE AMBASSADOR` at Sanaa is the register's
  ambassador to North Yemen then (`states.capital_country`, `office_holders.envoy_at_post`);
- a command's staff office by its letters alone after `FOR` (`USCINCEUR FOR ECDC`) is no
  person (`heading-us-cable` row `info`);
- drafters joined by slashes after the first (`DRAFTED BY EUR/RPM:JMHARDY/PCOLLINS/DKINNEY`)
  are each a person (`drafting_lines`);
- `ADVANCE` (a verb) and `TOPICS` are never a name after a title in capitals (`CHARGE ADVANCE
  US PROPOSAL`, `CHIEF TOPICS`: tables `capitals-common-verbs`, `capitals-common-words`);
- plain `Georgia` is the country where the document names Tbilisi, Abkhazia, Saakashvili, the
  GOG or the TAGS code GG, the US state where it names Atlanta or a senator of Georgia
  (register `pla-georgia-country`, `pla-georgia-us-state`; table `name-context`);
- a record page's Markdown table row whose label keeps its colon (`| Created: | 2003-05-28
  16:09:00 |`, cables.mrkva.eu) is one labelled line (`read_cells`), so the creation time
  dates the cable;
- register: André de Staercke, Edward Peck, Paolo Pansa Cedronio, George M. Lane,
  Edmund J. Hull, Anne W. Patterson, John F. Tefft, Matthew Bryza, Mikheil Saakashvili,
  Grigol Vashadze, Giorgi Targamadze; places Abkhazia, South Ossetia, Akhalgori, `Sana` for
  Sanaa.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

BANNER = ("Viewing cable 10SANAA7, 01/05/2010 EMBASSY REMAINS CLOSED FOR A SECOND DAY\n\n"
          "Reference ID Created Released Classification Origin\n"
          "10SANAA7 2010-01-05 11:20 2011-02-03 00:12 SECRET//NOFORN Embassy Sanaa\n\n"
          "S E C R E T SANAA 000007 \n \nNOFORN \nSIPDIS \n \nE.O. 12958: DECL: 01/05/2020 \n"
          "TAGS: ASEC PTER YM \nSUBJECT: EMBASSY REMAINS CLOSED FOR A SECOND DAY \n \n"
          "1. (S/NF) The Embassy stayed closed to the public on January 5. \n")


def test_banner_date_is_no_part_of_the_title(resources: Resources) -> None:
    facts = text_facts(BANNER, resources)
    assert facts["title"] == "EMBASSY REMAINS CLOSED FOR A SECOND DAY"
    assert facts["archive_idno"] == "10SANAA7"


SANA = ("SECRET\nPAGE 01\nSANA 06611 01 OF 02 051022Z\nACTION SS-30\n"
        "INFO OCT-01 ADS-00 SSO-00 /031 W\n------------------113480 051025Z /12\n"
        "O R 050955Z OCT 79\nFM AMEMBASSY SANA\nTO SECSTATE WASHDC IMMEDIATE 0771\n"
        "INFO USCINCEUR VAIHINGEN GE\nS E C R E T SECTION 01 OF 02 SANA 6611\nEXDIS\n"
        "MILITARY ADDEES HANDLE AS SPECAT EXCLUSIVE\nFOR THE SECRETARY FROM THE AMBASSADOR\n"
        "USCINCEUR FOR ECDC\nE.O. 12065 RDS-4 10/05/09 (LANE, GEORGE M.) OR-M\n"
        "TAGS: PEPR, US, YE\nSUBJ: THE DEPUTY COMMANDER'S LIST\nREF: STATE 250101\n"
        "1. (S-ENTIRE TEXT)\nSECRET\nSECRET\nPAGE 02\nSANA 06611 01 OF 02 051022Z\n"
        "2. I SAW THE DEPUTY COMMANDER THIS MORNING AND READ HIM\n"
        "THE LIST IN YOUR INSTRUCTION REFTEL. HE TOOK NOTES BUT\n"
        "SAID LITTLE\nTO THE LAST ITEM, WHEN HE ASKED ABOUT THE SPARE PARTS.\n"
        "3. HIS CONCERN, AND THAT OF THE PRESIDENT, IS THAT THE\n"
        "DELIVERIES ARRIVE BEFORE THE WINTER SESSION IN JIDDA.\n")


def test_specat_caveat_is_a_heading_line(resources: Resources) -> None:
    xml = text_xml(SANA, resources)
    assert ('<ab type="registry" subtype="handling">MILITARY ADDEES HANDLE AS SPECAT '
            'EXCLUSIVE</ab>') in xml
    assert '<persName ref="#per-george-m-lane">LANE, GEORGE M.</persName>' in xml


def test_classified_first_paragraph_ends_the_heading(resources: Resources) -> None:
    xml = text_xml(SANA, resources)
    assert 'subtype="addressee">TO THE LAST ITEM' not in xml
    assert '<ab type="registry" subtype="other">PAGE 02</ab>' not in xml


def test_ambassador_at_a_capital_of_two_states(resources: Resources) -> None:
    xml = text_xml(SANA, resources)
    assert '<roleName ref="#per-george-m-lane">AMBASSADOR</roleName>' in xml


def test_staff_office_after_for_is_no_person(resources: Resources) -> None:
    assert "ECDC</persName>" not in text_xml(SANA, resources)


STATE = ("CONFIDENTIAL\nPAGE 01 STATE 060101\nORIGIN EUR-12\n"
         "DRAFTED BY EUR/RPM:JMHARDY/PCOLLINS/DKINNEY\nAPPROVED BY EUR/RPM:HAHOLMES\n"
         "------------------300118Z 044127 /62\nP R 170040Z MAR 77\nFM SECSTATE WASHDC\n"
         "TO USMISSION NATO PRIORITY\nC O N F I D E N T I A L STATE 060101\nE.O. 11652: GDS\n"
         "TAGS: NATO\nSUBJECT: PERMREPS LUNCH\n"
         "1. WE AGREE THAT CHARGE ADVANCE OUR VIEWS AS ONE OF CHIEF TOPICS FOR THE LUNCH.\n")


def test_drafters_joined_by_slashes(resources: Resources) -> None:
    xml = text_xml(STATE, resources)
    for ident, word in (("j-m-hardy", "JMHARDY"), ("p-collins", "PCOLLINS"),
                        ("d-kinney", "DKINNEY")):
        assert f'<persName ref="#per-{ident}">{word}</persName>' in xml


def test_advance_and_topics_are_no_names(resources: Resources) -> None:
    xml = text_xml(STATE, resources)
    assert "ADVANCE</persName>" not in xml
    assert "TOPICS</persName>" not in xml


TBILISI = ("FM AMEMBASSY TBILISI\nTO SECSTATE WASHDC PRIORITY 0412\n"
           "C O N F I D E N T I A L TBILISI 001877\nTAGS: PGOV PREL GG\n"
           "SUBJECT: PARLIAMENT DEBATES THE BUDGET\n"
           "1. (C) The displaced from Abkhazia want to go home before winter, and\n"
           "most of Georgia expects the government to help them.\n")
ATLANTA = ("Memorandum for the record\n\nWashington, May 4, 1961\n\n"
           "Senator Russell of Georgia called on the Secretary about the textile mills in\n"
           "Atlanta and the quota on imports.\n")


def test_georgia_is_the_country_in_a_tbilisi_cable(resources: Resources) -> None:
    assert '<placeName ref="#pla-georgia-country">Georgia</placeName>' in text_xml(
        TBILISI, resources)


def test_georgia_is_the_state_beside_atlanta(resources: Resources) -> None:
    xml = text_xml(ATLANTA, resources)
    assert "pla-georgia-country" not in xml
    assert '<placeName ref="#pla-georgia-us-state">Georgia</placeName>' in xml


MARKDOWN = ("| Identifier: | 04SANAA2222 |\n|---|---|\n| Origin: | Embassy Sanaa |\n"
            "| Created: | 2004-09-12 10:01:00 |\n| Classification: | CONFIDENTIAL |\n"
            "S E C R E T SANAA 002222 SIPDIS E.O. 12958: DECL: 09/12/2014 TAGS: PREL, YM "
            "SUBJECT: A MEETING REF: STATE 1 1. (C) Summary: The Ambassador met the minister.\n")


def test_markdown_record_label_with_its_colon(resources: Resources) -> None:
    assert text_facts(MARKDOWN, resources)["date"] == "2004-09-12"
