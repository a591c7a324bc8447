"""What a transform needs besides the document: the edition's facts, the document's own links
and its neighbours by date, as a small XML document passed as the `context` parameter."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from lxml import etree

from tei.edition import Edition
from tei.render.apparatus import Page

TT_NS = "urn:x-tei-telegrams"


@dataclass(frozen=True, slots=True)
class Link:
    """A link to another document: address (from the current page), title and date."""

    href: str
    title: str
    date: str = ""


@dataclass(frozen=True, slots=True)
class SiteContext:
    """The context of every page of one site: the edition, the site's own downloads and its
    apparatus pages. Called with a page's own facts, it gives that page's context XML."""

    edition: Edition
    site: dict[str, str] = field(default_factory=dict)
    pages: tuple[Page, ...] = ()

    def __call__(self, document: dict[str, str] | None = None, prev: Link | None = None,
                 next_: Link | None = None) -> str:
        return context_xml(self.edition, document, prev, next_, site=self.site,
                           pages=self.pages)


def context_xml(edition: Edition, document: dict[str, str] | None = None,
                prev: Link | None = None, next_: Link | None = None, *,
                site: dict[str, str] | None = None, pages: Sequence[Page] = ()) -> str:
    """Serialise the context: <tt:context> with edition, document and prev/next links, the
    site's own downloads (`site`: schema, CMIF file, by their addresses from its root) and
    its apparatus pages (<tt:page>: name, title and address from the root, in nav order)."""
    root = etree.Element(f"{{{TT_NS}}}context", nsmap={"tt": TT_NS})
    etree.SubElement(root, f"{{{TT_NS}}}edition", {
        "title": edition.title, "publisher": edition.publisher,
        "editors": "; ".join(edition.editors), "base-url": edition.base_url,
        "licence": edition.licence, "licence-url": edition.licence_url,
        "version": edition.version, "published": edition.published})
    if site:
        etree.SubElement(root, f"{{{TT_NS}}}site", site)
    for page in pages:
        etree.SubElement(root, f"{{{TT_NS}}}page",
                         {"key": page.slug, "href": page.href, "title": page.title})
    if document:
        etree.SubElement(root, f"{{{TT_NS}}}document", document)
    for name, link in (("prev", prev), ("next", next_)):
        if link:
            etree.SubElement(root, f"{{{TT_NS}}}{name}",
                             {"href": link.href, "title": link.title, "date": link.date})
    return etree.tostring(root, encoding="unicode")
