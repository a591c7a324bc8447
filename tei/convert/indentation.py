"""Indentation of a TEI tree's element-only content, mixed content left as it is."""

from __future__ import annotations

from lxml import etree

from tei.xmlio import TEI_NS

_LISTS = {"listPerson", "listPlace", "listOrg"}
_ELEMENT_ONLY = {f"{{{TEI_NS}}}{tag}" for tag in (
    "TEI", "teiHeader", "fileDesc", "titleStmt", "editionStmt", "notesStmt", "respStmt",
    "publicationStmt",
    "availability",
    "sourceDesc", "msDesc", "msIdentifier", "altIdentifier", "msContents", "encodingDesc",
    "appInfo", "application", "profileDesc", "abstract", "langUsage", "correspDesc",
    "correspAction", "textClass", "keywords", "standOff", "listPerson", "listPlace", "listOrg",
    "person", "place", "org", "text", "body", "div", "floatingText", "list", "item", "opener",
    "closer", "address", "bibl",
)}
_ENTRY_LISTS = {f"{{{TEI_NS}}}{tag}" for tag in _LISTS}


def indent(root: etree._Element, level: int = 0) -> None:
    """Indent element-only content; never touch mixed content. The register entries in the
    lists of the standOff come indented (see `standoff._listed`): their insides are not
    walked again."""
    pending = [(root, level)]
    while pending:
        element, depth = pending.pop()
        children = list(element)
        text = element.text
        if not children or (text and not text.isspace()) or any(
                (tail := child.tail) and not tail.isspace() for child in children):
            continue
        inner = "\n" + "  " * (depth + 1)
        element.text = inner
        walk = element.tag not in _ENTRY_LISTS
        for child in children:
            child.tail = inner
            if walk and child.tag in _ELEMENT_ONLY:
                pending.append((child, depth + 1))
        children[-1].tail = "\n" + "  " * depth
