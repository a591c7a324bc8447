"""Rules of misses41 beside the declension table (`test_convert_declension`).

- A despatch's `I am, sir, respectfully, your obedient servant,` (with `very respectfully`,
  `with great respect`, or no `sir`) is its close (salute), as `I have the honor to be, Sir,
  your obedient servant,` is, so the name under it is the signature.
- A Russian edition in Latin transliteration (`POSOL SHULENBURG -- RIBBENTROPU`, `Moskva,
  26 iyunya 1940 -- 0.59 Poluchena ...`, `No 1223 ot 25 iyunya`, `Srochno!`): the heading,
  the dateline with its receipt, the number and the handling marks read as the Cyrillic
  edition's; a line of capitals with a double hyphen and no office or dative is no heading.
"""

from __future__ import annotations

import re

import pytest

from tests.cases import text_facts, text_xml

_DESPATCH = ("Department of State,\nWashington, May 4, 1866.\n\nSir: Your despatch No. 12 has "
             "been received and its contents noted with satisfaction.\n\n{close}\n\n"
             "{name}\n")


@pytest.mark.parametrize("close", [
    "I am, sir, respectfully, your obedient servant,",
    "I am, Sir, very respectfully, your obedient servant,",
    "I am, sir, with great respect, your obedient servant,",
    "I am, respectfully, your obedient servant.",
    "I have the honor to be, Sir, your obedient servant,",
])
def test_i_am_sir_respectfully_is_the_close(close: str, resources) -> None:
    xml = text_xml(_DESPATCH.format(close=close, name="WILLIAM H. SEWARD."), resources)
    assert f"<salute>{close}</salute>" in xml
    assert re.search(r"<signed>.*Seward", xml, re.IGNORECASE)


@pytest.mark.parametrize("line", [
    "I am, sir, of the opinion that the treaty is void.",
    "I am, sir, respectfully informed that the vessel sailed.",
])
def test_a_sentence_opening_so_is_no_close(line: str, resources) -> None:
    xml = text_xml(_DESPATCH.format(close=line, name="The matter rests there."), resources)
    assert "<salute>I am" not in xml


_TRANSLITERATED = ("{heading}\n\nTelegramma\n\nMoskva, 3 iyulya 1940 -- 22.10 Poluchena 4 iyulya "
                   "1940 -- 2.30\n\nNo 1301 ot 3 iyulya\n\nSrochno!\n\nMolotov soobshchil mne "
                   "segodnya, chto otvet budet dan zavtra.\n\nSHULENBURG\n")


@pytest.mark.parametrize("heading, sender, addressee", [
    ("118. POSOL SHULENBURG -- RIBBENTROPU", "Friedrich-Werner von der Schulenburg",
     "Joachim von Ribbentrop"),
    ("SHULENBURG -- RIBBENTROPU", "Friedrich-Werner von der Schulenburg",
     "Joachim von Ribbentrop"),
])
def test_transliterated_russian_edition(heading: str, sender: str, addressee: str,
                                        resources) -> None:
    found = text_facts(_TRANSLITERATED.format(heading=heading), resources)
    assert found["sender"] == [sender]
    assert found["addressee"] == [addressee]
    assert found["date"] == "1940-07-03"
    assert found["date_received"] == "1940-07-04T02:30"
    assert found["telegram_number"] == "1301"
    assert found["doc_type"] == "telegram"


def test_capitals_with_a_double_hyphen_are_no_heading(resources) -> None:
    text = _TRANSLITERATED.format(heading="LONDON -- WASHINGTON")
    assert text_facts(text, resources)["addressee"] != ["Washington"]
