"""`tei validate`: not available yet (see the open issues)."""

from __future__ import annotations

import typer

from tei.cli.common import fail


def register(app: typer.Typer) -> None:
    """Add the `validate` command to the app."""

    @app.command(name="validate", context_settings={"allow_extra_args": True,
                                             "ignore_unknown_options": True})
    def command() -> None:
        """Not available yet."""
        raise fail("'validate' is not available yet in this version")
