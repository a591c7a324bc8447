"""The fuzz run's word check (bench/fuzz_targets.py): what counts as a lost word."""

from __future__ import annotations

import unicodedata

from lxml import etree

from bench.fuzz_targets import dropped_by_rows, lost_words, tei_words
from tei.convert import Resources


def tei(body: str) -> etree._Element:
    return etree.fromstring(f'<TEI xmlns="http://www.tei-c.org/ns/1.0"><text>{body}</text></TEI>')


def test_a_word_missing_from_the_tei_is_lost() -> None:
    assert lost_words("the frontier was closed", tei_words(tei("<p>the was closed</p>"))) \
        == {"frontier"}


def test_a_word_cut_in_two_by_markup_is_kept() -> None:
    found = tei_words(tei('<p>Copy 1 to s<persName ref="#x">TALIN</persName></p>'))
    assert lost_words("Copy 1 to sTALIN", found) == set()


def test_a_decomposed_character_is_compared_as_the_converter_reads_it() -> None:
    source = unicodedata.normalize("NFD", "Kolář signed")  # r + combining caron splits \w+
    assert lost_words(source, tei_words(tei("<p>Kolář signed</p>"))) == set()


def test_words_are_found_in_attribute_values() -> None:
    found = tei_words(tei('<p>see note<note n="503"/></p>'))
    assert lost_words("see note 503", found) == set()


def test_an_invisible_character_that_splits_a_word_is_no_loss() -> None:
    source = "com\u200bmuni\ufeffcated to the Governments"  # the converter drops both
    assert lost_words(source, tei_words(tei("<p>communicated to the Governments</p>"))) \
        == set()


def test_a_footnote_marker_glued_to_a_word_is_a_marker() -> None:
    placed = tei_words(tei('<p>Bajpai<note place="foot" n="1">Sir G. S. Bajpai.</note> '
                           "called</p>"))
    literal = tei_words(tei("<p>Bajpai¹ called</p>"))
    assert lost_words("Bajpai¹ called", placed) == lost_words("Bajpai¹ called", literal) \
        == set()


def test_a_word_split_twice_and_joined_again_is_no_loss() -> None:
    source = "the American G[overn-\nment had ignored"  # stray bracket removed, hyphen joined
    assert lost_words(source, tei_words(tei("<p>the American Government had ignored</p>"))) \
        == set()


def test_rows_are_tried_on_the_lines_the_converter_reads(resources: Resources) -> None:
    source = "<b>Home</b> > Archive > Collections\n\nThe minister called.\n"
    assert words_of("home archive collections") <= dropped_by_rows(
        source, resources.patterns)
    assert "minister" not in dropped_by_rows(source, resources.patterns)


def words_of(text: str) -> set[str]:
    return set(text.split())


def test_caret_markers_and_stamp_labels_are_markup() -> None:
    found = tei_words(tei("<p>The 1st Division^1has taken up on the positio<stamp>SECRET"
                          "</stamp></p>"))
    assert lost_words("The 1st Division^1has taken up on the positio[Stamp: SECRET]",
                      found) == set()


def test_a_furniture_line_with_a_marker_in_it_is_dropped_whole(resources: Resources) -> None:
    source = "漠婥摯湧⁴漠䙩汩灰潶 漠婥摯湧 漠婥摯湧 漠婥\n\nThe minister called.\n"
    assert lost_words(source, tei_words(tei("<p>The minister called.</p>"))) <= \
        dropped_by_rows(source, resources.patterns)
