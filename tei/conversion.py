"""What a build needs to know of conversion before it knows whether anything is to convert:
the settings, the result of one file, the schema address the TEI files name and the digest
of the converter's resources. Kept apart from `tei.convert` so that a build finding every
TEI file up to date never imports the converter (its rules, tables and their regexes)."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from tei import resources
from tei.diagnostics import Diagnostic
from tei.file_digest import remembered

DEFAULT_SCHEMA_HREF = "../../schemas/telegrams"
_CONVERTER = Path(__file__).resolve().parent / "convert"  # the converter's own code


@dataclass(frozen=True)
class Settings:
    """Where the register, pattern tables and edition settings come from (None: bundled),
    and the project whose `schemas/` folder the TEI files name (None: the tool's own)."""

    register: Path | None = None
    patterns: Path | None = None
    edition: Path | None = None
    project: Path | None = None


@dataclass(frozen=True)
class FileResult:
    """What happened to one source: `written`, `unchanged`, `refused` (hand-edited) or `failed`."""

    source: Path
    outcome: str
    diagnostics: list[Diagnostic] = field(default_factory=list)


def schema_href(out_dir: Path, project: Path | None = None) -> str:
    """Relative href from `out_dir` to the schemas of `project` (default: the tool's own
    tree), when `out_dir` lies inside that project."""
    root = (project or resources.data_root()).resolve()
    out = out_dir.resolve()
    if root in out.parents or out == root:
        schemas = root / "schemas" if project else resources.schemas_dir()
        return os.path.relpath(schemas / "telegrams", out)
    return DEFAULT_SCHEMA_HREF


def resources_digest(register_dir: Path | None = None, patterns_dir: Path | None = None,
                     edition_file: Path | None = None) -> str:
    """SHA-256 over the names and contents of the files a conversion depends on: the data and
    the converter's own code, so that a changed rule re-converts what it may change (cheap:
    deciding that outputs are up to date needs no resources loaded; remembered by the
    files' sizes and times, see `tei.file_digest`)."""
    register_dir = register_dir or resources.register_dir()
    patterns_dir = patterns_dir or resources.patterns_dir()
    edition_file = edition_file or resources.edition_config()
    paths = [*sorted(register_dir.glob("*.xml")), *sorted(patterns_dir.glob("*.xml")),
             edition_file, *sorted(_CONVERTER.rglob("*.py"))]
    return remembered("resources", paths, partial(_digest, paths))


def _digest(paths: list[Path]) -> str:
    """SHA-256 over the names and contents of the files `paths` that exist."""
    digest = hashlib.sha256()
    for path in paths:
        if path.is_file():
            digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()
