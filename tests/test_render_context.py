"""The context XML of a page, written as text: the same bytes lxml serialises."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from tei.edition import Edition
from tei.render.apparatus import Page
from tei.render.context import TT_NS, Link, context_xml

# XML characters, with the ones attribute escaping must handle
TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff")
               | st.sampled_from(
    '&<>"\'\n\r\t'), max_size=20)


def serialised_by_lxml(edition: Edition, document: dict[str, str] | None, prev: Link | None,
                       site: dict[str, str], pages: list[Page]) -> str:
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
    if prev:
        etree.SubElement(root, f"{{{TT_NS}}}prev",
                         {"href": prev.href, "title": prev.title, "date": prev.date})
    return etree.tostring(root, encoding="unicode")


@given(title=TEXT, editors=st.lists(TEXT, max_size=2), document=st.none() | st.fixed_dictionaries(
    {"id": TEXT, "page": TEXT}), prev=st.none() | st.builds(Link, TEXT, TEXT, TEXT),
    site=st.dictionaries(st.sampled_from(["schema", "cmif"]), TEXT),
    page_titles=st.lists(TEXT, max_size=2))
def test_the_context_is_what_lxml_would_serialise(
        title: str, editors: list[str], document: dict[str, str] | None, prev: Link | None,
        site: dict[str, str], page_titles: list[str]) -> None:
    edition = Edition(title=title, editors=tuple(editors))
    pages = [Page(f"p{n}", text, n, "") for n, text in enumerate(page_titles)]
    assert context_xml(edition, document, prev, site=site, pages=pages) == serialised_by_lxml(
        edition, document, prev, site, pages)
