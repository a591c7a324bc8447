"""Bringing in many documents: one register for the batch, each document written whole or
not at all, hand-edited files never overwritten, new register entries written at the end."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tei.convert import hand_edited, keep_backup
from tei.convert.batch import schema_href
from tei.convert.register_files import load_register
from tei.diagnostics import Diagnostic, InputError, error
from tei.edition import Edition
from tei.importing.document import Imported, Target, build
from tei.importing.names import Linker
from tei.importing.store import append_entries
from tei.workspace import locked
from tei.xmlio import read_bytes, write_file

Progress = Callable[[Sequence[Any], str], Iterable[Any]]
_TABLES = ("authorities.toml", "markup.toml")


@dataclass
class Result:
    """What happened to one source: `written`, `unchanged`, `refused` (the target was
    edited by hand) or `failed` (left out), and the import report of the document."""

    source: Path
    outcome: str
    target: Path | None = None
    diagnostics: list[Diagnostic] = field(default_factory=list)
    report: dict[str, Any] = field(default_factory=dict)


@dataclass
class Batch:
    """The results of a run and the register files it added entries to (by file: ids)."""

    results: list[Result]
    register: dict[str, list[str]]

    def report(self) -> dict[str, Any]:
        """The run as one JSON-ready mapping."""
        return {"documents": [{"source": str(r.source), "outcome": r.outcome,
                               "target": str(r.target) if r.target else None, **r.report,
                               "diagnostics": [d.format() for d in r.diagnostics]}
                              for r in self.results],
                "register": self.register, "total": len(self.results)}


def tables_hash(edition: Edition) -> str:
    """SHA-256 of what shapes an import besides the source and the register: the tables
    and the edition settings (so a re-run with the same inputs gives the same bytes)."""
    digest = hashlib.sha256(repr(edition).encode())
    for name in _TABLES:
        digest.update((Path(__file__).with_name(name)).read_bytes())
    return digest.hexdigest()


def _write(target: Path, xml: bytes, force: bool) -> tuple[str, list[Diagnostic]]:
    """Write `xml` to `target` unless it holds hand edits (then only with `force`)."""
    if not target.exists():
        write_file(target, xml)
        return "written", []
    existing = read_bytes(target)
    if existing == xml:
        return "unchanged", []
    reason = hand_edited(existing)
    if reason and not force:
        raise error(str(target), f"not overwritten: {reason}; import with --force to replace "
                    "it", rule="hand-edited")
    backup = [keep_backup(target, existing)] if reason else []
    write_file(target, xml)
    return "written", backup


def _one(source: Path, out_dir: Path, linker: Linker, edition: Edition, force: bool,
         taken: set[str]) -> Result:
    target = out_dir / f"{source.stem}.xml"
    try:
        if source.stem in taken:
            raise error(str(source), "another input of this run has the same file name; "
                        "left out", rule="import-name")
        taken.add(source.stem)
        plan = Target(source.stem, schema_href(out_dir), edition, tables_hash(edition))
        imported: Imported = build(read_bytes(source), str(source), plan, linker)
        outcome, warnings = _write(target, imported.xml, force)
    except InputError as exc:
        refused = exc.diagnostic.rule == "hand-edited"
        return Result(source, "refused" if refused else "failed", None, [exc.diagnostic])
    except Exception as exc:  # a bug: reported for this file, the batch goes on
        return Result(source, "failed", None, [error(
            str(source), f"internal error: {type(exc).__name__}: {exc} (a bug in tei; please "
            "report it with this file)", rule="internal").diagnostic])
    linker.commit(imported.names.added)
    return Result(source, outcome, target, warnings, imported.report)


def import_files(sources: Sequence[Path], out_dir: Path, register_dir: Path,
                 edition: Edition, *, force: bool = False,
                 progress: Progress | None = None) -> Batch:
    """Bring every source into `out_dir`; new register entries go to `register_dir`.

    Raises InputError when the register cannot be loaded.
    """
    track = progress or (lambda items, _label: items)
    with locked([out_dir, register_dir]):
        linker = Linker(load_register(register_dir))
        taken: set[str] = set()
        results = [_one(source, out_dir, linker, edition, force, taken)
                   for source in track(sources, "Importing")]
        return Batch(results, save_added(linker, register_dir))


def save_added(linker: Linker, register_dir: Path) -> dict[str, list[str]]:
    """Write the entries the batch added into the register files; their ids by file."""
    written: dict[str, list[str]] = {}
    for kind in ("person", "place", "org"):
        entries = {ident: added for ident, added in linker.added.items() if added.kind == kind}
        path = append_entries(register_dir, kind, [a.element for a in entries.values()])
        if path is not None:
            written[path.name] = list(entries)
    return written
