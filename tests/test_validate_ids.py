"""xml:id checks after parsing: NCNames (as libxml2 decides them) and duplicates."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from tei.validate.ids import ID_HOLDERS, id_problems, is_ncname

XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
ASCII = st.characters(min_codepoint=0x20, max_codepoint=0x7E)


def _libxml2_accepts(value: str) -> bool:
    """Whether libxml2 (as xmllint and our parser with ids collected) takes `value` as an
    xml:id: it reports "xml:id : attribute value ... is not an NCName" otherwise."""
    element = etree.Element("r")
    element.set(XML_ID, value)
    try:
        etree.fromstring(etree.tostring(element), etree.XMLParser(collect_ids=True))
    except etree.XMLSyntaxError as exc:
        assert "is not an NCName" in str(exc)
        return False
    return True


@given(st.text(alphabet=ASCII, max_size=6))
def test_ascii_ncnames_are_those_libxml2_accepts(value: str) -> None:
    # xml:id values are normalised before they are checked: outer spaces do not count
    assert is_ncname(value.strip(" ")) == _libxml2_accepts(value)


def test_names_beyond_ascii_follow_libxml2() -> None:
    assert [is_ncname(value) for value in ("brief-ü", "ü", "a·", "·a", "a\u0482", "a b")] == [
        True, True, True, False, False, False]


def test_every_occurrence_of_a_duplicate_and_every_malformed_id_is_a_problem() -> None:
    root = etree.fromstring('<r xml:id="a">\n<b xml:id="a"/>\n<c xml:id="1x"/><d xml:id="d"/></r>',
                            etree.XMLParser(collect_ids=False))
    found = [(p.element.tag, p.rule, p.message) for p in id_problems(root)]
    duplicate = 'xml:id "a" is used 2 times (lines 1, 2); every xml:id must be unique in the file'
    assert found == [
        ("c", "id-ncname", 'xml:id "1x" is not an NCName: an id starts with a letter or "_" and '
                           'holds only letters, digits, ".", "-" and "_" (no spaces, colons or '
                           "brackets)"),
        ("r", "id-unique", duplicate), ("b", "id-unique", duplicate)]
    assert root.get(XML_ID) == "a"


_ID_ATTRIBUTES = ({}, {XML_ID: "a"}, {"id": "a"}, {"{urn:x}id": "a"}, {XML_ID: "b", "n": "1"})


@given(st.lists(st.tuples(st.integers(min_value=0), st.sampled_from(_ID_ATTRIBUTES)),
                max_size=12), st.sampled_from(_ID_ATTRIBUTES))
def test_the_id_holders_are_the_elements_with_an_xml_id_in_document_order(
        placed: list[tuple[int, dict[str, str]]], root_attributes: dict[str, str]) -> None:
    elements = [etree.Element("r", root_attributes)]
    for parent, attributes in placed:
        elements.append(etree.SubElement(elements[parent % len(elements)], "e", attributes))
    root = elements[0]
    assert ID_HOLDERS(root) == root.xpath("descendant-or-self::*[@xml:id]")
