"""The validator's parts: the Schematron compiler, source positions, file selection, the
official TEI layer, and the corpus."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest
from lxml import etree
from typer.testing import CliRunner

from tei.cli import app
from tei.convert import Resources, convert_text
from tei.validate import Layer, Options, Outcome, Validator, validate_paths
from tei.validate.engine import _pool_context
from tei.validate.locate import SourceMap, resolve_path
from tei.validate.schematron import (
    SchematronError,
    SchematronRules,
    compile_schematron,
    saxon_processor,
)
from tei.validate.selection import is_tei_document, within
from tei.xmlio import decode_text, parse_bytes

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "validate"
TEI_ALL = ROOT / "tests" / "reference" / "tei_all.rng"
SCH = "http://purl.oclc.org/dsdl/schematron"


def schema(body: str, binding: str = "xslt2") -> etree._ElementTree:
    return etree.ElementTree(etree.fromstring(
        f'<schema xmlns="{SCH}" queryBinding="{binding}"><ns prefix="t" uri="urn:t"/>'
        f"{body}</schema>"))


def run_rules(tmp_path: Path, body: str, document: str) -> list[tuple[str, str, str, str]]:
    (tmp_path / "rules.sch").write_text(etree.tostring(schema(body), encoding="unicode"))
    path = tmp_path / "doc.xml"
    path.write_text(document)
    tree = parse_bytes(path.read_bytes(), str(path))
    found = SchematronRules(tmp_path / "rules.sch").check(tree, path)
    return [(f.rule, str(f.severity), f.path, f.message) for f in found]


def test_first_matching_rule_of_a_pattern_wins_and_patterns_are_independent(
        tmp_path: Path) -> None:
    body = """<pattern><rule context="t:a[@x]"><report id="first" test="true()">first
      <value-of select="@x"/></report></rule><rule context="t:a"><report id="second"
      test="true()">second</report></rule></pattern><pattern><rule context="t:a"><assert
      id="named" role="warning" test="false()">element <name/> in <name path=".."/></assert>
      </rule></pattern>"""
    found = run_rules(tmp_path, body, '<r xmlns="urn:t"><a x="1"/><a/></r>')
    first, second = "/Q{urn:t}r[1]/Q{urn:t}a[1]", "/Q{urn:t}r[1]/Q{urn:t}a[2]"
    assert found == [("first", "error", first, "first 1"), ("second", "error", second, "second"),
                     ("named", "warning", first, "element a in r"),
                     ("named", "warning", second, "element a in r")]


def test_lets_functions_and_keys_are_available_to_rules(tmp_path: Path) -> None:
    body = """<let name="limit" value="2"/><xsl:key xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
      name="k" match="t:a" use="@x"/><xsl:function xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
      xmlns:xs="http://www.w3.org/2001/XMLSchema" name="t:twice" as="xs:integer"><xsl:param
      name="n" as="xs:integer"/><xsl:sequence select="2 * $n"/></xsl:function><pattern><rule
      context="t:a"><let name="n" value="count(key('k', @x))"/><assert id="k" test="t:twice($n)
      le $limit">x="<value-of select="@x"/>" used <value-of select="$n"/> times</assert></rule>
      </pattern>"""
    found = run_rules(tmp_path, body, '<r xmlns="urn:t"><a x="1"/><a x="2"/><a x="2"/></r>')
    assert [message for *_, message in found] == ['x="2" used 2 times', 'x="2" used 2 times']


def test_rules_cannot_read_files_or_the_network(tmp_path: Path) -> None:
    body = """<pattern><rule context="/*"><report id="peek" test="true()"><value-of
      select="unparsed-text-available('/etc/passwd'), doc-available('file:///etc/hostname')"/>
      </report></rule></pattern>"""
    assert run_rules(tmp_path, body, '<r xmlns="urn:t"/>')[0][3] == "false false"


def test_saxon_refuses_doctype_declarations() -> None:
    SchematronRules(ROOT / "schemas" / "telegrams.sch")
    builder = saxon_processor().new_document_builder()
    with pytest.raises(Exception, match="DOCTYPE is disallowed"):
        builder.parse_xml(xml_text='<!DOCTYPE r [<!ENTITY e SYSTEM "/etc/passwd">]><r>&e;</r>')


@pytest.mark.parametrize(("body", "binding", "message"), [
    ("", "xslt", 'queryBinding must be "xslt2" or "xslt3"'),
    ('<pattern><rule context="*"><assert test="true()">x</assert></rule></pattern>', "xslt2",
     "every assert and report needs an @id"),
    ('<phase id="p"/>', "xslt2", "<phase> is not supported here"),
    ('<pattern abstract="true" id="a"/>', "xslt2", "<pattern> is not supported here"),
    ('<pattern><rule context="*"><assert id="a" test="1">x <diagnostics/></assert></rule>'
     "</pattern>", "xslt2", "<diagnostics> is not supported here"),
])
def test_unsupported_schematron_is_refused(body: str, binding: str, message: str) -> None:
    with pytest.raises(SchematronError, match=message):
        compile_schematron(schema(body, binding))


def test_source_map_finds_columns_of_elements_attributes_and_text() -> None:
    data = (b'<r xmlns="urn:t" xmlns:x="urn:x">\n  <a n="1"/><a\n   n="2">[t]<x:b/>tail</a>\n'
            b"</r>")
    tree = parse_bytes(data, "s.xml")
    source = SourceMap(data, tree)
    second = "/Q{urn:t}r[1]/Q{urn:t}a[2]"
    assert source.xpath(second) == (2, 13)
    assert source.xpath(second + "/@n") == (3, 4)
    assert source.xpath(second + "/text()[1]") == (2, 13)
    assert source.xpath(second + "/text()[2]") == (3, 13)
    assert source.xpath(second + "/Q{urn:x}b[1]") == (3, 13)
    assert resolve_path(tree.getroot(), "/Q{urn:t}r[1]/Q{urn:t}a[3]") is None


@pytest.mark.parametrize(("text", "tei"), [
    ('<?xml version="1.0"?>\n<!-- c <x> -->\n<tei:TEI xmlns:tei="http://www.tei-c.org/ns/1.0">',
     True),
    ('<listPerson xmlns="http://www.tei-c.org/ns/1.0"/>', True),
    ("<TEI/>", True),
    ('<!DOCTYPE r [<!ENTITY e "x">]><teiCorpus xmlns="urn:other">&e;</teiCorpus>', True),
    ("<<broken", True),
    ('<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion/></project>', False),
    ('<?xml version="1.0"?><testsuites name="tei validate"/>', False),
    (f'<!--{"x" * 600}--><TEI xmlns="http://www.tei-c.org/ns/1.0"/>', True),
    (f'<project xmlns="urn:other">{"x" * 600}<<broken<a>{"y" * 600}', True),
    (f'<project xmlns="urn:other">{"x" * 5000}<<broken<a>{"y" * 600}', False),
    ('<TEI xmlns="http://www.tei-c.org/ns/1.0"><<broken', True),
])
def test_a_file_is_tei_when_its_root_is_in_the_tei_namespace(tmp_path: Path, text: str,
                                                             tei: bool) -> None:
    path = tmp_path / "file.xml"
    path.write_text(text)
    assert is_tei_document(path) is tei


def test_within_keeps_the_paths_inside_the_scopes(tmp_path: Path) -> None:
    outside = tmp_path / "persons.xml"
    assert within([outside, FIXTURES / "valid" / "full.xml"], [FIXTURES]) == [
        FIXTURES / "valid" / "full.xml"]
    assert is_tei_document(FIXTURES / "wf" / "xxe-passwd.xml")


def test_an_unreadable_file_is_reported_and_the_other_files_still_checked() -> None:
    report = validate_paths([FIXTURES / "missing.xml", FIXTURES / "valid" / "full.xml"])
    missing, full = report.files
    assert report.unreadable and missing.unreadable and not full.findings
    assert missing.findings[0].diagnostic.rule == "io"
    assert missing.outcomes == {Layer.WF: Outcome.FAILED, Layer.GRAMMAR: Outcome.SKIPPED,
                                Layer.RULES: Outcome.SKIPPED}


def test_workers_fork_from_a_single_threaded_process_and_never_beside_a_thread() -> None:
    script = ("from tei.validate.engine import _pool_context; "
              "print(_pool_context().get_start_method())")
    alone = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                           check=True)
    assert alone.stdout.strip() == "fork"
    release = threading.Event()
    waiting = threading.Thread(target=release.wait)
    waiting.start()
    try:
        assert _pool_context().get_start_method() in ("forkserver", "spawn")
    finally:
        release.set()
        waiting.join()


def test_options_refuse_the_tei_all_layer_without_a_schema() -> None:
    with pytest.raises(ValueError, match="needs the path of an official TEI schema"):
        Options(layers=(Layer.WF, Layer.TEI_ALL))


@pytest.fixture(scope="module")
def official() -> Validator:
    """A validator with the official tei_all layer."""
    return Validator(Options(layers=(*Options().layers, Layer.TEI_ALL), tei_all=TEI_ALL))


@pytest.mark.slow
def test_tei_all_layer_reports_what_the_official_schema_refuses(official: Validator) -> None:
    assert official.validate_file(FIXTURES / "valid" / "full.xml").findings == ()
    report = official.validate_file(FIXTURES / "grammar" / "not-tei.xml")
    assert report.outcomes[Layer.TEI_ALL] is Outcome.FAILED
    assert [f.diagnostic.format() for f in report.findings if f.layer is Layer.TEI_ALL] == [
        f"{FIXTURES / 'grammar' / 'not-tei.xml'}:24:26: error: <signature> is not a TEI "
        "element (in this schema) [tei-all]"]


@pytest.mark.slow
def test_other_editions_check_only_official_conformance(official: Validator) -> None:
    """`--layers wf,tei-all`: <emph> is TEI, though not in our customisation."""
    result = CliRunner().invoke(app, [
        "validate", "--layers", "wf,tei-all", "--tei-all", str(TEI_ALL),
        str(FIXTURES / "grammar" / "unknown-element.xml")])
    assert result.exit_code == 0, result.stdout
    assert result.stdout == ("1 file checked (wf, tei-all): 1 valid, 0 invalid; 0 errors, "
                             "0 warnings\n")


@pytest.mark.slow
def test_the_converted_corpus_is_valid_on_every_layer(official: Validator,
                                                      resources: Resources) -> None:
    sources = sorted((ROOT / "corpus" / "raw").glob("*.txt"))
    assert sources
    for source in sources:
        xml = convert_text(decode_text(source.read_bytes()).text, source.stem, resources,
                           path=str(source)).xml
        report = official.validate_bytes(xml, Path("corpus/tei") / f"{source.stem}.xml")
        assert [f.diagnostic.format() for f in report.findings] == []


def test_our_ci_validates_the_committed_corpus() -> None:
    result = CliRunner().invoke(app, ["validate", "-j", "2", str(ROOT / "corpus" / "tei")])
    assert result.exit_code == 0, result.stdout
    assert ", 0 invalid; 0 errors" in result.stdout


def test_a_name_saxon_cannot_parse_is_one_finding_without_saxons_own_report(
        tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    # libxml2 reads U+D7FF as a name character (XML 1.0, fifth edition); Saxon's parser not.
    source = Path("corpus/tei").glob("*.xml").__next__().read_text(encoding="utf-8")
    mutated = source.replace("<placeName ref=", "<placeName sub\ud7ffty=\"x\" ref=", 1)
    path = tmp_path / "doc-x.xml"
    path.write_text(mutated, encoding="utf-8")
    findings = Validator().validate_file(path).findings
    rules = [f.diagnostic for f in findings if f.diagnostic.rule == "rules"]
    assert len(rules) == 1 and rules[0].message.startswith("the rules could not run: SXXP0003")
    assert "Error on line" not in capfd.readouterr().err
