"""Every benchmark script imports against the package as it is (a renamed function breaks
a benchmark nobody runs in CI)."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
SCRIPTS = sorted(path.stem for path in BENCH.glob("*.py") if path.stem != "__init__")


@pytest.mark.parametrize("script", SCRIPTS)
def test_the_benchmark_imports(script: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(BENCH))  # as when run: `python bench/NAME.py`
    try:
        importlib.import_module(f"bench.{script}")
    except ModuleNotFoundError as missing:
        if (missing.name or "").split(".")[0] in {"tei", "bench"}:
            raise
        pytest.skip(f"bench/{script}.py needs {missing.name}, not installed here")
