"""Rules for the Wilson Center Digital Archive's pages as others copy them (wcdb83):

- a document store's name alone on its page's first line, as its logo's text copies
  (`Docslib`, `DocPlayer`, `Studylib`): page furniture, so the store's title line and the
  export's head and fields under it are read as a page's (`patterns.xml` `page-furniture`
  row `host-name`); without it the whole page stayed in the text, untitled and undated;
- a Wayback Machine capture's address line names the captured page after its time stamp
  (`https://web.archive.org/web/20160412093115/http://digitalarchive...`), and Google's cache
  notice names the cached page (`This is Google's cache of https://... .`): that page's
  address is the source URL (`page-furniture` rows `web-archive`, group `url`, read by
  `pages/furniture.py`);
- the older layout's `Document Content:` over the document (its fields in another order:
  `Date:`, `Summary:`, `Original Language:`, `Citation:`): the document's start, so a
  telegram's form lines under it are read as its heading (`page-fields` row `document-start`);
- a label glued to the date line on a phone's copy (`DateMay 11, 1971`), and the credit in
  small letters (`Contributed byMircea Munteanu`): read as fields; the glued date line stood
  for the page's title (`page-glued-label` row `glued`);
- a page's title wrapped by the copy's width with no quoted citation to confirm the whole
  (`... on the Position of the Polish` / `Leadership after the Bratislava Meeting`): the
  second line is the title's rest when the first is as long as a wrapped line and the rest
  stands over the page's date line, or under one over a label or the funder's line; a
  form's word alone (a store's `Report` button) is none, nor a line with figures under a
  dated title (`... for 21 August 1957` / `Nº 196 Copy Nº 1`) (`pages/wrapped_title.py`);
- a document store's button alone on its line under its title line (`Report`, under `Download
  PDF | 3 pages | 41 views`) over the export's head, which repeats the title within a few
  lines: the store's, so the head goes on (citation, summary, language) and the form's word
  heads no document (`pages/store_buttons.py`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

STORE_NAME = ("Studylib\nSearch\n"
              "Soviet Embassy in Prague, Cipher Telegram on Novotny's Remarks - Wilson Center "
              "Digital Archive\n"
              "Download PDF | 2 pages | 9 views\n"
              "Wilson Center Digital Archive\nInternational History Declassified\n"
              "Soviet Embassy in Prague, Cipher Telegram on Novotny's Remarks\n"
              "Document date: 3 January 1968\n"
              "How to cite:\n\"Soviet Embassy in Prague, Cipher Telegram on Novotny's Remarks,\" "
              "January 03, 1968, History and Public Policy Program Digital Archive, AVPRF, "
              "f. 0138.\n"
              "Abstract:\nThe ambassador reports on the plenum.\n"
              "Language of the original:\nRussian\n"
              "The plenum of the Central Committee continued today.\n\nS. Chervonenko\n")
WAYBACK = ("The Wayback Machine - https://web.archive.org/web/20150301120000/"
           "http://digitalarchive.wilsoncenter.org/document/555123\n"
           "12 captures\nAbout this capture\n"
           "Telegram from the Hungarian Embassy in Sofia on Zhivkov's Visit\n"
           "Date:\nMarch 03, 1966\n"
           "Document Content:\n"
           "Todor Zhivkov returned from Moscow yesterday.\n\nBéla Szabó\n")
CACHE = ("This is Google's cache of https://digitalarchive.wilsoncenter.org/document/77777. "
         "It is a snapshot of the page as it appeared on 3 Feb 2021 10:14:52 GMT. The current "
         "page could have changed in the meantime. Learn more.\n"
         "Full version  Text-only version  View source\n"
         "May 02, 1967\n"
         "Telegram from the Romanian Embassy in Hanoi\n"
         "The Vietnamese comrades asked for more trucks.\n\nAurel Ardeleanu\n")
OLD_CONTENT = ("Wilson Center Digital Archive\nInternational History Declassified\n"
               "Ciphered Telegram from the Czechoslovak Embassy in Hanoi\n"
               "Date:\nApril 02, 1965\n"
               "Summary:\nThe embassy reports on the air raids.\n"
               "Citation:\n\"Ciphered Telegram from the Czechoslovak Embassy in Hanoi,\" April "
               "02, 1965, History and Public Policy Program Digital Archive, National Archives,"
               " Prague, fond 02/1.\n"
               "Document Content:\n"
               "Telegram received from Hanoi\nReceived: 2.4.1965, 21:30\nNo. 2218\nSecret\n"
               "The raids on the bridges went on through the night.\n\nKudláček\n")
GLUED_DATE = ("Wilson Center Digital Archive\n"
              "Telegram from Warsaw, No.061202, Secret\n"
              "DateJune 14, 1968\n"
              "Original LanguageRomanian\n"
              "Contributed byLarry Watts\n"
              "Contents\n"
              "The Polish comrades spoke of the situation in Prague.\n\nIon Rusu\n")
WRAPPED = ("Skip to content\nWilson Center Digital Archive\n"
           "Telegram from the Soviet Embassy in Budapest to Andrei Gromyko on the Mood of the "
           "Hungarian\nParty Activists after the Plenum\n"
           "October 12, 1966\n"
           "This document was made possible with support from Leon Levy Foundation\n"
           "The activists spoke openly of the reform.\n")
STORE_BUTTON = ("Docslib\n"
                "Cipher Telegram from Soviet Ambassador in Belgrade Puzanov on Tito's Speech\n"
                "Report\n"
                "April 23, 1963\n"
                "Cipher Telegram from Soviet Ambassador in Belgrade Puzanov on Tito's Speech\n"
                "Citation:\n\"Cipher Telegram from Soviet Ambassador in Belgrade Puzanov on "
                "Tito's Speech,\" April 23, 1963, History and Public Policy Program Digital "
                "Archive, AVPRF, f. 0144.\n"
                "Contents:\nEnglish Translation\nTito spoke at Split.\n\nA. Puzanov\n")


def test_store_name_line_is_furniture(resources: Resources) -> None:
    facts = text_facts(STORE_NAME, resources)
    assert facts["title"] == "Soviet Embassy in Prague, Cipher Telegram on Novotny's Remarks"
    assert facts["date"] == "1968-01-03"
    assert facts["summary"] == "The ambassador reports on the plenum."
    body = text_xml(STORE_NAME, resources)
    assert "Studylib" not in body[body.index("<body"):]


def test_wayback_capture_names_the_source_url(resources: Resources) -> None:
    facts = text_facts(WAYBACK, resources)
    assert facts["source_url"] == "http://digitalarchive.wilsoncenter.org/document/555123"


def test_google_cache_names_the_source_url(resources: Resources) -> None:
    facts = text_facts(CACHE, resources)
    assert facts["source_url"] == "https://digitalarchive.wilsoncenter.org/document/77777"


def test_older_layout_document_content_label_opens_the_form(resources: Resources) -> None:
    facts = text_facts(OLD_CONTENT, resources)
    assert facts["telegram_number"] == "2218"
    assert facts["date_received"] == "1965-04-02T21:30"
    body = text_xml(OLD_CONTENT, resources)
    assert "Document Content" not in body[body.index("<body"):]


def test_glued_date_label_is_no_title(resources: Resources) -> None:
    facts = text_facts(GLUED_DATE, resources)
    assert facts["title"] == "Telegram from Warsaw, No.061202, Secret"
    assert facts["date"] == "1968-06-14"


def test_title_wrapped_over_the_date_line(resources: Resources) -> None:
    facts = text_facts(WRAPPED, resources)
    assert facts["title"] == ("Telegram from the Soviet Embassy in Budapest to Andrei Gromyko on "
                              "the Mood of the Hungarian Party Activists after the Plenum")
    assert facts["date"] == "1966-10-12"


BUTTONS = ("Home\nDocslib\n"
           "Cipher Telegram from Soviet Ambassador in Warsaw Aristov on a Conversation with "
           "Gomułka\n"
           "Download PDF | 3 pages | 41 views\nReport\n"
           "Digital Archive\ndigitalarchive.wilsoncenter.org\nInternational History Declassified\n"
           "May 06, 1965\n"
           "Cipher Telegram from Soviet Ambassador in Warsaw Aristov on a Conversation with "
           "Gomułka\n"
           "Citation:\n\"Cipher Telegram from Soviet Ambassador in Warsaw Aristov on a "
           "Conversation with Gomułka,\" May 06, 1965, History and Public Policy Program Digital "
           "Archive, RGANI, fond 5, opis 50, delo 12.\n"
           "Summary:\nAristov reports Gomułka's views on the German question.\n"
           "Original Language:\nRussian\nContents:\nTranslation - English\n"
           "CIPHER TELEGRAM\nWARSAW\nNo. 402\nGomułka spoke of the German question at length.\n")
DATED_TITLE = ("Wilson Center Digital Archive\n"
               "Journal of Soviet Ambassador to the DPRK V. I. Ivanov for 14 October 1955\n"
               "Nº 211 Copy Nº 2\n"
               "October 14, 1955\n"
               "Kim Il Sung received me at his residence.\n")


def test_figures_under_a_dated_title_are_no_title_rest(resources: Resources) -> None:
    facts = text_facts(DATED_TITLE, resources)
    assert facts["title"] == ("Journal of Soviet Ambassador to the DPRK V. I. Ivanov for 14 "
                              "October 1955")


def test_store_button_over_the_repeated_title_keeps_the_head(resources: Resources) -> None:
    facts = text_facts(BUTTONS, resources)
    assert facts["archive_idno"] == "RGANI, fond 5, opis 50, delo 12"
    assert facts["summary"] == "Aristov reports Gomułka's views on the German question."
    assert facts["telegram_number"] == "402"


def test_store_button_is_no_title_rest(resources: Resources) -> None:
    facts = text_facts(STORE_BUTTON, resources)
    assert facts["title"] == ("Cipher Telegram from Soviet Ambassador in Belgrade Puzanov on "
                              "Tito's Speech")
