"""Regexes whose compiled programs come from the on-disk cache (tei.convert.compiled_regex)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tei.convert import compiled_regex
from tei.convert.compiled_regex import compile_cached

# named groups, a scoped flag, a set, a repeat and a lookbehind: an invented table row
SOURCE = r"(?i)^(?P<label>sent|rec(?:ei|ie)ved)\s*:?\s*(?P<when>\d{1,2}\.\d{1,2}\.)(?<!0\.)"


def test_a_cached_program_is_the_pattern_re_compiles(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    expected = re.compile(SOURCE, re.MULTILINE)
    first = compile_cached(SOURCE, re.MULTILINE)
    assert list((tmp_path / "tei-telegrams").glob("regex-*"))

    def parse_again(source: str, flags: int) -> tuple[object, ...]:
        raise AssertionError(f"{source} parsed again")

    monkeypatch.setattr(compiled_regex, "_program", parse_again)
    again = compile_cached(SOURCE, re.MULTILINE)
    for pattern in (first, again):
        assert pattern == expected  # same source, flags and code words
        assert (pattern.groupindex, pattern.groups) == (expected.groupindex, expected.groups)
        assert pattern.match("Received: 13.9.").group("when") == "13.9."


def test_another_flag_is_another_program(tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert compile_cached("^a.b", re.DOTALL).match("a\nb")
    assert not compile_cached("^a.b").match("a\nb")


def test_a_bad_regex_is_reported_as_re_reports_it(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    with pytest.raises(re.error):
        compile_cached("(unclosed")
