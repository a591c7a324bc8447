"""The plain-text edition of a test case keeps every word of its source's document text, in
order (the same definition of document text as tests/test_convert_words.py): the seeds, every
second case and every case with a known gap here (one stylesheet renders them all; the
converter's output of every case is checked by tests/test_convert_words.py)."""

from __future__ import annotations

import pytest
from lxml import etree

from tei.edition import Edition
from tei.render import Renderer, context_xml
from tests.cases import CASES, KNOWN_GAPS, Case, gap_param, xml_of
from tests.test_convert_words import document_words, first_missing, words


@pytest.fixture(scope="module")
def renderer() -> Renderer:
    return Renderer.shared()


@pytest.mark.parametrize("case", [
    gap_param(case, "rendered_words") for n, case in enumerate(CASES)
    if n < 5 or n % 2 or "rendered_words" in KNOWN_GAPS.get(case.stem, [])])
def test_text_edition_keeps_every_word_of_the_source(case: Case, resources,
                                                     renderer: Renderer) -> None:
    tree = etree.fromstring(xml_of(case, resources)).getroottree()
    text = renderer.text(renderer.load(tree, case.stem), context_xml(Edition()))
    reading = text.split("\n" + "-" * 72 + "\n", 1)[-1]
    source = document_words(case, resources.patterns)
    missing = first_missing(source, words(reading))
    assert missing is None, f"lost {source[missing]!r} after: {' '.join(source[:missing][-8:])}"
