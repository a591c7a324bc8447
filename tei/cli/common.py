"""Helpers shared by the CLI commands: exit codes, diagnostics on stderr, progress, inputs."""

from __future__ import annotations

import errno
import glob
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import typer

from tei.diagnostics import Diagnostic, InputError, Severity, one_line
from tei.project import Project, open_project

if TYPE_CHECKING:  # the converter is imported only by the commands that convert
    from tei.conversion import Settings

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2

T = TypeVar("T")


@dataclass
class CliState:
    """Options given before the subcommand."""

    debug: bool = False


state = CliState()


def emit(diagnostic: Diagnostic) -> None:
    """Print one diagnostic line on stderr."""
    print(diagnostic.format(), file=sys.stderr)


def fail(message: str, code: int = EXIT_USAGE) -> typer.Exit:
    """Print `tei: message` (on one line) on stderr and return the Exit to raise."""
    print(f"tei: {one_line(message)}", file=sys.stderr)
    return typer.Exit(code)


def progress(items: Sequence[T], description: str) -> Iterator[T]:
    """Iterate over `items`, with a progress bar when stderr is a terminal and there are several."""
    if len(items) < 2 or not sys.stderr.isatty():
        yield from items
        return
    from rich.console import Console  # imported here: a terminal batch is the only user
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
               TimeRemainingColumn())
    console = Console(stderr=True, highlight=False, soft_wrap=True)
    with Progress(*columns, console=console, transient=True) as bar:
        yield from bar.track(items, description=description)


def collect_files(inputs: Iterable[str], suffix: str,
                  outputs: Iterable[Path | None] = ()) -> list[Path]:
    """Expand files, folders (recursively, files ending in `suffix`) and glob patterns; the
    files inside the folders of `outputs` (a command's own output) are left out.

    Raises typer.Exit(2) naming the first input that matches nothing.
    """
    found: list[Path] = []
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            found.extend(_folder_files(path, suffix))
        elif path.is_file():
            found.append(path)
        elif glob.has_magic(item):
            matches = sorted(Path(p) for p in glob.glob(item, recursive=True))
            if not matches:
                raise fail(f"{item}: no file matches this pattern")
            found.extend(p for p in matches if p.is_file())
        else:
            raise fail(f"{item}: {_not_a_file(path)}")
    return [path for path in dict.fromkeys(found) if not _inside(path, outputs)]


def _folder_files(folder: Path, suffix: str) -> list[Path]:
    """The regular files ending in `suffix` under `folder`, sorted; a warning names each entry
    of that ending that cannot be read as one (a broken or looping link, a named pipe)."""
    files = []
    for path in sorted(folder.rglob(f"*{suffix}")):
        if path.is_file():
            files.append(path)
        elif not path.is_dir():
            emit(Diagnostic(str(path), 1, 1, Severity.WARNING,
                            f"skipped: {_not_a_file(path)}", "not-a-file"))
    return files


def _not_a_file(path: Path) -> str:
    """Why `path`, neither a file nor a folder, cannot be read."""
    if path.is_symlink():
        try:
            path.stat()
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                return "a symbolic link that loops (it leads back to itself)"
        return f"a symbolic link to {os.readlink(path)}, which does not exist"
    if os.path.lexists(path):
        from tei.xmlio import special_kind  # lxml only for commands that read files

        return f"{special_kind(path.stat().st_mode)}, not a regular file or folder"
    return "no such file or folder"


def _inside(path: Path, folders: Iterable[Path | None]) -> bool:
    """Whether `path` lies inside one of `folders` (None: no folder)."""
    where = path.resolve()
    return any(folder is not None and where.is_relative_to(folder.resolve())
               for folder in folders)


EDITION_HELP = ("The edition: its project folder or its settings TOML [default: the project "
                "holding corpus/edition.toml, found from the working folder upwards].")


def project_for(edition: Path | None) -> Project:
    """The project a command works on (see `tei.project`); exit 2 with the diagnostic when
    `--edition` names none."""
    try:
        return open_project(edition)
    except InputError as exc:
        raise fail(exc.diagnostic.format()) from None


def convert_settings(project: Project, register: Path | None = None,
                     patterns: Path | None = None) -> Settings:
    """The converter's settings for `project`; `register` and `patterns` override its own."""
    from tei.conversion import Settings

    return Settings(register or project.register, patterns or project.patterns,
                    project.edition_file, project.root)


ENGINE_HELP = ("Where per-document work runs: local processes, or dask (a local Dask cluster "
               "of --jobs workers, or the one at --scheduler).")
SCHEDULER_HELP = "Address of a running Dask scheduler (tcp://host:8786); implies --engine dask."
