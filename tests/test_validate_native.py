"""XPath's string functions, node paths and the root-id file stem, read without Saxon."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from tei.validate.dates import NotNative
from tei.validate.native import Document, file_stem, normalize_space, string_value, tokens
from tei.xmlio import parse_bytes


def test_only_xml_white_space_counts_as_space() -> None:
    assert normalize_space(" a\t\n b\u00a0c\u2028 ") == "a b\u00a0c\u2028"
    assert tokens("  #a\t#b\u00a0 ") == ["#a", "#b\u00a0"]
    assert tokens(" \n ") == []


@given(st.text(alphabet=" \t\n\r\u00a0\u2028ab"))
def test_normalize_space_is_xpaths_on_any_spacing(text: str) -> None:
    expected = etree.XPath("normalize-space($text)")(etree.Element("x"), text=text)
    assert normalize_space(text) == expected


@pytest.mark.parametrize("source", [
    "<a/>", "<a>t</a>", "<a><![CDATA[c]]></a>", "<a>t<!--x-->u</a>", "<a>t<?p x?>u</a>",
    "<a>t<b>u</b>v</a>", "<a><!--x--></a>", "<a><b/></a>",
])
def test_string_value_is_xpaths_with_or_without_children(source: str) -> None:
    element = etree.fromstring(f"<r>{source}tail</r>")[0]
    assert string_value(element) == element.xpath("string()")
    assert string_value(None) == ""


@pytest.mark.parametrize(("name", "stem"), [
    ("002 copy.xml", "002-copy"), ("brief-ü.xml", "brief-ü"), ("a:b.xml", "a-b"),
    ("x%41y.xml", "x-41y"), ("Ωmega (1).xml", "Ωmega-1-"), ("a.XML", "a.XML"),
])
def test_file_stems_follow_the_schemas_reading(tmp_path: Path, name: str, stem: str) -> None:
    assert file_stem(tmp_path / name) == stem


def test_paths_name_the_nodes_as_xpath_path_does() -> None:
    tree = parse_bytes(b'<a xmlns="urn:x"><b/><c/><b>t<!--x-->u<d/>v</b></a>', "x.xml")
    document = Document(tree, Path("x.xml"))
    second = tree.getroot()[2]
    assert document.path_of(second) == "/Q{urn:x}a[1]/Q{urn:x}b[2]"
    texts = second.xpath("text()")
    assert [document.text_path(text) for text in texts] == [
        f"/Q{{urn:x}}a[1]/Q{{urn:x}}b[2]/text()[{number}]" for number in (1, 2, 3)]
    assert document.attribute_path(second, "n") == "/Q{urn:x}a[1]/Q{urn:x}b[2]/@n"


@pytest.mark.parametrize("source", [
    '<a xml:id=" x"/>',          # Saxon trims xml:id values
    "<a><b\u00e9/></a>",           # a name Saxon's parser may refuse
    "<?\u00e9 x?><a/>",            # a processing instruction's too, before the root
    "<a><b><?\u00e9 x?></b></a>",  # or inside
])
def test_documents_only_saxon_reads_exactly_are_refused(source: str) -> None:
    tree = parse_bytes(source.encode(), "x.xml", collect_ids=False)
    with pytest.raises(NotNative):
        Document(tree, Path("x.xml"))
