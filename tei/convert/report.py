"""What the converter could not find: warnings per missing core fact, the notes the TEI
header carries about where each core fact came from, and the facts as a report entry."""

from __future__ import annotations

from lxml import etree

from tei.convert.context import Context
from tei.convert.model import Header

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
    "title": "string(/t:TEI/t:teiHeader/t:fileDesc/t:titleStmt/t:title[1])",
    "form": "string(/t:TEI/t:text/t:body/t:div[1]/@type)",
    "date": "string(//t:correspAction[@type='sent']/t:date/@when)",
    "sender": "//t:correspAction[@type='sent']/*[self::t:persName or self::t:orgName"
              " or self::t:roleName]",
    "addressee": "//t:correspAction[@type='received']/*[self::t:persName or self::t:orgName"
                 " or self::t:roleName]",
    "place": "string(//t:correspAction[@type='sent']/t:placeName[1])",
    "telegram": "string(//t:idno[@type='telegram'])",
}


def read_facts(root: etree._Element) -> dict[str, dict[str, object]]:
    """A converted file's core facts: value, status (found, built, missing) and where."""
    notes = {note.get("n"): note for note in root.iterfind(
        ".//t:notesStmt/t:note[@type='conversion']", _NS)}
    facts: dict[str, dict[str, object]] = {}
    for fact, path in _VALUES.items():
        found = root.xpath(path, namespaces=_NS)
        value: object = ([" ".join("".join(e.itertext()).split()) for e in found]
                         if isinstance(found, list) else str(found))
        note = notes.get(fact)
        status = note.get("subtype") if note is not None else ("found" if value else "missing")
        facts[fact] = {"value": value, "status": status,
                       "where": (note.text or "") if note is not None else ""}
    return facts


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
