"""Family rule (GHDI, German History in Documents and Images): a title closed by its date in
brackets (`The Krüger Telegram (1896)`) is the page's title, and a third-person headnote
between it and the document's dateline is the editors' summary, not the text."""

from __future__ import annotations

from lxml import etree

from tei.convert import convert_text
from tests.tei_facts import main_title, when_sent, xp

_HEADNOTE = ("In the spring of 1878 the Austrian chancellor sought to limit the gains of the "
             "Russian peace with the Porte. He wrote to the ambassador in London to win "
             "British support for a congress of the powers.")
_TEXT = "I beg Your Excellency to sound Lord Derby at once on the proposed congress.\n\nAndrássy\n"


def _root(text: str, resources) -> etree._Element:
    return etree.fromstring(convert_text(text, "t", resources).xml)


def test_a_title_closed_by_its_date_and_the_headnote_under_it(resources) -> None:
    root = _root(f"Andrássy to Beust on a Congress (March 2, 1878)\n\n{_HEADNOTE}\n\n"
                 f"Vienna, March 2, 1878\n\n{_TEXT}", resources)
    assert main_title(root) == "Andrássy to Beust on a Congress (March 2, 1878)"
    assert when_sent(root) == "1878-03-02"
    abstract = " ".join(xp(root, "string(//tei:profileDesc/tei:abstract)").split())
    assert abstract.startswith("In the spring of 1878")
    body = " ".join(xp(root, "string(//tei:text)").split())
    assert "In the spring of 1878" not in body and body.startswith("Vienna, March 2, 1878")


def test_without_a_dateline_under_it_the_paragraph_stays_the_text(resources) -> None:
    root = _root(f"Andrássy to Beust on a Congress (1878)\n\n{_HEADNOTE}\n\n{_TEXT}", resources)
    body = " ".join(xp(root, "string(//tei:text)").split())
    assert body.startswith("In the spring of 1878")
