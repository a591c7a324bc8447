"""The pattern tables are valid TEI and every example in them matches its own row."""

from __future__ import annotations

import functools
import os
import re
import string
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from tei.convert.patterns import load_patterns
from tei.convert.phrase_table import PhraseTable
from tei.convert.wordscreen import (
    ASCII_FOLDS,
    ascii_words,
    first_words,
    may_hold,
    word_alternation,
)
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


def _table_file(folder: Path, regex: str, example: str) -> None:
    (folder / "p.xml").write_text(
        '<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body>'
        f'<list xml:id="heading" type="patterns"><item n="x"><code lang="regex">{regex}</code>'
        f'<eg>{example}</eg></item></list>'
        '<list xml:id="months"><item n="1"><label>Jan.</label></item></list>'
        '</body></text></TEI>')


def _read(patterns) -> tuple:
    return ({name: [(r.name, r.source, r.examples, r.opening) for r in rows]
             for name, rows in patterns.regexes.items()}, patterns.labels, patterns.families)


def test_tables_read_from_the_cache_equal_tables_read_from_the_files(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    folder = ROOT / "corpus" / "patterns"
    first = load_patterns(folder)
    assert list((tmp_path / "cache" / "tei-telegrams").glob("patterns-*"))
    assert _read(load_patterns(folder)) == _read(first) == _read(PATTERNS)


def test_a_changed_table_is_read_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    _table_file(tmp_path, "^No", "No. 5")
    assert load_patterns(tmp_path).regexes["heading"][0].opening == \
        ((frozenset("N"), frozenset("o")),)
    _table_file(tmp_path, "(?i)^to", "TO")
    row = load_patterns(tmp_path).regexes["heading"][0]
    assert (row.source, row.opening, row.examples) == \
        ("(?i)^to", ((frozenset("Tt"), frozenset("Oo")),), ("TO",))
    assert row.regex.search("to") and load_patterns(tmp_path).labels["months"] == {"jan.": "1"}


def test_a_broken_regex_is_reported_on_every_load(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    _table_file(tmp_path, "(unclosed", "x")
    for _ in range(2):
        with pytest.raises(InputError):
            load_patterns(tmp_path)


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


def test_every_form_table_is_in_the_heading_family() -> None:
    from tei.convert.forms import _forms

    assert {form.table for form in _forms()} <= set(PATTERNS.families["heading"])


EXAMPLES = sorted({example for _, row in ROWS for example in row.examples})


@given(st.text(alphabet="JjUuNnEeAaMmRrCcHh. 5SsIiKk\u0130\u0131\u017f\u212aéÉ", max_size=10))
def test_a_grouped_alternation_matches_what_the_plain_one_does(text: str) -> None:
    words = ["january", "june", "jan", "march", "may", "mar", "Cde.", "cdes.", "sir", "Kim",
             "ich", "été"]
    grouped = re.compile(rf"(?i)(?:{word_alternation(words)})")
    plain = re.compile(rf"(?i)(?:{'|'.join(re.escape(w) for w in words)})")
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_the_ascii_folds_are_every_character_beyond_ascii_an_ascii_letter_matches() -> None:
    beyond = "".join(chr(c) for c in range(128, 0x110000) if not 0xD800 <= c < 0xE000)
    found = {letter: "".join(re.findall(f"(?i){letter}", beyond))
             for letter in string.ascii_lowercase}
    assert {letter: chars for letter, chars in found.items() if chars} == ASCII_FOLDS


_WORDS = ["Cde.", "mr", "Lieutenant General", "vice-minister", "chargé", "señor", "Gen."]


@given(st.lists(st.sampled_from(["Cde", "cde.", "CDE", "Mr", "mr.", "MRS", "lieutenant",
                                 "General", "vice", "-", "minister", "charg", "chargé", "se",
                                 "Señor", "gen", " ", ".", "x", "_", "2", "ſ", "\u0130"]),
                max_size=10).map("".join))
def test_a_text_without_the_first_words_has_no_word_of_the_alternation(text: str) -> None:
    regex = re.compile(rf"(?i)(?<![\w.])(?:{word_alternation(_WORDS)})(?!\w)")
    if regex.search(text):
        assert may_hold(ascii_words(text), first_words(_WORDS))


@given(st.text(alphabet=st.characters(max_codepoint=127)) | st.text())
def test_ascii_words_are_the_lowered_letter_runs_of_an_ascii_text(text: str) -> None:
    expected = set(re.findall(r"[a-z]+", text.lower())) if text.isascii() else None
    assert ascii_words(text) == expected


def test_first_words_cannot_be_told_for_a_word_that_opens_with_no_letter() -> None:
    assert first_words(["Mr", "'t Hooft"]) is None
    assert first_words(["Mr", "\u017fir"]) is None
    assert ascii_words("Señor X") is None
    assert may_hold({"the", "minister"}, frozenset({"mr"})) is False


@functools.cache
def _label_regex(label: str) -> re.Pattern[str]:
    """A label's own regex, compiled once (a table of thousands of labels would overflow
    `re`'s cache and compile each again for every text)."""
    return re.compile(rf"(?<!\w){re.escape(label)}(?!\w)")


def _phrases_one_regex_each(labels: list[tuple[str, str]], text: str) -> list[tuple]:
    """What `phrases` gives when each label is searched by its own regex."""
    folded = text.casefold()
    return [(found.start(), label, value) for label, value in labels
            if label in folded and (found := _label_regex(label).search(folded))]


_LABELS = [("top secret", "a"), ("secret", "b"), ("top", "c"), ("no.", "d"), ("[", "e"),
           ("é", "f"), ("", "g"), ("se", "h")]


@given(st.lists(st.sampled_from(["top", "secret", "Secret", "TOP", " ", "no.", "No", ".",
                                 "[", "é", "É", "x", "_", "se", "1", "ß"]),
                max_size=12).map("".join),
       st.sets(st.integers(0, len(_LABELS) - 1)))
def test_one_scan_finds_the_phrases_each_labels_regex_finds(text: str, chosen: set[int]) -> None:
    labels = [_LABELS[i] for i in sorted(chosen)]
    assert PhraseTable(labels).find(text.casefold()) == _phrases_one_regex_each(labels, text)


@pytest.mark.parametrize("table", sorted(PATTERNS.labels))
def test_every_label_table_finds_its_labels_in_its_examples(table: str) -> None:
    labels = list(PATTERNS.words(table).items())
    for text in [label for label, _ in labels] + [f"see {label}, then {label}" for label, _ in
                                                   labels] + EXAMPLES:
        assert PATTERNS.phrases(table, text) == _phrases_one_regex_each(labels, text), text


@pytest.mark.parametrize("table", sorted(PATTERNS.regexes))
def test_match_finds_the_first_row_that_matches_whatever_the_text_opens_with(
        table: str) -> None:
    """The rows passed over for a text's opening are never the first that matches, and
    `may_match` never rules out a text that one matches: over every table's examples, and
    the table's own after another word (where an anchored row must not match)."""
    rows = PATTERNS.rows(table)
    own = sorted({example for row in rows for example in row.examples})
    for text in EXAMPLES + [f"x {example}" for example in own] + ["", " ", "é", "“A"]:
        first = next((row.name for row in rows if row.regex.search(text)), None)
        found = PATTERNS.match(table, text)
        assert (found[0] if found else None) == first, text
        assert PATTERNS.may_match(table, text) or found is None, text


def test_a_phrase_scanner_is_the_same_regex_under_every_hash_seed() -> None:
    """Labels of one length in another order would make another regex in each process
    (the same matches, but a different program: no shared cache could hold it)."""
    script = ("from tei.convert.phrase_table import PhraseTable; "
              "print(PhraseTable([(w, '') for w in ['cable', 'draft', 'text', 'note', 'memo',"
              " 'letter', 'report', 'treaty', 'accord']]).scanner.pattern)")
    made = {subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                           check=True, env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout
            for seed in range(6)}
    assert len(made) == 1
