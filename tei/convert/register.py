"""The corpus register of persons, places and organisations, and its compiled name matcher.

The register is data (`corpus/register/*.xml`, TEI `listPerson`/`listPlace`/`listOrg`).
Every name form of every entry is compiled into one token trie; `find` walks it over a text
and returns the longest match at each position, whatever the number of entries.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container
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


class _Tokens:
    """The word tokens of a text: the matches, their words as written and case-folded."""

    __slots__ = ("folded", "found", "text", "words")

    def __init__(self, text: str) -> None:
        self.text = text
        self.found = tokens(text)
        self.words = [token.group() for token in self.found]
        self.folded = [_fold(word) for word in self.words]


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
        # The folded tokens a name can begin with: a first word, or one with a final `'s`.
        self._heads = {*self._trie, *(f"{word}'s" for word in self._trie)}

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
        toks = _Tokens(text)
        starts = self._starts(toks)
        can_start = set(starts)
        found: list[NameMatch] = []
        i = 0
        for start in starts:
            if start < i:
                continue
            match, width = self._longest(toks, start, kinds)
            later = self._overtaken(toks, start, width, kinds, can_start) if match else None
            if later is not None:
                i = later
            elif match:
                found += [*self._elided(toks, start, width, match), match]
                i = start + width
            else:
                i = start + 1
        return found

    def _starts(self, toks: _Tokens) -> list[int]:
        """Indexes of the tokens a name can begin with (the token or its stem before `'s`)."""
        heads = self._heads
        return [i for i, word in enumerate(toks.folded) if word in heads]

    def _overtaken(self, toks: _Tokens, i: int, width: int, kinds: tuple[str, ...],
                   can_start: set[int]) -> int | None:
        """Start of an overlapping match as long that ends later (`Chairman [Mao Zedong]`)."""
        for k in range(i + 1, i + width):
            if k in can_start:
                other, other_width = self._longest(toks, k, kinds)
                if other and other_width >= width and k + other_width > i + width:
                    return k
        return None

    def _elided(self, toks: _Tokens, i: int, width: int, match: NameMatch) -> list[NameMatch]:
        """`South` in `South and North Korea`: a first word standing for `South Korea`
        (`match` is the `width` tokens from token `i`)."""
        words, found = toks.words, toks.found
        if i < 2 or width < 2 or words[i - 1].casefold() not in ("and", "or"):
            return []
        first = found[i - 2]
        if toks.text[first.end():found[i].start()].strip().casefold() not in ("and", "or"):
            return []
        entry = self.lookup(" ".join([words[i - 2], *words[i + 1:i + width]]))
        if entry is None or entry.kind != match.entry.kind:
            return []
        return [NameMatch(first.start(), first.end(), entry, words[i - 2])]

    def _longest(self, toks: _Tokens, i: int,
                 kinds: tuple[str, ...]) -> tuple[NameMatch | None, int]:
        """Longest name starting at token `i`; a final possessive `'s` is left outside."""
        node, best, width = self._trie, None, 0
        words, folded, found, text = toks.words, toks.folded, toks.found, toks.text
        for j in range(i, len(words)):
            if j > i:
                gap = text[found[j - 1].end():found[j].start()]
                if gap != " " and not _JOINER.fullmatch(gap):
                    break
            word = words[j]
            if word.endswith(("'s", "’s")) and node.get(folded[j][:-2]):
                name = _accept(toks, i, j, node[folded[j][:-2]], len(word) - 2, kinds)
                best, width = (name, j - i + 1) if name else (best, width)
            node = node.get(folded[j])
            if node is None:
                break
            if None not in node:
                continue
            name = _accept(toks, i, j, node, len(word), kinds)
            best, width = (name, j - i + 1) if name else (best, width)
        return best, width

    def lookup(self, name: str) -> Entry | None:
        """The entry whose name form is exactly `name` (same matching rules as `find`)."""
        matches = self.find(name)
        if len(matches) == 1 and matches[0].start == 0 and matches[0].end == len(name.strip()):
            return matches[0].entry
        return None

    def new_id(self, kind: str, name: str, taken: Container[str]) -> str:
        """A fresh id for a local entry, not clashing with the register or `taken`."""
        base = f"{PREFIXES[kind]}-{slug(name)}"
        candidate, n = base, 1
        while candidate in self.entries or candidate in taken:
            n += 1
            candidate = f"{base}-{n}"
        return candidate


def _accept(toks: _Tokens, i: int, j: int, node: dict, last_length: int,
            kinds: tuple[str, ...]) -> NameMatch | None:
    """The first entry at a trie node whose name matches the source tokens' case."""
    source = [*toks.words[i:j], toks.words[j][:last_length]]
    for words, entry in node.get(None, ()):
        if entry.kind in kinds and all(_case_ok(s, f) for s, f in zip(source, words, strict=True)):
            start, end = toks.found[i].start(), toks.found[j].start() + last_length
            return NameMatch(start, end, entry, toks.text[start:end])
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
