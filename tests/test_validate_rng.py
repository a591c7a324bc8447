"""The pure-Python RELAX NG engine on small schemas: patterns, datatypes, recovery."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from tei.validate.rng.check import Checker, Kind
from tei.validate.rng.datatypes import allows
from tei.validate.rng.load import SchemaError, compile_grammar

RNG = 'xmlns="http://relaxng.org/ns/structure/1.0" ' \
      'datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes"'
SCHEMA = f"""<grammar {RNG}>
  <start><ref name="doc"/></start>
  <define name="doc"><element name="doc">
    <attribute name="id"><data type="NCName"/></attribute>
    <optional><attribute name="when"><data type="date"/></attribute></optional>
    <element name="head"><text/></element>
    <interleave>
      <zeroOrMore><element name="p"><ref name="inline"/></element></zeroOrMore>
      <optional><element name="note"><list><oneOrMore><data type="integer"/></oneOrMore></list>
      </element></optional>
    </interleave>
  </element></define>
  <define name="inline"><zeroOrMore><choice><text/><element name="hi">
    <attribute name="rend"><choice><value>bold</value><value>italic</value></choice></attribute>
    <ref name="inline"/></element></choice></zeroOrMore></define>
</grammar>"""


def errors(document: str) -> list[tuple[int, Kind]]:
    checker = Checker(compile_grammar(etree.ElementTree(etree.fromstring(SCHEMA))))
    return [(e.line, e.kind) for e in checker.check(etree.ElementTree(
        etree.fromstring(document)))]


def test_a_valid_document_has_no_errors() -> None:
    assert errors('<doc id="d1" when="1951-07-05"><head>T</head><note>1 2</note>'
                  '<p>a <hi rend="bold">b <hi rend="italic">c</hi></hi></p><p/></doc>') == []


def test_every_error_is_reported_once_and_checking_goes_on() -> None:
    document = ('<doc id="1d" when="1950-13-25">\n<p/>\n<head>T</head>\n<note>1 x</note>\n'
                '<p><hi>b</hi><b>c</b></p>\n<p>t<hi rend="bold" rend2="x"/></p>\n</doc>')
    assert errors(document) == [
        (1, Kind.VALUE), (1, Kind.VALUE), (2, Kind.ELEMENT), (3, Kind.ELEMENT), (4, Kind.TEXT),
        (5, Kind.MISSING_ATTRIBUTE), (5, Kind.ELEMENT), (6, Kind.ATTRIBUTE)]


def test_content_out_of_order_and_missing_content() -> None:
    """<p> before the required <head> is "not allowed yet" (the head is then taken as
    given); a <doc> without its <head> is incomplete at its end tag."""
    assert errors('<doc id="d">\n<p/>\n</doc>') == [(2, Kind.ELEMENT)]
    assert errors('<doc id="d">\n</doc>') == [(2, Kind.INCOMPLETE)]


def test_unsupported_schemas_are_refused() -> None:
    schema = f'<grammar {RNG}><include href="other.rng"/></grammar>'
    with pytest.raises(SchemaError, match="include"):
        compile_grammar(etree.ElementTree(etree.fromstring(schema)))


@pytest.mark.parametrize(("datatype", "value", "valid"), [
    ("date", "1951-02-28", True), ("date", "1951-02-30", False), ("date", "1950-13-25", False),
    ("gYear", "1951", True), ("anyURI", "#per-mao", True), ("anyURI", "[URL", False),
    ("anyURI", "1a:b", False), ("NCName", "[UUID]", False), ("nonNegativeInteger", "-1", False),
    ("boolean", "yes", False), ("language", "de-AT", True)])
def test_datatypes_follow_xml_schema_and_jing(datatype: str, value: str, valid: bool) -> None:
    assert allows(("xsd", datatype), (), value) is valid


@given(st.integers(min_value=-10**6, max_value=10**6))
def test_integer_facets_bound_values(number: int) -> None:
    params = (("minInclusive", "0"), ("maxInclusive", "100"))
    assert allows(("xsd", "integer"), params, str(number)) is (0 <= number <= 100)


def test_the_shipped_tei_all_is_read_in_well_under_a_second(tmp_path: Path) -> None:
    """A property of the form, not a timing: tei_all becomes a few thousand patterns."""
    from tei.validate.official import bundled_tei_all
    grammar = compile_grammar(etree.parse(str(bundled_tei_all())))
    assert 1_000 < len(grammar.nodes) < 20_000
    assert len(grammar.contents) == 594
