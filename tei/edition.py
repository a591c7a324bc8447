"""Edition-wide settings (`corpus/edition.toml`), shared by conversion and rendering."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from tei.diagnostics import error
from tei.resources import edition_config
from tei.xmlio import read_bytes

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True, slots=True)
class Edition:
    """The edition's title, editors, publisher, encoding licence, published address (base URL
    of the site, empty when unknown), language of its texts and pages, the repository
    named for a document that names none, its version and publication date (YYYY-MM-DD),
    and the folder of its Markdown apparatus pages (empty: none)."""

    title: str = "TEI edition"
    publisher: str = ""
    licence: str = ""
    licence_url: str = ""
    repository: str = ""
    base_url: str = ""
    editors: tuple[str, ...] = ()
    language: str = "en"
    version: str = ""
    published: str = ""
    pages: str = ""


def load_edition(path: Path | None = None) -> Edition:
    """Read an edition configuration (default: the bundled one); a missing file gives the
    defaults, a broken one an InputError naming it."""
    path = path or edition_config()
    if not path.is_file():
        return Edition()
    try:
        data = tomllib.loads(read_bytes(path).decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise error(str(path), f"not a valid edition configuration: {exc}",
                    rule="config") from None
    edition, source = data.get("edition", {}), data.get("source", {})
    keys = ("title", "publisher", "licence", "licence_url", "base_url", "language", "version",
            "published")
    values: dict = {key: str(edition[key]) for key in keys if key in edition}
    values["pages"] = str(path.parent / str(edition.get("pages", "pages")))
    if "repository" in source:
        values["repository"] = str(source["repository"])
    if not _ISO_DATE.fullmatch(values.get("published", "2000-01-01")):
        raise error(str(path), f"[edition] published is not a date YYYY-MM-DD: "
                    f"{values['published']!r}", rule="config")
    editors = edition.get("editors", [])
    values["editors"] = tuple(map(str, editors if isinstance(editors, list) else [editors]))
    return Edition(**values)
