"""Rules from the blind Wilson Center sample wc36 (collections no sample had used: the Korean
armistice talks, the inter-Korean talks of 1972, Mongolian and East German records on Korea and
Vietnam, a Romanian telegram from Maputo, Soviet-Japanese talks): the archive's summary that
names the document as its subject (`This conversation focuses on ...`) under the text is the
page's summary even when it ends without a stop, over the page's foot (a reporting verb in the
present tense, table `summary-verbs`, which now has `focuses` and `centers`); a title's
`meeting between` or `conference between` names a record of talks; the writer the editors name
in brackets after his own pronoun (`During my [GDR ambassador to the DRV, Wolfgang Bertold]
conversation ...`, `I [Soviet Ambassador ...] visited ...`) is the sender of a record or
note that names none; and the translated telegrams' spellings `Gadaffi`, `Siad Bare` and the
given name `Samora` alone are Gaddafi, Siad Barre and Samora Machel, Beira a place. Tried on
invented texts in two or more layouts each."""

from __future__ import annotations

import pytest

from tests.cases import text_facts, text_xml

_RIGHTS = ("The History and Public Policy Program welcomes reuse of Digital Archive materials "
           "for research and educational purposes.")


def _page(layout: str, lines: list[str], foot: list[str]) -> str:
    """An invented page: a current WCDA page (blank lines, `Skip to content`) or a mirror's
    compact one, the page's foot under the document."""
    if layout == "current":
        return "Skip to content\n\n" + "\n\n".join(lines + foot) + "\n"
    return "\n".join(lines + foot) + "\n"


_FOOTS = {"related": ["Related Documents", "March 2, 1972",
                      "Working Contact between Liaison Officers",
                      "The officers exchange the delegations' lists"],
          "fields": ["Associated People & Organizations", "Associated Places",
                     "Document Information", "Source", "South Korean Foreign Ministry Archive.",
                     "Rights", _RIGHTS]}


@pytest.mark.parametrize("layout", ["current", "compact"])
@pytest.mark.parametrize("foot", sorted(_FOOTS))
@pytest.mark.parametrize("summary", [
    "This conversation focuses on the North asking for letters of credence and the South "
    "refusing them as unnecessary",
    "In this meeting the North Korean delegate discusses the agenda of the next session and "
    "its date",
])
def test_a_summary_naming_the_document_is_the_summary_without_a_stop(
        layout: str, foot: str, summary: str, resources) -> None:
    text = _page(layout, ["March 9, 1972",
                          "Preliminary Meeting between Delegates of North and South Korea",
                          "North: We suggest that we carry letters of credence.",
                          "South: That is not needed. Let us discuss the agenda of the session.",
                          summary], _FOOTS[foot])
    facts = text_facts(text, resources)
    assert facts["summary"] == summary, facts["summary"]
    assert facts["doc_type"] == "record of conversation", facts["doc_type"]


def test_a_last_paragraph_of_the_document_in_the_first_person_is_no_summary(resources) -> None:
    last = "This telegram focuses on what we can still do before the session opens next week"
    text = _page("compact", ["March 9, 1972", "Telegram from the Embassy in Seoul",
                             "The talks resume on Monday.", last], _FOOTS["fields"])
    assert text_facts(text, resources)["summary"] != last


@pytest.mark.parametrize("title", [
    "Meeting between Zhou Enlai and the Delegation of the Workers' Party of Korea",
    "Preliminary Conference between Delegates of North and South Korea",
    "Record of the Meetings between the Two Delegations, 3-12 July 1981",
])
def test_a_meeting_or_conference_between_parties_is_a_record_of_talks(
        title: str, resources) -> None:
    text = _page("current", ["July 12, 1971", title,
                             "The two sides exchanged views on the agenda."], [])
    assert text_facts(text, resources)["doc_type"] == "record of conversation"


@pytest.mark.parametrize("layout", ["current", "compact"])
@pytest.mark.parametrize(("opening", "writer"), [
    ("During my [GDR ambassador to the DRV, Ernst Haldorf] conversation with the Soviet "
     "ambassador, he explained that six delegations were in Hanoi.", "Ernst Haldorf"),
    ("In my [East German ambassador in Beijing, Paul Wandel] talk with the Polish ambassador "
     "he said that the talks would go on.", "Paul Wandel"),
    ("On 3 May I [Soviet Ambassador Ivan Korotkov] visited Kim Il and informed him about the "
     "session.", "Ivan Korotkov"),
])
def test_the_writer_in_brackets_after_his_pronoun_is_the_sender(
        layout: str, opening: str, writer: str, resources) -> None:
    text = _page(layout, ["January 6, 1965",
                          "Note No. 2/65 on Conversations with the Soviet Ambassador",
                          opening, "We agreed to meet more often."], [])
    assert text_facts(text, resources)["sender"] == [writer]


def test_a_named_sender_stays_over_the_writer_in_brackets(resources) -> None:
    text = _page("current", ["January 6, 1965", "Telegram from Wolfgang Bergold to Otto Winzer",
                             "During my [ambassador, Ernst Haldorf] visit the talks began.",
                             "Bergold"], [])
    assert text_facts(text, resources)["sender"] == ["Wolfgang Bergold"]


@pytest.mark.parametrize("opening", ["In my [the embassy's] view the situation has changed.",
                                     "In my [Khrushchev's] view the situation has changed."])
def test_a_bracket_naming_no_writer_gives_no_sender(opening: str, resources) -> None:
    text = _page("compact", ["January 6, 1965", "Note on the Situation in the DRV",
                             opening, "The delegations arrive on Monday."], [])
    assert text_facts(text, resources)["sender"] == []


@pytest.mark.parametrize(("sentence", "ref"), [
    ("President Castro told President Samora that the visit was good.", "per-samora-machel"),
    ("Gadaffi has an honest attitude and a revolutionary orientation.", "per-muammar-gaddafi"),
    ("He could not convince President Siad Bare of the plan.", "per-siad-barre"),
    ("The talks were held in Beira, not in Maputo.", "pla-beira"),
])
def test_the_translated_telegrams_spellings_are_register_names(
        sentence: str, ref: str, resources) -> None:
    for layout in ("current", "compact"):
        xml = text_xml(_page(layout, ["March 23, 1977", "Telegram from the Embassy in Maputo",
                                      sentence], []), resources)
        assert f'ref="#{ref}"' in xml
