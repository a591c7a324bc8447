"""The edition project a command works on: the folder holding `corpus/edition.toml`, found
by walking up from the working folder (or named with `--edition`).

What is whose: the edition's settings (`corpus/edition.toml`) and its register
(`corpus/register/`) belong to the project, so a new edition never sees our persons, places
or organisations; the converter's pattern tables are the tool's (`corpus/patterns/` of the
project only when it has one, to extend or override them) and so is the schema, which the
project keeps a copy of in `schemas/` so that its TEI files name it by a relative path.
Outside any project the tool's bundled edition, register and patterns are used.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from tei import resources
from tei.diagnostics import error
from tei.export.files import SCHEMA_FILES
from tei.xmlio import atomic_write

EDITION_FILE = Path("corpus") / "edition.toml"


@dataclass(frozen=True, slots=True)
class Project:
    """Where a command reads an edition's settings, register and patterns; `root` is the
    project folder (None: no project, the tool's bundled data)."""

    root: Path | None
    edition_file: Path
    register: Path
    patterns: Path

    def path(self, relative: str) -> Path:
        """A path inside the project (relative to the working folder when no project)."""
        return self.root / relative if self.root is not None else Path(relative)

    @property
    def schemas(self) -> Path:
        """The folder of schemas the project's TEI files name (the tool's without one)."""
        return self.root / "schemas" if self.root is not None else resources.schemas_dir()


def find_root(start: Path) -> Path | None:
    """The nearest folder from `start` upwards that holds `corpus/edition.toml`."""
    start = start.resolve()
    for folder in (start, *start.parents):
        if (folder / EDITION_FILE).is_file():
            return folder
    return None


def open_project(edition: Path | None = None, start: Path | None = None) -> Project:
    """The project named by `edition` (its folder or its edition TOML) or else found from
    `start` (default: the working folder); the bundled data when there is none.

    Raises InputError when `edition` names neither an edition file nor a project folder."""
    if edition is not None:
        return _named(edition)
    root = find_root(start or Path.cwd())
    if root is None:
        return Project(None, resources.edition_config(), resources.register_dir(),
                       resources.patterns_dir())
    return project_at(_shown(root), _shown(root) / EDITION_FILE)


def project_at(root: Path, edition_file: Path) -> Project:
    """The project in `root` with its settings in `edition_file`."""
    patterns = root / "corpus" / "patterns"
    return Project(root, edition_file, root / "corpus" / "register",
                   patterns if patterns.is_dir() else resources.patterns_dir())


def _named(edition: Path) -> Project:
    """The project of an `--edition` option: a project folder or an edition TOML file (whose
    project is the folder above its `corpus/` folder, else its own folder)."""
    if edition.is_dir() and (edition / EDITION_FILE).is_file():
        return project_at(edition, edition / EDITION_FILE)
    if not edition.is_file():
        raise error(str(edition), "no edition settings here: give an edition TOML file or a "
                    "project folder holding corpus/edition.toml", rule="config")
    folder = edition.parent
    return project_at(folder.parent if folder.name == "corpus" else folder, edition)


def _shown(root: Path) -> Path:
    """`root` relative to the working folder when it is the working folder or above it
    (`.`, `..`), so that diagnostics show short paths; else absolute."""
    cwd = Path.cwd().resolve()
    return Path(os.path.relpath(root, cwd)) if cwd.is_relative_to(root) else root


def sync_schemas(project: Project) -> list[Path]:
    """Copy the tool's schemas into the project's `schemas/` where they are missing or differ
    (the TEI files name them by relative paths); return the files written. Raises
    InputError when one cannot be written."""
    if project.root is None:
        return []
    written = []
    for name in SCHEMA_FILES:
        source, target = resources.schemas_dir() / name, project.schemas / name
        data = source.read_bytes()
        if target.is_file() and target.read_bytes() == data:
            continue
        try:
            atomic_write(target, data)
        except OSError as exc:
            raise error(str(target), f"cannot write the schema: {exc.strerror or exc}",
                        rule="io") from None
        written.append(target)
    return written
