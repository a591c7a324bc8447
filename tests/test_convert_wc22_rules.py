"""Family rules of the wc22 blind sample, each tried on invented variants: a WCDA title that
names the item's author before its own quoted title, hyphenated ranks, and offices or an
informer's category after or before a name that are no person's name."""

from __future__ import annotations

import pytest
from lxml import etree

from tei.convert import convert_text
from tests.tei_facts import facts, xp

BODY = "The comrades discussed the security of the delegations.\n"


def _root(text: str, resources) -> etree._Element:
    return etree.fromstring(convert_text(text, "t", resources).xml)


def _persons(root: etree._Element) -> list[str]:
    return [" ".join("".join(p.itertext()).split())
            for p in xp(root, "//tei:text//tei:persName | //tei:titleStmt//tei:persName")]


def _page(title: str) -> str:
    return f"Skip to content\n\nApril 4, 1983\n\n{title}\n\n{BODY}"


@pytest.mark.parametrize(("title", "author"), [
    ("Major-General Kessel, 'Memo on the Consultation'", "Kessel"),
    ("Lieutenant-General Albrecht, ‘Information for the Minister’", "Albrecht"),
    ("Colonel Wendt, \"Conversation Record\"", "Wendt")])
def test_the_author_before_a_quoted_title_sends_the_item(title, author, resources) -> None:
    assert facts(_root(_page(title), resources))["sender"] == [author]


@pytest.mark.parametrize("title", [
    "Cable from the Embassy in Berlin, 'On the Consultation'",
    "Hungarian Intelligence Report on Poland, 'Situation of the Party'",
    "Soviet Ambassador to Bonn and Kessel, 'A Meeting'"])
def test_a_form_a_subject_or_two_parties_before_the_quote_is_no_author(title, resources) -> None:
    sender = facts(_root(_page(title), resources))["sender"]
    assert "Kessel" not in sender and not any("Report" in s or "Poland" in s for s in sender)


@pytest.mark.parametrize("title", [
    "Information about a Conversation of Comrade Paul Verner, Member of the Politburo, "
    "with Comrade Kessel",
    "Meeting Report on the Meeting with Informal Contact \"Falke\" about the Emigres",
    "Note on a Conversation with Kessel, Gustav, Members of the Delegation"])
def test_member_and_informal_after_or_before_a_name_are_no_names(title, resources) -> None:
    persons = _persons(_root(_page(title), resources))
    assert not {"Member", "Members", "Informal Contact", "Informal"} & set(persons)


@pytest.mark.parametrize("label", [
    "[Stamp at the bottom of the first page]:", "[Stamp in the upper right corner]:",
    "[Seal on the last page]:"])
def test_a_stamp_description_closed_before_its_colon_keeps_the_heading_going(
        label: str, resources) -> None:
    root = _root(f"Top Secret\n\n{label}\n\nSecretariat of V. M. Molotov\n\n11 April 1952\n\n"
                 f"Incoming Nº M-4102s\n\nto Cde. I. V. STALIN\n\n{BODY}", resources)
    heading = xp(root, "//tei:div[@type='registry'][@subtype='heading']/tei:ab/@subtype")
    assert heading[-2:] == ["incoming", "addressee"]
    assert facts(root)["incoming_number"] == "M-4102s"
