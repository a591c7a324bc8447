"""Saxon's native reports silenced: Saxon prints its own account of a failing parse or
transform on file descriptor 2, and the caller reports the error as one diagnostic line."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache


@cache
def _devnull() -> int:
    return os.open(os.devnull, os.O_WRONLY)


@contextmanager
def native_stderr_silenced() -> Iterator[None]:
    """File descriptor 2 goes nowhere inside the block."""
    saved = os.dup(2)
    os.dup2(_devnull(), 2)
    try:
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)
