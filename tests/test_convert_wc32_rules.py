"""Rules from the blind Wilson Center sample wc32 (Chinese cables on Hungary in 1956, Soviet
records of talks with Indonesian leaders 1958-1962, Romanian minutes of the Warsaw Pact, a
document-sharing copy of Yugoslav notes of 1967): a Romanian given name abbreviated by two
letters (`Gh.`, `Şt.`, `Th.`) is an initial of the name after it, no person of its own;
question marks alone in brackets (`[??]`) are an illegible gap, no supplied text; a stamp's
number may follow its label without a colon (`[Stamp 042. 4 January 1961]`); a Chinese
cable's address to offices alone, ending in a colon, is the opener's address; a
document-sharing site's record lines (`Upload: others`, `Post on 15-Nov-2020`, `1 views`,
`0 download`, `Category:`) are page furniture; a journal keeper's line of initials and a
surname in capitals (`B.P. ZAITSEV`) is a person; and the register knows Kiro Gligorov,
Borsod and Vnukovo. Tried on invented texts in two or more layouts each."""

from __future__ import annotations

import pytest

from tests.cases import text_facts, text_xml


def _page(layout: str, date: str, title: str, lines: list[str]) -> str:
    """An invented page: a current WCDA page (blank lines, `Skip to content`) or a mirror's
    compact one."""
    if layout == "current":
        return "Skip to content\n\n" + "\n\n".join([date, title, *lines]) + "\n"
    return "\n".join([date, title, *lines]) + "\n"


@pytest.mark.parametrize("layout", ["current", "compact"])
@pytest.mark.parametrize(("line", "person", "initial"), [
    ("Participating: Cde. Gh. Gheorghiu-Dej and Cde. I. G. Maurer [Ro], J. Kádár [Hu].",
     "per-gheorghe-gheorghiu-dej", "Gh. Gheorghiu-Dej"),
    ("Cde. Gh. Gheorghiu-Dej thanked the Polish comrades for their welcome.",
     "per-gheorghe-gheorghiu-dej", "Gh. Gheorghiu-Dej"),
    ("Present were Cde. Şt. Voitec and Cde. A. Bodnaraș.", None, "Şt. Voitec"),
])
def test_romanian_two_letter_initial_opens_the_name(layout: str, line: str, person: str | None,
                                                    initial: str, resources) -> None:
    text = _page(layout, "January 20, 1965", "Minutes of the Meeting of the Delegations, Warsaw",
                 [line, "The talks went on in a friendly atmosphere."])
    xml = text_xml(text, resources)
    body = xml[xml.index("<text"):]
    assert f">{initial}</persName>" in body
    assert 'ref="#per-gh"' not in xml and 'ref="#per-st"' not in xml
    if person:
        assert f'<persName ref="#{person}">{initial}</persName>' in body


@pytest.mark.parametrize("layout", ["current", "compact"])
@pytest.mark.parametrize("marks", ["??", "???"])
def test_question_marks_alone_in_brackets_are_an_illegible_gap(layout: str, marks: str,
                                                                resources) -> None:
    text = _page(layout, "May 1960", "Journal of the Soviet Ambassador: A Conversation with Nasser",
                 ["From the journal of", "TOP SECRET", f"[{marks}] May 1960",
                  f"The minister received me on [{marks}] May at his office."])
    xml = text_xml(text, resources)
    assert xml.count('<gap reason="illegible"/>') == 2
    assert f">{marks}<" not in xml
    assert text_facts(text, resources)["gaps"] == 2


@pytest.mark.parametrize("layout", ["current", "compact"])
@pytest.mark.parametrize(("line", "stamp"), [("[Stamp 042. 4 January 1961]", "042. "),
                                             ("[Stamp 2187 of 9 May 1962]", "2187 of ")])
def test_stamp_number_after_its_label_without_colon(layout: str, line: str, stamp: str,
                                                    resources) -> None:
    text = _page(layout, "January 3, 1961", "Record of Conversation with the Delegation",
                 ["Top Secret. Copy No.2", line, "TRANSCRIPT OF THE CONVERSATION",
                  "N.S. Khrushchev greeted the delegation warmly."])
    facts = text_facts(text, resources)
    assert len(facts["stamps"]) == 1 and facts["stamps"][0].startswith(stamp)


def test_stamp_description_without_number_stays_a_description(resources) -> None:
    text = _page("current", "January 3, 1961", "Record of Conversation with the Delegation",
                 ["[stamp and handwriting] Cabinet of the Minister", "The minister spoke first."])
    assert "stamp and handwriting" not in "".join(text_facts(text, resources)["stamps"])


@pytest.mark.parametrize("layout", ["current", "compact"])
@pytest.mark.parametrize("address", ["To the Foreign Ministry and Party Central Committee:",
                                     "To the Embassy in Hungary:",
                                     "To the Ministry of Foreign Affairs and the Party Center:"])
def test_chinese_cable_address_to_offices_is_the_opener(layout: str, address: str,
                                                        resources) -> None:
    text = _page(layout, "October 24, 1956", "Cable from the Chinese Embassy in Hungary",
                 ["This document was made possible with support from MacArthur Foundation",
                  address, "Yesterday's demonstration turned into a rebellion at night.",
                  "Embassy in Hungary"])
    xml = text_xml(text, resources)
    opener = xml[xml.index("<opener>"):xml.index("</opener>")]
    assert "<address>" in opener and address.split()[-1].rstrip(":") in opener
    assert text_facts(text, resources)["addressee"] == []


def test_sentence_opening_with_to_the_ministry_is_no_address(resources) -> None:
    text = _page("current", "October 24, 1956", "Cable from the Chinese Embassy in Hungary",
                 ["To the Ministry's surprise, the embassy was not informed of it.",
                  "Embassy in Hungary"])
    assert "<opener>" not in text_xml(text, resources)


_DOCSHARE = ["Upload: others", "Post on 15-Nov-2020", "1 views", "Category:", "Documents",
             "0 download"]


@pytest.mark.parametrize("record", [_DOCSHARE, ["Upload: jdoe", "Post on 02-Mar-2021",
                                                "1,204 views", "Category:", "12 downloads"]])
def test_docshare_record_lines_are_furniture(record: list[str], resources) -> None:
    text = "\n\n".join([
        "notes on talks august 11, 1967summaries of talks between tito and nasser...", "39",
        "Digital Archive International History Declassified digitalarchive.wilsoncenter.org "
        "August 11, 1967 Notes on Talks Citation: “Notes on Talks,” August 11, 1967, History "
        "and Public Policy Program Digital Archive. Summary: Talks between Tito and Nasser.",
        *record, "NOTES ON THE TALKS",
        "The following participated: President Josip Broz Tito and Vice President of the "
        "Federal Executive Council Kiro Gligorov."]) + "\n"
    xml = text_xml(text, resources)
    body = xml[xml.index("<text"):]
    assert not any(line in body for line in record if line != "Documents")
    assert '<persName ref="#per-kiro-gligorov">Kiro Gligorov</persName>' in body


@pytest.mark.parametrize("layout", ["current", "compact"])
@pytest.mark.parametrize(("keeper", "sender"), [("B.P. ZAITSEV", "B.P. Zaitsev"),
                                                ("Yu. V. KORNEYEV", "Yu. V. Korneyev")])
def test_journal_keeper_in_capitals_is_a_person(layout: str, keeper: str, sender: str,
                                                resources) -> None:
    surname = sender.split()[-1]
    text = _page(layout, "March 1959", f"Journal Entry of Ambassador {surname}: A Conversation",
                 ["From the journal of", keeper, "with Prime Minister DJUANDA", "4 March 1959",
                  "SECRET", "Today I called on the Prime Minister at his request."])
    assert text_facts(text, resources)["sender"] == [sender]


def test_postscript_mark_before_capitals_is_no_person(resources) -> None:
    text = _page("compact", "March 4, 1959", "Letter to the Embassy",
                 ["Dear Comrade,", "We await your answer.", "P.S. URGENT"])
    assert "URGENT</persName>" not in text_xml(text, resources)


@pytest.mark.parametrize(("sentence", "place"), [
    ("The delegation of Borsod county was received in the capital.", "pla-borsod"),
    ("The President stopped at Vnukovo Airfield on his way to Belgrade.", "pla-vnukovo"),
    ("Sukarno left from Vnukovo this morning.", "pla-vnukovo"),
])
def test_register_places_of_the_sample(sentence: str, place: str, resources) -> None:
    text = _page("current", "October 26, 1956", "Cable from the Embassy", [sentence])
    assert f'ref="#{place}"' in text_xml(text, resources)
