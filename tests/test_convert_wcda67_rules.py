"""Rules for Wilson Center Digital Archive pages as people copy them (wcda67):

- a document page reached from its collection: the collection's heading block (`Collection`,
  its name, its description closed by the count of its documents, `24 documents`: table
  `collection-count`, `pages/collection_head.py`) and the browsing bar (`Document 7 of 24`,
  `< Previous: TITLE, DATE`, `Next: TITLE, DATE >`: `page-furniture`) are the page's; the
  neighbours under `More from this collection` are related documents (no longer dropped as
  a blog's `More from NAME`);
- a page saved as text opens with its HTML title and the site's name (`TITLE | Wilson Center
  Digital Archive`, table `site-title`): when the page shows the title again under it, that
  line is the page's (`pages/saved_title.py`); the logo's alt text is the site's name;
- the current page's `Download` panel (`English`, `Original Scan (German)`: table
  `contents-items`, row `download`) and a tab right under the summary (`Summary` / text /
  `Translation - English`) are the viewer's; so is the phone layout's `Show more`;
- a letter's inside address over its salutation may open with a body's name as long as an
  address line (16 words: `To the Presidium of the Central Committee of the Communist Party
  of Czechoslovakia` over `Comrade Antonín Novotný`, `structure._inside_address`): the
  comrade is the addressee;
- a record's heading sentence `held at PLACE on DATE at HOUR` gives the place of origin
  (`place_lines.py`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

COLLECTION_PAGE = (
    "Skip to content\nWilson Center Digital Archive\n\n"
    "Collection\nThe Sino-Soviet Split\n"
    "Documents from Chinese and Russian archives on the split between the two parties.\n"
    "56 documents\n\n"
    "Document 3 of 56\n"
    "< Previous: Letter from Mao Zedong to Nikita Khrushchev, March 2, 1960\n"
    "Next: Record of Conversation between Chen Yi and Pavel Yudin, May 9, 1960 >\n\n"
    "April 22, 1960\n\n"
    "Cable from the Chinese Embassy in Moscow\n\n"
    "Summary\nThe embassy reports on the Soviet press after the Lenin anniversary.\n\n"
    "To the Ministry of Foreign Affairs:\n\n"
    "The Soviet newspapers printed no article of ours on the anniversary.\n\n"
    "Chinese Embassy in the Soviet Union\n22 April 1960\n"
)


def test_a_collection_block_over_a_document_is_the_page(resources: Resources) -> None:
    facts = text_facts(COLLECTION_PAGE, resources)
    assert facts["title"] == "Cable from the Chinese Embassy in Moscow"
    assert facts["date"] == "1960-04-22"
    xml = text_xml(COLLECTION_PAGE, resources)
    body = xml[xml.index("<text"):]
    assert "56 documents" not in body and "Document 3 of 56" not in body
    assert "split between the two parties" not in body and "Next:" not in body


SAVED_PAGE = (
    "Report from the Hungarian Embassy in Hanoi | Wilson Center Digital Archive\n\n"
    "  * Skip to content\n\nWilson Center Digital Archive logo\n\n"
    "  * Collections\n  * Search\n\n"
    "March 3, 1967\n\nReport from the Hungarian Embassy in Hanoi\n\n"
    "Summary\n\nThe embassy describes the bombing of Haiphong.\n\n"
    "Download\n\n  * English\n  * Original Scan (Hungarian)\n\n"
    "Translation - English\n\n"
    "Embassy of the Hungarian People's Republic\nHanoi\n\n"
    "The bombing of Haiphong went on for three days.\n"
)


def test_a_saved_pages_html_title_and_download_panel_are_the_page(resources: Resources) -> None:
    facts = text_facts(SAVED_PAGE, resources)
    assert facts["title"] == "Report from the Hungarian Embassy in Hanoi"
    assert facts["date"] == "1967-03-03"
    xml = text_xml(SAVED_PAGE, resources)
    body = xml[xml.index("<text"):]
    assert "Original Scan" not in body and "logo" not in body
    assert "Translation - English" not in body


def test_a_tab_under_the_summary_and_show_more_are_the_viewers(resources: Resources) -> None:
    xml = text_xml(
        "Letter from Hermann Axen to Boris Ponomarev\n\nMay 4, 1979\n\n"
        "Summary\nAxen informs Ponomarev of the talks with the Afghan delegation.\n\n"
        "Translation - English\nShow more\n\n"
        "Berlin, 4 May 1979\n\nDear Comrade Ponomarev!\n\n"
        "I inform you about the talks.\n\nH. Axen\n", resources)
    body = xml[xml.index("<text"):]
    assert "Translation - English" not in body and "Show more" not in body


def test_a_body_addressed_over_its_leaders_comrade_line(resources: Resources) -> None:
    facts = text_facts(
        "Warsaw, 3 October 1963\n\n"
        "To the Presidium of the Central Committee of the Communist Party of Czechoslovakia\n"
        "Comrade Antonín Novotný\nPrague\n\n"
        "Dear Comrade Novotný!\n\nWe propose a meeting in Bratislava.\n\n"
        "With comradely greetings\n\nW. Gomułka\n", resources)
    assert facts["addressee"] == ["Antonín Novotný"]


def test_a_record_held_at_a_place_on_a_day_at_an_hour(resources: Resources) -> None:
    facts = text_facts(
        "TOP SECRET\n\nRECORD\n"
        "of the conversation of Comrade Enver Hoxha with the Chinese Ambassador, "
        "held at Vlorë on 2 June 1962 at 9 a.m.\n\n"
        "Comrade Enver Hoxha thanked the ambassador for the deliveries.\n", resources)
    assert facts["place_of_origin"] == "Vlorë"
