"""Rules for Wilson Center Digital Archive pages in more of their copies (wcda68):

- the running heads of Safari's and Firefox's prints (the page's title with the site's name
  after a bar, then the date and time, or the page's address) are furniture (table
  `page-furniture`, row `browser-print`), the line kept whole however far apart its cells
  stand (`read_cells`); the address in a print's foot (`URL   Page 1 of 2`) is the page's;
- the older layout's citation box copied open: its `Close` button and the `Download:` label
  over the download links are furniture; the summary under the box is the summary, the
  citation and the address standing aside (`pages/summary_only.summary_in_head`), and so is
  one the dropped download links part from the document;
- the English text's tab in the viewer's own words (`Translation - English`, `Transcript -
  English`) is furniture wherever it stands (`pages/viewer_tabs.py`); a page's index list
  (`Associated Places`) ends at a dropped line, so the number line under it is the heading's;
- a Spanish directorate after `General` and its particle (`Dirección General de Política`)
  is an office, no person (table `office-words`);
- a Canadian teletype's address line with the department's city (`TO EXTERNAL OTT 587`)
  gives the number (table `heading`);
- the register knows `Mazu` (Matsu), Pripyat and the Chernobyl and Grenada actors.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

_TITLE = "Telegram from Eero A. Wuori to the Finnish Foreign Ministry"
_BODY = (f"November 1, 1961\n{_TITLE}\n\nSummary\n"
         "Ambassador Wuori reports the delivery of the Soviet note and Kuznetsov's answers.\n\n"
         "Telegram No. 412\nFrom: Moscow\n\nKuznetsov received me this afternoon.\n\nWuori\n")


def test_the_print_foot_gives_the_page_address(resources: Resources) -> None:
    address = "https://digitalarchive.wilsoncenter.org/document/telegram-wuori"
    facts = text_facts(f"{_BODY}\n{address}        Page 1 of 1\n", resources)
    assert facts["source_url"] == address


def test_safari_and_firefox_print_heads_are_furniture(resources: Resources) -> None:
    for head in ("11/02/2025, 09:41", "https://digitalarchive.wilsoncenter.org/document/1"):
        xml = text_xml(f"{_TITLE} | Wilson Center Digital Archive        {head}\n\n{_BODY}",
                       resources)
        assert "Wilson Center Digital Archive" not in xml.split("<text")[1], head
        assert text_facts(f"{_TITLE} | Wilson Center Digital Archive        {head}\n\n{_BODY}",
                          resources)["title"] == _TITLE


_OLD = ("Home » Search Results » Coded Telegram from the Netherlands Embassy to Joseph Luns\n\n"
        "December 03, 1957\nCoded Telegram from the Netherlands Embassy to Joseph Luns\n\n"
        "get citation\n\"Coded Telegram from the Netherlands Embassy to Joseph Luns,\" December "
        "03, 1957, History and Public Policy Program Digital Archive, Nationaal Archief, "
        "2.05.118, inv. nr. 7842.\nhttps://digitalarchive.wilsoncenter.org/document/300512\n"
        "Close\n\nThe embassy reports the seizure of Dutch enterprises by the unions and asks "
        "for instructions.\n\nDownload:\nEnglish HTML\nQuick viewing (Text Mode)\n\n"
        "CODEBERICHT\n\nNo. 318\nFrom: Djakarta\n\nThe offices of the KPM were occupied.\n")


def test_the_open_citation_box_and_the_summary_under_it(resources: Resources) -> None:
    facts = text_facts(_OLD, resources)
    assert facts["summary"].startswith("The embassy reports the seizure")
    assert facts["telegram_number"] == "318"
    body = text_xml(_OLD, resources).split("<text")[1]
    assert ">Close<" not in body and "Download:" not in body


def test_the_tab_ends_the_places_list_over_the_number_line(resources: Resources) -> None:
    text = (f"{_BODY.split(chr(10) + chr(10) + 'Telegram')[0]}\n\nAssociated Places\nAustria\n"
            "Moscow (Russia)\nVienna (Austria)\n\nTranslation - English\n\nTelegram No. 87\n"
            "To the Federal Minister for Foreign Affairs, Vienna\n\nKhrushchev spoke to me.\n")
    facts = text_facts(text, resources)
    assert facts["telegram_number"] == "87"
    assert "Translation - English" not in text_xml(text, resources)


def test_a_directorate_after_general_de_is_no_person(resources: Resources) -> None:
    xml = text_xml("MEMORANDUM\n\nThe Dirección General de Política agrees. General de Gaulle "
                   "was told.\n\nSantiago, 22 March 1971\n\nCLODOMIRO ALMEYDA\n", resources)
    assert "per-de-politica" not in xml and "per-charles-de-gaulle" in xml


def test_the_register_knows_mazu_and_pripyat(resources: Resources) -> None:
    xml = text_xml("Report\n\nThe defense of Jinmen and Mazu is related to the evacuation of "
                   "Pripyat, B. E. Shcherbina said to Unison Whiteman.\n", resources)
    for ref in ("pla-matsu", "pla-pripyat", "per-boris-shcherbina", "per-unison-whiteman"):
        assert f'ref="#{ref}"' in xml, ref


def test_the_canadian_address_line_with_ottawa_gives_the_number(resources: Resources) -> None:
    facts = text_facts("FM SAIGON JUN22/64\nTO EXTERNAL OTT 587\nCONFIDENTIAL\n\n"
                       "Lodge received me this morning.\n\nSEABORN\n", resources)
    assert facts["telegram_number"] == "587"
