"""The on-disk cache of compiled schemas: keyed by content, written atomically."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tei.validate import official
from tei.validate.cache import cache_dir, cached, content_key


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
