"""`tei build` and `tei convert` killed with SIGKILL at random moments: no half-written file,
no orphaned worker, and the next run gives exactly what a clean build gives."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tei.build import STAMPED_FILES
from tei.convert import hand_edited
from tests.cases import RAW
from tests.test_workspace import alive, wait_until

FOLDERS = ("tei", "site", "text")


def build_command(root: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "tei", "build", "--raw", str(root / "raw"), "--tei",
            str(root / "tei"), "--site", str(root / "site"), "--text", str(root / "text"),
            *extra]


def project(root: Path) -> Path:
    shutil.copytree(RAW, root / "raw")
    return root


def contents(root: Path) -> dict[str, bytes]:
    """Every output file by its path under `root`, but for the lock files."""
    return {str(p.relative_to(root)): p.read_bytes() for folder in FOLDERS
            for p in sorted((root / folder).rglob("*"))
            if p.is_file() and p.name != ".tei.lock" and p.name not in STAMPED_FILES}


def descendants(pid: int) -> set[int]:
    """The processes started by `pid`, and by them, and so on."""
    parents: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(stat.parent.name)] = int(fields[1])
    found, frontier = set(), {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def kill_after(command: list[str], seconds: float,
               ready: Callable[[], bool] = lambda: True) -> set[int]:
    """Start `command`, SIGKILL it (its workers are left alone) `seconds` after `ready()`
    holds; return the processes it had started."""
    run = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers: set[int] = set()
    deadline = None
    while run.poll() is None and (deadline is None or time.monotonic() < deadline):
        workers |= descendants(run.pid)
        if deadline is None and ready():
            deadline = time.monotonic() + seconds
        time.sleep(0.02)
    if run.poll() is None:
        os.kill(run.pid, signal.SIGKILL)
    run.wait()
    return workers


@pytest.fixture(scope="module")
def clean_build(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    root = project(tmp_path_factory.mktemp("clean"))
    subprocess.run(build_command(root), capture_output=True, timeout=300, check=True)
    return contents(root)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_killed_build_is_completed_by_the_next_build(tmp_path: Path, seed: int,
                                                       clean_build: dict[str, bytes]) -> None:
    root = project(tmp_path)
    jobs = ("-j", "2") if seed % 2 else ()
    workers = kill_after(build_command(root, *jobs), random.Random(seed).uniform(0.5, 5.0))
    assert wait_until(lambda: not any(alive(pid) for pid in workers)), "workers outlived it"
    (root / "tei").mkdir(exist_ok=True)
    (root / "tei" / ".000_eccd84356cefffd4.xml.left0ver.tmp").write_bytes(b"<TEI")
    subprocess.run(build_command(root), capture_output=True, timeout=300, check=True)
    assert contents(root) == clean_build
    assert not list(root.rglob("*.tmp"))


def test_a_killed_parallel_conversion_leaves_whole_files_and_no_workers(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    for n in range(60):
        shutil.copy(RAW / "000_eccd84356cefffd4.txt", raw / f"doc{n:02d}.txt")
    command = [sys.executable, "-m", "tei", "convert", str(raw), "-o", str(tmp_path / "tei"),
               "-j", "2", "-q"]
    workers = kill_after(command, 0.2, lambda: any((tmp_path / "tei").glob("*.xml")))
    assert len(workers) >= 2
    assert wait_until(lambda: not any(alive(pid) for pid in workers)), "workers outlived it"
    written = sorted((tmp_path / "tei").glob("*.xml"))
    assert len(written) < 60
    assert all(hand_edited(p.read_bytes()) is None for p in written)  # whole, sealed files
    run = subprocess.run(command, capture_output=True, timeout=300, check=True)
    assert f"{len(written)} unchanged" in run.stderr.decode()
    assert len(list((tmp_path / "tei").glob("*.xml"))) == 60
    assert not list((tmp_path / "tei").glob(".*.tmp"))


def test_an_unwritable_site_folder_is_a_diagnostic_not_an_internal_error(tmp_path: Path) -> None:
    root = project(tmp_path)
    (root / "site").write_text("a file where the site folder should be")
    run = subprocess.run(build_command(root), capture_output=True, timeout=300)
    err = run.stderr.decode()
    assert run.returncode == 1
    assert "site:1:1: error: cannot write the edition: it is a file, not a folder [io]" in err
    assert "internal error" not in err and ".tmp" not in err


def test_two_builds_at_once_give_what_one_clean_build_gives(tmp_path: Path,
                                                            clean_build: dict[str, bytes]) -> None:
    root = project(tmp_path)
    runs = [subprocess.Popen(build_command(root), stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE) for _ in range(2)]
    errors = [run.communicate(timeout=300)[1].decode() for run in runs]
    assert [run.returncode for run in runs] == [0, 0], errors
    assert contents(root) == clean_build
    assert sum("is in use by another run of tei; waiting" in e for e in errors) <= 1
