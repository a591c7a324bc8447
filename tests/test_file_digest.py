"""Digests of files remembered by their sizes and times (tei.file_digest): the same value as
working it out, worked out again when a file changes, never remembered for a file changed
too lately to be trusted by its time."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from tei import conversion, file_digest
from tei.build import _inputs_fingerprint
from tei.conversion import Settings, resources_digest
from tei.file_digest import remembered
from tei.render import manifest


@pytest.fixture(autouse=True)
def _cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
           request: pytest.FixtureRequest) -> None:
    """A cache of the test's own; files written by the test trusted at once (their change
    time is now: it cannot be dated back), except where the test is about that."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    if "lately" not in request.node.name:
        monkeypatch.setattr(file_digest, "RACY_SECONDS", 0)


def _aged(path: Path, text: str, seconds: int = 60) -> None:
    """Write `text` into `path`, dated `seconds` ago."""
    path.write_text(text, encoding="utf-8")
    past = time.time_ns() - seconds * 10**9
    os.utime(path, ns=(past, past))


def _counting(paths: list[Path], calls: list[int]):
    def compute() -> str:
        calls.append(1)
        return manifest.digest("".join(p.read_text(encoding="utf-8") for p in paths))
    return compute


def test_an_unchanged_set_of_files_is_hashed_once(tmp_path: Path) -> None:
    paths = [tmp_path / "a.xml", tmp_path / "b.xml"]
    for number, path in enumerate(paths):
        _aged(path, f"<r n='{number}'/>")
    calls: list[int] = []
    first = remembered("test", paths, _counting(paths, calls))
    assert remembered("test", paths, _counting(paths, calls)) == first
    assert len(calls) == 1
    assert remembered("test", paths, _counting(paths, calls), "other part") == first
    assert len(calls) == 2  # other parts: another entry


@pytest.mark.parametrize("change", ["content", "missing", "added"])
def test_a_changed_file_is_hashed_again(tmp_path: Path, change: str) -> None:
    paths = [tmp_path / "a.xml", tmp_path / "b.xml"]
    for path in paths:
        _aged(path, "<r/>")
    calls: list[int] = []
    first = remembered("test", paths, _counting(paths, calls))
    if change == "content":
        _aged(paths[1], "<r>changed</r>", seconds=30)
    elif change == "missing":
        paths[1].unlink()
        paths = paths[:1]
    else:
        paths.append(tmp_path / "c.xml")
        _aged(paths[-1], "<c/>")
    again = remembered("test", paths, _counting(paths, calls))
    assert len(calls) == 2 and again != first


def test_a_file_changed_lately_is_never_remembered(tmp_path: Path) -> None:
    path = tmp_path / "a.xml"
    path.write_text("<r/>", encoding="utf-8")  # now: within RACY_SECONDS
    calls: list[int] = []
    for _ in range(2):
        remembered("test", [path], _counting([path], calls))
    assert len(calls) == 2 and file_digest.RACY_SECONDS > 0


def test_the_digests_remembered_are_the_digests_worked_out(tmp_path: Path) -> None:
    register, patterns = tmp_path / "register", tmp_path / "patterns"
    for folder in (register, patterns):
        folder.mkdir()
        _aged(folder / "a.xml", f"<{folder.name}/>")
    edition = tmp_path / "edition.toml"
    _aged(edition, '[edition]\ntitle = "T"\n')
    paths = [register / "a.xml", patterns / "a.xml", edition,
             *sorted(conversion._CONVERTER.rglob("*.py"))]
    for _ in range(2):
        assert resources_digest(register, patterns, edition) == conversion._digest(paths)
    settings = Settings(register=register, edition=edition)
    expected = manifest.digest("\0".join(f"{p.name}\0{manifest.digest(p.read_bytes())}"
                                         for p in (register / "a.xml", edition)))
    for _ in range(2):
        assert _inputs_fingerprint(settings) == expected
    fresh = manifest.fingerprint("context", "outputs")
    assert manifest.fingerprint("context", "outputs") == fresh
    assert manifest.fingerprint("context", "other outputs") != fresh
