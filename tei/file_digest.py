"""Digests of sets of files remembered by the files' sizes and times, as `git status` trusts
its index: a digest worked out from files whose paths, sizes, modification times and inodes
are the ones it was worked out from is read from the on-disk cache (`tei.cache`) instead of
reading and hashing every file again (the converter's code, register and tables are 2 MB,
13 ms a build). A file modified in the last `RACY_SECONDS` may change again within the same
tick of its clock without its time changing: then the digest is worked out afresh and not
remembered."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from tei.cache import cached_data, content_key

RACY_SECONDS = 2


def remembered(kind: str, paths: Sequence[Path], compute: Callable[[], str],
               *parts: str) -> str:
    """`compute()` (a digest of the files `paths` and of `parts`, whatever it hashes of
    them), taken from the cache when every file (or its absence) is as it was when it was
    last computed with the same `parts`."""
    signature = _signature(paths)
    if signature is None:
        return compute()
    key = content_key(f"files-{kind}", signature, *(part.encode("utf-8", "surrogatepass")
                                                      for part in parts))
    value = cached_data(key, compute)
    return value if isinstance(value, str) else compute()


def _signature(paths: Sequence[Path]) -> bytes | None:
    """The paths with their sizes, times and inodes; None when a file changed too lately to
    be trusted by its time."""
    recent = time.time_ns() - RACY_SECONDS * 10**9
    rows = []
    for path in paths:
        try:
            status = os.stat(path)
        except OSError:
            rows.append(f"{path}\0-")
            continue
        if status.st_mtime_ns >= recent or status.st_ctime_ns >= recent:
            return None
        rows.append(f"{path}\0{status.st_size}\0{status.st_mtime_ns}\0{status.st_ino}"
                    f"\0{status.st_ctime_ns}")
    return "\n".join(rows).encode("utf-8", "surrogateescape")
