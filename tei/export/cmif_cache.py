"""The CMIF file of a build, written from the entries of the last build: per document its
`correspDesc` (or why it has none) with the size, modification time and content digest its
TEI had, the text it has in the file and whether it breaks no CMIF rule, in one file beside
the CMIF file. A rebuild reads only the TEI files whose size or time changed, and parses
only those whose content changed too (a build that found nothing to render, as after the
TEI files were rewritten with the same bytes, leaves the cache with their old times), and
writes the CMIF file by joining
the documents' texts between its header and its end (the bytes `cmif_bytes` gives),
checking again only the entries not known to be clean. The cache holds only for the same
tool version, export settings and register (its environment).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from lxml import etree

from tei import __version__
from tei.bookkeeping import load_records, save_records
from tei.diagnostics import Diagnostic, InputError, Severity
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
from tei.export.cmif_check import (
    Finding,
    bibl_ids,
    desc_is_clean,
    frame_findings,
    letter_findings,
)
from tei.export.files import xml_bytes
from tei.export.settings import ExportSettings
from tei.render.manifest import digest
from tei.xmlio import TEI_NS, parse_bytes, read_bytes

Entry = list[object]  # TEI size, mtime_ns, digest, "desc" or "skip", reason, text, clean
_FIELDS = 7
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
        diagnostics. The file is written a letter at a time (never held whole), and only
        its frame and the letters not known to be clean are parsed to be checked."""
        source = source_id(settings)
        entries = LazyRegister(register)
        skipped: list[Diagnostic] = []
        with _staged(output) as (handle, staged):
            letters = _Letters(handle, settings, output.name)
            for path in paths:
                known = stats.get(str(path), _UNKNOWN)
                found = self._entry(path, _status(path) if known is _UNKNOWN else known,
                                    lambda path: correspondence(path, settings, entries),
                                    source)
                if found[3] == "skip":
                    skipped.append(Skipped(path, str(found[4])).diagnostic())
                else:
                    letters.add(str(found[5]), bool(found[6]))
            letters.close()
            diagnostics = skipped + letters.check(output.name)
            if not any(item.severity == Severity.ERROR for item in diagnostics):
                _publish(staged, output)
        if self.current != self.previous:
            save_records(self.file, self.environment, "documents", self.current)
        return diagnostics

    def _entry(self, path: Path, status: os.stat_result | None,
               compute: Callable[[Path], Described], source: str) -> Entry:
        """The entry of `path`: cached when its size and time, or else its content, are
        those recorded; else computed (and recorded, when the file could be read)."""
        if status is None:
            return [-1, -1, "", *_described(compute(path), source)]
        stamp = [status.st_size, status.st_mtime_ns]
        cached = self.previous.get(path.name)
        if not isinstance(cached, list) or len(cached) != _FIELDS:
            cached = None
        if cached is not None and cached[:2] == stamp:
            entry = cached
        else:
            content = _content_digest(path)
            known = cached is not None and content == cached[2] != ""
            entry = [*stamp, content,
                     *(cached[3:] if known else _described(compute(path), source))]
        self.current[path.name] = entry
        return entry


def _content_digest(path: Path) -> str:
    """The digest of the file's bytes ("" when it cannot be read)."""
    try:
        return digest(read_bytes(path))
    except InputError:
        return ""


def _status(path: Path) -> os.stat_result | None:
    try:
        return os.stat(path)
    except OSError:
        return None


def _described(found: Described, source: str) -> list[object]:
    """How an entry is kept: ("desc", "", its text in the file, clean) or ("skip", the
    reason, "", True)."""
    if isinstance(found, Skipped):
        return ["skip", found.reason, "", True]
    return ["desc", "", _text(found), desc_is_clean(found, source)]


def _text(desc: etree._Element) -> str:
    """The correspDesc as the indented CMIF file holds it (its depth decides its
    indentation; its namespace is the file's default one)."""
    root = etree.Element(tei("TEI"), nsmap={None: TEI_NS})
    etree.SubElement(etree.SubElement(root, tei("teiHeader")), tei("profileDesc")).append(desc)
    etree.indent(root, space="  ")
    text = etree.tostring(root, encoding="unicode")
    return text[text.index(_PROFILE) + len(_PROFILE):text.rindex(_PROFILE_END)]


class _Letters:
    """The CMIF file written to `handle` letter by letter (each letter's text as the indented
    file holds it, see `_text`) between the bytes of its frame, noting the line each letter
    not known to be clean starts on, to check it alone."""

    def __init__(self, handle: BinaryIO, settings: ExportSettings, address: str) -> None:
        self.handle = handle
        root, profile = skeleton(settings, address)
        etree.indent(root, space="  ")
        self.frame = xml_bytes(root, (CMIF_SCHEMA,))  # the file without letters
        etree.SubElement(profile, tei("correspDesc"))
        etree.indent(root, space="  ")
        self.before, self.after = xml_bytes(root, (CMIF_SCHEMA,)).split(b"<correspDesc/>")
        self.line = self.before.count(b"\n") + 1  # where the next letter starts
        self.letters = 0
        self.unchecked: list[tuple[int, str]] = []  # (first line, text) of letters to check

    def add(self, text: str, clean: bool) -> None:
        """Write the next letter; `clean`: it is known to break no CMIF rule."""
        self.handle.write(_GAP.encode() if self.letters else self.before)
        self.line += bool(self.letters) * _GAP.count("\n")
        if not clean:
            self.unchecked.append((self.line, text))
        self.handle.write(text.encode("utf-8"))
        self.line += text.count("\n")
        self.letters += 1

    def close(self) -> None:
        """Write the end of the file (the frame alone when there is no letter)."""
        self.handle.write(self.after if self.letters else self.frame)

    def check(self, address: str) -> list[Diagnostic]:
        """The breaches of the CMIF rules in the file written, as `check_cmif` finds them in
        it whole: the frame's, then each unchecked letter's (lines of the whole file)."""
        root = parse_bytes(self.frame, address).getroot()
        header, dates = frame_findings(root)
        ids = bibl_ids(root)
        letters: list[Diagnostic] = []
        letter_dates: list[Diagnostic] = []
        for line, text in self.unchecked:
            desc = _letter(text, address)
            found, found_dates = letter_findings(desc, ids)
            letters += _diagnostics(found, address, line - 1)
            letter_dates += _diagnostics(found_dates, address, line - 1)
        return [*_diagnostics(header, address), *letters, *_diagnostics(dates, address),
                *letter_dates]


def _letter(text: str, address: str) -> etree._Element:
    """A letter's correspDesc parsed from its text in the file (its lines from 1)."""
    wrapped = (f'<TEI xmlns="{TEI_NS}"><teiHeader><profileDesc>{text}'
               "</profileDesc></teiHeader></TEI>")
    return parse_bytes(wrapped.encode("utf-8"), address).getroot()[0][0][0]


def _diagnostics(findings: list[Finding], address: str, shift: int = 0) -> list[Diagnostic]:
    """Findings as diagnostics about the file, their lines moved down by `shift`."""
    return [Diagnostic(address, (element.sourceline or 1) + shift, 1, severity, message, rule)
            for element, severity, message, rule in findings]


@contextmanager
def _staged(output: Path) -> Iterator[tuple[BinaryIO, Path]]:
    """A temporary file beside `output` (named as `atomic_write` names its own, so a killed
    build's is cleaned up), open for writing; removed on leaving unless published."""
    output.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{output.name[:64]}.", suffix=".tmp",
                                dir=output.parent)
    staged = Path(name)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle, staged
    finally:
        staged.unlink(missing_ok=True)


def _publish(staged: Path, output: Path) -> None:
    """Put the staged file in place of `output`, durably, unless `output` holds the same
    bytes already (then it is left alone)."""
    if _same_bytes(staged, output):
        return
    with open(staged, "rb+") as handle:
        os.fsync(handle.fileno())
    os.chmod(staged, 0o644)
    os.replace(staged, output)


def _same_bytes(first: Path, second: Path, size: int = 2**20) -> bool:
    """Whether two files hold the same bytes (read a piece at a time; False if either
    cannot be read)."""
    try:
        if first.stat().st_size != second.stat().st_size:
            return False
        with open(first, "rb") as one, open(second, "rb") as other:
            while (piece := one.read(size)) == other.read(size):
                if not piece:
                    return True
    except OSError:
        pass
    return False
