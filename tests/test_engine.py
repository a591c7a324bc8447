"""Engines: a Dask cluster gives the same outputs, byte for byte, as the local pool."""

from __future__ import annotations

import shutil
from pathlib import Path

from tei.build import STAMPED_FILES, Layout, build
from tei.engine import Engine, EngineName, chunks, in_order
from tests.cases import RAW


def outputs(layout: Layout) -> dict[str, bytes]:
    found = {}
    for folder in (layout.tei, layout.site, layout.text):
        for path in sorted(folder.rglob("*")):
            if path.is_file() and path.name not in STAMPED_FILES:  # they record file times
                found[f"{folder.name}/{path.relative_to(folder).as_posix()}"] = path.read_bytes()
    return found


def layout_in(folder: Path) -> Layout:
    layout = Layout(folder / "raw", folder / "tei", folder / "site", folder / "text")
    shutil.copytree(RAW, layout.raw)
    return layout


def test_a_dask_build_on_two_workers_gives_the_local_build_byte_for_byte(
        tmp_path: Path) -> None:
    local, dask = layout_in(tmp_path / "local"), layout_in(tmp_path / "dask")
    assert build(local).ok
    result = build(dask, jobs=2, engine=Engine(EngineName.DASK, workers=2))
    assert result.ok and result.validation is not None
    assert len(result.validation.files) == len(list(RAW.glob("*.txt")))
    assert outputs(dask) == outputs(local)


def test_the_command_line_chooses_dask_for_a_scheduler_address() -> None:
    assert Engine.chosen(EngineName.LOCAL, 2, None) is None
    assert Engine.chosen(EngineName.DASK, 2, None) == Engine(EngineName.DASK, 2)
    assert Engine.chosen(EngineName.LOCAL, 1, "tcp://h:8786") == Engine(
        EngineName.DASK, 1, "tcp://h:8786")


def test_chunks_keep_every_task_once_in_order() -> None:
    tasks = list(range(1000))
    parts = chunks(tasks, 2)
    assert [t for part in parts for t in part] == tasks
    assert max(len(part) for part in parts) <= 64


class _Done:
    """A future whose batch was run when submitted."""

    def __init__(self, results: list[int]) -> None:
        self.results = results

    def result(self) -> list[int]:
        return self.results


def test_in_order_keeps_only_a_window_of_batches_ahead_and_gives_results_in_order() -> None:
    submitted: list[range] = []

    def submit(part: range) -> _Done:
        submitted.append(part)
        return _Done([n * n for n in part])

    parts = chunks(range(100), 2)
    results = in_order(submit, parts, 3)
    read = []
    for value in results:
        read.append(value)
        batches_read = sum(1 for part in parts if part.stop <= len(read))
        assert len(submitted) <= batches_read + 4  # the one being read and 3 ahead
    assert read == [n * n for n in range(100)]
    assert submitted == parts
