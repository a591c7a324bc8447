"""Regexes built from the code an earlier run cached: the same matchers, no parsing."""

from __future__ import annotations

import marshal
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tei import regex_cache
from tei.regex_cache import remembered

PATTERNS = [(r"(?P<day>\d{1,2}) (?P<month>[A-Z][a-z]+)", 0), (r"^ref[:.]?\s*(\w+)$", re.I),
            (r"(?x) a+ (?: b | c )* ", 0), ("[\u00c0-\u017f]+(?=\\W)", re.UNICODE)]


def compiled(folder: Path) -> list[re.Pattern[str]]:
    re.purge()  # not from re's own cache
    with remembered(folder):
        return [re.compile(pattern, flags) for pattern, flags in PATTERNS]


def test_a_later_run_builds_the_regexes_without_parsing_them(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = compiled(tmp_path)

    def unparsed(*args: object) -> None:
        raise AssertionError("parsed again")

    monkeypatch.setattr(re._parser, "parse", unparsed)  # type: ignore[attr-defined]
    again = compiled(tmp_path)
    for one, other in zip(first, again, strict=True):
        assert (other.pattern, other.flags, other.groups, other.groupindex) == (
            one.pattern, one.flags, one.groups, one.groupindex)
    assert again[0].match("12 March").groupdict() == {"day": "12", "month": "March"}
    assert again[1].match("REF. abc").group(1) == "abc"


@settings(max_examples=30, deadline=None)
@given(text=st.text(alphabet="aAbBcC12 :.refREF\u00e9\u00c0", max_size=30))
def test_cached_matchers_find_what_fresh_ones_find(tmp_path_factory: pytest.TempPathFactory,
                                                  text: str) -> None:
    folder = tmp_path_factory.mktemp("regex")
    compiled(folder)
    cached = compiled(folder)
    fresh = [re.compile(pattern, flags) for pattern, flags in PATTERNS]
    for one, other in zip(fresh, cached, strict=True):
        assert [m.span() for m in one.finditer(text)] == [m.span() for m in other.finditer(text)]


def test_a_broken_or_foreign_cache_only_costs_the_compile(tmp_path: Path) -> None:
    path = tmp_path / next(iter(_names(tmp_path)))
    path.write_bytes(b"not marshal")
    assert compiled(tmp_path)[0].match("3 May")
    path.write_bytes(marshal.dumps(("another engine", {(PATTERNS[0][0], 0): (0, [1], 0, {}, ())})))
    assert compiled(tmp_path)[0].match("3 May")
    path.write_bytes(marshal.dumps((regex_cache._ENGINE, {(PATTERNS[0][0], 0): (0, [1], 0, {},
                                                                                 ())})))
    assert compiled(tmp_path)[0].match("3 May")  # code the engine refuses: compiled again


def test_leaving_restores_re(tmp_path: Path) -> None:
    original = re._compiler.compile  # type: ignore[attr-defined]
    with remembered(tmp_path), remembered(tmp_path):
        assert re._compiler.compile is not original  # type: ignore[attr-defined]
    assert re._compiler.compile is original  # type: ignore[attr-defined]


def _names(folder: Path) -> list[str]:
    """The cache file's name, as the first run writes it."""
    compiled(folder)
    return [path.name for path in folder.iterdir()]
