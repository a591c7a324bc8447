"""The rules of the CMIF customisation (cmi-customization.rng and cmif.sch, version 1.1.0),
checked in Python so that `tei export cmif` verifies what it writes without the official
files: the mandatory header, sent and received actions, resolvable sources, dates only."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from itertools import chain

from lxml import etree

from tei.diagnostics import Diagnostic, Severity
from tei.xmlio import NSMAP, TEI_NS, XML_NS

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
W3C_DATE = re.compile(r"-?\d{4,}(-\d{2}(-\d{2})?)?|--\d{2}(-\d{2})?|---\d{2}")
URI = re.compile(r"\S+")
AUTHORITY_URI = re.compile(r"https?://\S+")
BIBL_TYPES = ("online", "print", "hybrid")
ACTION_PARTS = ("persName", "orgName", "placeName", "date", "note", "address", "name")
REQUIRED_HEADER = (
    ("tei:fileDesc/tei:titleStmt/tei:title", "a title", "cmif-header"),
    ("tei:fileDesc/tei:titleStmt/tei:editor", "an editor", "cmif-header"),
    ("tei:fileDesc/tei:publicationStmt/tei:publisher", "a publisher", "cmif-header"),
    ("tei:fileDesc/tei:publicationStmt/tei:idno[@type='url']",
     "the file's own URL (idno type=\"url\")", "cmif-header"),
    ("tei:fileDesc/tei:publicationStmt/tei:date[@when]", "a publication date (date/@when)",
     "cmif-header"),
    ("tei:fileDesc/tei:publicationStmt/tei:availability/tei:licence[@target]",
     "a licence with @target", "cmif-header"),
    ("tei:fileDesc/tei:sourceDesc/tei:bibl", "a bibl in sourceDesc", "cmif-header"),
)

Finding = tuple[etree._Element, Severity, str, str]


def check_cmif(tree: etree._ElementTree, path: str,
               clean: Sequence[bool] = ()) -> list[Diagnostic]:
    """Every breach of the CMIF rules in `tree`, as diagnostics about `path` (lines are those
    of the parsed file; 1 for a tree built in memory). `clean[n]`: the n-th correspDesc is
    known to break no rule (see `desc_is_clean`), so it is not checked again."""
    return [Diagnostic(path, element.sourceline or 1, 1, severity, message, rule)
            for element, severity, message, rule in _findings(tree.getroot(), clean)]


def desc_is_clean(desc: etree._Element, source: str) -> bool:
    """Whether a correspDesc breaks no rule, its dates included, in a file whose one bibl
    has the xml:id `source`."""
    findings = chain(_correspondence(desc, {source}),
                     *(_date(date) for date in desc.iterfind(".//tei:date", NSMAP)))
    return next(findings, None) is None


def frame_findings(root: etree._Element) -> tuple[list[Finding], list[Finding]]:
    """The findings of a CMIF file without letters (its frame): those of its root and
    header, and those of its dates (as `check_cmif` orders them: the letters' findings go
    between the two, the letters' dates after them)."""
    header = root.find("tei:teiHeader", NSMAP)
    if root.tag != f"{{{TEI_NS}}}TEI" or header is None:
        return list(_findings(root)), []
    dates = [found for date in root.iterfind(".//tei:date", NSMAP) for found in _date(date)]
    return list(_header(header)), dates


def bibl_ids(root: etree._Element) -> set[str | None]:
    """The xml:ids of a CMIF file's bibls (what correspDesc/@source may name)."""
    return {bibl.get(f"{{{XML_NS}}}id") for bibl in root.iterfind(".//tei:bibl", NSMAP)}


def letter_findings(desc: etree._Element, ids: set[str | None]
                    ) -> tuple[list[Finding], list[Finding]]:
    """The findings of one correspDesc of a file whose bibls have the xml:ids `ids`: those
    of the letter itself and those of its dates."""
    dates = [found for date in desc.iterfind(".//tei:date", NSMAP) for found in _date(date)]
    return list(_correspondence(desc, ids)), dates


def _findings(root: etree._Element, clean: Sequence[bool] = ()) -> Iterator[Finding]:
    """All findings, header first, then each correspDesc in document order (but those
    `clean` says break no rule), then the dates."""
    if root.tag != "{http://www.tei-c.org/ns/1.0}TEI":
        yield root, Severity.ERROR, "the root element must be TEI in the TEI namespace", "cmif-root"
        return
    header = root.find("tei:teiHeader", NSMAP)
    if header is None:
        yield root, Severity.ERROR, "a CMIF file needs a teiHeader", "cmif-header"
        return
    yield from _header(header)
    ids = {bibl.get(f"{{{XML_NS}}}id") for bibl in header.iterfind(".//tei:bibl", NSMAP)}
    known = []  # the clean correspDescs (held: their dates are told apart by identity)
    for number, desc in enumerate(header.iterfind("tei:profileDesc/tei:correspDesc", NSMAP)):
        if number < len(clean) and clean[number]:
            known.append(desc)
        else:
            yield from _correspondence(desc, ids)
    skipped = set(known)
    for date in root.iterfind(".//tei:date", NSMAP):
        if not skipped or _letter(date) not in skipped:
            yield from _date(date)


def _letter(date: etree._Element) -> etree._Element | None:
    """The correspDesc a date belongs to, if any."""
    return next(date.iterancestors(f"{{{TEI_NS}}}correspDesc"), None)


def _header(header: etree._Element) -> Iterator[Finding]:
    """The mandatory header parts and the bibl's type and id."""
    for xpath, what, rule in REQUIRED_HEADER:
        if header.find(xpath, NSMAP) is None:
            yield header, Severity.ERROR, f"the header needs {what}", rule
    for bibl in header.iterfind("tei:fileDesc/tei:sourceDesc/tei:bibl", NSMAP):
        identifier = bibl.get(f"{{{XML_NS}}}id")
        if bibl.get("type") not in BIBL_TYPES:
            yield bibl, Severity.ERROR, f"bibl/@type must be one of {', '.join(BIBL_TYPES)}", \
                "cmif-bibl"
        if not identifier:
            yield bibl, Severity.ERROR, "bibl needs an xml:id (correspDesc/@source names it)", \
                "cmif-bibl"
        elif not UUID.fullmatch(identifier):
            yield bibl, Severity.WARNING, "bibl/@xml:id should be a UUID", "W0001"


def _correspondence(desc: etree._Element, ids: set[str | None]) -> Iterator[Finding]:
    """E0001-E0003 and the content of each action."""
    for kind, rule in (("sent", "E0001"), ("received", "E0002")):
        if desc.find(f"tei:correspAction[@type='{kind}']", NSMAP) is None:
            yield desc, Severity.ERROR, f"correspDesc needs a correspAction type=\"{kind}\"", rule
    source = desc.get("source")
    if source is not None and source.removeprefix("#") not in ids:
        yield desc, Severity.ERROR, f"correspDesc/@source {source!r} names no bibl/@xml:id", \
            "E0003"
    if not URI.fullmatch(desc.get("ref", "x")):
        yield desc, Severity.ERROR, "correspDesc/@ref must be one URI", "cmif-uri"
    for action in desc.iterfind("tei:correspAction", NSMAP):
        yield from _action(action)


def _action(action: etree._Element) -> Iterator[Finding]:
    """An action has a known type and at least one part; names are plain text with URIs."""
    if action.get("type") not in ("sent", "received"):
        yield action, Severity.ERROR, "correspAction/@type must be sent or received", \
            "cmif-action"
    parts = list(action.iterchildren(etree.Element))
    if not parts:
        yield action, Severity.ERROR, "correspAction needs a name, place or date", "cmif-action"
    for part in parts:
        local = etree.QName(part).localname
        if local not in ACTION_PARTS:
            yield part, Severity.ERROR, f"<{local}> is not allowed in correspAction", \
                "cmif-action"
        elif local != "date" and len(part):
            yield part, Severity.ERROR, f"<{local}> must hold text only", "cmif-name"
        elif not all(AUTHORITY_URI.fullmatch(uri) for uri in part.get("ref", "http://x").split()):
            yield part, Severity.ERROR, f"<{local}>/@ref must be authority URIs (http...)", \
                "cmif-uri"


def _date(date: etree._Element) -> Iterator[Finding]:
    """E0004, letters' dates without times, and cert="low" as the only certainty CMIF
    accepts."""
    values = [date.get(key) for key in ("when", "from", "to", "notBefore", "notAfter")
              if date.get(key) is not None]
    if not values:
        yield date, Severity.ERROR, "date needs @when, @from, @to, @notBefore or @notAfter", \
            "E0004"
    in_action = etree.QName(date.getparent()).localname == "correspAction"
    if in_action and any(not W3C_DATE.fullmatch(value or "") for value in values):
        yield date, Severity.ERROR, "CMIF dates are W3C dates without a time (YYYY-MM-DD)", \
            "cmif-date"
    if date.get("cert") not in (None, "low"):
        yield date, Severity.ERROR, "the CMIF schema accepts only cert=\"low\"", "cmif-cert"
