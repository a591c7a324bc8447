"""What the static search knows of one document, and how words are folded.

Folding (the same in `xslt/assets/search.js` and `edition.js`): NFKD, marks removed, lower
case, `ß` as `ss`, soft hyphens dropped; repeated until nothing changes. A word is a run of
letters and digits; a compound joined by hyphens (`cease-fire`) gives its parts and the
parts joined (`cease`, `fire`, `ceasefire`), so `ceasefire` finds `cease-fire` and
`cease-fire` finds `ceasefire`. The shards written
from these documents are in `tei.render.search_index`.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from lxml import etree

_COMPOUND = re.compile(r"[^\W_]+(?:[-\u2010\u2011][^\W_]+)*")
_HYPHEN = re.compile(r"[-\u2010\u2011]")
_SOFT_HYPHEN = "\u00ad"
UNDATED = "Undated"


def fold(text: str) -> str:
    """Text compared without case, diacritics or soft hyphens, `ß` as `ss` (idempotent)."""
    for _ in range(3):
        folded = _fold_once(text)
        if folded == text:
            break
        text = folded
    return text


def _fold_once(text: str) -> str:
    text = text.replace(_SOFT_HYPHEN, "")
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.category(c).startswith("M"))
    return text.lower().replace("ß", "ss")


def words(text: str) -> list[str]:
    """Folded words of a text, in order; a hyphenated compound gives its parts, then the
    parts joined."""
    return [word for compound in _COMPOUND.findall(fold(text)) for word in _forms(compound)]


def _forms(compound: str) -> Iterator[str]:
    parts = _HYPHEN.split(compound)
    yield from parts
    if len(parts) > 1:
        yield "".join(parts)


def term_counts(texts: Iterable[str]) -> dict[str, int]:
    """How often each folded word occurs in the texts, sorted by word."""
    counts = Counter(word for text in texts for word in words(text))
    return dict(sorted(counts.items()))


@dataclass(frozen=True, slots=True)
class SearchDocument:
    """One document as the search sees it: its page (from the site root), what a result
    shows, the facets, the compact text for snippets, the counts of its words and the names
    (regularised first) of every register entry it refers to."""

    href: str
    title: str
    date: str
    summary: str
    year: str
    type: str
    senders: tuple[str, ...]
    addressees: tuple[str, ...]
    text: str
    terms: dict[str, int]
    names: tuple[tuple[str, ...], ...]


def search_document(href: str, record: etree._Element, reading: str) -> SearchDocument:
    """The search's view of an index record (see xslt/index/record.xsl) and its text."""
    field = {tag: " ".join((record.findtext(tag) or "").split())
             for tag in ("title", "date", "summary", "type", "from", "to")}
    names = tuple(_entity_names(entity) for entity in record.iterfind("entity"))
    text = " ".join(reading.split())
    terms = term_counts([field["title"], field["summary"], text,
                         *(name for group in names for name in group)])
    return SearchDocument(
        href, field["title"], field["date"], field["summary"], _year(record),
        field["type"], _parties(record, "sender", field["from"]),
        _parties(record, "addressee", field["to"]), text, terms, names)


def _entity_names(entity: etree._Element) -> tuple[str, ...]:
    return tuple(e.text or "" for e in entity if e.tag in ("reg", "variant", "pseudonym"))


def _year(record: etree._Element) -> str:
    """The year of the document's date (from its sort key), or `UNDATED`."""
    year = record.get("sort", "")[:4]
    return year if len(year) == 4 and year.isdigit() else UNDATED


def _parties(record: etree._Element, role: str, label: str) -> tuple[str, ...]:
    """Regularised names of the persons and organisations in `role`; else the label."""
    names = [entity.findtext("reg") or "" for entity in record.iterfind("entity")
             if entity.get("kind") != "place" and role in entity.get("roles", "").split()]
    names = sorted({name for name in names if name})
    return tuple(names) if names else ((label,) if label else ())
