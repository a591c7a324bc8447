"""`tei schema`: derive the XSD from our RELAX NG and check that it is up to date."""

from __future__ import annotations

from pathlib import Path

import typer

from tei.cli.common import EXIT_FINDINGS, fail
from tei.resources import schemas_dir
from tei.validate.derive import DeriveError, build, stale

schema_app = typer.Typer(
    help="Our TEI customisation: schemas/telegrams.rng is the source; the XSD is derived.",
    epilog="Examples:\n\n  tei schema build     regenerate schemas/telegrams.xsd with trang\n\n"
           "  tei schema check     fail when the derived XSD is out of date",
    no_args_is_help=True)


def _folder(folder: Path | None) -> Path:
    chosen = folder or schemas_dir()
    if not (chosen / "telegrams.rng").is_file():
        raise fail(f"{chosen}: no telegrams.rng in this folder")
    return chosen


_FOLDER = typer.Option(None, "--schemas", metavar="DIR",
                       help="Schema folder [default: the project's schemas/].")


@schema_app.command("build")
def build_command(folder: Path | None = _FOLDER) -> None:
    """Regenerate telegrams.xsd (and xml.xsd) from telegrams.rng with trang."""
    try:
        written = build(_folder(folder))
    except DeriveError as exc:
        raise fail(str(exc)) from None
    for path in written:
        typer.echo(f"wrote {path}")


@schema_app.command("check")
def check_command(folder: Path | None = _FOLDER) -> None:
    """Exit 1 if the committed XSD files differ from a fresh build."""
    chosen = _folder(folder)
    try:
        outdated = stale(chosen)
    except DeriveError as exc:
        raise fail(str(exc)) from None
    if outdated:
        raise fail(f"out of date in {chosen}: {', '.join(outdated)} (run: tei schema build)",
                   EXIT_FINDINGS)
    typer.echo(f"{chosen}: derived schemas are up to date")


def register(app: typer.Typer) -> None:
    """Add the `schema` command group to the app."""
    app.add_typer(schema_app, name="schema")
