"""The standOff of a converted document: clean copies of the register's and the
document's own entries it names, grouped by kind."""

from __future__ import annotations

import copy
from functools import lru_cache

from lxml import etree

from tei.convert.indentation import indent
from tei.convert.register import Entry
from tei.xmlio import TEI_NS

LIST_ELEMENTS = {"person": "listPerson", "place": "listPlace", "org": "listOrg"}
_ENTRY_CONTAINERS = {f"{{{TEI_NS}}}{tag}" for tag in ("person", "place", "org", "location")}
_ENTRY_LEVEL = 3  # TEI > standOff > listPerson > person


def standoff(root: etree._Element, entries: list[Entry]) -> None:
    """The document's `standOff`: a list of the persons, places and bodies it names."""
    if not entries:
        return
    element = etree.SubElement(root, f"{{{TEI_NS}}}standOff")
    for kind, list_name in LIST_ELEMENTS.items():
        chosen = [e for e in entries if e.kind == kind]
        if chosen:
            listing = etree.SubElement(element, f"{{{TEI_NS}}}{list_name}")
            for entry in chosen:
                listing.append(_listed(entry.element))


def _listed(element: etree._Element) -> etree._Element:
    """The copy of an entry a document lists: a register entry's (in its file: it has a
    parent) is cleaned once and kept; a document's own entry (local, or the register's
    copied to record its spelling there) is cleaned for that document alone, so that the
    kept ones stay the register's however large a batch."""
    if element.getparent() is None:
        return _cleaned(element)
    return copy.copy(_clean_register_entry(element))


@lru_cache(maxsize=8192)
def _clean_register_entry(element: etree._Element) -> etree._Element:
    """`_cleaned` of a register entry, made once: each document appends a copy of it."""
    return _cleaned(element)


def _cleaned(element: etree._Element) -> etree._Element:
    """A copy of an entry without comments or source-file whitespace."""
    clone = copy.deepcopy(element)
    for node in clone.iter():
        if isinstance(node, etree._Comment):
            node.getparent().remove(node)
        elif node.tag in _ENTRY_CONTAINERS:
            node.text = None
        node.tail = None
    indent(clone, _ENTRY_LEVEL)
    return clone
