"""Rules from the blind Wilson Center sample wc35 (Soviet journals of Puzanov in Pyongyang,
Chinese embassy and foreign ministry cables, Soviet and Polish ciphered telegrams from Havana,
a docslib copy of the PDF): a Soviet journal's copies list counted by ordinals under the
signature (`1st - to Cde. A. A. Gromyko`, a line cut after its dash too) is registry, no
numbered signature; the Chinese incoming-telegram form's receiving office (`Telegram received
by the [Chinese] Central Committee`), a Foreign Ministry department's number (`Ministry of
Foreign Affairs 4th department No. 42`) and the telegram number with its year in brackets
(`No. (61) 561`) are heading registry lines, the number the telegram's; `Adviser` is a title
before a surname (`Gosplan Adviser Lukovnikov`), no name itself; and a person credited in a
source line whose romanised family name is an English function word (`Obtained by You Lan`)
is a person. Tried on invented texts in two or more layouts each."""

from __future__ import annotations

import pytest

from tests.cases import text_facts, text_xml


def _page(layout: str, lines: list[str]) -> str:
    """An invented page: a current WCDA page (blank lines, `Skip to content`) or a mirror's
    compact one."""
    if layout == "current":
        return "Skip to content\n\n" + "\n\n".join(lines) + "\n"
    return "\n".join(lines) + "\n"


_JOURNAL = ["April 4, 1961",
            "Journal of Soviet Ambassador in Mongolia V. I. Orlov for 4 April 1961",
            "USSR EMBASSY IN THE MPR", "TOP SECRET", "Copy Nº 1", "JOURNAL",
            "of Soviet Ambassador V. I. Orlov for the period 1 through 15 April 1961",
            "Ulaanbaatar", "4 April 1961",
            "I visited Tsedenbal and informed him about the launch of the spacecraft.",
            "USSR AMBASSADOR IN THE MPR", "[signature] (V. ORLOV)", "Four copies printed",
            "1st - to Cde. A. A. Gromyko", "2nd - to Cde. N. P. Firyubin",
            "3rd - to the USSR MFA Far East Department"]


@pytest.mark.parametrize("layout", ["current", "compact"])
@pytest.mark.parametrize("last", ["4th - to file", "4th - "])
def test_a_journal_copies_list_counted_by_ordinals_is_registry(
        layout: str, last: str, resources) -> None:
    facts = text_facts(_page(layout, [*_JOURNAL, last]), resources)
    notes = facts["registry_notes"]
    assert "1st - to Cde. A. A. Gromyko" in notes, notes
    assert "3rd - to the USSR MFA Far East Department" in notes, notes
    assert "ORLOV" in (facts["signed"] or ""), facts["signed"]
    assert facts["outgoing_number"] is None


_CHINESE = [
    ("April 20, 1961", "Cable from the Chinese Embassy in Poland, 'On the Trade Talks'",
     "Telegram received by the [Chinese] Central Committee", "No. (61) 488",
     "Ministry of Foreign Affairs 4th department No. 42", "(61) 488"),
    ("May 3, 1959", "Cable from the Chinese Embassy in Hungary, 'On the Party Congress'",
     "Telegram received by the [Chinese] Central Committee", "No. (59) 1204",
     "Ministry of Foreign Affairs Soviet and East European Department No. 117", "(59) 1204"),
]


@pytest.mark.parametrize("layout", ["current", "compact"])
@pytest.mark.parametrize(("date", "title", "received", "number", "department", "want"), _CHINESE)
def test_the_chinese_incoming_telegram_form_is_heading_registry(
        layout: str, date: str, title: str, received: str, number: str, department: str,
        want: str, resources) -> None:
    text = _page(layout, [date, title, received, "Extremely Urgent", number, department,
                          "To the Ministry of Foreign Affairs:",
                          "The delegation arrived yesterday and the talks begin on Monday.",
                          "[Chinese] Embassy"])
    xml = text_xml(text, resources)
    assert '<ab type="registry" subtype="routing">Telegram' in xml
    assert '<ab type="registry" subtype="control">' in xml
    assert "<head>Ministry of Foreign Affairs" not in xml
    assert text_facts(text, resources)["telegram_number"] == want


@pytest.mark.parametrize(("text", "name"), [
    ("Counselor Makarov and Gosplan Adviser Lukovnikov met the delegation at the airport.",
     "Lukovnikov"),
    ("The Military Adviser Vasilenko reported to the Ambassador on the exercises.", "Vasilenko"),
])
def test_adviser_is_a_title_before_a_surname(text: str, name: str, resources) -> None:
    xml = text_xml(f"May 4, 1957\n\nRecord of a Meeting\n\n{text}\n", resources)
    assert f">{name}</persName>" in xml
    assert ">Adviser" not in xml


def test_adviser_after_a_name_is_no_person(resources) -> None:
    xml = text_xml("Participants:\nKIM Tae-ho, Adviser (Ministry of Foreign Affairs)\n\n"
                   "The talks began at ten.\n", resources)
    assert 'ref="#per-adviser"' not in xml


@pytest.mark.parametrize("layout", ["current", "compact"])
@pytest.mark.parametrize("name", ["You Lan", "He Mei"])
def test_an_obtainer_with_a_function_word_family_name_is_a_person(
        layout: str, name: str, resources) -> None:
    text = _page(layout, [
        "June 20, 1955", "Telegram, Zhou Enlai to the Central Committee, 'Arriving on the 25th'",
        "Top secret", "The Central Committee:", "I will be arriving on the evening of the 25th.",
        "Zhou Enlai", "20 June 1955, 3:00 a.m.", "Zhou informs the CCP of his arrival date.",
        "Author(s):", "Associated People & Organizations", "Associated Places",
        "Document Information", "Source",
        f"PRC FMA 206-00051-02, 7-8. Obtained by {name} and translated by Jake Tompkins.",
        "Rights", "The History and Public Policy Program welcomes reuse of Digital Archive "
        "materials for research and educational purposes.", "Original Uploaded Date",
        "2011-11-20", "Type", "Telegram", "Language", "Record ID", "111870"])
    xml = text_xml(text, resources)
    assert f">{name}</persName>" in xml
