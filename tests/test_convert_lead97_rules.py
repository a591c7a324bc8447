"""(lead97) A one-word `surname-in-office` form that no name of its person ends in (`Foster`:
John Foster Dulles among colleagues) makes him a namesake of the persons whose names end in
it (William C. Foster), told apart by the years of their offices; and a surname in office
opens a sentence as a name when a modal, a verb of opinion or of speech follows it
(`Foster will be talking to Makins`), never an English word the register dates an office
for (`Battle lines`)."""

from __future__ import annotations

import pytest

from tests.cases import text_xml

_LETTER = ("Dear Winston:\n\nWashington, March 3, {year}\n\n"
           "I talked with Foster about the islands yesterday. {opening} to Makins about "
           "this tomorrow.\n\nIke\n")


def _body(xml: str) -> str:
    return xml.split("<body>")[1]


@pytest.mark.parametrize(("year", "ident"), [
    ("1955", "per-john-foster-dulles"),
    ("1966", "per-william-c-foster"),
])
def test_a_given_name_in_office_is_the_namesake_of_the_documents_year(year: str, ident: str,
                                                                      resources) -> None:
    body = _body(text_xml(_LETTER.format(year=year, opening="He will talk"), resources))
    assert f'<persName ref="#{ident}">Foster</persName>' in body


@pytest.mark.parametrize("opening", ["Foster will be talking", "Foster thought it best to talk",
                                     "Foster said he would talk"])
def test_a_surname_in_office_opens_a_sentence_before_a_modal_or_verb_of_speech(
        opening: str, resources) -> None:
    body = _body(text_xml(_LETTER.format(year="1955", opening=opening), resources))
    assert body.count('<persName ref="#per-john-foster-dulles">Foster</persName>') == 2


def test_an_english_word_opening_a_sentence_stays_a_word(resources) -> None:
    text = ("MEMORANDUM FOR THE SECRETARY\n\nWashington, May 4, 1965\n\n"
            "Battle lines are drawn in the Delta. Rush orders went to Saigon.\n")
    body = _body(text_xml(text, resources))
    assert ">Battle<" not in body and ">Rush<" not in body
