"""Indexes a process works out from the register's entries once (its monograms, surnames in
office, name forms several entries share), kept in the on-disk cache (`tei.cache`) beside
the register's own index: a build that converts one document no longer walks every
entry's names for them (some 0.1 s of CPU a process)."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from pathlib import Path
from typing import TypeVar

from tei.cache import cached_data, content_key
from tei.convert.register import Entry, Register

K = TypeVar("K", bound=Hashable)
Positions = dict[K, list[int]]  # a key to entries by their positions in `Register.listed`


def by_positions(entries: dict[K, list[Entry]] | dict[K, dict[str, Entry]],
                 register: Register) -> Positions[K]:
    """`entries` (lists, or dicts by id, of register entries) as positions in the
    register's list, in the same order."""
    position = {id(entry): index for index, entry in enumerate(register.listed)}
    return {key: [position[id(entry)] for entry in (found.values() if isinstance(found, dict)
                                                   else found)]
            for key, found in entries.items()}


def derived(register: Register, kind: str, code: str,
            work: Callable[[], Positions[K]]) -> dict[K, tuple[Entry, ...]]:
    """What `work` finds in the register (keys with entry positions), read from the cache
    when the register (its key) and the code working it out (the module at `code`) are
    those it was cached for; a register without a key is worked on every time."""
    if register.key:
        found = cached_data(content_key(kind, register.key.encode(), Path(code).read_bytes()),
                            work)
    else:
        found = work()
    listed = register.listed
    return {key: tuple(listed[index] for index in positions)
            for key, positions in found.items()}
