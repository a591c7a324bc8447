"""`tei validate`: check TEI files layer by layer and report every finding."""

from __future__ import annotations

import io
import os
import stat
import sys
from contextlib import closing
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from tei.cli.common import (
    EDITION_HELP,
    ENGINE_HELP,
    EXIT_FINDINGS,
    EXIT_OK,
    EXIT_USAGE,
    SCHEDULER_HELP,
    collect_files,
    fail,
    progress,
    project_for,
)
from tei.cli.validate_options import build_options, default_profile
from tei.diagnostics import display_path
from tei.engine import Engine, EngineName, validate_files
from tei.resources import official_tei_all
from tei.validate import Report, SchemaUnavailable
from tei.validate.corpus import RegisterUnavailable
from tei.validate.engine import collect
from tei.validate.model import Profile
from tei.validate.output import RENDERERS, write_step_summary
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
    return official_tei_all(), [tei_all, *inputs]


def _select(inputs: list[str], changed_since: str | None, edition: Path | None) -> list[Path]:
    """The TEI files to validate: the inputs expanded (default: the edition's corpus/tei), or
    the changed files among them; other XML is skipped with a note on stderr."""
    if changed_since is None:
        project = project_for(edition)
        if not inputs and project.root is None:
            raise fail("give files, folders or glob patterns to validate "
                       "(or --changed-since REV), or run it in an edition project")
        candidates = collect_files(inputs or [str(project.path("corpus/tei"))], ".xml")
    else:
        missing = [item for item in inputs if not Path(item).exists()]
        if missing:
            raise fail(f"{missing[0]}: no such file or folder")
        try:
            changed = changed_files(changed_since, Path.cwd())
        except GitError as exc:
            raise fail(f"--changed-since {changed_since}: {exc}") from None
        candidates = within(changed, [Path(item) for item in inputs] or [Path.cwd()])
    chosen = []
    report = _output_file()
    for path in candidates:
        if report is not None and _same_file(path, report):
            _note(path, "the report this run is writing (standard output); skipped")
        elif is_tei_document(path):
            chosen.append(path)
        else:
            _note(path, "not a TEI document (its root element is not in the TEI namespace); "
                  "skipped")
    return chosen


def _note(path: Path, message: str) -> None:
    print(f"{display_path(str(path))}: note: {message}", file=sys.stderr)


def _output_file() -> os.stat_result | None:
    """The file standard output is redirected to (`> junit.xml`), if it is a file."""
    try:
        status = os.fstat(sys.stdout.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        return None
    return status if stat.S_ISREG(status.st_mode) else None


def _same_file(path: Path, status: os.stat_result) -> bool:
    try:
        other = path.stat()
    except OSError:
        return False
    return (other.st_dev, other.st_ino) == (status.st_dev, status.st_ino)


def _exit_code(report: Report, strict: bool, warn_only: bool) -> int:
    if report.unreadable:
        return EXIT_USAGE
    return EXIT_FINDINGS if report.failed(strict) and not warn_only else EXIT_OK


EXAMPLES = """
Examples:

  tei validate corpus/tei -j 2                 all our layers
  tei validate --changed-since origin/main .   a branch's changes
  tei validate --tei-all a.xml                 plus official TEI (shipped tei_all)
  tei validate --tei-all my_tei.rng a.xml      plus another TEI schema
  tei validate corpus/tei --format junit       report for CI
  tei validate --profile foreign their/        any TEI: ids, pointers,
                                               dates (plus --tei-all)
  tei validate --corpus corpus/tei             plus checks across files
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
            help="Layers to run, comma-separated: wf, grammar, rules, tei-all, schematron, "
                 "corpus (default: the profile's; --tei-all, --schematron and --corpus add "
                 "theirs; tei-all is checked against the shipped tei_all.rng unless --tei-all "
                 "names a schema).")] = None,
        changed_since: Annotated[str | None, typer.Option(
            "--changed-since", metavar="REV",
            help="Only the TEI files changed since this git revision (within PATHs).")] = None,
        jobs: Annotated[int, typer.Option(
            "--jobs", "-j", min=0, help="Worker processes; 0: one per CPU.")] = 1,
        profile: Annotated[Profile | None, typer.Option(
            "--profile", show_default=False,
            help="edition: our customisation (grammar and every rule); foreign: any TEI "
                 "(well-formedness, the portable rules: ids, pointers, dates; tei_all with "
                 "--tei-all). Default: edition inside an edition project (a folder with "
                 "corpus/edition.toml, or --edition), foreign elsewhere.")] = None,
        only_rules: Annotated[str | None, typer.Option(
            "--rules", metavar="IDS",
            help="Report only these rule ids (comma-separated; layers: --layers).")
        ] = None,
        skip_rules: Annotated[str | None, typer.Option(
            "--skip-rules", metavar="IDS", help="Leave out these rule ids (comma-separated).")
        ] = None,
        schematron: Annotated[Path | None, typer.Option(
            "--schematron", metavar="FILE",
            help="Add an edition's own ISO Schematron rules as a layer.")] = None,
        corpus: Annotated[bool, typer.Option(
            "--corpus", help="Also check across files: root ids unique, standOff entries in "
                             "the register.")] = False,
        register_folder: Annotated[Path | None, typer.Option(
            "--register", metavar="DIR",
            help="The register for --corpus (default: the edition's).")] = None,
        warn_only: Annotated[bool, typer.Option(
            "--warn-only", help="Report findings but exit 0 (errors do not fail).")] = False,
        edition: Annotated[Path | None, typer.Option(
            "--edition", metavar="PATH", help=EDITION_HELP)] = None,
        engine: Annotated[EngineName, typer.Option("--engine", help=ENGINE_HELP)
                          ] = EngineName.LOCAL,
        scheduler: Annotated[str | None, typer.Option(
            "--scheduler", metavar="ADDRESS", help=SCHEDULER_HELP)] = None,
    ) -> None:
        """Validate TEI files: well-formedness, grammar, rules and (optionally) tei_all.

        Prints `path:line:col: severity: message \\[rule]` per finding (at most 1,000 per
        file; the rest are counted) and a summary line.
        Exit status: 0 valid (or --warn-only), 1 errors (or warnings with --strict), 2 usage or
        I/O error.
        """
        schema, inputs = _schema_and_inputs(tei_all, inputs or [])
        project = project_for(edition)
        options = build_options(layers=layers, profile=profile or default_profile(project),
                                tei_all=schema, jobs=jobs, only=only_rules, skip=skip_rules,
                                schematron=schematron, corpus=corpus,
                                register=register_folder or project.register)
        files = _select(inputs, changed_since, edition)
        try:
            runner = Engine.chosen(engine, jobs or os.cpu_count() or 1, scheduler)
            with closing(validate_files(files, options, runner)) as results:
                reports = tuple(next(results) for _ in progress(files, "validating"))
            report = collect(reports, options)
        except (SchemaUnavailable, RegisterUnavailable) as exc:
            raise fail(str(exc)) from None
        sys.stdout.write(RENDERERS[output_format](report, strict))
        if output_format is Format.GITHUB:
            write_step_summary(report, strict)
        raise typer.Exit(_exit_code(report, strict, warn_only))
