"""The pattern tables are valid TEI and every example in them matches its own row."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from tei.convert.patterns import load_patterns
from tei.diagnostics import InputError

ROOT = Path(__file__).resolve().parent.parent
PATTERNS = load_patterns(ROOT / "corpus" / "patterns")
ROWS = [(table, row) for table, rows in PATTERNS.regexes.items() for row in rows]


@pytest.mark.parametrize(("table", "row"), ROWS, ids=lambda v: v if isinstance(v, str) else v.name)
def test_every_example_matches_its_row(table: str, row) -> None:
    assert row.examples, f"{table}/{row.name} has no example"
    for example in row.examples:
        assert row.regex.search(example), f"{table}/{row.name}: {example}"


def test_tables_the_converter_needs_exist() -> None:
    for table in ("heading", "processing", "boilerplate", "citation", "address", "salutation",
                  "valediction", "numbering", "footnotes", "title-shapes", "stamp-open"):
        assert PATTERNS.regexes.get(table), table
    for table in ("page-fields", "page-keyword-fields", "doc-types", "brackets", "months",
                  "languages", "honorifics", "embedded-types"):
        assert PATTERNS.labels.get(table), table


def test_pattern_files_are_valid_tei(tei_all) -> None:
    for path in sorted((ROOT / "corpus" / "patterns").glob("*.xml")):
        assert tei_all.validate(etree.parse(str(path))), path


def test_a_broken_regex_is_reported_with_its_line(tmp_path: Path) -> None:
    (tmp_path / "p.xml").write_text(
        '<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body>\n'
        '<list xml:id="heading" type="patterns"><item n="x">\n<code lang="regex">(unclosed</code>'
        '</item></list></body></text></TEI>')
    with pytest.raises(InputError) as found:
        load_patterns(tmp_path)
    assert found.value.diagnostic.line == 3
    assert "bad regular expression" in found.value.diagnostic.message


def test_every_registry_row_names_a_subtype_the_schema_allows(resources) -> None:
    from lxml import etree

    from tests.conftest import ROOT

    rng = etree.parse(str(ROOT / "schemas" / "telegrams.rng"))
    allowed = set(rng.xpath(
        "//r:define[@name='values.registryLine']//r:value/text()",
        namespaces={"r": "http://relaxng.org/ns/structure/1.0"}))
    rows = {row.name for table in ("heading", "processing")
            for row in resources.patterns.regexes[table]}
    assert rows <= allowed, rows - allowed
