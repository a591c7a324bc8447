"""What a transform needs besides the document: the edition's facts, the document's own links
and its neighbours by date, as a small XML document passed as the `context` parameter (a
render's first step leaves the document's links out, so that one context serves every
document, and hands them over as strings: see `tei.render.saxon.Renderer`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

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
    its apparatus pages (<tt:page>: name, title and address from the root, in nav order).
    Written as text, as lxml would serialise it (a build makes two per document)."""
    parts = [_head(edition, tuple((site or {}).items()), tuple(pages))]
    if document:
        parts.append(_element("document", document))
    for name, link in (("prev", prev), ("next", next_)):
        if link:
            parts.append(_element(name, {"href": link.href, "title": link.title,
                                         "date": link.date}))
    return f'<tt:context xmlns:tt="{TT_NS}">{"".join(parts)}</tt:context>'


@lru_cache(maxsize=8)
def _head(edition: Edition, site: tuple[tuple[str, str], ...], pages: tuple[Page, ...]) -> str:
    """The part of the context every page of a site shares: edition, downloads, pages."""
    parts = [_element("edition", {
        "title": edition.title, "publisher": edition.publisher,
        "editors": "; ".join(edition.editors), "base-url": edition.base_url,
        "licence": edition.licence, "licence-url": edition.licence_url,
        "version": edition.version, "published": edition.published})]
    if site:
        parts.append(_element("site", dict(site)))
    parts += [_element("page", {"key": page.slug, "href": page.href, "title": page.title})
              for page in pages]
    return "".join(parts)


_ATTRIBUTE = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;",
                            "\n": "&#10;", "\r": "&#13;", "\t": "&#9;"})


def _element(name: str, attributes: dict[str, str]) -> str:
    """An empty element of the context namespace with escaped attributes."""
    written = "".join(f' {key}="{value.translate(_ATTRIBUTE)}"'
                      for key, value in attributes.items())
    return f"<tt:{name}{written}/>"
