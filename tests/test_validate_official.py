"""The tei-all layer: the shipped tei_all.rng, its grammar and its embedded Schematron."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from tei.validate import Layer, Options, Validator
from tei.validate.official import bundled_tei_all, load_embedded_rules
from tei.validate.official_rules import embedded_schematron
from tei.validate.schematron import SCH_NS, rules
from tests.conftest import best_validation_seconds

ROOT = Path(__file__).resolve().parent.parent
VALID = ROOT / "tests" / "fixtures" / "validate" / "valid" / "telegram.xml"


@pytest.fixture(autouse=True)
def private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))


def test_the_shipped_schema_is_the_official_tei_all() -> None:
    assert bundled_tei_all().read_bytes() == (ROOT / "tests" / "reference" /
                                             "tei_all.rng").read_bytes()


def test_every_embedded_rule_is_extracted_with_an_id_and_a_role() -> None:
    schema = etree.ElementTree(etree.fromstring(
        embedded_schematron(etree.parse(str(bundled_tei_all())))))
    assert len(schema.getroot().findall(f"{{{SCH_NS}}}pattern")) == 93
    found = rules(schema)
    assert len(found) == 103
    assert len({rule.id for rule in found}) == 103
    assert load_embedded_rules(bundled_tei_all()) is not None


def test_a_schema_without_embedded_rules_has_none() -> None:
    schema = etree.fromstring('<element xmlns="http://relaxng.org/ns/structure/1.0" '
                              'name="a"><empty/></element>')
    assert embedded_schematron(etree.ElementTree(schema)) is None


def test_the_embedded_rules_run_in_the_tei_all_layer(tmp_path: Path) -> None:
    """tei_all's own constraint: @when is not combined with @notBefore (a warning)."""
    path = tmp_path / "dated.xml"
    path.write_text(VALID.read_text(encoding="utf-8").replace(
        '<date when="1951-07-05">', '<date when="1951-07-05" notBefore="1951-07-01">', 1),
        encoding="utf-8")
    validator = Validator(Options((Layer.WF, Layer.TEI_ALL), bundled_tei_all()))
    report = validator.validate_file(path)
    assert [f.diagnostic.format() for f in report.findings] == [
        f"{path}:36:11: warning: The @when attribute cannot be used with any other "
        "att.datable.w3c attributes. [tei-all]"]


def _errors_document(folder: Path, paragraphs: int, per_paragraph: int) -> Path:
    """The telegram with paragraphs of `<foo/>` elements, each an error (not TEI)."""
    folder.mkdir(exist_ok=True)
    path = folder / "telegram.xml"
    extra = f"<p>{'<foo/>' * per_paragraph}</p>" * paragraphs
    path.write_text(VALID.read_text(encoding="utf-8").replace("<p>", extra + "<p>", 1),
                    encoding="utf-8")
    return path


@pytest.mark.parametrize(("small_shape", "large_shape"), [
    ((25, 200), (100, 200)),   # errors spread over paragraphs
    ((1, 4000), (1, 16000)),   # errors among very many siblings
])
def test_tei_all_error_collection_grows_linearly(tmp_path: Path, small_shape: tuple[int, int],
                                                 large_shape: tuple[int, int]) -> None:
    validator = Validator(Options((Layer.WF, Layer.TEI_ALL), bundled_tei_all()))
    small = _errors_document(tmp_path / "small", *small_shape)
    large = _errors_document(tmp_path / "large", *large_shape)
    validator.validate_file(small)  # fill the memo tables
    ratio = best_validation_seconds(validator, large) / best_validation_seconds(validator, small)
    assert ratio < 8, f"4x the errors took {ratio:.1f}x the time (quadratic: 16x)"
