"""Audit of interrupting a run with worker processes (`tei.workspace.interruptible`, used by
`tei convert -j N`, `tei build -j N` and `tei validate -j N`): Ctrl-C (SIGINT to the process
group) went on converting the whole batch before exiting, 30 s and 530 more files on the
fixtures: leaving a `with ProcessPoolExecutor` waits for every task submitted, and a
worker survives its task's KeyboardInterrupt. Now the queued tasks are dropped and the
workers stopped at once; the next run removes any temporary file a stopped worker left."""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path

import pytest

from tei.convert.batch import convert_files
from tei.workspace import interruptible
from tests.cases import RAW

GOOD = RAW / "003_982820db07093d93.txt"


def _interrupted_after_first(items: Iterable, _label: str) -> Iterator:
    """A progress bar whose user presses Ctrl-C once the first result is in."""
    for item in items:
        yield item
        raise KeyboardInterrupt


def _sleep(seconds: float) -> float:
    time.sleep(seconds)
    return seconds


def test_an_interrupt_drops_the_queued_tasks_and_stops_the_workers() -> None:
    pool = ProcessPoolExecutor(2, mp_context=get_context("spawn"))
    with pytest.raises(KeyboardInterrupt), interruptible(pool):
        futures = [pool.submit(_sleep, 0.5) for _ in range(40)]
        futures[0].result()
        raise KeyboardInterrupt
    # the queued tasks were dropped, not run (counted, not timed: a loaded machine is slow)
    ran = [f for f in futures if f.done() and not f.cancelled() and f.exception() is None]
    assert len(ran) < 10


def test_a_pool_left_normally_still_runs_every_task() -> None:
    with interruptible(ProcessPoolExecutor(2, mp_context=get_context("spawn"))) as pool:
        futures = [pool.submit(_sleep, 0.01) for _ in range(8)]
    assert [future.result() for future in futures] == [0.01] * 8


def test_an_interrupted_parallel_conversion_stops_and_the_next_run_completes(
        tmp_path: Path) -> None:
    folder = tmp_path / "raw"
    folder.mkdir()
    sources = []
    for n in range(64):
        sources.append(folder / f"doc{n:02}.txt")
        shutil.copy(GOOD, sources[-1])
    out = tmp_path / "tei"
    with pytest.raises(KeyboardInterrupt):
        convert_files(sources, out, jobs=2, progress=_interrupted_after_first)
    assert len(list(out.glob("*.xml"))) < 48
    results = convert_files(sources, out, jobs=2)
    assert {r.outcome for r in results} <= {"written", "unchanged"}
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == [
        f"doc{n:02}.xml" for n in range(64)]
