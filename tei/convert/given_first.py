"""Names written given name first in running text that the register lacks (`Giorgio
Amendola and Pietro Ingrao led ...`): a given name of the `given-first` table (read without
accents), initials perhaps, and one capitalised word, in a text in mixed case.

Not when a capitalised word stands right after the pair (`George Washington University`) or
before it inside a sentence (`Fort George Wright`), nor when the surname is an office,
common or institution word (`not-names`, `office-words`, `not-surnames`: `Warren
Commission`), a given name itself (`John Paul`) or a place or body of the register; a
given name the register knows as a place is none (`Florence`). The register's own names
are matched first, so only a name it lacks comes of this; the pair stands in a name
position from then on (a local person, warned).

(cables75) In a text all in capitals (a cable: `IZVESTIYA COMMENTATOR ALEKSANDR BOVIN, IN A
SIGNED ARTICLE`, `HER DAUGHTER TATYANA YANKELEVICH TOLD US`) the capitals say nothing of a
name, so the pair is taken only when what follows it ends the name: a stop or comma, the
text's end, or a common word or verb of telegraphese (tables `capitals-common-words`,
`capitals-common-verbs`); after a second given name the name takes it too (cables77: `JOSE
LUIS PADRON CALLED`), never a third; never with a surname that is such a common word.
"""

from __future__ import annotations

import re
from functools import lru_cache

from tei.convert.name_surroundings import word_before
from tei.convert.patterns import Patterns
from tei.convert.register import Register
from tei.convert.romanised import plain
from tei.convert.titled_names import capitals_common_words

_WORD = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿăâîșşțţőűąćęłńśźżčďěňřšťůž]{2,}"
# a particle and the rest of a surname after it (`Neves da Fontoura`, `Hans von Herwarth`)
_PARTICLE = r"(?:da|de|do|dos|das|di|del|della|van|von|der|du|le|la)"
_PAIR = re.compile(rf"(?<![\w'’.-])(?P<given>{_WORD})(?:\s(?:[A-Z]\.\s?){{1,2}})?\s"
                   rf"(?P<surname>(?:{_PARTICLE}\s)?{_WORD}(?:-{_WORD})?(?:\s{_PARTICLE}\s{_WORD})?)"
                   r"(?![\w'’-])")
_CAPITALS_WORD = r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’]{2,}"
_CAPITALS_PAIR = re.compile(rf"(?<![\w'’.-])(?P<given>{_CAPITALS_WORD})\s(?P<surname>"
                            rf"{_CAPITALS_WORD}(?:-{_CAPITALS_WORD})?)(?![\w'’-])")
_WORD_AFTER = re.compile(r"(?<!\s)\s++(?P<word>[A-Z][A-Z'’-]*+)")
_CAPITAL_AFTER = re.compile(r"(?<!\s)\s++(?:of\s++)?[A-ZÀ-ÖØ-Þ]")
_PLACE_ABBREVIATIONS = frozenset({"st.", "ste.", "mt.", "ft.", "pt."})  # `St. Lawrence Seaway`


@lru_cache(maxsize=4)
def _tables(patterns: Patterns, register: Register) -> tuple[frozenset[str], frozenset[str]]:
    """The given names (none the register knows as a place or body), and the words that end
    no name."""
    given = frozenset(plain(name) for name in patterns.words("given-first")
                      if not _not_person(name, register))
    stop = frozenset({*patterns.words("not-names"), *patterns.words("office-words"),
                      *patterns.words("not-surnames")})
    return given, stop


def _not_person(word: str, register: Register) -> bool:
    """Is `word` a place's or a body's name in the register?"""
    known = register.lookup(word)
    return known is not None and known.kind != "person"


def given_first_spans(text: str, patterns: Patterns, register: Register) -> list[tuple[int, int]]:
    """Spans of the names of `text` written given name first (see the module)."""
    if " " not in text:
        return []
    if text.isupper():
        return _capitals_spans(text, patterns, register)
    given, stop = _tables(patterns, register)
    spans = capitals_runs(text, given, stop, register) if _CAPS_RUN_GATE.search(text) else []
    pair = _PAIR.search(text)
    while pair is not None:  # pairs may overlap (`Then João Neves`): each word tried first
        end = 0
        if plain(pair["given"]) in given and not _capital_before(text, pair.start(), stop):
            end = pair.end() if _surname(pair["surname"], given, stop, register) \
                and not _CAPITAL_AFTER.match(text, pair.end()) \
                else _third_end(text, pair, given, stop, register)
            end = max(end, iberian_end(text, pair.end("given"), given, stop, register))
        if end:
            spans.append((pair.start(), end))
            pair = _PAIR.search(text, end)
        else:
            pair = _PAIR.search(text, pair.end("given"))
    return spans


_THIRD = re.compile(rf"\s(?P<third>{_WORD})(?![\w'’-])")


def _third_end(text: str, pair: re.Match[str], given: frozenset[str], stop: frozenset[str],
               register: Register) -> int:
    """(cables79) The end of a name of three words in mixed case, a second given name or a
    first surname between the given name and the last (`Manuel Bernardo Aguirre`, `Oscar
    Flores Sanchez`), no capitalised word after it; 0 when there is none."""
    third = _THIRD.match(text, pair.end())
    middle = pair["surname"]
    if third is None or " " in middle or _CAPITAL_AFTER.match(text, third.end()) \
            or middle.casefold() in stop or _not_person(middle, register):
        return 0
    return third.end() if _surname(third["third"], given, stop, register) else 0


# (wcdj88) a Portuguese or Spanish full name: up to two more given names or surnames, a
# particle and one or two surnames after it (`Luiz Augusto de Castro Neves`, `Pedro Jose da
# Silva Ramos`, `Helcio Modesto da Costa`), read whole, so that no surname inside it stands
# alone for another person (`Castro`: Fidel Castro)
_IBERIAN = re.compile(rf"(?P<middle>(?:\s{_WORD}){{0,2}}?)\s(?:d[aeo]s?|del)\s(?P<family>{_WORD})"
                      rf"(?:\s(?P<last>{_WORD}))?(?![\w'’-])")


def iberian_end(text: str, at: int, given: frozenset[str], stop: frozenset[str],
                register: Register) -> int:
    """The end of a Portuguese or Spanish name whose first given name ends at `at` (see
    `_IBERIAN`), no capitalised word after it and none of its words an office, common word,
    place or body; 0 when there is none."""
    name = _IBERIAN.match(text, at)
    if name is None:
        return 0
    words = [*name["middle"].split(), name["family"]]
    if any(w.casefold() in stop or _not_person(w, register) for w in words) \
            or plain(name["family"]) in given:
        return 0
    last = name["last"]
    if last and last.casefold() not in stop and plain(last) not in given \
            and not _not_person(last, register):
        end = name.end()
    else:
        end = name.end("family")
    return 0 if _CAPITAL_AFTER.match(text, end) else end


_GIVEN_WORD = re.compile(rf"(?<![\w'’.-]){_WORD}(?![\w'’-])")
_PARTICLE_IN = re.compile(r"\s(?:d[aeo]s?|del)\s")
# (wcdj88) a whole name in capitals inside a text in mixed case, as Spanish and Portuguese
# letters write their officials (`Professor HERVASIO GUIMARAES DE CARVALHO`, `ROMULO RIBEIRO
# PIERONI`): a given name of the table, one to four more words, particles among them
_CAPS_RUN = re.compile(r"(?<![\w'’.-])(?P<given>[A-ZÀ-ÖØ-Þ]{3,}+)"
                       r"(?P<rest>(?:\s(?:D[AEO]S?\s|DEL\s)?"
                       r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’]{2,}+){1,4})(?![\w'’-])")
_CAPS_RUN_GATE = re.compile(r"(?<![A-ZÀ-ÖØ-Þ])[A-ZÀ-ÖØ-Þ]{3,}+\s"
                            r"(?:D[AEO]S?\s|DEL\s)?[A-ZÀ-ÖØ-Þ]{3}")


def capitals_runs(text: str, given: frozenset[str], stop: frozenset[str],
                  register: Register) -> list[tuple[int, int]]:
    """Spans of whole names in capitals in a text in mixed case (see `_CAPS_RUN`): the first
    word a given name of the table, no word an office, common word, place or body."""
    spans = []
    for run in _CAPS_RUN.finditer(text):
        words = [w for w in run.group().split() if w not in {"DA", "DE", "DO", "DAS", "DOS", "DEL"}]
        if plain(words[0].capitalize()) in given and not any(
                w.casefold() in stop or _not_person(w.capitalize(), register) for w in words[1:]):
            spans.append(run.span())
    return spans


def inside_iberian_name(piece: str, start: int, end: int, patterns: Patterns,
                        register: Register) -> bool:
    """(wcdj88) Does the register's surname at `start`..`end` stand inside a Portuguese or
    Spanish full name that opens on a given name before it (`Castro` of `Luiz Augusto de
    Castro Neves`: not Fidel Castro; `Ramos` of `Pedro Jose da Silva Ramos`: not Fidel
    Ramos)?"""
    given, stop = _tables(patterns, register)
    if piece[start:end].isupper() and _CAPS_RUN_GATE.search(piece) and not piece.isupper() \
            and any(a <= start and end <= b and b - a > end - start
                    for a, b in capitals_runs(piece, given, stop, register)):
        return True  # `ROMULO` of `ROMULO RIBEIRO PIERONI`: not Carlos P. Romulo
    if not _PARTICLE_IN.search(piece, max(0, start - 40), end):
        return False
    return any(plain(word.group()) in given
               and iberian_end(piece, word.end(), given, stop, register) >= end
               for word in _GIVEN_WORD.finditer(piece, max(0, start - 60), start))


def _common(patterns: Patterns) -> frozenset[str]:
    """The common words and verbs of a text in capitals (case-folded), (cables77) each verb
    with its -s, -ed and -ing forms (`JOSE LUIS PADRON CALLED ME`)."""
    return capitals_common_words(patterns)


def _capitals_spans(text: str, patterns: Patterns, register: Register) -> list[tuple[int, int]]:
    """Spans of the names of a text in capitals written given name first (see the module)."""
    given, stop = _tables(patterns, register)
    common = _common(patterns)
    spans: list[tuple[int, int]] = []
    pair = _CAPITALS_PAIR.search(text)
    while pair is not None:  # pairs overlap (`COMMENTATOR ALEKSANDR BOVIN`): each word tried
        surname = pair["surname"].capitalize()
        after = _WORD_AFTER.match(text, pair.end())
        start = _capitals_start(text, pair.start(), given)
        if plain(pair["given"]) in given and surname.casefold() not in common \
                and _surname(surname, given, stop, register) \
                and not (after and after["word"].casefold() not in common) and start >= 0:
            spans.append((start, pair.end()))
            pair = _CAPITALS_PAIR.search(text, pair.end())
        else:
            pair = _CAPITALS_PAIR.search(text, pair.start("surname"))
    return spans


def _capitals_start(text: str, start: int, given: frozenset[str]) -> int:
    """(cables77) Where a capitals name whose given name is at `start` begins: there, or at
    a second given name right before it (`JOSE LUIS PADRON`, `JEAN PIERRE COT`); -1 when a
    third given name stands before those (no name of four words is read)."""
    before = word_before(text, start)
    if plain(before) not in given:
        return start
    begin = start - len(before) - 1
    if text[begin:start - 1] != before or plain(word_before(text, begin)) in given:
        return -1
    return begin


def _surname(words: str, given: frozenset[str], stop: frozenset[str], register: Register) -> bool:
    """`words` (after the given name) may be a surname the register lacks."""
    word = words.split()[-1] if words.split()[0].islower() else words.split()[0]
    return word.casefold() not in stop and plain(word) not in given \
        and not _not_person(word, register)


def _capital_before(text: str, start: int, stop: frozenset[str]) -> bool:
    """A capitalised word right before `start` inside a sentence (not after its stop), no
    function word (`Then`, `When`: a sentence's first word), or a place's abbreviation."""
    word = word_before(text, start).lstrip("([“‘\"'")
    if word.casefold() in _PLACE_ABBREVIATIONS:
        return True
    return word[:1].isupper() and word.casefold() not in stop and not word.endswith(
        (".", "!", "?", ":", ";", '"', "”", ","))  # (wcdj88) `Memorandum, Héctor A. Subiza`
