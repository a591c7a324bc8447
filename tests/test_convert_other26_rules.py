"""Rules found on the blind sample other26 (archives other than the Wilson Center and FRUS's
telegrams: DIFP, NZETC, dfat.gov.au, Avalon's British War Bluebook, FRUS 1969-76 memoranda,
CREST): a DIFP heading's reference to papers held outside the National Archives (`No. 299
UCDA P150/2179`, `NLI MS ...`) gives the repository and shelfmark; the British War Bluebook
as Avalon gives it drops its collection line and footer links as furniture, takes the page's
title line repeating the heading with the dateline run on as page text, and reads a receipt
whose bracket the heading's full stop closes (`(Received 1 p. m.).`, a time of the sending
day); a dfat.gov.au heading may name a department as either party and an addressee with
initials and an office after it; FRUS's `Memorandum Prepared by the ... (Kissinger)` names
its author, and a subject line closed by the talk's day (`Conversation with Dobrynin—July
23, 1970`) dates the memorandum; the register knows John Dill, Keith Officer, Archibald
Wavell, R. Jack Smith and the senators Lausche, Hickenlooper and Richard Russell."""

from __future__ import annotations

import pytest

from tests.cases import text_facts, text_xml

_LETTER = ("Letter from Joseph P. Walshe to Seán Murphy (Paris)\n(Confidential)\n\n"
           "Dublin, 4 May 1937\n\nDear Seán,\n\nThe Minister has read your report with care "
           "and asks that you keep him informed.\n\nYours sincerely,\nJ. P. Walshe\n")


@pytest.mark.parametrize(("top", "shelfmark"), [
    # the volume's menu over the reference (other26's sample layout)
    ("Volume 4 1932~1936\n\n\nDoc No.\nDate\nSubject\n\nNo. 301 UCDA P150/2183\n\n",
     "P150/2183"),
    # no menu; the National Library's manuscripts
    ("No. 17 NLI MS 18,375\n\n", "MS 18,375"),
])
def test_a_difp_reference_outside_the_national_archives(top, shelfmark, resources) -> None:
    facts = text_facts(top + _LETTER, resources)
    assert facts["archive_idno"] == shelfmark
    assert facts["title"] == "Letter from Joseph P. Walshe to Seán Murphy (Paris)"
    assert facts["sender"] == ["Joseph P. Walshe"]


_BLUEBOOK_TEXT = ("THE State Secretary telephoned this morning to say that the reply would "
                  "be handed to me in the evening.\n\n2. I said that I would report it at "
                  "once.\n\nPrevious Document Contents Next Document\nNuremberg War Crimes "
                  "Trial 20th Century Page World War II Page\n127 Wall Street, New Haven, CT "
                  "06511.\n")


@pytest.mark.parametrize(("top", "received"), [
    # the page's title repeats the heading with the dateline run on; a time only (sample)
    ("Logo\nThe British War Bluebook\nSir N. Henderson to Viscount Halifax (Received 4 p. m.)."
     " Berlin, August 28, 1939.\nPrevious Document Contents Next Document\n\nNo. 74.\n\n"
     "Sir N. Henderson to Viscount Halifax (Received 4 p. m.).\n\n", "1939-08-28T16:00"),
    # the title line without dateline or full stop, the heading's receipt in lower case
    ("The British War Bluebook\nSir N. Henderson to Viscount Halifax (Received 8:30 p. m.)\n"
     "Previous Document Contents Next Document\n\nNo. 74.\n\n"
     "Sir N. Henderson to Viscount Halifax (received 8:30 p. m.).\n\n", "1939-08-28T20:30"),
])
def test_the_bluebook_as_avalon_gives_it(top, received, resources) -> None:
    text = top + "(Telegraphic.) Berlin, August 28, 1939.\n\n" + _BLUEBOOK_TEXT
    facts = text_facts(text, resources)
    assert facts["title"] == "Sir N. Henderson to Viscount Halifax"
    assert facts["date"] == "1939-08-28"
    assert facts["date_received"] == received
    assert facts["place_of_origin"] == "Berlin"
    xml = text_xml(text, resources)
    assert "British War Bluebook" not in xml.split("<text")[1]
    assert "World War II Page" not in xml


@pytest.mark.parametrize(("heading", "title"), [
    ("261 Mr R. G. Casey, Minister to the United States, to Department of External Affairs",
     "Mr R. G. Casey, Minister to the United States, to Department of External Affairs"),
    ("7 Prime Minister's Department to Mr F. K. Officer, Australian Counsellor at U.K. "
     "Embassy in Washington", "Prime Minister's Department to Mr F. K. Officer, Australian "
     "Counsellor at U.K. Embassy in Washington"),
    ("427 Mr John Curtin, Prime Minister, to Mr Winston Churchill, U.K. Prime Minister",
     "Mr John Curtin, Prime Minister, to Mr Winston Churchill, U.K. Prime Minister"),
])
def test_a_dfat_heading_with_a_department_or_given_name(heading, title, resources) -> None:
    text = (f"Skip to main content\n\nHistorical documents\n\n{heading}\n\nCablegram 44 "
            "WASHINGTON, 8 January 1942, 9.47 p.m.\n\n\nYour telegram 37. [1] I discussed "
            "the draft reply with the Chiefs of Staff this morning.\n\n\n\n1 Not printed.\n")
    assert text_facts(text, resources)["title"] == title


@pytest.mark.parametrize(("subject", "date"), [
    ("Conversation with Dobrynin—July 23, 1970", "1970-07-23"),
    ("Meeting with Ambassador Rabin—March 2, 1971", "1971-03-02"),
])
def test_a_memorandum_prepared_by_and_its_dated_subject(subject, date, resources) -> None:
    text = ("185. Memorandum Prepared by the President’s Assistant for National Security "
            f"Affairs (Kissinger)1\n\n{subject}\n\nThe Ambassador called on me in the Map Room "
            "and handed me a note.\n\n  1. Source: National Archives, NSC Files, Box 489. "
            "No classification marking.\n")
    facts = text_facts(text, resources)
    assert facts["sender"] == ["Henry Kissinger"]
    assert facts["date"] == date


@pytest.mark.parametrize(("sentence", "name"), [
    ("Field Marshal Dill said that he saw no difficulty.", "Field Marshal Dill"),
    ("R. J. Smith reported on the Watch Committee.", "R. J. Smith"),
    ("the Director will meet Senators Lausche and Hickenlooper.", "Hickenlooper"),
])
def test_the_register_knows_the_samples_names(sentence, name, resources) -> None:
    text = f"MEMORANDUM FOR THE RECORD\n\n9 September 1965\n\n{sentence}\n"
    assert f">{name}</persName>" in text_xml(text, resources)
