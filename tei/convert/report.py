"""What the converter could not find: warnings per missing core fact, the notes the TEI
header carries about where each core fact came from, and the facts as a report entry."""

from __future__ import annotations

from lxml import etree

from tei.convert.context import Context
from tei.convert.model import Header
from tei.xmlio import reading_text

CORE_FACTS = ("title", "form", "date", "sender", "addressee", "place")
WARNED = ("title", "form", "date", "sender", "addressee")
_MISSING = {
    "title": "the source gives no title; one was built from the document's type, number "
             "and parties",
    "form": "no document form was recognised; typed as a memorandum by default",
    "date": "no sending date was found",
    "sender": "no sender (person, office or organisation) was found",
    "addressee": "no addressee was found",
    "place": "no place of origin was found",
}


def report_missing(header: Header, ctx: Context) -> None:
    """Mark the core facts nobody found as missing and warn about each, naming the file."""
    for fact in CORE_FACTS:
        status = header.provenance.get(fact, ("missing", ""))[0]
        if fact not in header.provenance:
            header.provenance[fact] = ("missing", "")
        if status in ("missing", "built") and fact in WARNED:
            ctx.warn(1, _MISSING[fact], f"missing-{fact}")


def conversion_notes(header: Header) -> list[tuple[str, str, str]]:
    """(subtype, fact, text) of the header's conversion notes, in the core facts' order."""
    notes = []
    for fact in CORE_FACTS:
        status, where = header.provenance.get(fact, ("missing", ""))
        text = f"Found in {where}." if status == "found" else _MISSING[fact].capitalize() + "."
        notes.append((status, fact, text))
    return notes


_NS = {"t": "http://www.tei-c.org/ns/1.0"}
_VALUES = {
    "title": "/t:TEI/t:teiHeader/t:fileDesc/t:titleStmt/t:title[1]",
    "form": "string(/t:TEI/t:text/t:body/t:div[1]/@type)",
    "date": "string(//t:correspAction[@type='sent']/t:date/@when)",
    "sender": "//t:correspAction[@type='sent']/*[self::t:persName or self::t:orgName"
              " or self::t:roleName]",
    "addressee": "//t:correspAction[@type='received']/*[self::t:persName or self::t:orgName"
                 " or self::t:roleName]",
    "place": "string(//t:correspAction[@type='sent']/t:placeName[1])",
    "telegram": "string(//t:idno[@type='telegram'])",
}
# compiled once (an expression given to `.xpath()` is compiled at every call)
_QUERIES = {fact: etree.XPath(path, namespaces=_NS) for fact, path in _VALUES.items()}


def read_facts(root: etree._Element) -> dict[str, dict[str, object]]:
    """A converted file's core facts: value, status (found, built, missing) and where."""
    notes = {note.get("n"): note for note in root.iterfind(
        ".//t:notesStmt/t:note[@type='conversion']", _NS)}
    facts: dict[str, dict[str, object]] = {}
    for fact, query in _QUERIES.items():
        value = _value(fact, query(root))
        note = notes.get(fact)
        status = note.get("subtype") if note is not None else ("found" if value else "missing")
        facts[fact] = {"value": value, "status": status,
                       "where": (note.text or "") if note is not None else ""}
    return facts


def _value(fact: str, found: object) -> object:
    """A fact's value from its XPath's result: a string, or the elements' texts (the
    title's one text, its supplied words in brackets again)."""
    if not isinstance(found, list):
        return str(found)
    texts = [reading_text(e) for e in found]
    return (texts[0] if texts else "") if fact == "title" else texts


def missing_table(facts: list[dict[str, dict[str, object]]]) -> str:
    """`3 of 40 without a date, 5 without a sender, ...` over a batch ('' when none)."""
    total = len(facts)
    parts = []
    for fact in WARNED:
        count = sum(1 for f in facts if f.get(fact, {}).get("status") in ("missing", "built"))
        if count:
            label = "with a built title" if fact == "title" else f"without {_ARTICLE[fact]}"
            parts.append(f"{count} of {total} {label}")
    return ", ".join(parts)


_ARTICLE = {"form": "a recognised form", "date": "a date", "sender": "a sender",
            "addressee": "an addressee"}
