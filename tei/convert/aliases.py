"""The part of a document's `Context` that joins a local person to another entry: another
romanisation of the same name, or an alias the editors identify in brackets."""

from __future__ import annotations

import copy

from lxml import etree

from tei.convert.register import KINDS, Entry
from tei.xmlio import TEI_NS


class Aliases:
    """Joining local persons to the entries they turn out to be (reads and changes the
    `Context`'s entries used and local)."""

    def same_person(self, local: Entry, entry: Entry, name_type: str = "variant") -> Entry:
        """`entry`, which a local person `local` is another romanisation of (`Ri Man-seok
        [Ri Man Sok]`): the local name names `entry` from now on in the document, and is a
        variant of it in this document's copy of the entry (the register's own entry, shared
        by every document of a batch, is left as it is)."""
        is_local = any(found is entry for found in self.local.values())
        for key, found in list(self.local.items()):
            if found is local:
                self.local[key] = entry
        self.use(entry)
        if local.reg != entry.reg:
            _add_name(self._own_copy(entry, is_local).element, local.reg, name_type)
        return entry

    def _own_copy(self, entry: Entry, is_local: bool) -> Entry:
        """The document's own entry for `entry` (used): a local entry is one already; a
        register entry is copied once (the copy is what the document lists)."""
        used = self.used[entry.id]
        if is_local or used.element is not entry.element:
            return used
        own = Entry(entry.id, entry.kind, entry.reg, copy.deepcopy(entry.element))
        self.used[entry.id] = own
        return own

    def alias_of(self, local: Entry, entry: Entry, name_type: str = "pseudonym") -> Entry:
        """`entry`, whose alias a local person `local` just met is (`Bay Cuong [Le Duc Tho]`,
        wc29): the alias names `entry` from now on, a pseudonym in the document's copy of it
        (or a `variant`: another romanisation, wcdanames74), and `local` is dropped
        unreferenced."""
        self.same_person(local, entry, name_type)
        if self.used.get(local.id) is local:
            del self.used[local.id]
            self.aliased[local.id] = entry.id  # names tagged before point to it (`redirect`)
        for named in self._used_by_surname.values():
            named[:] = [found for found in named if found is not local]
        return entry


def redirect(root: etree._Element, aliased: dict[str, str]) -> None:
    """Point the names tagged with a local person before it turned out to be an alias
    (`aliased`: its id, the entry's) to the entry: the local one is in no list (a body's
    `Director Chu Ch'i-wen` read before the header's `Zhu Qiwen (Chu Ch'i-wen)`)."""
    if not aliased:
        return
    for element in root.iter():
        ref = element.get("ref") if isinstance(element.tag, str) else None
        if ref and any(token[1:] in aliased for token in ref.split()):
            element.set("ref", " ".join(f"#{aliased.get(token[1:], token[1:])}"
                                        for token in ref.split()))


def _add_name(element: etree._Element, spelling: str, name_type: str) -> None:
    """Give a person `element` the name `spelling` (a `variant` or `pseudonym`) after its
    regularised name."""
    if spelling not in (name.text for name in element.iter(f"{{{TEI_NS}}}persName")):
        variant = etree.Element(f"{{{TEI_NS}}}persName", type=name_type)
        variant.text = spelling
        element.find(f"{{{TEI_NS}}}persName[@type='reg']").addnext(variant)


def local_element(kind: str, ident: str, reg: str) -> etree._Element:
    """A local entry's element: its `reg` name and a note that the register lacks it."""
    person = etree.Element(f"{{{TEI_NS}}}{kind}")
    person.set("{http://www.w3.org/XML/1998/namespace}id", ident)
    name = etree.SubElement(person, f"{{{TEI_NS}}}{KINDS[kind]}", type="reg")
    name.text = reg
    note = etree.SubElement(person, f"{{{TEI_NS}}}note", type="local")
    note.text = "Not in the corpus register."
    return person
