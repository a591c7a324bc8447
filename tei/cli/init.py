"""`tei init DIR`: start a new edition project."""

from __future__ import annotations

import datetime
from pathlib import Path

import typer

from tei.cli.common import EXIT_USAGE, emit

EXAMPLES = """
Examples:

  tei init my-edition
  tei init letters --title "Letters of X" --editor "A. Editor" --publisher "Y University"
  tei init . --force            add what is missing to the current folder
"""


def _date(value: str | None) -> str | None:
    """Check a --date value (YYYY-MM-DD)."""
    if value is not None:
        try:
            datetime.date.fromisoformat(value)
        except ValueError:
            raise typer.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from None
    return value


def register(app: typer.Typer) -> None:
    """Add the `init` command to the app."""

    @app.command(name="init", epilog=EXAMPLES)
    def command(
        folder: Path = typer.Argument(..., metavar="DIR", help="Folder of the new edition."),
        title: str | None = typer.Option(
            None, "--title", help="Title of the edition [default: from the folder's name]."),
        editors: list[str] = typer.Option(
            [], "--editor", metavar="NAME", help="An editor (repeat for several)."),
        publisher: str = typer.Option(
            "", "--publisher", help="Publisher [default: the editors, else the title]."),
        licence: str = typer.Option("CC BY 4.0", "--licence", help="Licence of the encoding."),
        licence_url: str | None = typer.Option(
            None, "--licence-url", metavar="URL",
            help="Address of the licence [default: known for CC licences]."),
        base_url: str = typer.Option(
            "", "--base-url", metavar="URL", help="Address the site will be published at."),
        repository: str = typer.Option(
            "", "--repository",
            help="Repository named for documents that name none [default: none]."),
        language: str = typer.Option("en", "--language", help="Language of the texts."),
        date: str | None = typer.Option(
            None, "--date", metavar="YYYY-MM-DD", callback=_date,
            help="Publication date of the exports [default: today]."),
        tool: str | None = typer.Option(
            None, "--tool", metavar="SPEC",
            help="How CI and pre-commit install tei [default: this version from PyPI]."),
        force: bool = typer.Option(
            False, "--force", help="Add the missing files to a folder that is not empty."),
    ) -> None:
        """Create a ready edition project: corpus/raw/, an empty register, edition settings,
        schemas, a README, a pre-commit configuration and a GitHub workflow.

        Existing files are never replaced. Exit status: 0 created, 2 the folder is not
        empty (without --force) or cannot be written.
        """
        from tei.diagnostics import InputError
        from tei.scaffold import NewEdition, create_edition, default_title

        edition = NewEdition(
            title or default_title(folder), date or datetime.date.today().isoformat(),
            tuple(editors), publisher, licence, licence_url, base_url, repository, language,
            **({"tool": tool} if tool else {}))
        try:
            created = create_edition(folder, edition, force)
        except InputError as exc:
            emit(exc.diagnostic)
            raise typer.Exit(EXIT_USAGE) from None
        for path in created.kept:
            typer.echo(f"kept {path} (it exists)")
        typer.echo(f"created {len(created.written)} files in {folder}. Next:\n"
                   f"  cd {folder}\n"
                   "  cp YOUR-TEXTS/*.txt corpus/raw/\n"
                   "  tei build")
