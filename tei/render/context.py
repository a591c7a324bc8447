"""What a transform needs besides the document: the edition's facts, the document's own links
and its neighbours by date, as a small XML document passed as the `context` parameter."""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from tei.edition import Edition

TT_NS = "urn:x-tei-telegrams"


@dataclass(frozen=True, slots=True)
class Link:
    """A link to another document: address (from the current page), title and date."""

    href: str
    title: str
    date: str = ""


def context_xml(edition: Edition, document: dict[str, str] | None = None,
                prev: Link | None = None, next_: Link | None = None, *,
                site: dict[str, str] | None = None) -> str:
    """Serialise the context: <tt:context> with edition, document and prev/next links, and
    the site's own downloads (`site`: schema, CMIF file, by their addresses from its root)."""
    root = etree.Element(f"{{{TT_NS}}}context", nsmap={"tt": TT_NS})
    etree.SubElement(root, f"{{{TT_NS}}}edition", {
        "title": edition.title, "publisher": edition.publisher,
        "editors": "; ".join(edition.editors), "base-url": edition.base_url,
        "licence": edition.licence, "licence-url": edition.licence_url,
        "version": edition.version, "published": edition.published})
    if site:
        etree.SubElement(root, f"{{{TT_NS}}}site", site)
    if document:
        etree.SubElement(root, f"{{{TT_NS}}}document", document)
    for name, link in (("prev", prev), ("next", next_)):
        if link:
            etree.SubElement(root, f"{{{TT_NS}}}{name}",
                             {"href": link.href, "title": link.title, "date": link.date})
    return etree.tostring(root, encoding="unicode")
