"""The `tei` command line: thin wrappers over the pipeline stages.

Exit codes: 0 success, 1 findings (bad input, invalid file), 2 usage or I/O error.
"""

from __future__ import annotations

import os
import sys

import typer

from tei import __version__
from tei.cli import build, convert, export, importing, init, register, render, schema, validate
from tei.cli.common import EXIT_USAGE, state
from tei.workspace import OWNER_VARIABLE

app = typer.Typer(
    name="tei",
    help="Scholarly TEI editions of diplomatic telegrams: convert, validate, render, build.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode="rich",
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"tei {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Show the version and exit."
    ),
    debug: bool = typer.Option(False, "--debug", help="Show tracebacks of internal errors."),
) -> None:
    """Scholarly TEI editions of diplomatic telegrams."""
    state.debug = debug


for module in (convert, validate, render, build, schema, register, export, importing, init):
    module.register(app)


def main() -> None:
    """Console entry point: run the app; internal errors become one line unless --debug."""
    os.environ[OWNER_VARIABLE] = str(os.getpid())  # worker processes die with this one
    try:
        app()
    except Exception as exc:  # last line of defence against tracebacks
        if state.debug or "--debug" in sys.argv:
            raise
        print(f"tei: internal error: {type(exc).__name__}: {exc} "
              "(run with --debug for the traceback)", file=sys.stderr)
        sys.exit(EXIT_USAGE)
