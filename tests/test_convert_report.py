"""The facts a converted file states about itself (tei.convert.report.read_facts)."""

from __future__ import annotations

from lxml import etree

from tei.convert import Resources, convert_text
from tei.convert.report import read_facts

PAGE = """Ciphered Telegram, Filippov [Stalin] to Mao Zedong

CIPHERED TELEGRAM No. 4417

To Comrade MAO ZEDONG.

We agree with your plan.

FILIPPOV [Stalin]
"""
TEI = "{http://www.tei-c.org/ns/1.0}"


def test_a_titles_identification_is_supplied_text_and_read_back_in_brackets(
        resources: Resources) -> None:
    root = etree.fromstring(convert_text(PAGE, "page", resources).xml)
    title = root.find(f".//{TEI}titleStmt/{TEI}title")
    assert [s.text for s in title.findall(f"{TEI}supplied")] == ["Stalin"]
    assert "".join(title.itertext()) == "Ciphered Telegram, Filippov Stalin to Mao Zedong"
    facts = read_facts(root)
    assert facts["title"]["value"] == "Ciphered Telegram, Filippov [Stalin] to Mao Zedong"
    assert facts["telegram"]["value"] == "4417"
