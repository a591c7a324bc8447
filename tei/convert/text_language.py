"""The language of a document's body, read from its own words (lang46) by the table of
`corpus/patterns/language_evidence.xml`: the body's script picks the candidate languages,
their function words and settling letters score them, and a body with too little evidence
keeps the edition's language. Deterministic: no sampling, ties go to the table's order."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from tei import resources
from tei.convert.namerules import NAME
from tei.xmlio import NSMAP, XML_NS, parse_bytes, read_bytes

TABLE = "language_evidence.xml"
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# what is not the body's own words: a quoted phrase, an editor's bracket
# the scripts written without spaces between words
_UNSPACED = ("CJK", "HIRAGANA", "KATAKANA")
# a class of characters written out, without escapes, ranges or negation (`[ąęłśźżń]`)
_PLAIN_CLASS = re.compile(r"\[([^\[\]\\^-]++)\]")
_QUOTED = re.compile(r"«[^«»]*»|“[^“”]*”|„[^„“”]*[“”]|\"[^\"\n]*\"|\[[^\[\]]*\]")


@dataclass(frozen=True, slots=True)
class Language:
    """One language's evidence: its code and name, the scripts it is written in, its
    function words, the letters that settle it (`settling`: its characters when it is a
    plain class of them, counted in the text's character counts without a scan) and its
    courtesy titles written like an initial."""

    code: str
    name: str
    scripts: tuple[str, ...]
    words: frozenset[str]
    settles: re.Pattern[str] | None
    honorifics: frozenset[str]
    settling: frozenset[str] | None = None


@dataclass(frozen=True, slots=True)
class Evidence:
    """The table: its thresholds and its languages in order."""

    min_words: int
    min_letters: int
    min_evidence: float
    margin: float
    languages: tuple[Language, ...]

    def language(self, code: str) -> Language | None:
        """The table's language of `code`, if any."""
        return next((lang for lang in self.languages if lang.code == code), None)

    def language_name(self, code: str) -> str:
        """The table's name of the language `code`, else ``."""
        found = self.language(code)
        return found.name if found else ""

    def honorifics(self, code: str) -> frozenset[str]:
        """The courtesy titles written like an initial in a text of language `code`
        (`M.` in French), never a person's initial there."""
        found = self.language(code)
        return found.honorifics if found else frozenset()


def table_path(patterns: Path | None = None) -> Path:
    """The project's own table in its `patterns` folder when it has one, else the bundled."""
    own = patterns / TABLE if patterns is not None else None
    return own if own is not None and own.is_file() else resources.patterns_dir() / TABLE


@cache
def evidence(path: Path | None = None) -> Evidence:
    """The table of the file at `path` (default: the bundled one)."""
    path = path or table_path()
    root = parse_bytes(read_bytes(path), str(path)).getroot()
    limits: dict[str, int] = {}
    languages = []
    for table in root.iterfind(".//tei:list", NSMAP):
        items = {item.get("n", ""): " ".join((item.text or "").split())
                 for item in table.iterfind("tei:item", NSMAP)}
        if table.get("type") == "evidence":
            limits = {key: float(value) for key, value in items.items()}
            continue
        settles = items.get("settles")
        languages.append(Language(
            table.get(f"{{{XML_NS}}}lang", ""), table.findtext("tei:head", "", NSMAP),
            tuple(table.get("type", "").split("+")),
            frozenset(word.casefold() for word in items.get("words", "").split()),
            re.compile(settles) if settles else None,
            frozenset(items.get("honorifics", "").split()),
            frozenset(plain.group(1)) if settles and (plain := _PLAIN_CLASS.fullmatch(settles))
            else None))
    return Evidence(int(limits.get("min-words", 12)), int(limits.get("min-letters", 40)),
                    limits.get("min-evidence", 6), limits.get("margin", 2),
                    tuple(languages))


def body_text(text: str) -> str:
    """`text` without its quoted phrases and editors' brackets."""
    return _QUOTED.sub(" ", text)


@lru_cache(maxsize=4096)
def _script(char: str) -> str:
    """The first word of a letter's Unicode name (`CYRILLIC`, `LATIN`, `CJK` ...)."""
    return unicodedata.name(char, " ").split(" ", 1)[0]


def _letters(chars: Counter[str]) -> Counter[str]:
    """How many letters of a text (its characters counted: `chars`) each script has (each
    distinct character looked up once)."""
    letters: Counter[str] = Counter()
    for char, count in chars.items():
        if char.isalpha():
            letters[_script(char)] += count
    return letters


def _words(text: str) -> list[str]:
    """The words of `text`, case folded; an elided article or pronoun also as itself, with
    its apostrophe (`qu'il`: `qu'` too, `dell'Italia`: `dell'`)."""
    words = [word.casefold().replace("’", "'") for word in _WORD.findall(text)]
    if "'" not in text and "’" not in text:  # (no character case folds to an apostrophe)
        return words
    found = []
    for word in words:
        found.append(word)
        if "'" in word:
            found.append(word[:word.index("'") + 1])
    return found


def _points(language: Language, common: list[str], words: Counter[str], shared: Counter[str],
            text: str, chars: Counter[str]) -> float:
    """A language's points: the body's `words` that are its function words (`common`, in
    the order of `words`; a word several of the candidates list counts a share: `la` a
    third in French, Italian, Spanish) and its settling letters (of `text`, whose
    characters `chars` counts)."""
    points = sum(words[word] / shared[word] for word in common)
    if language.settling is not None:
        return points + sum(chars[char] for char in language.settling)
    return points + (len(language.settles.findall(text)) if language.settles else 0)


def script_of(text: str) -> str:
    """The script of `text` as `scores` reads it (without scoring its languages)."""
    letters = _letters(Counter(body_text(text)))
    return letters.most_common(1)[0][0] if letters else ""


Scores = tuple[str, int, list[tuple[float, Language]]]


def scores(text: str, table: Evidence | None = None) -> Scores:
    """The script of `text` (a body, its quotations and brackets dropped), its count of
    words (an ideograph or kana a word) and its languages' points, the most first (a tie
    in the table's order)."""
    table = table or evidence()
    text = body_text(text)
    words = _words(text)
    chars = Counter(text)
    letters = _letters(chars)
    if not letters:
        return "", 0, []
    script = letters.most_common(1)[0][0]
    size = len(words) + sum(letters[unspaced] for unspaced in _UNSPACED)
    candidates = [lang for lang in table.languages if script in lang.scripts]
    counts = Counter(words)
    # each candidate's function words in the text, in the text's order (one set
    # intersection each, not a look-up of every word of the text)
    position = {word: at for at, word in enumerate(counts)}
    commons = [sorted(lang.words.intersection(counts), key=position.__getitem__)
               for lang in candidates]
    shared = Counter(word for common in commons for word in common)
    scored = sorted(((_points(lang, common, counts, shared, text, chars), -at, lang)
                     for at, (lang, common) in enumerate(zip(candidates, commons, strict=True))),
                    key=lambda found: found[:2], reverse=True)
    return script, size, [(points, lang) for points, _, lang in scored]


def language_of(text: str, default: str, table: Evidence | None = None) -> str:
    """The code of the language `text` (a document's body) is written in, else `default`
    (the edition's): see the table's conventions."""
    return reading(text, default, table)[0]


def reading(text: str, default: str, table: Evidence | None = None) -> tuple[str, bool]:
    """`language_of` `text`, and whether its words gave evidence enough (False when the
    language is the edition's or the script's by default)."""
    table = table or evidence()
    script, size, scored = scores(text, table)
    if size < table.min_words or not scored:
        return default, False
    best, runner = scored[0][0], scored[1][0] if len(scored) > 1 else 0
    if best >= table.min_evidence and best - runner >= table.margin:
        return scored[0][1].code, True
    own = table.language(default)
    if own is not None and script in own.scripts:
        return default, False
    letters = _letters(Counter(body_text(text)))[script]
    first = next(lang for lang in table.languages if script in lang.scripts)
    return (first.code if letters >= table.min_letters else default), False


@lru_cache(maxsize=8)
def initial_honorific(words: frozenset[str]) -> re.Pattern[str] | None:
    """(lang46) A courtesy title of `words` written like an initial (`M.`, `MM.`: the
    language table's `honorifics` of a French or Italian text) before a name, or None."""
    if not words:
        return None
    alternation = "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
    return re.compile(rf"(?<![\w.])(?:{alternation})\s+(?={NAME})")
