"""Rules found on the blind sample other28 (archives other than the Wilson Center: FRUS 1888,
1894, 1919 Paris Peace Conference and 1989-92 volumes, a Ford Library memorandum on Wikisource,
a League of Nations letter, a Marx Memorial Library note, an Irish embassy file in OCR): the
Paris Peace Conference volumes' file line (`Paris Peace Conf. 184/246: Telegram`) is the
archive's reference and their heading's `Commission to Negotiate Peace` one body; a channel
line naming the sender first (`5592. Strictly confidential from Polk for the Secretary of
State only.`) or a handling word closed by a comma (`Confidential, for Polk from Lansing.`)
names the parties; a participant's role set as a label before the name (`Interpreter: Peter
Afanasenko`) marks a name; a telephone call's subject closed by a date (`Telcon with ... on
May 27, 1991`) dates its memorandum where nothing else does; Wikisource's Page-namespace
lines are furniture, a transcription's `File scanned from ...` line, NARA's declassification
stamp and the E.O. 11652 classification block are registry lines; the FRUS 1861-1900s'
`[Inclosure ...]` opens an attachment and `I have the honor to be, etc.,` is a
valediction."""

from __future__ import annotations

import pytest

from tests.cases import text_facts, text_xml


@pytest.mark.parametrize(("text", "idno", "number", "sender", "addressee"), [
    # the sample's layout: the sender first in the channel, the heading's body with its ` to `
    ("Paris Peace Conf. 184/310: Telegram\n\nThe Commission to Negotiate Peace to the "
     "Secretary of State\n\n[Paraphrase]\n\n6021. Strictly confidential and personal from "
     "Polk for the Secretary of State only.\n\nYour telegram No. 4102 of December 9. The "
     "Council has not yet decided.\n", "Paris Peace Conf. 184/310", "6021", ["Frank L. Polk"],
     []),
    # the handling word closed by a comma, the person it is for first (FRUS 1919 v01)
    ("Paris Peace Conf. 763.72119/88: Telegram\n\nThe Secretary of State to the Commission to "
     "Negotiate Peace\n\n2817. Confidential, for Polk from Lansing. The Senate will vote on "
     "Monday.\n", "Paris Peace Conf. 763.72119/88", "2817", ["Robert Lansing"],
     ["Frank L. Polk"]),
])
def test_paris_peace_conference_telegrams(text, idno, number, sender, addressee,
                                          resources) -> None:
    facts = text_facts(text, resources)
    assert facts["archive_idno"] == idno
    assert facts["telegram_number"] == number
    assert facts["doc_type"] == "telegram"
    assert facts["sender"] == sender
    assert facts["addressee"] == addressee
    assert "Negotiate Peace to the" not in text_xml(text, resources).split("<text")[0].split(
        "<correspDesc>")[1]


@pytest.mark.parametrize(("text", "names", "date"), [
    # FRUS 1989-92: SUBJECT and PARTICIPANTS as labels over bulleted lines
    ("412. Memorandum of Telephone Conversation1\n\nSUBJECT\n\n  • Telcon with Prime Minister "
     "Mulroney of Canada on March 14, 1990\n\nPARTICIPANTS\n\n  • The President\n  • Prime "
     "Minister Brian Mulroney\n  • Notetaker: Arlene Stolzberg, NSC Staff\n\nThe President: "
     "Brian, good morning. (U)\n", ["Arlene Stolzberg"], "1990-03-14"),
    # a memorandum's labels on their own lines, the interpreter after them (not the sample's)
    ("MEMORANDUM OF CONVERSATION\n\nSUBJECT: Telephone Call from the Foreign Minister on "
     "June 2, 1988\n\nPARTICIPANTS:\nThe Secretary\nInterpreter: Dimitri Arensburger\nTranslator: "
     "Olga Trevelyan\n\nThe Secretary opened the meeting.\n",
     ["Dimitri Arensburger", "Olga Trevelyan"], "1988-06-02"),
])
def test_participant_labels_and_subject_date(text, names, date, resources) -> None:
    xml = text_xml(text, resources)
    body = xml[xml.index("<text"):]
    for name in names:
        assert f">{name}</persName>" in body
    assert text_facts(text, resources)["date"] == date


@pytest.mark.parametrize("text", [
    # a word going on from `Subject`
    "MEMORANDUM\n\nSubjects of the talks held on May 5, 1975 are listed below.\n\nThe talks "
    "went well.\n",
    # a meeting's date: the record may be written later (invent10's judgement)
    "MEMORANDUM FOR THE RECORD\n\nSUBJECT: Meeting with the Ambassador on May 5, 1975\n\n"
    "1. The Ambassador raised the question of credits.\n",
])
def test_no_date_from_other_subjects(text, resources) -> None:
    assert text_facts(text, resources)["date"] is None


_FOOT = ("\n\nSECRET/NODIS/XGDS\n\nCLASSIFIED BY Brent Scowcroft\nEXEMPT FROM GENERAL "
         "DECLASSIFICATION\nSCHEDULE OF EXECUTIVE ORDER 11652\nEXEMPTION CATEGORY 5 B 3\n"
         "AUTOMATICALLY DECLASSIFIED ON Imp. to Det.\n")


@pytest.mark.parametrize("top", [
    # the Wikisource page of a Ford Library scan (the sample's layout)
    "Page:Ford, Schlesinger - May 2, 1975(Gerald Ford Library)(1553300).pdf/1\n\nFrom "
    "Wikisource\nJump to navigation Jump to search\nThis page has been validated.\n\nFile "
    "scanned from the National Security Adviser's Memoranda of Conversation Collection at the "
    "Gerald R. Ford Presidential Library\n\nDECLASSIFIED\nE.O. 12958 SEC. 3.5\nMR 06-14 #3; "
    "DOD ltr 3/2/06\nBY       NARA DATE 9/1/07\n\n",
    # the scan's text without the wiki (a library's own text version)
    "DECLASSIFIED\nE.O. 12958 SEC. 3.5\nNLF-MR 98-12 #4\nBY KBH NARA, DATE 3/8/04\n\n",
])
def test_ford_library_memorandum(top, resources) -> None:
    text = (top + "MEMORANDUM\n\nTHE WHITE HOUSE\nWASHINGTON\n\nSECRET/NODIS/XGDS\n\n"
            "MEMORANDUM OF CONVERSATION\n\nPARTICIPANTS:\nPresident Ford\nLt. General Brent "
            "Scowcroft\nDATE AND TIME:\nFriday, May 2, 1975\n9:30 a.m.\n\nPresident: We "
            "should move quickly on this." + _FOOT)
    facts = text_facts(text, resources)
    xml = text_xml(text, resources)
    assert facts["date"] == "1975-05-02"
    assert facts["signed"] is None
    assert any("SCHEDULE OF EXECUTIVE ORDER 11652" in note for note in facts["registry_notes"])
    assert "Wikisource" not in xml[xml.index("<text"):]
    assert 'per-declassification' not in xml


@pytest.mark.parametrize(("close", "inclosure"), [
    ("I have the honor to be, etc.,", "[Inclosure 1.—Personal.]"),
    ("I have the honor to be, sir, [etc.]", "[Inclosure 2 in No. 57.]"),
    ("I have, etc.,", "Inclosure."),
])
def test_old_frus_inclosure_after_the_closer(close, inclosure, resources) -> None:
    text = ("Mr. Denby to Mr. Bayard.\n\nSir: I have the honor to report that the treaty was "
            f"signed today.\n\n{close}\n\nCharles Denby.\n{inclosure}\n\nDear Sir: The "
            "enclosed copy is sent for your files.\n")
    xml = text_xml(text, resources)
    assert text_facts(text, resources)["signed"] == "Charles Denby."
    assert '<div type="attachment">' in xml
