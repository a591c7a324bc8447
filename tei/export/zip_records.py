"""The records of a zip's central directory, as `zipfile` writes them: reading a previous
zip's members (where each one's local header and data lie) and writing the end records."""

from __future__ import annotations

import os
import struct
import zipfile
from collections.abc import Iterator
from typing import BinaryIO, NamedTuple

COPY_LIMIT = 2**30  # larger members are compressed again (their headers would need Zip64)
CENTRAL = struct.Struct(zipfile.structCentralDir)
_END = struct.Struct(zipfile.structEndArchive)
_END64 = struct.Struct(zipfile.structEndArchive64)
_LOCATOR = struct.Struct(zipfile.structEndArchive64Locator)
OFFSET = struct.Struct("<L")  # a central record's local header offset, at byte 42
_DATA_DESCRIPTOR = 0x08
_UTF8_NAME = 0x800


class Stored(NamedTuple):
    """A member of the previous zip: its central directory record, where its local header
    starts and where the next member (or the central directory) starts."""

    record: bytes
    start: int
    end: int


class TooLarge(Exception):
    """The zip outgrows what records without Zip64 extras can address."""


def end_records(count: int, size: int, offset: int) -> bytes:
    """The end of the central directory as `zipfile` writes it (Zip64 records first when
    there are more members than the classic record counts)."""
    if offset > zipfile.ZIP64_LIMIT or size > zipfile.ZIP64_LIMIT:
        raise TooLarge
    ending = b""
    if count > zipfile.ZIP_FILECOUNT_LIMIT:
        ending = _END64.pack(zipfile.stringEndArchive64, 44, 45, 45, 0, 0, count, count,
                             size, offset)
        ending += _LOCATOR.pack(zipfile.stringEndArchive64Locator, 0, offset + size, 1)
        count = min(count, 0xFFFF)
    return ending + _END.pack(zipfile.stringEndArchive, 0, 0, count, count, size, offset, 0)


def records(directory: bytes, count: int) -> Iterator[bytes]:
    """The first `count` central directory records of `directory`, each whole (raises
    BadZipFile when one is not a record)."""
    for _, start, end in _unpacked(directory, count):
        yield directory[start:end]


def stored_members(handle: BinaryIO) -> dict[str, Stored]:
    """The members of a zip that can be copied (deflated, no data descriptor, extra field
    or comment, below the copy limit) by name, read from its central directory (each
    record unpacked once)."""
    count, offset, size = _directory(handle)
    handle.seek(offset)
    directory = handle.read(size)
    found = list(_unpacked(directory, count))
    starts = sorted(fields[-1] for fields, _, _ in found)
    if starts and starts[-1] >= 0xFFFFFFFF:  # a Zip64 offset: the extents are unknown
        return {}
    ends = dict(zip(starts, [*starts[1:], offset], strict=True))
    stored = {}
    for fields, position, end in found:
        flags, method, size, name_length, start = (fields[5], fields[6], fields[11],
                                                    fields[12], fields[-1])
        if (method != zipfile.ZIP_DEFLATED or flags & _DATA_DESCRIPTOR or fields[13]
                or fields[14] or size >= COPY_LIMIT):
            continue
        name = directory[position + CENTRAL.size:position + CENTRAL.size + name_length]
        stored[name.decode("utf-8" if flags & _UTF8_NAME else "cp437")] = Stored(
            directory[position:end], start, ends[start])
    return stored


def _unpacked(directory: bytes, count: int) -> Iterator[tuple[tuple, int, int]]:
    """The fields of the first `count` central directory records of `directory`, with
    where each starts and ends (raises BadZipFile when one is not a record)."""
    position, unpack, fixed = 0, CENTRAL.unpack_from, CENTRAL.size
    for _ in range(count):
        fields = unpack(directory, position)
        if fields[0] != zipfile.stringCentralDir:
            raise zipfile.BadZipFile("not a central directory record")
        end = position + fixed + fields[12] + fields[13] + fields[14]
        yield fields, position, end
        position = end


def _directory(handle: BinaryIO) -> tuple[int, int, int]:
    """The number of records, the offset and the size of a zip's central directory, from
    its end records (a zip written here has no comment)."""
    length = handle.seek(0, os.SEEK_END)
    if length < _END.size:
        raise zipfile.BadZipFile("too short for a zip")
    handle.seek(length - _END.size)
    fields = _END.unpack(handle.read(_END.size))
    if fields[0] != zipfile.stringEndArchive or fields[-1]:
        raise zipfile.BadZipFile("no end of central directory")
    count, size, offset = fields[4], fields[5], fields[6]
    if count == 0xFFFF and length >= _END.size + _LOCATOR.size:
        handle.seek(length - _END.size - _LOCATOR.size)
        locator = _LOCATOR.unpack(handle.read(_LOCATOR.size))
        if locator[0] == zipfile.stringEndArchive64Locator:
            handle.seek(locator[2])
            end64 = _END64.unpack(handle.read(_END64.size))
            if end64[0] != zipfile.stringEndArchive64:
                raise zipfile.BadZipFile("no Zip64 end of central directory")
            count, size, offset = end64[7], end64[8], end64[9]
    return count, offset, size
