"""Edition-wide settings (`corpus/edition.toml`), shared by conversion and rendering."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from tei.diagnostics import error
from tei.edition_check import check_settings
from tei.resources import edition_config
from tei.xmlio import read_bytes


@dataclass(frozen=True, slots=True)
class Edition:
    """The edition's title, editors, publisher, encoding licence, published address (base URL
    of the site, empty when unknown), language of its texts and pages, the repository
    named for a document that names none (and the web hosts of its pages: a page of another
    host is another publisher's), its version and publication date (YYYY-MM-DD),
    and the folder of its Markdown apparatus pages (empty: none)."""

    title: str = "TEI edition"
    publisher: str = ""
    licence: str = ""
    licence_url: str = ""
    repository: str = ""
    repository_hosts: tuple[str, ...] = ()
    base_url: str = ""
    editors: tuple[str, ...] = ()
    language: str = "en"
    version: str = ""
    published: str = ""
    pages: str = ""


def load_edition(path: Path | None = None) -> Edition:
    """Read an edition configuration (default: the bundled one); a missing file gives the
    defaults, a broken one (not TOML, an unknown table or key, a value of the wrong type, a
    date, language or address that is not one) an InputError naming it and the line."""
    path = path or edition_config()
    if not path.is_file():
        return Edition()
    try:
        text = read_bytes(path).decode("utf-8")
        data = tomllib.loads(text)
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise error(str(path), f"not a valid edition configuration: {exc}",
                    rule="config") from None
    check_settings(data, text, str(path))
    edition, source = data.get("edition", {}), data.get("source", {})
    keys = ("title", "publisher", "licence", "licence_url", "base_url", "language", "version",
            "published")
    values: dict = {key: str(edition[key]) for key in keys if key in edition}
    values["pages"] = str(path.parent / str(edition.get("pages", "pages")))
    if "repository" in source:
        values["repository"] = str(source["repository"])
    hosts = source.get("hosts", [])
    values["repository_hosts"] = tuple(map(str, hosts if isinstance(hosts, list) else [hosts]))
    editors = edition.get("editors", [])
    values["editors"] = tuple(map(str, editors if isinstance(editors, list) else [editors]))
    return Edition(**values)
