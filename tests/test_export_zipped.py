"""Zips rebuilt from the previous zip: unchanged members copied compressed, same bytes."""

from __future__ import annotations

import io
import os
import zipfile
from collections.abc import Callable
from functools import partial
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tei.export import zipped
from tei.export.zipped import Member, write_zip, zip_info

DATE = "2026-03-01"


def members(folder: Path, log: list[str] | None = None) -> list[Member]:
    def read(path: Path) -> bytes:
        if log is not None:
            log.append(path.name)
        return path.read_bytes()
    return [Member(f"files/{path.name}", partial(read, path), path)
            for path in sorted(folder.glob("*.txt"))]


def sources(folder: Path, texts: dict[str, str]) -> None:
    folder.mkdir(exist_ok=True)
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")


def test_a_rebuild_compresses_only_the_changed_member_and_gives_the_same_bytes(
        tmp_path: Path) -> None:
    files = tmp_path / "files"
    sources(files, {f"{n}.txt": f"telegram {n} " * (n + 20) for n in range(5)})
    out = tmp_path / "out.zip"
    write_zip(out, members(files), DATE)
    changed = files / "2.txt"
    changed.write_text("revised " * 40, encoding="utf-8")
    read: list[str] = []
    write_zip(out, members(files, read), DATE)
    assert read == ["2.txt"]
    write_zip(tmp_path / "fresh.zip", members(files), DATE)
    assert out.read_bytes() == (tmp_path / "fresh.zip").read_bytes()
    with zipfile.ZipFile(out) as archive:
        assert archive.testzip() is None
        assert archive.read("files/2.txt") == changed.read_bytes()


def test_a_zip_replaced_behind_the_ledger_is_not_copied_from(tmp_path: Path) -> None:
    files = tmp_path / "files"
    sources(files, {"a.txt": "one", "b.txt": "two"})
    out = tmp_path / "out.zip"
    write_zip(out, members(files), DATE)
    out.write_bytes(b"not a zip")
    read: list[str] = []
    write_zip(out, members(files, read), DATE)
    assert read == ["a.txt", "b.txt"]
    with zipfile.ZipFile(out) as archive:
        assert archive.read("files/a.txt") == b"one"


def test_a_member_without_a_source_is_always_compressed_again(tmp_path: Path) -> None:
    out = tmp_path / "out.zip"
    write_zip(out, [Member("README.txt", lambda: b"first")], DATE)
    write_zip(out, [Member("README.txt", lambda: b"second")], DATE)
    with zipfile.ZipFile(out) as archive:
        assert archive.read("README.txt") == b"second"


@settings(max_examples=20, deadline=None)
@given(texts=st.lists(st.text(max_size=300), min_size=1, max_size=6),
       changes=st.sets(st.integers(0, 5)))
def test_any_rebuild_equals_a_zip_written_from_scratch(
        tmp_path_factory: pytest.TempPathFactory, texts: list[str], changes: set[int]) -> None:
    folder = tmp_path_factory.mktemp("zipped")
    files = folder / "files"
    sources(files, {f"{n}.txt": text for n, text in enumerate(texts)})
    out = folder / "out.zip"
    write_zip(out, members(files), DATE)
    for n in sorted(changes & set(range(len(texts)))):
        path = files / f"{n}.txt"
        path.write_text(texts[n] + "changed", encoding="utf-8")
        os.utime(path, ns=(1, path.stat().st_mtime_ns + 1))
    write_zip(out, members(files), DATE)
    write_zip(folder / "fresh.zip", members(files), DATE)
    assert out.read_bytes() == (folder / "fresh.zip").read_bytes()


def test_a_rebuild_with_another_date_copies_data_under_new_headers(tmp_path: Path) -> None:
    files = tmp_path / "files"
    sources(files, {f"{n}.txt": f"telegram {n} " * (n + 20) for n in range(4)})
    out = tmp_path / "out.zip"
    write_zip(out, members(files), DATE)
    read: list[str] = []
    write_zip(out, members(files, read), "2027-05-04")
    assert read == []
    write_zip(tmp_path / "fresh.zip", members(files), "2027-05-04")
    assert out.read_bytes() == (tmp_path / "fresh.zip").read_bytes()


@settings(max_examples=20, deadline=None)
@given(count=st.integers(1, 8), kept=st.sets(st.integers(0, 7)),
       removed=st.sets(st.integers(0, 7)), added=st.sets(st.integers(8, 10)))
def test_blocks_of_unchanged_members_around_changes_and_gaps_give_the_same_bytes(
        tmp_path_factory: pytest.TempPathFactory, count: int, kept: set[int],
        removed: set[int], added: set[int]) -> None:
    folder = tmp_path_factory.mktemp("blocks")
    files = folder / "files"
    sources(files, {f"{n}.txt": f"telegram {n} " * (n + 5) for n in range(count)})
    out = folder / "out.zip"
    write_zip(out, members(files), DATE)
    for n in range(count):
        path = files / f"{n}.txt"
        if n in removed:
            path.unlink()
        elif n not in kept:
            path.write_text(f"revised {n} " * 9, encoding="utf-8")
            os.utime(path, ns=(1, path.stat().st_mtime_ns + 1))
    sources(files, {f"{n}.txt": f"new {n} " * n for n in added})
    write_zip(out, members(files), DATE)
    write_zip(folder / "fresh.zip", members(files), DATE)
    assert out.read_bytes() == (folder / "fresh.zip").read_bytes()


def test_a_rebuild_reads_the_previous_zip_without_zipfile(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    files = tmp_path / "files"
    sources(files, {f"{n}.txt": f"telegram {n} " * (n + 20) for n in range(4)})
    out = tmp_path / "out.zip"
    write_zip(out, members(files), DATE)
    opened = zipfile.ZipFile

    def writing_only(file: object, mode: str = "r", *args: object, **kwargs: object) -> object:
        assert mode == "w", "the previous zip's directory was read"
        return opened(file, mode, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(zipfile, "ZipFile", writing_only)
    (files / "1.txt").write_text("revised " * 30, encoding="utf-8")
    read: list[str] = []
    write_zip(out, members(files, read), DATE)
    monkeypatch.undo()
    assert read == ["1.txt"]
    write_zip(tmp_path / "fresh.zip", members(files), DATE)
    assert out.read_bytes() == (tmp_path / "fresh.zip").read_bytes()


def zipfile_bytes(files: Path, date: str) -> bytes:
    """The zip of the files as `zipfile` alone writes it."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(files.glob("*.txt")):
            archive.writestr(zip_info(f"files/{path.name}", date), path.read_bytes())
    return buffer.getvalue()


def test_new_members_compressed_in_batches_give_the_bytes_of_zipfile(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(zipped, "_BATCH", 2)
    files = tmp_path / "files"
    sources(files, {f"{n}.txt": f"telegram {n} " * n for n in range(7)})
    out = tmp_path / "out.zip"
    write_zip(out, members(files), DATE)
    assert out.read_bytes() == zipfile_bytes(files, DATE)
    (files / "3.txt").write_text("revised " * 30, encoding="utf-8")
    write_zip(out, members(files), DATE)
    assert out.read_bytes() == zipfile_bytes(files, DATE)


def test_more_members_than_the_classic_end_record_counts_take_zip64_end_records(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(zipfile, "ZIP_FILECOUNT_LIMIT", 3)
    files = tmp_path / "files"
    sources(files, {f"{n}.txt": f"telegram {n} " * (n + 3) for n in range(6)})
    out = tmp_path / "out.zip"
    write_zip(out, members(files), DATE)
    assert out.read_bytes() == zipfile_bytes(files, DATE)
    (files / "4.txt").write_text("revised " * 30, encoding="utf-8")
    read: list[str] = []
    write_zip(out, members(files, read), DATE)
    assert read == ["4.txt"]  # the Zip64 directory was read: the others were copied
    assert out.read_bytes() == zipfile_bytes(files, DATE)


def test_a_zip_beyond_the_offsets_of_classic_records_is_written_by_zipfile(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(zipfile, "ZIP64_LIMIT", 200)
    files = tmp_path / "files"
    sources(files, {f"{n}.txt": f"telegram {n} " * (n + 3) for n in range(5)})
    out = tmp_path / "out.zip"
    write_zip(out, members(files), DATE)
    (files / "0.txt").write_text("revised " * 30, encoding="utf-8")
    write_zip(out, members(files), DATE)
    assert out.read_bytes() == zipfile_bytes(files, DATE)
    with zipfile.ZipFile(out) as archive:
        assert archive.read("files/0.txt") == (files / "0.txt").read_bytes()


def test_without_the_kernel_copy_blocks_are_copied_in_pieces(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def unsupported(*args: object) -> int:
        raise OSError(18, "Invalid cross-device link")

    files = tmp_path / "files"
    sources(files, {f"{n}.txt": f"telegram {n} " * (n + 20) for n in range(5)})
    out = tmp_path / "out.zip"
    write_zip(out, members(files), DATE)
    monkeypatch.setattr(os, "copy_file_range", unsupported)
    (files / "2.txt").write_text("revised " * 30, encoding="utf-8")
    write_zip(out, members(files), DATE)
    assert out.read_bytes() == zipfile_bytes(files, DATE)


def test_a_status_the_caller_took_stamps_its_member_without_another_stat(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    files = tmp_path / "files"
    sources(files, {"a.txt": "one", "b.txt": "two"})
    out = tmp_path / "out.zip"
    write_zip(out, members(files), DATE)
    statuses = {path.name: os.stat(path) for path in files.glob("*.txt")}
    taken: list[str] = []
    stat = os.stat

    def logged(path: object, *args: object, **kwargs: object) -> os.stat_result:
        taken.append(str(path))
        return stat(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(zipped.os, "stat", logged)
    given_status = [Member(m.name, m.read, m.source, statuses[m.source.name])
                    for m in members(files) if m.source is not None]
    read: list[str] = []
    write_zip(out, [Member(m.name, partial(_logged_read, read, m.read), m.source, m.status)
                    for m in given_status], DATE)
    assert not [name for name in taken if name.endswith(".txt")]
    assert read == []  # the statuses given match the ledger's: both members copied


def _logged_read(log: list[str], read: Callable[[], bytes]) -> bytes:
    log.append("read")
    return read()
