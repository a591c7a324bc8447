"""Rules found on invented layouts (lead15): a selected-works edition's letters (`7. To X`
headings, a place and a date on two lines, `My dear X,`, the title's note numbered as a
point)."""

from __future__ import annotations

import pytest
from lxml import etree

from tests.cases import text_facts, text_xml
from tests.tei_facts import xp

_BODY = "\nI have your letter of the 9th. The position in Kashmir remains difficult.\n"
_CLOSE = "\nYours affectionately,\nJawaharlal\n"


@pytest.mark.parametrize("place", ["New Delhi", "NEW DELHI", "Rio de Janeiro"])
def test_a_register_place_over_a_date_line_is_one_dateline(place, resources) -> None:
    facts = text_facts(f"{place}\n14 March 1949\n\nMy dear Krishna,\n{_BODY}{_CLOSE}",
                       resources)
    assert facts["date"] == "1949-03-14"
    assert facts["place_of_origin"].casefold() == place.casefold()


def test_a_line_that_is_no_register_place_is_not_joined_to_the_date(resources) -> None:
    facts = text_facts(f"Personal\n14 March 1949\n\nMy dear Krishna,\n{_BODY}{_CLOSE}",
                       resources)
    assert not facts.get("place_of_origin")


@pytest.mark.parametrize("salute", ["My dear Krishna,", "My dear Prime Minister,",
                                    "MY DEAR FRIEND,"])
def test_my_dear_opens_the_letter_and_is_no_title(salute, resources) -> None:
    facts = text_facts(f"14 March 1949\n\n{salute}\n{_BODY}{_CLOSE}", resources)
    assert facts["title"] != salute
    assert facts["date"] == "1949-03-14"


@pytest.mark.parametrize("heading", ["7. To V.K. Krishna Menon1", "7. To V.K. Krishna Menon"])
def test_a_numbered_to_heading_names_the_addressee(heading, resources) -> None:
    facts = text_facts(f"{heading}\n\nNew Delhi,\n14 March 1949\n\nMy dear Krishna,\n{_BODY}"
                       f"{_CLOSE}", resources)
    assert facts["title"] == "To V.K. Krishna Menon"
    assert facts["addressee"] == ["V. K. Krishna Menon"]
    assert facts["sender"] == ["Jawaharlal Nehru"]
    assert facts["doc_type"] == "letter"


def test_the_titles_note_numbered_as_a_point_is_a_note_not_a_summary(resources) -> None:
    note = "1. JN Collection. Menon was then High Commissioner in London."
    facts = text_facts(f"7. To V.K. Krishna Menon1\n\nNew Delhi\n14 March 1949\n\n"
                       f"My dear Krishna,\n{_BODY}{_CLOSE}\n{note}\n", resources)
    assert facts["notes"] == 1
    assert not facts.get("summary")


def test_a_point_numbered_as_the_titles_note_above_other_text_stays_a_point(resources) -> None:
    facts = text_facts(f"7. To V.K. Krishna Menon1\n\nNew Delhi\n14 March 1949\n\n"
                       f"My dear Krishna,\n\n1. The position remains difficult.\n\n"
                       f"2. We cannot accept the proposal.\n{_CLOSE}", resources)
    assert facts["numbered_points"] == 2


_BRITISH = ("FROM WASHINGTON TO FOREIGN OFFICE\n\nSir R. Makins\nNo. 1432\nMarch 12, 1956\n\n"
            "Addressed to Foreign Office telegram No. 1432 of March 12.\n{repeated}\n\n"
            "Mr. Dulles told me this afternoon that the proposal would not be supported.\n\n"
            "{foot}\n")


@pytest.mark.parametrize("repeated", ["Repeated for information to Paris and Cairo.",
                                      "Repeated saving to Bonn and Rome."])
def test_a_british_repeated_line_under_the_address_line_is_heading(repeated, resources) -> None:
    root = etree.fromstring(text_xml(_BRITISH.format(repeated=repeated, foot=""),
                                      resources).encode())
    heading = xp(root, "//tei:div[@subtype='heading']/tei:ab[@subtype='info']")
    assert [" ".join("".join(ab.itertext()).split()) for ab in heading][-1] == repeated


@pytest.mark.parametrize("foot", ["FOREIGN OFFICE PASS TO PARIS AND CAIRO.",
                                  "Foreign Office please pass to Washington as my telegram No. 12.",
                                  "Repeated for information to Paris and Cairo."])
def test_a_routing_order_at_the_foot_is_a_registry_line(foot, resources) -> None:
    facts = text_facts(_BRITISH.format(repeated="", foot=foot), resources)
    assert facts["registry_notes"] == [foot]


_MEMO = ("THE WHITE HOUSE\nWASHINGTON\n\nMay 14, 1971\n\n{form}\n\nFROM: Henry A. Kissinger\n\n"
         "SUBJECT: Soviet Reply on SALT\n\nAmbassador Dobrynin called on me this afternoon to "
         "deliver the Soviet reply on the proposed formula.\n\n{section}\n\n"
         "That you approve the joint announcement at Tab A.\n")


@pytest.mark.parametrize(("form", "addressee"), [
    ("MEMORANDUM FOR THE PRESIDENT", []),
    ("MEMORANDUM FOR: Secretary Rogers", ["William P. Rogers"])])
def test_a_memorandum_for_line_is_the_form_and_names_the_addressee(form, addressee,
                                                                   resources) -> None:
    facts = text_facts(_MEMO.format(form=form, section="Recommendation"), resources)
    assert facts["doc_type"] == "memorandum"
    assert facts["sender"] == ["Henry Kissinger"]
    assert facts["addressee"] == addressee


@pytest.mark.parametrize("section", ["Recommendation", "RECOMMENDATIONS", "Background:"])
def test_a_section_heading_over_the_last_lines_is_no_signature(section, resources) -> None:
    facts = text_facts(_MEMO.format(form="MEMORANDUM FOR THE PRESIDENT", section=section),
                       resources)
    assert not facts.get("signed")


def test_a_built_title_names_an_office_in_capitals_in_title_case(resources) -> None:
    memo = _MEMO.format(form="MEMORANDUM FOR THE PRESIDENT", section="")
    facts = text_facts(memo.replace("May 14, 1971\n\n", ""), resources)
    assert facts["title"] == "Memorandum, Henry Kissinger to President"
    # dated, the White House letterhead's office is its holder that year (misses38)
    facts = text_facts(memo, resources)
    assert facts["title"] == "Memorandum, Henry Kissinger to Richard Nixon"


@pytest.mark.parametrize("title", [
    "TELEPHONE CONVERSATION BETWEEN SECRETARY KISSINGER AND AMBASSADOR DOBRYNIN",
    "Telephone Conversation between Secretary Kissinger and Ambassador Dobrynin"])
def test_a_conversations_title_in_any_case_over_a_date_line(title, resources) -> None:
    facts = text_facts(f"{title}\n\nOctober 12, 1973, 9:05 p.m.\n\nK: Anatol, I have just "
                       "talked to the President.\n\nD: Yes, Henry.\n", resources)
    assert facts["title"] == title
    assert facts["date"] == "1973-10-12"
    assert facts["doc_type"] == "record of conversation"


@pytest.mark.parametrize("place", ["Moscow, the Kremlin", "Moscow"])
def test_a_foot_place_line_over_the_date_is_the_dateline_not_a_signer(place, resources) -> None:
    facts = text_facts(f"Dear Mr. President,\n{_BODY}\nRespectfully,\n\nN. KHRUSHCHEV\n\n"
                       f"{place}\nMarch 12, 1962\n", resources)
    assert facts["signed"] == "N. KHRUSHCHEV"
    assert facts["place_of_origin"] == "Moscow"
    assert facts["date"] == "1962-03-12"


@pytest.mark.parametrize(("line", "number", "date"), [
    ("No. 23456 Dated the 12th March, 1962", "23456", "1962-03-12"),
    ("No. 112 dated 4-11-1962", "112", "1962-11-04")])
def test_a_number_dated_line_gives_number_and_date(line, number, date, resources) -> None:
    facts = text_facts(f"CYPHER TELEGRAM\n\nFrom: Foreign, New Delhi\nTo: Indembassy, Washington"
                       f"\n\n{line}\n\nPlease inform the State Department.\n\nNEHRU\n", resources)
    assert (facts["telegram_number"], facts["date"]) == (number, date)


@pytest.mark.parametrize(("text", "iso"), [("4-11-1962", "1962-11-04"),
                                           ("12-25-1962", "1962-12-25")])
def test_a_dashed_numeric_date_with_a_full_year(text, iso, resources) -> None:
    assert resources.dates.whole(text).iso() == iso


@pytest.mark.parametrize("text", ["1-2-3-1962", "pages 12-34", "ref 12-3-45"])
def test_dashed_numbers_that_are_no_date(text, resources) -> None:
    assert not [v for v in resources.dates.find(text) if v.start == 0 and v.end == len(text)]


@pytest.mark.parametrize("name", ["Édouard Herriot", "Ödön Lakatos", "Łukasz Wierzbicki",
                                  "Šimon Novák"])
def test_a_name_opening_with_an_accented_capital_is_one_person(name, resources) -> None:
    text = f"TELEGRAM No. 77\n\nParis, 12 May 1935\n\nAmbassador {name} said that it would pass.\n"
    root = etree.fromstring(text_xml(text, resources).encode())
    assert [" ".join("".join(p.itertext()).split())
            for p in xp(root, "//tei:body//tei:persName")] == [name]
