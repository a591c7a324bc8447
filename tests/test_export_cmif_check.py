"""`tei.export.cmif_check`: the CMIF rules in Python, each shown to fire on a broken file."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from lxml import etree

from tei.export.cmif_check import check_cmif, desc_is_clean
from tei.xmlio import NSMAP, XML_NS, parse_bytes

GOOD = b"""<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0">
  <teiHeader>
    <fileDesc>
      <titleStmt><title>T</title><editor>E</editor></titleStmt>
      <publicationStmt>
        <publisher>P</publisher>
        <idno type="url">https://x.org/cmif.xml</idno>
        <date when="2026-01-01"/>
        <availability><licence target="https://creativecommons.org/licenses/by/4.0/">CC BY
          </licence></availability>
      </publicationStmt>
      <sourceDesc>
        <bibl type="online" xml:id="f8558ae6-77d3-5dbe-abfa-42edcf0bc045">Ed</bibl>
      </sourceDesc>
    </fileDesc>
    <profileDesc>
      <correspDesc ref="https://x.org/a.html" source="#f8558ae6-77d3-5dbe-abfa-42edcf0bc045">
        <correspAction type="sent">
          <persName ref="http://www.wikidata.org/entity/Q5816">Mao Zedong</persName>
          <date when="1951-07-05"/>
        </correspAction>
        <correspAction type="received"><persName>Someone</persName></correspAction>
      </correspDesc>
    </profileDesc>
  </teiHeader>
  <text><body><p/></body></text>
</TEI>
"""


def good() -> etree._ElementTree:
    return parse_bytes(GOOD, "good.xml")


def first(tree: etree._ElementTree, xpath: str) -> etree._Element:
    return tree.find(xpath, NSMAP)


def remove(xpath: str) -> Callable[[etree._ElementTree], None]:
    def change(tree: etree._ElementTree) -> None:
        found = first(tree, xpath)
        found.getparent().remove(found)
    return change


def set_attribute(xpath: str, name: str, value: str) -> Callable[[etree._ElementTree], None]:
    def change(tree: etree._ElementTree) -> None:
        first(tree, xpath).set(name, value)
    return change


def test_a_good_file_passes() -> None:
    assert check_cmif(good(), "good.xml") == []


@pytest.mark.parametrize(("change", "rule"), [
    (remove(".//tei:correspAction[@type='sent']"), "E0001"),
    (remove(".//tei:correspAction[@type='received']"), "E0002"),
    (set_attribute(".//tei:correspDesc", "source", "#other"), "E0003"),
    (set_attribute(".//tei:correspAction/tei:date", "when", "1951-07-05T10:00:00"),
     "cmif-date"),
    (set_attribute(".//tei:correspAction/tei:date", "cert", "high"), "cmif-cert"),
    (set_attribute(".//tei:sourceDesc/tei:bibl", f"{{{XML_NS}}}id", "edition"), "W0001"),
    (set_attribute(".//tei:sourceDesc/tei:bibl", "type", "book"), "cmif-bibl"),
    (set_attribute(".//tei:correspAction", "type", "forwarded"), "cmif-action"),
    (set_attribute(".//tei:persName", "ref", "Q5816"), "cmif-uri"),
    (remove(".//tei:titleStmt/tei:editor"), "cmif-header"),
    (remove(".//tei:publicationStmt/tei:idno"), "cmif-header"),
    (remove(".//tei:publicationStmt/tei:date"), "cmif-header"),
    (remove(".//tei:licence"), "cmif-header"),
])
def test_each_rule_fires_on_its_breach(change: Callable[[etree._ElementTree], None],
                                       rule: str) -> None:
    tree = good()
    change(tree)
    assert rule in {d.rule for d in check_cmif(tree, "bad.xml")}


def test_a_date_without_a_dating_attribute_is_e0004_on_its_line() -> None:
    tree = good()
    del first(tree, ".//tei:correspAction/tei:date").attrib["when"]
    [finding] = check_cmif(tree, "bad.xml")
    assert (finding.rule, finding.line) == ("E0004", 21)
    assert finding.format().startswith("bad.xml:21:1: error: ")


def test_an_empty_action_and_markup_inside_a_name_are_errors() -> None:
    tree = good()
    for child in list(first(tree, ".//tei:correspAction[@type='received']")):
        child.getparent().remove(child)
    etree.SubElement(first(tree, ".//tei:persName"), "{http://www.tei-c.org/ns/1.0}hi")
    assert {d.rule for d in check_cmif(tree, "bad.xml")} == {"cmif-action", "cmif-name"}


def test_a_root_other_than_tei_is_refused() -> None:
    tree = parse_bytes(b"<x/>", "x.xml")
    assert [d.rule for d in check_cmif(tree, "x.xml")] == ["cmif-root"]


@pytest.mark.parametrize(("change", "rule"), [
    (remove(".//tei:correspAction[@type='received']"), "E0002"),
    (set_attribute(".//tei:correspDesc", "source", "#other"), "E0003"),
    (set_attribute(".//tei:correspAction/tei:date", "cert", "high"), "cmif-cert"),
    (set_attribute(".//tei:persName", "ref", "Q5816"), "cmif-uri"),
])
def test_a_correspdesc_known_clean_is_not_checked_again(
        change: Callable[[etree._ElementTree], None], rule: str) -> None:
    tree = good()
    desc = first(tree, ".//tei:correspDesc")
    assert desc_is_clean(desc, "f8558ae6-77d3-5dbe-abfa-42edcf0bc045")
    change(tree)
    assert not desc_is_clean(desc, "f8558ae6-77d3-5dbe-abfa-42edcf0bc045")
    assert rule in {d.rule for d in check_cmif(tree, "bad.xml", [False])}
    assert check_cmif(tree, "bad.xml", [True]) == []
    assert check_cmif(tree, "bad.xml") == check_cmif(tree, "bad.xml", [False])
