"""(wcdt94) Arabic full names the register lacks, in running text: a given name of the
`arabic-given` table and one to three more words, each a capitalised word or a word after
an article, joined by a hyphen or a space (`Naji Yousef`, `Mahdi Hamid Ismail`, `Farid
al-Ahmar`, `Musa al-Sheikh Radi`, `Talaat Ash-Shaibani`, `Hasan Kazym el Nahr`), as the
Soviet and East-bloc records list Iraqi, Syrian and Egyptian delegations and cabinets. The
name ends at the first word that is an office, common or institution word (`not-names`,
`office-words`, `not-surnames`; not after an article: `al-Sheikh` is a name's) or a place or
body of the register. Not in a text in
capitals. A register person's surname inside such a name whose other words are none of the
person's names is another person's (`Shawwaf` of `Jameel al-Shawwaf`: not Abd al-Wahhab
al-Shawwaf; `Talaat` of `Talaat Ash-Shaibani`: not Talaat Pasha)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from tei.convert.romanised import plain

if TYPE_CHECKING:
    from tei.convert.patterns import Patterns
    from tei.convert.register import Entry, NameMatch, Register

# a capitalised word that may open the name (its table decides)
_GIVEN = re.compile(r"(?<![\w'’.-])[A-Z][a-z]{2,}+(?![\w'’-])")
# one more word of the name: after an article and a hyphen (`al-Ahmar`, `Ash-Shaibani`), after
# an article and a space (`el Nahr`), or a capitalised word (`Kazym`)
_PART = re.compile(r"\s(?:(?:[Aa]l|[Ee]l|[Aa]sh|[Aa]dh|[Aa][dnrstz])-(?P<art>[A-Z][a-z'’]{2,}+)"
                   r"|(?:el|al) (?P<spaced>[A-Z][a-z'’]{2,}+)|(?P<word>[A-Z][a-z'’]{2,}+))"
                   r"(?![\w'’-])")
_MORE = 3  # words after the given name, at most


@lru_cache(maxsize=4)
def _tables(patterns: Patterns) -> tuple[frozenset[str], frozenset[str]]:
    """The table's given names (folded, without accents), and the words that end no name."""
    return (frozenset(plain(name) for name in patterns.words("arabic-given")),
            frozenset({*patterns.words("not-names"), *patterns.words("office-words"),
                       *patterns.words("not-surnames")}))


def arabic_name_spans(text: str, patterns: Patterns, register: Register) -> list[tuple[int, int]]:
    """Spans of the Arabic full names of `text` (see the module)."""
    if text.isupper() or " " not in text:
        return []
    given, stop = _tables(patterns)
    spans: list[tuple[int, int]] = []
    at = 0
    while (first := _GIVEN.search(text, at)) is not None:
        at = first.end()
        if plain(first.group()) not in given or _not_person(first.group(), register):
            continue
        end = first.end()
        for _ in range(_MORE):
            part = _PART.match(text, end)
            word = part and (part["art"] or part["spaced"] or part["word"])
            if not word or (word.casefold() in stop and not part["art"]) \
                    or _not_person(word, register):
                break
            end = part.end()
        if end > first.end():
            spans.append((first.start(), end))
            at = end
    return spans


def _not_person(word: str, register: Register) -> bool:
    """Is `word` a place's or a body's name in the register?"""
    known = register.lookup(word)
    return known is not None and known.kind != "person"


def inside_arabic_name(piece: str, match: NameMatch, patterns: Patterns,
                       register: Register) -> bool:
    """Does the register person's one-word name at `match` stand inside a longer Arabic
    full name (see the module) with a word none of the person's names hold?"""
    if match.entry.kind != "person" or " " in match.form.strip():
        return False
    window = piece[max(0, match.start - 60):match.end + 60]
    offset = max(0, match.start - 60)
    for a, b in arabic_name_spans(window, patterns, register):
        a, b = a + offset, b + offset
        if a <= match.start and match.end <= b and b - a > match.end - match.start:
            words = _name_words(match.entry)
            return any(_key(w) not in words for w in re.split(r"[\s-]", piece[a:b])
                       if w and w[0].isupper() and w.casefold() not in _ARTICLES)
    return False


_ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "adh", "at", "az", "an"})
_VOWELS = re.compile(r"[aeiouy'’]")
_DOUBLED = re.compile(r"(.)\1+")


def _key(word: str) -> str:
    """A word's consonants, doubled ones once (`Mohammed`, `Mohamed`: `mhmd`), so that a
    transliteration of one of the person's names is no other name."""
    return _DOUBLED.sub(r"\1", _VOWELS.sub("", plain(word)))


@lru_cache(maxsize=512)
def _name_words(entry: Entry) -> frozenset[str]:
    """The keys of the words of all the person's names (split at spaces and hyphens)."""
    from tei.xmlio import TEI_NS
    words = set()
    for name in entry.element.iter(f"{{{TEI_NS}}}persName"):
        words.update(_key(w) for w in re.split(r"[\s-]", "".join(name.itertext())) if w)
    return frozenset(words)
