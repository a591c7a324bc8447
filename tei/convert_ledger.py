"""What the last build found up to date in `convert`, by the sizes and modification times of
each source and its TEI file, so that a rebuild neither reads nor hashes the files whose
stamps are unchanged (the ledger holds for the same resources, schema location and tool).
A source whose stamps changed goes through `convert`'s own check (its hash in the TEI).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from tei import __version__
from tei.bookkeeping import load_records, save_records
from tei.conversion import FileResult

LEDGER = ".convert-ledger"
Stamps = list[int]  # source size, source mtime_ns, TEI size, TEI mtime_ns


def stamps(source: os.stat_result | None, target: os.stat_result | None) -> Stamps | None:
    """The sizes and times of a source and its TEI file (None when either is missing)."""
    if source is None or target is None:
        return None
    return [source.st_size, source.st_mtime_ns, target.st_size, target.st_mtime_ns]


def _entry_stamps(source: os.DirEntry[str], target: os.DirEntry[str]) -> Stamps | None:
    """`stamps` of two listed entries (None when either is gone)."""
    try:
        first, second = source.stat(), target.stat()
    except OSError:
        return None
    return [first.st_size, first.st_mtime_ns, second.st_size, second.st_mtime_ns]


def status(path: Path | str) -> os.stat_result | None:
    """The file's status, None when it cannot be read."""
    try:
        return os.stat(path)
    except OSError:
        return None


class ConvertLedger:
    """The ledger in `file` for `environment` (resources digest, schema href)."""

    def __init__(self, file: Path, environment: str) -> None:
        self.file = file
        self.environment = f"{__version__}\0{environment}"
        self.recorded: dict[str, Stamps] = load_records(file, self.environment, "files")
        self.confirmed: set[str] = set()  # sources found up to date by their stamps

    def stale(self, sources: Mapping[str, os.DirEntry[str]],
              targets: Mapping[str, os.DirEntry[str]], target_name: Callable[[str], str]
              ) -> list[str]:
        """The names of the `sources` (listed entries by name) whose stamps, or those of
        their TEI files (`targets`, by the names `target_name` gives), are not the recorded
        ones; the others are confirmed."""
        stale = []
        for name, entry in sources.items():
            recorded = self.recorded.get(name)
            target = targets.get(target_name(name)) if recorded is not None else None
            if target is None or recorded != _entry_stamps(entry, target):
                stale.append(name)
            else:
                self.confirmed.add(name)
        return stale

    def save(self, results: Sequence[FileResult], out_dir: Path) -> None:
        """Record the sources converted or found up to date (unless nothing changed)."""
        files = {}
        for result in results:
            name = result.source.name
            if name in self.confirmed:
                files[name] = self.recorded[name]
            elif result.outcome in ("written", "unchanged"):
                found = stamps(status(result.source),
                               status(out_dir / f"{result.source.stem}.xml"))
                if found is not None:
                    files[name] = found
        if files == self.recorded:
            return
        save_records(self.file, self.environment, "files", files)
