"""Telling persons of one surname apart (tei.convert.surnames)."""

from __future__ import annotations

import pytest
from lxml import etree

from tei.convert import convert_text
from tests.tei_facts import xp


@pytest.mark.parametrize("again", [
    "Ortiz Lomelí said that Mexico agreed.",
    "Later Ortiz Lomelí said that Mexico agreed.",
    "It was Ortiz Lomelí who agreed.",
])
def test_a_local_persons_full_name_met_again_is_one_name(again: str, resources) -> None:
    text = f"TELEGRAM\n\nPresident Ortiz Lomelí received the ambassador today.\n\n{again}\n"
    root = etree.fromstring(convert_text(text, "t", resources).xml)
    names = [" ".join(n.xpath("string()").split())
             for n in xp(root, "//tei:body//tei:persName[@ref='#per-ortiz-lomeli']")]
    assert names == ["Ortiz Lomelí", "Ortiz Lomelí"]
