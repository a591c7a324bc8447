"""The per-document records grouped for the whole-corpus pages (see `tei.render.indexes`):
documents in date order and entities by id, in memory that stays small per document.

A document's facts (the XML a page lists) wait in a spool file, in memory while small and on
disk past `SPOOL_MEMORY` bytes, and are read back when a page lists the document; only its
sort key and its parties (shared tuples) stay in memory. An entity's mentions are two arrays,
document numbers and codes of its role strings, not an object per mention.
"""

from __future__ import annotations

import html
import re
import tempfile
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple, overload

from lxml import etree

SPOOL_MEMORY = 4 * 2**20  # bytes of document facts held in memory before the spool goes to disk
Parties = tuple[tuple[str, ...], tuple[str, ...]]  # senders, addressees (entity keys 'kind id')


@dataclass(frozen=True, slots=True)
class Document:
    """The small facts of one document a page lists (its record without the entities and
    the summary), with its senders and addressees (entity keys 'kind id')."""

    xml: str
    sort: str
    senders: tuple[str, ...] = ()
    addressees: tuple[str, ...] = ()


class Documents(Sequence[Document]):
    """The documents in date order: sort keys and parties in memory, facts in a spool file
    (`close` releases it). Indexing reads a document's facts back; `sorts` and `parties`
    answer without reading them."""

    def __init__(self) -> None:
        # open as long as the documents are: `close` (or leaving the Corpus) closes it
        self._spool = tempfile.SpooledTemporaryFile(max_size=SPOOL_MEMORY)  # noqa: SIM115
        self._ends = array("q", [0])  # where each document's facts end in the spool
        self.sorts: list[str] = []
        self.parties: list[Parties] = []
        self._shared: dict[Any, Any] = {}  # one copy of each sort key and parties

    def append(self, document: Document) -> None:
        """Add the next document (in date order)."""
        data = document.xml.encode("utf-8")
        self._spool.seek(self._ends[-1])
        self._spool.write(data)
        self._ends.append(self._ends[-1] + len(data))
        self.sorts.append(self._share(document.sort))
        self.parties.append(self._share((self._share(document.senders),
                                         self._share(document.addressees))))

    def _share(self, value: Any) -> Any:
        """One copy of equal sort keys and parties, however many documents have them."""
        return self._shared.setdefault(value, value)

    def __len__(self) -> int:
        return len(self.sorts)

    @overload
    def __getitem__(self, index: int) -> Document: ...

    @overload
    def __getitem__(self, index: slice) -> list[Document]: ...

    def __getitem__(self, index: int | slice) -> Document | list[Document]:
        if isinstance(index, slice):
            return [self[number] for number in range(*index.indices(len(self)))]
        number = range(len(self))[index]
        start = self._ends[number]
        self._spool.seek(start)
        xml = self._spool.read(self._ends[number + 1] - start).decode("utf-8")
        return Document(xml, self.sorts[number], *self.parties[number])

    def close(self) -> None:
        self._spool.close()


class Reference(NamedTuple):
    """A record's reference to an entity: who, with which roles, and the record's details of
    it (its child elements, serialised)."""

    kind: str
    id: str
    roles: str
    sort: str
    local: bool
    details: str


@dataclass(slots=True)
class Entity:
    """One entity of the corpus: its details merged over the records and its mentions in date
    order (document numbers, and codes of the roles strings in `role_names`); `seen`: the
    details of it already merged."""

    kind: str
    id: str
    sort: str
    local: bool
    details: dict[str, None] = field(default_factory=dict)
    numbers: array = field(default_factory=lambda: array("I"))
    roles: array = field(default_factory=lambda: array("I"))
    role_names: dict[str, int] = field(default_factory=dict)
    seen: set[str] = field(default_factory=set)

    def mention(self, number: int, roles: str) -> None:
        """Record that document `number` refers to the entity in `roles`."""
        self.numbers.append(number)
        self.roles.append(self.role_names.setdefault(roles, len(self.role_names)))

    @property
    def count(self) -> int:
        """How many documents refer to the entity."""
        return len(self.numbers)

    @property
    def mentions(self) -> list[tuple[int, str]]:
        """(document number, roles) of every mention, in date order."""
        names = list(self.role_names)
        return [(number, names[code]) for number, code in zip(self.numbers, self.roles,
                                                              strict=True)]


@dataclass(slots=True)
class Corpus:
    """The records of all documents, grouped: documents in date order and entities by id.
    A context manager: leaving it releases the documents' spool."""

    documents: Documents = field(default_factory=Documents)
    entities: dict[tuple[str, str], Entity] = field(default_factory=dict)

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *_exception: object) -> None:
        self.documents.close()


def group(records: Iterable[str]) -> Corpus:
    """Group the records (XML strings, in date order) into documents and entities; each
    record is let go once read (a generator of records keeps one at a time)."""
    corpus = Corpus()
    for number, record in enumerate(records):
        xml, sort, references = split_record(record)
        parties: dict[str, list[str]] = {"sender": [], "addressee": []}
        for reference in references:
            for role in parties.keys() & reference.roles.split():
                parties[role].append(f"{reference.kind} {reference.id}")
            _mention(corpus, reference, number)
        corpus.documents.append(Document(xml, sort, tuple(parties["sender"]),
                                         tuple(parties["addressee"])))
    return corpus


# A record as record.xsl (through lxml) writes it: <doc id page sort> facts, then entities
# (whose details never hold another entity) and a summary of text only. Linear patterns:
# no part can run past the next entity tag or the end of the summary (and the details are
# taken in possessive runs of text, not one character at a time: no backtracking).
_SORT = re.compile(r'<doc id="[^"]*" page="[^"]*" sort="([^"]*)"')
_ENTITY = re.compile(r'<entity kind="([^"]*)" id="([^"]*)" roles="([^"]*)" sort="([^"]*)"'
                     r'( local="yes")?>((?:[^<]++|<(?!/?entity\b))*+)</entity>')
_SUMMARY = re.compile(r"<summary>[^<]*</summary>|<summary/>")


def split_record(record: str) -> tuple[str, str, list[Reference]]:
    """A record's document facts (XML without entities and summary), sort key and entity
    references; read by patterns where the record has the usual form (fast), else parsed."""
    found = list(_ENTITY.finditer(record))
    sort = _SORT.match(record)
    if sort is None or len(found) != record.count("<entity"):
        return _parse_record(record)
    references = [Reference(m[1], _value(m[2]), m[3], _value(m[4]), bool(m[5]), m[6])
                  for m in found]
    xml = _ENTITY.sub("", _SUMMARY.sub("", record, count=1))
    return xml, _value(sort[1]), references


def _value(text: str) -> str:
    """An attribute's value from its escaped form."""
    return html.unescape(text) if "&" in text else text


def _parse_record(record: str) -> tuple[str, str, list[Reference]]:
    """`split_record` by parsing the record."""
    root = etree.fromstring(record)
    references = []
    for element in root.findall("entity"):
        details = "".join(etree.tostring(child, encoding="unicode", with_tail=False)
                          for child in element)
        references.append(Reference(element.get("kind", ""), element.get("id", ""),
                                    element.get("roles", ""), element.get("sort", ""),
                                    element.get("local") == "yes", details))
        root.remove(element)
    for summary in root.findall("summary"):
        root.remove(summary)
    return etree.tostring(root, encoding="unicode"), root.get("sort", ""), references


def _mention(corpus: Corpus, reference: Reference, number: int) -> None:
    """Add a document's reference to an entity: the mention and the entity's details."""
    key = (reference.kind, reference.id)
    entity = corpus.entities.get(key)
    if entity is None:
        entity = Entity(*key, reference.sort, reference.local)
        corpus.entities[key] = entity
    entity.mention(number, reference.roles)
    if reference.details not in entity.seen:
        entity.seen.add(reference.details)
        for child in etree.fromstring(f"<details>{reference.details}</details>"):
            detail = etree.tostring(child, encoding="unicode", with_tail=False)
            if child.tag == "reg" and detail not in entity.details and any(
                    known.startswith("<reg") for known in entity.details):
                detail = _as_variant(child)
            entity.details.setdefault(detail, None)


def _as_variant(reg: etree._Element) -> str:
    """Another document's name for an entity already named (two documents' local entries
    of one id, spelt differently): one of its variants, so the entity keeps one name."""
    reg.tag = "variant"
    return etree.tostring(reg, encoding="unicode", with_tail=False)


def years(sorts: Sequence[str]) -> str:
    """'1950', '1950–1953' or 'undated': the years of a page of documents (their sort keys,
    in date order)."""
    found = [sort[:4] for sort in sorts if sort]
    if not found:
        return "undated"
    return found[0] if found[0] == found[-1] else f"{found[0]}–{found[-1]}"


def bounds(count: int, size: int) -> list[range]:
    """The numbers 0..count-1 in consecutive pieces of `size` (one empty piece when none)."""
    return [range(start, min(start + size, count)) for start in range(0, count, size)] or [
        range(0)]
