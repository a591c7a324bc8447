"""Which files to validate: files changed since a git revision, TEI documents only."""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Iterable
from pathlib import Path

_PROLOG_ITEM = re.compile(rb"\s+|<\?.*?(?:\?>|\Z)|<!--.*?(?:-->|\Z)", re.DOTALL)
_START_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)")
_SNIFF_BYTES = 65536


class GitError(Exception):
    """git could not list the changed files."""


def _git(args: list[str], cwd: Path) -> str:
    try:
        done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True,
                              check=False)
    except OSError as exc:
        raise GitError(f"cannot run git: {exc.strerror or exc}") from None
    if done.returncode != 0:
        raise GitError(done.stderr.strip() or f"git {' '.join(args)} failed")
    return done.stdout


def changed_files(revision: str, cwd: Path) -> list[Path]:
    """Existing `.xml` files that differ between `revision` and the working tree, relative
    to `cwd` (so that reports and CI annotations name them as the user does)."""
    top = Path(_git(["rev-parse", "--show-toplevel"], cwd).strip())
    names = _git(["diff", "--name-only", "-z", "--diff-filter=d", revision, "--"], cwd)
    found = (top / name for name in names.split("\0") if name.endswith(".xml"))
    return sorted(Path(os.path.relpath(path, cwd.resolve())) for path in found if path.is_file())


def within(paths: Iterable[Path], scopes: Iterable[Path]) -> list[Path]:
    """The paths that are, or lie inside, one of `scopes`."""
    resolved = [scope.resolve() for scope in scopes]
    return [path for path in paths
            if any(path.resolve() == s or path.resolve().is_relative_to(s) for s in resolved)]


def root_name(data: bytes) -> str | None:
    """Local name of the root element, or None if the prolog cannot be read simply."""
    position = 0
    while match := _PROLOG_ITEM.match(data, position):
        position = match.end()
    start = _START_TAG.match(data, position)
    return start.group(1).decode("ascii") if start else None


def is_tei_document(path: Path) -> bool:
    """False only for files whose root element is clearly not `TEI` (e.g. a register list).

    Files that cannot be read or have an unusual prolog (a DOCTYPE) count as TEI so that
    validation reports them.
    """
    try:
        with path.open("rb") as handle:
            name = root_name(handle.read(_SNIFF_BYTES))
    except OSError:
        return True
    return name in {None, "TEI"}
