"""Settings of the exports: the edition's own ([edition]) and the `[export]` table of the
edition configuration (editor named in the CMIF header, fixed publication date)."""

from __future__ import annotations

import datetime
import tomllib
from dataclasses import dataclass
from pathlib import Path

from tei.diagnostics import error
from tei.edition import Edition, load_edition
from tei.resources import edition_config
from tei.xmlio import read_bytes


@dataclass(frozen=True, slots=True)
class ExportSettings:
    """What every export writes in its header."""

    edition: Edition
    editor: str
    date: str


def load_settings(path: Path | None = None, date: str | None = None) -> ExportSettings:
    """Read the edition configuration (default: the bundled one); `date` (YYYY-MM-DD)
    overrides the configured publication date. A bad date is an InputError."""
    path = path or edition_config()
    edition = load_edition(path)
    table = _export_table(path)
    chosen = date or str(table.get("date", "1970-01-01"))
    try:
        datetime.date.fromisoformat(chosen)
    except ValueError:
        raise error(str(path), f"export date {chosen!r} is not a date (YYYY-MM-DD)",
                    rule="config") from None
    editor = ", ".join(edition.editors) or edition.publisher or edition.title
    return ExportSettings(edition, str(table.get("editor", editor)), chosen)


def _export_table(path: Path) -> dict[str, object]:
    """The `[export]` table of the configuration file (empty when there is none)."""
    if not path.is_file():
        return {}
    data = tomllib.loads(read_bytes(path).decode("utf-8"))
    table = data.get("export", {})
    return table if isinstance(table, dict) else {}
