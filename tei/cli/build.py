"""`tei build`: the whole edition (convert -> validate -> render)."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from tei.cli.common import EXIT_FINDINGS, EXIT_OK, emit, fail, progress

EXAMPLES = """
Examples:

  tei build                     corpus/raw -> corpus/tei -> site/, text/
  tei build --site public -j 2  another site folder, two processes
"""


def register(app: typer.Typer) -> None:
    """Add the `build` command to the app."""

    @app.command(name="build", epilog=EXAMPLES)
    def command(
        raw: Path = typer.Option(Path("corpus/raw"), "--raw", help="Source texts (*.txt)."),
        tei: Path = typer.Option(Path("corpus/tei"), "--tei", help="TEI files (read, written)."),
        site: Path = typer.Option(Path("site"), "--site", help="HTML site to write."),
        text: Path = typer.Option(Path("text"), "--text", help="Plain-text edition to write."),
        jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Worker processes."),
    ) -> None:
        """Convert the raw texts, validate the TEI, and render the site and text edition."""
        from tei.build import Layout, build
        from tei.cli.convert import report as conversion_report
        from tei.diagnostics import InputError
        from tei.validate.output import text as validation_text

        if not raw.is_dir():
            raise fail(f"{raw}: no such folder of source texts")
        try:
            result = build(Layout(raw, tei, site, text), jobs=jobs, progress=progress)
        except InputError as exc:
            emit(exc.diagnostic)
            raise typer.Exit(EXIT_FINDINGS) from None
        conversion_report(result.conversions, quiet=True)
        sys.stdout.write(validation_text(result.validation))
        if result.render is None:
            print("tei build: validation failed; the site was not rendered", file=sys.stderr)
            raise typer.Exit(EXIT_FINDINGS)
        for diagnostic in [*result.render.diagnostics, *result.cmif]:
            emit(diagnostic)
        print(f"tei build: open {(site / 'index.html').resolve().as_uri()}  "
              f"(text edition in {text}/)")
        raise typer.Exit(EXIT_OK if result.ok else EXIT_FINDINGS)
