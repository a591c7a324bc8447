"""Which files to validate: one rule for folders, globs, named files and `--changed-since`.

A file is a TEI document when its root element is in the TEI namespace, or is named `TEI`
or `teiCorpus` in no or another namespace (a TEI file that lost its namespace is validated,
and told so). Other XML (a Maven `pom.xml`, a JUnit report) is skipped with a note. A file
whose root element cannot be read (not well-formed before it, unreadable) counts as TEI, so
that validation reports why.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterable
from pathlib import Path

from lxml import etree

from tei.xmlio import TEI_NS

_TEI_ROOTS = {"TEI", "teiCorpus"}
_CHUNK = 4096
# Bytes read first: most files' root start tag is in them.
_GLANCE = 512


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


def repository_root(cwd: Path) -> Path:
    """The top folder of the git work tree around `cwd`, or `cwd` outside one."""
    try:
        return Path(_git(["rev-parse", "--show-toplevel"], cwd).strip()).resolve()
    except GitError:
        return cwd.resolve()


def changed_files(revision: str, cwd: Path) -> list[Path]:
    """Existing `.xml` files that differ between `revision` and the working tree, and new
    files git does not ignore, relative to `cwd` (as the user names them)."""
    top = Path(_git(["rev-parse", "--show-toplevel"], cwd).strip())
    changed = _git(["diff", "--name-only", "-z", "--diff-filter=d", revision, "--"], top)
    untracked = _git(["ls-files", "--others", "--exclude-standard", "-z"], top)
    names = {name for name in (changed + untracked).split("\0") if name.endswith(".xml")}
    found = (top / name for name in names)
    return sorted(Path(os.path.relpath(path, cwd.resolve())) for path in found if path.is_file())


def within(paths: Iterable[Path], scopes: Iterable[Path]) -> list[Path]:
    """The paths that are, or lie inside, one of `scopes`."""
    resolved = [scope.resolve() for scope in scopes]
    return [path for path in paths
            if any(path.resolve() == s or path.resolve().is_relative_to(s) for s in resolved)]


def _pull_parser() -> etree.XMLPullParser:
    """A parser of start tags with no DTD, entity or network access."""
    return etree.XMLPullParser(events=("start",), resolve_entities=False, no_network=True,
                               load_dtd=False, huge_tree=False)


def root_tag(path: Path) -> str | None:
    """The root element's `{namespace}name` (read in small chunks up to its start tag, with
    no DTD, entity or network access), or None when it cannot be read."""
    parser = _pull_parser()
    try:
        with path.open("rb") as handle:
            while chunk := handle.read(_CHUNK):
                parser.feed(chunk)
                for _event, element in parser.read_events():
                    return str(element.tag)
    except (etree.XMLSyntaxError, OSError):
        return None
    return None


def _first_tag(path: Path) -> str | None:
    """The root element's `{namespace}name` if its start tag is read, with no error, from
    the first _GLANCE bytes (None: not so)."""
    parser = _pull_parser()
    try:
        with path.open("rb") as handle:
            parser.feed(handle.read(_GLANCE))
    except (etree.XMLSyntaxError, OSError):
        return None
    return next((str(element.tag) for _event, element in parser.read_events()), None)


def _is_tei_tag(tag: str) -> bool:
    qname = etree.QName(tag)
    return qname.namespace == TEI_NS or qname.localname in _TEI_ROOTS


def is_tei_document(path: Path) -> bool:
    """Whether `path` is validated: a TEI root element, or one that cannot be read. A TEI
    root found at a glance settles it (whatever `root_tag` would find wrong after it, the
    answer is the same); anything else is read as `root_tag` reads it."""
    glanced = _first_tag(path)
    if glanced is not None and _is_tei_tag(glanced):
        return True
    tag = root_tag(path)
    return tag is None or _is_tei_tag(tag)
