"""What a transform needs besides the document: the edition's facts, the document's own links
and its neighbours by date, as a small XML document passed as the `context` parameter."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from tei.diagnostics import error
from tei.resources import edition_config
from tei.xmlio import read_bytes

TT_NS = "urn:x-tei-telegrams"


@dataclass(frozen=True, slots=True)
class Edition:
    """Edition-wide facts shown on every page (from `corpus/edition.toml`)."""

    title: str = "TEI edition"
    publisher: str = ""
    licence: str = ""
    licence_url: str = ""


@dataclass(frozen=True, slots=True)
class Link:
    """A link to another document: address (from the current page), title and date."""

    href: str
    title: str
    date: str = ""


def load_edition(path: Path | None = None) -> Edition:
    """Read the `[edition]` table of an edition configuration (default: the bundled one)."""
    path = path or edition_config()
    try:
        table = tomllib.loads(read_bytes(path).decode("utf-8")).get("edition", {})
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise error(str(path), f"not a valid edition configuration: {exc}", rule="config") from None
    fields = {"title": "title", "publisher": "publisher", "licence": "licence",
              "licence_url": "licence_url"}
    return Edition(**{name: str(table[key]) for name, key in fields.items() if key in table})


def context_xml(edition: Edition, document: dict[str, str] | None = None,
                prev: Link | None = None, next_: Link | None = None) -> str:
    """Serialise the context: <tt:context> with edition, document and prev/next links."""
    root = etree.Element(f"{{{TT_NS}}}context", nsmap={"tt": TT_NS})
    etree.SubElement(root, f"{{{TT_NS}}}edition", {
        "title": edition.title, "publisher": edition.publisher,
        "licence": edition.licence, "licence-url": edition.licence_url})
    if document:
        etree.SubElement(root, f"{{{TT_NS}}}document", document)
    for name, link in (("prev", prev), ("next", next_)):
        if link:
            etree.SubElement(root, f"{{{TT_NS}}}{name}",
                             {"href": link.href, "title": link.title, "date": link.date})
    return etree.tostring(root, encoding="unicode")
