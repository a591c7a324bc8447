"""Encode stage: the document model to a TEI P5 tree (docs/encoding.md)."""

from __future__ import annotations

from collections.abc import Iterable

from lxml import etree

from tei import __version__
from tei.convert.indentation import indent
from tei.convert.model import (
    Action,
    Block,
    Document,
    Embedded,
    Header,
    Inlines,
    Message,
    NumberedList,
    Paragraph,
    Part,
    RegistryLine,
    Section,
)
from tei.convert.ocr_dates import ocr_figures
from tei.convert.period_names import name_in_period
from tei.convert.register import KINDS, Entry
from tei.convert.report import conversion_notes
from tei.convert.standoff import standoff
from tei.edition import Edition
from tei.xmlio import TEI_NS, XML_NS

ZERO_HASH = "0" * 64


def _el(parent: etree._Element | None, tag: str, text: str | None = None,
        **attrs: str) -> etree._Element:
    if parent is None:
        element = etree.Element(f"{{{TEI_NS}}}{tag}", _attributes(attrs), nsmap={None: TEI_NS})
    else:
        element = _child(parent, tag, _attributes(attrs) if attrs else attrs)
    if text:
        element.text = text
    return element


# Elements made before, by tag and attributes: a new element is a copy of one (made in C),
# since lxml checks every tag and attribute name it is given in Python (CPython 3.11 answers
# its `b':' in name` by raising and dropping a TypeError): 2.5 us an element, 6.5 us with two
# attributes, where a copy takes 1.8-2.4 us. Bounded: values such as refs and dates vary.
_PROTOTYPES: dict[tuple[str, tuple[tuple[str, str], ...]], etree._Element] = {}
_PROTOTYPES_KEPT = 4096


def _child(parent: etree._Element, tag: str, attrs: dict[str, str]) -> etree._Element:
    """A new last child of `parent` (`attrs` as `_attributes` gives them)."""
    key = (tag, tuple(attrs.items()))
    prototype = _PROTOTYPES.get(key)
    if prototype is None:
        if len(_PROTOTYPES) >= _PROTOTYPES_KEPT:
            _PROTOTYPES.clear()
        prototype = _PROTOTYPES[key] = etree.Element(f"{{{TEI_NS}}}{tag}", attrs,
                                                     nsmap={None: TEI_NS})
    element = prototype.__copy__()
    parent.append(element)
    return element


def _attributes(attrs: dict[str, str]) -> dict[str, str]:
    """`attrs` without those lacking a value, `xml_` names as `xml:` ones (most come as
    they are: then `attrs` itself, not a copy)."""
    for key, value in attrs.items():
        if not value or key.startswith("xml_"):
            return {f"{{{XML_NS}}}{key[4:]}" if key.startswith("xml_") else key: value
                    for key, value in attrs.items() if value}
    return attrs


def _inline(parent: etree._Element, items: Inlines) -> None:
    """Append inline content (strings and marks) to `parent` (its last child is kept at
    hand: lxml counts children one by one, which would make many marks quadratic); a line
    break (`lb`) is followed by a newline, so that the lines' words stay apart as text."""
    last = parent[-1] if len(parent) else None
    for item in items:
        if isinstance(item, str):
            if last is None:
                parent.text = (parent.text or "") + item
            else:
                last.tail = (last.tail or "") + item
        else:
            last = _child(parent, item.tag, _attributes(item.attrs) if item.attrs else item.attrs)
            if item.tag == "lb":
                last.tail = "\n"  # the source's line break: a word boundary in plain text too
            _inline(last, item.children)


def encode(doc: Document, edition: Edition, schema_href: str,
           hashes: dict[str, str]) -> etree._ElementTree:
    """Build the TEI tree; `hashes` gives the source and resources SHA-256, the output hash
    is left zeroed (see `tei.convert.seal`)."""
    root = _el(None, "TEI", xml_id=f"doc-{doc.stem}", xml_lang=edition.language)
    _header(root, doc, edition, hashes)
    standoff(root, doc.entries)
    language = doc.header.language
    text = _el(root, "text", **({"xml_lang": language}
                                if language and language != edition.language else {}))
    body = _el(text, "body")
    _document_div(body, doc)
    indent(root)
    tree = root.getroottree()
    for schema, kind in ((".rng", "http://relaxng.org/ns/structure/1.0"),
                         (".sch", "http://purl.oclc.org/dsdl/schematron")):
        pi = etree.ProcessingInstruction(
            "xml-model",
            f'href="{schema_href}{schema}" type="application/xml" schematypens="{kind}"')
        root.addprevious(pi)
    return tree


# -- header


def _header(root: etree._Element, doc: Document, edition: Edition,
            hashes: dict[str, str]) -> None:
    h = doc.header
    header = _el(root, "teiHeader")
    file_desc = _el(header, "fileDesc")
    _title_stmt(_el(file_desc, "titleStmt"), h)
    _edition_stmt(file_desc, edition)
    _publication(_el(file_desc, "publicationStmt"), h, edition)
    notes = _el(file_desc, "notesStmt")
    for subtype, fact, text in conversion_notes(h):
        _el(notes, "note", text, type="conversion", subtype=subtype, n=fact)
    for text in h.changes:
        _el(notes, "note", text, type="conversion", subtype="changed", n="characters")
    _source_desc(_el(file_desc, "sourceDesc"), h)
    application = _el(_el(_el(header, "encodingDesc"), "appInfo"), "application",
                      ident="tei-telegrams", version=__version__)
    _el(application, "label", "tei-telegrams converter")
    for kind in ("source", "resources"):
        if hashes.get(kind):
            _el(application, "desc", hashes[kind], type=f"{kind}-sha256")
    _el(application, "desc", ZERO_HASH, type="output-sha256")
    _profile(_el(header, "profileDesc"), h, h.language or edition.language)


def _title_stmt(stmt: etree._Element, h: Header) -> None:
    _inline(_el(stmt, "title", type="main"), h.title_marked or [h.title])
    for funder in h.funders or ([h.funder] if h.funder else []):
        _el(stmt, "funder", funder)
    if h.translator:
        resp = _el(stmt, "respStmt")
        _el(resp, "resp", "Translation")
        for name, entry in h.translators:
            _el(resp, "persName", name, ref=f"#{entry.id}")
        if not h.translators:
            _el(resp, "name", h.translator)
    if h.obtainers:
        resp = _el(stmt, "respStmt")
        _el(resp, "resp", "Obtained")
        for name, entry in h.obtainers:
            _el(resp, "persName", name, ref=f"#{entry.id}")


def _edition_stmt(file_desc: etree._Element, edition: Edition) -> None:
    """The edition's editors (titleStmt/respStmt) and version (editionStmt)."""
    if edition.editors:
        resp = _el(file_desc.find(f"{{{TEI_NS}}}titleStmt"), "respStmt")
        _el(resp, "resp", "Edited by")
        for editor in edition.editors:
            _el(resp, "name", editor)
    if edition.version:
        _el(_el(file_desc, "editionStmt"), "edition", f"Version {edition.version}",
            n=edition.version)


def _publication(stmt: etree._Element, h: Header, edition: Edition) -> None:
    _el(stmt, "publisher", edition.publisher)
    if edition.published:
        _el(stmt, "date", edition.published, when=edition.published)
    availability = _el(stmt, "availability")
    for paragraph in h.licence:
        _inline(_el(availability, "p"), paragraph)
    if edition.licence:
        _el(availability, "licence", f"Encoding: {edition.licence}", target=edition.licence_url)
    if not len(availability):
        stmt.remove(availability)


def _source_desc(source: etree._Element, h: Header) -> None:
    ms_desc = _el(source, "msDesc")
    identifier = _el(ms_desc, "msIdentifier")
    _el(identifier, "repository", h.repository or "unknown")
    for shelfmark in h.shelfmarks:  # (ocr75) a scan's OCR letters for its figures read as such
        _el(identifier, "idno", ocr_figures(shelfmark), type="shelfmark")
    for kind in ("telegram", "incoming", "outgoing"):
        value = getattr(h, kind)
        if value:
            _el(_el(identifier, "altIdentifier", type=kind), "idno", value, type=kind)
    if h.summary_text or h.original_language:
        contents = _el(ms_desc, "msContents")
        if h.summary_text:
            _el(contents, "summary", h.summary_text)
        if h.original_language:
            _el(contents, "textLang", h.original_language, mainLang=h.original_language_code)
    if h.citation or h.source_url:
        bibl = _el(source, "bibl", None if h.citation_marked else _citation_before_url(
            h.citation, h.source_url), type="citation")
        if h.citation_marked:
            _inline(bibl, _marked_before_url(h.citation_marked, h.source_url))
        if h.source_url:
            _el(bibl, "idno", h.source_url, type="URI")
    for text in h.sources:
        if text in h.sources_marked:  # (news89) a newspaper writer's lines, names marked
            _inline(_el(source, "bibl", type="source"), h.sources_marked[text])
        else:
            _el(source, "bibl", text, type="source")


def _profile(profile: etree._Element, h: Header, language: str) -> None:
    if h.summary:
        _inline(_el(_el(profile, "abstract"), "p"), h.summary)
    _el(_el(profile, "langUsage"), "language", h.language_name, ident=language)
    actions = [(kind, action) for kind, action in (("sent", h.sent), ("received", h.received))
               if action.parties or action.place or action.when]
    if actions:
        corresp = _el(profile, "correspDesc")
        when = h.sent.when or h.received.when
        for kind, action in actions:
            _action(_el(corresp, "correspAction", type=kind), action, action.when or when)
    if h.keywords:
        text_class = _el(profile, "textClass")
        for name, terms in sorted(h.keywords.items()):
            keywords = _el(text_class, "keywords", n=name)
            for term in terms:
                _inline(_el(keywords, "term"), term)


def _action(element: etree._Element, action: Action, when: str) -> None:
    """A correspAction's parties, place, post, a seat's city (named as on `when`), date."""
    for party in action.parties:
        if party.entry and party.role:  # an office pointing to its holder on the date
            _el(element, "roleName", party.role, ref=f"#{party.entry.id}")
        elif party.entry:
            _name(element, party.entry, when)
        else:
            _el(element, "roleName", party.role)
    if action.place:
        _name(element, action.place, when)
    if action.post:
        _name(element, action.post, when)
    if action.city:
        _name(element, action.city, when)
    if action.when:
        _el(element, "date", action.date_text, when=action.when)


def _name(parent: etree._Element, entry: Entry, when: str = "") -> None:
    """An entry's name pointing to it: a place's or body's as it was called on `when`
    (else its reg)."""
    _el(parent, KINDS[entry.kind], name_in_period(entry, when), ref=f"#{entry.id}")


# -- text


def _document_div(body: etree._Element, doc: Document) -> None:
    div = _el(body, "div", type=doc.doc_type)
    _registry_div(div, "heading", doc.heading)
    message = _el(div, "div", type="message")
    _message(message, doc.message)
    for blocks in doc.attachments:
        _blocks(_el(div, "div", type="attachment"), blocks)
    _registry_div(div, "processing", doc.processing)


def _registry_div(parent: etree._Element, subtype: str, lines: list[RegistryLine]) -> None:
    if lines:
        div = _el(parent, "div", type="registry", subtype=subtype)
        for line in lines:
            _inline(_el(div, "ab", type="registry", subtype=line.subtype), line.content)


def _message(parent: etree._Element, message: Message) -> None:
    for head in message.heads:
        _inline(_el(parent, "head"), head)
    if message.opener:
        _parts(_el(parent, "opener"), message.opener)
    blocks = message.blocks or [Paragraph(part.content) for part in message.closer]
    _blocks(parent, blocks)
    if message.closer and message.blocks:
        _closers(parent, message.closer)


def _closers(parent: etree._Element, parts: list[Part]) -> None:
    """The closer, and a postscript under it as its own `postscript` between the closing
    lines above and any below it (a foot address)."""
    run: list[Part] = []
    for part in [*parts, None]:
        if part is not None and part.kind != "postscript":
            run.append(part)
            continue
        if run:
            _parts(_el(parent, "closer"), run)
            run = []
        if part is not None:
            _inline(_el(_el(parent, "postscript"), "p"), part.content)


def _parts(parent: etree._Element, parts: Iterable[Part]) -> None:
    address = None
    for part in parts:  # a closing line no rule names (`p`, no closer's element) is its
        if part.kind in ("address", "addrLine", "p"):  # address's, as a seat's mostly are
            address = _el(parent, "address") if address is None else address
            _inline(_el(address, "addrLine"), part.content)
            continue
        address = None
        if part.kind == "note":  # an unplaced footnote under the closing lines
            _inline(parent, part.content)
        elif part.kind == "registry":
            _inline(_el(parent, "seg", type="registry", subtype=part.subtype), part.content)
        elif part.kind == "idno":
            _inline(_el(parent, "idno", type="outgoing"), part.content)
        else:
            _inline(_el(parent, part.kind), part.content)


def _blocks(parent: etree._Element, blocks: list[Block]) -> None:
    for block in blocks:
        if isinstance(block, Paragraph):
            _inline(_el(parent, block.tag, n=block.n), block.content)
        elif isinstance(block, NumberedList):
            listing = _el(parent, "list", type="numbered")
            for item in block.items:
                element = _el(listing, "item", n=item.n)
                if len(item.paragraphs) == 1:
                    _inline(element, item.paragraphs[0])
                else:
                    for paragraph in item.paragraphs:
                        _inline(_el(element, "p"), paragraph)
        elif isinstance(block, Section):
            section = _el(parent, "div", type="section", n=block.n)
            _inline(_el(section, "head"), block.head)
            _blocks(section, block.blocks)
        elif isinstance(block, Embedded):
            floating = _el(parent, "floatingText", type=block.doc_type,
                           rend="quoted" if block.quoted else "")
            _message(_el(floating, "body"), block.message)


def _marked_before_url(marked: Inlines, url: str) -> Inlines:
    """The marked citation, parted by a space from its address's `idno` (see
    `_citation_before_url`)."""
    if not url:
        return marked
    last = marked[-1]
    return [*marked[:-1], last.rstrip(), " "] if isinstance(last, str) else [*marked, " "]


def _citation_before_url(citation: str, url: str) -> str:
    """The citation's text as printed, parted by a space from its address's `idno` after it
    (`... Jersild. http://... <idno>http://...</idno>`: no word glued to the address)."""
    return f"{citation.rstrip()} " if url and citation.strip() else citation
