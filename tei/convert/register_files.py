"""Loading the register's files: each entry's element checked (an id, a regularised name,
no id twice) and the name index worked out from them, cached on disk (see `register`)."""

from __future__ import annotations

import sys
from pathlib import Path

from lxml import etree

from tei.cache import cached_data, content_key
from tei.convert import (
    declension,
    eastasian,
    name_index,
    register,
    romanised,
    second_surnames,
    title_forms,
)
from tei.convert.name_index import Index, index_of
from tei.convert.register import KINDS, Entry, Register
from tei.diagnostics import error
from tei.xmlio import NSMAP, XML_NS, parse_bytes, read_bytes


def _entry(element: etree._Element, kind: str, path: str) -> Entry:
    ident = element.get(f"{{{XML_NS}}}id")
    reg = element.find(f"tei:{KINDS[kind]}[@type='reg']", NSMAP)
    if not ident or reg is None:
        raise error(path, f"register {kind} needs an xml:id and a {KINDS[kind]}[@type='reg']",
                    element.sourceline or 1, rule="register-entry")
    return Entry(ident, kind, " ".join("".join(reg.itertext()).split()), element)


def load_register(folder: Path, table: Path | None = None,
                  titles: Path | None = None) -> Register:
    """Load every `*.xml` file of the register folder (TEI with listPerson/listPlace/listOrg).

    What is worked out from the files (each entry's id, kind and regularised name, the trie,
    surnames and name starts' openings of `index_of`) is cached on disk, keyed by the files'
    names and contents, this code, the index's (`name_index`, its syllables: `eastasian`,
    its folding: `romanised`, its declared surnames: `second_surnames`),
    the table of case endings (`declension`: the file at `table`, default the bundled one),
    the table of title equivalents (`title_forms`: the file at `titles`, default the
    bundled one) and the Python version; an entry is only written once every entry was read
    without error, so a bad entry is always reported here."""
    files = [(path, read_bytes(path)) for path in sorted(Path(folder).glob("*.xml"))]
    elements = _elements(files)
    table = table or declension.table_path()
    titles = titles or title_forms.table_path()
    key = content_key("register", sys.version.encode(), Path(register.__file__).read_bytes(),
                      Path(__file__).read_bytes(), Path(name_index.__file__).read_bytes(),
                      Path(eastasian.__file__).read_bytes(), Path(romanised.__file__).read_bytes(),
                      Path(second_surnames.__file__).read_bytes(),
                      Path(declension.__file__).read_bytes(), table.read_bytes(),
                      Path(title_forms.__file__).read_bytes(), titles.read_bytes(),
                      *(part for path, data in files for part in (path.name.encode(), data)))
    names, index = cached_data(key, lambda: _worked_out(elements, table, titles))
    entries = [Entry(ident, kind, reg, element) for (ident, kind, reg), (element, _, _)
               in zip(names, elements, strict=True)]
    return Register(entries, index, key, table)


def _elements(files: list[tuple[Path, bytes]]) -> list[tuple[etree._Element, str, str]]:
    """The entries' elements in the register files (path, content), in order, each with
    its kind and file."""
    found = []
    for path, data in files:
        root = parse_bytes(data, str(path)).getroot()
        found += [(element, kind, str(path)) for kind in KINDS
                  for element in root.iterfind(f".//tei:{kind}", NSMAP)]
    return found


def _worked_out(elements: list[tuple[etree._Element, str, str]], table: Path | None = None,
                titles: Path | None = None) -> tuple[list[tuple[str, str, str]], Index]:
    """The id, kind and regularised name of each entry element, and the `index_of` of them
    all; an entry without an id or regularised name, or an id given twice, is an error."""
    entries: list[Entry] = []
    seen: dict[str, str] = {}
    for element, kind, path in elements:
        entry = _entry(element, kind, path)
        if entry.id in seen:
            raise error(path, f"register id {entry.id!r} also in {seen[entry.id]}",
                        element.sourceline or 1, rule="register-duplicate")
        seen[entry.id] = path
        entries.append(entry)
    return ([(entry.id, entry.kind, entry.reg) for entry in entries],
            index_of(entries, table, titles))
