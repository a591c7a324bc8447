"""Properties of the converter over generated and mutated texts (a bounded fuzz run in CI):
it raises nothing but our diagnostics, its output is valid against our schema and rules
and against tei_all, and the words of a message reach the TEI text in order."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from bench.fuzz_mutate import LABEL_LINES, ODD_CHARS, mutate_text
from tei.convert import Resources, convert_text
from tei.decoding import decode_text
from tei.diagnostics import InputError, Severity
from tei.validate import Validator
from tests.cases import RAW
from tests.conftest import FIXTURES
from tests.test_convert_words import first_missing, tei_words, words

SEEDS = [decode_text(p.read_bytes()).text for p in
         [*sorted(RAW.glob("*.txt")), *sorted((FIXTURES / "telegrams").glob("*.txt"))]]
BUDGET = settings(max_examples=40, deadline=None, derandomize=True,
                  suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
LINE = st.one_of(st.sampled_from(LABEL_LINES),
                 st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=60),
                 st.lists(st.sampled_from(ODD_CHARS)).map("".join))
WORD = st.text("abcdefghijklmnopqrstuvwxyz", min_size=3, max_size=9)
PARAGRAPH = st.lists(WORD, min_size=1, max_size=12).map(lambda w: " ".join(w) + ".")


@pytest.fixture(scope="module")
def validator() -> Validator:
    return Validator()


def check_valid(xml: bytes, validator: Validator, tei_all: etree.RelaxNG) -> None:
    report = validator.validate_bytes(xml, Path("generated.xml"))
    errors = [f.diagnostic.format() for f in report.findings if f.severity is Severity.ERROR]
    assert not errors, errors
    assert tei_all.validate(etree.fromstring(xml)), tei_all.error_log.filter_from_errors()[0]


def converted_or_refused(text: str, resources: Resources) -> bytes | None:
    try:
        return convert_text(text, "generated", resources, path="generated.txt").xml
    except InputError:
        return None


@BUDGET
@given(lines=st.lists(LINE, max_size=25))
def test_generated_lines_convert_to_valid_tei_or_a_diagnostic(lines: list[str], resources,
                                                              validator, tei_all) -> None:
    xml = converted_or_refused("\n".join(lines), resources)
    if xml is not None:
        check_valid(xml, validator, tei_all)


@BUDGET
@given(seed=st.integers(0, 2**32), source=st.sampled_from(range(len(SEEDS))))
def test_mutated_telegrams_convert_to_valid_tei_or_a_diagnostic(seed: int, source: int,
                                                                resources, validator,
                                                                tei_all) -> None:
    data = mutate_text(random.Random(seed), SEEDS[source], SEEDS)
    try:
        text = decode_text(data, "mutated.txt").text
    except InputError:
        return
    xml = converted_or_refused(text, resources)
    if xml is not None:
        check_valid(xml, validator, tei_all)


@BUDGET
@given(paragraphs=st.lists(PARAGRAPH, min_size=1, max_size=8))
def test_every_word_of_a_message_is_kept_in_order(paragraphs: list[str], resources) -> None:
    text = ("TELEGRAM\n\nMoscow, 12 July 1951\n\nTo the Ministry of Foreign Affairs\n\n"
            + "\n\n".join(paragraphs) + "\n\nVyshinsky\n")
    root = etree.fromstring(convert_text(text, "generated", resources).xml)
    expected = words(" ".join(paragraphs))
    missing = first_missing(expected, tei_words(root))
    assert missing is None, f"lost {expected[missing]!r}"
