"""Rules from the blind Wilson Center sample wc41 (collections no sample had used: South
Korean foreign ministry telegrams, a Romanian account of a Warsaw Pact meeting, a Soviet
ambassador's record from Angola, an Israeli handwritten note, an Albanian record of talks
with a Chinese delegation): a South Korean telegram form's file number (`File No.  : MAW -
0224`) is the telegram's number, its `Category :`, `CC (copy) :` and `Dae:` rows are heading
lines, and a form's label padded out to its colon (`To       :  Minister ...`) keeps its
value; the archive's summary is the prose line over the editors' caution (`Editor's note:
Because of the unique provenance ...`); a title's party named by its rank alone (`with
Official from ...`) is no person; a report on a meeting counted in a series (`Report on the
Second Meeting with ...`) is the record of the talks; Albanian towns in their definite forms
(`Vlora`, `Berati`) are places. Tried on invented texts in two layouts or more each."""

from __future__ import annotations

import re

import pytest

from tei.convert.read_cells import cells
from tests.cases import text_facts, text_xml

_FORM = ["Ministry of Foreign Affairs", "", "Receiving Telegram", "",
         "Category :                                                 ", "",
         "File No.  : JAW - 1207      Date :  051420                 ", "",
         "To       :  Minister of Foreign Affairs    CC (copy) :          ", "",
         "From    :  Ambassador to Japan                           ", "", " ", "",
         "Dae: AM - 0433", "", " ", "",
         "1. On May 4, 1979, I met Vice-Minister Takeda and explained our position on the "
         "talks with the North.", ""]
_MIRROR = ["Skip to content", "", "May 5, 1979", "",
           "Telegram to the Minister of Foreign Affairs from the Ambassador in Japan", "",
           "This document was made possible with support from Kyungnam University", "", *_FORM]
_COMPACT = ["May 5, 1979",
            "Telegram to the Minister of Foreign Affairs from the Ambassador in Japan",
            *[line for line in _FORM if line.strip()]]


@pytest.mark.parametrize("lines", [_MIRROR, _COMPACT], ids=["mirror", "compact"])
def test_a_korean_form_file_number_is_the_telegram_number(lines: list[str], resources) -> None:
    xml = text_xml("\n".join(lines), resources)
    assert text_facts("\n".join(lines), resources)["telegram_number"] == "JAW - 1207"
    assert 'subtype="addressee">To: Minister of Foreign Affairs<' in xml
    assert 'subtype="distribution">CC (copy) :<' in xml
    assert 'subtype="reference">Dae: AM - 0433<' in xml


@pytest.mark.parametrize("row", ["File No. : 711.612/66", "File No. 4(12)-EAD/59"])
def test_other_file_numbers_are_no_telegram_number(row: str, resources) -> None:
    text = "\n".join(["March 3, 1959", "Memorandum for the Secretary", row,
                      "The talks went on for three hours and ended without agreement."])
    assert text_facts(text, resources)["telegram_number"] is None


@pytest.mark.parametrize("row,label", [
    ("TO       :  Department of State", "TO: "),
    ("From     :  Ambassador to Japan    Copy :", "From: "),
])
def test_a_label_padded_out_to_its_colon_keeps_its_value(row: str, label: str, resources) -> None:
    found = cells(row)
    assert found[0].startswith(label) and ":" not in found[0][len(label):].rstrip(" :")


_SUMMARY = ("Written by an unknown author for an unknown reader, this note lists the "
            "points the ministry made to the visiting delegation in the spring of 1966.")
_NOTE = ("Editor's note: Because of the unique provenance of this document, it should be "
         "treated as unauthenticated and interpreted skeptically.")


@pytest.mark.parametrize("lines", [
    ["Skip to content", "", "April 2, 1966", "",
     "Undated, unsigned handwritten note on the visit", "",
     "We told them nothing new", "", "We agreed to one more visit", "", _SUMMARY, "",
     _NOTE, "", "Author(s):", "", "Related Documents"],
    ["April 2, 1966", "Undated, unsigned handwritten note on the visit",
     "We told them nothing new", "We agreed to one more visit", "[Illegible signature]",
     _SUMMARY, _NOTE, "Document Information"],
], ids=["current", "compact"])
def test_the_summary_stands_over_the_editors_note(lines: list[str], resources) -> None:
    text = "\n".join(lines)
    assert text_facts(text, resources)["summary"] == _SUMMARY
    assert "interpreted skeptically" in text_xml(text, resources)


@pytest.mark.parametrize("title", [
    "Soviet Ambassador to Mozambique, Memorandum of Conversation with Official from FRELIMO",
    "Record of Conversation with Officials of the Ministry of Foreign Affairs of Angola",
])
def test_a_party_named_by_rank_alone_is_no_person(title: str, resources) -> None:
    text = "\n".join(["July 3, 1979", title, "I received him at his request.",
                      "He spoke of the situation in the south of the country."])
    assert not re.search(r'<persName ref="[^"]*">Officials?<', text_xml(text, resources))


@pytest.mark.parametrize("title", [
    "Report on the Second Meeting with the Vietnamese Delegation to the Fifth Congress",
    "Report on the Third Meeting with Comrade Zhou Enlai",
])
def test_a_report_on_a_counted_meeting_is_a_record_of_talks(title: str, resources) -> None:
    text = "\n".join(["Skip to content", "", "March 2, 1962", "", title, "",
                      "The meeting was held at 10 AM.", "",
                      "Comrade Enver Hoxha: Welcome to Tirana.", "",
                      "Comrade Le Duan: Thank you."])
    assert text_facts(text, resources)["doc_type"] == "record of conversation"


@pytest.mark.parametrize("town,key", [("Vlora", "vlore"), ("Berati", "berat"),
                                      ("Durrës", "durres"), ("Korça", "korce")])
def test_albanian_towns_in_their_definite_forms_are_places(town: str, key: str,
                                                           resources) -> None:
    text = "\n".join(["March 2, 1962", "Report on the visit of the delegation",
                      f"After the congress the delegation visited {town} and the factories "
                      "there."])
    assert f'<placeName ref="#pla-{key}">{town}</placeName>' in text_xml(text, resources)
