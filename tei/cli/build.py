"""`tei build`: the whole edition (convert -> validate -> render)."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from tei.cli.common import (
    EDITION_HELP,
    ENGINE_HELP,
    EXIT_FINDINGS,
    EXIT_OK,
    SCHEDULER_HELP,
    convert_settings,
    emit,
    fail,
    progress,
    project_for,
)
from tei.engine import Engine, EngineName
from tei.workspace import rare_collections

EXAMPLES = """
Examples:

  tei build                     corpus/raw -> corpus/tei -> site/, text/
  tei build --site public -j 2  another site folder, two processes
  tei build --edition ../other  another edition project
  tei build --engine dask -j 4  on a local Dask cluster of 4 workers
"""


def register(app: typer.Typer) -> None:
    """Add the `build` command to the app."""

    @app.command(name="build", epilog=EXAMPLES)
    def command(
        raw: Path | None = typer.Option(
            None, "--raw", help="Source texts (*.txt) [default: the edition's corpus/raw]."),
        tei: Path | None = typer.Option(
            None, "--tei", help="TEI files (read, written) [default: corpus/tei]."),
        site: Path | None = typer.Option(
            None, "--site", help="HTML site to write [default: the edition's site/]."),
        text: Path | None = typer.Option(
            None, "--text", help="Plain-text edition to write [default: text/]."),
        jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Worker processes."),
        edition: Path | None = typer.Option(None, "--edition", metavar="PATH",
                                            help=EDITION_HELP),
        engine: EngineName = typer.Option(EngineName.LOCAL, "--engine", help=ENGINE_HELP),
        scheduler: str | None = typer.Option(None, "--scheduler", metavar="ADDRESS",
                                             help=SCHEDULER_HELP),
    ) -> None:
        """Convert the raw texts, validate the TEI, and render the site and text edition.

        Run in an edition project (see `tei init`) or below it: its settings, register and
        folders are used; outside any project the bundled edition settings are.
        """
        with rare_collections():  # its imports too
            _build(raw, tei, site, text, jobs, edition, Engine.chosen(engine, jobs, scheduler))

    def _build(raw: Path | None, tei: Path | None, site: Path | None, text: Path | None,
               jobs: int, edition: Path | None, engine: Engine | None) -> None:
        """Run the build and report it (exits with the command's status)."""
        from tei.build import Layout, build
        from tei.cli.convert import report as conversion_report
        from tei.diagnostics import InputError
        from tei.project import sync_schemas
        from tei.validate.output import text as validation_text

        project = project_for(edition)
        layout = Layout(raw or project.path("corpus/raw"), tei or project.path("corpus/tei"),
                        site or project.path("site"), text or project.path("text"))
        if not layout.raw.is_dir():
            raise fail(f"{layout.raw}: no such folder of source texts")
        try:
            sync_schemas(project)
            result = build(layout, convert_settings(project), jobs=jobs, progress=progress,
                           engine=engine)
        except InputError as exc:
            emit(exc.diagnostic)
            raise typer.Exit(EXIT_FINDINGS) from None
        conversion_report(result.conversions, quiet=True, tally=result.conversion_tally)
        sys.stdout.write(validation_text(result.validation))
        if result.render is None:
            print("tei build: validation failed; the site was not rendered", file=sys.stderr)
            raise typer.Exit(EXIT_FINDINGS)
        for diagnostic in [*result.render.diagnostics, *result.cmif]:
            emit(diagnostic)
        print(f"tei build: open {(layout.site / 'index.html').resolve().as_uri()}  "
              f"(text edition in {layout.text}/)")
        raise typer.Exit(EXIT_OK if result.ok else EXIT_FINDINGS)
