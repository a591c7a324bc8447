"""The corpus register of persons, places and organisations, and its compiled name matcher.

The register is data (`corpus/register/*.xml`, TEI `listPerson`/`listPlace`/`listOrg`).
Every name form of every entry is compiled into one token trie, and (once enough text was
read to pay for its compile) into one regex (a character trie) that tells in a single scan
of the case-folded text where some name form begins; `find` walks the token trie from
those places only and returns the longest match at each position, whatever the number of
entries. The files are read by `register_files`."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Container, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from itertools import pairwise
from pathlib import Path

from lxml import etree

from tei.convert.cjk_names import GATE, cjk_names
from tei.convert.declined_surnames import declined_surnames, declined_words
from tei.convert.glued import marker_stem
from tei.convert.name_index import (
    KINDS,
    TOKEN,
    Index,
    after_conjunction,
    case_ok,
    comma_joined,
    ends_sentence,
    in_capitals,
    index_of,
    mixed_case_forms,
    previous_tokens,
    slug,
    suffixed_stem,
    with_elided,
)
from tei.convert.romanised import ASPIRATED_IN_TEXT, fold, untoned
from tei.convert.scanner import scanner
from tei.convert.spaced_names import with_joined

PREFIXES = {"person": "per", "place": "pla", "org": "org"}

_JOINER = re.compile(r"[\s.()\-‐–'’]*|,\s?")  # a comma only alone: `Washington, D.C.`
# How many characters the token heads are looked up in before the scanner is compiled: its
# compile (~0.1 s) costs about what looking up the heads loses to it over that many (a few
# hundred documents, ~0.4 ms each), so converting a handful of documents never compiles it
# and a long run loses at most that compile's time.
_SCANNER_AFTER = 500_000
# Case folding turns this one character from a non-word into a word character, which would
# move the word boundaries the scanner sees.
_WORD_MAKER = "\u0345"


@dataclass(frozen=True, slots=True)
class Entry:
    """One person, place or organisation: its id, kind, regularised name and TEI element."""

    id: str
    kind: str
    reg: str
    element: etree._Element = field(compare=False, repr=False)


_SPACED_RUN = re.compile(r"(?<!\S)(?:[^\W\d_] ){3,}[^\W\d_](?!\S)")
# (speed22) what every such run holds, found by its first character (a fast gate)
SPACED_GATE = re.compile(r" [^\W\d_] [^\W\d_] ")


@dataclass(frozen=True, slots=True)
class NameMatch:
    """A name found in a text: character span and the entry it refers to."""

    start: int
    end: int
    entry: Entry
    form: str


_ALL_KINDS = tuple(KINDS)  # (`find`'s default)
# A start's longest name and the tokens it spans (`Register._longest`).
Longest = tuple[NameMatch | None, list[re.Match[str]]]


class Register:
    """Entries by id and a token trie over all their name forms (its leaves name each entry
    by its position in `listed`)."""

    def __init__(self, entries: list[Entry], index: Index | None = None, key: str = "",
                 table: Path | None = None) -> None:
        """`index`: `index_of(entries)` if worked out already (see
        `register_files.load_register`); `key`: a name for the register's contents (empty:
        none), for caches of what is worked out from it; `table`: the table of case
        endings (default the bundled one)."""
        self.entries = {entry.id: entry for entry in entries}
        self.listed = entries
        self.key = key
        self._table = table  # (other45) the declined surnames of the document's language
        self._declined: dict[str, str] = {}  # (`forget`), and of each language seen
        self._by_language: dict[str, dict[str, str]] = {}
        self._found: dict[tuple[str, tuple[str, ...]], list[NameMatch]] = {}
        self._looked: dict[str, Entry | None] = {}  # (speed79) `lookup`'s answers
        # (lang46) the language of the document read: declined forms only of that language
        # (None: before it is known, or outside a document, those of every language)
        self.language: str | None = None
        # the folded tokens a name can begin with (a first word, or one with a final `'s`),
        # with the characters such a token may open with in the text (`head_openings`)
        self._trie, self._surnames, self._heads = index or index_of(entries)
        self._headed = 0  # characters whose tokens were looked up in `_heads`

    @cached_property
    def _name_scanner(self) -> re.Pattern[str]:
        """The regex telling where a name may begin, compiled on first use."""
        return scanner(self._trie, self.key)

    def _scanner_pays(self, text: str) -> bool:
        """Whether to find where names begin in `text` with the scanner rather than by
        looking up each token in `_heads` (both give the same names): only once the
        lookups have read `_SCANNER_AFTER` characters."""
        if self._headed < _SCANNER_AFTER:
            self._headed += len(text)
            return False
        return True

    def name_forms(self) -> Iterator[tuple[tuple[str, ...], list[Entry]]]:
        """Every name form as its folded tokens, with the entries that carry it (in register
        order), read off the token trie."""
        pending: list[tuple[tuple[str, ...], dict]] = [((), self._trie)]
        while pending:
            words, node = pending.pop()
            for key, child in node.items():
                if key is None:
                    yield words, [self.listed[position] for _, position, _ in child]
                else:
                    pending.append(((*words, key), child))

    @cached_property
    def given_names(self) -> frozenset[str]:
        """The folded first words of the register's persons' names of two words or more
        (`juan`, `alfonso`): in a capitals text a name opening with one goes on."""
        return frozenset(fold(words[0]) for entry in self.listed if entry.kind == "person"
                         and len(words := entry.reg.split()) > 1 and len(words[0]) > 2
                         and not words[0].endswith("."))

    def by_surname(self, surname: str) -> Entry | None:
        """The one register person whose name ends in `surname`, or None when no person
        or several do (`Ball` -> George Ball; `Dulles` -> None: John Foster or Allen)."""
        ids = self._surnames.get(fold(surname), set())
        return self.entries[next(iter(ids))] if len(ids) == 1 else None

    def persons_by_surname(self, surname: str) -> tuple[Entry, ...]:
        """Every register person whose name ends in `surname` (or begins with it before a
        hyphenated given name: `Chun` in `Chun Doo-hwan`), in id order."""
        return tuple(self.entries[i] for i in sorted(self._surnames.get(fold(surname), ())))

    def find(self, text: str, kinds: tuple[str, ...] = _ALL_KINDS) -> list[NameMatch]:
        """All register names (of `kinds`) in `text`, longest match first, never overlapping
        (memoised within a document: recognition asks about the same text several times)."""
        key = (text, kinds)
        if key not in self._found:
            if len(self._found) >= 4096:
                self._found.clear()
            self._found[key] = self._find(text, kinds)
        return list(self._found[key])

    def forget(self, language: str = "") -> None:
        """Drop the memo of `find` and the document's language (between documents); `find`
        matches `language`'s (the edition's) declined surnames until `read_in` names another."""
        self._found.clear()
        self._looked.clear()
        self.language = None
        self._declined = self._surnames_in(language)

    def read_in(self, language: str | None) -> None:
        """From now on, find declined forms and surnames (other45) only of `language`, the
        document's (lang46; None: of every language, when its words did not settle it)."""
        self._found.clear()
        self._looked.clear()
        self.language = language
        if language:
            self._declined = self._surnames_in(language)

    def _surnames_in(self, language: str) -> dict[str, str]:
        """The declined surnames of `language` (`declined_surnames`), worked out once."""
        if language not in self._by_language:
            one_word = {key for key, node in self._trie.items() if None in node}
            self._by_language[language] = declined_surnames(
                self._surnames, one_word, language, self._table)
        return self._by_language[language]

    def _find(self, text: str, kinds: tuple[str, ...]) -> list[NameMatch]:
        begins = self._begins(text) if self._scanner_pays(text) else None
        starts, elided = with_elided(text, self._starts(text) if begins is None else begins)
        found = [m for m in self._matches(text, starts, kinds)
                 if m.start not in elided or m.entry.kind != "person"]
        found = self._letter_spaced(text, kinds, found) if " " in text else found
        found = self._declined_surnames(text, kinds, found) if self._declined else found
        found = cjk_names(self, text, kinds, found, NameMatch) if GATE.search(text) else found
        plain = untoned(text)
        if plain == text:
            return found
        more = [NameMatch(m.start, m.end, m.entry, text[m.start:m.end])  # (invent19) `Běijīng`
                for m in self._find(plain, kinds) if text[m.start:m.end] != m.form
                and not any(f.start < m.end and m.start < f.end for f in found)]
        return sorted([*found, *more], key=lambda m: m.start)

    def _declined_surnames(self, text: str, kinds: tuple[str, ...],
                           found: list[NameMatch]) -> list[NameMatch]:
        """(other45) `found` with the `declined_words` of `text` outside it."""
        more = [NameMatch(start, end, self.entries[ident], text[start:end]) for start, end, ident
                in declined_words(text, self._declined, [(m.start, m.end) for m in found])]
        return sorted([*found, *more], key=lambda m: m.start) if more and "person" in kinds \
            else found

    def _letter_spaced(self, text: str, kinds: tuple[str, ...],
                       found: list[NameMatch]) -> list[NameMatch]:
        """Names set letter-spaced for emphasis (`B e r l i n`, `P r a g u e`): the run of
        single letters read as one word, when that word is a whole register name; a run of
        capitals also as two words (`C P S U C C`: `CPSU CC`); (ocr68) a name read inside a
        run is none (`T E L E G R A F O S`: no `F O`)."""
        for run in _SPACED_RUN.finditer(text) if SPACED_GATE.search(text) else ():
            found = [m for m in found if not run.start() <= m.start < m.end <= run.end()
                     or (m.start, m.end) == run.span()]
            found, joined = with_joined(text, run.span(), found, self._whole_name, kinds, NameMatch)
            if not joined and any(m.start < run.end() and run.start() < m.end for m in found):
                continue
            entry = None if joined else self._whole_name(run.group().replace(" ", ""), kinds)
            if entry is not None:
                found.append(NameMatch(run.start(), run.end(), entry, run.group()))
        return sorted(found, key=lambda m: m.start)

    def _whole_name(self, word: str, kinds: tuple[str, ...]) -> Entry | None:
        """The entry whose whole name `word` is, or (in capitals) `word` cut in two words."""
        cuts = range(2, len(word) - 1) if word.isupper() else range(0)
        for form in (word, *(f"{word[:cut]} {word[cut:]}" for cut in cuts)):
            matches = self._matches(form, [0], kinds)
            if len(matches) == 1 and matches[0].start == 0 and matches[0].end == len(form):
                return matches[0].entry
        return None

    def _matches(self, text: str, begins: list[int], kinds: tuple[str, ...]) -> list[NameMatch]:
        """The names found from the token starts `begins` (a superset of where one begins);
        each start's longest name is worked out once (`_overtaken` looks ahead at them)."""
        found: list[NameMatch] = []
        done = 0
        longest: dict[int, Longest] = {}
        for start in begins:
            if start < done:
                continue
            match, words = longest.get(start) or self._longest(text, start, kinds)
            later = self._overtaken(text, begins, words, kinds, longest) if match else None
            if later is not None:
                done = later
            elif match:
                found += [*self._elided(text, words, match), match]
                done = words[-1].end()
            else:
                done = start + 1
        return found

    def _begins(self, text: str) -> list[int] | None:
        """Offsets of the tokens where some name form begins, ignoring case (a superset of
        where `_longest` finds a name), or None when case folding changes the text's
        length or word boundaries, so that offsets in the folded text would be wrong."""
        folded = text.casefold().replace("’", "'")
        if len(folded) != len(text) or _WORD_MAKER in text or (
                "'" in folded and ASPIRATED_IN_TEXT.search(folded)):
            return None
        # The scanner reads the non-word character before each start: a space stands for
        # the text's beginning, so an offset in the spaced text is the start's own.
        return [found.start() for found in self._name_scanner.finditer(f" {folded}")]

    def _starts(self, text: str) -> list[int]:
        """Offsets of the tokens a name can begin with (the token, or its stem before a
        glued note marker or an apostrophe's suffix: `Ankara'nın`)."""
        heads = self._heads  # (a token opening as no form under it can: no start)
        folded = text.casefold().replace("’", "'")
        if len(folded) != len(text) or _WORD_MAKER in text or (  # offsets would move, or
                "'" in folded and ASPIRATED_IN_TEXT.search(folded)):  # a token folds shorter
            return [start for token in TOKEN.finditer(text)
                    if text[start := token.start()] in heads.get(fold(word := token.group()), ())
                    or ((stem := marker_stem(word) or suffixed_stem(word))
                        and text[start] in heads.get(fold(stem), ()))]
        # the folded text's tokens are the folded tokens, at the same offsets; a glued
        # marker's stem is read in the text as it stands (`marker_stem` looks at its case)
        return [start for token in TOKEN.finditer(folded)
                if text[start := token.start()] in heads.get(token.group(), ())
                or (((word := token.group())[-1:].isdigit() or word[-2:-1].isdigit()
                     or "'" in word)
                and (stem := marker_stem(spelt := text[start:token.end()]) or suffixed_stem(spelt))
                and text[start] in heads.get(fold(stem), ()))]

    def _overtaken(self, text: str, begins: list[int], words: list[re.Match[str]],
                   kinds: tuple[str, ...], longest: dict[int, Longest]) -> int | None:
        """Start of an overlapping match as long that ends later (`Chairman [Mao Zedong]`)
        than the name of the tokens `words` (each start's `_longest` kept in `longest`)."""
        end = words[-1].end()
        for other_start in begins[bisect_right(begins, words[0].start()):bisect_left(begins, end)]:
            other, other_words = longest[other_start] = self._longest(text, other_start, kinds)
            if other and len(other_words) >= len(words) and other_words[-1].end() > end:
                return other_start
        return None

    def _elided(self, text: str, words: list[re.Match[str]], match: NameMatch) -> list[NameMatch]:
        """`South` in `South and North Korea`: a first word standing for `South Korea`
        (`match` is the name of the tokens `words`)."""
        if len(words) < 2 or not after_conjunction(text, words[0].start()):
            return []
        previous = previous_tokens(text, words[0].start())
        if len(previous) < 2 or previous[1].group().casefold() not in ("and", "or"):
            return []
        first = previous[0]
        if text[first.end():words[0].start()].strip().casefold() not in ("and", "or"):
            return []
        entry = self.lookup(" ".join([first.group(), *(word.group() for word in words[1:])]))
        if entry is None or entry.kind != match.entry.kind:
            return []
        return [NameMatch(first.start(), first.end(), entry, first.group())]

    def _longest(self, text: str, start: int, kinds: tuple[str, ...]) -> Longest:
        """Longest name whose first token begins at `start`, and the tokens it spans; a
        final possessive `'s` or a case suffix after an apostrophe (`Ankara'nın`,
        `suffixed_stem`) is left outside (the tokens are read one by one as the trie
        walk needs them)."""
        node, best, width = self._trie, None, 0
        listed, language = self.listed, self.language
        words: list[re.Match[str]] = []
        token = TOKEN.match(text, start)
        while token is not None:
            if words:
                gap = text[words[-1].end():token.start()]
                if gap != " " and (not _JOINER.fullmatch(gap) or ends_sentence(words[-1], gap)):
                    break
            words.append(token)
            word = token.group()
            folded = fold(word)  # (a typographic apostrophe folded to a straight one)
            if "'" in folded and (cut := suffixed_stem(word)) and node.get(fold(cut)):
                name = _accept(words, node[fold(cut)], len(cut), kinds, listed, language)
                best, width = (name, len(words)) if name else (best, width)
            # a glued note marker ends in a digit (`marker_stem`'s own quick test)
            stem = marker_stem(word) if word[-1:].isdigit() or word[-2:-1].isdigit() else ""
            if stem and node.get(fold(stem)):
                name = _accept(words, node[fold(stem)], len(stem), kinds, listed, language)
                best, width = (name, len(words)) if name else (best, width)
            node = node.get(folded)
            if node is None:
                break
            if None in node:
                name = _accept(words, node, len(word), kinds, listed, language)
                best, width = (name, len(words)) if name else (best, width)
                if len(node) == 1:  # no longer form goes on from here
                    break
            token = TOKEN.search(text, token.end())
        return best, words[:width]

    def lookup(self, name: str) -> Entry | None:
        """The entry whose name form is exactly `name` (as `find` reads it: without tone marks
        or letter-spacing, only the longest name from its start can span it; speed27);
        (speed79) memoised with `find` (until `forget` or `read_in`): the stages ask about
        a line's words again."""
        if name in self._looked:
            return self._looked[name]
        if len(self._looked) >= 4096:
            self._looked.clear()
        found = self._looked[name] = self._lookup(name)
        return found

    def _lookup(self, name: str) -> Entry | None:
        if untoned(name) == name and not SPACED_GATE.search(name):
            match = self._longest(name, 0, _ALL_KINDS)[0]
        else:
            matches = self.find(name)
            match = matches[0] if len(matches) == 1 and matches[0].start == 0 else None
        return match.entry if match and match.end == len(name.strip()) else None

    def new_id(self, kind: str, name: str, taken: Container[str]) -> str:
        """A fresh id for a local entry, not clashing with the register or `taken`."""
        base = f"{PREFIXES[kind]}-{slug(name)}"
        candidate, n = base, 1
        while candidate in self.entries or candidate in taken:
            n += 1
            candidate = f"{base}-{n}"
        return candidate


# the initials of a longer abbreviation going on after a name's last initial
_INITIALS_GO_ON = re.compile(r"\.[A-Z](?:\.|(?![\w']))")


def _accept(words: list[re.Match[str]], node: dict, last_length: int,
            kinds: tuple[str, ...], listed: list[Entry], language: str | None) -> NameMatch | None:
    """The first entry at a trie node whose name matches the source tokens' case (the
    tokens `words`, of which the last counts `last_length` characters; a declined form
    only in a text of one of its languages, when that is known)."""
    source = [word.group() for word in words]
    source[-1] = source[-1][:last_length]
    text = words[0].string
    comma = any("," in text[a.end():b.start()] for a, b in pairwise(words))
    for form, position, declined_in in node.get(None, ()):
        entry = listed[position]
        if declined_in and language is not None and language not in declined_in.split():
            continue
        if entry.kind in kinds and (source == form or all(  # spelt as in the register
                case_ok(s, f) for s, f in zip(source, form, strict=True))) and not (
                    " ".join(form) in mixed_case_forms(entry)
                    and in_capitals(text)) and (
                        not comma or comma_joined(entry)):  # no `East, Africa` (frus38)
            start, end = words[0].start(), words[-1].start() + last_length
            if len(source[-1]) == 1 and _INITIALS_GO_ON.match(text, end):
                return None  # `U.K` of the party's `U.K.P.D.`: no country (other27)
            if text[end:end + 1] == ")" and text.count("(", start, end) > text.count(
                    ")", start, end):
                end += 1  # `All-Union Communist Party (Bolsheviks)`: the name's own bracket
            return NameMatch(start, end, entry, text[start:end])
    return None
