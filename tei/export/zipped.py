"""Deterministic zips written as a stream, rebuilt from the previous zip where they can be:
a member whose source file has the size and modification time it had when the previous zip
was written is copied from that zip still compressed (same compressor, same bytes), so a
rebuild after one change compresses one file. A ledger beside the zip
(`.<zip name>.json`) records each member's source stamp and the zip's own; the output is
byte-identical to a zip written from scratch.

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
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

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


@dataclass(frozen=True, slots=True)
class _Packed:
    """A member of the previous zip as stored: CRC, sizes and its compressed bytes' place."""

    crc: int
    size: int
    compressed: int
    offset: int


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
        with os.fdopen(fd, "wb") as handle, _previous_zip(path, previous) as (old, packed):
            stamps = _write_members(handle, members, date, previous, old, packed)
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    _write_ledger(ledger, path, stamps)


def _write_members(handle: BinaryIO, members: Sequence[Member], date: str,
                   previous: dict[str, str], old: BinaryIO | None,
                   packed: dict[str, _Packed]) -> dict[str, str]:
    """Write the zip into `handle`; return the members' source stamps."""
    stamps = {}
    with zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as archive:
        for member in sorted(members, key=lambda m: m.name):
            stamp = stamps[member.name] = _stamp(member.source)
            info = zip_info(member.name, date)
            stored = packed.get(member.name)
            if old is not None and stored and stamp and previous.get(member.name) == stamp:
                _copy(archive, info, stored, old)
            else:
                archive.writestr(info, member.read())
    return stamps


def _stamp(source: Path | None) -> str:
    """`version:size:mtime_ns` of a member's source ('' without one or when unreadable)."""
    if source is None:
        return ""
    try:
        status = source.stat()
    except OSError:
        return ""
    return f"{__version__}:{status.st_size}:{status.st_mtime_ns}"


@contextmanager
def _previous_zip(path: Path, stamps: dict[str, str]
                  ) -> Iterator[tuple[BinaryIO | None, dict[str, _Packed]]]:
    """The previous zip, open for reading, and where its members' compressed bytes are
    (nothing when the ledger does not describe it)."""
    if not stamps:
        yield None, {}
        return
    try:
        handle = path.open("rb")
    except OSError:
        yield None, {}
        return
    with handle:
        try:
            packed = _packed_members(handle)
        except (zipfile.BadZipFile, OSError, struct.error):
            packed = {}
        yield handle, packed


def _packed_members(handle: BinaryIO) -> dict[str, _Packed]:
    """Every deflated member of the zip open in `handle`, by name."""
    with zipfile.ZipFile(handle) as archive:
        infos = [info for info in archive.infolist()
                 if info.compress_type == zipfile.ZIP_DEFLATED and info.file_size < _COPY_LIMIT]
    found = {}
    for info in infos:
        handle.seek(info.header_offset)
        header = handle.read(zipfile.sizeFileHeader)
        name_length, extra_length = struct.unpack("<HH", header[26:30])
        offset = info.header_offset + zipfile.sizeFileHeader + name_length + extra_length
        found[info.filename] = _Packed(info.CRC, info.file_size, info.compress_size, offset)
    return found


def _copy(archive: zipfile.ZipFile, info: zipfile.ZipInfo, stored: _Packed,
          old: BinaryIO) -> None:
    """Append a member whose compressed bytes are copied from the previous zip, with the
    header `writestr` would write for the same data (zipfile has no public call for it)."""
    old.seek(stored.offset)
    data = old.read(stored.compressed)
    info.CRC, info.file_size, info.compress_size = stored.crc, stored.size, stored.compressed
    info.flag_bits = 0
    info.header_offset = archive.fp.tell()
    archive.fp.write(info.FileHeader(False))
    archive.fp.write(data)
    archive.start_dir = archive.fp.tell()
    archive.filelist.append(info)
    archive.NameToInfo[info.filename] = info
    archive._didModify = True  # the central directory is written on close


def ledger_path(path: Path) -> Path:
    """Where the ledger of the zip at `path` is kept."""
    return path.with_name(f".{path.name}.json")


def _read_ledger(ledger: Path, path: Path) -> dict[str, str]:
    """The member stamps of the previous zip, if the ledger describes the zip now at `path`
    (same size and time), else none."""
    try:
        data = json.loads(ledger.read_text(encoding="utf-8"))
        status = path.stat()
        if data.get("zip") != [status.st_size, status.st_mtime_ns]:
            return {}
        members = data["members"]
    except (OSError, ValueError, KeyError, AttributeError):
        return {}
    return members if isinstance(members, dict) else {}


def _write_ledger(ledger: Path, path: Path, stamps: dict[str, str]) -> None:
    status = path.stat()
    data = {"zip": [status.st_size, status.st_mtime_ns], "members": stamps}
    text = json.dumps(data, sort_keys=True, separators=(",", ":")) + "\n"
    atomic_write(ledger, text.encode("utf-8"), durable=False)
