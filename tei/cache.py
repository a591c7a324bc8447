"""An on-disk cache of what is slow to work out (compiled schemas, the pattern tables as
read, regex programs), keyed by the hash of what it was worked out from.

Entries live in `$XDG_CACHE_HOME/tei-telegrams` (default `~/.cache/tei-telegrams`). Each is
written to a temporary file and renamed into place, so concurrent writers (pool workers,
parallel CI jobs) never leave a torn entry: the last rename wins and all are equal. An
unwritable cache only costs the compile time again.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

APPLICATION = "tei-telegrams"


def cache_dir() -> Path:
    """The folder of cached entries (not created here)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / APPLICATION


def content_key(kind: str, *parts: bytes) -> str:
    """A file name for an entry of `kind` compiled from `parts` (its SHA-256)."""
    digest = hashlib.sha256()
    for part in parts:
        digest.update(len(part).to_bytes(8, "big"))
        digest.update(part)
    return f"{kind}-{digest.hexdigest()}"


def cached(key: str, build: Callable[[], bytes]) -> bytes:
    """The entry named `key`, built and stored on first use."""
    path = cache_dir() / key
    try:
        return path.read_bytes()
    except OSError:
        pass
    data = build()
    _store(path, data)
    return data


def cached_data(key: str, build: Callable[[], Any]) -> Any:
    """The plain data (tuples, lists, dicts, strings, numbers) named `key`, built and stored
    on first use. The entry holds the SHA-256 of its marshalled bytes: one that does not
    match (a damaged or foreign file) is built and stored again, never unmarshalled."""
    path = cache_dir() / key
    try:
        entry = path.read_bytes()
    except OSError:
        entry = b""
    digest, payload = entry[:32], entry[32:]
    if entry and hashlib.sha256(payload).digest() == digest:
        return marshal.loads(payload)
    value = build()
    store_data(key, value)
    return value


def store_data(key: str, value: Any) -> None:
    """Store the plain data `value` as the entry `key` (read by `cached_data`)."""
    payload = marshal.dumps(value)
    _store(cache_dir() / key, hashlib.sha256(payload).digest() + payload)


def _store(path: Path, data: bytes) -> None:
    """Write an entry atomically (temporary file, then rename); an unwritable cache is
    skipped."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=f".{path.name}.",
                                         delete=False) as temporary:
            temporary.write(data)
        os.replace(temporary.name, path)
    except OSError:
        return
