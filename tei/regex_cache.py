"""Compiled regular expressions remembered across runs.

Python compiles a regex in two steps: it parses the pattern and generates the matcher's code
(in Python: a third of a millisecond for a small pattern, tenths of a second for all the
pattern tables and the register's name scanner), then builds the matcher from that code (in
C, quick). Within `remembered()`, `re` takes the generated code of a pattern an earlier run
compiled from one cache file (in the folder of `tei.validate.cache`), so a run that converts
a single document does not pay for compiling every table again. The code is what `re`
itself generated (recorded as it builds the matcher), for this very Python and `_sre`
engine (the file's header); the cache holds only for them, and a cache that cannot be read
or written only costs the compile time again. `_sre` checks code it is given.
"""

from __future__ import annotations

import _sre
import marshal
import os
import re
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from re import _compiler  # type: ignore[attr-defined]
from typing import Any

from tei.validate.cache import cache_dir

_LIMIT = 4096  # patterns kept at most (a pattern made for one document may be met once)
_ENGINE = f"{sys.version}\0{_sre.MAGIC}\0{_sre.CODESIZE}"
Store = dict[tuple[str | bytes, int], tuple[Any, ...]]  # (pattern, flags) -> its arguments
_active = False


@contextmanager
def remembered(folder: Path | None = None) -> Iterator[None]:
    """Within: regexes compiled by `re` (in this thread) are built from the code cached in
    `folder` (default: the tool's cache folder) when an earlier run compiled them; the
    code of new ones is added to the cache on leaving."""
    global _active
    if _active or sys.implementation.name != "cpython":
        yield
        return
    path = (folder or cache_dir()) / f"regex-{sys.implementation.cache_tag}.marshal"
    store = _load(path)
    known = len(store)
    original = _compiler.compile
    _compiler.compile = partial(_compile, store, original)
    _active = True
    try:
        yield
    finally:
        _compiler.compile = original
        _active = False
        if len(store) > known:
            _save(path, store)


def _compile(store: Store, original: Callable[..., re.Pattern], pattern: Any,
             flags: int = 0) -> re.Pattern:
    """`re._compiler.compile`, from the cached code of `pattern` when there is some."""
    if not isinstance(pattern, (str, bytes)):
        return original(pattern, flags)
    key = (pattern, int(flags))
    arguments = store.get(key)
    if arguments is not None:
        try:
            return _sre.compile(pattern, *arguments)
        except (TypeError, ValueError, RuntimeError):  # not code this engine takes
            del store[key]
    recording = _Recording()
    _compiler._sre = recording
    try:
        compiled = original(pattern, flags)
    finally:
        _compiler._sre = _sre
    if recording.arguments is not None and len(store) < _LIMIT:
        store[key] = _plain(recording.arguments[1:])
    return compiled


def _plain(arguments: tuple[Any, ...]) -> tuple[Any, ...]:
    """The arguments of `_sre.compile` after the pattern (flags, code, groups, group index,
    index group) as plain values `marshal` writes."""
    flags, code, groups, groupindex, indexgroup = arguments
    return int(flags), [int(word) for word in code], int(groups), dict(groupindex), \
        tuple(indexgroup)


class _Recording:
    """Stands for the `_sre` module in `re._compiler` while a pattern is compiled, keeping
    the arguments the matcher is built from."""

    def __init__(self) -> None:
        self.arguments: tuple[Any, ...] | None = None

    def __getattr__(self, name: str) -> Any:
        return getattr(_sre, name)

    def compile(self, *arguments: Any) -> re.Pattern:
        """Build the matcher, keeping its arguments."""
        self.arguments = arguments
        return _sre.compile(*arguments)


def _load(path: Path) -> Store:
    """The cached code in `path` if written for this engine, else none."""
    try:
        engine, store = marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    return store if engine == _ENGINE and isinstance(store, dict) else {}


def _save(path: Path, store: Store) -> None:
    """Replace the cache file atomically (concurrent runs: the last one wins)."""
    try:
        data = marshal.dumps((_ENGINE, store))
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=f".{path.name}.",
                                         delete=False) as temporary:
            temporary.write(data)
    except (OSError, ValueError):
        return
    try:
        os.replace(temporary.name, path)
    except OSError:
        Path(temporary.name).unlink(missing_ok=True)
