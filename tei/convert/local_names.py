"""The part of a document's `Context` that keeps its local entries: one per name however it
is spelt, a fuller name taking over the surname's entry, a double surname signed alone."""

from __future__ import annotations

import re

from lxml import etree

from tei.convert.eastasian import family_first
from tei.convert.initials import initials_and_surname, initials_fit
from tei.convert.name_index import slug
from tei.convert.register import Entry
from tei.xmlio import TEI_NS

_ASPIRATE = re.compile(r"[\s'’-]|(?<=[ckpt])h")


def _ends_in(full: str, part: str) -> bool:
    """(global76) Does `full` end in `part`'s two or more words and more words before them,
    told without case or accents (`Joaquín Hernández Armas`, `HERNANDEZ ARMAS`)?"""
    return len(full.split()) > len(part.split()) > 1 and slug(full).endswith("-" + slug(part))


class LocalNames:
    """Keeping a document's local entries (reads and changes the `Context`'s entries used and
    local, and its local persons by surname)."""

    def _ending_of_named(self, bare: str) -> Entry | None:
        """(global76) The one person, local or register, the document has named so far whose
        name ends in `bare`'s two or more words, told without case or accents: a Spanish
        double surname signed in capitals (`HERNANDEZ ARMAS` after `Joaquín Hernández
        Armas`)."""
        words = bare.split()
        if len(words) < 2 or family_first(bare, self.res.patterns):
            return None
        named = {e.id: e for e in self.named_by_surname(words[-1]) if _ends_in(e.reg, bare)}
        return next(iter(named.values())) if len(named) == 1 else None

    def _fuller_local(self, reg: str, line: int) -> Entry | None:
        """The one local person named so far by the surname alone, or (wcda72) by initials
        that fit (`D. Sokolov`), that `reg` names in full (`DROZNIAK` in a title, then
        `Edward DROŻNIAK`): that entry, its name now the full one, the shorter a variant
        (warned)."""
        words = reg.split()
        if len(words) < 2 or family_first(reg, self.res.patterns):
            return None
        named = ((k, initials_and_surname(self.local[k].reg))  # (wcda72) or by
                 for k in self._local_by_surname.get(slug(words[-1]), []))  # initials: `D.
        alone = [k for k, (initials, surname) in named  # Sokolov` before `Dmitri Sokolov`
                 if surname is not None and initials_fit(initials, reg, set())]
        if len(alone) != 1:
            return None
        old = self.local[alone[0]]
        name = old.element.find(f"{{{TEI_NS}}}persName[@type='reg']")
        name.text = reg
        surname = etree.Element(f"{{{TEI_NS}}}persName", type="variant", subtype=(
            "surname" if " " not in old.reg else "initials"))
        surname.text = old.reg
        name.addnext(surname)
        fuller = Entry(old.id, old.kind, reg, old.element)
        for key, entry in list(self.local.items()):
            if entry is old:
                self.local[key] = fuller
        if old.id in self.used:
            self.used[old.id] = fuller
        for named in self._used_by_surname.values():
            named[:] = [fuller if entry is old else entry for entry in named]
        self.warn(line, f"'{reg}' is not in the register; the local entry '{old.id}' of "
                  f"'{old.reg}' takes this name. Add a <person> for it to "
                  "corpus/register/persons.xml", "unknown-name")
        return fuller

    def _keep_local(self, key: str, entry: Entry) -> None:
        """Keep `entry` as the local entry of `key`, its spelling indexed for
        `_local_spelling` (the first key of a spelling wins)."""
        self.local[key] = entry
        self._spellings.setdefault(_ASPIRATE.sub("", key), key)

    def _local_spelling(self, key: str) -> str:
        """The key of a local entry whose name is `key`'s spelled with or without hyphens,
        spaces and aspirate `h` (`Kim Thae Hui`, `Kim Tae-hui`), else `key`."""
        return self._spellings.get(_ASPIRATE.sub("", key), key)
