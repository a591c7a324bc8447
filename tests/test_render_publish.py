"""The TEI copy on the site is re-serialised, never copied: nothing a browser could run
survives, and a file that fails the grammar is not published at all."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from tei.render import render_edition
from tei.render.publish import clean_copy, tei_copy
from tei.xmlio import parse_bytes

FIXTURES = Path(__file__).parent / "fixtures" / "render"
CABLE = (FIXTURES / "r04_undated.xml").read_text(encoding="utf-8")
PARAGRAPH = "<p><persName"
SCRIPTS = ('<p><xhtml:script xmlns:xhtml="http://www.w3.org/1999/xhtml">alert("xhtml")'
           '</xhtml:script>before <svg:svg xmlns:svg="http://www.w3.org/2000/svg" '
           'onload="alert(\'svg\')"><svg:script>alert("svg")</svg:script></svg:svg>after '
           '<hi xmlns:h="http://www.w3.org/1999/xhtml" rend="italic" h:onclick="alert(1)">'
           'kept</hi></p>')


def hostile(text: str = SCRIPTS, before: str = PARAGRAPH) -> str:
    """The small cable with `text` inserted before its first paragraph."""
    assert before in CABLE
    return CABLE.replace(before, text + before, 1)


def copy_of(text: str) -> bytes:
    return clean_copy(parse_bytes(text.encode("utf-8"), "hostile.xml"))


def test_a_valid_file_is_published_unchanged() -> None:
    data = (FIXTURES / "r01_cable.xml").read_bytes()
    assert tei_copy(parse_bytes(data, "r01_cable.xml")) == data


def test_script_elements_and_foreign_attributes_are_dropped_text_kept() -> None:
    copy = copy_of(hostile())
    root = etree.fromstring(copy)
    assert {etree.QName(e).namespace for e in root.iter(etree.Element)} == {
        "http://www.tei-c.org/ns/1.0"}
    assert b"alert" not in copy and b"xhtml" not in copy and b"svg" not in copy
    assert b'<p>before after <hi rend="italic">kept</hi></p>' in copy


@pytest.mark.parametrize("foreign", [
    '<hi xmlns:h="http://www.w3.org/1999/xhtml" h:onclick="alert(1)">kept</hi>',
    '<hi xml:lang="en">kept<?evil alert(1)?></hi>',
    '<hi><xhtml:b xmlns:xhtml="http://www.w3.org/1999/xhtml">alert(1)</xhtml:b>kept</hi>'])
def test_one_foreign_attribute_element_or_instruction_alone_is_dropped(foreign: str) -> None:
    copy = copy_of(hostile(f"<p>{foreign}</p>"))
    assert b"alert" not in copy and b"kept</hi></p>" in copy


def test_only_our_xml_model_declaration_is_kept() -> None:
    stylesheet = '<?xml-stylesheet type="text/xsl" href="evil.xsl"?>\n'
    text = hostile("<?php echo 1; ?>", "<persName").replace("<TEI", stylesheet + "<TEI", 1)
    copy = copy_of(text)
    assert b"xml-stylesheet" not in copy and b"php" not in copy
    assert copy.splitlines()[:2] == [
        b'<?xml version="1.0" encoding="UTF-8"?>',
        b'<?xml-model href="../../../schemas/telegrams.rng" type="application/xml" '
        b'schematypens="http://relaxng.org/ns/structure/1.0"?>']


def test_a_processing_instruction_does_not_stop_publication() -> None:
    text = hostile("<?xml-stylesheet href='x.xsl'?>", "<persName")
    assert b"xml-stylesheet" not in tei_copy(parse_bytes(text.encode(), "pi.xml"))


def test_a_file_failing_the_grammar_is_rendered_but_not_published(tmp_path: Path) -> None:
    (tmp_path / "scripted.xml").write_text(hostile().replace("doc-r04_undated", "doc-scripted"))
    site = tmp_path / "site"
    result = render_edition([FIXTURES / "r04_undated.xml", tmp_path / "scripted.xml"], site,
                            None)
    assert [d.format() for d in result.diagnostics] == [
        f"{tmp_path / 'scripted.xml'}:1:1: warning: the TEI file is not published on the site "
        "(its page has no TEI download): it does not follow the edition's grammar; run "
        "`tei validate` on it for the details [render-unpublished]"]
    assert sorted(p.name for p in (site / "tei").iterdir()) == ["r04_undated.xml"]
    page = (site / "documents" / "scripted.html").read_text()
    assert "TEI P5 XML" not in page and "../tei/scripted.xml" not in page
    assert "TEI P5 XML" in (site / "documents" / "r04_undated.html").read_text()


def test_a_copy_published_earlier_is_withdrawn_when_the_file_breaks(tmp_path: Path) -> None:
    path, site = tmp_path / "r04_undated.xml", tmp_path / "site"
    path.write_text(CABLE)
    assert render_edition([path], site, None).diagnostics == []
    published = (site / "tei" / "r04_undated.xml").read_text()
    assert published.partition("<TEI")[1:] == CABLE.partition("<TEI")[1:]
    path.write_text(hostile())
    assert [d.rule for d in render_edition([path], site, None).diagnostics] == [
        "render-unpublished"]
    assert not (site / "tei" / "r04_undated.xml").exists()
