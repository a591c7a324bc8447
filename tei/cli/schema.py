"""`tei schema`: not available yet (see the open issues)."""

from __future__ import annotations

import typer

from tei.cli.common import fail


def register(app: typer.Typer) -> None:
    """Add the `schema` command to the app."""

    @app.command(name="schema", context_settings={"allow_extra_args": True,
                                             "ignore_unknown_options": True})
    def command() -> None:
        """Not available yet."""
        raise fail("'schema' is not available yet in this version")
