"""`tei convert`: plain-text telegrams to TEI."""

from __future__ import annotations

import os
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path

import typer

from tei import resources
from tei.cli.common import EXIT_FINDINGS, EXIT_OK, emit, fail, progress, state
from tei.convert import (
    DEFAULT_SCHEMA_HREF,
    Outcome,
    Resources,
    convert_file,
    convert_text,
    load_resources,
)
from tei.diagnostics import Diagnostic, InputError, Severity
from tei.xmlio import decode_text

EXAMPLES = """
Examples:

  tei convert corpus/raw -o corpus/tei        convert a folder
  tei convert letter.txt cable.txt -o out      convert files
  tei convert - --stem cable42 < cable42.txt   read stdin, write TEI to stdout
  tei convert corpus/raw -o corpus/tei --force  overwrite files edited by hand
"""

_worker: Resources | None = None


def _init_worker(register: Path | None, patterns: Path | None, edition: Path | None) -> None:
    global _worker
    _worker = load_resources(register, patterns, edition)


def _convert_one(source: Path, out_dir: Path, force: bool,
                 href: str) -> tuple[str, str, list[Diagnostic]]:
    assert _worker is not None
    try:
        outcome, target, warnings = convert_file(source, out_dir, _worker, force=force,
                                                 schema_href=href)
    except InputError as exc:
        return "failed", str(source), [exc.diagnostic]
    return outcome.value, str(target), warnings


def schema_href(out_dir: Path) -> str:
    """Relative href from `out_dir` to our schemas, when both live in one project tree."""
    project = resources.data_root().resolve()
    out = out_dir.resolve()
    if project in out.parents or out == project:
        return os.path.relpath(resources.schemas_dir() / "telegrams", out)
    return DEFAULT_SCHEMA_HREF


def register(app: typer.Typer) -> None:
    """Add the `convert` command to the app."""

    @app.command(name="convert", epilog=EXAMPLES)
    def command(
        inputs: list[str] = typer.Argument(..., metavar="INPUT...",
                                           help="Text files or folders of *.txt; '-' for stdin."),
        out_dir: Path = typer.Option(Path("."), "--out", "-o", help="Folder for <stem>.xml."),
        force: bool = typer.Option(False, "--force", help="Overwrite TEI files edited by hand."),
        stem: str = typer.Option("stdin", "--stem", help="File stem (and xml:id) for stdin."),
        register_dir: Path | None = typer.Option(None, "--register",
                                                 help="Register folder (default: bundled)."),
        patterns_dir: Path | None = typer.Option(None, "--patterns",
                                                 help="Pattern tables folder."),
        edition: Path | None = typer.Option(None, "--edition", help="Edition settings (TOML)."),
        jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Worker processes."),
        quiet: bool = typer.Option(False, "--quiet", "-q", help="Do not print warnings."),
    ) -> None:
        """Convert plain-text telegrams to TEI P5 files named OUT/<stem>.xml."""
        try:
            if inputs == ["-"]:
                res = load_resources(register_dir, patterns_dir, edition)
                raise typer.Exit(_stdin(res, stem, quiet))
            sources = _sources(inputs)
            _init_worker(register_dir, patterns_dir, edition)
        except InputError as exc:
            emit(exc.diagnostic)
            raise typer.Exit(EXIT_FINDINGS) from None
        href = schema_href(out_dir)
        results = _run(sources, out_dir, force, href, jobs, (register_dir, patterns_dir, edition))
        counts: Counter[str] = Counter()
        for outcome, _target, diagnostics in results:
            counts[outcome] += 1
            for diagnostic in diagnostics:
                if not quiet or diagnostic.severity is Severity.ERROR:
                    emit(diagnostic)
            counts["warnings"] += sum(d.severity is Severity.WARNING for d in diagnostics)
        _summary(counts, len(sources))
        raise typer.Exit(EXIT_FINDINGS if counts["failed"] else EXIT_OK)


def _sources(inputs: list[str]) -> list[Path]:
    from tei.cli.common import collect_files

    sources = collect_files(inputs, ".txt")
    if not sources:
        raise fail("no .txt files found in the given inputs")
    return sources


def _run(sources: list[Path], out_dir: Path, force: bool, href: str, jobs: int,
         config: tuple[Path | None, Path | None, Path | None]) -> list[tuple[str, str, list]]:
    if jobs == 1 or len(sources) < 2:
        return [_convert_one(s, out_dir, force, href) for s in progress(sources, "Converting")]
    with ProcessPoolExecutor(jobs, mp_context=get_context("spawn"), initializer=_init_worker,
                             initargs=config) as pool:
        futures = [pool.submit(_convert_one, s, out_dir, force, href) for s in sources]
        return [f.result() for f in progress(futures, "Converting")]


def _stdin(res: Resources, stem: str, quiet: bool) -> int:
    decoded = decode_text(sys.stdin.buffer.read())
    conversion = convert_text(decoded.text, stem, res)
    if not quiet:
        for warning in conversion.warnings:
            emit(warning)
    sys.stdout.buffer.write(conversion.xml)
    return EXIT_OK


def _summary(counts: Counter[str], total: int) -> None:
    parts = [f"{counts[o.value]} {o.value}" for o in Outcome] + [f"{counts['failed']} failed"]
    warnings = counts["warnings"]
    print(f"tei convert: {total} file{'s' if total != 1 else ''}: {', '.join(parts)}; "
          f"{warnings} warning{'s' if warnings != 1 else ''}", file=sys.stderr)
    if state.debug:
        print(f"tei convert: counts {dict(counts)}", file=sys.stderr)
