"""The entries of a document's index record for the register entities it names, made once
per process: the same entity, copied from the register into many documents, gives the same
entry in every record but its roles (xslt/index/record.xsl). The record transform is told
which entities are known already (`known`) and writes only a stub for each (its id and
roles), which `complete` replaces with the entry made before.
"""

from __future__ import annotations

from collections import Counter
from copy import deepcopy

from lxml import etree

from tei.xmlio import TEI_NS

_ENTRIES = tuple(f"{{{TEI_NS}}}{name}" for name in ("person", "personGrp", "place", "org"))
_XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
LIMIT = 50_000  # entries learnt per process (a few hundred bytes each), then no more


class EntityFacts:
    """Record entries by the entity element they were made from (its serialisation)."""

    def __init__(self) -> None:
        self._entries: dict[bytes, etree._Element] = {}

    @staticmethod
    def keys(tree: etree._ElementTree) -> dict[str, bytes]:
        """The document's entities (those whose id is not repeated) by id: each one's key."""
        elements = [element for element in tree.iter(*_ENTRIES) if element.get(_XML_ID)]
        repeated = Counter(element.get(_XML_ID) for element in elements)
        return {element.get(_XML_ID): etree.tostring(element, with_tail=False)
                for element in elements if repeated[element.get(_XML_ID)] == 1}

    def known(self, keys: dict[str, bytes]) -> list[str]:
        """The ids of the document's entities whose entry is known."""
        return [entity for entity, key in keys.items() if key in self._entries]

    def complete(self, record: etree._Element, keys: dict[str, bytes]) -> None:
        """Replace the record's stubs (entries without a kind) with the known entries, their
        roles the stub's; learn the entries the record made in full (up to `LIMIT`: an entry
        once known stays known, for the stubs of records made but not completed yet)."""
        for entry in record.iterfind("entity"):
            key = keys.get(entry.get("id", ""))
            if entry.get("kind") is None and key is not None:
                known = deepcopy(self._entries[key])
                known.set("roles", entry.get("roles", ""))
                known.tail = entry.tail
                record.replace(entry, known)
            elif key is not None and len(self._entries) < LIMIT:
                self._entries[key] = deepcopy(entry)
