"""A zip of the edition to share: the TEI files, the register, the schemas they name and a
README with licence and citation. The layout mirrors the repository (`corpus/tei/`,
`corpus/register/`, `schemas/`), so every `xml-model` path resolves inside the unpacked zip;
entries are sorted and dated with the export date, so re-running gives the same bytes."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable, Mapping
from functools import partial
from pathlib import Path

from tei.export.files import relinked, schema_sources
from tei.export.settings import ExportSettings
from tei.export.zipped import Member, Status, zip_info
from tei.xmlio import read_bytes

DOCUMENTS = "corpus/tei"
REGISTER = "corpus/register"
SCHEMAS = "schemas"
DOCUMENT_SCHEMAS = (f"../../{SCHEMAS}/telegrams.rng", f"../../{SCHEMAS}/telegrams.sch")


def readme(settings: ExportSettings, count: int) -> str:
    """README.txt: what the zip holds, its licence, how to cite and to validate it."""
    edition = settings.edition
    where = f" {edition.base_url}" if edition.base_url else ""
    licence = f"{edition.licence} ({edition.licence_url})" if edition.licence_url \
        else edition.licence or "see each file's availability statement"
    return "\n".join((
        edition.title, "=" * len(edition.title), "",
        f"{count} TEI P5 documents exported on {settings.date}.", "",
        "Contents", "--------",
        f"{DOCUMENTS}/      the documents (TEI P5, one file per document)",
        f"{REGISTER}/ the register of persons, places and organisations (TEI standOff)",
        f"{SCHEMAS}/         telegrams.rng (RELAX NG), telegrams.xsd (W3C XML Schema),",
        "                 telegrams.sch (ISO Schematron, XSLT 2 binding),",
        "                 telegrams-corpus.rng (a teiCorpus of these documents)", "",
        "Every document names its schemas in xml-model processing instructions with paths",
        "inside this folder, e.g.:  jing schemas/telegrams.rng corpus/tei/*.xml", "",
        "Licence", "-------",
        f"Encoding: {licence}. The transcribed texts keep the reuse statement of their",
        "archive (see each file's publicationStmt/availability); the register's terms are",
        f"in the publicationStmt of each file in {REGISTER}/.", "",
        "Citation", "--------",
        f"{edition.publisher or edition.title}. {edition.title}. {settings.date}.{where}", "",
    ))


def archive_members(paths: Iterable[Path], settings: ExportSettings, register: Path,
                    stats: Mapping[str, Status | None] | None = None) -> list[Member]:
    """Every file of the zip, read when it is written, with the file it is made from (and
    the documents' statuses by path, where `stats` holds them)."""
    paths = list(paths)
    stats = stats or {}
    members = [Member(f"{DOCUMENTS}/{path.name}", partial(relinked, path, DOCUMENT_SCHEMAS), path,
                      stats.get(str(path))) for path in paths]
    members += [Member(f"{REGISTER}/{path.name}", partial(read_bytes, path), path)
                for path in sorted(register.glob("*.xml"))]
    members += [Member(f"{SCHEMAS}/{name}", partial(read_bytes, source), source)
                for name, source in schema_sources().items()]
    about = readme(settings, len(paths)).encode("utf-8")
    members.append(Member("README.txt", lambda: about))
    return members


def archive_entries(paths: Iterable[Path], settings: ExportSettings, register: Path
                    ) -> dict[str, bytes]:
    """Every file of the zip by its name inside the zip."""
    return {member.name: member.read() for member in archive_members(paths, settings, register)}


def zip_bytes(entries: dict[str, bytes], date: str) -> bytes:
    """A deterministic zip of `entries`: sorted names, one timestamp, fixed permissions."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(entries):
            archive.writestr(zip_info(name, date), entries[name])
    return buffer.getvalue()
