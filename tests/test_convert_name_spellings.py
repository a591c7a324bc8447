"""Name families: a German title with `ß` before a name (`Außenminister Baker`, in capitals
`AUSSENMINISTER BAKER`), and one local person named with and without diacritics
(`DROZNIAK`, `Edward DROŻNIAK`)."""

from __future__ import annotations

import re

from tei.convert import convert_text

_HEAD = "Vermerk\n\nBonn, den 4.5.1990\n\n"


def _refs(text: str, resources) -> list[tuple[str, str]]:
    xml = convert_text(text, "t", resources).xml.decode()
    body = xml[xml.index("<text"):]
    return re.findall(r'<persName ref="#([^"]+)">([^<]+)</persName>', body)


def test_a_title_with_eszett_names_the_person_after_it(resources) -> None:
    refs = _refs(_HEAD + "Heute empfing der Minister Außenminister Baker.\n", resources)
    assert ("per-james-baker", "Baker") in refs


def test_the_eszett_title_in_capitals_is_written_with_ss(resources) -> None:
    refs = _refs(_HEAD + "Heute empfing der Minister AUSSENMINISTER BAKER.\n", resources)
    assert ("per-james-baker", "BAKER") in refs


def test_german_titles_name_local_persons(resources) -> None:
    refs = _refs(_HEAD + "Ministerpräsident Tabaczek empfing Staatsminister Lörbach.\n",
                 resources)
    assert {name for _, name in refs} >= {"Tabaczek", "Lörbach"}


def test_a_surname_without_diacritics_then_the_full_name_is_one_person(resources) -> None:
    text = ("TELEGRAM FROM THE EMBASSY IN WASHINGTON (DROZNIAK), 5 JUNE 1963\n\n"
            "From: [Ambassador Edward] DROŻNIAK\n\n"
            "The State Department asked for our views.\n")
    ids = {ident for ident, name in _refs(text, resources) if "RO" in name.upper()}
    assert len(ids) == 1


def test_a_full_name_then_its_surname_without_diacritics_is_one_person(resources) -> None:
    text = _HEAD + ("Heute empfing der Minister Herrn Jerzy Sułek. Herr Sulek bat um den "
                    "Text.\n")
    ids = {ident for ident, name in _refs(text, resources) if "Su" in name}
    assert len(ids) == 1


def test_different_surnames_stay_different_persons(resources) -> None:
    text = _HEAD + "Herr Sulek und Herr Jerzy Sulik kamen.\n"
    ids = {ident for ident, name in _refs(text, resources) if "Sul" in name}
    assert len(ids) == 2


def test_mr_and_a_family_name_is_the_participant_listed_family_first(resources) -> None:
    text = ("Record of the meeting\n\nParticipants:\nCHOI Kyu-hah Assistant to the co-chairman\n"
            "PAK Seong-cheol Deputy Co-chairman\n\n"
            "PAK: I am glad to meet Mr. Choi again.\n")
    ids = {ident for ident, name in _refs(text, resources) if name.casefold().startswith("choi")}
    assert len(ids) == 1
