"""`tei validate`: check TEI files layer by layer and report every finding."""

from __future__ import annotations

import os
import sys
from contextlib import closing
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from tei.cli.common import EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, collect_files, fail, progress
from tei.validate import Layer, Options, Report, SchemaUnavailable, iter_validate
from tei.validate.model import DEFAULT_LAYERS
from tei.validate.official import bundled_tei_all
from tei.validate.output import RENDERERS
from tei.validate.selection import GitError, changed_files, is_tei_document, within


class Format(StrEnum):
    """Report formats (see tei.validate.output)."""

    TEXT = "text"
    JSON = "json"
    JUNIT = "junit"
    GITHUB = "github"


def _schema_and_inputs(tei_all: str | None,
                       inputs: list[str]) -> tuple[Path | None, list[str]]:
    """`--tei-all` takes an optional PATH: a value that is not a .rng or .xsd schema is the
    first file to validate, and the shipped tei_all.rng is used."""
    if tei_all is None:
        return None, inputs
    if tei_all.startswith("-"):
        raise fail(f"--tei-all took {tei_all} for its PATH: give the schema (--tei-all PATH), "
                   "or put --tei-all after the other options, just before the files")
    if Path(tei_all).suffix in {".rng", ".xsd"}:
        return Path(tei_all), inputs
    return bundled_tei_all(), [tei_all, *inputs]


def _options(layers: str | None, tei_all: Path | None, jobs: int) -> Options:
    """Build the options or raise a usage error."""
    if tei_all is not None and not tei_all.is_file():
        raise fail(f"{tei_all}: --tei-all needs an existing TEI schema file (.rng or .xsd)")
    if layers is None:
        chosen = (*DEFAULT_LAYERS, Layer.TEI_ALL) if tei_all else DEFAULT_LAYERS
    else:
        names = [name.strip() for name in layers.split(",") if name.strip()]
        unknown = sorted(set(names) - {str(layer) for layer in Layer})
        if unknown:
            raise fail(f"unknown layer {', '.join(unknown)}: choose from "
                       f"{', '.join(Layer)}")
        chosen = tuple(layer for layer in Layer if layer is Layer.WF or str(layer) in names)
    if Layer.TEI_ALL in chosen and tei_all is None:
        tei_all = bundled_tei_all()
    return Options(chosen, tei_all, jobs or os.cpu_count() or 1)


def _select(inputs: list[str], changed_since: str | None) -> list[Path]:
    """The files to validate: the inputs expanded, or the changed TEI files among them."""
    if changed_since is None:
        if not inputs:
            raise fail("give files, folders or glob patterns to validate "
                       "(or --changed-since REV)")
        return collect_files(inputs, ".xml")
    try:
        changed = changed_files(changed_since, Path.cwd())
    except GitError as exc:
        raise fail(f"--changed-since {changed_since}: {exc}") from None
    scopes = [Path(item) for item in inputs] or [Path.cwd()]
    return [path for path in within(changed, scopes) if is_tei_document(path)]


def _exit_code(report: Report, strict: bool) -> int:
    if report.unreadable:
        return EXIT_USAGE
    return EXIT_FINDINGS if report.failed(strict) else EXIT_OK


EXAMPLES = """
Examples:

  tei validate corpus/tei -j 2                 all our layers
  tei validate --changed-since origin/main .   a branch's changes
  tei validate --tei-all a.xml                 plus official TEI (shipped tei_all)
  tei validate --tei-all my_tei.rng a.xml      plus another TEI schema
  tei validate corpus/tei --format junit       report for CI
"""


def register(app: typer.Typer) -> None:
    """Add the `validate` command to the app."""

    @app.command(name="validate", epilog=EXAMPLES)
    def command(
        inputs: Annotated[list[str] | None, typer.Argument(
            metavar="PATH", show_default=False,
            help="Files, folders (searched for *.xml) or glob patterns.")] = None,
        output_format: Annotated[Format, typer.Option(
            "--format", "-f", help="Report format: text, json, junit or github.")] = Format.TEXT,
        strict: Annotated[bool, typer.Option("--strict", help="Warnings fail too.")] = False,
        tei_all: Annotated[str | None, typer.Option(
            "--tei-all", metavar="[PATH]", show_default=False,
            help="Also check conformance to official TEI: the shipped tei_all.rng (TEI P5 "
                 "4.12.0), or the schema PATH (.rng or .xsd) if given (without PATH, put "
                 "--tei-all just before the files).",
        )] = None,
        layers: Annotated[str | None, typer.Option(
            "--layers", metavar="LIST",
            help="Layers to run, comma-separated: wf, grammar, rules, tei-all "
                 "(default: wf,grammar,rules; --tei-all adds tei-all, checked against the "
                 "shipped tei_all.rng unless --tei-all names a schema).")] = None,
        changed_since: Annotated[str | None, typer.Option(
            "--changed-since", metavar="REV",
            help="Only the TEI files changed since this git revision (within PATHs).")] = None,
        jobs: Annotated[int, typer.Option(
            "--jobs", "-j", min=0, help="Worker processes; 0: one per CPU.")] = 1,
    ) -> None:
        """Validate TEI files: well-formedness, grammar, rules and (optionally) tei_all.

        Prints `path:line:col: severity: message \\[rule]` per finding (at most 1,000 per
        file; the rest are counted) and a summary line.
        Exit status: 0 valid, 1 errors (or warnings with --strict), 2 usage or I/O error.
        """
        schema, inputs = _schema_and_inputs(tei_all, inputs or [])
        options = _options(layers, schema, jobs)
        files = _select(inputs, changed_since)
        try:
            with closing(iter_validate(files, options)) as results:
                reports = tuple(next(results) for _ in progress(files, "validating"))
        except SchemaUnavailable as exc:
            raise fail(str(exc)) from None
        report = Report(reports, options.active)
        sys.stdout.write(RENDERERS[output_format](report, strict))
        raise typer.Exit(_exit_code(report, strict))
