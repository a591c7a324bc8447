"""Deterministic zips written as a stream, rebuilt from the previous zip where they can be:
a member whose source file has the size and modification time it had when the previous zip
was written is copied from that zip still compressed (same compressor, same bytes), so a
rebuild after one change compresses one file; consecutive unchanged members written with the
same date are copied as one block, headers included. A ledger beside the zip
(`.<zip name>.json`) records each member's source stamp, the zip's own and its date; the
output is byte-identical to a zip written from scratch.

    write_zip(site / "telegrams.zip", [Member("a.xml", path.read_bytes, path)], "2026-01-01")
"""

from __future__ import annotations

import json
import os
import struct
import tempfile
import zipfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, NamedTuple

from tei import __version__
from tei.xmlio import atomic_write

_COPY_LIMIT = 2**30  # larger members are compressed again (their headers would need Zip64)


@dataclass(frozen=True, slots=True)
class Member:
    """One file of a zip: its name inside the zip, how to read its bytes and the file they
    are made from (None: always compressed again)."""

    name: str
    read: Callable[[], bytes]
    source: Path | None = None


class _Packed(NamedTuple):
    """A member of the previous zip as stored: CRC, sizes, where its local header starts
    and where the next member (or the central directory) starts."""

    crc: int
    size: int
    compressed: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class _Previous:
    """The previous zip, open for reading: its members' stamps and places, and whether it
    was written with the same date (then its local headers are the ones to write)."""

    handle: BinaryIO
    stamps: dict[str, str]
    packed: dict[str, _Packed]
    same_date: bool

    def stored(self, name: str, stamp: str) -> _Packed | None:
        """The member as stored, if its source has the stamp it had then."""
        found = self.packed.get(name)
        return found if found and stamp and self.stamps.get(name) == stamp else None


def zip_info(name: str, date: str) -> zipfile.ZipInfo:
    """The header of a member: dated with `date` (YYYY-MM-DD, at least 1980), deflated,
    readable by everyone."""
    year, month, day = (int(part) for part in date.split("-"))
    info = zipfile.ZipInfo(name, date_time=(max(year, 1980), month, day, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    return info


def write_zip(path: Path, members: Sequence[Member], date: str) -> None:
    """Write the zip of `members` (sorted by name) to `path` atomically, copying the members
    whose sources are unchanged since the previous zip at `path` compressed as they are."""
    ledger = ledger_path(path)
    previous = _read_ledger(ledger, path)
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle, _previous_zip(path, previous, date) as old:
            written = _write_members(handle, members, date, old)
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    _write_ledger(ledger, path, written)


@dataclass(frozen=True, slots=True)
class _Ledger:
    """What a ledger records of its zip: the date it was written with, each member's source
    stamp and where each member is stored (so the zip need not be read to find them)."""

    date: str = ""
    stamps: dict[str, str] = field(default_factory=dict)
    places: dict[str, _Packed] = field(default_factory=dict)


def _write_members(handle: BinaryIO, members: Sequence[Member], date: str,
                   old: _Previous | None) -> _Ledger:
    """Write the zip into `handle`; return what its ledger records."""
    stamps = {}
    run: list[tuple[zipfile.ZipInfo, _Packed]] = []  # unchanged members stored in one block
    with zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as archive:
        for member in sorted(members, key=lambda m: m.name):
            stamp = stamps[member.name] = _stamp(member.source)
            info = zip_info(member.name, date)
            stored = old.stored(member.name, stamp) if old is not None else None
            if old is not None and stored is not None and old.same_date:
                if run and run[-1][1].end != stored.start:
                    _copy_block(archive, run, old.handle)
                run.append((info, stored))
                continue
            _copy_block(archive, run, old.handle if old is not None else None)
            if old is not None and stored is not None:
                _copy(archive, info, stored, old.handle)
            else:
                archive.writestr(info, member.read())
        _copy_block(archive, run, old.handle if old is not None else None)
    return _Ledger(date, stamps, _places(archive.filelist, archive.start_dir))


def _stamp(source: Path | None) -> str:
    """`version:size:mtime_ns` of a member's source ('' without one or when unreadable)."""
    if source is None:
        return ""
    try:
        status = os.stat(source)
    except OSError:
        return ""
    return f"{__version__}:{status.st_size}:{status.st_mtime_ns}"


@contextmanager
def _previous_zip(path: Path, ledger: _Ledger, date: str) -> Iterator[_Previous | None]:
    """The previous zip, open for reading, with where its members are (None when the
    ledger does not describe it or it cannot be read)."""
    if not ledger.stamps:
        yield None
        return
    try:
        handle = path.open("rb")
    except OSError:
        yield None
        return
    with handle:
        packed = ledger.places
        if not packed:
            try:
                with zipfile.ZipFile(handle) as archive:
                    packed = _places(archive.infolist(), archive.start_dir)
            except (zipfile.BadZipFile, OSError, struct.error):
                packed = {}
        yield _Previous(handle, ledger.stamps, packed, ledger.date == date)


def _places(infos: list[zipfile.ZipInfo], directory: int) -> dict[str, _Packed]:
    """Where each deflated member of a zip is stored, by name: its local header's offset and
    the next member's (or the central directory's, at `directory`)."""
    infos = sorted(infos, key=lambda info: info.header_offset)
    starts = [info.header_offset for info in infos] + [directory]
    return {info.filename: _Packed(info.CRC, info.file_size, info.compress_size,
                                   info.header_offset, end)
            for info, end in zip(infos, starts[1:], strict=True)
            if info.compress_type == zipfile.ZIP_DEFLATED and info.file_size < _COPY_LIMIT}


def _copy_block(archive: zipfile.ZipFile, run: list[tuple[zipfile.ZipInfo, _Packed]],
                old: BinaryIO | None) -> None:
    """Append the members of `run` (consecutive in the previous zip, written with the same
    date: their local headers are the ones `writestr` would write) as one copied block, and
    empty `run`."""
    if not run or old is None:
        run.clear()
        return
    first = run[0][1].start
    base = archive.fp.tell()
    old.seek(first)
    _copy_bytes(old, archive.fp, run[-1][1].end - first)
    for info, stored in run:
        _describe(info, stored)
        info.header_offset = base + stored.start - first
        _append(archive, info)
    run.clear()


def _copy_bytes(source: BinaryIO, target: BinaryIO, length: int) -> None:
    """Copy `length` bytes from `source`'s position to `target` in pieces of bounded size."""
    while length > 0:
        piece = source.read(min(length, 2**20))
        if not piece:
            raise zipfile.BadZipFile("the previous zip ends early")
        target.write(piece)
        length -= len(piece)


def _copy(archive: zipfile.ZipFile, info: zipfile.ZipInfo, stored: _Packed,
          old: BinaryIO) -> None:
    """Append a member whose compressed bytes are copied from the previous zip, with the
    header `writestr` would write for the same data (zipfile has no public call for it)."""
    old.seek(stored.start)
    header = old.read(zipfile.sizeFileHeader)
    name_length, extra_length = struct.unpack("<HH", header[26:30])
    old.seek(stored.start + zipfile.sizeFileHeader + name_length + extra_length)
    data = old.read(stored.compressed)
    _describe(info, stored)
    info.header_offset = archive.fp.tell()
    archive.fp.write(info.FileHeader(False))
    archive.fp.write(data)
    _append(archive, info)


def _describe(info: zipfile.ZipInfo, stored: _Packed) -> None:
    """Give the header of a copied member the CRC and sizes of its stored data."""
    info.CRC, info.file_size, info.compress_size = stored.crc, stored.size, stored.compressed
    info.flag_bits = 0


def _append(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    """List a member written into the archive's file by hand in its central directory."""
    archive.start_dir = archive.fp.tell()
    archive.filelist.append(info)
    archive.NameToInfo[info.filename] = info
    archive._didModify = True  # the central directory is written on close


def ledger_path(path: Path) -> Path:
    """Where the ledger of the zip at `path` is kept."""
    return path.with_name(f".{path.name}.json")


def _read_ledger(ledger: Path, path: Path) -> _Ledger:
    """What the ledger records of the previous zip, if it describes the zip now at `path`
    (same size and time), else nothing."""
    try:
        data = json.loads(ledger.read_text(encoding="utf-8"))
        status = path.stat()
        if data.get("zip") != [status.st_size, status.st_mtime_ns]:
            return _Ledger()
        stamps, places = data["members"], data.get("places", {})
        packed = {name: _Packed._make(place) for name, place in places.items()
                  if isinstance(place, list) and len(place) == 5
                  and all(isinstance(n, int) for n in place)}
    except (OSError, ValueError, KeyError, AttributeError, TypeError):
        return _Ledger()
    if not isinstance(stamps, dict) or len(packed) != len(places):
        return _Ledger()
    return _Ledger(str(data.get("date", "")), stamps, packed)


def _write_ledger(ledger: Path, path: Path, written: _Ledger) -> None:
    status = path.stat()
    places = {name: list(place) for name, place in written.places.items()}
    data = {"date": written.date, "zip": [status.st_size, status.st_mtime_ns],
            "members": written.stamps, "places": places}
    text = json.dumps(data, sort_keys=True, separators=(",", ":")) + "\n"
    atomic_write(ledger, text.encode("utf-8"), durable=False)
