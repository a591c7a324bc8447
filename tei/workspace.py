"""Output folders that runs share: a lock so that two runs never interleave their writes,
removal of the temporary files a killed run left behind, and worker processes that die
with the run that started them."""

from __future__ import annotations

import fcntl
import gc
import os
import re
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import BinaryIO

LOCK_NAME = ".tei.lock"
OWNER_VARIABLE = "TEI_OWNER_PID"
# `atomic_write` writes `.<name>.<8 characters>.tmp`, then renames it.
_TEMPORARY = re.compile(r"^\..+\.[A-Za-z0-9_]{8}\.tmp$")
_PARENT_POLL = 0.2
_held: set[Path] = set()  # folders this process has locked (a nested run goes straight on)


@contextmanager
def locked(folders: list[Path]) -> Iterator[None]:
    """Hold the lock of every folder (in the order given); wait while another run holds one,
    saying so on stderr. Temporary files a killed run left are removed once the
    lock is held. A folder that cannot be created or locked (read-only, no permission) is
    used unlocked: writing into it fails per file, with a diagnostic."""
    with ExitStack() as stack:
        for folder in folders:
            key = folder.resolve()
            handle = None if key in _held else _open_lock(folder)
            if handle is None:
                continue
            stack.callback(handle.close)
            stack.callback(_held.discard, key)
            _held.add(key)
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                print(f"tei: {folder} is in use by another run of tei; waiting for it to "
                      "finish", file=sys.stderr, flush=True)
                fcntl.flock(handle, fcntl.LOCK_EX)
            remove_stale_temporaries(folder)
        yield


def _open_lock(folder: Path) -> BinaryIO | None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        return open(folder / LOCK_NAME, "a+b")  # closed by the ExitStack
    except OSError:
        return None


def remove_stale_temporaries(folder: Path) -> list[Path]:
    """Delete the temporary files of interrupted atomic writes under `folder` (call it only
    while holding the folder's lock: then no run of ours is writing them)."""
    removed = []
    for path in sorted(_temporaries(str(folder))):
        if path.is_file():
            try:
                path.unlink()
            except OSError:
                continue
            removed.append(path)
    return removed


def _temporaries(folder: str) -> Iterator[Path]:
    """The files under `folder` named as `atomic_write` names its temporary files (one
    listing per folder; only the names of folders and of candidates are looked at closely,
    the whole site being walked by every build)."""
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        name = entry.name
        if name.endswith(".tmp") and _TEMPORARY.match(name):
            yield Path(entry.path)
        elif entry.is_dir(follow_symlinks=False):
            yield from _temporaries(entry.path)


def stem(name: str) -> str:
    """The file name without its suffix, as `Path.stem` gives it (without its overhead:
    builds take the stems of every file of a corpus)."""
    dot = name.rfind(".")
    return name[:dot] if 0 < dot < len(name) - 1 else name


def die_with_parent(owner: int | None = None) -> None:
    """In a worker process: exit as soon as the run that started it is gone (killed with
    SIGKILL, say), instead of living on as an orphan. `owner` is that run's process id
    (default: $TEI_OWNER_PID, set by the `tei` command, else the parent process)."""
    owner = owner or int(os.environ.get(OWNER_VARIABLE) or os.getppid())

    def watch() -> None:
        while running(owner):
            time.sleep(_PARENT_POLL)
        os._exit(1)

    threading.Thread(target=watch, name="die-with-parent", daemon=True).start()


def running(pid: int) -> bool:
    """True while process `pid` runs (a zombie has stopped running)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return False
    except OSError:  # no /proc: ask the kernel
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        return True
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


@contextmanager
def rare_collections(young: int = 50_000) -> Iterator[None]:
    """Collect garbage once `young` new objects are tracked instead of 700: a build
    allocates its bookkeeping (hundreds of thousands of small lists and dicts at 10,000
    documents) and keeps nearly all of it, so frequent collections find little and cost a
    tenth of a build where one document changed."""
    thresholds = gc.get_threshold()
    gc.set_threshold(young, *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)


@contextmanager
def interruptible(pool: ProcessPoolExecutor) -> Iterator[ProcessPoolExecutor]:
    """Use `pool` in a `with` block; left by an interrupt (Ctrl-C, ...) or an error, its
    queued tasks are dropped and its workers stopped at once (a plain `with` waits for
    every task submitted, and a worker outlives its task's KeyboardInterrupt)."""
    try:
        yield pool
    except BaseException:
        stop_pool(pool)
        raise
    pool.shutdown(wait=True)


def stop_pool(pool: ProcessPoolExecutor) -> None:
    """Cancel the tasks `pool` has not started and terminate its worker processes."""
    workers = list((getattr(pool, "_processes", None) or {}).values())  # gone after shutdown
    pool.shutdown(wait=False, cancel_futures=True)
    for worker in workers:
        if worker.is_alive():
            worker.terminate()
