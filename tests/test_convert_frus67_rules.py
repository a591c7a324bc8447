"""Rules for FRUS pages and prints of any era (frus67):

- a breadcrumb trail copied one link a line, each separator (`›`, `»`) alone on a line between
  two links, is the page's (`pages/linkbar.trail_lines`), not the document's heading;
- the chapter link between the volume's title and `Previous` in the page's foot is the page's
  (`pages/hsg_page`), not the document's signature;
- a browser's print head and foot that a PDF viewer's copy parts by a tab (`8/14/25, 9:02
  PM<TAB>Historical Documents - Office of the Historian`) are furniture (`read_cells`): the
  print's date is no document's date;
- the site's page title (`... - Office of the Historian`) and its presidency link without the
  years (`Kennedy Administration`, table `page-furniture`, row `history-state-gov`) are
  furniture; an office's `Defence Central Administration` is not;
- a place's name as the subject of a verb of speech (`Togo has told me`) is the one register
  person of that surname in office in the document's year, not of that country, unless the
  document writes the name after a place's preposition (`surname_places`);
- `COM` without its stop is no honorific (table `honorific-acronyms`): `POL 27 COM BLOC–CZECH`
  holds no person `BLOC`;
- a surname in office with accented letters (`Díaz` in 1927) is read alone (`office_surnames`);
- a subject line's verb in title case ends the name after a title (`Ambassador Dubs
  Kidnapped`: `titled_names`, table `capitals-common-verbs`);
- the register's Civil War commanders (`General Lee`), the Nicaraguan actors of 1927 and places
  of the FRUS crises (Nam Tha, the Gulf of Siam, the Vltava).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

HEADING = (
    "817.00/4735: Telegram\n"
    "The Minister in Nicaragua (Eberhardt) to the Secretary of State\n"
    "Managua, May 5, 1927—6 p.m.\n"
    "[Received May 6—10:40 a.m.]\n\n"
    "139. Moncada has accepted the terms.\n\n"
    "Eberhardt\n"
)
VOLUME = "Papers Relating to the Foreign Relations of the United States, 1927, Volume III"


def test_a_breadcrumb_trail_one_link_a_line_is_the_pages(resources: Resources) -> None:
    page = ("Office of the Historian\nHome\n›\nHistorical Documents\n›\n" + VOLUME
            + "\n›\nNicaragua\n›\nDocument 398\n" + VOLUME + "\nPrevious\nNext\nDocument 398\n\n"
            + HEADING)
    facts = text_facts(page, resources)
    assert facts["title"] == "The Minister in Nicaragua (Eberhardt) to the Secretary of State"
    assert facts["archive_idno"] == "817.00/4735"
    assert "<head>›</head>" not in text_xml(page, resources)


def test_the_chapter_link_over_the_foots_previous_is_no_signature(resources: Resources) -> None:
    page = "Document 398\n\n" + HEADING + "\nBrowse\n" + VOLUME + "\nNicaragua\nPrevious\nNext\n"
    assert text_facts(page, resources)["signed"] == "Eberhardt"


def test_a_browser_print_head_parted_by_a_tab_is_furniture(resources: Resources) -> None:
    page = ("8/14/25, 9:02 PM\tHistorical Documents - Office of the Historian\n" + HEADING
            + "https://history.state.gov/historicaldocuments/frus1927v03/d398\t1/1\n")
    facts = text_facts(page, resources)
    assert facts["date"] == "1927-05-05"
    assert "9:02" not in text_xml(page, resources).split("<text")[1]


def test_the_sites_page_title_and_presidency_link_are_furniture(resources: Resources) -> None:
    page = ("history.state.gov\nHistorical Documents - Office of the Historian\n3–4 minutes\n"
            "Coolidge Administration\n" + HEADING)
    body = text_xml(page, resources).split("<text")[1]
    assert "Office of the Historian" not in body
    assert "Coolidge Administration" not in body
    office = text_xml("Defence Central Administration\n\nNew Delhi, 4 March 1950\n\n"
                      "The file is returned.\n\nA. K. Sen\n", resources)
    assert "Defence Central Administration" in office.split("<text")[1]


def test_a_country_speaking_is_the_minister_of_its_name(resources: Resources) -> None:
    telegram = ("The Ambassador in Japan (Grew) to the Secretary of State\n"
                "Tokyo, November 3, 1941—3 p.m.\n\n1736. Togo has told me that he desires a "
                "settlement.\n\nGrew\n")
    assert "#per-shigenori-togo" in text_xml(telegram, resources)
    place = telegram.replace("settlement.", "settlement. The ship sailed to Togo.")
    assert "#per-shigenori-togo" not in text_xml(place, resources)


def test_com_without_its_stop_is_no_honorific(resources: Resources) -> None:
    xml = text_xml("Telegram From the Embassy in Czechoslovakia to the Department of State1\n"
                   "Prague, August 21, 1968, 0415Z.\n\n2237. The troops are here.\n\nBeam\n\n"
                   "1 Source: National Archives, RG 59, Central Files 1967–69, POL 27 COM "
                   "BLOC–CZECH. Confidential; Flash.\n", resources)
    assert "per-bloc" not in xml


def test_an_accented_surname_in_office_alone(resources: Resources) -> None:
    xml = text_xml("The Secretary of State to the Minister in Nicaragua (Eberhardt)\n"
                   "Washington, April 9, 1927—5 p.m.\n\n62. You will inform Díaz that the "
                   "Colonel sails on the 11th.\n\nKellogg\n", resources)
    assert "#per-adolfo-diaz" in xml


def test_the_registers_civil_war_and_crisis_names(resources: Resources) -> None:
    xml = text_xml("Mr. Seward to Mr. Adams.\n\nNo. 312.]\nDepartment of State,\n"
                   "Washington, July 11, 1863.\n\nSir: General Lee has withdrawn from "
                   "Gettysburg; Vicksburg has fallen to General Grant.\n\n"
                   "I am, sir, your obedient servant,\n\nWILLIAM H. SEWARD.\n", resources)
    for ref in ("per-robert-e-lee", "per-ulysses-s-grant", "pla-gettysburg", "pla-vicksburg"):
        assert f"#{ref}" in xml


def test_a_subject_lines_verb_in_title_case_ends_the_titled_name(resources: Resources) -> None:
    xml = text_xml("Telegram From the Embassy in Afghanistan to the Department of State\n"
                   "Kabul, February 14, 1979, 0845Z\n\n1131. Subject: Ambassador Dubs Kidnapped. "
                   "Ref: Kabul 1127.\n\n1. The Ambassador was taken from his car.\n\nAmstutz\n",
                   resources)
    assert "Dubs Kidnapped" not in xml
    assert ">Dubs</persName>" in xml
