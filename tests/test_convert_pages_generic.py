"""The generic page reader: its quick screens tell the same as the regexes they spare, and the
Wilson Center family's rules hold on page variants (running lines, foot, citation)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from tei.convert import convert_text
from tei.convert.pages.generic import _SPACED_LABEL, spaced
from tests.tei_facts import facts, xp


@given(st.text(alphabet="Draft ate:\t\u00a0\u2003 0617/x", max_size=30))
def test_a_spaced_label_is_never_screened_out(text: str) -> None:
    if _SPACED_LABEL.match(text):
        assert spaced(text)


def test_the_screen_passes_a_record_table_field() -> None:
    assert spaced("Draft Date          06/21/1975")
    assert spaced("Draft Date:\t06/21/1975")
    assert not spaced("A paragraph of prose, with one space between words.")


# -- Wilson Center page variants (the family rules for page furniture, fields and summary)

LETTER = ("Warsaw, 21 October 1956\n\nDear Comrade Khrushchev,\n\n"
          "The Plenum has completed its work and elected a new Political Bureau.\n\n{middle}"
          "We are confident that the Soviet comrades will understand our situation.\n\n"
          "With comradely greetings,\n\nW. Gomułka\n")
RUNNING_LINES = ["Wilson Center Digital Archive Translation - English",
                 "Wilson Center Digital Archive Original Scan",
                 "Digital Archive digitalarchive.wilsoncenter.org International History "
                 "Declassified",
                 "Published on Wilson Center Digital Archive "
                 "(https://digitalarchive.wilsoncenter.org)",
                 "get citation", "Share This Page"]


def _root(text: str, resources) -> etree._Element:
    return etree.fromstring(convert_text(text, "t", resources).xml)


def _text(root: etree._Element) -> str:
    return " ".join("".join(xp(root, "//tei:text")[0].itertext()).split())


@pytest.mark.parametrize("furniture", RUNNING_LINES)
def test_a_running_line_between_paragraphs_is_dropped_and_cuts_nothing(furniture: str,
                                                                       resources) -> None:
    page = ("Skip to content\n\nOctober 21, 1956\n\nLetter from Władysław Gomułka to Nikita "
            "Khrushchev\n\n" + LETTER.format(middle=f"{furniture}\n\n") + f"\n{furniture}\n")
    root = _root(page, resources)
    assert furniture not in _text(root)
    assert "understand our situation" in _text(root)
    assert facts(root)["signed"] == "W. Gomułka"
    assert facts(root)["registry_notes"] == []


def test_a_print_views_source_url_line_is_the_pages_address(resources) -> None:
    url = "https://digitalarchive.wilsoncenter.org/document/118412"
    page = ("October 21, 1956\nLetter from Władysław Gomułka to Nikita Khrushchev\n"
            + LETTER.format(middle="") + f"Document Information\nSource\nAAN, KC PZPR, 2661\n"
            f"Source URL: {url}\n")
    assert facts(_root(page, resources))["source_url"] == url


@pytest.mark.parametrize("items", [
    ["Original Scan", "English Translation"], ["English Translation"],
    ["Original Scan", "Translation - English", "Transcript - Polish"]])
def test_contents_items_in_the_foot_open_no_document(items: list[str], resources) -> None:
    page = ("Skip to content\n\nOctober 21, 1956\n\nLetter from Władysław Gomułka to Nikita "
            "Khrushchev\n\n" + LETTER.format(middle="") + "\nDocument Information\n\nSource\n\n"
            "AAN, KC PZPR, 2661. Obtained by Andrzej Paczkowski and translated by L.W. "
            "Gluchowski.\n\nContents\n\n" + "\n\n".join(items) + "\n")
    root = _root(page, resources)
    assert "Dear Comrade Khrushchev" in _text(root)
    assert facts(root)["archive_idno"] == "AAN, KC PZPR, 2661"
    assert facts(root)["translator"] == "L.W. Gluchowski"


@pytest.mark.parametrize(("shelfmark", "rest"), [
    ("MOL, XIX-J-1-j Korea, 1967, 61. doboz, 5/b, 001348/1967", " Translated by Balázs Szalontai."),
    ("AAN, KC PZPR, 2661, k. 12-13", " https://digitalarchive.wilsoncenter.org/document/1"),
    ("APRF, f. 45, op. 1, d. 342, l. 78", "")])
def test_an_old_layouts_citation_gives_title_and_whole_shelfmark(shelfmark: str, rest: str,
                                                                 resources) -> None:
    title = "Report, Embassy of Hungary in North Korea to the Hungarian Foreign Ministry"
    page = ("Search in\n\nMarch 14, 1967\n\n  • Citation\n\n    get citation\n\n"
            f'    "{title}," March 14, 1967, History and Public Policy Program Digital Archive, '
            f"{shelfmark}.{rest}\n  • share document\n\nEnglish HTML\n\n"
            "To Comrade Foreign Minister János Péter\n\nThe relations deteriorated further.\n\n"
            "1) Traffic across the border has been reduced.\n\nJózsef Kovács\n")
    root = _root(page, resources)
    assert facts(root)["title"] == title
    assert facts(root)["doc_type"] == "report"
    assert facts(root)["archive_idno"] == shelfmark


# -- a cable archive's page copied whole: its menus over the cable

CABLEGATE_MENUS = ("Keep Us Strong\nWikiLeaks logo\nCurrently released so far... 1295 / 251,287\n"
                   "Articles\nBrazil\nSri Lanka\n Editorial\nBrowse latest releases\n2010/12/10\n"
                   "2010/12/09\nBrowse by creation date\n66\n72\n09\n")
CABLEGATE_PAGE = ("Viewing cable 09LIMA123, PERU: TRADE TALKS\n\n"
                  "Reference ID\tCreated\tReleased\tClassification\tOrigin\n"
                  "09LIMA123\t2009-02-03 14:07\t2010-12-01 21:09\tCONFIDENTIAL\tEmbassy Lima\n\n"
                  "R 031407Z FEB 09\nFM AMEMBASSY LIMA\nTO RUEHC/SECSTATE WASHDC 1234\n"
                  "C O N F I D E N T I A L LIMA 000123\n\nSUBJECT: PERU: TRADE TALKS\n\n"
                  "1. (C) The minister said that the talks on the free trade\n"
                  "agreement would resume in March, once the new cabinet had\n"
                  "taken office and the Congress had voted the budget. He saw\n"
                  "no obstacle to an early signature, but warned that the\n"
                  "opposition would use the debate on the labour chapter to\n"
                  "attack the government's record on mining concessions in\n"
                  "the south, where protests had closed two roads last week.\n"
                  "The Embassy will report on the cabinet's choices.\n\nSMITH\n")


def test_a_menu_that_the_pages_title_closes_is_furniture(resources) -> None:
    root = _root(CABLEGATE_MENUS + CABLEGATE_PAGE, resources)
    text = _text(root)
    assert "Sri Lanka" not in text and "2010/12/09" not in text and "Browse" not in text
    found = facts(root)
    assert (found["date"], found["telegram_number"], found["archive_idno"]) == (
        "2009-02-03", "000123", "09LIMA123")


def test_a_menu_that_nothing_closes_keeps_its_lines(resources) -> None:
    root = _root("Articles\nBrazil\nSri Lanka\n\n" + LETTER.format(middle=""), resources)
    assert "Sri Lanka" in _text(root)


@pytest.mark.parametrize("foot", [
    "Translated by Ana Pérez for the Cold War Archive Project.\nSource: Archive, box 3.\n",
    "Translated from the Spanish by Ana Pérez.\n",
])
def test_a_credit_line_at_the_pages_foot_names_the_translator(foot: str, resources) -> None:
    text = ("CIFRADO\nNo. 541\n\nPARA: Ministro Roa\n\nThe President received the ambassador"
            " of Brazil today and spoke of the proposal.\n\nLECHUGA\n\n" + foot)
    root = etree.fromstring(convert_text(text, "t", resources).xml)
    found = facts(root)
    assert found["translator"] == "Ana Pérez" and found["summary"] is None
    assert "Translated" not in " ".join(xp(root, "string(//tei:body)").split())
