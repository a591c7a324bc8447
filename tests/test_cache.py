"""The on-disk cache (compiled schemas, the tables as read, apparatus pages): keyed by
content, written atomically, damaged entries built again."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path

import pytest

from tei import resources
from tei.cache import cache_dir, cached, cached_data, content_key
from tei.convert.patterns import load_patterns
from tei.validate import Layer, Options, iter_validate, official

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    return tmp_path / "tei-telegrams"


def test_entries_are_built_once_and_read_back(private_cache: Path) -> None:
    builds: list[int] = []
    key = content_key("demo", b"schema text")

    def build() -> bytes:
        builds.append(1)
        return b"compiled"

    assert cached(key, build) == cached(key, build) == b"compiled"
    assert builds == [1]
    assert cache_dir() == private_cache
    assert [p.name for p in private_cache.iterdir()] == [key]


def test_keys_follow_the_content() -> None:
    assert content_key("grammar", b"a", b"bc") != content_key("grammar", b"ab", b"c")
    assert content_key("grammar", b"a") == content_key("grammar", b"a")


def test_concurrent_writers_leave_one_whole_entry(private_cache: Path) -> None:
    key = content_key("demo", b"x")
    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(lambda n: cached(key, lambda: b"y" * 100_000), range(16)))
    assert set(results) == {b"y" * 100_000}
    assert [p.name for p in private_cache.iterdir()] == [key]


def test_data_entries_come_back_equal_and_are_built_once(private_cache: Path) -> None:
    builds: list[int] = []
    value = ({"a": [("x", "y", ("z",), frozenset({"w"}))]}, 1.5, None)

    def build() -> object:
        builds.append(1)
        return value

    key = content_key("data", b"source")
    assert cached_data(key, build) == cached_data(key, build) == value
    assert builds == [1]


@pytest.mark.parametrize("damage", [b"", b"garbage", b"\x00" * 40, b"\xe3" + b"\xff" * 200])
def test_a_damaged_data_entry_is_built_again_not_unmarshalled(private_cache: Path,
                                                              damage: bytes) -> None:
    key = content_key("data", b"source")
    cached_data(key, lambda: ("first",))
    (private_cache / key).write_bytes(damage)
    assert cached_data(key, lambda: ("again",)) == ("again",)
    assert cached_data(key, lambda: ("never",)) == ("again",)


def test_a_damaged_pattern_table_entry_costs_only_a_rebuild(private_cache: Path) -> None:
    """The converter's tables come back equal after their cache entry was overwritten."""
    first = load_patterns(resources.patterns_dir())
    for entry in private_cache.glob("patterns-*"):
        entry.write_bytes(b"\x00not marshal data" * 10)
    again = load_patterns(resources.patterns_dir())
    assert again.rows("classification") == first.rows("classification")


def test_an_unwritable_cache_only_costs_the_build(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    assert cached("k", lambda: b"v") == b"v"


def test_the_tei_all_grammar_comes_back_equal_from_the_cache(private_cache: Path) -> None:
    official.load_grammar.cache_clear()
    first = official.load_grammar(official.bundled_tei_all())
    official.load_grammar.cache_clear()
    second = official.load_grammar(official.bundled_tei_all())
    assert (first.nodes, first.contents, first.start) == (
        second.nodes, second.contents, second.start)
    assert len(list(private_cache.iterdir())) == 1


def test_a_damaged_grammar_entry_is_read_again(private_cache: Path) -> None:
    official.load_grammar.cache_clear()
    official.load_grammar(official.bundled_tei_all())
    [entry] = private_cache.iterdir()
    entry.write_bytes(b"damaged")
    official.load_grammar.cache_clear()
    assert len(official.load_grammar(official.bundled_tei_all()).contents) == 594


def test_a_parallel_tei_all_run_compiles_the_schema_once_before_its_workers_start(
        private_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    prepared: list[Path] = []
    monkeypatch.setattr(official, "prepare_cache", prepared.append)
    files = sorted((ROOT / "tests" / "fixtures" / "validate" / "valid").glob("*.xml"))[:2]
    options = Options((Layer.WF, Layer.TEI_ALL), official.bundled_tei_all(), jobs=2)
    assert len(list(iter_validate(files, options))) == 2
    assert prepared == [official.bundled_tei_all()]
    assert list(iter_validate(files, replace(options, jobs=1)))
    assert prepared == [official.bundled_tei_all()]  # a serial run compiles on first use


def test_preparing_the_cache_writes_the_grammar_and_the_embedded_rules(
        private_cache: Path) -> None:
    official.prepare_cache(official.bundled_tei_all())
    assert sorted(p.name.split("-")[0] for p in private_cache.iterdir()) == ["grammar", "rules"]


def test_preparing_the_cache_leaves_an_unusable_schema_to_the_workers(tmp_path: Path) -> None:
    broken = tmp_path / "broken.rng"
    broken.write_text("<grammar xmlns='http://relaxng.org/ns/structure/1.0'><start>")
    official.prepare_cache(broken)
    official.prepare_cache(tmp_path / "missing.rng")
