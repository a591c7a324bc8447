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
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from lxml import etree

from tei.xmlio import TEI_NS

_COMPOUND = re.compile(r"[^\W_]+(?:[-\u2010\u2011][^\W_]+)*")
_HYPHEN = re.compile(r"[-\u2010\u2011]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
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
        text = _NON_ASCII.sub(_without_marks, text)
    return text.lower().replace("ß", "ss")


def _without_marks(run: re.Match[str]) -> str:
    """A run of non-ASCII characters in NFKD, its marks removed. Runs alone suffice: an
    ASCII character neither decomposes nor reorders with the marks beside it, so normalising
    the runs gives the text normalised as a whole. The same runs come again and again (a
    typographic quote or dash, a register name in another script in every document that
    names it), so each run's answer is kept (up to `_MARKLESS_KEPT` runs; the character
    by character work was a fifth of a document's search terms)."""
    text = run.group()
    markless = _MARKLESS.get(text)
    if markless is None:
        decomposed = unicodedata.normalize("NFKD", text)
        markless = "".join(c for c in decomposed if not unicodedata.category(c).startswith("M"))
        if len(_MARKLESS) >= _MARKLESS_KEPT:
            _MARKLESS.clear()
        _MARKLESS[text] = markless
    return markless


_MARKLESS: dict[str, str] = {}  # runs of non-ASCII characters -> without their marks
_MARKLESS_KEPT = 50_000


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
    """How often each folded word occurs in the texts, sorted by word. The texts are folded
    and searched as one, a line break between them (no word crosses it, and folding works
    character by character: a document's hundred-odd names cost one call, not a hundred); one
    scan finds words and compounds, the few compounds then count as their forms (`words`)."""
    counts = Counter(_COMPOUND.findall(fold("\n".join(texts))))  # one scan: words, compounds
    for compound in [c for c in counts if not c.isalnum()]:  # the compounds with a hyphen
        times = counts.pop(compound)
        for word in _forms(compound):
            counts[word] += times
    return dict(sorted(counts.items()))


_ASCII_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")


def shard_key(term: str) -> str:
    """The index shard of a folded term: its first two characters when both are ASCII
    letters or digits (one when only the first is), else `u` and the hex code point of its
    first character. All terms beginning with a word of two or more characters share it."""
    first = term[0]
    if first not in _ASCII_ALNUM:
        return f"u{ord(first):x}"
    second = term[1:2]
    return first + second if second and second in _ASCII_ALNUM else first


@dataclass(frozen=True, slots=True)
class SearchDocument:
    """One document as the search sees it: its page (from the site root), what a result
    shows and the facets; compressed (`pack`: the main process holds one of these per
    document) the compact text for snippets, the names (regularised first) of every
    register entry it refers to and the counts of its words, grouped by index shard."""

    href: str
    title: str
    date: str
    summary: str
    year: str
    type: str
    senders: tuple[str, ...]
    addressees: tuple[str, ...]
    packed: bytes

    def _part(self, number: int) -> str:
        """Part `number` of the packed text, names and counts; the parts of the last
        document unpacked are kept (the search index asks each document for all three in
        turn: one decompression, not three)."""
        kept = _UNPACKED[0]  # read once: another thread may replace it meanwhile
        if kept[0] is not self.packed:
            kept = _UNPACKED[0] = (self.packed,
                                   zlib.decompress(self.packed).decode("utf-8").split("\0"))
        return kept[1][number]

    @property
    def text(self) -> str:
        """The document's text, its white space collapsed."""
        return self._part(0)

    @property
    def names(self) -> tuple[tuple[str, ...], ...]:
        """The names of each register entry the document refers to, regularised first."""
        return tuple(tuple(group.split(_NAME)) for group in self._part(1).split(_ENTRY) if group)

    def term_groups(self) -> list[tuple[str, str]]:
        """(shard key, "word:count word:count ...") for each shard the words belong to."""
        return [tuple(line.split("\t")) for line in self._part(2).split("\n") if line]

    @property
    def terms(self) -> dict[str, int]:
        """How often each folded word occurs in the document, sorted by word."""
        items = (item.rpartition(":") for _, group in self.term_groups() for item in group.split())
        return dict(sorted((word, int(count)) for word, _, count in items))


_NAME, _ENTRY = "\x1f", "\x1e"  # cannot occur in XML text
# The packed bytes last unpacked (held, so `is` finds them) and their parts.
_UNPACKED: list[tuple[bytes, list[str]]] = [(b"", [])]


def pack(text: str, names: Iterable[Sequence[str]], terms: dict[str, int]) -> bytes:
    """A document's text, register names and word counts, compressed (`SearchDocument`)."""
    groups: dict[str, list[str]] = {}
    for word, count in sorted(terms.items()):
        groups.setdefault(shard_key(word), []).append(f"{word}:{count}")
    counts = "\n".join(f"{key}\t{' '.join(items)}" for key, items in sorted(groups.items()))
    entries = _ENTRY.join(_NAME.join(group) for group in names)
    return zlib.compress(f"{text}\0{entries}\0{counts}".encode(), 6)


# The register lists of record.xsl (`tt:registers`): their words are not the document's.
_REGISTERS = ("listPerson", "listPlace", "listOrg", "listBibl", "listEvent", "standOff")
_IS_REGISTER = f"local-name() = {' or local-name() = '.join(map(repr, _REGISTERS))}"
_WORDS = "t:text//node()[self::text() or self::t:lb or self::t:pb or self::t:cb]"
_HAS_REGISTER = etree.XPath(f"boolean(t:text//*[{_IS_REGISTER}])", namespaces={"t": TEI_NS})
_ALL_WORDS = etree.XPath(_WORDS, namespaces={"t": TEI_NS}, smart_strings=False)
_WORDS_OUTSIDE_REGISTERS = etree.XPath(f"{_WORDS}[not(ancestor::*[{_IS_REGISTER}])]",
                                       namespaces={"t": TEI_NS}, smart_strings=False)


def reading(tei: etree._Element) -> str:
    """The words of a TEI document's text and notes, outside its register lists, each line,
    page or column break a space (the text the search indexes)."""
    # Testing every node's ancestors costs five times the query: only when there are lists.
    query = _WORDS_OUTSIDE_REGISTERS if _HAS_REGISTER(tei) else _ALL_WORDS
    return "".join(node if isinstance(node, str) else " " for node in query(tei))


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
        _parties(record, "addressee", field["to"]), pack(text, names, terms))


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
