"""What the last run rendered, so the next renders only what changed.

The manifest (`.tei-manifest` in the site folder) holds a fingerprint of everything a
page depends on besides its document (tool version, stylesheets, schemas, edition settings,
the caller's own inputs) and, per document, the hash of its TEI, the facts that order it and
link it from its neighbours, and the hash of its page's context (which names the
neighbours), with the size and modification time the TEI had when it was hashed: a file
whose size and time are unchanged is not read again (as `git status` trusts its index).
The full index record of each document is cached beside it (`.tei-cache/`), so
the whole-corpus pages can be rebuilt without reading every document again, with its draft
page (its page with placeholder neighbours).
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from functools import partial
from pathlib import Path

from tei import __version__
from tei.bookkeeping import load_records, save_records
from tei.export.files import SCHEMA_FILES
from tei.file_digest import remembered
from tei.render.layout import TEXT
from tei.resources import schemas_dir, xslt_dir

MANIFEST = ".tei-manifest"
CACHE = ".tei-cache"
CACHE_SUFFIX = ".rec"
_FORMAT = 3  # entries as lists of fields


@dataclass(frozen=True, slots=True)
class Entry:
    """One rendered document: its TEI's hash, the facts that order and link it, whether its
    TEI copy is published, the hash of its page's context, the TEI's size and time
    (`Stamp`) when it was hashed, and the hash of what the whole-corpus pages show of it
    (`facts`, see `tei.render.site_delta`)."""

    digest: str
    sort: str
    title: str
    date: str
    published: bool
    page: str = ""
    size: int = -1
    mtime: int = -1
    facts: str = ""

    def content(self) -> tuple[str, str, str, str, bool, str]:
        """What the outputs depend on: everything but the file's size and time."""
        return self.digest, self.sort, self.title, self.date, self.published, self.page


@dataclass(frozen=True, slots=True)
class Stamp:
    """A file's content hash with the size and modification time (ns) it was taken at;
    an empty hash when the file cannot be read."""

    digest: str
    size: int = -1
    mtime: int = -1


_WIDTH = len(fields(Entry))


def stamp(path: Path, entry: Entry | None = None) -> Stamp:
    """The file's stamp: the hash `entry` recorded when its size and time still match
    (no read), else the hash of its bytes."""
    try:
        status = os.stat(path)
    except OSError:
        return Stamp("")
    return stamp_as(path, status, entry)


def stamp_as(path: Path, status: os.stat_result | None, entry: Entry | None = None) -> Stamp:
    """`stamp` for a file whose status was taken already (None: it cannot be read)."""
    if status is None or not stat.S_ISREG(getattr(status, "st_mode", stat.S_IFREG)):
        return Stamp("")  # a FIFO or device is not read here (it would never end)
    if entry is not None and (entry.size, entry.mtime) == (status.st_size, status.st_mtime_ns):
        return Stamp(entry.digest, entry.size, entry.mtime)
    try:
        return Stamp(digest(path.read_bytes()), status.st_size, status.st_mtime_ns)
    except OSError:
        return Stamp("")


def digest(data: bytes | str) -> str:
    """SHA-256 of bytes or text (UTF-8), as hex."""
    return hashlib.sha256(data.encode("utf-8") if isinstance(data, str) else data).hexdigest()


def fingerprint(*parts: str) -> str:
    """Hash of what every page depends on: the tool's version, its stylesheets and schemas,
    and `parts` (the edition's context, the output folders, the caller's inputs);
    remembered by the files' sizes and times (see `tei.file_digest`)."""
    root = xslt_dir()
    stylesheets = sorted(p for p in root.rglob("*") if p.is_file())
    schemas = [schemas_dir() / name for name in SCHEMA_FILES]
    return remembered("render", [*stylesheets, *schemas],
                      partial(_fingerprint, root, stylesheets, schemas, parts),
                      f"{_FORMAT}\0{__version__}", *parts)


def _fingerprint(root: Path, stylesheets: list[Path], schemas: list[Path],
                 parts: tuple[str, ...]) -> str:
    """`fingerprint` worked out from the files' bytes."""
    sha = hashlib.sha256(f"{_FORMAT}\0{__version__}".encode())
    for path in stylesheets:
        sha.update(f"\0{path.relative_to(root).as_posix()}\0".encode())
        sha.update(path.read_bytes())
    for path in schemas:
        sha.update(f"\0{path.name}\0".encode())
        sha.update(path.read_bytes())
    for part in parts:
        sha.update(f"\0{part}".encode())
    return sha.hexdigest()


def load(folder: Path | None, environment: str) -> dict[str, Entry]:
    """The documents the last run in `folder` rendered, if it ran in the same environment
    (else none: everything is rendered again)."""
    if folder is None:
        return {}
    records = load_records(folder / MANIFEST, environment, "documents")
    if not all(isinstance(row, list) and len(row) == _WIDTH for row in records.values()):
        return {}  # written by a version with other fields
    return {stem: Entry(*row) for stem, row in records.items()}


def save(folder: Path, environment: str, entries: Mapping[str, Entry]) -> None:
    """Write the manifest of this run (sorted: the same run writes the same bytes), each
    entry as the list of its fields in order."""
    documents = {stem: _row(entries[stem]) for stem in sorted(entries)}
    save_records(folder / MANIFEST, environment, "documents", documents)


def _row(entry: Entry) -> list[object]:
    """An entry's fields in their order (as `Entry(*row)` takes them back)."""
    return [entry.digest, entry.sort, entry.title, entry.date, entry.published, entry.page,
            entry.size, entry.mtime, entry.facts]


def cache_file(folder: Path, stem: str) -> Path:
    """Where a document's full index record is cached, with its page with placeholder
    neighbours (see `tei.render.passes`): one file, a file costing more to create than to
    write."""
    return folder / CACHE / f"{stem}{CACHE_SUFFIX}"


def same_neighbours(order: list[str], before: list[str], entries: Mapping[str, Entry],
                    previous: Mapping[str, Entry]) -> set[str]:
    """The documents whose page context is the one the last run rendered (`previous`, in
    date order `before`), known without making it: the same facts (not read again), and the
    same neighbours by date (`order`) with the same titles and dates (a page's context names
    nothing else that can change)."""
    old_neighbours = _neighbours(before)
    same = set()
    for stem, around in _neighbours(order).items():
        old = previous.get(stem)
        if old is None or not old.page or old_neighbours.get(stem) != around or not _same(
                old, entries[stem], Entry.content):
            continue
        if all(_same(previous[other], entries[other], _link_facts)
               for other in around if other is not None):
            same.add(stem)
    return same


def _same(old: Entry, new: Entry, facts: Callable[[Entry], tuple]) -> bool:
    """Whether two entries have the same `facts` (the same entry, kept from the last run,
    has: most documents of a build where few changed)."""
    return old is new or facts(old) == facts(new)


def _neighbours(order: list[str]) -> dict[str, tuple[str | None, str | None]]:
    """Each document's previous and next document in `order`."""
    padded = [None, *order, None]
    return {stem: (padded[i], padded[i + 2]) for i, stem in enumerate(order)}


def _link_facts(entry: Entry) -> tuple[str, str]:
    """What a neighbour's link shows of a document (its address is its name)."""
    return entry.title, entry.date


def outputs(html_dir: Path | None, text_dir: Path | None) -> set[str] | None:
    """The documents whose per-document outputs (text edition, text copy and cached record)
    all exist, by listing their folders once (None when there is no output folder)."""
    folders = [(text_dir, ".txt")] if text_dir is not None else []
    if html_dir is not None:
        folders += [(html_dir / TEXT, ".txt"), (html_dir / CACHE, CACHE_SUFFIX)]
    if not folders:
        return None
    found = [stems(folder, suffix) for folder, suffix in folders]
    return set.intersection(*found)


def stems(folder: Path, suffix: str) -> set[str]:
    """The names without `suffix` of the files in `folder` that end with it (one listing of
    the folder, not one check per file)."""
    try:
        with os.scandir(folder) as found:
            return {entry.name[:-len(suffix)] for entry in found
                    if entry.name.endswith(suffix) and entry.is_file()}
    except OSError:
        return set()
