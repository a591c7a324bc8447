"""Rules found on the blind sample frus34 (FRUS 1898-1976 and PlusD cables of 1975-76: a
despatch quoting a telegram, a circular instruction, wartime and postwar circular telegrams,
an editorial note, a telcon, a backchannel): `Gentlemen:` is a letter's salutation (the
Secretary's circular instructions to diplomatic and consular officers) that opens a FRUS
letter and splits from the sentence run on after it; a warship's prefix (`U. S. S. Maine`,
`H.M.S. Hood`) is neither the United States nor a person's initials, and the ship's name
after it no person; an editorial note's sentence that opens `Notes by ...` or `Memorandum
by ...` and ends with a colon introducing the quotation is text, not the page's heading;
Walter H. Judd and Phyllis D. Bernau, named in FRUS 1950s notes, are register persons; the
bare posts under a cable's `TO` line, as far as its `INFO` line, are addressee lines (the
first still names the addressee)."""

from __future__ import annotations

import re

import pytest

from tests.cases import text_facts, text_xml


@pytest.mark.parametrize("text", [
    # the sample's layout: the file line, the heading, the salutation run on, `I am [etc.]`
    ("File No. 763.72/9001b\nThe Acting Secretary of State to Diplomatic and Consular "
     "Officers\nGentlemen: The Department wishes to be informed of all political events of "
     "interest in the countries of your residence.\nI am [etc.]\n"),
    # a numbered circular with its own date line and a signature (not the sample's)
    ("Circular No. 14.]\nThe Secretary of State to the Consular Officers of the United "
     "States\nWashington, April 3, 1909.\nGentlemen: You are instructed to report without "
     "delay on the state of the crops in your districts.\nI am, etc.,\nP. C. Knox.\n"),
])
def test_gentlemen_salutation_opens_a_frus_letter(text, resources) -> None:
    assert text_facts(text, resources)["doc_type"] == "letter"
    assert "<salute>Gentlemen:</salute>" in text_xml(text, resources)


@pytest.mark.parametrize(("sentence", "ship"), [
    ("loss of U. S. S. Maine, with expressions of sympathy", "Maine"),  # the sample's
    ("The captain of the U.S.S. Raleigh called upon the minister", "Raleigh"),
    ("and that H. M. S. Calypso sailed for Valparaiso", "Calypso"),
    ("when H.M.S. Hood entered the harbor", "Hood"),
])
def test_warship_prefix_is_no_place_nor_person(sentence, ship, resources) -> None:
    text = (f"Mr. Woodford to Mr. Sherman.\nNo. 142.]\nSir: I have the honor to report the "
            f"{sentence}.\nI am, etc.,\nStewart L. Woodford.\n")
    xml = text_xml(text, resources)
    assert ">U. S</placeName>" not in xml and ">U.S</placeName>" not in xml
    assert f"{ship}</persName>" not in xml
    assert ship in xml


def test_united_states_initials_stay_a_place(resources) -> None:
    text = ("Mr. Hay to Mr. White.\nNo. 9.]\nSir: The U. S. Government and the U.S.S.R. "
            "agree.\nI am, etc.,\nJohn Hay.\n")
    xml = text_xml(text, resources)
    assert ">U. S</placeName>" in xml or ">U. S.</placeName>" in xml
    assert "U.S.S.R</placeName>" in xml


@pytest.mark.parametrize("opening", [
    # the sample's: whose notes of a telephone call are quoted
    "Notes by Phyllis Bernau of the conversation between the President and the Secretary "
    "read in part as follows:",
    "Memorandum by the Secretary of a telephone conversation with Walter Judd reads in part "
    "as follows:",
])
def test_notes_by_sentence_under_an_editorial_note_is_text(opening, resources) -> None:
    text = (f"202. Editorial Note\n{opening}\n“The Pres. said he talked to Radford.” "
            "(Ibid., Dulles Papers)\n")
    xml = text_xml(text, resources)
    assert "read in part as follows:" in xml or "reads in part as follows:" in xml
    assert text_facts(text, resources)["title"] == "Editorial Note"


def test_memorandum_by_heading_still_a_heading(resources) -> None:
    text = ("Memorandum by the Adviser on Political Relations (Hornbeck)\n[Washington,] "
            "March 3, 1938.\nThe situation in North China is quiet.\n")
    assert text_facts(text, resources)["title"].startswith("Memorandum by the Adviser")


@pytest.mark.parametrize(("text", "person"), [
    ("202. Editorial Note\nNotes apparently prepared by Ann Whitman read: “Walter Judd "
     "[Robertson?] had agreed to go.” (Eisenhower Library)\n", "per-walter-h-judd"),
    ("202. Editorial Note\nA memorandum of the telephone call, transcribed by Phyllis "
     "Bernau, reads: “The Sec. agreed.” (Ibid.)\n", "per-phyllis-d-bernau"),
])
def test_fifties_persons_in_the_register(text, person, resources) -> None:
    assert f'ref="#{person}"' in text_xml(text, resources)


@pytest.mark.parametrize(("heading", "posts", "info"), [
    # the sample's layout: a PlusD printout, the Department to several embassies, INFO after
    ("PAGE 01 STATE 140211\nORIGIN IO-10\nR 071729Z JUN 75\nFM SECSTATE WASHDC\n"
     "TO AMEMBASSY BONN\nAMEMBASSY OSLO\nAMEMBASSY ROME\nINFO AMEMBASSY CANBERRA\n"
     "AMEMBASSY MEXICO\n", ["AMEMBASSY OSLO", "AMEMBASSY ROME"], ["AMEMBASSY MEXICO"]),
    # a post's cable with routing indicators (Cablegate), no INFO line (not the sample's)
    ("P 311435Z OCT 08\nFM AMCONSUL HAMBURG\nTO RUEHC/SECSTATE WASHDC PRIORITY 4551\n"
     "RUEKJCS/SECDEF WASHDC\nRUCPDOC/USDOC WASHDC\n", ["RUEKJCS/SECDEF", "RUCPDOC/USDOC"], []),
])
def test_posts_under_a_to_line_are_addressees(heading, posts, info, resources) -> None:
    text = (f"{heading}\nUNCLAS STATE 140211\nE.O. 11652: N/A\nTAGS: PFOR\n"
            "SUBJECT: CONSULTATIONS\n1. POSTS ARE ASKED TO REPORT BY JUNE 20.\nKISSINGER\n")
    xml = text_xml(text, resources)
    addressed = [re.sub(r"<[^>]+>", "", line) for line in re.findall(
        r'<ab type="registry" subtype="addressee">(.*?)</ab>', xml)]
    assert all(any(line.startswith(post) for line in addressed) for post in posts)
    assert not any(line.startswith(post) for post in info for line in addressed)
    received = xml.split('<correspAction type="received">')[1].split("</correspAction>")[0]
    assert "OSLO" not in received and "SECDEF" not in received
