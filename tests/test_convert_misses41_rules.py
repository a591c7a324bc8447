"""Rules of misses41 beside the declension table (`test_convert_declension`).

- A despatch's `I am, sir, respectfully, your obedient servant,` (with `very respectfully`,
  `with great respect`, or no `sir`) is its close (salute), as `I have the honor to be, Sir,
  your obedient servant,` is, so the name under it is the signature.
"""

from __future__ import annotations

import re

import pytest

from tests.cases import text_xml

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
