"""Rules written after the lead's probes of session 32 (pages of a presidential library, a
private foundation's archive, a law library's collection and a reference archive, none of
them in the development set). A number after `TELNO` or `TELEGRAM NUMBER` is the telegram's,
never a clock time before its date (`TELNO 1201 OF 8 APRIL`). A site's link bar whose period
links carry their years (`Medieval 400 - 1399`) is still a link bar: a link's words are those
with a letter. A catalogue's title over labelled fields that opens with the document's form is
the page's title, stop and all (`Telegram, A to B, April 10, 1945. Naval Aide to the President
Files.`); `Document Date` and `Written` are date fields, but a date's label before a value
without a date is no field (`Written: in three copies`: a copy note); a US presidential
library's name alone on the first line is the repository; a reference archive's name under its
item (`Stalin Reference Archive`) is the site's link. Sir Nicholas Henderson claims the surname
`Henderson` near his dated offices, Loy Henderson near his."""

from __future__ import annotations

import pytest

from tei.convert.context import Context
from tei.convert.label_members import participant_members
from tei.convert.namesakes import namesake
from tei.convert.pages.linkbar import link_bar_cells
from tei.convert.read import Line
from tei.convert.segment import label_of
from tests.cases import text_facts, text_xml

_FCO = """CONFIDENTIAL
FM WASHINGTON 090230Z APR 82
TO IMMEDIATE FCO
{number}
INFO PRIORITY UKMIS NEW YORK

FALKLANDS: TALK WITH HAIG

1. I saw Haig this evening before he left for London.

HENDERSON
"""


@pytest.mark.parametrize("number", ["TELEGRAM NUMBER 1201 OF 8 APRIL", "TELNO 1201 OF 8 APRIL",
                                    "TELNO 0915 OF 8 APRIL"])
def test_a_telegram_number_before_of_and_a_date_is_no_clock_time(number, resources) -> None:
    xml = text_xml(_FCO.format(number=number), resources)
    assert '<date when="1982-04-08">8 APRIL</date>' in xml
    assert "T12:01" not in xml and "T09:15" not in xml
    assert text_facts(_FCO.format(number=number), resources)["telegram_number"] == \
        number.split()[-4]


def test_a_time_before_of_and_a_date_is_still_read(resources) -> None:
    xml = text_xml(_FCO.format(number="SENT AT 12:01 OF 8 APRIL"), resources)
    assert 'when="1982-04-08T12:01:00"' in xml


@pytest.mark.parametrize(("year", "person"), [(1982, "per-nicholas-henderson"),
                                              (1950, "per-loy-henderson")])
def test_the_surname_henderson_is_told_by_the_year(year, person, resources) -> None:
    persons = resources.register.persons_by_surname("Henderson")
    assert namesake(persons, "Henderson", year).id == person


def test_a_british_ambassador_signing_henderson_in_1982_is_nicholas_henderson(resources) -> None:
    facts = text_facts(_FCO.format(number="TELNO 1201 OF 8 APRIL"), resources)
    assert facts["sender"] == ["Nicholas Henderson"]


def _bar(text: str) -> list[Line]:
    return [Line(1, cell.strip()) for cell in text.split("|")]


def test_period_links_with_their_years_are_links_of_the_bar() -> None:
    lines = _bar("Avalon Home | Document Collection | Ancient 4000bce - 399 | "
                 "Medieval 400 - 1399 | 20th Century")
    assert link_bar_cells(lines, [True] + [False] * 4) == set(range(5))
    sentence = _bar("Avalon Home | We went to the embassy at once | Medieval 400 - 1399 | Home")
    assert link_bar_cells(sentence, [True, False, False, True]) == set()


_LIBRARY = """Harry S. Truman Library & Museum
Home > Library > Research Files > Telegram, Averell Harriman to Harry S. Truman

Telegram, Averell Harriman to Harry S. Truman, April 10, 1945. Naval Aide to the President Files.

Document Date: April 10, 1945
Collection: Naval Aide to the President Files
Box: 8

Transcription:

TOP SECRET
FROM: AMBASSADOR HARRIMAN, MOSCOW
TO: THE PRESIDENT
NR: 24 10 APRIL 1945

I have just seen Molotov who informed me that Marshal Stalin had received your message.

HARRIMAN
"""


def test_a_library_title_over_fields_with_its_stop_is_the_title(resources) -> None:
    facts = text_facts(_LIBRARY, resources)
    assert facts["title"].startswith("Telegram, Averell Harriman to Harry S. Truman, April 10")
    assert facts["date"] == "1945-04-10"
    assert facts["sender"] == ["W. Averell Harriman"]
    assert facts["telegram_number"] == "24"
    assert facts["repository"] == "Harry S. Truman Library & Museum"
    assert "Molotov" in text_xml(_LIBRARY, resources).split("<body>")[1]


@pytest.mark.parametrize(("text", "field"), [
    ("Written: 18 July 1941", "date"), ("Document Date: April 10, 1945", "date"),
    ("Written: in three copies", None), ("Date: no date given", None)])
def test_a_date_label_needs_a_date(text, field, resources) -> None:
    found = label_of(text, Context(resources, "t.txt"))
    assert (found[1] if found else None) == field


def test_a_reference_archive_name_under_an_item_is_its_link(resources) -> None:
    text = ("Personal and Secret Message from Premier J. V. Stalin to the Prime Minister, "
            "Mr. W. Churchill\n\nWritten: 18 July 1941\nTranscription/Markup: Brian Baggins\n\n"
            "Let me express my gratitude for your messages.\n\nJ. STALIN\n\n"
            "Stalin Reference Archive\n")
    facts = text_facts(text, resources)
    assert facts["signed"] == "J. STALIN"
    assert facts["date"] == "1941-07-18"
    assert resources.patterns.is_furniture("Trotsky Internet Archive")
    assert not resources.patterns.is_furniture("National Archive")


_COMMAND_PAPER = """GREAT BRITAIN AND THE EUROPEAN CRISIS.

No. 119.

Sir Edward Grey to Sir F. Bertie.

(Telegraphic.)
Foreign Office, July 31, 1914.

I still trust that situation is not irretrievable.

{foot}
"""


@pytest.mark.parametrize("foot", ["72 CORRESPONDENCE RESPECTING THE EUROPEAN CRISIS.",
                                  "FURTHER CORRESPONDENCE RELATING TO THE AFFAIRS OF EGYPT. 15"])
def test_a_command_paper_page_gives_the_dateline_under_its_capitals_title(foot, resources) -> None:
    text = _COMMAND_PAPER.format(foot=foot)
    facts = text_facts(text, resources)
    assert (facts["date"], facts["place_of_origin"]) == ("1914-07-31", "London")
    assert facts["addressee"] == ["Francis Bertie"]
    body = text_xml(text, resources).split("<body>")[1]
    assert "EUROPEAN CRISIS" not in body and "CORRESPONDENCE" not in body


@pytest.mark.parametrize("text", ["M. Bienvenu-Martin called on me.",
                                  "The Schulze-Martin plan was read."])
def test_a_surname_glued_to_a_capitalised_word_by_a_hyphen_is_no_register_person(
        text, resources) -> None:
    xml = text_xml(f"Paris, July 25, 1914.\n\n{text}\n", resources)
    assert "per-graham-martin" not in xml


_MEMCON = """MEMORANDUM OF CONVERSATION

PARTICIPANTS: President Ford
Dr. Henry A. Kissinger, Secretary of State and Assistant to the President for National Security
Lt. General Brent Scowcroft, Deputy Assistant to the President for National Security Affairs

DATE AND TIME: {date}
{time}
PLACE: The Oval Office

SUBJECT: Portugal

Kissinger: On Portugal, the Soviets are pushing hard.
"""


@pytest.mark.parametrize(("date", "time"), [
    ("Tuesday, August 12, 1975", "10:05 a.m. - 11:00 a.m."),
    ("August 12, 1975", "10:05 a.m."),
    ("Tuesday, August 12, 1975, 10:05 a.m. - 11:00 a.m.", "")])
def test_a_memcon_with_participants_offices_at_length_keeps_its_heading(
        date, time, resources) -> None:
    text = _MEMCON.format(date=date, time=time)
    assert text_facts(text, resources)["date"] == "1975-08-12"
    body = text_xml(text, resources).split('<div type="message">')[1]
    assert "PLACE" not in body and "SUBJECT" not in body and "Scowcroft" not in body


def test_participant_lines_are_no_sentences(resources) -> None:
    ctx = Context(resources, "t.txt")
    lines = [Line(1, "Dr. Henry A. Kissinger, Secretary of State and Assistant to the President"
                     " for National Security Affairs"),
             Line(2, "We discussed the situation in Portugal at some length and agreed on the"
                     " next steps to take.")]
    assert participant_members(lines, 0, ctx) == 1


_FRENCH = """M. Chauvel, Ambassadeur de France à Londres,
à M. Pineau, Ministre des Affaires étrangères.

T. nos 3912 à 3915.
Londres, 28 juillet 1956, {sent}
{received}

M. Selwyn Lloyd m'a reçu cet après-midi.
"""


@pytest.mark.parametrize(("sent", "received", "when"), [
    ("20 h. 30.", "(Reçu : 22 h. 15.)", "1956-07-28T22:15"),
    ("20 h 30.", "(Reçu : 22 h. 15.)", "1956-07-28T22:15"),
    ("20 h. 30.", "(Received: 11.40 p.m.)", "1956-07-28T23:40"),
    ("20 h. 30.", "(Reçu : le 29, 7 h 30.)", "1956-07-29T07:30")])
def test_a_receipt_by_the_clock_alone_is_of_the_sending_day(
        sent, received, when, resources) -> None:
    facts = text_facts(_FRENCH.format(sent=sent, received=received), resources)
    assert facts["date_received"] == when


def test_the_french_hour_with_its_stop_is_read(resources) -> None:
    xml = text_xml(_FRENCH.format(sent="20 h. 30.", received=""), resources)
    assert 'when="1956-07-28T20:30:00"' in xml


@pytest.mark.parametrize("citation", [
    "DDE's Papers as President, DDE Diaries Series, Box 20, October 1956 Diary - Staff Memos",
    "National Security File, Country File, USSR, Box 220"])
def test_a_presidential_library_file_citation_is_an_archival_reference(citation, resources):
    found = resources.patterns.match("archival-reference", citation)
    assert found is not None and found[1].group("ref") == citation
    assert resources.patterns.match("archival-reference", "Papers, please, Box") is None


@pytest.mark.parametrize("label", ["[Document Title]:", "Document Title:"])
def test_a_label_in_brackets_is_keyed_without_them(label, resources) -> None:
    text = (f"Dwight D. Eisenhower Presidential Library\n\nAnn Whitman File, DDE Diaries Series,"
            f" Box 19\n\n{label} Message from the President to Prime Minister Eden\n\n"
            "Date: 30 October 1956\n\nDear Anthony:\n\nI must express my concern.\n\nIke\n")
    facts = text_facts(text, resources)
    assert facts["title"] == "Message from the President to Prime Minister Eden"
    assert facts["addressee"] == ["Anthony Eden"]
    assert facts["archive_idno"] == "Ann Whitman File, DDE Diaries Series, Box 19"


_NOTE = """EMBASSY OF THE UNION OF SOVIET SOCIALIST REPUBLICS

No. 47

The Embassy of the Union of Soviet Socialist Republics presents its compliments to the \
Department of State and has the honor to state the following.

The Soviet Government protests against the flights of American aircraft.

The Embassy avails itself of this opportunity to renew to the Department the assurances of \
its highest consideration.

Washington, D.C., May 10, 1960

{foot}
"""


@pytest.mark.parametrize("foot", ["Department of State,\nWashington, D.C.",
                                  "Department of State, Washington, D.C."])
def test_a_ministry_at_a_notes_foot_is_its_addressee(foot, resources) -> None:
    xml = text_xml(_NOTE.format(foot=foot), resources)
    received = xml.split('<correspAction type="received">')[1].split("</correspAction>")[0]
    assert 'ref="#org-united-states-department-of-state"' in received
    sent = xml.split('<correspAction type="sent">')[1].split("</correspAction>")[0]
    assert "Department of State" not in sent and "Embassy of the Union" in sent


def test_a_ministry_signing_alone_stays_a_signature(resources) -> None:
    assert resources.patterns.match("foot-address", "Ministry of Foreign Affairs") is None
    assert resources.patterns.match("foot-address", "Department of State,") is None
    assert resources.patterns.match("foot-address", "Department of State, Bonn, 3 March 1958.") \
        is None


def test_a_short_spanish_telegram_is_read_as_spanish(resources) -> None:
    text = ("TELEGRAMA CIFRADO\nNÚM. 318\n\nLa Habana, 24 de octubre de 1962.\n\n"
            "Presidente Dorticós recibióme hoy. Expresó que Gobierno cubano agradece actitud "
            "México en la OEA y que no aceptará inspección alguna en su territorio.\n\n"
            "Fidel Castro hablará esta noche por televisión.\n\nEMBAJADOR GILBERTO BOSQUES\n")
    assert '<language ident="es">' in text_xml(text, resources)


def test_a_mexican_file_number_after_a_colon_is_the_shelfmark(resources) -> None:
    found = resources.patterns.match("archival-reference", "Expediente: III-2876-5")
    assert found is not None and found[1].group("ref") == "III-2876-5"
