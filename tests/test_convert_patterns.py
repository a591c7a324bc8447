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
            for row in resources.patterns.rows(table)}
    assert rows <= allowed, rows - allowed


def test_forms_are_chosen_by_their_evidence(resources) -> None:
    from tei.convert.context import Context
    from tei.convert.forms import choose
    from tei.convert.read import logical_lines

    def form_of(text: str) -> str | None:
        ctx = Context(resources, "x")
        resources.patterns.forget()
        form = choose(logical_lines(text), ctx)
        return form.name if form else None

    assert form_of("CIPHERED TELEGRAM No. 12\nCopy Nº 1 to Cde. Stalin\nIncoming Nº 5/1\n"
                   "Text.\n") == "soviet"
    assert form_of("SECRET\nO 071304Z FEB 74\nFM AMEMBASSY MOSCOW\nTO SECSTATE WASHDC\n"
                   "TAGS: PREL\n1. (C) Text.\n") == "us-cable"
    assert form_of("Cablegram 9 LONDON, 24 January 1938, 9.40 p.m.\nSECRET\nText.\n") == \
        "commonwealth"
    assert form_of("Dear Sir,\nI write to you.\nYours sincerely,\nJ. Smith\n") is None
    assert form_of("Sender: Sofia\nRecipient: Berlin – Mielke\nDear Comrade Mielke!\n") == \
        "east-bloc"
    first = resources.patterns.rows("heading")[0]
    assert first in resources.patterns.regexes["heading-east-bloc"]
    resources.patterns.forget()
