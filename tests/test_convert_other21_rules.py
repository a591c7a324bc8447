"""Rules found on the blind sample other21 (FRUS memoranda of conversation and telegrams of
1945-1965, a PlusD Department cable with its headers hidden): a heading broken after its
`by the`; a memorandum of conversation `by` its keeper; an `Unnumbered.` telegram's channel
line; a sentence closed by a note anchor is no title; participants are no sender field; a
Department printout's six-digit page header without a date-time group and its header block
after the text; a surname glued to the last sentence of a capitals cable; `Source` is no
name."""

from __future__ import annotations

import pytest
from lxml import etree

from tei.convert.roles import is_role
from tests.cases import text_facts, text_xml
from tests.tei_facts import xp


@pytest.mark.parametrize(("first", "second", "sender"), [
    ("Memorandum of Conversation, by the",
     "Director of the Bureau of Intelligence and Research (Hilsman)1", "Roger Hilsman"),
    ("Memorandum of a Conversation, by the",
     "Assistant Secretary of State for Far Eastern Affairs (Hilsman)", "Roger Hilsman"),
])
def test_a_memcon_heading_broken_after_by_the_is_its_keepers(first, second, sender,
                                                               resources) -> None:
    text = (f"No. 88\n\n{first}\n{second}\n\n[Washington,] April 3, 1963.\n\n"
            "The Ambassador called at his request.\n")
    facts = text_facts(text, resources)
    assert facts["title"] == f"{first} {second}".removesuffix("1")
    assert facts["sender"] == [sender]
    assert facts["doc_type"] == "memorandum"


@pytest.mark.parametrize(("channel", "addressee"), [
    ("Unnumbered. For Assistant Secretary Hilsman from the Ambassador.", "Roger Hilsman"),
    ("Unnumbered. Eyes only for Ambassador Bunker from the Secretary.", "Ellsworth Bunker"),
])
def test_an_unnumbered_telegrams_channel_line_names_its_addressee(channel, addressee,
                                                                   resources) -> None:
    text = (f"72. Telegram From the Embassy in Indonesia to the Department of State\n\n"
            f"{channel}\n\nThe Foreign Minister will reply tomorrow.\n")
    facts = text_facts(text, resources)
    assert addressee in facts["addressee"]
    assert facts["telegram_number"] is None


@pytest.mark.parametrize(("text", "role"), [
    ("Colonel Ethel hopes see contact tomorrow.[5]", False),
    ("Major Hardiman will call on his contact on Monday.[3]", False),
    ("The Ambassador[2]", True),
    ("Foreign Secretary.", True),
])
def test_a_note_anchor_does_not_hide_a_sentences_full_stop(text, role, resources) -> None:
    assert is_role(text, resources.patterns) is role


def test_a_last_sentence_closed_by_a_note_anchor_is_no_signature(resources) -> None:
    text = ("151. Telegram From the Embassy in Indonesia to the Department of State 1\n\n"
            "1234. I generally agree with your suggested approach.\n"
            "Colonel Ethel hopes see contact tomorrow.2\n"
            "  1. Source: National Archives, RG 59. Secret.\n  2. Not further identified.\n")
    root = etree.fromstring(text_xml(text, resources).encode())
    assert not xp(root, "//tei:closer")


def test_participants_listed_under_a_label_are_no_sender_field(resources) -> None:
    text = ("Memorandum of Conversation, by the Secretary of State\n\n"
            "Participants: Ambassador Gromyko\nMr. Hiss\nMr. Dunstable\nMr. Bohlen\n\n"
            "The Soviet Ambassador called upon me this afternoon.\n")
    facts = text_facts(text, resources)
    assert "place_of_origin" not in facts or facts["place_of_origin"] is None


_PLUSD = ("Show Headers\n1. WE CONCUR IN THE EMBASSY'S PROPOSAL.\nCONFIDENTIAL\n"
          "PAGE 02 STATE 204417\n"
          "2. PLEASE REPORT THE MINISTER'S REACTION TO THE EMBASSY'S\n{last}\n"
          "CONFIDENTIAL\nNNN\nCONFIDENTIAL\nPAGE 01 STATE 204417\n61\nORIGIN EUR-12\n"
          "DRAFTED BY EUR/WE:JTHORNE:LM\nAPPROVED BY EUR:ARHOLLAND\n")


def test_a_department_printout_with_its_headers_after_the_text(resources) -> None:
    facts = text_facts(_PLUSD.format(last="DEMARCHE AS SOON AS POSSIBLE. KISSINGER"), resources)
    assert (facts["telegram_number"], facts["place_of_origin"]) == ("204417", "Washington")
    assert facts["signed"] == "KISSINGER"
    assert facts["sender"] == ["Henry Kissinger"]


@pytest.mark.parametrize("last", ["DEMARCHE AS SOON AS POSSIBLE. UNQUOTE",
                                  "DEMARCHE AS SOON AS POSSIBLE. DECONTROL",
                                  "Demarche as soon as possible. Kissinger"])
def test_no_glued_signature_after_a_quotes_close_or_in_mixed_case(last, resources) -> None:
    facts = text_facts(_PLUSD.format(last=last), resources)
    assert not facts.get("signed")


def test_source_opening_a_sentence_is_no_person(resources) -> None:
    text = ("151. Telegram From the Embassy in Indonesia to the Department of State\n\n"
            "1234. Source believes US only nation which could help. Informant stated so.\n")
    root = etree.fromstring(text_xml(text, resources).encode())
    names = [p.text for p in xp(root, "//tei:text//tei:persName")]
    assert "Source" not in names and "Informant" not in names


def test_green_in_office_in_djakarta_is_marshall_green(resources) -> None:
    text = ("Telegram From the Embassy in Indonesia to the Department of State\n\n"
            "Djakarta, March 4, 1966, 10 a.m.\n\n"
            "1735. The Foreign Minister told Ambassador Green that the talks would go on.\n")
    root = etree.fromstring(text_xml(text, resources).encode())
    assert "#per-marshall-green" in [p.get("ref") for p in xp(root, "//tei:text//tei:persName")]
