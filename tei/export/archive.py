"""A zip of the edition to share: the TEI files, the register, the schemas they name and a
README with licence and citation. The layout mirrors the repository (`corpus/tei/`,
`corpus/register/`, `schemas/`), so every `xml-model` path resolves inside the unpacked zip;
entries are sorted and dated with the export date, so re-running gives the same bytes."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable
from pathlib import Path

from tei.export.files import relinked, schema_payload
from tei.export.settings import ExportSettings
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


def archive_entries(paths: Iterable[Path], settings: ExportSettings, register: Path
                    ) -> dict[str, bytes]:
    """Every file of the zip by its name inside the zip."""
    paths = list(paths)
    entries = {f"{DOCUMENTS}/{path.name}": relinked(path, DOCUMENT_SCHEMAS) for path in paths}
    entries.update({f"{REGISTER}/{path.name}": read_bytes(path)
                    for path in sorted(register.glob("*.xml"))})
    entries.update({f"{SCHEMAS}/{name}": data for name, data in schema_payload().items()})
    entries["README.txt"] = readme(settings, len(paths)).encode("utf-8")
    return entries


def zip_bytes(entries: dict[str, bytes], date: str) -> bytes:
    """A deterministic zip of `entries`: sorted names, one timestamp, fixed permissions."""
    year, month, day = (int(part) for part in date.split("-"))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(entries):
            info = zipfile.ZipInfo(name, date_time=(max(year, 1980), month, day, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, entries[name])
    return buffer.getvalue()
