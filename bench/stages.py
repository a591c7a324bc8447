"""CPU time of each stage of `convert_text`, for the per-stage lines of bench/convert.py.

The stage functions that `tei.convert` calls are wrapped, for the time of a measurement,
by timers that add the CPU time of each call (a call made while the same stage is already
being timed counts once: annotation is recursive).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import tei.convert as convert
from tei.convert.inline import InlineReader
from tei.convert.register import Register

STAGES = (
    (convert, "split_front_matter", "read: front matter"),
    (convert, "logical_lines", "read: logical lines"),
    (convert, "read_pages", "pages: publisher's furniture"),
    (convert, "segment", "segment"),
    (convert, "recognise", "recognise (with inline annotation)"),
    (InlineReader, "annotate", "  of which inline annotation"),
    (Register, "find", "    of which register names"),
    (convert, "encode", "encode"),
    (convert, "settle", "settle"),
    (convert, "serialize", "serialize"),
)


@contextmanager
def stage_timers() -> Iterator[dict[str, float]]:
    """Seconds of CPU time by stage label while the block runs."""
    spent = {label: 0.0 for _, _, label in STAGES}
    originals = [(owner, name, getattr(owner, name)) for owner, name, _ in STAGES]
    for (owner, name, label), (_, _, original) in zip(STAGES, originals, strict=True):
        setattr(owner, name, _timer(original, label, spent))
    try:
        yield spent
    finally:
        for owner, name, original in originals:
            setattr(owner, name, original)


def _timer(function: Callable[..., Any], label: str,
           spent: dict[str, float]) -> Callable[..., Any]:
    depth = [0]

    def timed(*args: Any, **kwargs: Any) -> Any:
        if depth[0]:
            return function(*args, **kwargs)
        depth[0] += 1
        started = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            spent[label] += time.process_time() - started
            depth[0] -= 1

    return timed
