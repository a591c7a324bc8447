"""Our header for a document brought in from another edition: its title, provenance
(source file, edition, licence, address), language and correspondence (`correspDesc`, or
for FRUS documents the `from`/`to` of the heading and the dateline)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from tei import __version__
from tei.convert.encode import ZERO_HASH
from tei.convert.register import KINDS
from tei.edition import Edition
from tei.importing.markup import Mapper, table, temporal
from tei.importing.tree import local, make, words_of
from tei.xmlio import NSMAP, XML_NS, reading_text

_CC = re.compile(r"creativecommons\.org/(?:licenses/([a-z-]+)|publicdomain/(zero|mark))/"
                 r"(\d\.\d)")
_KINDS_OF_NAMES = {name: kind for kind, name in KINDS.items()}
_DATING = ("when", "notBefore", "notAfter", "from", "to")


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where a document comes from: file, edition, licence (and its URL), source address."""

    file: str
    edition: str
    licence: str
    licence_url: str
    url: str

    def sentence(self) -> str:
        """One line for notes: `Brought in from <edition> (<file>)`."""
        return f"Brought in from {self.edition} ({self.file})"


def _first(root: etree._Element, *paths: str) -> str:
    for path in paths:
        for found in root.xpath(path, namespaces=NSMAP):
            text = found if isinstance(found, str) else words_of(found)
            if text.strip():
                return " ".join(text.split())
    return ""


def provenance(root: etree._Element, file: str) -> Provenance:
    """The provenance a source's header states."""
    header = "/tei:TEI/tei:teiHeader/tei:fileDesc"
    edition = _first(root, f"{header}/tei:titleStmt/tei:title[@level='s']",
                     f"{header}/tei:titleStmt/tei:title[@type='complete']",  # FRUS volumes
                     f"{header}/tei:seriesStmt/tei:title", f"{header}/tei:seriesStmt/tei:p",
                     f"{header}/tei:editionStmt/tei:edition",
                     f"{header}/tei:publicationStmt//tei:title",
                     f"{header}/tei:publicationStmt/tei:authority",
                     f"{header}/tei:publicationStmt/tei:publisher") or "an unnamed edition"
    target = _first(root, f"{header}/tei:publicationStmt//tei:licence/@target")
    stated = _first(root, f"{header}/tei:publicationStmt//tei:licence")
    public = "public domain" in _first(root, f"{header}/tei:publicationStmt").lower()
    licence = (_licence_name(target) if target else "") or (
        "Public domain" if public else "") or stated[:200] or "no licence stated"
    url = _first(root, f"{header}/tei:publicationStmt//tei:ref/@target[starts-with(., 'http')]",
                 f"{header}/tei:publicationStmt//tei:idno[starts-with(., 'http')]",
                 f"{header}/tei:sourceDesc//tei:ref/@target[starts-with(., 'http')]")
    return Provenance(file, edition, licence, target, url)


def _licence_name(url: str) -> str:
    """`CC BY 4.0` for a Creative Commons URL; other URLs as they are."""
    match = _CC.search(url)
    if not match:
        return url
    if match.group(2):
        return f"CC0 {match.group(3)}" if match.group(2) == "zero" else "Public Domain Mark"
    return f"CC {match.group(1).upper().replace('-', ' ')} {match.group(3)}"


def title(root: etree._Element) -> str:
    """The document's title: the main or analytic title, else the first one (supplied
    words in brackets again)."""
    stmt = "/tei:TEI/tei:teiHeader/tei:fileDesc/tei:titleStmt"
    for path in (f"{stmt}/tei:title[@type='main']", f"{stmt}/tei:title[@level='a']",
                 f"{stmt}/tei:title"):
        for found in root.xpath(path, namespaces=NSMAP):
            if text := reading_text(found):
                return text
    return "Untitled document"


def header(root: etree._Element, origin: Provenance, edition: Edition, mapper: Mapper,
           source_hash: str, resources_hash: str) -> etree._Element:
    """Our teiHeader for the source `root`."""
    stmt = make("publicationStmt", [make("publisher", [edition.publisher or edition.title])])
    licence = make("licence", [f"{origin.licence} ({origin.edition})"])
    if origin.licence_url:
        licence.set("target", origin.licence_url)
    stmt.append(make("availability", [licence]))
    bibl = make("bibl", [f"{origin.sentence()}: ", make("title", [title(root)])], type="source")
    if origin.url:
        bibl.append(make("idno", [origin.url], type="URI"))
    file_desc = make("fileDesc", [make("titleStmt", [make("title", [title(root)],
                                                          type="main")]),
                                  stmt, make("sourceDesc", [bibl])])
    application = make("application", [make("label", ["tei-telegrams import"])],
                       ident="tei-telegrams", version=__version__)
    for kind, value in (("source", source_hash), ("resources", resources_hash),
                        ("output", ZERO_HASH)):
        application.append(make("desc", [value], type=f"{kind}-sha256"))
    profile = make("profileDesc", [_languages(root)])
    corresp = correspondence(root, mapper)
    if len(corresp):
        profile.append(corresp)
    return make("teiHeader", [file_desc, make("encodingDesc", [make("appInfo", [application])]),
                              profile])


def language(root: etree._Element) -> str:
    """The main language of the source's text."""
    found = _first(root, "//tei:profileDesc/tei:langUsage/tei:language/@ident",
                   "/tei:TEI/tei:text/@xml:lang", "/tei:TEI/@xml:lang")
    return found if re.fullmatch(r"[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*", found) else "en"


def _languages(root: etree._Element) -> etree._Element:
    ident = language(root)
    named = table()["languages"].get(ident.split("-")[0].lower(), ident)
    name = _first(root, f"//tei:langUsage/tei:language[@ident='{ident}']") or named
    return make("langUsage", [make("language", [name], ident=ident)])


def correspondence(root: etree._Element, mapper: Mapper) -> etree._Element:
    """Our correspDesc: the source's, or one built from a FRUS heading and dateline."""
    actions = root.xpath("//tei:profileDesc/tei:correspDesc/tei:correspAction", namespaces=NSMAP)
    if not actions:
        return _from_heading(root, mapper)
    actions.sort(key=lambda a: float(a.get("sortKey")) if (a.get("sortKey") or "").isdigit()
                 else 0)
    types = _action_types([a.get("type") or "" for a in actions])
    corresp = make("correspDesc")
    for action, kind in zip(actions, types, strict=True):
        if kind != action.get("type"):
            mapper.counts[f"correspAction[@type='{action.get('type')}'] -> {kind}"] += 1
        parts = [p for p in (_action_part(c, mapper) for c in action) if p is not None]
        if parts:
            corresp.append(make("correspAction", parts, type=kind))
    return corresp


def _action_types(types: list[str]) -> list[str]:
    """Ours: the first sending and the last receipt; other steps (redirection, a postmark,
    forwarding) are `transmitted`."""
    first_sent = types.index("sent") if "sent" in types else -1
    last_received = len(types) - 1 - types[::-1].index("received") if "received" in types \
        else -1
    return ["sent" if i == first_sent else "received" if i == last_received else "transmitted"
            for i in range(len(types))]


def _action_part(child: etree._Element, mapper: Mapper) -> etree._Element | None:
    """A person, place, organisation or date of a correspAction, ours; None for others."""
    if not isinstance(child.tag, str):
        return None
    name = local(child)
    kind = _KINDS_OF_NAMES.get(name) or (child.get("type") if name in ("rs", "name") else None)
    if kind in KINDS:
        ident = mapper.names.link(kind, words_of(child), child.get("ref"))
        return make(KINDS[kind], [words_of(child) or mapper.names.label(ident)],
                    ref=f"#{ident}")
    if name == "date":
        date = make("date", [words_of(child)])
        for attribute in _DATING:
            value = (child.get(attribute) or "").strip()
            if value and temporal(value):
                date.set(attribute, value)
        if date.attrib:
            return date
        mapper.dropped["correspAction/date without a machine-readable value"] += 1
        return None
    mapper.dropped[f"correspAction/{name or child.tag}"] += 1
    return None


def _from_heading(root: etree._Element, mapper: Mapper) -> etree._Element:
    """Sender and addressee from `@type="from|to"` in the heading (FRUS), place and date of
    sending from the first dateline."""
    head = root.xpath("(//tei:text//tei:head)[1]", namespaces=NSMAP)
    dateline = root.xpath("(//tei:text//tei:dateline)[1]", namespaces=NSMAP)
    sent: list[etree._Element] = []
    received: list[etree._Element] = []
    for party in head[0].xpath(".//*[@type='from' or @type='to']") if head else []:
        (sent if party.get("type") == "from" else received).append(_party(party, mapper))
    for place in dateline[0].iterfind(".//tei:placeName", NSMAP) if dateline else []:
        ident = mapper.names.link("place", words_of(place), None)
        sent.append(make("placeName", [words_of(place)], ref=f"#{ident}"))
    for date in dateline[0].iterfind(".//tei:date", NSMAP) if dateline else []:
        when = (date.get("when") or "").strip()
        if temporal(when):
            sent.append(make("date", [words_of(date)], when=when))
        else:
            mapper.dropped["correspAction/date without a machine-readable value"] += 1
    corresp = make("correspDesc")
    for kind, parts in (("sent", sent), ("received", received)):
        if parts:
            corresp.append(make("correspAction", parts, type=kind))
    if len(corresp):
        mapper.counts["heading from/to and dateline -> correspDesc"] += 1
    return corresp


def _party(element: etree._Element, mapper: Mapper) -> etree._Element:
    """A sender or addressee named in a heading: a name element as that name; words the
    register knows as its person or organisation; else a role (`Operation PBSUCCESS
    Headquarters in Florida`)."""
    text = words_of(element)
    kind = _KINDS_OF_NAMES.get(local(element))
    if kind:  # the heading's own name (persName type="from"): a person of the document
        ident = mapper.names.link(kind, text, element.get("ref"))
        return make(KINDS[kind], [text], ref=f"#{ident}")
    known = mapper.names.linker.register.lookup(re.sub(r"^the\s+", "", text, flags=re.I))
    if known is not None and known.kind in ("person", "org"):
        ident = mapper.names.use(known.id, known.kind, text)
        return make(KINDS[known.kind], [text], ref=f"#{ident}")
    return make("roleName", [text])


def root_language(root: etree._Element) -> dict[str, str]:
    """The xml:lang attribute of our root."""
    return {f"{{{XML_NS}}}lang": language(root)}
