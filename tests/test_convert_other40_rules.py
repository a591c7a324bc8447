"""(other40) Documents volumes' pages: a line of bracketed markings under a heading
(DIFP), a dfat.gov.au heading cut at the title's width, a note call on a cablegram's number
and a hard-wrapped line opening on a note call."""

from __future__ import annotations

import pytest
from lxml import etree

from tei.convert import convert_text
from tei.convert.read import logical_lines
from tei.convert.rewrap import heading_runs_on
from tests.tei_facts import facts, xp

_TITLE = "Letter to Irish Legations in Rome and Madrid from Frederick H. Boland"


def _root(text: str, resources) -> etree._Element:
    return etree.fromstring(convert_text(text, "t", resources).xml)


def _body(root: etree._Element) -> str:
    return " ".join("".join(xp(root, "//tei:text")[0].itertext()).split())


@pytest.mark.parametrize("marks", ["(Secret) (Copy)", "(Confidential) (Copy)", "(Copy)",
                                   "(No. 12) (Extract)"])
def test_a_line_of_bracketed_markings_stands_apart_from_the_heading(marks: str) -> None:
    assert heading_runs_on(["No. 5 NAI DFA/5/1", _TITLE, marks, "Dublin, 3 March 1941"]) == set()


def test_a_heading_still_runs_on_into_its_officer_in_brackets() -> None:
    head = "The Secretary of State to the Ambassador in the United Kingdom of Great"
    assert heading_runs_on([head, "Britain (Kennedy)"]) == {1}


@pytest.mark.parametrize("marks", ["(Secret) (Copy)", "(Confidential)"])
def test_a_difp_letter_keeps_its_title_and_date_under_its_markings(marks: str,
                                                                   resources) -> None:
    page = (f"No. 517 NAI DFA Secretary's Files S112\n\n{_TITLE}\n{marks}\n\n"
            "Dublin, 3 March 1941\n\nI am directed by the Minister to ask for weekly reports."
            "\n\n(Signed) F.H. BOLAND\n")
    found = facts(_root(page, resources))
    assert found["title"] == _TITLE
    assert found["date"] == "1941-03-03"


_WRAPPED = ("The Government has considered the proposal for the chartering of\n"
            "neutral tonnage and, in accordance with your telegram No. 317\n"
            "[3], agrees that the shipping programme for the coming season\n"
            "should be settled in London by the Ministry of Shipping.\n")


def test_a_wrapped_line_opening_on_a_note_call_runs_on() -> None:
    more = ("2. Please inform the Ministry of Shipping accordingly and report\n"
            "any further views which the United Kingdom authorities may hold on\n"
            "the question of neutral tonnage, and on the rates of charter which\n"
            "they would regard as reasonable for the coming season.\n")
    lines = [line.text for line in logical_lines(_WRAPPED + "\n" + more)]
    assert len(lines) == 2 and "No. 317 [3], agrees" in lines[0]


def test_a_note_opening_on_its_number_in_brackets_stands_apart() -> None:
    lines = logical_lines("Some text of the cable ends here.\n[3] Document 399.\n")
    assert [line.text for line in lines][-1] == "[3] Document 399."


def _dfat(title: str, tail: str) -> str:
    return ("Skip to main content\n\nHistorical documents\n\n"
            f"402 {title}\n\nCablegram 2211 [1] CANBERRA, 14 May 1940\n\n{tail}\n\n\n"
            + _WRAPPED + "\n\n1 Repeated to Washington.\n\n3 Document 399.\n\n"
            "[AA:A1608, L41/1/2]\nLast Updated: 11 September 2013\nBack to top\n")


def test_a_cut_dfat_title_is_finished_by_its_tail_under_the_cablegram_line(resources) -> None:
    root = _root(_dfat("Mr R. G. Menzies, Prime Minister, to Mr S. M. Bruce, High "
                       "Commissioner in the", "United Kingdom"), resources)
    found = facts(root)
    assert found["title"] == ("Mr R. G. Menzies, Prime Minister, to Mr S. M. Bruce, High "
                              "Commissioner in the United Kingdom")
    assert (found["date"], found["telegram_number"]) == ("1940-05-14", "2211")
    assert not _body(root).split("14 May 1940", 1)[1].lstrip().startswith("United Kingdom")


def test_a_whole_title_takes_no_line_under_the_cablegram_line(resources) -> None:
    root = _root(_dfat("Mr R. G. Menzies, Prime Minister, to Mr S. M. Bruce, High "
                       "Commissioner in London", "Shipping Programme"), resources)
    assert facts(root)["title"].endswith("High Commissioner in London")
    assert "Shipping Programme" in _body(root)
