"""Helpers shared by the benchmark scripts."""

from __future__ import annotations

import compileall
import time
from collections.abc import Callable
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "tei"


def timed(action: Callable[[], object]) -> tuple[float, object]:
    """Seconds `action` took, and what it returned."""
    started = time.perf_counter()
    result = action()
    return time.perf_counter() - started, result


def rate(label: str, seconds: float, files: int) -> None:
    """Print files per second for one measurement."""
    print(f"  {label:<36} {files / seconds:9.0f} files/s   ({seconds:6.2f} s for {files})")


def compile_bytecode() -> None:
    """Write the package's bytecode, as `pip install` does: with PYTHONDONTWRITEBYTECODE set
    (or after an edit) every command would otherwise compile its modules from source again,
    a fixed cost of ~0.5 s per command that an installed tool does not pay."""
    compileall.compile_dir(PACKAGE, quiet=1)
