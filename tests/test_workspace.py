"""Shared output folders: the lock between runs, temporary files of killed runs, and worker
processes that die with their parent."""

from __future__ import annotations

import fcntl
import gc
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path, PurePosixPath

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from tei.workspace import (
    LOCK_NAME,
    locked,
    rare_collections,
    remove_stale_temporaries,
    running,
    stem,
)
from tests.cases import RAW

CHILD = """
import multiprocessing, sys, time
from tei.workspace import die_with_parent

def worker():
    die_with_parent()
    time.sleep(60)

if __name__ == "__main__":
    child = multiprocessing.get_context("spawn").Process(target=worker)
    child.start()
    print(child.pid, flush=True)
    time.sleep(60)
"""


def alive(pid: int) -> bool:
    """True while `pid` runs (a zombie, or a process that has gone, is not alive)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def wait_until(condition: Callable[[], bool], seconds: float = 10.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


def test_temporaries_of_interrupted_writes_are_removed_and_nothing_else(tmp_path: Path) -> None:
    stale = [tmp_path / ".a.xml.k2j4_x9q.tmp", tmp_path / "sub" / ".index.html.abcdefgh.tmp"]
    kept = [tmp_path / "a.xml", tmp_path / "notes.tmp", tmp_path / ".b.xml.short.tmp",
            tmp_path / LOCK_NAME]
    for path in [*stale, *kept]:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"<half")
    assert remove_stale_temporaries(tmp_path) == sorted(stale)
    assert all(p.exists() for p in kept) and not any(p.exists() for p in stale)


def test_the_lock_is_taken_once_per_process_and_cleans_the_folder(tmp_path: Path) -> None:
    (tmp_path / ".x.xml.abcd1234.tmp").write_bytes(b"")
    with locked([tmp_path]), locked([tmp_path]):  # nested: no deadlock
        assert not (tmp_path / ".x.xml.abcd1234.tmp").exists()
        with open(tmp_path / LOCK_NAME, "a+b") as other:
            try:
                fcntl.flock(other, fcntl.LOCK_EX | fcntl.LOCK_NB)
                raise AssertionError("the folder was not locked")
            except BlockingIOError:
                pass
    with open(tmp_path / LOCK_NAME, "a+b") as other:
        fcntl.flock(other, fcntl.LOCK_EX | fcntl.LOCK_NB)  # released


def test_a_folder_that_cannot_hold_a_lock_is_used_unlocked(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with locked([blocker / "out"]):
        pass


def test_a_second_run_on_the_same_folder_waits_for_the_first(tmp_path: Path) -> None:
    out = tmp_path / "out"
    with locked([out]):
        run = subprocess.Popen([sys.executable, "-m", "tei", "convert", str(RAW), "-o", str(out),
                                "-q"], stderr=subprocess.PIPE)
        first = run.stderr.readline().decode()
        assert first == f"tei: {out} is in use by another run of tei; waiting for it to finish\n"
        time.sleep(1)
        assert run.poll() is None
        assert not list(out.glob("*.xml"))
    _, err = run.communicate(timeout=120)
    assert run.returncode == 0, err
    assert len(list(out.glob("*.xml"))) == 5


def test_a_worker_dies_when_its_parent_is_killed() -> None:
    parent = subprocess.Popen([sys.executable, "-c", CHILD], stdout=subprocess.PIPE, text=True)
    child = int(parent.stdout.readline())
    assert alive(child)
    os.kill(parent.pid, signal.SIGKILL)
    parent.wait()
    assert wait_until(lambda: not alive(child)), f"worker {child} outlived its parent"


def test_running_tells_a_live_process_from_one_that_has_ended() -> None:
    ended = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                           capture_output=True, text=True, check=True)
    assert running(os.getpid())
    assert not running(int(ended.stdout))


@given(st.text(alphabet=st.sampled_from("ab.x"), max_size=8))
def test_stem_is_what_pathlib_gives(name: str) -> None:
    assume(name not in ("", ".", ".."))
    assert stem(name) == PurePosixPath(name).stem


def test_rare_collections_raise_the_young_threshold_and_restore_it() -> None:
    before = gc.get_threshold()
    with pytest.raises(KeyError), rare_collections(12_345):
        assert gc.get_threshold() == (12_345, *before[1:])
        raise KeyError("a build that fails")
    assert gc.get_threshold() == before
