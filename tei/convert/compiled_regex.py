"""Regexes whose compiled programs are kept in the on-disk cache (`tei.cache`).

`re` parses and compiles a pattern in Python: a pattern table's screen (an alternation of
its rows) takes some 10 ms, the register's name scanner much more, and a process that
converts a thousand documents spent about 1 ms of CPU per document on such one-time
compiles. The program `re` builds (its code words and group names) depends only on the
source, the flags and the Python version, so it is cached under a key of those three and
handed back to the regex engine (`_sre.compile`, what `re.compile` itself ends with) in
later processes. The pattern object is the one `re.compile` gives; should this Python's
`re` internals differ, `re.compile` is used.
"""

from __future__ import annotations

import re
import sys
from typing import Any

from tei.cache import cached_data, content_key

try:  # the internals `re.compile` itself uses (CPython 3.11+)
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - another Python implementation
    _sre = None  # type: ignore[assignment]


def compile_cached(source: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(source, flags)`, its program read from the on-disk cache when another
    process has compiled it already."""
    if _sre is None:  # pragma: no cover - another Python implementation
        return re.compile(source, flags)
    flags = int(flags)
    key = content_key("regex", sys.version.encode(), str(flags).encode(), source.encode())
    try:
        program = cached_data(key, lambda: _program(source, flags))
        return _sre.compile(source, *program)  # type: ignore[no-any-return]
    except (AttributeError, TypeError, RuntimeError):  # pragma: no cover - other internals
        return re.compile(source, flags)


def _program(source: str, flags: int) -> tuple[Any, ...]:
    """What `re._compiler.compile` hands `_sre.compile` for `source`, as plain data (its
    opcodes are named int constants, written as ints): the flags, the code words, the
    group count, the group index and the names by index."""
    parsed = _parser.parse(source, flags)
    code = _compiler._code(parsed, flags)
    names: list[str | None] = [None] * parsed.state.groups
    for name, index in parsed.state.groupdict.items():
        names[index] = name
    return (int(flags | parsed.state.flags), [int(word) for word in code],
            parsed.state.groups - 1,
            dict(parsed.state.groupdict), tuple(names))
