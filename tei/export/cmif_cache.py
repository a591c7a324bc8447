"""The CMIF file of a build, written from the entries of the last build: per document its
`correspDesc` (or why it has none) with the size and modification time its TEI had, the
text it has in the file and whether it breaks no CMIF rule, in one file beside the CMIF
file. A rebuild reads only the TEI files that changed, and writes the CMIF file by joining
the documents' texts between its header and its end (the bytes `cmif_bytes` gives),
checking again only the entries not known to be clean. The cache holds only for the same
tool version, export settings and register (its environment).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from lxml import etree

from tei import __version__
from tei.bookkeeping import load_records, save_records
from tei.diagnostics import Diagnostic, Severity
from tei.export.cmif import (
    CMIF_SCHEMA,
    Described,
    LazyRegister,
    Skipped,
    correspondence,
    skeleton,
    source_id,
    tei,
)
from tei.export.cmif_check import check_cmif, desc_is_clean
from tei.export.files import xml_bytes
from tei.export.settings import ExportSettings
from tei.render.manifest import digest
from tei.xmlio import TEI_NS, atomic_write, parse_bytes

Entry = list[object]  # TEI size, TEI mtime_ns, "desc" or "skip", XML or reason, text, clean
_GAP = "\n      "  # between two correspDesc elements of the indented file
_PROFILE = "<profileDesc>" + _GAP
_PROFILE_END = "\n    </profileDesc>"
_UNKNOWN = object()  # no status given: take it


def environment(settings: ExportSettings, register: Path) -> str:
    """What every entry depends on besides its document: tool version, export settings and
    the register's files."""
    files = sorted(register.glob("*.xml")) if register.is_dir() else []
    parts = [__version__, repr(settings), *(f"{p.name}\0{digest(p.read_bytes())}" for p in files)]
    return digest("\0".join(parts))


class CorrespondenceCache:
    """The cached entries in `file`, valid for `environment`; `write` answers from them for
    the documents whose TEI is unchanged and records what this run found."""

    def __init__(self, file: Path, environment: str) -> None:
        self.file = file
        self.environment = environment
        self.previous: dict[str, Entry] = load_records(file, environment, "documents")
        self.current: dict[str, Entry] = {}

    def write(self, paths: Sequence[Path], output: Path, settings: ExportSettings,
              register: Path, stats: Mapping[str, os.stat_result | None]) -> list[Diagnostic]:
        """Write the CMIF file of `paths` (`stats`: their statuses by path, where taken
        already) unless the CMIF rules find an error, and save the entries; return the
        diagnostics."""
        source = source_id(settings)
        entries = LazyRegister(register)
        texts: list[str] = []
        clean: list[bool] = []
        skipped: list[Diagnostic] = []
        for path in paths:
            known = stats.get(str(path), _UNKNOWN)
            found = self._entry(path, _status(path) if known is _UNKNOWN else known,
                                lambda path: correspondence(path, settings, entries), source)
            if found[2] == "skip":
                skipped.append(Skipped(path, str(found[3])).diagnostic())
            else:
                texts.append(str(found[4]))
                clean.append(bool(found[5]))
        data = _joined(texts, settings, output.name)
        diagnostics = skipped + check_cmif(parse_bytes(data, output.name), output.name, clean)
        if not any(item.severity == Severity.ERROR for item in diagnostics):
            _write_changed(output, data)
        if self.current != self.previous:
            save_records(self.file, self.environment, "documents", self.current)
        return diagnostics

    def _entry(self, path: Path, status: os.stat_result | None,
               compute: Callable[[Path], Described], source: str) -> Entry:
        """The entry of `path`: cached when its size and time are those recorded, else
        computed (and recorded, when the file could be read)."""
        if status is None:
            return [-1, -1, *_described(compute(path), source)]
        stamp = [status.st_size, status.st_mtime_ns]
        cached = self.previous.get(path.name)
        if isinstance(cached, list) and len(cached) == 6 and cached[:2] == stamp:
            entry = cached
        else:
            entry = [*stamp, *_described(compute(path), source)]
        self.current[path.name] = entry
        return entry


def _status(path: Path) -> os.stat_result | None:
    try:
        return os.stat(path)
    except OSError:
        return None


def _described(found: Described, source: str) -> list[object]:
    """How an entry is kept: ("desc", its XML, its text in the file, clean) or ("skip", the
    reason, "", True)."""
    if isinstance(found, Skipped):
        return ["skip", found.reason, "", True]
    xml = etree.tostring(found, encoding="unicode")
    return ["desc", xml, _text(found), desc_is_clean(found, source)]


def _text(desc: etree._Element) -> str:
    """The correspDesc as the indented CMIF file holds it (its depth decides its
    indentation; its namespace is the file's default one)."""
    root = etree.Element(tei("TEI"), nsmap={None: TEI_NS})
    etree.SubElement(etree.SubElement(root, tei("teiHeader")), tei("profileDesc")).append(desc)
    etree.indent(root, space="  ")
    text = etree.tostring(root, encoding="unicode")
    return text[text.index(_PROFILE) + len(_PROFILE):text.rindex(_PROFILE_END)]


def _joined(texts: list[str], settings: ExportSettings, address: str) -> bytes:
    """The CMIF file holding the correspDesc `texts`, in order: the file's own bytes around
    a placeholder letter, the placeholder replaced by the letters."""
    root, profile = skeleton(settings, address)
    if texts:
        etree.SubElement(profile, tei("correspDesc"))
    etree.indent(root, space="  ")
    frame = xml_bytes(root, (CMIF_SCHEMA,))
    if not texts:
        return frame
    before, after = frame.split(b"<correspDesc/>")
    return before + _GAP.join(texts).encode("utf-8") + after


def _write_changed(output: Path, data: bytes) -> None:
    """Write the file durably unless it holds these bytes already."""
    try:
        if output.stat().st_size == len(data) and output.read_bytes() == data:
            return
    except OSError:
        pass
    atomic_write(output, data)

