"""Inline recognition: editorial brackets are read by meaning, in the languages archives
translate from as well as in English."""

from __future__ import annotations

import pytest
from lxml import etree

from tei.convert import convert_text
from tei.convert.name_surroundings import title_before
from tests.tei_facts import xp

ILLEGIBLE = ["Passage non déchiffré", "mot illisible", "unleserlich", "nicht entziffert",
             "неразборчиво", "не расшифровано", "ilegible", "no descifrado",
             "parola illeggibile", "non decifrato", "nečitelné", "nieczytelne",
             "two groups undeciphered", "2 grupos indescifrables", "3 groupes indéchiffrables",
             "2 gruppi indecifrabili", "mots illisibles"]
OMITTED = ["passage omis", "groupes manquants", "Auslassung", "2 Gruppen fehlen", "пропуск",
           "texto omitido", "grupos faltantes", "omissis", "gruppo mancante", "pominięto",
           "text missing in original"]


def _body(bracket: str, resources) -> etree._Element:
    text = ("TELEGRAM\n\nMoscow, 4 May 1956\n\nThe Minister received me and said that the "
            f"question {bracket} would be settled soon.\n\nKOVACS\n")
    return etree.fromstring(convert_text(text, "t", resources).xml)


@pytest.mark.parametrize(("phrase", "reason"), [(p, "illegible") for p in ILLEGIBLE]
                         + [(p, "omitted") for p in OMITTED])
def test_a_gap_is_read_by_its_meaning_in_any_language(phrase: str, reason: str,
                                                      resources) -> None:
    root = _body(f"[{phrase}]", resources)
    assert xp(root, "//tei:text//tei:gap/@reason") == [reason]
    assert xp(root, "//tei:text//tei:gap/tei:desc/text()") == [phrase]
    assert not xp(root, "//tei:text//tei:supplied")


@pytest.mark.parametrize("bracket", ["[Lausanne]", "[the Ministre]", "[Comité central]"])
def test_a_bracket_without_a_gap_phrase_is_no_gap(bracket: str, resources) -> None:
    root = _body(bracket, resources)
    assert not xp(root, "//tei:text//tei:gap")
    assert xp(root, "//tei:text//tei:supplied")


@pytest.mark.parametrize(("text", "title"), [
    ("met Secretary of State Rogers", "Secretary of State"),
    ("Under Secretary of State Ball", "Under Secretary of State"),
    ("told Minister for Foreign Affairs Casey", "Minister for Foreign Affairs"),
    ("Lord Privy Seal Deputy Prime Minister Casey", "Deputy Prime Minister"),  # three at most
    ("the talk of Rogers", ""),  # a connecting word alone is no title
    ("Assistant Secretary Parsons", "Assistant Secretary")])
def test_the_title_before_a_name_keeps_its_connecting_words(text: str, title: str) -> None:
    start = text.rindex(" ") + 1
    assert title_before(text, start, frozenset({"of", "for"})) == title


@pytest.mark.parametrize("line", ["For Amb Murphy, pass Gen Clark. Def concurs.",
                                  "Amb. Murphy met Gen. Clark. State concurs."])
def test_an_abbreviated_title_opens_a_name_that_a_sentence_end_closes(line: str,
                                                                      resources) -> None:
    """`Amb Murphy` in 1952: the register's ambassador then (Robert Murphy, in Tokyo; not
    Richard W. Murphy, ambassador from 1971: cables63); `Gen Clark. Def concurs`: the name
    ends with its sentence."""
    result = convert_text(f"Telegram\n\nTokyo, March 3, 1952\n\n{line}\n", "amb", resources)
    body = result.xml.split(b"<body>")[1]
    assert b'<persName ref="#per-robert-murphy">Murphy</persName>' in body
    assert b">Clark</persName>. " in body


@pytest.mark.parametrize(("line", "name"), [
    ("SUBJECT: Chancellor Hollweck's Views on the Treaty", "Hollweck"),
    ("We discussed Ambassador Ferrand’s Proposal at length.", "Ferrand")])
def test_a_possessive_ends_the_name_after_a_title(line: str, name: str, resources) -> None:
    """`Chancellor Hollweck's Views`: the name ends at the possessive (which stays outside
    the element, as after a register name); the word after it is none of it."""
    result = convert_text(f"Telegram\n\n{line}\n", "poss", resources)
    names = ["".join(n.itertext()) for n in xp(etree.fromstring(result.xml),
                                                  "//tei:body//tei:persName")]
    assert names == [name]
