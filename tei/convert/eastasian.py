"""East Asian names in running text, written family name first (`Kim Il Sung`, `Zhou
Enlai`, `Pak Hon-yong`, `Pham Van Dong`, `Chou En-lai`): a family name of the
`east-asian-names` table followed by capitalised given names made of romanised syllables
(pinyin, Wade-Giles, McCune-Reischauer, Vietnamese without its diacritics)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from tei.convert.compiled_regex import compile_cached
from tei.convert.patterns import Patterns
from tei.convert.wordscreen import ascii_words, first_words, may_hold

_INITIAL = r"(?:zh|ch|sh|ng|ph|th|tr|kh|gh|nh|qu|ts|tz|hs|hw|kw|gw|[bcdfghjklmnpqrstvwxyz])?['’]?"
_SYLLABLE = rf"{_INITIAL}[aeiouyŏŭüêôơư]{{1,3}}(?:ng|nh|ch|[nmkptlrch])?"
_GIVEN = re.compile(rf"(?:{_SYLLABLE}){{1,3}}(?:-(?:{_SYLLABLE}){{1,2}})?")
_ONE_SYLLABLE = re.compile(_SYLLABLE)
# a pinyin given name written as one word of two or three syllables (`Dafei`, `Xiaopeng`)
_SYLLABLES = re.compile(rf"(?:{_SYLLABLE}){{2,3}}")
# a doubled consonant (but `nn`, and `kk` where a Korean syllable's final k meets the next's
# initial: `Seokkyun`, `Hakkyu`)
_DOUBLED = re.compile(r"([b-df-hjlmp-tv-z])\1")
_NEXT_WORD = re.compile(r" ([A-Z][\w'’-]*)")
_POSSESSIVE = re.compile(r"['’]s?$")
_LONGEST_GIVEN = 12
_STROKED = str.maketrans("Đđ", "Dd")  # the letter NFD leaves whole


def _undiacritic(text: str) -> str:
    """`text` without its combining marks, the stroked D as D (`Đỗ Phát` -> `Do Phat`)."""
    if text.isascii():
        return text
    return "".join(ch for ch in unicodedata.normalize("NFD", text.translate(_STROKED))
                   if not unicodedata.combining(ch))


@dataclass(frozen=True)
class _Table:
    """The family names (those needing two given names apart; `family_first`'s, folded)
    and the words that are no given names."""

    family: re.Pattern[str]
    family_words: frozenset[str] | None
    needs_two: frozenset[str]
    pinyin: frozenset[str]
    stop: frozenset[str]
    first: frozenset[str]


@lru_cache(maxsize=4)
def _table(patterns: Patterns) -> _Table:
    rows = patterns.words("east-asian-names")
    names = sorted((w for w, kind in rows.items() if kind.startswith("family")),
                   key=len, reverse=True)
    alternation = "|".join(re.escape(form) for w in names
                           for form in (w[:1].upper() + w[1:], w.upper()))
    return _Table(
        family=compile_cached(rf"(?<![\w'’.-])(?:{alternation})(?= [A-Z])"),
        family_words=first_words(names),
        needs_two=frozenset(w for w, kind in rows.items()
                            if kind in ("family-two", "family-pinyin")),
        pinyin=frozenset(w for w, kind in rows.items() if kind == "family-pinyin"),
        stop=frozenset({*patterns.words("not-names"), *patterns.words("office-words"),
                        *(w for w, kind in rows.items() if kind == "not-given")}),
        first=frozenset(w for w, kind in rows.items()
                        if kind in ("family", "family-two", "family-pinyin")),
    )


def east_asian_spans(text: str, patterns: Patterns) -> list[tuple[int, int]]:
    """Spans of the East Asian names (family name and given names) in `text`."""
    table = _table(patterns)
    if not may_hold(ascii_words(text), table.family_words):
        return []
    spans: list[tuple[int, int]] = []
    scanned = 0
    for family in table.family.finditer(text):
        if family.start() < scanned:
            continue
        end, scanned = _given_names_end(text, family.end(), family.group().casefold(), table)
        if end is not None:
            spans.append((family.start(), end))
    return spans


def _given_names_end(text: str, at: int, family: str, table: _Table) -> tuple[int | None, int]:
    """End of the one or two given names after a family name ending at `at` (None when
    they are not given names, or when a capitalised word follows them: `Ho Chi Minh
    City`, `Lee Harvey Oswald`), and the end of the words looked at. A family name in
    capitals (`CHANG Ki-yeong Assistant to ...`, a participants list) marks the name
    itself: one given name is enough and a word after it may follow; a second given name
    then follows only an unhyphenated first and is one syllable (`KIM Il Sung Premier`,
    not `RYU Jang-sik Deputy Director`, `HAN Tae Director`)."""
    ends: list[int] = []
    start = at
    marked = len(family) > 1 and text[at - len(family):at].isupper()
    while len(ends) < 2:
        word = _NEXT_WORD.match(text, at)
        if word is None:
            break
        bare = _POSSESSIVE.sub("", word.group(1))
        if not is_given_name(_capitals_given(bare, marked)) or bare.casefold() in table.stop or (
                marked and ends and ("-" in text[start:at] or not _ONE_SYLLABLE.fullmatch(
                    bare.casefold()))):
            break
        ends.append(word.start(1) + len(bare))
        at = word.end()
        if bare != word.group(1):
            return ends[-1], at
    after = _NEXT_WORD.match(text, at)
    units = len(ends) + text[start:at].count("-")
    if family in table.pinyin and len(ends) == 1 and \
            _SYLLABLES.fullmatch(text[start:ends[0]].strip().casefold()):
        units = 2  # `Gong Dafei`: one word of two pinyin syllables
    if not ends or (not marked and ((family in table.needs_two and units < 2) or after)):
        return None, after.end() if after else at
    return ends[-1], at


def _capitals_given(word: str, marked: bool) -> str:
    """(cables80) A hyphenated given name in capitals after a family name in capitals (a
    cable's `FEI YI-MING, WHO HAS EDITED ...`, `SUN YAT-SEN`) read as capitalised
    (`Yi-ming`); any other word as it is."""
    return word.capitalize() if marked and "-" in word and word.isupper() else word


def is_given_name(word: str) -> bool:
    """Is `word` (capitalised) made of romanised East Asian syllables (`Enlai`, `Il`,
    `Hon-yong`, `Tse-tung`, `Van`), with no doubled consonant but `nn` (`Gazette`)?"""
    return (len(word) <= _LONGEST_GIVEN and word[:1].isupper()
            and (word[1:].islower() or len(word) == 1)
            and _GIVEN.fullmatch(word.casefold()) is not None and not _DOUBLED.search(word))


def family_first(name: str, patterns: Patterns) -> bool:
    """Is `name` an East Asian name whose family name stands first? (wcda80) Read without
    its diacritics: a Vietnamese name written with them (`Đỗ Phát Quang`, `Nguyễn Văn
    Hiếu`) is the table's (`Do`, `Nguyen`)."""
    words = _undiacritic(name).split()
    return len(words) > 1 and words[0].casefold() in _table(patterns).first \
        and all(is_given_name(w) for w in words[1:])


def opening_name(name: str, patterns: Patterns) -> bool:
    """Is the function word opening `name` a name's: the Arabic given name `Said` (`Said
    Halim`, names24) or (wcde86) the Chinese family name `He` before its given names (`He
    Zhenliang`, a record's interpreter)?"""
    return name.lstrip().startswith("Said ") or (
        name.lstrip().startswith("He ") and family_first(name, patterns))


# (lang47) a name written in its own script: two to four Chinese characters (a Chinese,
# Japanese or Korean name: `周恩来`, `東郷`, `吉田茂`) or a run of katakana (`ライシャワー`)
_SCRIPT_NAME = re.compile(r"^(?:[\u4e00-\u9fff々]{2,4}|[\u30a1-\u30fa\u30fc\u30fb]{2,12})$")


def script_name(text: str, patterns: Patterns) -> bool:
    """Whether `text`, a party a heading row reads in a name's place, is a person's name
    written in CJK script: none ending with a body's or an office's character or word of
    the `east-asian-bodies` table (`外交部`, `大使`, `外務省`)."""
    return bool(_SCRIPT_NAME.match(text)) and not any(
        text.endswith(end) for end in patterns.words("east-asian-bodies"))


# (wcdp92) a Korean name registered with its given name hyphenated (`Chung Il-kwon`)
_KOREAN_REG = re.compile(r"^(?P<family>[A-Z][a-z]+) [A-Z][a-z]+-[a-z]+$")
_PERSNAME = "{http://www.tei-c.org/ns/1.0}persName"


def korean_spaced(words: list[str], entry) -> bool:
    """(wcdp92) Whether `words` are a Korean name's form with its given name's syllables spaced
    (`Chung Il Kwon`, `Park Chung Hee`) of a person the register holds with the hyphen (`Chung
    Il-kwon`): its family name opens it, as in the hyphenated form (the surname is `Chung`,
    never `Kwon` or `Hee`, a Korean surname of its own)."""
    if len(words) != 3 or entry.kind != "person":
        return False
    reg = next((" ".join("".join(el.itertext()).split()) for el in entry.element.iter(_PERSNAME)
                if el.get("type") == "reg"), "")
    found = _KOREAN_REG.match(reg)
    return found is not None and words[0] == found["family"]


def western_korean(reg: str, forms: list[str]) -> list[str]:
    """(names94) The form of a Korean name the register holds family name first with its
    given name hyphenated (`Lee Tong-won`, `Kim Hyun-chul`) in the Western order that the
    State Department's participants lists write (`Tong Won Lee`, `Hyun Chul Kim`; not
    `Tong-won Lee`: `Ri Jong-ok (Ri Chong Ok)`, a respelling after the name, would read
    `Jong-ok (Ri` as one): the family name last, read as the surname."""
    found = _KOREAN_REG.match(reg)
    if found is None:
        return []
    spaced = " ".join(part.capitalize() for part in reg.split()[1].split("-"))
    form = f"{spaced} {found['family']}"
    return [] if form in forms else [form]
