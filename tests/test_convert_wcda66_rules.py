"""Rules for the Wilson Center's pages as other tools hand them on (wcda66):

- a search engine's cached copy: Google's notice of its snapshot, view links and tip, Bing's
  notice and disclaimer are furniture (`page-furniture`, row `web-archive`);
- a text browser's dump (lynx, w3m, elinks): the link numbers glued before each link's text
  go when the dump's `References` list (elinks: `Visible links`) gives them addresses
  (`markup.dump_link_marks`); a note's call before a space stays;
- a collection's or search's listing over the page: its pager's count and sort lines are
  furniture; after two dated items (a title under or over its date line, or its date run
  on after it), a listed title coming again opens the page's head (`pages/listing.py`),
  not under the page's first field label (related documents under the head);
- the current page's breadcrumb set with `>` up to a long title is furniture;
- a transcript's `[inaudible]`, `[unintelligible]`, `[crosstalk]` are (illegible) gaps;
- the current page's `Cite` panel copied open: `Chicago`, `MLA`, `APA` label the citation
  (table `page-fields`); the first style's is the citation, another's a source line;
- one viewer tab (`Translation - English`) right under the page's first date line is
  furniture (`furniture._viewer_tabs`);
- the `Document Information` panel copied above the text takes no line after its dropped
  links and tab as its value (the document's heading: `fields._is_value`).
"""

from __future__ import annotations

from tei.convert import Resources
from tei.convert.markup import dump_link_marks
from tests.cases import text_facts, text_xml

_PAGE = (
    "Wilson Center Digital Archive\n"
    "International History Declassified\n\n"
    "May 2, 1964\n\n"
    "Letter from Nikita Khrushchev to Walter Ulbricht on the Treaty of Friendship\n\n"
    "Citation\n\nget citation\n\n"
    "Khrushchev proposes the text of a treaty of friendship between the USSR and the GDR.\n\n"
    "English HTML\n\n"
    "Dear Comrade Ulbricht,\n\n"
    "We have examined your proposals for the treaty and agree with them.\n\n"
    "With communist greetings\nN. Khrushchev\n"
)
_TITLE = "Letter from Nikita Khrushchev to Walter Ulbricht on the Treaty of Friendship"


def test_a_google_cache_notice_is_furniture(resources: Resources) -> None:
    text = ("This is Google's cache of http://digitalarchive.wilsoncenter.org/document/1. It is "
            "a snapshot of the page as it appeared on 3 Mar 2017 09:12:11 GMT.\n"
            "Full version  Text-only version  View source\n"
            "Tip: To quickly find your search term on this page, press Ctrl+F or ⌘-F (Mac) and "
            "use the find bar.\n\n" + _PAGE)
    facts = text_facts(text, resources)
    assert facts["title"] == _TITLE
    assert facts["date"] == "1964-05-02"


_CURRENT = (
    "Skip to content\nWilson Center Digital Archive\nSearch\n"
    f"Home / Documents / {_TITLE}\n\n{_TITLE}\n\nSummary\n"
    "Khrushchev proposes the text of a treaty of friendship between the USSR and the GDR.\n\n"
    "May 2, 1964\n\nTranslation - English\n\nDear Comrade Ulbricht,\n\n"
    "We have examined your proposals for the treaty and agree with them.\n\n"
    "With communist greetings\nN. Khrushchev\n"
)


def test_a_bing_cache_notice_is_furniture(resources: Resources) -> None:
    text = ("This is the cached copy of http://digitalarchive.wilsoncenter.org/document/1. Below "
            "is a snapshot of the Web page as it appeared on 5/2/2015.\n"
            "Bing is not responsible for the content of this page.\n\n" + _CURRENT)
    facts = text_facts(text, resources)
    assert facts["title"] == _TITLE
    assert facts["date"] == "1964-05-02"
    assert "Bing is not responsible" not in text_xml(text, resources)  # no source line


def test_a_dumps_link_numbers_go_with_its_references_list() -> None:
    text = ("   [1]Home | [2]Collections\n\n   [3]get citation\n\n   Text.[4] Next\n\n"
            "References\n\n   1. http://a.org/\n   2. http://a.org/c\n   3. http://a.org/d\n")
    head = dump_link_marks(text).split("References")[0]
    assert head.startswith("   Home | Collections\n\n   get citation")
    assert "Text.[4] Next" in head  # before a space: a note's call
    assert dump_link_marks("[1]Home\n") == "[1]Home\n"  # no list: nothing goes


def test_a_lynx_dump_of_the_page_reads_its_head(resources: Resources) -> None:
    page = _CURRENT.replace("Skip to content", "[1]Skip to content").replace(
        "Home / Documents", "[2]Home / [3]Documents").replace("Search\n", "[4]Search\n", 1)
    text = "\n".join(f"   {line}" if line else "" for line in page.split("\n")) + (
        "\nReferences\n\n   1. http://a.org/#main\n   2. http://a.org/\n   3. http://a.org/s\n"
        "   4. http://a.org/search\n")
    facts = text_facts(text, resources)
    assert facts["title"] == _TITLE
    assert facts["date"] == "1964-05-02"


def test_a_listing_over_the_page_gives_way_to_its_head(resources: Resources) -> None:
    text = ("Collections\nGDR-Soviet Relations\n\n"
            "Showing 1 - 2 of 37 documents | Sort by: Date\n\n"
            f"May 2, 1964\n{_TITLE}\nKhrushchev proposes the text of a treaty.\n\n"
            "June 12, 1964\nTreaty of Friendship between the USSR and the GDR\n"
            "The treaty signed in Moscow.\n\n" + _PAGE.split("\n\n", 2)[2].replace(
                "May 2, 1964\n\n", "", 1).replace("\n\nCitation", "\n\nMay 2, 1964\n\nCitation"))
    facts = text_facts(text, resources)
    assert facts["title"] == _TITLE
    assert facts["date"] == "1964-05-02"
    assert facts["addressee"] == ["Walter Ulbricht"]


def test_a_chevron_trail_to_a_long_title_is_furniture(resources: Resources) -> None:
    title = ("Saddam Hussein and the Revolutionary Command Council Discussing the Supply of "
             "the Army at Basra")
    text = (f"Skip to content\nWilson Center Digital Archive\n\nHome > Documents > {title}\n\n"
            f"{title}\n\nSummary\nSaddam Hussein discusses the supply of the army.\n\n"
            "November 15, 1980\n\nTranslation - English\n\n"
            "Saddam Hussein: The columns must cross tonight.\n\n"
            "Taha Yasin Ramadan: Sir, the second bridge is ready.\n")
    facts = text_facts(text, resources)
    assert facts["title"] == title
    assert facts["date"] == "1980-11-15"


def test_a_transcripts_inaudible_words_are_gaps(resources: Resources) -> None:
    xml = text_xml("Record of a telephone conversation\n\n"
                   "Kosygin: What is the situation now? [crosstalk]\n\n"
                   "Taraki: It is bad. [inaudible] We ask for help. [unintelligible]\n",
                   resources)
    assert xml.count('<gap reason="illegible">') == 3


def test_the_cite_panels_styles_give_the_citation_once(resources: Resources) -> None:
    text = _CURRENT.replace("May 2, 1964\n\n", (
        "May 2, 1964\n\nCite\nChicago\n"
        f'"{_TITLE}," May 2, 1964, Wilson Center Digital Archive, SAPMO-BArch, DY 30/3510. '
        "Translated by Hope M. Harrison.\nMLA\n"
        f'"{_TITLE}." Wilson Center Digital Archive, 2 May 1964.\n\n'), 1)
    xml = text_xml(text, resources)
    assert "DY 30/3510. Translated by Hope M. Harrison.</bibl>" in xml.split('type="citation"')[1]
    assert ">Chicago<" not in xml and ">MLA<" not in xml
    assert text_facts(text, resources)["title"] == _TITLE


def test_one_tab_under_the_pages_date_line_is_furniture(resources: Resources) -> None:
    xml = text_xml(_CURRENT, resources)
    assert "Translation - English" not in xml.split("<text")[1]


def test_the_document_information_panel_over_the_text_takes_no_heading(
        resources: Resources) -> None:
    text = ("Skip to content\nWilson Center Digital Archive\n\nApril 12, 1968\n"
            "Cable from Nguyen Duy Trinh in Beijing to the Politburo\n\nSummary\n"
            "Nguyen Duy Trinh reports on his meeting with Zhou Enlai.\n\nDocument Information\n\n"
            "Download PDF\nCite\nShare\n\nTranslation - English\n\nCABLE\nNo. 58/TĐ\n"
            "Beijing, 12 April 1968\n\nTo: Brother Ba and the Politburo\n\n"
            "Brother Zhou received me today.\n\nTrinh\n")
    facts = text_facts(text, resources)
    assert facts["telegram_number"] == "58/TĐ"
    assert "<idno type=\"shelfmark\">CABLE</idno>" not in text_xml(text, resources)


def test_a_search_listing_with_titles_over_dates_gives_way_too(resources: Resources) -> None:
    title = "Record of Conversation between Mao Zedong and Kim Il Sung"
    text = ("Wilson Center Digital Archive\n\nSearch Results\nShowing 1 - 2 of 58 documents\n\n"
            f"{title}\nNovember 14, 1970\nMao and Kim discuss the situation in Indochina.\n\n"
            "Cable from the Chinese Embassy in North Korea on Kim Il Sung's Visit\n"
            "October 10, 1970\nThe embassy reports on preparations for the visit.\n\n"
            f"November 14, 1970\n\n{title}\n\nCitation\nget citation\n\n"
            "Mao and Kim discuss the situation in Indochina.\n\nEnglish HTML\n\n"
            "Mao Zedong: We welcome you, Comrade Kim Il Sung.\n\n"
            "Kim Il Sung: Thank you, Chairman Mao.\n")
    facts = text_facts(text, resources)
    assert facts["title"] == title
    assert facts["date"] == "1970-11-14"


def test_related_documents_under_the_head_are_no_listing(resources: Resources) -> None:
    title = "Cable from the Chinese Embassy in North Korea"
    text = (f"Wilson Center Digital Archive\n\nMarch 3, 1962\n\n{title}\n\nSummary\n"
            "The embassy reports on the harvest.\n\nTranslation - English\n\n"
            "Ministry of Foreign Affairs:\n\nThe harvest was poor this year.\n\n"
            "Embassy in North Korea\n\nRelated Documents\n\n"
            "April 5, 1962\nCable from the Chinese Embassy in the Soviet Union\n\n"
            f"May 9, 1962\n{title}\n\nThe embassy reports on the grain deliveries.\n")
    facts = text_facts(text, resources)
    assert facts["date"] == "1962-03-03"
    assert "The harvest was poor this year." in text_xml(text, resources).split("<text")[1]
