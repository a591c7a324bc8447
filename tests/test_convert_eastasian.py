"""East Asian names written family name first are persons in running text, in the
romanisations translations use, without a name position or a register entry."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from tei.convert import convert_text
from tei.convert.eastasian import east_asian_spans, family_first, is_given_name
from tests.tei_facts import xp


def _names(text: str, resources) -> list[str]:
    return [text[a:b] for a, b in east_asian_spans(text, resources.patterns)]


@pytest.mark.parametrize(("text", "names"), [
    ("Today Zhou Enlai and Pham Van Dong came to see me.", ["Zhou Enlai", "Pham Van Dong"]),
    ("Kim Il Sung invited me to his office.", ["Kim Il Sung"]),
    ("Chinese participants: Chen Yi, Qiao Guanhua", ["Chen Yi", "Qiao Guanhua"]),
    ("Le Duc Tho and Xuan Thuy met Kissinger.", ["Le Duc Tho", "Xuan Thuy"]),
    ("Chou En-lai said that Mao Tse-tung agreed.", ["Chou En-lai", "Mao Tse-tung"]),
    ("in the presence of Pak Hon-yong, tell him", ["Pak Hon-yong"]),
    ("Pak Hŏn-yŏng arrived", ["Pak Hŏn-yŏng"]),
    ("Mao Zedong’s telegram and Kim Jong Il's letter", ["Mao Zedong", "Kim Jong Il"]),
    ("Le camarade Nguyen Duy Trinh a déclaré", ["Nguyen Duy Trinh"]),
    ("Genosse Deng Xiaoping erklärte", ["Deng Xiaoping"]),
    ("el compañero Lee Sang-jo dijo", ["Lee Sang-jo"]),
])
def test_family_name_and_syllable_given_names_are_a_name(text: str, names: list[str],
                                                         resources) -> None:
    assert _names(text, resources) == names


@pytest.mark.parametrize("text", [
    "Le Monde wrote that the talks failed.",  # a family name that is a word needs two
    "He drove along Han River yesterday.",
    "in Kim Il Sung Square", "from Ho Chi Minh City", "Lee Harvey Oswald was arrested",
    "Chang Embassy", "Wang Government", "Kim said", "Li Party", "note [Lee Harvey]",
    "bombing near Dong Hoi", "the Sao Tang Pao reported", "the Executive Yuan Gazette",
])
def test_places_things_and_western_names_are_not_east_asian_names(text: str,
                                                                   resources) -> None:
    assert _names(text, resources) == []


@pytest.mark.parametrize("word", ["Enlai", "Il", "Sung", "Hon-yong", "Tse-tung", "Van",
                                  "Xiuquan", "Pengfei", "Thuy", "Chaek", "Dae-jung"])
def test_romanised_syllables_are_given_names(word: str) -> None:
    assert is_given_name(word)


@pytest.mark.parametrize("word", ["Embassy", "Government", "Said", "Oswald", "Street",
                                  "Minister", "ENLAI", "enlai", "Washingtonian", "Gazette"])
def test_other_words_are_not_given_names(word: str) -> None:
    assert not is_given_name(word)


@given(st.text(alphabet="Kim Zhou Le Enlai,.;-' \n", max_size=60))
def test_spans_are_ordered_and_inside_the_text(resources, text: str) -> None:
    spans = east_asian_spans(text, resources.patterns)
    assert all(0 <= a < b <= len(text) for a, b in spans)
    assert all(b1 <= a2 for (_, b1), (a2, _) in pairwise(spans))


def test_family_first_names_keep_their_family_name_as_surname(resources) -> None:
    assert family_first("Cheng Haoyun", resources.patterns)
    assert not family_first("Lee Oswald", resources.patterns)
    text = ("TELEGRAM\n\nBeijing, 4 May 1956\n\nToday Cheng Haoyun received me. Cheng said "
            "that Ri Tong-gun would come. Haoyun is a place.\n\nIVANOV\n")
    root = etree.fromstring(convert_text(text, "t", resources).xml)
    tagged = xp(root, "//tei:text//tei:persName/text()")
    assert {"Cheng Haoyun", "Ri Tong-gun", "Cheng"} <= set(tagged)
    assert "Haoyun" not in tagged


def test_one_name_spelled_two_ways_is_one_local_person(resources) -> None:
    text = ("TELEGRAM\n\nPyongyang, 4 May 1963\n\nVice Minister Kim Tae-hui [Kim Thae Hui] "
            "received the envoys.\n\nIVANOV\n")
    result = convert_text(text, "t", resources)
    root = etree.fromstring(result.xml)
    refs = set(xp(root, "//tei:text//tei:persName[starts-with(., 'Kim')]/@ref"))
    assert len(refs) == 1
    assert sum(w.rule == "unknown-name" and "Kim" in w.message for w in result.warnings) == 1
