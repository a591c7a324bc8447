"""wc51's rules: a meeting record's numbered agenda item over a speaker's turn is a section
heading; a title of joined adjectives and `Talks` is the record of the talks, its `(Conclusion)`
no person; a bracket opening or closing with an ellipsis is a gap beside the supplied words."""

from __future__ import annotations

import re

import pytest

from tei.convert.agenda_items import agenda_item
from tei.convert.quoted import Unit
from tei.convert.read import Line
from tests.cases import text_facts, text_xml


def _units(*texts: str) -> list[Unit]:
    return [Unit([Line(n, text)]) for n, text in enumerate(texts, 1)]


@pytest.mark.parametrize("turn", ["BREZHNEV. Yesterday I read it.", "KOSYGIN: We agree.",
                                  "Cde. SUSLOV: The comrades asked.", "I. GANDHI. I will begin."])
def test_agenda_item_over_a_turn(turn: str) -> None:
    found = agenda_item(_units("9. Exchange of Opinions on the Polish Question", turn), 0)
    assert found is not None and found.group("n") == "9"


@pytest.mark.parametrize("lines", [
    ("1. To inform the Afghan leadership.", "BREZHNEV. Agreed."),  # a point with its stop
    ("2. On the grain deliveries", "The Politburo discusses the question."),  # no turn
    ("3. On the grain deliveries",),  # nothing follows
])
def test_no_agenda_item(lines: tuple[str, ...]) -> None:
    assert agenda_item(_units(*lines), 0) is None


TALKS = (
    "Skip to content\n\nMay 14, 1980\n\n{title}\n\nNº P2217\n\nSecret\n\n14 May 1980\n\n"
    "LE DUAN. We thank the Soviet comrades for the grain.\n\nBREZHNEV. We will continue to help.\n"
)


@pytest.mark.parametrize("title", ["Soviet-Indian Talks (Conclusion)", "Sino-Soviet Negotiations",
                                   "Record of Soviet-Japanese Talks, 9 October 1973"])
def test_joined_adjectives_talks_title_is_a_record(title: str, resources) -> None:
    facts = text_facts(TALKS.format(title=title), resources)
    assert facts["doc_type"] == "record of conversation"
    assert facts["telegram_number"] is None


@pytest.mark.parametrize("part", ["Conclusion", "Continuation", "Beginning"])
def test_a_titles_part_in_parentheses_is_no_person(part: str, resources) -> None:
    xml = text_xml(TALKS.format(title=f"Soviet-Vietnamese Talks ({part})"), resources)
    assert f">{part}</persName>" not in xml


@pytest.mark.parametrize("bracket,supplied,gap_first", [
    ("[...Dobrynin]", "Dobrynin", True), ("[…the Chinese]", "the Chinese", True),
    ("[the delegation . . .]", "the delegation", False),
])
def test_an_ellipsis_at_a_brackets_end_is_a_gap_beside_the_supplied_words(
        bracket: str, supplied: str, gap_first: bool, resources) -> None:
    xml = text_xml(f"June 3, 1971\n\nTelegram from Beijing\n\n{bracket} side asked that the "
                   "visit be presented as friendly.\n", resources)
    body = xml[xml.find("<text"):]
    gap, words = body.find('<gap reason="omitted"/>'), body.find("<supplied")
    assert gap > 0 and words > 0 and (gap < words) == gap_first
    assert supplied in re.sub(r"<[^>]+>", "", body[words:body.find("</supplied>")])


@pytest.mark.parametrize("count", ["4 copies", "Two copies.", "1 copy"])
def test_a_count_of_copies_under_the_date_is_no_title(count: str, resources) -> None:
    text = ("Search in\n\nDigital Archive International History Declassified\n\n"
            "September 30, 1982\n\n"
            "INFORMATION ABOUT THE VISIT OF INDIRA GANDHI TO THE USSR\n\nVIEW DOCUMENT IN\n\n"
            f"English HTML\n\n30 September 1982\n\n{count}\n\nConfidential\n\n"
            "The visit was arranged upon suggestion from the Indian side.\n")
    assert str(text_facts(text, resources)["title"]).casefold().startswith(
        "information about the visit")
    assert f'subtype="copy">{count}</ab>' in text_xml(text, resources)
