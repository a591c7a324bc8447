"""`tei register import`: another edition's `listPerson`, `listPlace` and `listOrg` (or, as
FRUS has them, names with an xml:id in list items, or, as a CMIF file has them, the names
with authority URIs in its `correspDesc` entries) merged into our register: an entry
sharing an authority id with a register entry is that entry; one without ids whose name the
register knows is that entry too; every other one is added (with its names, authority ids,
occupations and where it came from)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tei.convert.register import KINDS
from tei.convert.register_files import load_register
from tei.diagnostics import error
from tei.importing.authority import from_uri
from tei.importing.batch import save_added
from tei.importing.header import provenance
from tei.importing.names import (
    DocumentNames,
    Link,
    Linker,
    entry_names,
    regular,
    source_entries,
)
from tei.importing.tree import local, words_of
from tei.workspace import locked
from tei.xmlio import NSMAP, XML_NS, parse_bytes, read_bytes

_LISTED = " | ".join(f"//tei:list{kind.capitalize()}//tei:{kind}[@xml:id]" for kind in KINDS)
# FRUS lists its persons as names with ids in list items (`item/persName[@xml:id]`).
_NAMED = " | ".join(f"//tei:list//tei:item//tei:{name}[@xml:id]" for name in KINDS.values())
# A CMIF file (correspSearch) names its correspondents and places by authority URI.
_CORRESPONDENTS = " | ".join(f"//tei:correspDesc//tei:{name}[@ref]" for name in KINDS.values())
_KIND_OF_NAME = {name: kind for kind, name in KINDS.items()}


@dataclass
class Merge:
    """What merging a list did: a link per entry, the ids added per register file."""

    source: Path
    links: list[Link]
    register: dict[str, list[str]]

    def report(self) -> dict[str, Any]:
        """The merge as one JSON-ready mapping."""
        return {"source": str(self.source),
                "entries": [{"kind": link.kind, "name": link.name, "entry": link.entry,
                             "how": link.how, "authority": link.authority}
                            for link in self.links],
                "register": self.register}


def merge_lists(source: Path, register_dir: Path) -> Merge:
    """Merge the lists of persons, places and organisations in `source` into the register.

    Raises InputError when the file cannot be read or parsed, or holds no such list.
    """
    root = parse_bytes(read_bytes(source), str(source), collect_ids=False).getroot()
    listed = root.xpath(f"{_LISTED} | {_NAMED}", namespaces=NSMAP) or [
        name for name in root.xpath(_CORRESPONDENTS, namespaces=NSMAP)
        if from_uri(name.get("ref", ""), _KIND_OF_NAME[local(name)])]
    if not listed:
        raise error(str(source), "no person, place or org with an xml:id in a listPerson, "
                    "listPlace or listOrg (nor a name with an xml:id in a list item, nor a "
                    "name with an authority URI in a correspDesc)",
                    root.sourceline or 1, rule="register-import-empty")
    with locked([register_dir]):
        linker = Linker(load_register(register_dir))
        names = DocumentNames(linker, source_entries(root),
                              provenance(root, source.name).sentence() + ".", register_all=True)
        for entry in listed:
            name = entry.tag.rpartition("}")[2]
            kind = _KIND_OF_NAME.get(name, name)
            label = regular(words_of(entry), kind) if name in _KIND_OF_NAME else (
                entry_names(entry, kind) or [""])[0]
            ident = entry.get(f"{{{XML_NS}}}id")
            if label:
                names.link(kind, label, "#" + ident if ident else entry.get("ref"))
            else:
                names.links.append(Link(kind, "", "", "skipped: no name"))
        linker.commit(names.added)
        return Merge(source, names.links, save_added(linker, register_dir))
