"""`tei convert`: plain-text telegrams to TEI."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import typer

from tei.cli.common import (
    EDITION_HELP,
    ENGINE_HELP,
    EXIT_FINDINGS,
    EXIT_OK,
    SCHEDULER_HELP,
    collect_files,
    convert_settings,
    emit,
    fail,
    progress,
    project_for,
)
from tei.conversion import FileResult, Settings
from tei.decoding import check_encoding, decode_text
from tei.diagnostics import InputError, Severity
from tei.engine import Engine, EngineName
from tei.project import sync_schemas
from tei.xmlio import atomic_write, parse_file

EXAMPLES = """
Examples:

  tei convert corpus/raw -o corpus/tei           a folder
  tei convert letter.txt cable.txt -o out        some files
  tei convert - --stem cable42 < cable42.txt     stdin to stdout
  tei convert corpus/raw -o corpus/tei --force   replace hand edits
  tei convert old/*.txt -o out --encoding cp1251 name the encoding
"""
OUTCOMES = ("written", "unchanged", "refused", "failed")


def _encoding(name: str | None) -> str | None:
    """Check an --encoding value: a usage error (exit 2) unless it names a text codec."""
    if name is None:
        return None
    try:
        check_encoding(name)
    except LookupError:
        raise typer.BadParameter(f"unknown text encoding {name!r}; give a Python codec name "
                                 "such as utf-8, utf-16, cp1252, cp1251, koi8-r or latin-1",
                                 ) from None
    return name


def register(app: typer.Typer) -> None:
    """Add the `convert` command to the app."""

    @app.command(name="convert", epilog=EXAMPLES)
    def command(
        inputs: list[str] = typer.Argument(..., metavar="INPUT...",
                                           help="Text files or folders of *.txt; '-' for stdin."),
        out_dir: Path = typer.Option(Path("."), "--out", "-o", help="Folder for <stem>.xml."),
        force: bool = typer.Option(False, "--force", help="Overwrite TEI files edited by hand."),
        stem: str = typer.Option("stdin", "--stem", help="File stem (and xml:id) for stdin."),
        register_dir: Path | None = typer.Option(
            None, "--register", help="Register folder [default: the edition's]."),
        patterns_dir: Path | None = typer.Option(None, "--patterns",
                                                 help="Pattern tables folder."),
        edition: Path | None = typer.Option(None, "--edition", help=EDITION_HELP),
        jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Worker processes."),
        engine: EngineName = typer.Option(EngineName.LOCAL, "--engine", help=ENGINE_HELP),
        scheduler: str | None = typer.Option(None, "--scheduler", metavar="ADDRESS",
                                             help=SCHEDULER_HELP),
        encoding: str | None = typer.Option(
            None, "--encoding", metavar="NAME", callback=_encoding,
            help="Decode inputs with this codec (e.g. cp1251, koi8-r) instead of detecting it."),
        quiet: bool = typer.Option(False, "--quiet", "-q", help="Do not print warnings."),
        report_file: Path | None = typer.Option(
            None, "--report", metavar="FILE.json",
            help="Write every document's core facts, their status and where each was found."),
    ) -> None:
        """Convert plain-text telegrams to TEI P5 files named OUT/<stem>.xml."""
        from tei.convert.batch import convert_files  # the converter: not for `tei build`'s report
        from tei.convert.report import missing_table

        project = project_for(edition)
        settings = convert_settings(project, register_dir, patterns_dir)
        try:
            sync_schemas(project)
            if inputs == ["-"]:
                raise typer.Exit(_stdin(settings, stem, quiet, encoding))
            sources = collect_files(inputs, ".txt")
            if not sources:
                raise fail("no .txt files found in the given inputs")
            results = convert_files(sources, out_dir, settings, force=force, jobs=jobs,
                                    encoding=encoding, progress=progress,
                                    engine=Engine.chosen(engine, jobs, scheduler))
        except InputError as exc:
            emit(exc.diagnostic)
            raise typer.Exit(EXIT_FINDINGS) from None
        report(results, quiet)
        facts = batch_facts(results, out_dir)
        table = missing_table([f for f in facts.values() if f])
        if table:
            print(f"tei convert: missing facts: {table}", file=sys.stderr)
        if report_file is not None:
            write_report(report_file, results, facts)
        failed = any(r.outcome in ("refused", "failed") for r in results)
        raise typer.Exit(EXIT_FINDINGS if failed else EXIT_OK)


def report(results: list[FileResult], quiet: bool = False,
           tally: Counter[str] | None = None) -> Counter[str]:
    """Print the diagnostics of a conversion run and its summary line; return the counts.
    `tally`: the diagnostics counted by severity, when `results` keep only some of them
    (those to print)."""
    counts: Counter[str] = Counter(r.outcome for r in results)
    for result in results:
        for diagnostic in result.diagnostics:
            if tally is None:
                counts[diagnostic.severity.value] += 1
            if not quiet or diagnostic.severity is Severity.ERROR:
                emit(diagnostic)
    counts.update(tally or {})
    total, warnings = len(results), counts["warning"]
    parts = ", ".join(f"{counts[o]} {o}" for o in OUTCOMES if counts[o] or o != "refused")
    print(f"tei convert: {total} file{'s' if total != 1 else ''}: {parts}; "
          f"{warnings} warning{'s' if warnings != 1 else ''}", file=sys.stderr)
    return counts


def batch_facts(results: list[FileResult], out_dir: Path) -> dict[Path, dict]:
    """The core facts of every converted (or unchanged) file, read back from its TEI."""
    from tei.convert.report import read_facts

    facts: dict[Path, dict] = {}
    for result in results:
        target = out_dir / f"{result.source.stem}.xml"
        facts[result.source] = {}
        if result.outcome in ("written", "unchanged"):
            try:
                facts[result.source] = read_facts(parse_file(target).getroot())
            except InputError:  # removed or made unreadable since: its facts are unknown
                continue
    return facts


def write_report(path: Path, results: list[FileResult], facts: dict[Path, dict]) -> None:
    """`--report`: one JSON document with every source's outcome, facts and warnings."""
    from tei.convert.report import CORE_FACTS

    documents = [{
        "source": str(result.source), "outcome": result.outcome,
        "facts": facts.get(result.source, {}),
        "diagnostics": [d.format() for d in result.diagnostics],
    } for result in results]
    summary = {fact: sum(1 for d in documents
                         if d["facts"].get(fact, {}).get("status") in ("missing", "built"))
               for fact in CORE_FACTS}
    data = {"documents": documents, "missing": summary, "total": len(documents)}
    try:
        atomic_write(path, (json.dumps(data, indent=1, ensure_ascii=False) + "\n").encode())
    except OSError as exc:
        raise fail(f"cannot write the report {path}: {exc.strerror}") from None


def _stdin(settings: Settings, stem: str, quiet: bool, encoding: str | None) -> int:
    from tei.convert import convert_text, resources_for

    res = resources_for(settings)
    decoded = decode_text(sys.stdin.buffer.read(), "<stdin>", encoding)
    conversion = convert_text(decoded.text, stem, res)
    if not quiet:
        for warning in [*decoded.diagnostics, *conversion.warnings]:
            emit(warning)
    sys.stdout.buffer.write(conversion.xml)
    return EXIT_OK
