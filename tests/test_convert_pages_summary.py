"""The unlabelled summary of a Wilson Center page: told from the document's last paragraph
by what stands above it or, over the page's foot, by what it says."""

from __future__ import annotations

import pytest
from lxml import etree

from tei.convert import convert_text
from tests.tei_facts import facts, xp


def _root(text: str, resources) -> etree._Element:
    return etree.fromstring(convert_text(text, "t", resources).xml)


def _text(root: etree._Element) -> str:
    return " ".join("".join(xp(root, "//tei:text")[0].itertext()).split())


SPEECH = ("Comrades!\n\nThe war in Vietnam is the main question of the international situation."
          "\n\nI thank you for your attention.\n\n")
FOOT = "Author(s):\n\nGomułka, Władysław, 1905-1982\n\nDocument Information\n"


@pytest.mark.parametrize(("last", "is_summary"), [
    ("Gomułka speaks about the war in Vietnam and European security.", True),
    ("Władysław Gomułka proposes a declaration on European security.", True),
    ("Comrade Gomułka and I agreed that the declaration must be adopted now.", False),
    ("The Political Consultative Committee should adopt a declaration on security.", False)])
def test_a_summary_over_the_foot_names_the_titles_person_in_the_third_person(
        last: str, is_summary: bool, resources) -> None:
    page = ("Skip to content\n\nJuly 5, 1966\n\nSpeech by Władysław Gomułka at the Meeting of "
            f"the Political Consultative Committee in Bucharest\n\n{SPEECH}{last}\n\n{FOOT}")
    root = _root(page, resources)
    assert (facts(root)["summary"] == last) is is_summary
    assert (last in _text(root)) is not is_summary


def test_a_summary_after_the_documents_notes_is_the_pages(resources) -> None:
    summary = "Zhou Enlai and Pham Van Dong discuss Chinese aid to North Vietnam."
    page = ("Skip to content\n\nApril 11, 1965\n\nRecord of Conversation between Zhou Enlai "
            "and Pham Van Dong\n\nPremier Zhou: We stand behind you, north of the 17th "
            "parallel.[1] We will send railway troops.\n\n[1] The demarcation line of 1954.\n\n"
            f"{summary}\n\nAuthor(s):\n\nDocument Information\n")
    root = _root(page, resources)
    assert facts(root)["summary"] == summary
    assert facts(root)["notes"] == 1


@pytest.mark.parametrize(("last", "is_summary"), [
    ("Winkelman is describing a recent speech by Mengistu, the leader of Ethiopia", True),
    ("The embassy reports on the talks with the Eritrean delegation in Berlin", True),
    ("He will speak again with the Eritrean comrades before the next round in Berlin", False)])
def test_a_summary_without_a_stop_reports_over_the_foot_under_an_omission(
        last: str, is_summary: bool, resources) -> None:
    """(wc52) Under the translators' `[Concluding remarks.]` (an omission: the document's
    text ends there) and over the page's foot, a line reporting in the present tense, the
    progressive too, is the archive's summary however it ends."""
    page = ("Skip to content\n\nJune 9, 1978\n\nWinkelmann to Hermann Axen\n\n"
            "[Introductory remarks]\n\nComrade Ponomarev is sending cordial greetings to you. "
            "Everything should be done as agreed upon.\n\n[Concluding remarks.]\n\n"
            f"{last}\n\nAssociated Places\n\nDocument Information\n")
    root = _root(page, resources)
    assert (facts(root)["summary"] == last) is is_summary
    assert facts(root)["gaps"] == 2
