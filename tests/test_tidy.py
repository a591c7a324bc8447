"""A folder's note that the last run left it tidy (tei/tidy.py): the next run walks it for
temporary files only when something was written into it since."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest

from tei import tidy
from tei.build import Layout, build
from tei.tidy import TIDY, note_tidy, remove_stale_unless_tidy, untouched

RAW = Path(__file__).resolve().parent.parent / "corpus" / "raw"
LEFT = ".page.html.abcd1234.tmp"  # as `atomic_write` names its temporary files


def site(tmp_path: Path) -> Path:
    for relative in ("documents", "search", "persons/old"):
        (tmp_path / relative).mkdir(parents=True)
        (tmp_path / relative / "a.html").write_text("a", encoding="utf-8")
    return tmp_path


def later() -> None:
    """Let the clock move on, so that a directory changed now gets another time."""
    time.sleep(0.02)


def test_a_noted_folder_is_untouched_until_something_is_written(tmp_path: Path) -> None:
    folder = site(tmp_path)
    assert not untouched(folder)
    note_tidy(folder)
    assert untouched(folder)
    later()
    (folder / "persons" / "old" / "a.html").write_text("changed in place", encoding="utf-8")
    assert untouched(folder)  # no directory changed: no file was created
    (folder / "persons" / "old" / LEFT).write_bytes(b"")
    assert not untouched(folder)
    remove_stale_unless_tidy(folder)
    assert not (folder / "persons" / "old" / LEFT).exists()


def test_a_temporary_file_in_a_new_folder_is_found(tmp_path: Path) -> None:
    folder = site(tmp_path)
    note_tidy(folder)
    later()
    (folder / "new" / "deeper").mkdir(parents=True)
    (folder / "new" / "deeper" / LEFT).write_bytes(b"")
    remove_stale_unless_tidy(folder)
    assert not (folder / "new" / "deeper" / LEFT).exists()


@pytest.mark.parametrize("change", ["added", "swapped"])
def test_folders_made_before_the_note_are_noted(tmp_path: Path, change: str) -> None:
    """Subfolders made or replaced by the run are in its note, even when their count is
    the one noted before (a folder removed, another made)."""
    folder = site(tmp_path)
    note_tidy(folder)
    later()
    if change == "swapped":
        shutil.rmtree(folder / "search")
    (folder / "added").mkdir()
    note_tidy(folder)
    assert untouched(folder)
    later()
    (folder / "added" / LEFT).write_bytes(b"")
    assert not untouched(folder)


def test_a_damaged_note_means_a_walk(tmp_path: Path) -> None:
    folder = site(tmp_path)
    (folder / "documents" / LEFT).write_bytes(b"")
    note_tidy(folder)
    (folder / TIDY).write_text('{"."', encoding="utf-8")
    remove_stale_unless_tidy(folder)
    assert not (folder / "documents" / LEFT).exists()


def test_an_unchanged_folder_is_noted_without_being_listed(tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    folder = site(tmp_path)
    note_tidy(folder)
    noted = (folder / TIDY).read_bytes()

    def no_listing(path: Path) -> None:
        raise AssertionError(f"{path} listed")

    monkeypatch.setattr(tidy.os, "scandir", no_listing)
    note_tidy(folder)
    assert (folder / TIDY).read_bytes() == noted and untouched(folder)


def test_a_build_walks_its_site_only_after_something_wrote_into_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    layout = Layout(tmp_path / "raw", tmp_path / "tei", tmp_path / "site", tmp_path / "text")
    shutil.copytree(RAW, layout.raw)
    assert build(layout).ok
    assert untouched(layout.site) and untouched(layout.text)
    later()
    (layout.site / "documents" / LEFT).write_bytes(b"<html")
    walked = []
    walk = tidy.remove_stale_temporaries
    monkeypatch.setattr(tidy, "remove_stale_temporaries",
                        lambda folder: walked.append(folder) or walk(folder))
    assert build(layout).ok
    assert walked == [layout.site] and not (layout.site / "documents" / LEFT).exists()
