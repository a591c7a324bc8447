"""Deterministic zips written as a stream, rebuilt from the previous zip where they can be:
a member whose source file has the size and modification time it had when the previous zip
was written keeps its compressed bytes (same compressor, same bytes), and runs of such
members are copied as one block by the kernel (`os.copy_file_range`), local headers
included; only changed members are compressed (by `zipfile`, a batch at a time). The central
directory is the previous zip's records with their offsets moved, and the records `zipfile`
writes for the new members. A ledger beside the zip (`.<zip name>.json`) records each
member's source stamp, the zip's own and its date; the output is byte-identical to a zip
written from scratch by `zipfile`.

    write_zip(site / "telegrams.zip", [Member("a.xml", path.read_bytes, path)], "2026-01-01")
"""

from __future__ import annotations

import io
import json
import os
import struct
import tempfile
import zipfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Protocol

from tei import __version__
from tei.export.zip_records import (
    OFFSET,
    Stored,
    TooLarge,
    end_records,
    records,
    stored_members,
)
from tei.xmlio import atomic_write

_BATCH = 256  # new members compressed into one in-memory zip at a time
_DOS_STAMP = struct.Struct("<HH")  # time and date: local header byte 10, central record 12


class Status(Protocol):
    """What a member's stamp needs of its source's status (as `os.stat` gives it)."""

    @property
    def st_size(self) -> int: ...
    @property
    def st_mtime_ns(self) -> int: ...


@dataclass(frozen=True, slots=True)
class Member:
    """One file of a zip: its name inside the zip, how to read its bytes, the file they are
    made from (None: always compressed again; a path as a string costs less than a `Path`
    for thousands of members) and that file's status when the caller took it already
    (None: taken here)."""

    name: str
    read: Callable[[], bytes]
    source: Path | str | None = None
    status: Status | None = None


@dataclass(frozen=True, slots=True)
class _Previous:
    """The previous zip, open for reading: its members' stamps and places, and the DOS time
    and date to give copied members when it was written with another date (else None)."""

    handle: BinaryIO
    stamps: dict[str, str]
    stored: dict[str, Stored]
    redate: bytes | None

    def find(self, name: str, stamp: str) -> Stored | None:
        """The member as stored, if its source has the stamp it had then."""
        found = self.stored.get(name)
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
    ordered = sorted(members, key=lambda m: m.name)
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb", buffering=0) as handle, \
                _previous_zip(path, previous, date) as old:
            stamps = _write(handle, ordered, date, old)
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    _write_ledger(ledger, path, _Ledger(date, stamps))


@dataclass(frozen=True, slots=True)
class _Ledger:
    """What a ledger records of its zip: the date it was written with and each member's
    source stamp."""

    date: str = ""
    stamps: dict[str, str] = field(default_factory=dict)


def _write(handle: io.FileIO, members: Sequence[Member], date: str,
           old: _Previous | None) -> dict[str, str]:
    """Write the zip of `members` (sorted) into `handle`, from the previous zip where it
    can, else (too large for records without Zip64 extras) with `zipfile` alone; return
    the members' stamps."""
    try:
        return _write_members(handle, members, date, old)
    except TooLarge:
        handle.seek(0)
        handle.truncate()
        buffered = io.BufferedWriter(handle)
        stamps = _write_plain(buffered, members, date)
        buffered.flush()
        buffered.detach()
        return stamps


def _write_members(handle: io.FileIO, members: Sequence[Member], date: str,
                   old: _Previous | None) -> dict[str, str]:
    """Write the zip of `members` (sorted) into `handle`; return their stamps."""
    stamps = {}
    writer = _Writer(handle, old)
    for member in members:
        stamp = stamps[member.name] = _stamp(member)
        stored = old.find(member.name, stamp) if old is not None else None
        if stored is not None:
            writer.copy(stored)
        else:
            writer.add(zip_info(member.name, date), member.read())
    writer.close()
    return stamps


def _write_plain(handle: BinaryIO, members: Sequence[Member], date: str) -> dict[str, str]:
    """Write the zip of `members` with `zipfile` alone (Zip64 where it needs it)."""
    with zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as archive:
        for member in members:
            archive.writestr(zip_info(member.name, date), member.read())
    return {member.name: _stamp(member) for member in members}


class _Writer:
    """A zip written to `handle` in order: blocks of the previous zip copied as they are,
    new members compressed in batches; `close` writes the central directory."""

    def __init__(self, handle: io.FileIO, old: _Previous | None) -> None:
        self.handle = handle
        self.old = old
        self.records: list[bytes] = []
        self.block: list[int] = []  # [start, end) of the previous zip waiting to be copied
        self.fresh: list[tuple[zipfile.ZipInfo, bytes]] = []
        self.position = 0  # where the next member starts (waiting blocks counted)

    def copy(self, stored: Stored) -> None:
        """Append a member of the previous zip, as stored there."""
        if self.fresh:
            self._flush_fresh()
        record, offset = stored.record, self.position
        if self.old is not None and self.old.redate is not None:
            self._flush_block()
            _write_all(self.handle, _redated(self.old, stored))
            record = record[:12] + self.old.redate + record[16:]
        elif self.block and self.block[1] == stored.start:
            self.block[1] = stored.end
        else:
            self._flush_block()
            self.block = [stored.start, stored.end]
        if offset != stored.start:  # else the record says where it is already
            record = record[:42] + OFFSET.pack(self._offset(offset)) + record[46:]
        self.records.append(record)
        self.position += stored.end - stored.start

    def add(self, info: zipfile.ZipInfo, data: bytes) -> None:
        """Append a new member, compressed with the next batch."""
        self._flush_block()
        self.fresh.append((info, data))
        if len(self.fresh) >= _BATCH:
            self._flush_fresh()

    def close(self) -> None:
        """Write what waits, then the central directory and its end records."""
        self._flush_fresh()
        self._flush_block()
        directory = b"".join(self.records)
        _write_all(self.handle, directory + end_records(len(self.records), len(directory),
                                                          self.position))

    def _flush_block(self) -> None:
        if self.block and self.old is not None:
            start, end = self.block
            _copy_range(self.old.handle, self.handle, start, end - start)
        self.block = []

    def _flush_fresh(self) -> None:
        """Compress the waiting new members as `zipfile` does, and take its records."""
        if not self.fresh:
            return
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for info, data in self.fresh:
                archive.writestr(info, data)
            directory = archive.start_dir
        written = buffer.getvalue()
        _write_all(self.handle, written[:directory])
        for record in records(written[directory:], len(self.fresh)):
            offset = OFFSET.unpack_from(record, 42)[0]
            self.records.append(record[:42] + OFFSET.pack(self._offset(self.position + offset))
                                + record[46:])
        self.position += directory
        self.fresh = []

    @staticmethod
    def _offset(offset: int) -> int:
        """A local header offset, when a record without Zip64 extra can hold it."""
        if offset > zipfile.ZIP64_LIMIT:
            raise TooLarge
        return offset


def _redated(old: _Previous, stored: Stored) -> bytes:
    """A stored member (local header and data) with the DOS time and date of this zip."""
    data = os.pread(old.handle.fileno(), stored.end - stored.start, stored.start)
    return data[:10] + (old.redate or b"") + data[14:]


def _copy_range(source: BinaryIO, target: io.FileIO, start: int, length: int) -> None:
    """Append `length` bytes of `source` from `start` to `target`: by the kernel where it
    can, else read and written in pieces of bounded size."""
    source_fd, target_fd = source.fileno(), target.fileno()
    while length > 0:
        try:
            copied = os.copy_file_range(source_fd, target_fd, length, start)
        except (AttributeError, OSError):
            copied = _copy_pieces(source_fd, target, start, length)
        if copied <= 0:
            raise zipfile.BadZipFile("the previous zip ends early")
        start += copied
        length -= copied


def _copy_pieces(source_fd: int, target: io.FileIO, start: int, length: int) -> int:
    """`_copy_range` without the kernel's help; returns the bytes copied."""
    done = 0
    while done < length:
        piece = os.pread(source_fd, min(length - done, 2**20), start + done)
        if not piece:
            break
        _write_all(target, piece)
        done += len(piece)
    return done


def _write_all(target: io.FileIO, data: bytes) -> None:
    """Write all of `data` (an unbuffered file may take a part at a time)."""
    view = memoryview(data)
    while view:
        written = target.write(view)
        if not written:
            raise OSError("cannot write the zip")
        view = view[written:]


def _stamp(member: Member) -> str:
    """`version:size:mtime_ns` of a member's source ('' without one or when unreadable)."""
    if member.source is None:
        return ""
    status = member.status
    try:
        status = status if status is not None else os.stat(member.source)
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
        try:
            stored = stored_members(handle)
        except (zipfile.BadZipFile, OSError, struct.error, UnicodeDecodeError):
            stored = {}
        redate = None if ledger.date == date else _dos_stamp(date)
        yield _Previous(handle, ledger.stamps, stored, redate)


def _dos_stamp(date: str) -> bytes:
    """The DOS time and date fields of a member dated `date`."""
    year, month, day = zip_info("x", date).date_time[:3]
    return _DOS_STAMP.pack(0, (year - 1980) << 9 | month << 5 | day)


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
        stamps = data["members"]
    except (OSError, ValueError, KeyError, AttributeError, TypeError):
        return _Ledger()
    if not isinstance(stamps, dict):
        return _Ledger()
    return _Ledger(str(data.get("date", "")), stamps)


def _write_ledger(ledger: Path, path: Path, written: _Ledger) -> None:
    status = path.stat()
    data = {"date": written.date, "zip": [status.st_size, status.st_mtime_ns],
            "members": written.stamps}
    text = json.dumps(data, sort_keys=True, separators=(",", ":")) + "\n"
    atomic_write(ledger, text.encode("utf-8"), durable=False)
