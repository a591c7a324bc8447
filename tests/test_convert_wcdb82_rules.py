"""Rules for the Wilson Center Digital Archive's older and copied layouts (wcdb82):

- a CWIHP Bulletin page cut under the next document's number and title (`DOCUMENT No. 7` /
  `Note from the Polish Foreign Ministry to ..., 14 April 1969` as the copy's last lines):
  the dated title ends the document, so the signature above it closes the text
  (`pages.next_document._next_titled_document`, `_number_over`);
- a title closed by its date in brackets (`Cable from Zhou Enlai to Wang Bingnan
  (12.IV.1957)`, `(12 April 1957)`, `(April 12, 1957)`): the date, where nothing else dates
  the document (`patterns.xml` `title-facts` row `date`, wcdb82);
- the Romanian ministry's dotted number between the form and `from` in a title (`Telegram
  66.0934 from the Romanian Embassy in Beijing`): the telegram's number (`title-facts` row
  `number`, the FRUS heading's row widened);
- a PDF export's short title wrapped after its route (`Ciphered Telegram from Beijing,` /
  `No. 24918, Urgent`), the first line too short to pass for a title alone: the page's title
  when the lines together are the title the quoted citation below opens with, so the
  citation's date, the summary and the language are read too
  (`pages.unquoted_citation._wrapped_cited_title`);
- a Bulletin's title closed by the editors' word in brackets after the date (`..., 1
  September 1958 (excerpt)`): the date (`title-facts` row `date`, widened);
- the older layout's date line giving the year alone (`1969`) over a title closed by a day
  of that year (`..., 3 September 1969`): the title's day is the date
  (`correspondence._refines`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

BULLETIN_CUT = ("COLD WAR INTERNATIONAL HISTORY PROJECT BULLETIN, ISSUE 12/13          118\n\n"
                "DOCUMENT No. 3\n\n"
                "Ciphergram No. 5521 from the Polish Embassy in Hanoi (Siedlecki) to the Polish "
                "Foreign Ministry, 2 March 1966\n\n"
                "[Source: AMSZ, Z-8, w-12, t-77. Translated by Jan Nowak.]\n\n"
                "Pham Van Dong asked me today whether Warsaw would pass a message to the "
                "Americans.\n\nSiedlecki\n\nDOCUMENT No. 4\n\n"
                "Letter from Adam Rapacki to the Polish Embassy in Hanoi, 5 March 1966\n")
BRACKET_DATE = ("CWIHP e-Dossier No. 12\n\nDocument 2\n\n"
                "Letter from Kim Il Sung to Zhou Enlai (3 June 1961)\n\n"
                "[Source: PRC FMA 106-00581-01. Translated by Li Min.]\n\n"
                "Dear Comrade Zhou Enlai,\n\nWe thank you for the rice.\n\nKim Il Sung\n")
DOTTED_NUMBER = ("Search in\n\nDigital Archive International History Declassified\n\n"
                 "March 2, 1971\n\nTelegram 71.0218 from the Romanian Embassy in Hanoi\n\n"
                 "  • Citation\n\n    get citation\n\n"
                 "    \"Telegram 71.0218 from the Romanian Embassy in Hanoi,\" March 02, 1971, "
                 "History and Public Policy Program Digital Archive, Archive of the Romanian "
                 "Ministry of Foreign Affairs, Folder 233/1971.\n  • share document\n\n"
                 "English HTML\n\nThe Vietnamese comrades expect the talks in Paris to go on."
                 "\n\nPetru Burlacu\n")
WRAPPED = ("Wilson Center Digital Archive                               Translation - English\n"
           "Ciphered Telegram from Hanoi,\nNo. 3307, Urgent\nCitation:\n"
           "\"Ciphered Telegram from Hanoi, No. 3307, Urgent,\" May 11, 1965, History and "
           "Public Policy Program Digital Archive, AVPRF, f. 079, op. 20. Translated by Ivan "
           "Petrov.\nSummary:\nThe ambassador reports on the bombing of the bridges.\n"
           "Original Language:\nRussian\nContents:\nTranslation - English\n"
           "The bridges north of the city were bombed again last night.\nI. Shcherbakov\n")


def test_bulletin_page_cut_under_next_number_and_title(resources: Resources) -> None:
    facts = text_facts(BULLETIN_CUT, resources)
    assert facts["signed"] == "Siedlecki"
    assert facts["telegram_number"] == "5521"
    assert facts["date"] == "1966-03-02"
    body = text_xml(BULLETIN_CUT, resources)
    body = body[body.index("<body"):]
    assert "Letter from" not in body


def test_title_closed_by_bracketed_date(resources: Resources) -> None:
    facts = text_facts(BRACKET_DATE, resources)
    assert facts["title"] == "Letter from Kim Il Sung to Zhou Enlai (3 June 1961)"
    assert facts["date"] == "1961-06-03"


def test_dotted_number_before_from_in_title(resources: Resources) -> None:
    facts = text_facts(DOTTED_NUMBER, resources)
    assert facts["title"] == "Telegram 71.0218 from the Romanian Embassy in Hanoi"
    assert facts["telegram_number"] == "71.0218"


def test_pdf_export_short_title_wrapped_before_number(resources: Resources) -> None:
    facts = text_facts(WRAPPED, resources)
    assert facts["title"] == "Ciphered Telegram from Hanoi, No. 3307, Urgent"
    assert facts["date"] == "1965-05-11"
    assert facts["telegram_number"] == "3307"
    assert facts["place_of_origin"] == "Hanoi"
    assert facts["summary"] == "The ambassador reports on the bombing of the bridges."


EXCERPT = ("DOCUMENT No. 5\n"
           "Ciphered Telegram, Soviet Ambassador in Hanoi to Moscow, 14 March 1965 (excerpts)\n\n"
           "[Source: AVPRF, f. 079, op. 20, d. 5. Translated by Ivan Petrov.]\n\n"
           "Le Duan told me that the raids would not change the party's line.\n\nSHCHERBAKOV\n")
YEAR_ONLY = ("Search in\n\nDigital Archive International History Declassified\n\n1971\n\n"
             "Cable No. 412 from the Chinese Embassy in Hanoi, 9 May 1971\n\n"
             "  \u2022 Citation\n\n    get citation\n\n"
             "    \"Cable No. 412 from the Chinese Embassy in Hanoi, 9 May 1971,\" 1971, History "
             "and Public Policy Program Digital Archive, PRC FMA 106-01122-04.\n"
             "  \u2022 share document\n\nEnglish HTML\n\nMinistry of Foreign Affairs:\n\n"
             "The Vietnamese side asked for more trucks.\n\nChinese Embassy in Vietnam\n")


def test_bulletin_title_date_before_bracketed_excerpt(resources: Resources) -> None:
    assert text_facts(EXCERPT, resources)["date"] == "1965-03-14"


def test_title_day_refines_year_only_date_line(resources: Resources) -> None:
    facts = text_facts(YEAR_ONLY, resources)
    assert facts["date"] == "1971-05-09"
    assert facts["telegram_number"] == "412"
