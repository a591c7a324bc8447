"""The CMIF entries of the last build, per document, so that a rebuild reads only the TEI
files that changed: each document's `correspDesc` (or why it has none) with the size and
modification time its TEI had, in one file beside the CMIF file. The cache holds only for
the same tool version, export settings and register (its environment).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from lxml import etree

from tei import __version__
from tei.bookkeeping import load_records, save_records
from tei.export.cmif import Described, Skipped
from tei.export.settings import ExportSettings
from tei.render.manifest import digest


def environment(settings: ExportSettings, register: Path) -> str:
    """What every entry depends on besides its document: tool version, export settings and
    the register's files."""
    files = sorted(register.glob("*.xml")) if register.is_dir() else []
    parts = [__version__, repr(settings), *(f"{p.name}\0{digest(p.read_bytes())}" for p in files)]
    return digest("\0".join(parts))


class CorrespondenceCache:
    """The cached entries in `file`, valid for `environment`; `describe` answers from it
    when a document's TEI is unchanged, and `save` writes what this run described."""

    def __init__(self, file: Path, environment: str) -> None:
        self.file = file
        self.environment = environment
        self.previous: dict[str, list[object]] = load_records(file, environment, "documents")
        self.current: dict[str, list[object]] = {}

    def describe(self, path: Path, compute: Callable[[Path], Described]) -> Described:
        """The entry of `path`: cached when its size and time are those recorded, else
        `compute`d (and recorded)."""
        try:
            status = path.stat()
        except OSError:
            return compute(path)
        stamp = [status.st_size, status.st_mtime_ns]
        cached = self.previous.get(path.name)
        if isinstance(cached, list) and len(cached) == 4 and cached[:2] == stamp:
            self.current[path.name] = cached
            kind, text = cached[2:]
            return etree.fromstring(text) if kind == "desc" else Skipped(path, str(text))
        found = compute(path)
        self.current[path.name] = [*stamp, *_stored(found)]
        return found

    def save(self) -> None:
        """Write the entries of this run (unless they are what the file holds)."""
        if self.current == self.previous:
            return
        save_records(self.file, self.environment, "documents", self.current)


def _stored(found: Described) -> tuple[str, str]:
    """How an entry is cached: ("desc", its XML) or ("skip", the reason)."""
    if isinstance(found, Skipped):
        return "skip", found.reason
    return "desc", etree.tostring(found, encoding="unicode")
