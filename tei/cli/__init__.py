"""The `tei` command line: thin wrappers over the pipeline stages.

Exit codes: 0 success, 1 findings (bad input, invalid file), 2 usage or I/O error.
"""

from __future__ import annotations

import importlib
import os
import sys

import typer

from tei import __version__
from tei.cli.common import EXIT_USAGE, state
from tei.workspace import OWNER_VARIABLE

# Each command's module (`import` is a keyword); `main` imports only the one it runs
# (importing all of them, the converter included, cost 0.4-0.5 s per run).
MODULES = {"convert": "convert", "validate": "validate", "render": "render", "build": "build",
           "schema": "schema", "register": "register", "export": "export",
           "import": "importing", "init": "init"}
COMMANDS = tuple(MODULES)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"tei {__version__}")
        raise typer.Exit()


def _root(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Show the version and exit."
    ),
    debug: bool = typer.Option(False, "--debug", help="Show tracebacks of internal errors."),
) -> None:
    """Scholarly TEI editions of diplomatic telegrams."""
    state.debug = debug


def build_app(commands: tuple[str, ...] = COMMANDS) -> typer.Typer:
    """The `tei` app with the given commands."""
    app = typer.Typer(
        name="tei",
        help="Scholarly TEI editions of diplomatic telegrams: convert, validate, render, build.",
        no_args_is_help=True,
        add_completion=False,
        pretty_exceptions_enable=False,
        rich_markup_mode="rich",
    )
    app.callback()(_root)
    for name in commands:
        importlib.import_module(f"tei.cli.{MODULES[name]}").register(app)
    return app


def __getattr__(name: str) -> typer.Typer:
    """`tei.cli.app`: the app with every command, built on first use."""
    if name != "app":
        raise AttributeError(name)
    app = globals()["app"] = build_app()
    return app


def _requested(arguments: list[str]) -> tuple[str, ...]:
    """The command a command line runs (all of them for --help or a mistyped name)."""
    first = next((argument for argument in arguments if not argument.startswith("-")), None)
    return (first,) if first in COMMANDS else COMMANDS


def main() -> None:
    """Console entry point: run the app; internal errors become one line unless --debug."""
    os.environ[OWNER_VARIABLE] = str(os.getpid())  # worker processes die with this one
    try:
        build_app(_requested(sys.argv[1:]))()
    except Exception as exc:  # last line of defence against tracebacks
        if state.debug or "--debug" in sys.argv:
            raise
        print(f"tei: internal error: {type(exc).__name__}: {exc} "
              "(run with --debug for the traceback)", file=sys.stderr)
        sys.exit(EXIT_USAGE)
