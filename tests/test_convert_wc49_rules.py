"""Rules from the wc49 sample of Wilson Center collections not sampled before (the Israel
State Archives' protocols among them), each tried on invented texts in more than one
layout of its family:

- a title naming a body's protocol by its number (`Protocol number 62 of the ... Committee`,
  `Protocol No. 14 of the Ministerial Committee ...`) makes a record of conversation, the
  number the protocol's own (no telegram's);
- an initial the translator spells out in parentheses before the surname (`D. (David)
  Hacohen`) is one person's name, looked up by the given names and the surname.
"""

from __future__ import annotations

import re

import pytest

from tei.convert.expanded_initials import expanded_initials
from tests.cases import text_facts, text_xml

PROTOCOL = (
    "Skip to content\n\n{date}\n\n{title}\n\n"
    "{number}\n{body}\nThat took place on {date}\n\n"
    "Committee Members:\n{members}\n\n"
    "Chairman {chair}: I am opening the meeting.\n"
)


@pytest.mark.parametrize("title,number,body", [
    ("Protocol number 62 of the Israeli Foreign Affairs and Defense Committee, Friday, "
     "May 26, 1967 at 4 pm, in The Kirya, Tel Aviv", "Protocol number 62",
     "From the Israeli Foreign Affairs and Defense Committee"),
    ("Protocol No. 14 of the Ministerial Committee for Security Affairs", "Protocol No. 14",
     "Of the Ministerial Committee for Security Affairs"),
])
def test_a_bodys_numbered_protocol_is_a_record_of_its_meeting(title: str, number: str,
                                                              body: str, resources) -> None:
    text = PROTOCOL.format(date="May 26, 1967", title=title, number=number, body=body,
                           members="D. (David) Hacohen - Chairman\nS. (Shimon) Peres",
                           chair="D. Hacohen")
    facts = text_facts(text, resources)
    assert facts["doc_type"] == "record of conversation"
    assert not facts["telegram_number"]


def test_a_greek_telegrams_protocol_number_stays_its_number(resources) -> None:
    """The Greek ministry's registration number on a telegram form is not a meeting's."""
    text = ("ΤΗΛΕΓΡΑΦΗΜΑ\nProtocol No. 4521\nFrom: Embassy Ankara\nTo: Ministry, Athens\n\n"
            "The Turkish Foreign Minister received me today.\n")
    assert text_facts(text, resources)["telegram_number"] == "4521"


@pytest.mark.parametrize("line,name,ref", [
    ("D. (David) Hacohen - Chairman", "D. (David) Hacohen", "per-david-hacohen"),
    ("M. (Menachem) Begin", "M. (Menachem) Begin", "per-menachem-begin"),
    ("H. (Haim-Moshe) Shapira - Minister of Internal Affairs", "H. (Haim-Moshe) Shapira",
     "per-haim-moshe-shapira"),
    ("As M. (Moshe) Dayan told the committee, we have no answer.", "M. (Moshe) Dayan",
     "per-moshe-dayan"),
])
def test_an_initial_spelled_out_in_parentheses_is_one_name(line: str, name: str, ref: str,
                                                           resources) -> None:
    text = PROTOCOL.format(date="May 26, 1967", title="Protocol number 62 of the Israeli "
                           "Foreign Affairs and Defense Committee", number="Protocol number 62",
                           body="From the Israeli Foreign Affairs and Defense Committee",
                           members=line, chair="D. Hacohen")
    xml = text_xml(text, resources)
    assert re.search(rf'<persName ref="#{ref}">{re.escape(name)}</persName>', xml)


@pytest.mark.parametrize("piece,found", [
    ("H. (Haim Yosef) Zadok", [(0, 21, "Haim Yosef Zadok")]),
    ("Z. (Zerach) Warhaftig - Minister of Religions", [(0, 21, "Zerach Warhaftig")]),
    ("M. (Haim) Cohen", []),  # the given name does not open with the initial
    ("the N. (north) wing", []),
    ("(Comrade Ambassador [Popa] did not mention it.)", []),
])
def test_expanded_initials_spans(piece: str, found: list[tuple[int, int, str]]) -> None:
    assert expanded_initials(piece) == found


REPORT = (
    "Skip to content\n\nSeptember 6, 1972\n\nReport from Szüts Pál, 'The visit'\n\n"
    "Produced in 3 copies for:\n\n- {listed}\n\n- Comrade Marjai\n\n- Department\n\n"
    "Subject: The visit\n\nOn 1972 September 6 I received the first secretary.\n"
)


@pytest.mark.parametrize("listed,other", [
    ("Comrade Kádár László", "Kádár László"),  # a Hungarian list's order: László Kádár
    ("Capt. Castro Núñez", "Castro Núñez"),  # a compound surname, accented
])
def test_a_register_surname_before_an_accented_name_is_another_persons(
        listed: str, other: str, resources) -> None:
    xml = text_xml(REPORT.format(listed=listed), resources)
    assert "per-janos-kadar" not in xml and "per-fidel-castro" not in xml
    assert re.search(rf'<persName ref="#per-[a-z-]+">{other}</persName>', xml)


def test_a_register_surname_alone_after_comrade_stays_the_registers(resources) -> None:
    xml = text_xml(REPORT.format(listed="Comrade Kádár"), resources)
    assert '<persName ref="#per-janos-kadar">Kádár</persName>' in xml


@pytest.mark.parametrize("text", [
    # a Polish ciphergram's point
    "Skip to content\n\nOctober 3, 1963\n\nSecret Telegram from Maneli (Saigon) to Spasowski "
    "(Warsaw)\n\nWhat struck me [while listening] to the [North] Vietnamese contemplation was "
    "the fact that they were ignoring the socialist camp.\n",
    # a Chinese embassy's cable
    "Skip to content\n\nMay 3, 1965\n\nCable from the Chinese Embassy in Vietnam\n\n[To] the "
    "Ministry of Foreign Affairs:\n\nThe [South] Vietnamese army retreated, and [Georgi] "
    "Bolshakov left.\n",
])
def test_a_point_of_the_compass_supplied_is_no_given_name(text: str, resources) -> None:
    xml = text_xml(text, resources)
    assert "Vietnamese</persName>" not in xml
    assert '<persName ref="#per-georgi-bolshakov">' in xml or "Bolshakov" not in text


@pytest.mark.parametrize("text,note", [
    # a current page, the summary cut off after the dateline and the hand's note
    ("Skip to content\n\nSeptember 6, 1972\n\nReport from Szüts Pál, 'The visit of Korean first "
     "secretary Kim Yun-gil'\n\nSubject: The visit of Korean first secretary Kim Yun-gil\n\n"
     "On 1972 September 6 I received Comrade Kim Yun-gil, the first secretary of the Korean "
     "embassy. The meeting was arranged upon our request.\n\nBudapest, 1972 September 6.\n\n"
     "[Handwritten note]: Comrade Marjai’s copy has been sent to Pyongyang.\n",
     "Handwritten note"),
    # a staging mirror, one line a block, the colon inside the bracket
    ("March 3, 1975\nReport from the Hungarian Embassy in Hanoi\nOn March 2 I visited the "
     "Soviet ambassador, who told me about the talks of the delegation in the capital.\n"
     "Hanoi, 3 March 1975.\n[Handwritten:] The copy for the Department has been sent on to "
     "Budapest.\n", "Handwritten:"),
])
def test_an_annotation_under_the_close_is_no_summary(text: str, note: str, resources) -> None:
    facts = text_facts(text, resources)
    assert not facts.get("summary")
    xml = text_xml(text, resources)
    body = xml[xml.find("<text"):]
    assert "copy" in body and note.rstrip(":") in body
    # the annotation is the copy's handling under the close: a registry line
    assert re.search(r'<ab type="registry" subtype="other"><supplied reason="description">'
                     rf'{re.escape(note)}</supplied>', body)
    assert "<dateline>" in body
