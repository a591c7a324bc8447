"""The converter's import-time regexes from one cache entry (`tei.convert.regex_bundle`,
speed23): the same patterns `re.compile` gives, `re.compile` itself back after the block,
the bundle holding exactly the patterns of the last import."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

import tei.convert  # noqa: F401 - its modules' patterns are checked below
from tei.cache import cache_dir, cached_data, content_key
from tei.convert.regex_bundle import bundled

SAMPLES = [(r"(?P<day>\d{1,2})\.(?P<month>[IVX]+)\.(\d{4})", 0),
           (r"^(?:from|to)\s*:\s*(.+)$", re.IGNORECASE | re.MULTILINE),
           (r"(?<![\w.])[A-Z]{2,}(?=\s)", 0),
           (r"[\u0400-\u04ff]+|\b\w+\b", re.UNICODE)]
TEXT = "FROM: MOSCOW 25.XII.1962 To: Washington Москва TASS said"


@pytest.fixture(autouse=True)
def _own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))


def _compiled() -> list[re.Pattern[str]]:
    with bundled("test"):
        return [re.compile(source, flags) for source, flags in SAMPLES]


def test_patterns_are_those_re_compile_gives_worked_out_and_read_back() -> None:
    for _ in range(2):  # worked out by re, then read from the bundle
        for pattern, (source, flags) in zip(_compiled(), SAMPLES, strict=True):
            plain = re.compile(source, flags)
            assert pattern == plain  # same source, flags and code words
            assert (pattern.groups, pattern.groupindex) == (plain.groups, plain.groupindex)
            assert [m.groups() for m in pattern.finditer(TEXT)] == [
                m.groups() for m in plain.finditer(TEXT)]
    assert any(cache_dir().glob("regexes-test-*"))


def test_re_compile_is_itself_again_after_the_block_even_when_it_fails() -> None:
    original = re.compile
    with pytest.raises(re.error), bundled("test"):
        re.compile("(unclosed")
    assert re.compile is original


def test_bytes_and_compiled_patterns_pass_through() -> None:
    ready = re.compile("x+")
    with bundled("test"):
        assert re.compile(ready) is ready
        assert re.compile(rb"\d+").pattern == rb"\d+"


def test_the_bundle_keeps_the_patterns_of_the_last_block_only() -> None:
    key = content_key("regexes-test", sys.version.encode())
    with bundled("test"):
        re.compile("old pattern")
    with bundled("test"):
        re.compile("new pattern")
    assert [source for (source, _), _ in cached_data(key, list)] == ["new pattern"]


def test_the_converters_module_patterns_are_re_compiles() -> None:
    checked = 0
    for name, module in list(sys.modules.items()):
        if not name.startswith("tei.convert"):
            continue
        for value in vars(module).values():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                plain = re.compile(value.pattern, value.flags)
                assert value == plain, (name, value.pattern)  # source, flags, code words
                assert value.groupindex == plain.groupindex, (name, value.pattern)
                checked += 1
    assert checked > 300
