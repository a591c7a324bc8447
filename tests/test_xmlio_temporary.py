"""`atomic_write`'s own temporary files (speed23): named as the sweep of a killed run knows
them, created exclusively (a name taken is passed over), mode 0644 whatever the umask, the
folder made when missing."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from tei import workspace, xmlio


def test_temporary_names_are_those_the_sweep_removes(tmp_path: Path) -> None:
    fd, name = xmlio._temporary(tmp_path / "page.html")
    os.close(fd)
    assert Path(name).parent == tmp_path
    assert workspace._TEMPORARY.match(Path(name).name)
    assert Path(name).name.startswith(".page.html.")


def test_a_taken_name_is_passed_over(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fd, first = xmlio._temporary(tmp_path / "page.html")
    os.close(fd)
    numbers = iter([0, 0, 1])  # the first number again, then another
    monkeypatch.setattr(xmlio, "_NUMBERS", numbers)
    monkeypatch.setattr(os, "getpid", lambda: 0)
    Path(tmp_path / ".page.html.00000000.tmp").write_bytes(b"left")
    fd, second = xmlio._temporary(tmp_path / "page.html")
    os.close(fd)
    assert Path(second).name == ".page.html.00000001.tmp" != Path(first).name
    assert (tmp_path / ".page.html.00000000.tmp").read_bytes() == b"left"


def test_written_file_is_0644_whatever_the_umask(tmp_path: Path) -> None:
    old = os.umask(0o077)
    try:
        xmlio.atomic_write(tmp_path / "a" / "b" / "page.html", b"page", durable=False)
    finally:
        os.umask(old)
    target = tmp_path / "a" / "b" / "page.html"
    assert target.read_bytes() == b"page"
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    assert [p.name for p in target.parent.iterdir()] == ["page.html"]


def test_a_long_write_is_whole(tmp_path: Path) -> None:
    data = os.urandom(3 << 20)
    xmlio.atomic_write(tmp_path / "big.bin", data)
    assert (tmp_path / "big.bin").read_bytes() == data


def test_a_file_in_place_of_the_folder_is_an_os_error(tmp_path: Path) -> None:
    (tmp_path / "site").write_bytes(b"")
    with pytest.raises(OSError):
        xmlio.atomic_write(tmp_path / "site" / "page.html", b"page", durable=False)
    assert list(tmp_path.iterdir()) == [tmp_path / "site"]


def test_a_folder_made_by_another_worker_meanwhile_is_written_into(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two render workers write into a new folder: one's open fails for want of it, the
    other makes it before the first looks. The first must then write, not fail."""
    real_open = os.open
    calls = []

    def open_after_the_other_made_the_folder(name: str, *args: int) -> int:
        calls.append(name)
        if len(calls) == 1:
            (tmp_path / "documents").mkdir()  # the other worker, meanwhile
            raise FileNotFoundError(2, "No such file or directory", name)
        return real_open(name, *args)

    monkeypatch.setattr(os, "open", open_after_the_other_made_the_folder)
    xmlio.atomic_write(tmp_path / "documents" / "page.html", b"page", durable=False)
    assert (tmp_path / "documents" / "page.html").read_bytes() == b"page"
    assert len(calls) == 2


def test_a_folder_that_keeps_vanishing_is_an_os_error_not_a_hang(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def never(name: str, *args: int) -> int:
        raise FileNotFoundError(2, "No such file or directory", name)

    monkeypatch.setattr(os, "open", never)
    with pytest.raises(FileNotFoundError):
        xmlio._temporary(tmp_path / "documents" / "page.html")
