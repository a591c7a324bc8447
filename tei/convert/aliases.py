"""The part of a document's `Context` that joins a local person to another entry: another
romanisation of the same name, or an alias the editors identify in brackets."""

from __future__ import annotations

from lxml import etree

from tei.convert.register import Entry
from tei.xmlio import TEI_NS


class Aliases:
    """Joining local persons to the entries they turn out to be (reads and changes the
    `Context`'s entries used and local)."""

    def same_person(self, local: Entry, entry: Entry) -> Entry:
        """`entry`, which a local person `local` is another romanisation of (`Ri Man-seok
        [Ri Man Sok]`): the local name names `entry` from now on in the document, and is a
        variant of it when `entry` is local too (a register entry is left as it is)."""
        local_entry = any(found is entry for found in self.local.values())
        for key, found in list(self.local.items()):
            if found is local:
                self.local[key] = entry
        if local_entry and local.reg != entry.reg:  # (wc29) a register entry is shared
            variant = etree.Element(f"{{{TEI_NS}}}persName", type="variant")
            variant.text = local.reg
            entry.element.find(f"{{{TEI_NS}}}persName[@type='reg']").addnext(variant)
        return self.use(entry)

    def alias_of(self, local: Entry, entry: Entry) -> Entry:
        """`entry`, whose alias a local person `local` just met is (`Sau Manh [Le Duc Tho]`,
        wc29): the alias names `entry` from now on, and `local` is dropped unreferenced."""
        self.same_person(local, entry)
        if self.used.get(local.id) is local:
            del self.used[local.id]
        for named in self._used_by_surname.values():
            named[:] = [found for found in named if found is not local]
        return entry
