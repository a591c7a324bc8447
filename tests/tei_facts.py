"""Read the facts of the gold files back out of a TEI document, at the contract's places.

Independent of the converter: plain XPath over the output, as another edition would read it.
"""

from __future__ import annotations

import re

from lxml import etree

NS = {"tei": "http://www.tei-c.org/ns/1.0"}
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


def xp(node: etree._Element, path: str) -> list:
    return node.xpath(path, namespaces=NS)


def reading(node: etree._Element) -> str:
    """Text as an edition shows it: supplied text in brackets, gaps as [...], lb as a space."""
    parts: list[str] = [node.text or ""]
    for child in node:
        local = etree.QName(child).localname
        if local == "supplied":
            parts.append(f"[{reading(child)}]")
        elif local == "gap":
            desc = "".join(child.itertext()).strip()
            parts.append(f"[{desc or '...'}]")
        elif local == "lb":
            parts.append(" ")
        elif local == "note":
            pass
        else:
            parts.append(reading(child))
        parts.append(child.tail or "")
    return " ".join("".join(parts).split())


def entries(root: etree._Element) -> dict[str, etree._Element]:
    return {e.get(XML_ID): e for e in xp(root, "//tei:standOff//*[@xml:id]")}


def names_of(entry: etree._Element) -> set[str]:
    """Regularised name and every variant of a standOff entry."""
    return {" ".join("".join(n.itertext()).split())
            for n in xp(entry, "tei:persName | tei:placeName | tei:orgName")}


def reg_name(entry: etree._Element) -> str:
    return " ".join("".join(xp(entry, "*[@type='reg']")[0].itertext()).split())


def _resolved(root: etree._Element, refs: list[str]) -> list[etree._Element]:
    table = entries(root)
    out = []
    for ref in refs:
        entry = table.get(ref.lstrip("#"))
        if entry is not None and entry not in out:
            out.append(entry)
    return out


def action_persons(root: etree._Element, kind: str) -> list[str]:
    refs = xp(root, f"//tei:correspAction[@type='{kind}']/tei:persName/@ref")
    return [reg_name(e) for e in _resolved(root, refs)]


def referenced(root: etree._Element, kind: str) -> list[etree._Element]:
    """Entries of `kind` (person, place, org) referred to from the header or the text."""
    tag = {"person": "persName", "place": "placeName", "org": "orgName"}[kind]
    refs = xp(root, f"(//tei:teiHeader | //tei:text)//tei:{tag}/@ref")
    return [e for e in _resolved(root, refs) if etree.QName(e).localname == kind]


def when_received(root: etree._Element) -> str | None:
    found = xp(root, "//tei:correspAction[@type='received']/tei:date/@when")
    return re.sub(r"(T\d\d:\d\d):00$", r"\1", found[0]) if found else None


def when_sent(root: etree._Element) -> str | None:
    found = xp(root, "//tei:correspAction[@type='sent']/tei:date/@when")
    return found[0][:10] if found else None


def first(root: etree._Element, path: str) -> str | None:
    found = xp(root, path)
    if not found:
        return None
    value = found[0]
    return " ".join(("".join(value.itertext()) if isinstance(value, etree._Element)
                     else str(value)).split())


def main_title(root: etree._Element) -> str:
    """The title as read (its supplied identifications in brackets)."""
    found = xp(root, "//tei:titleStmt/tei:title[1]")
    return reading(found[0]) if found else ""


def insertions(root: etree._Element) -> list[str]:
    """Bracketed insertions of the archive title, then every supplied text of the text."""
    title = main_title(root)
    return re.findall(r"\[([^\]]+)\]", title) + [
        " ".join("".join(s.itertext()).split()) for s in xp(root, "//tei:text//tei:supplied")
    ]


def signed(root: etree._Element) -> str | None:
    found = xp(root, "//tei:body/tei:div/tei:div[@type='message']/tei:closer/tei:signed")
    return "; ".join(reading(s) for s in found) or None


def facts(root: etree._Element) -> dict[str, object]:
    """The gold-file facts of one TEI document."""
    return {
        "title": main_title(root) or None,
        "date": when_sent(root),
        "date_received": when_received(root),
        "doc_type": (first(root, "//tei:body/tei:div[1]/@type") or "").replace("-", " "),
        "sender": action_persons(root, "sent"),
        "addressee": action_persons(root, "received"),
        "place_of_origin": (reg_name(_resolved(root, xp(
            root, "//tei:correspAction[@type='sent']/tei:placeName/@ref"))[0])
            if xp(root, "//tei:correspAction[@type='sent']/tei:placeName/@ref") else None),
        "telegram_number": first(root, "//tei:msIdentifier//tei:idno[@type='telegram']"),
        "incoming_number": first(root, "//tei:msIdentifier//tei:idno[@type='incoming']"),
        "outgoing_number": first(root, "//tei:msIdentifier//tei:idno[@type='outgoing']"),
        "archive_idno": first(root, "//tei:msIdentifier/tei:idno"),
        "repository": first(root, "//tei:msIdentifier/tei:repository"),
        "editorial_insertions": insertions(root),
        "gaps": len(xp(root, "//tei:text//tei:gap")),
        "registry_notes": [reading(ab) for ab in xp(
            root, "//tei:div[@type='registry'][@subtype='processing']/tei:ab"
                  " | //tei:closer/tei:seg[@type='registry']")],
        "stamps": [reading(s) for s in xp(root, "//tei:text//tei:stamp")],
        "signed": signed(root),
        "numbered_points": len(xp(root, "//tei:text//tei:item[@n]")),
        "notes": len(xp(root, "//tei:text//tei:note")),
        "summary": first(root, "//tei:profileDesc/tei:abstract"),
        "funder": "; ".join(" ".join(e.itertext()) for e in xp(
            root, "//tei:titleStmt/tei:funder")) or None,
        "translator": " and ".join(
            " ".join("".join(e.itertext()).split()) for e in xp(
                root, "//tei:respStmt[tei:resp='Translation']"
                      "/*[self::tei:name or self::tei:persName]"))
        or None,
        "original_language": first(root, "//tei:msContents/tei:textLang"),
        "source_url": first(root, "//tei:idno[@type='URI']"),
        "embedded_documents": len(xp(root, "//tei:text//tei:floatingText")),
    }
