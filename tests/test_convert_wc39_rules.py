"""Rules from the blind Wilson Center sample wc39 (collections no sample had used: the
Soviet-Yugoslav relations of 1945-1948, the Horn of Africa in Soviet and Hungarian records,
the Iran-Iraq war in Hungarian and Stasi records): a Soviet envoy's journal or diary entry
(`From the journal of ...`, `From diary of ...`) is a record of conversation though the
archive's title calls it a `Memorandum of Conversation`; a title `Report of X about ...` names
its writer; a Soviet outgoing cipher's close `Nº 1297/sh STALIN` gives the telegram's number
and its signer; a copy's authentication (`Authenticated: (Khokhlov)`, maybe after its date)
is a processing line; a ministry report's marks `Secret. Single copy` and `orig. No. 167/3 ag`
are heading lines; names after `advisers` are persons; the register knows Traicho Kostov,
Vladimir Bakarić, Sulaymaniyah and the Strait of Hormuz. Tried on invented texts in two
layouts or more each."""

from __future__ import annotations

import re

import pytest

from tests.cases import text_facts, text_xml


def _persons(text: str, resources) -> set[str]:
    """The names the text's TEI tags as persons."""
    return set(re.findall(r'<persName ref="[^"]*">([^<]+)<', text_xml(text, resources)))


def _body_type(text: str, resources) -> str:
    found = re.search(r'<body>\s*<div type="([^"]+)"', text_xml(text, resources))
    return found.group(1) if found else ""


_JOURNAL_MIRROR = ["Skip to content", "", "March 3, 1976", "",
                   "Soviet Ambassador to Somalia P.I. Orlov, Memorandum of Conversation with "
                   "Samantar",
                   "", "SECRET, copy No. 3", "From the journal of \"9\" March 1976",
                   "Orlov, P.I. Issue No. 117", "", "RECORD OF CONVERSATION",
                   "with the Minister of Defence", "3 March 1976", "",
                   "I visited Samantar at his request. He spoke about the delivery of trucks.", ""]
_DIARY_COMPACT = ["March 3, 1976",
                  "Memorandum of Conversation between Soviet Ambassador P.I. Orlov and Samantar",
                  "From diary of P.I. Orlov", "TOP SECRET", "Copy No. 2", "Ser. No. 117",
                  "9 March 1976",
                  "I visited Samantar at his request. He spoke about the delivery of trucks."]


@pytest.mark.parametrize("lines", [_JOURNAL_MIRROR, _DIARY_COMPACT], ids=["journal", "diary"])
def test_a_journal_entry_titled_a_memorandum_is_a_record_of_conversation(
        lines: list[str], resources) -> None:
    text = "\n".join(lines)
    assert _body_type(text, resources) == "record-of-conversation"
    assert text_facts(text, resources)["sender"] == ["P.I. Orlov"]


def test_a_memorandum_of_conversation_without_a_journal_line_stays_one(resources) -> None:
    text = "\n".join(["Skip to content", "", "March 3, 1976", "",
                      "Memorandum of Conversation between Samantar and Ambassador Orlov", "",
                      "SECRET", "", "Samantar spoke about the delivery of trucks."])
    assert _body_type(text, resources) == "memorandum"


@pytest.mark.parametrize("head", [
    ["April 2, 1949", "Report of Vasil Petrovic about a Meeting in Sofia",
     "This document was made possible with support from Leon Levy Foundation"],
    ["Skip to content", "", "April 2, 1949", "",
     "Report by Vasil Petrovic on the Talks with the Bulgarian Delegation", ""],
], ids=["compact-mirror", "current"])
def test_a_report_of_a_named_writer_is_his(head: list[str], resources) -> None:
    text = "\n".join([*head, "We arrived in Sofia on Monday and met the delegation."])
    assert text_facts(text, resources)["sender"] == ["Vasil Petrovic"]


@pytest.mark.parametrize("title", [
    "Report of Conversation on the Situation in Sofia",
    "Report of the Yugoslav Embassy on the Situation in Sofia",
])
def test_a_report_of_a_record_or_a_body_names_no_person(title: str, resources) -> None:
    text = "\n".join(["April 2, 1949", title, "We arrived in Sofia on Monday."])
    assert text_facts(text, resources)["sender"] == []


@pytest.mark.parametrize("close", [
    ["Nº 4411/sh FILIPPOV", "3 March 1951"],
    ["No. 52/sh GROMYKO", "3 March 1951", "Authenticated: (Petrenko)"],
    ["Nº 4411/sh FILIPPOV", "3 March 1951", "VKP(b) CC",
     "3 March 1951 Authenticated: (Petrenko)", "1p [signature]"],
], ids=["bare", "authenticated", "archive-lines"])
def test_a_soviet_cipher_close_signs_and_numbers_the_telegram(close: list[str], resources) -> None:
    text = "\n".join(["Copy", "Top Secret", "By cipher", "PYONGYANG, SOVIET AMBASSADOR", "",
                      "Your telegram of 1 March received. The shipment will leave on 10 March.",
                      "", *close])
    facts = text_facts(text, resources)
    # (the party archive's `VKP(b) CC` under the date is read as a second signer: left)
    assert str(facts["signed"]).split(";")[0] in ("FILIPPOV", "GROMYKO")
    assert facts["telegram_number"] in ("4411", "52")
    if "Authenticated" in text:
        xml = text_xml(text, resources)
        assert re.search(r'subtype="verified">[^\n]*Authenticated', xml)
        assert "Petrenko" in _persons(text, resources)


@pytest.mark.parametrize("lines", [
    ["Search in", "", "Digital Archive International History Declassified", "",
     "May 11, 1979", "", "English HTML", "",
     "Soviet Foreign Ministry, Background Report on Soviet-Somali Relations,", "11 May 1979",
     "", "Secret. Single copy", "orig. No. 204/2 af", "",
     "Diplomatic relations between the USSR and Somalia were established in 1960."],
    ["May 11, 1979", "Background Report on Soviet-Somali Relations", "11 May 1979",
     "TOP SECRET, only copy", "orig. No. 204/2 af",
     "Diplomatic relations between the USSR and Somalia were established in 1960."],
], ids=["older-layout", "compact-mirror"])
def test_a_single_copy_mark_and_original_number_are_heading_lines(
        lines: list[str], resources) -> None:
    text = "\n".join(lines)
    xml = text_xml(text, resources)
    assert re.search(r'subtype="copy">(?:Secret\. Single copy|TOP SECRET, only copy)<', xml)
    assert text_facts(text, resources)["outgoing_number"] == "204/2"


@pytest.mark.parametrize("sentence", [
    "On 9 May, governmental advisers Tesfaye Wolde and Haile Gebre will fly to Moscow.",
    "The President and his advisors Tesfaye Wolde and Haile Gebre received me.",
])
def test_names_after_advisers_are_persons(sentence: str, resources) -> None:
    text = "\n".join(["Skip to content", "", "May 5, 1977", "", "Note on a Meeting", "", sentence])
    assert {"Tesfaye Wolde", "Haile Gebre"} <= _persons(text, resources)


@pytest.mark.parametrize(("sentence", "names"), [
    ("The Bulgarians were Traicho Kostov and Vasil Kolarov; the Croatian Vladimir Bakaric came "
     "with us.", {"Traicho Kostov", "Vladimir Bakaric"}),
    ("Trajco Kostov spoke after Vacaric.", {"Trajco Kostov", "Vacaric"}),
])
def test_the_register_knows_the_kremlin_meeting_of_1948(
        sentence: str, names: set[str], resources) -> None:
    text = "\n".join(["February 12, 1948", "Notes on the Meeting", sentence])
    assert names <= _persons(text, resources)


def test_the_register_knows_sulaymaniyah_and_hormuz(resources) -> None:
    text = "\n".join(["Tehran, 4 June 1987", "", "The offensive goes on near Suleimania; the "
                      "navy checks the ships in the Straits of Hormuz."])
    xml = text_xml(text, resources)
    assert 'ref="#pla-sulaymaniyah">Suleimania<' in xml
    assert 'ref="#pla-strait-of-hormuz">Straits of Hormuz<' in xml
