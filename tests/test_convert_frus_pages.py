"""The FRUS page reader on variants a fresh sample of volumes showed: source lines whose file
number holds a bracketed subject or a name with commas, lower-case `files, lot` lines, a
heading's note marker after its closing bracket, datelines at noon, and a telegram whose
first paragraph is short (`1554. Part I.`)."""

from __future__ import annotations

import pytest
from lxml import etree

from tei.convert import convert_text
from tests.tei_facts import xp

HEADING = "The Ambassador in Korea (Muccio) to the Secretary of State"
TEXT = "Ministers called this morning about the troop withdrawal and the Army."


def _root(text: str, resources) -> etree._Element:
    return etree.fromstring(convert_text(text, "t", resources).xml)


@pytest.mark.parametrize(("source", "file"), [
    ("740.00119 Control (Korea)/5–2649: Telegram", "740.00119 Control (Korea)/5–2649"),
    ("123 Jessup, Philip C./8–2349: Telegram", "123 Jessup, Philip C./8–2349"),
    ("795.00 (W)/6–2550: Telegram", "795.00 (W)/6–2550"),
])
@pytest.mark.parametrize("first", ["607. 1. Defense", "627. Part 1.", "1554. Part I."])
def test_a_source_line_with_brackets_or_commas_gives_the_file_and_the_number(
        source: str, file: str, first: str, resources) -> None:
    """The file is the shelfmark, the form makes it a telegram whose number opens the first
    paragraph, however short that paragraph is."""
    text = (f"{source}\n\n{HEADING}\n\nsecret\n\nSeoul, May 26, 1949.\n\n{first}\n\n{TEXT}"
            "\n\nMuccio\n")
    root = _root(text, resources)
    assert xp(root, "//tei:msIdentifier/tei:idno[@type='shelfmark']/text()") == [file]
    assert xp(root, "//tei:idno[@type='telegram']/text()") == [first.split(".")[0]]
    assert xp(root, "//tei:body/tei:div/@type") == ["telegram"]


@pytest.mark.parametrize("source", ["S/P–NSC files, lot 61 D 167, NSC 5413 Series",
                                    "S/S Files: Lot 63D351: NSC 33 Series"])
def test_a_lot_file_line_is_the_source_in_either_case(source: str, resources) -> None:
    text = (f"{source}\n\nMemorandum by the Executive Officer of the Operations Coordinating "
            f"Board (Staats)\n\nWashington, August 12, 1954.\n\n{TEXT}\n\nElmer B. Staats\n")
    root = _root(text, resources)
    assert xp(root, "//tei:msIdentifier/tei:idno[@type='shelfmark']/text()") == [source]


@pytest.mark.parametrize("time", ["noon", "5 p.m."])
@pytest.mark.parametrize("compact", [True, False])
def test_a_numbered_heading_ending_in_a_bracket_loses_its_note_marker(
        time: str, compact: bool, resources) -> None:
    """`... (Katzenbach)1`: the marker is the source note's anchor, not the title's; the
    dateline under it is read at noon as at any hour."""
    sep = "\n" if compact else "\n\n"
    text = sep.join([
        "23. Memorandum From the Chairman of the Group (Leddy) to the Under Secretary of "
        "State (Katzenbach)1", f"Washington, October 1, 1968—{time}.", TEXT + "2", "",
        "  1. Source: Department of State, SIG Records: Lot 70 D 263. Secret.",
        "  2. Not printed."]) + "\n"
    root = _root(text, resources)
    assert xp(root, "string(//tei:titleStmt/tei:title)").endswith("(Katzenbach)")
    assert xp(root, "//tei:correspAction[@type='sent']/tei:date/@when")[0].startswith(
        "1968-10-01")
    assert "Department of State, SIG Records: Lot 70 D 263" in xp(
        root, "string(//tei:msIdentifier/tei:idno[@type='shelfmark'])")


@pytest.mark.parametrize(("heading", "title"), [
    ("Memorandum of Conversation, by Mr. Joseph E. Johnson, Deputy United States "
     "Representative in the Interim Committee",
     "Memorandum of Conversation, by Mr. Joseph E. Johnson, Deputy United States "
     "Representative in the Interim Committee"),
    ("Memorandum of Conversation, by the Secretary of State",
     "Memorandum of Conversation, by the Secretary of State"),
    ("224. Memorandum of a Conversation, Washington, December 18, 1956, 3 p.m.1",
     "Memorandum of a Conversation, Washington, December 18, 1956, 3 p.m."),
])
@pytest.mark.parametrize("source", ["IO Files: US/A/AC, 18/146, also US/S/597",
                                    "893.01/9–1349"])
def test_a_memorandum_heading_with_a_comma_or_initials_is_the_title(
        heading: str, title: str, source: str, resources) -> None:
    """`Memorandum of Conversation, by Mr. J. E. Johnson, ...`: the comma before `by` and the
    full stops of initials stay in the title; an `IO Files: ...` line is the source."""
    text = (f"{source}\n\n{heading}\n\nsecret\n\n[New York,] June 26, 1948.\n\n{TEXT}\n")
    root = _root(text, resources)
    assert xp(root, "string(//tei:titleStmt/tei:title)") == title
    assert xp(root, "//tei:body/tei:div/@type") == ["memorandum"]
    assert xp(root, "//tei:msIdentifier/tei:idno[@type='shelfmark']/text()") == [source]


def test_an_airgrams_number_is_its_telegram_number(resources) -> None:
    text = ("890.00/9–949: Airgram\n\nThe Acting Political Adviser in Japan (Sebald) to the "
            "Secretary of State\n\ntop secret\n\nTokyo, September 9, 1949.\n\n[Received "
            f"September 26—10:40 a. m.]\n\nA–227. {TEXT}\n\nSebald\n")
    root = _root(text, resources)
    assert xp(root, "//tei:idno[@type='telegram']/text()") == ["A–227"]


@pytest.mark.parametrize("arrow", ["↩", " ↩"])
def test_notes_copied_with_their_back_link_arrows_are_the_notes(arrow: str, resources) -> None:
    """`- Source: ...↩` under the text, as a page copy gives its notes: the first is the
    heading's source note (the archive's file), the next the glued anchor's."""
    text = ("308. Memorandum of Conversation0\n\nCopenhagen, May 6, 1958, 9:45 a.m.\n\n"
            f"{TEXT}1\n\n- Source: Department of State, Secretary’s Memoranda of Conversation: "
            f"Lot 64 D 199. Secret. Drafted by Porter.{arrow}\n- Not printed.{arrow}\n")
    root = _root(text, resources)
    assert xp(root, "//tei:msIdentifier/tei:idno[@type='shelfmark']/text()") == [
        "Department of State, Secretary’s Memoranda of Conversation: Lot 64 D 199"]
    assert xp(root, "string(//tei:body//tei:p/tei:note)") == "Not printed."


def test_a_numbered_paragraph_of_sentences_is_no_frus_heading(resources) -> None:
    """A documents volume's cablegram whose paragraph 2 opens with a heading word
    (`Statement`) keeps the paragraph in its text and its own title."""
    text = ("355 Department of External Affairs to External Affairs Office, London\n\n"
            "Cablegram 2917, CANBERRA, 5 August 1948\n\nFirst point of the cable.\n\n"
            "2. Statement should be cleared with Minister before presentation. In view of "
            "likelihood of disagreement it has been drafted in general terms.\n\n"
            "3. Nothing further.\n")
    root = etree.fromstring(convert_text(text, "dfat", resources).xml)
    assert xp(root, "string(//tei:titleStmt/tei:title)").startswith(
        "Department of External Affairs to")
    assert "Statement should be cleared" in " ".join(xp(root, "//tei:body//text()"))
