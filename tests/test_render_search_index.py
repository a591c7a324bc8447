"""The sharded search index (tei/render/search_index.py): every term in exactly one shard,
the one its first letters name; postings that lead back to the documents; register aliases;
shard sizes fixed; the same files for the same documents."""

from __future__ import annotations

import json
from collections.abc import Iterator
from itertools import accumulate
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tei.render import render_edition, search_index
from tei.render.search import SearchDocument, pack, term_counts, words
from tei.render.search_index import (
    COUNT_CAP,
    MANIFEST,
    META_SIZE,
    TEXT_SIZE,
    aliases,
    index_files,
    shard_key,
)

FIXTURES = Path(__file__).parent / "fixtures" / "render"
TEXTS = st.text(st.sampled_from("abcéz019 -\u4e2d\u0436"), max_size=40)


def document(number: int, text: str, names: tuple[tuple[str, ...], ...] = ()) -> SearchDocument:
    return SearchDocument(f"documents/{number}.html", f"Title {number}", "", "", "1951",
                          "Telegram", ("Mao Zedong",), (), pack(text, names, term_counts([text])))


def data(script: str) -> object:
    return json.loads(script.partition("] = ")[2].removesuffix(";\n"))


def manifest(files: dict[str, str]) -> dict:
    return json.loads(files[MANIFEST].partition(" = ")[2].removesuffix(";\n"))


@given(st.lists(TEXTS, max_size=8))
def test_every_term_is_in_exactly_the_shard_its_key_names(texts: list[str]) -> None:
    files = dict(index_files([document(n, text) for n, text in enumerate(texts)]))
    keys = manifest(files)["terms"]
    placed: dict[str, str] = {}
    for key in keys:
        for term in data(files[f"search/terms-{key}.js"])["t"]:
            assert term not in placed and shard_key(term) == key
            placed[term] = key
    assert set(placed) == {word for text in texts for word in words(text)}


@given(st.lists(TEXTS, min_size=1, max_size=8))
def test_postings_lead_back_to_the_documents_with_their_counts(texts: list[str]) -> None:
    files = dict(index_files([document(n, text) for n, text in enumerate(texts)]))
    for key in manifest(files)["terms"]:
        for term, postings in data(files[f"search/terms-{key}.js"])["t"].items():
            assert COUNT_CAP + 1 == 8  # search.js decodes with 8
            found = dict(zip(accumulate(p // 8 for p in postings), (p % 8 for p in postings),
                             strict=True))
            assert found == {n: min(COUNT_CAP, term_counts([t])[term])
                             for n, t in enumerate(texts) if term in term_counts([t])}


@given(st.text("abcdéz", min_size=2, max_size=8), st.text("abcdéz", max_size=8))
def test_longer_words_share_the_shard_of_the_word_they_begin(word: str, rest: str) -> None:
    assert shard_key(word + rest) == shard_key(word)


def test_non_ascii_words_are_sharded_by_their_first_character() -> None:
    assert shard_key("\u4e2d\u56fd") == "u4e2d" and shard_key("жуков") == "u436"
    assert shard_key("a\u4e2d") == "a" and shard_key("1951") == "19"


def test_documents_and_texts_are_sharded_in_groups_of_a_fixed_size() -> None:
    count = META_SIZE + 1
    files = dict(index_files([document(n, "word") for n in range(count)]))
    metas = sorted(name for name in files if "/docs-" in name)
    texts = sorted(name for name in files if "/text-" in name)
    assert len(metas) == 2 and len(texts) == -(-count // TEXT_SIZE)
    assert len(data(files["search/docs-1.js"])) == 1
    assert data(files["search/text-0.js"])[0] == ["", "word"]
    assert manifest(files)["documents"] == count


def test_a_variant_finds_the_other_names_of_its_entry_only() -> None:
    mao = ("Mao Zedong", "Mao Tse-tung", "Chairman Mao")
    kim = ("Kim Il Sung", "Chairman Kim")
    found = aliases([mao, kim, mao])
    assert found["tsetung"] == found["tse"] == ["chairman", "zedong"]
    assert "tsetung" in found["zedong"] and "mao" not in found["zedong"]
    assert "chairman" not in found  # in the names of two entries
    assert "il" not in found and "kim" not in found  # too short; in every name


def test_aliases_are_stored_in_the_shard_of_their_word() -> None:
    files = dict(index_files([document(0, "Mao Zedong", (("Mao Zedong", "Mao Tse-tung"),))]))
    assert data(files["search/terms-ts.js"])["a"]["tsetung"] == ["zedong"]


def test_the_same_documents_give_the_same_files() -> None:
    documents = [document(n, f"text {n} cease-fire") for n in range(3)]
    assert list(index_files(documents)) == list(index_files(list(documents)))


def test_documents_are_read_one_at_a_time_and_shards_written_as_they_fill() -> None:
    taken: list[int] = []

    def documents() -> Iterator[SearchDocument]:
        for number in range(TEXT_SIZE + 1):
            taken.append(number)
            yield document(number, f"text {number}")
    files = index_files(documents())
    assert next(files)[0] == "search/text-0.js" and len(taken) == TEXT_SIZE
    assert dict(files) | {"search/text-0.js": ""} == dict(
        index_files(document(n, f"text {n}") for n in range(TEXT_SIZE + 1))) | {
        "search/text-0.js": ""}


def test_postings_spilled_to_disk_give_the_same_files(monkeypatch: pytest.MonkeyPatch) -> None:
    documents = [document(n, f"text {n} cease-fire {n % 3} zhōu") for n in range(40)]
    in_memory = list(index_files(documents))
    monkeypatch.setattr(search_index, "SPOOL_LIMIT", 5)
    assert list(index_files(documents)) == in_memory


def test_rendering_twice_writes_the_same_index_and_drops_stale_shards(tmp_path: Path) -> None:
    paths = sorted(FIXTURES.glob("*.xml"))
    site = tmp_path / "site"
    stale = site / "search" / "terms-qq.js"
    stale.parent.mkdir(parents=True)
    stale.write_text("stale", encoding="utf-8")
    render_edition(paths, site, None)
    first = {p.name: p.read_bytes() for p in (site / "search").iterdir()}
    render_edition(paths, tmp_path / "again", None)
    again = {p.name: p.read_bytes() for p in (tmp_path / "again" / "search").iterdir()}
    assert first == again and "terms-qq.js" not in first
