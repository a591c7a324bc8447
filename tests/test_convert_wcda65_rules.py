"""Rules for the Wilson Center Digital Archive's copies as users make them (wcda65):

- a web page printed to PDF by the browser and read back in its layout: the running head's
  date and time set apart from the page's title by a wide gap, the foot's address set apart
  from the page's number (`1/2`), Firefox's `1 of 2` set apart from the date, are one line
  each (`read_cells._BROWSER_PRINT`), so the page-furniture row `browser-print` drops them
  and the page's own title line is the title;
- the index headings of persons and places run onto one line parted by semicolons (a printed
  page: `Castro, Fidel, 1926-2016; Roa, Raúl, 1907-1982`) are read each on its own
  (`index_terms._term`), so no fuller form in brackets becomes a person of its own;
- a research programme's dossier page (`NKIDP e-Dossier No. 19: ...`, `Documents in this
  e-Dossier`: table `appendix-front`, row `dossier`) over its first document's date line:
  the lines above are the page's text, the date and title the document's
  (`edition_front._dossier_front`); so too over a title opening with its form, no date line
  (an e-Dossier's PDF: `Record of Conversation between Enver Hoxha and Liu Xiao, 12 November
  1960`);
- the Wilson Center's foot address run onto one line, the Center's full name and building
  alone on a line, a programme's `About NKIDP` / `Support NKIDP` links are furniture (row
  `site-foot`);
- the editors' plain bracketed `[Note: ...]` is an editorial note (`brackets.REMARK`);
- two signers' names or aliases joined by a spaced dash (`Sau - Xuan`, `Le Duan - Pham Van
  Dong`) are a signature line (`signature_shape.signature_like`);
- a web clipper's front matter title, the page's HTML title with the site's name (`title:
  "... | Wilson Center Digital Archive"`), titles the page only when the page shows no title
  line of its own, so the page's date, title and labelled fields are read
  (`frontmatter._title`);
- under the page's `Contents` and its versions (`Translation - English`), a form's heading
  line (`Number: JAW-03156`, `Date: 121630`, `Recipient: Minister ...`: an ROK telegram's)
  opens the document: no record field, though a catalogue's record has a `Recipient:` too
  (`fields._FORM_HEAD`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

PRINTED = (
    "11/20/24, 3:14 PM        Telegram from the Czechoslovak Embassy in Havana | "
    "Wilson Center Digital Archive\n\n"
    "October 28, 1962\nTelegram from the Czechoslovak Embassy in Havana\n\n"
    "Citation:\n\"Telegram from the Czechoslovak Embassy in Havana,\" October 28, 1962, Wilson "
    "Center Digital Archive, Archive of the Ministry of Foreign Affairs, Prague.\n\n"
    "No. 3204\n\nOn 28 October I met with Foreign Minister Roa.\n\n"
    "https://digitalarchive.wilsoncenter.org/document/115181                 1/2\n\n"
    "11/20/24, 3:14 PM        Telegram from the Czechoslovak Embassy in Havana | "
    "Wilson Center Digital Archive\n\n"
    "He said the Cubans will not accept inspection.\n\nPavlíček\n\n"
    "Associated People & Organizations:\n"
    "Roa, Raúl, 1907-1982; Kennedy, John F. (John Fitzgerald), 1917-1963\n\n"
    "https://digitalarchive.wilsoncenter.org/document/115181                 2/2\n"
)


def test_a_browser_print_head_set_apart_is_furniture(resources: Resources) -> None:
    facts = text_facts(PRINTED, resources)
    assert facts["title"] == "Telegram from the Czechoslovak Embassy in Havana"
    assert facts["signed"] == "Pavlíček"
    assert "3:14 PM" not in text_xml(PRINTED, resources).split("<text>")[1]


def test_semicolon_index_headings_are_read_one_by_one(resources: Resources) -> None:
    xml = text_xml(PRINTED, resources)
    assert "per-john-fitzgerald" not in xml
    assert '<persName ref="#per-john-f-kennedy">Kennedy, John F. (John Fitzgerald), ' \
           '1917-1963</persName>' in xml


DOSSIER = (
    "Wilson Center\nExperts\nPrograms\n\nNorth Korea International Documentation Project\n\n"
    "NKIDP e-Dossier No. 19: Honecker and Kim Il Sung, 1984\n\n"
    "This e-Dossier presents a document on Kim Il Sung's visit to East Berlin.\n\n"
    "Documents in this e-Dossier\n\nDocument No. 1\n\nMay 31, 1984\n"
    "Note on the Conversation between Erich Honecker and Kim Il Sung\n\n"
    "[Source: SAPMO-BArch, DY 30, 2460. Translated by Bernd Schaefer.]\n\n"
    "Comrade Erich Honecker welcomed Comrade Kim Il Sung.\n\n"
    "About NKIDP\nSupport NKIDP\n"
    "One Woodrow Wilson Plaza, 1300 Pennsylvania Ave., NW, Washington, DC 20004-3027\n"
)


def test_a_dossier_page_front_over_the_documents_date(resources: Resources) -> None:
    facts = text_facts(DOSSIER, resources)
    assert facts["title"] == "Note on the Conversation between Erich Honecker and Kim Il Sung"
    assert facts["date"] == "1984-05-31"
    assert facts["doc_type"] == "record of conversation"


def test_the_centers_foot_on_one_line_is_furniture(resources: Resources) -> None:
    body = text_xml(DOSSIER, resources).split("<text>")[1]
    assert "Woodrow Wilson Plaza" not in body
    assert "Support NKIDP" not in body
    assert "per-woodrow-wilson" not in text_xml(DOSSIER, resources)


CABLE = (
    "To: Brother Ba and the Politburo\n\n"
    "1. Yesterday we met with Kissinger in Paris for twenty hours.\n\n"
    "2. He accepted that both administrations remain in place. [...]\n\n"
    "Sau - Xuan\n\n"
    "[Note: \"Sau\" is Le Duc Tho's alias and \"Xuan\" is Xuan Thuy.]\n"
)


def test_a_plain_bracketed_note_is_an_editorial_note(resources: Resources) -> None:
    assert text_facts(CABLE, resources)["notes"] == 1
    assert '<note type="editorial" place="inline">Note: ' in text_xml(CABLE, resources)


def test_two_signers_joined_by_a_dash_sign(resources: Resources) -> None:
    assert text_facts(CABLE, resources)["signed"] == "Sau - Xuan"


CLIPPED = (
    "---\n"
    "title: \"Note on the Conversation between Josip Broz Tito and Leonid Brezhnev | "
    "Wilson Center Digital Archive\"\n"
    "source: \"https://digitalarchive.wilsoncenter.org/document/300512\"\n"
    "clipped: 2024-05-02\n"
    "---\n\n"
    "September 22, 1971\n\n"
    "# Note on the Conversation between Josip Broz Tito and Leonid Brezhnev\n\n"
    "## Citation\n\n"
    "\"Note on the Conversation between Josip Broz Tito and Leonid Brezhnev,\" September 22, "
    "1971, Wilson Center Digital Archive, Archive of Yugoslavia, KPR I-3-a/SSSR, box 97. "
    "Translated by Milorad Lazic.\n\n"
    "## Original Language\n\nSerbo-Croatian\n\n"
    "## Contents\n\n- Translation - English\n\n"
    "Brezhnev said that the Soviet Union does not interfere in the affairs of Yugoslavia.\n"
)


def test_a_clippers_html_title_leaves_the_page_its_own(resources: Resources) -> None:
    facts = text_facts(CLIPPED, resources)
    assert facts["title"] == "Note on the Conversation between Josip Broz Tito and Leonid Brezhnev"
    assert facts["archive_idno"] == "Archive of Yugoslavia, KPR I-3-a/SSSR, box 97"
    assert facts["original_language"] == "Serbo-Croatian"


ROK_FORM = (
    "March 12, 1965\n\n"
    "Telegram from the ROK Ambassador to Japan to the Minister of Foreign Affairs\n\n"
    "Contents\n\nTranslation - English\n\n"
    "Number: JAW-03156\nDate: 121630\nRecipient: Minister of Foreign Affairs\n"
    "Sender: Ambassador to Japan\n\n"
    "1. Foreign Minister Shiina told me that Japan wishes to settle the fisheries question.\n\n"
    "Ambassador to Japan (Kim Dong-jo)\n"
)


def test_a_forms_heading_under_the_contents_opens_the_document(resources: Resources) -> None:
    facts = text_facts(ROK_FORM, resources)
    assert facts["telegram_number"] == "JAW-03156"
    assert "<ab type=\"registry\" subtype=\"addressee\">Recipient: " in text_xml(
        ROK_FORM, resources)


DOSSIER_PDF = (
    "COLD WAR INTERNATIONAL HISTORY PROJECT\ne-Dossier No. 12\n\n"
    "Albania and the Sino-Soviet Split\nIntroduced by Elidor Mehilli\n\n"
    "The following document comes from the Central State Archive in Tirana.\n\n"
    "DOCUMENT No. 1\n\n"
    "Record of Conversation between Enver Hoxha and Liu Xiao, 12 November 1960\n\n"
    "Comrade Enver Hoxha: We will speak openly at the Moscow meeting.\n\n"
    "Liu Xiao: The Chinese Communist Party supports the Albanian comrades.\n"
)


def test_a_dossier_front_over_a_title_without_date_line(resources: Resources) -> None:
    facts = text_facts(DOSSIER_PDF, resources)
    assert facts["title"].startswith("Record of Conversation between Enver Hoxha and Liu Xiao")
    assert facts["date"] == "1960-11-12"
