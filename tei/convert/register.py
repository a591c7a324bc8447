"""The corpus register of persons, places and organisations, and its compiled name matcher.

The register is data (`corpus/register/*.xml`, TEI `listPerson`/`listPlace`/`listOrg`).
Every name form of every entry is compiled into one token trie; `find` walks it over a text
and returns the longest match at each position, whatever the number of entries.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from lxml import etree

from tei.diagnostics import error
from tei.xmlio import NSMAP, TEI_NS, XML_NS, parse_file

KINDS = {"person": "persName", "place": "placeName", "org": "orgName"}
PREFIXES = {"person": "per", "place": "pla", "org": "org"}

_TOKEN = re.compile(r"\w+(?:['’]\w+)*", re.UNICODE)
_JOINER = re.compile(r"[\s.()\-‐–'’]*")
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
_UNDECOMPOSABLE = str.maketrans({"Đ": "D", "đ": "d", "Ø": "O", "ø": "o", "Ł": "L", "ł": "l",
                                 "ß": "ss", "Æ": "AE", "æ": "ae", "Œ": "OE", "œ": "oe"})


@dataclass(frozen=True, slots=True)
class Entry:
    """One person, place or organisation: its id, kind, regularised name and TEI element."""

    id: str
    kind: str
    reg: str
    element: etree._Element = field(compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class NameMatch:
    """A name found in a text: character span and the entry it refers to."""

    start: int
    end: int
    entry: Entry
    form: str


def tokens(text: str) -> list[re.Match[str]]:
    """Word tokens of `text` (letters, digits, inner apostrophes)."""
    return list(_TOKEN.finditer(text))


@lru_cache(maxsize=65536)
def _fold(token: str) -> str:
    return token.casefold().replace("’", "'")


def _case_ok(source: str, form: str) -> bool:
    """A source token matches a name token in its own case, ALL CAPS or Capitalised."""
    if source == form:
        return True
    if form.isupper() and len(form) > 1:
        return False
    return source == form.upper() or (source[:1].isupper() and source == form.capitalize())


def slug(name: str) -> str:
    """ASCII slug of a name: `Kim Il-sung` -> `kim-il-sung`."""
    name = name.translate(_UNDECOMPOSABLE)
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or "x"


class Register:
    """Entries by id and a token trie over all their name forms."""

    def __init__(self, entries: list[Entry]) -> None:
        self.entries = {entry.id: entry for entry in entries}
        self._found: dict[tuple[str, tuple[str, ...]], list[NameMatch]] = {}
        self._trie: dict = {}
        self._surnames: dict[str, set[str]] = {}
        for entry in entries:
            for form in _forms(entry):
                self._add(form, entry)
                self._add_surname(form, entry)

    def _add_surname(self, form: str, entry: Entry) -> None:
        words = [m.group() for m in tokens(form)]
        while len(words) > 2 and _fold(words[-1]) in _SUFFIXES:
            words.pop()
        if entry.kind == "person" and len(words) >= 2:
            self._surnames.setdefault(_fold(words[-1]), set()).add(entry.id)

    def by_surname(self, surname: str) -> Entry | None:
        """The one register person whose name ends in `surname`, or None when no person
        or several do (`Ball` -> George Ball; `Dulles` -> None: John Foster or Allen)."""
        ids = self._surnames.get(_fold(surname), set())
        return self.entries[next(iter(ids))] if len(ids) == 1 else None

    def _add(self, form: str, entry: Entry) -> None:
        words = [m.group() for m in tokens(form)]
        if not words:
            return
        node = self._trie
        for word in words:
            node = node.setdefault(_fold(word), {})
        node.setdefault(None, []).append((words, entry))

    def find(self, text: str, kinds: tuple[str, ...] = tuple(KINDS)) -> list[NameMatch]:
        """All register names (of `kinds`) in `text`, longest match first, never overlapping
        (memoised within a document: recognition asks about the same text several times)."""
        key = (text, kinds)
        if key not in self._found:
            if len(self._found) >= 4096:
                self._found.clear()
            self._found[key] = self._find(text, kinds)
        return list(self._found[key])

    def forget(self) -> None:
        """Drop the memo of `find` (between documents)."""
        self._found.clear()

    def _find(self, text: str, kinds: tuple[str, ...]) -> list[NameMatch]:
        toks = tokens(text)
        found: list[NameMatch] = []
        i = 0
        while i < len(toks):
            if not self._may_start(toks[i].group()):
                i += 1
                continue
            match, width = self._longest(text, toks, i, kinds)
            later = self._overtaken(text, toks, i, width, kinds) if match else None
            if later is not None:
                i = later
            elif match:
                found += [*self._elided(text, toks, i, match), match]
                i += width
            else:
                i += 1
        return found

    def _may_start(self, word: str) -> bool:
        """Cheap test: can a name begin with this token (or its stem before `'s`)?"""
        folded = _fold(word)
        return folded in self._trie or (folded.endswith("'s") and folded[:-2] in self._trie)

    def _overtaken(self, text: str, toks: list[re.Match[str]], i: int, width: int,
                   kinds: tuple[str, ...]) -> int | None:
        """Start of an overlapping match as long that ends later (`Chairman [Mao Zedong]`)."""
        for k in range(i + 1, i + width):
            other, other_width = self._longest(text, toks, k, kinds)
            if other and other_width >= width and k + other_width > i + width:
                return k
        return None

    def _elided(self, text: str, toks: list[re.Match[str]], i: int,
                match: NameMatch) -> list[NameMatch]:
        """`South` in `South and North Korea`: a first word standing for `South Korea`."""
        words = [t.group() for t in toks if match.start <= t.start() < match.end]
        if i < 2 or len(words) < 2 or toks[i - 1].group().casefold() not in ("and", "or"):
            return []
        first = toks[i - 2]
        if text[first.end():toks[i].start()].strip().casefold() not in ("and", "or"):
            return []
        entry = self.lookup(" ".join([first.group(), *words[1:]]))
        if entry is None or entry.kind != match.entry.kind:
            return []
        return [NameMatch(first.start(), first.end(), entry, first.group())]

    def _longest(self, text: str, toks: list[re.Match[str]], i: int,
                 kinds: tuple[str, ...]) -> tuple[NameMatch | None, int]:
        """Longest name starting at token `i`; a final possessive `'s` is left outside."""
        node, best, width = self._trie, None, 0
        for j in range(i, len(toks)):
            if j > i:
                gap = text[toks[j - 1].end():toks[j].start()]
                if gap != " " and not _JOINER.fullmatch(gap):
                    break
            word = toks[j].group()
            stem = word[:-2] if word.endswith(("'s", "’s")) else word
            if stem != word and node.get(_fold(stem)):
                found = _accept(text, toks, i, j, node[_fold(stem)], len(stem), kinds)
                best, width = (found, j - i + 1) if found else (best, width)
            node = node.get(_fold(word))
            if node is None:
                break
            if None not in node:
                continue
            found = _accept(text, toks, i, j, node, len(word), kinds)
            best, width = (found, j - i + 1) if found else (best, width)
        return best, width

    def lookup(self, name: str) -> Entry | None:
        """The entry whose name form is exactly `name` (same matching rules as `find`)."""
        matches = self.find(name)
        if len(matches) == 1 and matches[0].start == 0 and matches[0].end == len(name.strip()):
            return matches[0].entry
        return None

    def new_id(self, kind: str, name: str, taken: set[str]) -> str:
        """A fresh id for a local entry, not clashing with the register or `taken`."""
        base = f"{PREFIXES[kind]}-{slug(name)}"
        candidate, n = base, 1
        while candidate in self.entries or candidate in taken:
            n += 1
            candidate = f"{base}-{n}"
        return candidate


def _accept(text: str, toks: list[re.Match[str]], i: int, j: int, node: dict,
            last_length: int, kinds: tuple[str, ...]) -> NameMatch | None:
    """The first entry at a trie node whose name matches the source tokens' case."""
    source = [t.group() for t in toks[i:j]] + [toks[j].group()[:last_length]]
    for words, entry in node.get(None, ()):
        if entry.kind in kinds and all(_case_ok(s, f) for s, f in zip(source, words, strict=True)):
            start, end = toks[i].start(), toks[j].start() + last_length
            return NameMatch(start, end, entry, text[start:end])
    return None


def _forms(entry: Entry) -> list[str]:
    tag = f"{{{TEI_NS}}}{KINDS[entry.kind]}"
    return [" ".join("".join(el.itertext()).split()) for el in entry.element.iter(tag)]


def _entry(element: etree._Element, kind: str, path: str) -> Entry:
    ident = element.get(f"{{{XML_NS}}}id")
    reg = element.find(f"tei:{KINDS[kind]}[@type='reg']", NSMAP)
    if not ident or reg is None:
        raise error(path, f"register {kind} needs an xml:id and a {KINDS[kind]}[@type='reg']",
                    element.sourceline or 1, rule="register-entry")
    return Entry(ident, kind, " ".join("".join(reg.itertext()).split()), element)


def load_register(folder: Path) -> Register:
    """Load every `*.xml` file of the register folder (TEI with listPerson/listPlace/listOrg)."""
    entries: list[Entry] = []
    seen: dict[str, str] = {}
    for path in sorted(Path(folder).glob("*.xml")):
        root = parse_file(path).getroot()
        for kind in KINDS:
            for element in root.iterfind(f".//tei:{kind}", NSMAP):
                entry = _entry(element, kind, str(path))
                if entry.id in seen:
                    raise error(str(path), f"register id {entry.id!r} also in {seen[entry.id]}",
                                element.sourceline or 1, rule="register-duplicate")
                seen[entry.id] = str(path)
                entries.append(entry)
    return Register(entries)
