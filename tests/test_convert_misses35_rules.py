"""(misses35) Held misses of blind samples: a title cut after its `to` (DIFP, DBPO, DCER), a
cablegram line of a special series undated (`n.d.`), a note opening with a quotation and a
CIA cable's `Station` (an office, no person)."""

from __future__ import annotations

import pytest
from lxml import etree

from tei.convert import convert_text
from tei.convert.rewrap import heading_runs_on, title_cut_at_to
from tests.tei_facts import facts, xp


def _root(text: str, resources) -> etree._Element:
    return etree.fromstring(convert_text(text, "t", resources).xml)


@pytest.mark.parametrize(("cut", "rest"), [
    ("Extract from a report from Seán Lester to", "Joseph P. Walshe (Dublin)"),
    ("Code telegram from Seán Murphy to", "Joseph P. Walshe (Dublin)1"),
    ("Sir J. Simon to", "Sir R. Lindsay (Washington)"),
    ("Secretary of State for External Affairs to", "High Commissioner in United Kingdom"),
    ("Letter from Frederick H. Boland to the", "Secretary of the Department of Finance"),
])
def test_a_title_cut_after_to_runs_on_into_the_addressee(cut: str, rest: str) -> None:
    assert title_cut_at_to(cut, rest)
    assert heading_runs_on(["No. 12 NAI DFA 2/3", cut, rest]) == {2}


@pytest.mark.parametrize(("cut", "rest"), [
    ("I then spoke to", "Mr Walshe about the matter."),  # a sentence, not a title
    ("Copies to", "Paris and Rome"),  # a routing line
    ("Repeated to", "Washington"),
    ("Sir J. Simon to", "BERLIN, 12 August 1943"),  # a dateline, not a party
    ("The report was sent by the Minister to", "Dublin (Walshe) and London (Dulanty) in turn"),
])
def test_no_sentence_or_routing_line_runs_on_as_a_cut_title(cut: str, rest: str) -> None:
    assert not title_cut_at_to(cut, rest)


def test_a_difp_title_cut_after_to_keeps_its_parties(resources) -> None:
    text = ("No. 77 NAI DFA 219/4\n\nLetter from John J. Hearne to\nJoseph P. Walshe (Dublin)\n\n"
            "OTTAWA, 4 May 1940\n\nI have the honour to report that the Prime Minister has "
            "returned from Washington.\n")
    found = facts(_root(text, resources))
    assert found["title"] == "Letter from John J. Hearne to Joseph P. Walshe (Dublin)"
    assert found["sender"] == ["John J. Hearne"]
    assert found["addressee"] == ["Joseph P. Walshe"]


@pytest.mark.parametrize("line", ["Cablegram S[L] [1] 3 (extract) CANBERRA, n.d.",
                                  "Cablegram SL12 CANBERRA, n.d.",
                                  "Cablegram P[M] 4 (paraphrase) CANBERRA, 11 March 1941"])
def test_a_special_series_cablegram_line_gives_its_place(line: str, resources) -> None:
    text = ("212 Mr John Curtin, Prime Minister, to Mr S. M. Bruce, High Commissioner in the "
            f"United Kingdom\n\n{line}\n\nPlease see the Secretary of State at once.\n")
    found = facts(_root(text, resources))
    assert found["place_of_origin"] == "Canberra"
    assert found["sender"] == ["John Curtin"]


def test_a_note_opening_with_a_quotation_is_a_note(resources) -> None:
    text = ("No. 5 NAI DFA 2/3\n\nLetter from Seán Murphy to Joseph P. Walshe (Dublin)\n\n"
            "PARIS, 3 June 1939\n\nThey call us 'les Irlandais tranquilles'.1 I did not "
            "reply.\n\n1 'The quiet Irish'.\n")
    root = _root(text, resources)
    notes = xp(root, "//tei:text//tei:note[@place='foot']")
    assert [note.get("n") for note in notes] == ["1"]


def test_a_cia_station_is_no_person(resources) -> None:
    text = ("SUBJECT: Contact with the go-between\n\n1. The go-between called again on 2 "
            "March.\n\n2. Station replied that an answer would follow by 17 March.\n")
    root = _root(text, resources)
    assert not xp(root, "//tei:text//tei:persName")
    assert "Station replied" in " ".join("".join(xp(root, "//tei:text")[0].itertext()).split())


def test_a_person_in_a_from_field_is_no_place(resources) -> None:
    text = ("LIMITED OFFICIAL USE\n\nApril 17, 1972\n\nTO: S/PC - Mr. Cargo\nFROM: Jack Perry\n\n"
            "SUBJECT: Dissent on policy\n\nI wish to submit my views on this subject through "
            "the established procedure.\n")
    root = _root(text, resources)
    sent = xp(root, "//tei:correspAction[@type='sent']")[0]
    assert [n.text for n in xp(sent, "tei:persName")] == ["Jack Perry"]
    assert not xp(sent, "tei:placeName")


_FORM = ("OUTGOING MESSAGE\n\nFROM: THE SECRETARY OF STATE FOR EXTERNAL AFFAIRS\n\nTO: THE "
         "CANADIAN AMBASSADOR TO THE UNITED STATES\n\nPrepared by.\n\n.......\n\n"
         "Approved by......\n\nSent by.\n\n{date}\n\nCONFIDENTIAL.\n\nFollowing for the "
         "Ambassador from the Under-Secretary. Begins: We should be glad to have your views "
         "on the draft before the Cabinet meets. Ends.\n")


@pytest.mark.parametrize("date", ["12th June, 1952.", "June 12, 1952"])
def test_a_date_typed_among_a_forms_fields_dates_it(date: str, resources) -> None:
    found = facts(_root(_FORM.format(date=date), resources))
    assert found["date"] == "1952-06-12"


def test_a_date_after_the_texts_first_sentence_is_no_form_date(resources) -> None:
    text = ("OUTGOING MESSAGE\n\nPrepared by.\n\nApproved by.\n\nSent by.\n\nWe should be glad "
            "to have your views on the draft before the Cabinet meets next week.\n\n"
            "12th June, 1952.\n\nThe Minister would like to give his colleagues an answer "
            "before the end of the week.\n")
    assert facts(_root(text, resources))["date"] is None


def test_note_anchors_glued_to_words_are_placed_in_order(resources) -> None:
    text = ("No. 9 NAI DFA 2/3\n\nLetter from Michael Rynne to Irish Legations\n\nDublin, 4 May "
            "1939\n\nYour messages may be coded as on the attached sheet1. Add the letters "
            "P.R.M.G.2 before the group and end with 'STAD'3 from us. Send 12 copies.\n\n"
            "1 Not printed.\n\n2 A prefix.\n\n3 'Stop'.\n")
    root = _root(text, resources)
    paragraph = xp(root, "//tei:text//tei:p[tei:note]")[0]
    assert [note.get("n") for note in xp(paragraph, "tei:note")] == ["1", "2", "3"]
    assert "sheet" in "".join(paragraph.itertext()) and "12 copies" in "".join(
        paragraph.itertext())
