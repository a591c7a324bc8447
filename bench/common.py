"""Helpers shared by the benchmark scripts."""

from __future__ import annotations

import time
from collections.abc import Callable


def timed(action: Callable[[], object]) -> tuple[float, object]:
    """Seconds `action` took, and what it returned."""
    started = time.perf_counter()
    result = action()
    return time.perf_counter() - started, result


def rate(label: str, seconds: float, files: int) -> None:
    """Print files per second for one measurement."""
    print(f"  {label:<36} {files / seconds:9.0f} files/s   ({seconds:6.2f} s for {files})")
