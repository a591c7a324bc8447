"""What the last build found up to date in `convert`, by the sizes and modification times of
each source and its TEI file, so that a rebuild neither reads nor hashes the files whose
stamps are unchanged (the ledger holds for the same resources, schema location and tool).
A source whose stamps changed goes through `convert`'s own check (its hash in the TEI).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from tei import __version__
from tei.bookkeeping import load_records, save_records
from tei.convert.batch import FileResult

LEDGER = ".convert-ledger.json"
Stamps = list[int]  # source size, source mtime_ns, TEI size, TEI mtime_ns


def stamps(source: Path, target: Path) -> Stamps | None:
    """The sizes and times of a source and its TEI file (None when either is missing)."""
    try:
        one, other = source.stat(), target.stat()
    except OSError:
        return None
    return [one.st_size, one.st_mtime_ns, other.st_size, other.st_mtime_ns]


class ConvertLedger:
    """The ledger in `file` for `environment` (resources digest, schema href)."""

    def __init__(self, file: Path, environment: str) -> None:
        self.file = file
        self.environment = f"{__version__}\0{environment}"
        self.recorded: dict[str, Stamps] = load_records(file, self.environment, "files")
        self.confirmed: set[str] = set()  # sources found up to date by their stamps

    def up_to_date(self, source: Path, out_dir: Path) -> bool:
        """Whether the source and its TEI have the stamps they had when found up to date."""
        recorded = self.recorded.get(source.name)
        if recorded is None or recorded != stamps(source, _target(source, out_dir)):
            return False
        self.confirmed.add(source.name)
        return True

    def save(self, results: Sequence[FileResult], out_dir: Path) -> None:
        """Record the sources converted or found up to date (unless nothing changed)."""
        files = {}
        for result in results:
            name = result.source.name
            if name in self.confirmed:
                files[name] = self.recorded[name]
            elif result.outcome in ("written", "unchanged"):
                found = stamps(result.source, _target(result.source, out_dir))
                if found is not None:
                    files[name] = found
        if files == self.recorded:
            return
        save_records(self.file, self.environment, "files", files)


def _target(source: Path, out_dir: Path) -> Path:
    return out_dir / f"{source.stem}.xml"
