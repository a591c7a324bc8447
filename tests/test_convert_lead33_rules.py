"""Rules written after the lead's probes of session 33 (a research archive's briefing-book
entry, a French documents edition, a Politburo extract, a state archive's letter; none of
them in the development set). A briefing book's entry is a page layout (`briefing-book`
reader): the caption under the book's number, over its `Source:` line or naming a full
date, is the page's title and date; a source line with a number is the shelfmark, one
without is page text; the description over the document is the summary. A subject quoted
between a caption's parties and its date names no party. A dotted hour in a French receipt
(`01 h. 10`) is read. A Politburo extract's line closed by the session's date gives the
decision's date, and a subject heading (`On instructions to the Soviet Ambassador in ...`)
names no seat of origin. `Record Group 130.20, File 2457/4` is a shelfmark; a title-case
mission's letterhead naming its state (`Embassy of Israel`) over its city gives the seat it
writes from, not a destination; a salutation and courtesy close over `To:`/`From:` lines
make a letter."""

from __future__ import annotations

import pytest

from tests.cases import text_facts, text_xml

_DESCRIPTION = ("The memorandum records the Secretary's first talk with the new ambassador "
                "about the grain agreement and the coming summit.")
_DOCUMENT = ["MEMORANDUM OF CONVERSATION", "PARTICIPANTS: The Secretary; Ambassador Dobrynin",
             "The Secretary opened by saying that the grain agreement had been well received."]


def _book(*heading: str, book: bool = True) -> str:
    lines = ["National Security Archive Electronic Briefing Book No. 501"] if book else []
    return "\n".join([*lines, "Grain, Detente and the Summit", *heading, _DESCRIPTION,
                      *_DOCUMENT]) + "\n"


_CAPTION = 'Memorandum of Conversation, "Grain and the Summit," June 4, 1974, Secret'


@pytest.mark.parametrize("entry", ["Document 7", "Document 7b"])
def test_a_briefing_book_caption_is_the_title_and_its_date_the_date(entry, resources) -> None:
    facts = text_facts(_book(entry, _CAPTION, "Source: National Archives, RG 59, Box 12"),
                       resources)
    assert facts["title"] == _CAPTION
    assert facts["date"] == "1974-06-04"
    assert facts["archive_idno"] == "National Archives, RG 59, Box 12"
    assert facts["summary"] == _DESCRIPTION


def test_the_entry_number_may_carry_the_caption(resources) -> None:
    facts = text_facts(_book(f"Document 7: {_CAPTION}", "Source: National Archives, RG 59"),
                       resources)
    assert facts["title"] == _CAPTION
    assert facts["date"] == "1974-06-04"


@pytest.mark.parametrize("posted", [(), ("Posted - March 3, 2013", "Edited by P. Kornbluh")])
def test_a_caption_without_a_source_line_is_told_by_its_form_and_date(posted, resources) -> None:
    facts = text_facts(_book(*posted, "Document 7", _CAPTION), resources)
    assert facts["title"] == _CAPTION
    assert facts["summary"] == _DESCRIPTION


def test_a_source_line_without_a_number_is_no_shelfmark(resources) -> None:
    facts = text_facts(_book("Document 7", _CAPTION, "Source: Department of State FOIA release"),
                       resources)
    assert facts["archive_idno"] is None
    assert facts["date"] == "1974-06-04"


def test_without_the_books_number_the_description_is_no_summary(resources) -> None:
    facts = text_facts(_book("Document 7", _CAPTION, "Source: Department of State FOIA release",
                             book=False), resources)
    assert facts["summary"] != _DESCRIPTION


def test_a_quoted_subject_between_parties_and_date_names_no_party(resources) -> None:
    caption = ('Cable from U.S. Embassy Moscow to Secretary of State, "Talk with Gromyko," '
               "March 3, 1975, Secret")
    xml = text_xml(_book("Document 7", caption, "Source: FOIA release"), resources)
    received = xml.split('<correspAction type="received">')[1].split("</correspAction>")[0]
    assert "Secretary of State" in received and "Talk with" not in received


@pytest.mark.parametrize("receipt", ["(Reçu : le 25, 01 h. 10.)", "(Reçu : le 25, 01 h 10.)"])
def test_a_french_receipt_hour_may_be_dotted(receipt, resources) -> None:
    text = ("T. nos 4122 à 4128.\nMoscou, 24 octobre 1962, 21 h. 40.\n"
            f"{receipt}\n\nLe discours prononcé ce soir n'a pas mentionné Cuba.\n")
    assert text_facts(text, resources)["date_received"] == "1962-10-25T01:10"


_EXTRACT = """TOP SECRET
No. P12/4
To Comrades Brezhnev, Gromyko
Extract from protocol No. 12 of the session of the Politburo of the CC CPSU {date}
{subject}
1. Approve the draft of the instructions (attached).
"""


@pytest.mark.parametrize("date", ["of 5 May 1976", "of 5.V.1976", "of May 5, 1976"])
def test_an_extracts_line_closed_by_the_sessions_date_dates_it(date, resources) -> None:
    text = _EXTRACT.format(date=date, subject="On the question of Angola")
    assert text_facts(text, resources)["date"] == "1976-05-05"


@pytest.mark.parametrize("subject", ["On instructions to the Soviet Ambassador in Luanda",
                                     "Re: the Soviet Embassy in Luanda"])
def test_a_subject_heading_names_no_seat_of_origin(subject, resources) -> None:
    text = _EXTRACT.format(date="of 5 May 1976", subject=subject)
    assert text_facts(text, resources)["place_of_origin"] is None


_LETTER = """{archive}
{reference}

{letterhead}
Ottawa

3 March 1958

To: The Secretary of State for External Affairs
From: {sender}, Ambassador

Dear Mike,

I called on the Foreign Minister this morning about the Suez force.

Yours sincerely,
{sender}
"""


def test_a_record_group_line_is_the_shelfmark(resources) -> None:
    text = _LETTER.format(archive="Israel State Archives", reference="RG 93, File 412/7",
                          letterhead="Embassy of Israel", sender="Abba Eban")
    assert text_facts(text, resources)["archive_idno"] == "RG 93, File 412/7"


@pytest.mark.parametrize("letterhead", ["Embassy of Israel", "Embassy of Norway"])
def test_a_missions_letterhead_city_is_where_it_writes_from(letterhead, resources) -> None:
    text = _LETTER.format(archive="Israel State Archives", reference="RG 93, File 412/7",
                          letterhead=letterhead, sender="Abba Eban")
    facts = text_facts(text, resources)
    assert facts["place_of_origin"] == "Ottawa"
    assert facts["doc_type"] == "letter"
    xml = text_xml(text, resources)
    received = xml.split('<correspAction type="received">')[1].split("</correspAction>")[0]
    assert "Ottawa" not in received


_JOURNAL = """ISSUE 14/15                                       221
Telegram from Soviet Ambassador in Beijing Yudin to the CC CPSU, 2 August 1958

TOP SECRET

Mao Zedong received me today and spoke about the Taiwan Strait, as agreed.{anchor}

Mao asked that his views be passed to Comrade Khrushchev.

AMBASSADOR
P. YUDIN

{note} The shelling of Jinmen began on 23 August 1958.
"""


@pytest.mark.parametrize("note", ["1.", "1"])
def test_a_journals_numbered_note_under_the_signature_is_a_footnote(note, resources) -> None:
    xml = text_xml(_JOURNAL.format(anchor="1", note=note), resources)
    assert 'agreed.<note place="foot" n="1">The shelling' in xml
    assert "<signed>AMBASSADOR" in xml and "<item" not in xml


def test_a_numbered_line_without_its_anchor_stays_text(resources) -> None:
    xml = text_xml(_JOURNAL.format(anchor="", note="1."), resources)
    assert '<note place="foot" n="1">' not in xml


@pytest.mark.parametrize("file", ["A'.1.5.0.3-2", "B'.4.1.2.1"])
def test_a_japanese_ministry_file_classification_is_the_shelfmark(file, resources) -> None:
    text = ("Diplomatic Archives of the Ministry of Foreign Affairs of Japan\n"
            f"File {file}\n\nTelegram No. 812\nFrom: Ambassador Asakai, Washington\n"
            "To: Foreign Minister Fujiyama\nSent: October 24, 1960, 19:40\n\n"
            "I called on Assistant Secretary Parsons today.\n")
    assert text_facts(text, resources)["archive_idno"] == file


_RECORD = """RECORD OF A CONVERSATION BETWEEN THE PRIME MINISTER AND THE SOVIET AMBASSADOR
AT 10 DOWNING STREET ON WEDNESDAY, 17 OCTOBER 1973

Present:
The Prime Minister
Sir Alec Douglas-Home

{other}

The Soviet Ambassador said that he had been instructed to convey the Soviet view.
"""


@pytest.mark.parametrize("other", ["H.E. Mr. N. M. Lunkov\nMr. V. Semenov",
                                   "Mr. N. M. Lunkov"])
def test_the_other_sides_members_after_a_blank_line_are_participants(other, resources) -> None:
    xml = text_xml(_RECORD.format(other=other), resources)
    assert xml.count('subtype="participants"') == 3 + len(other.split("\n"))
    assert text_facts(_RECORD.format(other=other), resources)["sender"] == []


def test_a_short_sentence_after_the_members_is_no_member(resources) -> None:
    xml = text_xml(_RECORD.format(other="Mr. Lunkov opened the talk."), resources)
    assert xml.count('subtype="participants"') == 3


_MARKDOWN = """---
title: "Letter from Harold Macmillan to John F. Kennedy, {date}"
date: 1962-10-22
---

# {heading}

**{address}**
**22 October 1962**

*Top Secret*

Dear Friend,

Thank you for your message about Cuba.

Yours ever,

Harold Macmillan
"""


def _markdown(heading: str = "Letter from Harold Macmillan to John F. Kennedy",
              address: str = "Admiralty House, London", date: str = "22 October 1962") -> str:
    return _MARKDOWN.format(heading=heading, address=address, date=date)


@pytest.mark.parametrize("address", ["Admiralty House, London", "Lancaster House, London"])
def test_a_house_over_the_dateline_gives_its_city(address, resources) -> None:
    assert text_facts(_markdown(address=address), resources)["place_of_origin"] == "London"


def test_a_heading_repeating_the_title_without_its_date_is_the_title(resources) -> None:
    xml = text_xml(_markdown(), resources)
    assert "<head>Letter from" not in xml and 'subtype="other">Letter from' not in xml


def test_a_heading_before_more_than_a_date_is_no_repeat(resources) -> None:
    xml = text_xml(_markdown(heading="Letter from Harold Macmillan",
                             date="on Cuba and the Security Council"), resources)
    assert "Letter from <persName" in xml.split("<text")[1]


_DIARY = """{line}

1985

March 11, 1985

Today the Plenum elected Gorbachev General Secretary. Gromyko nominated him.
"""


@pytest.mark.parametrize("line", ["THE DIARY OF ANATOLY S. CHERNYAEV",
                                  "The Diary of Anatoly S. Chernyaev, 1985",
                                  "From the diary of A. S. Chernyaev"])
def test_a_diarys_keeper_writes_its_entry(line, resources) -> None:
    facts = text_facts(_DIARY.format(line=line), resources)
    assert facts["sender"] == ["Anatoly Chernyaev"]
    assert facts["doc_type"] == "record of conversation"
    assert facts["date"] == "1985-03-11"


def test_papers_of_a_person_name_no_sender(resources) -> None:
    facts = text_facts(_DIARY.format(line="From the papers of A. S. Chernyaev"), resources)
    assert facts["sender"] != ["Anatoly Chernyaev"]


@pytest.mark.parametrize("copy", ["Ablage", "File", "Archiv"])
def test_a_distribution_lists_file_copy_is_no_reader(copy, resources) -> None:
    xml = text_xml(f"TELEGRAM No. 412\nVerteiler: Gen. Ulbricht, Gen. Winzer, {copy}\n\nText.\n",
                   resources)
    assert f'persName ref="#per-{copy.lower()}"' not in xml


_COLLECTION_ITEM = """Library and Archives Canada
{search}
Item – 1956-11-03
Telegram from the High Commissioner in London to the Secretary of State for External Affairs
Item ID number:\t4412879
Date:\tNovember 3, 1956
Reference:\tRG25, Volume 6112, File 50372-40, part 8
Type of material:\tTextual material
Found in:\tGlobal Affairs Canada fonds

Transcription

FROM: HIGH COMMISSIONER FOR CANADA, LONDON
TELEGRAM 1731

Lloyd told me this afternoon that the United Kingdom would accept a United Nations force.
"""


@pytest.mark.parametrize("search", ["Collection Search", "COLLECTION SEARCH"])
def test_a_collection_search_items_fields_are_read(search, resources) -> None:
    facts = text_facts(_COLLECTION_ITEM.format(search=search), resources)
    assert facts["title"].startswith("Telegram from the High Commissioner in London")
    assert facts["date"] == "1956-11-03"
    assert facts["archive_idno"] == "RG25, Volume 6112, File 50372-40, part 8"
