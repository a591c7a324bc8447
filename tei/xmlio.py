"""XML and text I/O for every stage: one hardened parser, deterministic output, atomic writes.

XML reaching us is untrusted: DOCTYPE declarations are refused before parsing (so no
external entity, DTD or network access and no entity-expansion bomb can start), and the
parser itself is configured never to load DTDs, resolve entities or touch the network.
Decoding source text lives in `tei.decoding`; `decode_text` is re-exported here.
"""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

from lxml import etree

from tei.decoding import DecodedText as DecodedText
from tei.decoding import decode_text as decode_text
from tei.diagnostics import error

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"
NSMAP = {"tei": TEI_NS}

_DOCTYPE = re.compile(rb"<!DOCTYPE", re.IGNORECASE)
_ROOT_START = re.compile(rb"<[A-Za-z_]")
_SYNTAX_DETAIL = re.compile(r",\s*line \d+, column \d+$")


def make_parser() -> etree.XMLParser:
    """Return a new hardened parser: no DTD, no entities, no network, no huge trees."""
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_blank_text=False,
    )


_PARSER = make_parser()


def _doctype_line(data: bytes) -> int | None:
    """Line of a DOCTYPE declaration in the prolog, or None when there is none."""
    root = _ROOT_START.search(data)
    prolog = data[: root.start()] if root else data
    match = _DOCTYPE.search(prolog)
    return prolog.count(b"\n", 0, match.start()) + 1 if match else None


def parse_bytes(data: bytes, path: str) -> etree._ElementTree:
    """Parse untrusted XML; raise InputError naming `path`, line and column on any problem."""
    line = _doctype_line(data)
    if line is not None:
        raise error(
            path,
            "DOCTYPE declarations are not allowed (external entities, DTDs and entity "
            "expansion are refused for security)",
            line,
            rule="xml-doctype",
        )
    try:
        root = etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as exc:
        entry = exc.error_log.last_error if exc.error_log else None
        message = entry.message if entry else _SYNTAX_DETAIL.sub("", str(exc))
        lineno = entry.line if entry else (exc.lineno or 1)
        col = entry.column if entry else (exc.offset or 1)
        raise error(path, f"not well-formed XML: {message}", lineno or 1, col or 1,
                    rule="xml-syntax") from None
    return root.getroottree()


def parse_file(path: Path) -> etree._ElementTree:
    """Read and parse an XML file with the hardened parser."""
    return parse_bytes(read_bytes(path), str(path))


def read_bytes(path: Path) -> bytes:
    """Read a file, turning OS errors into an InputError that names the file."""
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise error(str(path), f"cannot read file: {exc.strerror or exc}", rule="io") from None


def serialize(tree: etree._ElementTree | etree._Element) -> bytes:
    """Serialise deterministically as UTF-8 with an XML declaration and a final newline."""
    data = etree.tostring(tree, encoding="UTF-8", xml_declaration=True)
    data = data.replace(b"<?xml version='1.0' encoding='UTF-8'?>",
                        b'<?xml version="1.0" encoding="UTF-8"?>', 1)
    return data if data.endswith(b"\n") else data + b"\n"


def write_file(path: Path, data: bytes) -> None:
    """Write atomically; an OS error (read-only folder, disk full, no permission) becomes an
    InputError naming the file and the cause."""
    try:
        atomic_write(path, data)
    except OSError as exc:
        raise error(str(path), f"cannot write file: {exc.strerror or exc}", rule="io") from None


def atomic_write(path: Path, data: bytes) -> None:
    """Write `data` to `path` via a temporary file in the same folder and an atomic rename."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name[:64]}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
