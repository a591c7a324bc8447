"""Rules for FRUS as users copy it (frus64): whole history.state.gov pages, the e-books,
scanned volumes in digital libraries.

- history.state.gov's own labels (hsg-shell's menu and foot: `Key Milestones`, `Search...`,
  `Learn more`, `FAQ`, `Countries`, `Privacy Notice` ...) are furniture (row
  `history-state-gov`); so are its sidebar's panels (row `site-panel`: `Cite this
  resource`, `PDF (4.6MB)` ...) and a panel's heading of a word or two over them (`Info`;
  a cable form's `Info` label, over no panel, stays), and the breadcrumb's chapter lines
  between the volume's title and `Document N` (`pages/hsg_page.py`);
- a retrospective volume's title without its number and a digital library's catalogue
  title in small letters are furniture; UW's newer page lines too (row
  `library-page-view`); `Persistent URL:` labels the item's address (page field `url`);
- a scanned page opening inside the previous document's sentence gives those lines to the
  page when an editors' heading follows (`pages/previous_end.py`);
- the e-book's bracketed anchor after a heading's year is the heading's note;
- an NSC discussion's numbered item with no paper named, over a third-person report, is a
  section head (`agenda_items.py`);
- a despatch's number run on with the letterhead's first line (`No. 398.] Department of
  State,`) is a line of its own (table `run-on-heading`, row `despatch-letterhead`);
- a signature is never joined to a foot address under it (`WILLIAM H. SEWARD.` / `John
  Bigelow, Esq., &c., &c., &c.`: `wrapped_address.py`);
- a later telegram's subject sentence may stand before its channel (`208300. Subject: ...
  For Ambassador Scali.`, table `frus-channel`).
"""

from __future__ import annotations

import re

from tei.convert import Resources
from tests.cases import text_facts, text_xml


def _body_text(xml: str) -> str:
    """The text of a TEI document's `text` element, its markup taken away."""
    return re.sub(r"<[^>]++>", "", xml[xml.index("<text"):])


HSG_PAGE = (
    "Office of the Historian\nSearch...\nMenu\nHome\nHistorical Documents\nKey Milestones\n"
    "Guide to Countries\nMore Resources\nHistorical Documents\n"
    "Foreign Relations of the United States, 1961–1963, Volume X, Cuba, 1961–1962\n"
    "The Bay of Pigs, April 1961\nDocument 98\nPrevious\nNext\n\n"
    "98. Telegram From the Department of State to the Embassy in Venezuela1\n\n"
    "Washington, April 18, 1961, 9 p.m.\n\n"
    "811. Please inform President Betancourt at once of the situation in Cuba.\n\n"
    "Rusk\n\n"
    "  1. Source: National Archives, RG 59, Central Files, 737.00/4–1861. Secret; Niact.\n"
    "Info\nCite this resource\nDownload raw data from HistoryAtState on GitHub\n"
    "Learn more\nHome\nSearch\nFAQ\nTopics\nCountries\nResources for teachers\n"
    "Privacy Notice\nExternal Link Policy\n"
)


def test_a_whole_site_page_opens_on_its_numbered_heading(resources: Resources) -> None:
    facts = text_facts(HSG_PAGE, resources)
    assert facts["title"] == "Telegram From the Department of State to the Embassy in Venezuela"
    assert facts["telegram_number"] == "811"
    assert facts["signed"] == "Rusk"
    assert facts["notes"] == 1


def test_the_site_s_labels_panel_and_chapter_are_no_text(resources: Resources) -> None:
    body = _body_text(text_xml(HSG_PAGE, resources))
    for label in ("Key Milestones", "Bay of Pigs", "Cite this resource", "Info", "FAQ",
                  "Privacy Notice", "Resources for teachers", "Search..."):
        assert label not in body, label


def test_a_cable_form_s_info_label_stays(resources: Resources) -> None:
    xml = text_xml("Action\nSS\nInfo\nDepartment of State TELEGRAM\nSECRET\n\n"
                   "FM AMEMBASSY PARIS\nTO SECSTATE WASHDC 4512\n\n"
                   "1. Couve told me today that France will not attend.\n\nBOHLEN\n",
                   resources)
    assert ">Info<" in xml


SCANNED_PAGE = (
    "Papers relating to the foreign relations of the United States, with the annual message "
    "of the president transmitted to Congress December 4, 1905.\n"
    "Full view\n## p. 407 (#451) ##############################\n\nGERMANY. 407\n\n"
    "pressed the hope that the conference would meet at Algeciras in the\n"
    "course of the winter.\n\n"
    "No. 402.]\nMr. Tower to Mr. Root.\n\n"
    "Embassy of the United States,\nBerlin, October 20, 1905. (Received November 2.)\n\n"
    "Sir: I have the honor to report that the Chancellor received me to-day.\n\n"
    "I have, etc.,\nCharlemagne Tower.\n"
)


def test_a_page_opening_inside_the_previous_document_gives_it_to_the_page(
        resources: Resources) -> None:
    facts = text_facts(SCANNED_PAGE, resources)
    assert facts["title"] == "Mr. Tower to Mr. Root"
    assert facts["date"] == "1905-10-20"
    assert facts["place_of_origin"] == "Berlin"
    body = _body_text(text_xml(SCANNED_PAGE, resources))
    assert "Algeciras" not in body
    assert "annual message" not in body


def test_uw_page_lines_and_persistent_url(resources: Resources) -> None:
    text = ("UWDC\nUW-Madison Libraries\nForeign Relations of the United States (FRUS)\n"
            "Foreign relations of the United States diplomatic papers, 1936. Europe "
            "(in five volumes) Volume II\nPrevious Page | Next Page\nView full text\n"
            "Page View\n\n"
            "751.62/345: Telegram\n\nThe Ambassador in France (Straus) to the Secretary of "
            "State\n\nParis, March 8, 1936—noon.\n[Received March 8—9:10 a.m.]\n\n"
            "118. Flandin told me this morning that the Cabinet will meet at noon.\n\n"
            "Straus\n\nPersistent URL: https://digicoll.library.wisc.edu/cgi-bin/FRUS/"
            "FRUS-idx?type=turn&entity=FRUS.FRUS1936v02.p0230\n")
    facts = text_facts(text, resources)
    assert facts["title"] == "The Ambassador in France (Straus) to the Secretary of State"
    assert facts["telegram_number"] == "118"
    assert facts["signed"] == "Straus"
    assert str(facts["source_url"]).startswith("https://digicoll.library.wisc.edu/")


NSC_EBOOK = (
    "Foreign Relations of the United States, 1952–1954, Iran, 1951–1954\n\nDocument 80\n\n"
    "80. Memorandum of Discussion at the 135th Meeting of the National Security Council, "
    "Washington, March 4, 1953[1]\n\n"
    "Present at the 135th meeting of the Council were the President and the Secretary of "
    "State.\n\n"
    "1. Significant World Developments Affecting U.S. Security\n\n"
    "Mr. Allen Dulles said that the situation in Iran had worsened since Saturday.\n\n"
    "Secretary Dulles said that the British would have to be told at once.\n\n"
    "S. Everett Gleason\n\n"
    "[1] Source: Eisenhower Library, Whitman File, NSC Records. Top Secret.\n"
)


def test_an_e_book_anchor_after_the_heading_s_year(resources: Resources) -> None:
    facts = text_facts(NSC_EBOOK, resources)
    assert facts["date"] == "1953-03-04"
    assert facts["title"] == ("Memorandum of Discussion at the 135th Meeting of the National "
                              "Security Council, Washington, March 4, 1953")


def test_an_nsc_item_over_a_third_person_report_is_a_section(resources: Resources) -> None:
    xml = text_xml(NSC_EBOOK, resources)
    assert text_facts(NSC_EBOOK, resources)["numbered_points"] == 0
    assert "Significant World Developments" in xml[xml.index("<head", xml.index("<text")):]
    assert "Foreign Relations of the United States, 1952–1954, Iran" not in _body_text(xml)


INSTRUCTION_1866 = (
    "## p. 362 (#376) ##########################\n\n362 DIPLOMATIC CORRESPONDENCE.\n\n"
    "Mr. Seward to Mr. Bigelow.\n\n"
    "No. 402.] Department of State,\nWashington, March 3, 1866.\n\n"
    "Sir: Your despatch of February 9, No. 251, has been received. The President\n"
    "approves the language you held to M. Drouyn de Lhuys on that occasion, and\n"
    "you will continue to observe the same reserve.\n\n"
    "I am, sir, your obedient servant,\nWILLIAM H. SEWARD.\n"
    "John Bigelow, Esq., &c., &c., &c.\n"
)


def test_a_despatch_number_run_on_with_the_letterhead(resources: Resources) -> None:
    facts = text_facts(INSTRUCTION_1866, resources)
    assert facts["date"] == "1866-03-03"
    assert facts["place_of_origin"] == "Washington"


def test_the_signature_is_not_joined_to_the_foot_address(resources: Resources) -> None:
    facts = text_facts(INSTRUCTION_1866, resources)
    assert facts["signed"] == "WILLIAM H. SEWARD."
    assert facts["addressee"] == ["John Bigelow"]


def test_a_subject_sentence_before_the_channel(resources: Resources) -> None:
    facts = text_facts(
        "Telegram From the Department of State to the Embassy in Israel1\n\n"
        "Washington, October 9, 1973, 0412Z.\n\n"
        "199650. Subject: Resupply of Aircraft. For Ambassador Keating.\n\n"
        "1. You should inform Prime Minister Meir that the first aircraft will leave today.\n\n"
        "Kissinger\n\n"
        "  1. Source: National Archives, RG 59, Central Foreign Policy Files. Secret.\n",
        resources)
    assert facts["addressee"] == ["Kenneth B. Keating"]
    assert facts["telegram_number"] == "199650"
