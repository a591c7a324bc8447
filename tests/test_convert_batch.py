"""Converting many files: up-to-date sources are found without starting workers."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tei.convert import batch
from tests.cases import RAW


def test_an_unchanged_rerun_starts_no_pool_and_converts_only_what_changed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    raw = tmp_path / "raw"
    shutil.copytree(RAW, raw)
    sources = sorted(raw.glob("*.txt"))
    batch.convert_files(sources, tmp_path / "tei")

    def no_pool(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("a pool was started")

    monkeypatch.setattr(batch, "ProcessPoolExecutor", no_pool)
    results = batch.convert_files(sources, tmp_path / "tei", jobs=2)
    assert [r.outcome for r in results] == ["unchanged"] * len(sources)
    sources[2].write_text(sources[2].read_text().replace("the", "the the", 1))
    results = batch.convert_files(sources, tmp_path / "tei", jobs=2)
    assert [r.source for r in results] == sources
    assert [r.outcome for r in results].count("written") == 1
    assert results[2].outcome == "written"
