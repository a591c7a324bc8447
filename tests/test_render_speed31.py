"""speed31: the render's file writes handle paths as strings and look for a file once; a
search document is unpacked once for its three parts.

`output_files.write` is called for every file a render writes (some eleven a document); its path
objects and extra status calls cost more than the file operations themselves on a fast
disk. These tests hold the lean path to what the old one did: the same file, the same
containment, the same skipping of unchanged files, with fewer calls."""

from __future__ import annotations

import os
import zlib
from pathlib import Path

import pytest

from tei.diagnostics import InputError
from tei.render import output_files, search
from tei.render.search import SearchDocument, pack


def _counting(monkeypatch: pytest.MonkeyPatch, name: str) -> list[str]:
    """Record the paths `os.<name>` is called with from now on."""
    calls: list[str] = []
    original = getattr(os, name)

    def counted(path, *args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(os.fspath(path))
        return original(path, *args, **kwargs)

    monkeypatch.setattr(os, name, counted)
    return calls


def test_a_new_file_is_written_with_one_status_call(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    site = Path(os.path.realpath(tmp_path / "site"))
    (site / "persons").mkdir(parents=True)
    output_files.write(site, "persons/warm.html", b"warm")  # the folder's real path is kept
    stats = _counting(monkeypatch, "stat")
    written = output_files.write(site, "persons/p1.html", b"<p>one</p>")
    assert written == site / "persons" / "p1.html"
    assert written.read_bytes() == b"<p>one</p>"
    # The folder's status alone: a folder that is its own real path is not looked up
    # twice, and a file the containment check found missing is not looked for again.
    assert stats == [str(site)]


def test_an_unchanged_file_is_left_alone_and_a_changed_one_replaced(tmp_path: Path) -> None:
    site = tmp_path / "site"
    path = output_files.write(site, "documents/a.html", b"same")
    os.utime(path, (1, 1))
    assert output_files.write(site, "documents/a.html", b"same") == path
    assert path.stat().st_mtime == 1  # not written again
    output_files.write(site, "documents/a.html", b"other")
    assert path.read_bytes() == b"other"
    assert [p.name for p in path.parent.iterdir()] == ["a.html"]  # no temporary left


def test_the_lean_path_is_the_one_inside_gives(tmp_path: Path) -> None:
    site = tmp_path / "site"
    (site / "persons").mkdir(parents=True)
    (site / "persons" / "old.html").write_bytes(b"old")
    other = tmp_path / "elsewhere"
    other.mkdir()
    (site / "linked").symlink_to(site / "persons")
    (site / "out").symlink_to(other)
    for relative in ("persons/old.html", "persons/new.html", "new/deep/a.html",
                     "linked/b.html"):
        found, missing = output_files._target(site, relative, None)
        assert Path(found) == output_files.inside(site, relative) == Path(
            os.path.realpath(site / relative))
        assert missing == (not os.path.lexists(site / relative)
                           and not os.path.islink(site / relative.split("/")[0]))
    with pytest.raises(InputError, match="leads outside the output folder"):
        output_files.write(site, "out/c.html", b"c")
    assert not (other / "c.html").exists()


def test_a_copy_is_linked_by_its_string_path(tmp_path: Path) -> None:
    text = tmp_path / "text"
    original = output_files.write(text, "a.txt", b"text edition")
    copy = output_files.write(tmp_path / "site", "text/a.txt", b"text edition", copy_of=original)
    assert copy.read_bytes() == b"text edition"
    assert copy.stat().st_ino == original.stat().st_ino
    assert sorted(p.name for p in copy.parent.iterdir()) == ["a.txt"]


def _document(text: str) -> SearchDocument:
    packed = pack(text, [("Mao Zedong", "Mao Tse-tung")], {text.split()[0].lower(): 1})
    return SearchDocument("documents/a.html", "A", "", "", "1950", "", (), (), packed)


def test_a_documents_parts_are_unpacked_once(monkeypatch: pytest.MonkeyPatch) -> None:
    first, second = _document("Peking cable"), _document("Moscow letter")
    calls: list[int] = []
    original = zlib.decompress

    def counted(data: bytes) -> bytes:
        calls.append(len(data))
        return original(data)

    monkeypatch.setattr(search.zlib, "decompress", counted)
    for document, text in ((first, "Peking cable"), (second, "Moscow letter"),
                           (first, "Peking cable")):
        calls.clear()
        assert document.text == text
        assert document.names == (("Mao Zedong", "Mao Tse-tung"),)
        assert document.term_groups() == [(text[:2].lower(), f"{text.split()[0].lower()}:1")]
        assert len(calls) == 1  # the index asks for all three parts in turn
