"""The register's name index: its word tokens, their folding, the token trie of every
name form with the persons by surname (built once per register and cached on disk by
`register_files.load_register`)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from tei.convert.declension import declined, declined_languages
from tei.convert.eastasian import is_given_name, korean_spaced, western_korean
from tei.convert.romanised import fold, unaspirated
from tei.convert.second_surnames import declared_surnames, second_surname
from tei.convert.title_forms import person_names, titled_forms
from tei.xmlio import TEI_NS, XML_NS

if TYPE_CHECKING:
    from tei.convert.register import Entry

KINDS = {"person": "persName", "place": "placeName", "org": "orgName"}
TOKEN = re.compile(r"\w+(?:['’]\w+)*", re.UNICODE)
# (session 27) a French or Italian article or preposition elided before a capital (`l'URSS`,
# `dell'Unione Sovietica`, `d'Italia`, `qu'Eden`): a name may begin after its apostrophe
_ELIDED = re.compile(r"(?<![\w'’])(?:[lLdDjJmMnNsStT]|[dD]ell|[aA]ll|[dD]all|[nN]ell|[sS]ull"
                     r"|[qQ]u|[uU]n)['’](?=[A-ZÀ-ÖØ-ÞА-ЯЁ])")
# generational suffixes and the post-nominal `Esq.` of a 19th-century foot address
# (`Charles Francis Adams, Esq., &c., &c.`: other23)
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "esq"})
# (names24) the Ottoman, Persian and Egyptian honorifics that follow a name (`Enver Pasha`,
# `Talaat Bey`, `Mehmed Effendi`): never a surname; not `Khan`, a surname too (`Ayub Khan`)
HONORIFIC_SUFFIXES = frozenset({"pasha", "pacha", "bey", "effendi", "efendi"})
# A family name before a hyphenated given name, the Korean way (`Chun Doo-hwan`).
_HYPHENATED_GIVEN = re.compile(r"^[A-Z][a-z]+ [A-Z][a-z]+-[a-z]+$")
# A register's token trie, its persons by surname and its name starts' openings (`index_of`).
Index = tuple[dict, dict[str, set[str]], dict[str, frozenset[str]]]


# letters NFKD keeps whole, in their ASCII reading (lead75: the Turkish dotless `ı` of
# `Sarıca`, once dropped: `sarca`; the Icelandic and Maltese letters)
_UNDECOMPOSABLE = str.maketrans({"Đ": "D", "đ": "d", "Ø": "O", "ø": "o", "Ł": "L", "ł": "l",
                                 "ß": "ss", "Æ": "AE", "æ": "ae", "Œ": "OE", "œ": "oe",
                                 "ı": "i", "Þ": "Th", "þ": "th", "Ð": "D", "ð": "d",
                                 "Ħ": "H", "ħ": "h"})


@lru_cache(maxsize=4096)
def slug(name: str) -> str:
    """ASCII slug of a name: `Kim Il-sung` -> `kim-il-sung` (kept: a document's names are
    slugged again at each use, each slug a normalisation and a regex pass)."""
    name = name.translate(_UNDECOMPOSABLE)
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or "-".join(
        f"u{ord(char):x}" for char in name if char.isalnum()) or "x"  # (lang47) `東郷`, `野村`


# (misses48) a case suffix after an apostrophe, as Turkish writes it after a proper name
# (`Ankara'nın`, `Moskova'ya`, `Washington'un`): a few small letters, or the word in capitals
_APOSTROPHE_SUFFIX = re.compile(r"['’](?:[^\W\d_]{1,5})$")


_CAPITALS_STEM = 4  # letters before an apostrophe's suffix in a word in capitals


def suffixed_stem(word: str) -> str:
    """The name before a final possessive `'s` or a case suffix after an apostrophe
    (`Moscow's`: `Moscow`; `Ankara'nın`: `Ankara`, misses48), '' for a word with none: the
    suffix in small letters, or the whole word in capitals (`ANKARA'NIN`) after a stem of
    four letters or more: (cables75) a shorter one is a part of a name of its own
    (`YAR'ADUA`, not the place Yar)."""
    found = _APOSTROPHE_SUFFIX.search(word)
    if found is None or found.start() == 0:
        return ""
    suffix = found.group()[1:]
    if suffix.casefold() == "s" or suffix.islower() or (word.isupper()
                                                        and found.start() >= _CAPITALS_STEM):
        return word[:found.start()]
    return ""


def tokens(text: str) -> list[re.Match[str]]:
    """Word tokens of `text` (letters, digits, inner apostrophes)."""
    return list(TOKEN.finditer(text))


# Romanian s and t with the comma below as texts typed before Unicode 3 write them, with a
# cedilla (`Ştefan Andrei`, `Ceauşescu`): each register form so spelt is indexed both ways
_CEDILLAS = str.maketrans({"ș": "ş", "ț": "ţ", "Ș": "Ş", "Ț": "Ţ"})


def index_of(entries: list[Entry], table: Path | None = None,
             titles: Path | None = None) -> Index:
    """The token trie of every name form of `entries` (at a node where forms end, key None:
    each form's words and its entry's position; with the declined forms by the table of
    case endings at `table` and the titled forms by the table of title equivalents at
    `titles`, default the bundled ones), the register persons by folded surname and the
    `head_openings` of the forms; plain data, cached on disk by `load_register`."""
    trie: dict = {}
    surnames: dict[str, set[str]] = {}
    firsts: dict[str, set[str]] = {}
    listed: set[tuple[str, ...]] = set()
    for position, entry in enumerate(entries):
        wade_giles = _wade_giles(entry)
        declared = declared_surnames(entry)
        for form in entry_forms(entry):
            for spelt in dict.fromkeys((form, form.translate(_CEDILLAS))):
                words = [m.group() for m in tokens(spelt)]
                if words:
                    listed.add(_add_form(trie, firsts, words, position))
                    _add_surname(surnames, spelt, words, entry,
                                 bool(wade_giles) and form not in wade_giles, declared)
        for surname in [*_surname_first(entry), *_alone_in_office(entry)]:
            surnames.setdefault(fold(surname), set()).add(entry.id)
    for key, (words, positions, language) in _declined_forms(entries, table).items():
        if key not in listed and len(positions) == 1:  # never another entry's form
            _add_form(trie, firsts, words, positions.pop(), language)
    for key, (words, positions) in _titled(entries, titles, table).items():
        if key not in listed and len(positions) == 1:  # never another entry's form
            _add_form(trie, firsts, words, positions.pop())
    return trie, surnames, head_openings(firsts)


def _add_form(trie: dict, firsts: dict[str, set[str]], words: list[str],
              position: int, language: str = "") -> tuple[str, ...]:
    """Put the form of `words` (of the entry at `position`; a declined form with the
    `language` it is declined in, lang46) in `trie`, its first letter in `firsts`; its
    folded words."""
    firsts.setdefault(fold(words[0]), set()).add(words[0][:1])
    node = trie
    for word in words:
        node = node.setdefault(fold(word), {})
    node.setdefault(None, []).append((words, position, language))
    return tuple(fold(word) for word in words)


def _declined_forms(entries: list[Entry], table: Path | None = None
                    ) -> dict[tuple[str, ...], tuple[list[str], set[int], str]]:
    """(misses41) The declined forms (`declension.declined`) of the entries' forms in a
    language with case endings, by folded words, with their words, the positions of the
    entries declining to them and the languages declining to them (space-separated)."""
    found: dict[tuple[str, ...], tuple[list[str], set[int], str]] = {}
    languages = declined_languages(table)
    for position, entry in enumerate(entries):
        for element in entry.element.iter(f"{{{TEI_NS}}}{KINDS[entry.kind]}"):
            language = element.get(f"{{{XML_NS}}}lang")
            if language not in languages:
                continue
            form = " ".join("".join(element.itertext()).split())
            for new in declined(form, language, table):
                words = [m.group() for m in tokens(new)]
                key = tuple(map(fold, words))
                was = found.get(key, (words, set(), ""))
                was[1].add(position)
                # every language declining to the form (`Moskvy`: Czech and Russian)
                spoken = was[2] if language in was[2].split() else f"{was[2]} {language}"
                found[key] = (was[0], was[1], spoken.strip())
    return found


def _titled(entries: list[Entry], titles: Path | None = None, table: Path | None = None
            ) -> dict[tuple[str, ...], tuple[list[str], set[int]]]:
    """(misses47) The persons' titled forms in other languages (`title_forms.titled_forms`:
    `Präsident Kennedy` of `President Kennedy`, declined by the table of case endings at
    `table`: `Präsidenten Kennedy`), by folded words, with their words and the
    positions of the entries taking them."""
    found: dict[tuple[str, ...], tuple[list[str], set[int]]] = {}
    for position, entry in enumerate(entries):
        if entry.kind != "person":
            continue
        for form in titled_forms(person_names(entry.element), titles, table):
            words = [m.group() for m in tokens(form)]
            found.setdefault(tuple(map(fold, words)), (words, set()))[1].add(position)
    return found


def head_openings(firsts: dict[str, set[str]]) -> dict[str, frozenset[str]]:
    """Each folded word a name form begins with (and that word with a final `'s`), with
    the characters a text's token must open with for such a form to match in case
    (`case_ok` takes a word as spelt, in capitals or capitalised): a token
    opening with another (`the` before `The Hague` only) begins no name. `firsts`: the
    first characters, as spelt, of the forms' first words by folded first word."""
    heads = {word: frozenset({*chars, *(char.upper()[:1] for char in chars),
                              *(char.capitalize()[:1] for char in chars)})
             for word, chars in firsts.items()}
    for word in list(firsts):
        heads[f"{word}'s"] = heads.get(f"{word}'s", frozenset()) | heads[word]
    return heads


def _wade_giles(entry: Entry) -> set[str]:
    """(wcda63) A Chinese person's Wade-Giles forms (none: no Chinese person); their surnames
    stay as they were read (`Chou Nan` never makes `Chou` ambiguous with `Chou En-lai`)."""
    if entry.kind != "person":
        return set()
    return {" ".join("".join(el.itertext()).split())
            for el in entry.element.iter(f"{{{TEI_NS}}}persName")
            if el.get("subtype") == "wade-giles"}


def _add_surname(surnames: dict[str, set[str]], form: str, words: list[str],
                 entry: Entry, chinese: bool = False,
                 declared: frozenset[str] = frozenset()) -> None:
    """Note a person's surname in `surnames` (the last word of a form of two words or more,
    suffixes aside; the first before a hyphenated given name, and (wcda63) in a `chinese`
    person's pinyin form the first of two romanised syllables: `Zhu De`, `Tao Zhu`); none
    after the person's `declared` surname (`second_surname`)."""
    words = without_suffix(words)
    if words and fold(words[-1]) in HONORIFIC_SUFFIXES:
        words = words[:-1]  # `Ahmed Tevfik Pasha`: `Tevfik`; `Tevfik Pasha`: none
    if second_surname(form, words, declared):
        return
    if entry.kind == "person" and len(words) >= 2:
        first = _HYPHENATED_GIVEN.match(form) or korean_spaced(words, entry) or (
            chinese and len(words) == 2 and all(is_given_name(word) for word in words))
        surname = words[0] if first else words[-1]
        surnames.setdefault(fold(surname), set()).add(entry.id)
        tail = form.split()[-1]  # (cw65) a hyphenated surname whole too (`Pilet-Golaz`)
        if not first and "-" in tail[1:-1] and fold(tail).endswith(fold(surname)):
            surnames.setdefault(fold(tail), set()).add(entry.id)


def _surname_first(entry: Entry) -> list[str]:
    """(frus63) A person's surname written first (`Deng Xiaoping`, `Kim Il Sung`): the one-word
    `surname` or `surname-in-office` form that opens the registered name."""
    if entry.kind != "person":
        return []
    tag = f"{{{TEI_NS}}}{KINDS[entry.kind]}"
    reg = next(("".join(el.itertext()).split() for el in entry.element.iter(tag)
                if el.get("type") == "reg"), [])
    forms = ("".join(el.itertext()).split() for el in entry.element.iter(tag)
             if el.get("subtype") in ("surname", IN_OFFICE))
    return [form[0] for form in forms if len(form) == 1 and len(reg) > 1 and form == reg[:1]]


def _alone_in_office(entry: Entry) -> list[str]:
    """(lead97) A person's one-word `surname-in-office` forms, also where no name of theirs
    ends in it (`Foster`, John Foster Dulles among colleagues): a namesake then of the
    persons whose names end in it, told apart by the years of their offices (`namesakes`)."""
    if entry.kind != "person":
        return []
    return ["".join(el.itertext()).strip() for el in entry.element.iter(f"{{{TEI_NS}}}persName")
            if el.get("subtype") == IN_OFFICE and len("".join(el.itertext()).split()) == 1]


def is_suffix(word: str) -> bool:
    """Whether `word` is a generational suffix (`Jr.`, `Sr`, `III`) or `Esq.`."""
    return fold(word.rstrip(".")) in _SUFFIXES


def without_honorific(words: list[str]) -> list[str]:
    """(names24) A name's words without the honorific ending it (`Enver Pasha`: `Enver`),
    one word at least kept."""
    return words[:-1] if len(words) > 1 and fold(words[-1]) in HONORIFIC_SUFFIXES else words


def without_suffix(words: list[str]) -> list[str]:
    """A name's words without the generational suffixes ending it (`Paul Martin Sr.`:
    `Paul Martin`), two words at least kept."""
    words = list(words)
    while len(words) > 2 and is_suffix(words[-1]):
        words.pop()
    return words


# a surname the register gives a person only in the years of their dated offices
# (`office_surnames`): not a form the index matches anywhere
IN_OFFICE = "surname-in-office"
MONOGRAM = "monogram"  # (leftover22) `MT`: matched only beside the surname (`monograms`)


def entry_forms(entry: Entry) -> list[str]:
    """The forms the index matches an entry by: its names (not its surname in office nor its
    monogram) and, for a person, the shorter forms they make (initials, an old abbreviated
    given name, a Korean name in Western order)."""
    tag = f"{{{TEI_NS}}}{KINDS[entry.kind]}"
    names = [el for el in entry.element.iter(tag)
             if el.get("subtype") not in (IN_OFFICE, MONOGRAM)]
    forms = [" ".join("".join(el.itertext()).split()) for el in names]
    if entry.kind != "person":
        return forms
    whole = [form for el, form in zip(names, forms, strict=True)
             if el.get("type") == "reg" or el.get("subtype") == "full"]
    reg = whole[0] if whole else ""
    whole += [_with_patronymic(reg, form) for el, form in zip(names, forms, strict=True)
              if el.get("subtype") == "name-and-patronymic"]
    forms += [f for f in map(middle_initials, whole) if f and f not in forms]
    forms += [f for f in map(given_initials, whole) if f and f not in forms]
    forms += [f for f in map(abbreviated_given, forms) if f and f not in forms]
    return forms + western_korean(reg, forms)  # (names94) `Tong Won Lee`


# the given names letters and signatures of the 18th to the mid-20th century abbreviate,
# by their first and last letters (`Geo. Marshall`, `Wm. Phillips`, `Chas. E. Hughes`)
_GIVEN_ABBREVIATIONS = {
    "George": "Geo", "William": "Wm", "Charles": "Chas", "Thomas": "Thos", "James": "Jas",
    "John": "Jno", "Robert": "Robt", "Benjamin": "Benj", "Edward": "Edw", "Samuel": "Saml",
    "Richard": "Richd", "Daniel": "Danl", "Frederick": "Fredk", "Joseph": "Jos",
    "Alexander": "Alex"}


def abbreviated_given(form: str) -> str:
    """A person's name with its given name abbreviated the old way (`George Marshall`: `Geo
    Marshall`, matched by `Geo. Marshall`); '' when it opens with no such given name."""
    given, _, rest = form.partition(" ")
    short = _GIVEN_ABBREVIATIONS.get(given)
    return f"{short} {rest}" if short and rest else ""


def _with_patronymic(reg: str, named: str) -> str:
    """The whole name a regularised `Leonid Brezhnev` and its `Leonid Ilyich` make (`Leonid
    Ilyich Brezhnev`); '' when their given names differ."""
    given, _, surname = reg.partition(" ")
    first, _, patronymic = named.partition(" ")
    return f"{given} {patronymic} {surname}" if first == given and patronymic and surname \
        and " " not in patronymic else ""


def middle_initials(form: str) -> str:
    """A person's whole name (regularised or full) with its middle names as initials
    (`Nikita Sergeyevich Khrushchev`: `Nikita S. Khrushchev`, `John Foster Dulles`: `John
    F. Dulles`), as letters and signatures write it; '' when the form has no middle name
    written out (a particle, an initial or a suffix is none)."""
    words = form.split(" ")
    middle = words[1:-1]
    if len(words) < 3 or len(words) > 4 or is_suffix(words[-1]) or not all(
            w.isalpha() and w[:1].isupper() and w[1:].islower() for w in words[:-1]):
        return ""
    return " ".join([words[0], *(f"{w[0]}." for w in middle), words[-1]])


def given_initials(form: str) -> str:
    """(lead83) A person's whole name of two given names or more with each as its initial
    (`Edward M. House`: `E. M. House`, `Nikita Sergeyevich Khrushchev`: `N. S. Khrushchev`),
    as headings and signatures write it; '' for a name of one given name (`E. House` would
    be too many persons') or a form with a particle or a suffix."""
    words = form.split(" ")
    if len(words) < 3 or len(words) > 4 or is_suffix(words[-1]) or not words[-1].isalpha() \
            or not all(w[:1].isupper() and (w.isalpha() or (len(w) == 2 and w[1] == "."))
                       for w in words):
        return ""
    return " ".join([*(f"{w[0]}." for w in words[:-1]), words[-1]])


@lru_cache(maxsize=1024)
def mixed_case_forms(entry: Entry) -> frozenset[str]:
    """The entry's forms read only in a text in mixed case (subtype `mixed-case`: `US`,
    which in a text in capitals is as likely the pronoun)."""
    tag = f"{{{TEI_NS}}}{KINDS[entry.kind]}"
    return frozenset(" ".join("".join(el.itertext()).split()) for el in entry.element.iter(tag)
                     if el.get("subtype") == "mixed-case")


@lru_cache(maxsize=1024)
def comma_joined(entry: Entry) -> bool:
    """Whether a form of the entry joins two words by a comma (`Washington, D.C.`, `Harry F.
    Byrd, Jr.`): only such an entry is read across a comma in a text, never one whose words a
    list of names happens to part so (`the Middle East, Africa`: no East Africa, frus38)."""
    tag = f"{{{TEI_NS}}}{KINDS[entry.kind]}"
    return any("," in "".join(el.itertext()) for el in entry.element.iter(tag))


def previous_tokens(text: str, start: int) -> list[re.Match[str]]:
    """The (up to) two tokens before offset `start`, a token start. Read in a window that
    doubles until it holds a third token (the first token of a window may be cut), so
    the cost is the distance back to that token, not the offset."""
    size = 64
    while True:
        low = max(0, start - size)
        found = list(TOKEN.finditer(text, low, start))
        if len(found) >= 3 or low == 0:
            return found[-2:]
        size *= 2


# a stop and a space after a word of 4+ letters end a sentence (`the Dutch. Ministry`), not a name
_SENTENCE_END = re.compile(r"\.\s")


_TYPED_MC = re.compile(r"Ma?c[A-Z]{2,}+")  # (frus65) a typed signature's `McCONE`, `MacARTHUR`


def case_ok(source: str, form: str) -> bool:
    """A source token matches a name token in its own case, ALL CAPS or Capitalised (a
    typographic apostrophe as the register's straight one: `People’s`; a surname in
    capitals after its small `c`: `McCONE`; a syllable's aspiration mark aside: `Ch'ang`)."""
    source, form = unaspirated(source.replace("’", "'")), unaspirated(form.replace("’", "'"))
    if source == form or (_TYPED_MC.fullmatch(source) and source.upper() == form.upper()):
        return True
    if form.isupper() and len(form) > 1:
        return False
    return source == form.upper() or (source[:1].isupper() and source == form.capitalize())


def in_capitals(text: str) -> bool:
    """Whether `text` has letters and none of them in lower case."""
    return not any(ch.islower() for ch in text) and any(ch.isalpha() for ch in text)


def ends_sentence(word: re.Match[str], gap: str) -> bool:
    """Whether `gap` after `word` closes a sentence (see `_SENTENCE_END`)."""
    return len(word.group()) >= 4 and _SENTENCE_END.search(gap) is not None


def after_conjunction(text: str, start: int) -> bool:
    """Whether `and` or `or` (any case) ends `text[:start]`, spaces aside: a quick test
    before the tokens are read (it does not look at the character before the word)."""
    stop = start
    while stop > 0 and text[stop - 1].isspace():
        stop -= 1
    return text[max(0, stop - 3):stop].casefold() == "and" or \
        text[max(0, stop - 2):stop].casefold() == "or"


def with_elided(text: str, starts: list[int]) -> tuple[list[int], frozenset[int]]:
    """`starts` (token offsets where a name may begin, ascending) with the offset after each
    elided article (`l'URSS`: `URSS`), and those offsets: a place's or a body's name may
    begin there, no person's (`M. d'Harcourt`: the particle is the surname's)."""
    if "'" not in text and "’" not in text:
        return starts, frozenset()
    after = frozenset(found.end() for found in _ELIDED.finditer(text))
    return (sorted({*starts, *after}) if after else starts), after
