"""The schema: the RELAX NG source, the XSD derived from it, and tei_all conformance."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest
import xmlschema
from lxml import etree
from typer.testing import CliRunner

from tei.cli import app
from tei.resources import schemas_dir
from tei.validate.derive import NOTICE, derive_xsd, stale
from tei.validate.schematron import rules

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "validate"
RNG_NS = {"r": "http://relaxng.org/ns/structure/1.0",
          "a": "http://relaxng.org/ns/compatibility/annotations/1.0"}
# Locally a missing trang skips these tests; in CI (.ci/run sets CI and installs trang) it fails.
needs_trang = pytest.mark.skipif(shutil.which("trang") is None and not os.environ.get("CI"),
                                 reason="trang is not installed (apt-get install trang)")


def _documents() -> list[Path]:
    """Every parseable fixture and the corpus."""
    folders = [FIXTURES / name for name in ("valid", "invalid", "grammar")]
    fixtures = sorted(p for folder in folders for p in folder.glob("*.xml"))
    return [*fixtures, *sorted((ROOT / "corpus" / "tei").glob("*.xml"))]


DOCUMENTS = _documents()


@pytest.fixture(scope="module")
def rng() -> etree.RelaxNG:
    return etree.RelaxNG(etree.parse(str(schemas_dir() / "telegrams.rng")))


@pytest.fixture(scope="module")
def xsd() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(schemas_dir() / "telegrams.xsd")))


@pytest.fixture(scope="module")
def pure_xsd() -> xmlschema.XMLSchema:
    return xmlschema.XMLSchema(str(schemas_dir() / "telegrams.xsd"))


def test_fixtures_cover_acceptance_and_rejection(rng: etree.RelaxNG) -> None:
    verdicts = {rng.validate(etree.parse(str(path))) for path in DOCUMENTS}
    assert verdicts == {True, False}


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_relax_ng_and_xsd_accept_and_reject_the_same_files(
        path: Path, rng: etree.RelaxNG, xsd: etree.XMLSchema,
        pure_xsd: xmlschema.XMLSchema) -> None:
    tree = etree.parse(str(path))
    verdict = rng.validate(tree)
    assert xsd.validate(tree) == verdict, xsd.error_log
    assert pure_xsd.is_valid(tree) == verdict


@needs_trang
def test_committed_xsd_is_what_trang_derives_from_the_relax_ng() -> None:
    assert stale(schemas_dir()) == []


@needs_trang
def test_schema_build_writes_the_xsd_with_a_notice(tmp_path: Path) -> None:
    shutil.copy(schemas_dir() / "telegrams.rng", tmp_path)
    result = CliRunner().invoke(app, ["schema", "build", "--schemas", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in tmp_path.glob("*.xsd")) == ["telegrams.xsd", "xml.xsd"]
    assert NOTICE in (tmp_path / "telegrams.xsd").read_bytes()
    assert (tmp_path / "telegrams.xsd").read_bytes() == derive_xsd(
        tmp_path / "telegrams.rng")["telegrams.xsd"]


@needs_trang
def test_schema_check_fails_on_a_stale_xsd(tmp_path: Path) -> None:
    shutil.copy(schemas_dir() / "telegrams.rng", tmp_path)
    (tmp_path / "telegrams.xsd").write_text("<stale/>")
    result = CliRunner().invoke(app, ["schema", "check", "--schemas", str(tmp_path)])
    assert result.exit_code == 1
    assert "out of date" in result.output
    assert "telegrams.xsd, xml.xsd" in result.output


def test_every_element_and_define_is_documented_for_editors() -> None:
    grammar = etree.parse(str(schemas_dir() / "telegrams.rng"))
    undocumented = [d.get("name") for d in grammar.xpath("//r:define", namespaces=RNG_NS)
                    if not d.xpath("a:documentation[normalize-space()]", namespaces=RNG_NS)]
    assert undocumented == []


def test_readme_documents_every_rule_id_with_its_severity() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("<!-- validate:start -->")[1].split("<!-- validate:end -->")[0]
    rows = dict(re.findall(r"^\| `([a-z-]+)` \| (error|warning) \|", section, re.MULTILINE))
    schema = etree.parse(str(schemas_dir() / "telegrams.sch"))
    assert rows == {rule.id: str(rule.severity) for rule in rules(schema)}


@pytest.mark.slow
def test_tei_all_accepts_every_file_our_schema_accepts(
        rng: etree.RelaxNG, tei_all: etree.RelaxNG) -> None:
    accepted = [path for path in DOCUMENTS if rng.validate(etree.parse(str(path)))]
    assert len(accepted) > len(list((FIXTURES / "valid").glob("*.xml")))
    rejected = {path.name: str(tei_all.error_log) for path in accepted
                if not tei_all.validate(etree.parse(str(path)))}
    assert rejected == {}
