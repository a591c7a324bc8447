"""Rules from the blind Wilson Center sample wc38 (collections no sample had used: the
Sino-Indian border war in Soviet and Chinese records, Romanian-Chinese relations 1968-1971,
the Sino-Soviet clashes of 1969, Soviet-Cuban talks of 1979): a list of names after an
honorific goes on past a name whose letters with diacritics a PDF copy turned to question
marks (`Ilie Verde?, Maxim Berghianu`); a meeting's attendance after `Comrades`, three names
or more closed by a stop or wrapped after a comma, is no address; a Soviet record's heading
that ends in a comma goes on with the interlocutor's name on its own line (`of the Republic of
Cuba,` / `Comrade Fidel Castro Ruz`), which names no addressee. Tried on invented texts in two
layouts or more each."""

from __future__ import annotations

import re

import pytest

from tests.cases import text_facts, text_xml


def _persons(text: str, resources) -> set[str]:
    """The names the text's TEI tags as persons (in its body and header)."""
    return set(re.findall(r'<persName ref="[^"]*">([^<]+)<', text_xml(text, resources)))

_SCRIBD = ["You are on page 1of 9", "", "Digital Archive digitalarchive.wilsoncenter.", "",
           "International History Declassified", "", "May 5, 1972", "",
           "Minutes of the Meeting of the Executive Committee of the RCP CC", ""]
_MIRROR = ["Skip to content", "", "May 5, 1972", "",
           "Minutes of the Meeting of the Executive Committee of the RCP CC", ""]
_AFTER = ["", "The meeting began at 9.30.", "", "Comrade Radu Ionescu:", "",
          "We have to decide on the visit of the delegation to Pyongyang."]


@pytest.mark.parametrize("head", [_SCRIBD, _MIRROR], ids=["scribd", "mirror"])
@pytest.mark.parametrize("attendance", [
    ["Comrades Radu Ionescu, Mihai Tudora?, Petre Dobrin, Vasile Ciuc??, Ion Marinescu."],
    ["Comrades Radu Ionescu, Mihai Tudora?, Petre Dobrin, Vasile Ciuc??,", "Ion Marinescu."],
], ids=["one-line", "wrapped"])
def test_an_attendance_goes_on_past_lost_letters_and_addresses_no_one(
        head: list[str], attendance: list[str], resources) -> None:
    text = "\n".join([*head, *attendance, *_AFTER])
    assert text_facts(text, resources)["addressee"] == []
    # (a name on the wrapped line is found only where the page's wrapped lines are joined)
    assert {"Radu Ionescu", "Mihai Tudora", "Petre Dobrin", "Vasile Ciuc"} <= _persons(
        text, resources)


@pytest.mark.parametrize("line", ["To Comrades Gao Gang and Kim Il Sung:", "To Cde. FILIPPOV"])
def test_an_address_to_comrades_stays_one(line: str, resources) -> None:
    text = "\n".join(["Ciphered telegram", "", line, "", "I received your telegram of 3 May.",
                      "", "Mao Zedong"])
    assert text_facts(text, resources)["addressee"]


_RECORD = ["From the diary of P.K. Orlov", "", "SECRET", "Copy No. 2", "Ser. No. 41", "14 May 1963",
           "", "{form}",
           "with the Minister of Foreign Affairs", "of the Republic of Guinea,",
           "Comrade Louis Lansana Beavogui", "", "9 May 1963", "",
           "I visited Beavogui at his request. He spoke about the visit of the delegation."]


_TITLE = "Soviet Ambassador to Guinea P.K. Orlov, Memorandum of Conversation with L.L. Beavogui"


@pytest.mark.parametrize("form", ["Record of Conversation", "Record of Conference"])
@pytest.mark.parametrize("office", ["with the Minister of Foreign Affairs",
                                    "with the Minister of Foreign Affairs and Member of the "
                                    "Political Bureau of the Democratic Party of Guinea"])
@pytest.mark.parametrize("opening", [["Skip to content", "", "May 9, 1963", "", _TITLE, ""],
                                     ["May 9, 1963", _TITLE]], ids=["mirror", "compact"])
def test_the_interlocutor_under_a_record_heading_is_no_addressee(
        form: str, office: str, opening: list[str], resources) -> None:
    """Short heading lines stay the cable heading's registry lines; long ones are the
    message's heads, the name's line with them (`<head>Comrade ...`)."""
    lines = [office if line.startswith("with the") else line.format(form=form)
             for line in _RECORD]
    text = "\n".join([*opening, *lines])
    assert text_facts(text, resources)["addressee"] == []
    assert "Louis Lansana Beavogui" in _persons(text, resources)
    if form == "Record of Conference" and len(office) > 60:
        assert "<head>Comrade <persName" in text_xml(text, resources)


@pytest.mark.parametrize("text", [
    "Castro said that he will meet the president of Venezuela [Luis Herrera Campins] tomorrow.",
    "The visit of President Luis Herrera Campins to Havana was discussed.",
])
def test_the_venezuelan_president_is_in_the_register(text: str, resources) -> None:
    page = f"June 26, 1979\n\nRecord of Conversation with Fidel Castro\n\n{text}"
    assert "Luis Herrera Campins" in _persons(page, resources)
