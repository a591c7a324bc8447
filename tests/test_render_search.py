"""Folding and the search's view of a document (tei/render/search.py): the index and the
query fold alike, folding is idempotent, hyphenated compounds are found both ways, and the
facets come from the index record."""

from __future__ import annotations

import unicodedata
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from tei.render.search import (
    UNDATED,
    SearchDocument,
    fold,
    pack,
    reading,
    search_document,
    shard_key,
    term_counts,
    words,
)

TEXTS = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40)
WORDY = st.text(st.sampled_from("aAéÉıİßŉﬁ½ℌ-\u2010\u2011\u00ad\u0301 .,Ωω1"), max_size=30)


@given(st.one_of(TEXTS, WORDY))
def test_folding_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)


def _fold_whole(text: str) -> str:
    """Folding as the module defines it, each step over the whole text (search.js's way)."""
    for _ in range(3):
        step = unicodedata.normalize("NFKD", text.replace("\u00ad", ""))
        step = "".join(c for c in step if not unicodedata.category(c).startswith("M"))
        step = step.lower().replace("ß", "ss")
        if step == text:
            break
        text = step
    return text


@given(st.one_of(TEXTS, WORDY))
def test_folding_runs_of_non_ascii_alone_folds_the_whole_text(text: str) -> None:
    assert fold(text) == _fold_whole(text)


@given(st.one_of(TEXTS, WORDY))
def test_a_query_folds_like_the_index(text: str) -> None:
    """What a document's words are indexed as is what the same words find as a query."""
    assert words(fold(text)) == words(text)
    assert set(term_counts([text])) == set(words(text))


@given(st.lists(st.one_of(TEXTS, WORDY,
                         st.text(st.sampled_from("ab1_-\u2010\u2011 "), max_size=20)), max_size=4))
def test_term_counts_count_every_word_each_text_gives(texts: list[str]) -> None:
    """Counted per text in one sweep, the words are those `words` lists, as often."""
    assert term_counts(texts) == dict(sorted(Counter(w for t in texts for w in words(t)).items()))


@given(st.text(st.sampled_from("aAéÉèÈçÇñÑöÖøØßẞœŒ -"), max_size=30))
def test_case_does_not_matter(text: str) -> None:
    assert words(text.upper()) == words(text) == words(text.lower())


@given(st.lists(st.text("abcdé", min_size=1, max_size=6), min_size=2, max_size=4))
def test_a_compound_is_found_by_its_parts_and_by_the_parts_joined(parts: list[str]) -> None:
    compound = words("-".join(parts))
    assert compound[-1] == fold("".join(parts))
    assert compound[:-1] == [fold(part) for part in parts]
    assert words("\u2011".join(parts)) == compound


def test_words_fold_case_diacritics_and_soft_hyphens() -> None:
    assert words("Zhōu Ēnlái, CABLE Nº 21497!") == ["zhou", "enlai", "cable", "no", "21497"]
    assert words("cease-fire") == ["cease", "fire", "ceasefire"]
    assert words("cease\u00adfire Tsé-toung") == ["ceasefire", "tse", "toung", "tsetoung"]


RECORD = """<doc id="d" page="documents/d.html" sort="1951-07-05">
  <title>Ciphered Telegram, Mao to Filippov</title><date when="1951-07-05">5 July 1951</date>
  <from>Mao Zedong</from><to>Filippov [Stalin]</to><type>Telegram</type>
  <summary>On the  armistice.</summary>
  <entity kind="person" id="per-mao" roles="sender mentioned"><reg>Mao Zedong</reg>
    <variant label="Wade-Giles">Mao Tse-tung</variant></entity>
  <entity kind="person" id="per-stalin" roles="addressee"><reg>Joseph Stalin</reg>
    <pseudonym>Filippov</pseudonym></entity>
  <entity kind="place" id="pla-beijing" roles="sender sent-from"><reg>Beijing</reg></entity>
</doc>"""


def test_a_document_has_its_facets_names_and_compact_text() -> None:
    document = search_document("documents/d.html", etree.fromstring(RECORD),
                               "  The cease-fire\n  order.  ")
    assert (document.year, document.type) == ("1951", "Telegram")
    assert (document.senders, document.addressees) == (("Mao Zedong",), ("Joseph Stalin",))
    assert document.text == "The cease-fire order."
    assert document.summary == "On the armistice."
    assert document.names == (("Mao Zedong", "Mao Tse-tung"), ("Joseph Stalin", "Filippov"),
                              ("Beijing",))
    assert document.terms["ceasefire"] == 1
    assert document.terms["mao"] == 3  # title, regularised name, variant
    assert document.terms["tsetung"] == 1


def test_a_record_without_date_or_parties_is_undated_and_has_labels_or_nothing() -> None:
    record = etree.fromstring('<doc sort=""><title>T</title><from>Moscow office</from>'
                              "<to/></doc>")
    document = search_document("documents/x.html", record, "")
    assert (document.year, document.senders, document.addressees) == (
        UNDATED, ("Moscow office",), ())


NAMES = st.lists(st.lists(st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")),
                                  min_size=1, max_size=8), min_size=1, max_size=3), max_size=3)


@given(st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=60), NAMES)
def test_a_packed_document_gives_back_its_text_names_and_counts(text: str,
                                                               names: list[list[str]]) -> None:
    terms = term_counts([text, *(n for group in names for n in group)])
    document = SearchDocument("d.html", "", "", "", UNDATED, "", (), (), pack(text, names, terms))
    assert (document.text, document.terms) == (text, terms)
    assert document.names == tuple(tuple(group) for group in names)
    assert all(shard_key(word) == key for key, group in document.term_groups()
               for word in (item.rpartition(":")[0] for item in group.split()))


@pytest.mark.parametrize("lists", ["", '<listPerson><person><persName>Reg</persName></person>'
                                       '</listPerson><x:standOff><p>off</p></x:standOff>'])
def test_the_reading_is_the_text_with_breaks_as_spaces_without_registers_or_header(
        lists: str) -> None:
    tei = etree.fromstring(
        '<TEI xmlns="http://www.tei-c.org/ns/1.0" xmlns:x="urn:x"><teiHeader><p>header</p>'
        '</teiHeader><text><body><p>one<lb/>two<pb/>three<cb/>four<x:lb/>five<!-- c -->'
        f'<?pi x?><note>six</note></p>{lists}</body></text></TEI>')
    assert reading(tei) == "one two three fourfivesix"
