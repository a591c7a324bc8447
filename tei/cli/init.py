"""`tei init DIR`: start a new edition project."""

from __future__ import annotations

import datetime
import shlex
from pathlib import Path

import typer

from tei.cli.common import EXIT_USAGE, emit
from tei.diagnostics import display_path, one_line

EXAMPLES = """
Examples:

  tei init my-edition
  tei init letters --title "Letters of X" --editor "A. Editor" --publisher "Y University"
  tei init . --force            add what is missing to the current folder
"""


def shell_word(path: Path) -> str:
    """`path` as one shell word on one line: quoted where the shell needs it, in bash's
    `$'...'` form where it holds line breaks, control characters or undecodable bytes."""
    text = str(path)
    if text.isprintable():
        return shlex.quote(text)
    return "$'" + "".join(map(_ansi_c, text)) + "'"


def _ansi_c(char: str) -> str:
    """One character inside bash's `$'...'` quoting."""
    if char in "\\'":
        return "\\" + char
    if 0xDC80 <= ord(char) <= 0xDCFF:  # a byte Python could not decode in the file name
        return f"\\x{ord(char) - 0xDC00:02x}"
    return one_line(char)


def _date(value: str | None) -> str | None:
    """Check a --date value (YYYY-MM-DD)."""
    if value is not None:
        try:
            datetime.date.fromisoformat(value)
        except ValueError:
            raise typer.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from None
    return value


def _one_line(value: str | list[str] | None) -> str | list[str] | None:
    """Refuse a text option holding a line break, a control character or an undecodable
    byte: it would be written into the edition's XML and TOML files."""
    for item in value if isinstance(value, list) else [value]:
        if item is not None and one_line(item) != item:
            raise typer.BadParameter(
                f"'{one_line(item)}' holds a line break or control character")
    return value


def register(app: typer.Typer) -> None:
    """Add the `init` command to the app."""

    @app.command(name="init", epilog=EXAMPLES)
    def command(
        folder: Path = typer.Argument(..., metavar="DIR", help="Folder of the new edition."),
        title: str | None = typer.Option(
            None, "--title", callback=_one_line,
            help="Title of the edition [default: from the folder's name]."),
        editors: list[str] = typer.Option(
            [], "--editor", callback=_one_line, metavar="NAME",
            help="An editor (repeat for several)."),
        publisher: str = typer.Option(
            "", "--publisher", callback=_one_line,
            help="Publisher [default: the editors, else the title]."),
        licence: str = typer.Option(
            "CC BY 4.0", "--licence", callback=_one_line, help="Licence of the encoding."),
        licence_url: str | None = typer.Option(
            None, "--licence-url", callback=_one_line, metavar="URL",
            help="Address of the licence [default: known for CC licences]."),
        base_url: str = typer.Option(
            "", "--base-url", callback=_one_line, metavar="URL",
            help="Address the site will be published at."),
        repository: str = typer.Option(
            "", "--repository", callback=_one_line,
            help="Repository named for documents that name none [default: none]."),
        language: str = typer.Option(
            "en", "--language", callback=_one_line, help="Language of the texts."),
        date: str | None = typer.Option(
            None, "--date", metavar="YYYY-MM-DD", callback=_date,
            help="Publication date of the exports [default: today]."),
        tool: str | None = typer.Option(
            None, "--tool", callback=_one_line, metavar="SPEC",
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
            typer.echo(f"kept {display_path(str(path))} (it exists)")
        typer.echo(f"created {len(created.written)} files in {display_path(str(folder))}. "
                   f"Next:\n  cd {shell_word(folder)}\n"
                   "  cp YOUR-TEXTS/*.txt corpus/raw/\n"
                   "  tei build")
