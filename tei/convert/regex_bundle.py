"""The regexes the converter's modules compile as they are imported (some 530: ~0.3 s of
CPU a process in `re`'s parser and compiler, which run in Python), their programs read
from one entry of the on-disk cache (`tei.cache`).

`bundled()` stands in for `re.compile` while the package's modules are imported: a string
pattern's program (what `re` hands the regex engine, see `compiled_regex`) is taken from
the bundle, or worked out by `re` and added to it, and the pattern object is the one
`re.compile` gives. The bundle is keyed by the Python version only: each pattern is found
by its source and flags, so a changed module's new regexes are compiled and the bundle
written again with exactly the patterns this import compiled (none left over from old
code). An unwritable or damaged cache costs only the compiles.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from tei.cache import cached_data, content_key, store_data
from tei.convert.compiled_regex import _program, _sre

Programs = dict[tuple[str, int], tuple[Any, ...]]


@contextmanager
def bundled(name: str) -> Iterator[None]:
    """While the block runs, `re.compile` of a string pattern takes its program from the
    bundle `name` (see the module)."""
    if _sre is None:  # pragma: no cover - another Python implementation
        yield
        return
    key = content_key(f"regexes-{name}", sys.version.encode())
    known: Programs = dict(cached_data(key, list))
    used: Programs = {}
    original = re.compile

    def compile_bundled(pattern: Any, flags: int = 0) -> re.Pattern[Any]:
        if not isinstance(pattern, str):
            return original(pattern, flags)
        wanted = (pattern, int(flags))
        program = used.get(wanted) or known.get(wanted) or _program(pattern, int(flags))
        used[wanted] = program
        return _sre.compile(pattern, *program)  # type: ignore[no-any-return]

    re.compile = compile_bundled  # type: ignore[assignment]
    try:
        yield
    finally:
        re.compile = original
        if used != known:
            store_data(key, list(used.items()))
