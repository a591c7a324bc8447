"""The word sets and regexes that find names in running text, built once per pattern
tables: honorifics and titles before a name, verbs of speech after one, apposition."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from tei.convert.capitals_roles import capitals_apposition
from tei.convert.compiled_regex import compile_cached
from tei.convert.eastasian import is_given_name, opening_name
from tei.convert.patterns import Patterns
from tei.convert.title_forms import declined_titles
from tei.convert.wordscreen import first_words, word_alternation

# a capital letter, with the accented capitals of the Latin alphabets (`Édouard`, `Ödön`,
# `Łukasz`, `Štrougal`); a small letter after it likewise (`Ólafur`)
_ACCENTED = "".join(ch for ch in map(chr, range(0xC0, 0x250)) if ch.isupper())
CAPITAL = f"[A-Z{_ACCENTED}]"
SMALL = "[a-zà-öø-ÿ]"
# an initial may be two letters, a transliterated Russian one (`N. Ye. Torbenkov`, `Yu. V.
# Andropov`, `A. Kh. Abramov`), a Hungarian one (`Gy. Marosán`, `Zs. Kovács`) or (wc32) a
# Romanian given name's (`Gh. Gheorghiu-Dej`, `Şt. Voitec`, `Th. Vasilescu`); (wcda60) a
# Bulgarian Ivan's (`Iv. Popov`, `Iv. Bashev`)
DIGRAPH_INITIAL = "Ye|Yu|Ya|Yo|Iu|Ia|Zh|Kh|Ch|Sh|Ts|Gy|Zs|Sz|Cs|Ny|Ty|Gh|Th|Şt|Șt|Iv"
# (wc50, misses49) a name of initials and surname (`Ts. Dugersuren`, `Yu. Andropov`), and a run
# of them on one line: a body's signatures in columns or side by side read across
# (`S. Luvsan Yu. Tsedenbal`, `A. Gromyko Yu. Andropov D. Ustinov B. Ponomarev`)
INITIALLED = re.compile(rf"(?:(?:{DIGRAPH_INITIAL}|[A-Z])\.\s?){{1,3}}[A-Z][\w'’-]+")
INITIALLED_RUN = re.compile(rf"{INITIALLED.pattern}(?:\s+{INITIALLED.pattern})+")
# a middle name may be cut after its `Mc` and capital: `P. McD. Collins`
# (misses21) up to four initials, as Dutch names have them (`J. M. A. H. Luns`)
_INITIAL = (rf"(?:{DIGRAPH_INITIAL}|[A-Z])\.\s?(?:(?:[A-Z]|{DIGRAPH_INITIAL}|Mc[A-Z])\.\s?)"
            "{0,3}+")
# (fam12) an Arabic name's word after its article (`Abd al-Rahman`, `Sabah al-Ahmad`)
ARTICLE_WORD = r"(?:al|el|ad|ar|as|ash|at|az|an|ud|ul|ed|es)-[A-Z][\w'’-]*"
# a name's letters, apostrophes and hyphens, but not a double hyphen: a typed dash
# (`Mr. Kalugin--the counselor--spoke`, `Mr. Bundy--The White House`, lead26)
NAME_CHAR = r"(?:[\w'’]|-(?!-))"
# `Herr von Brentano`, `Mr. Van der Laan`, `M. de la Tour du Pin`, `Senhor da Costa`: one or
# two particles before a surname or between a name's words belong to the name
PARTICLE = r"(?:von|van|de|du|da|di|dos|das|del|della|der|den|ter|zu|la|le|bin|binti|ibn)"
# `Stalin`, `B. Lomský`
# (misses21) the initials may stand before the surname's particle (`Ch. de Kerchove`, `H. van
# Rijckevorsel`)
NAME_WORD = (rf"(?:{_INITIAL}(?:(?:{PARTICLE})\s+){{0,2}}{CAPITAL}{NAME_CHAR}+"
             rf"|{CAPITAL}{NAME_CHAR}*|{ARTICLE_WORD})")
PARTICLES = frozenset(PARTICLE[3:-1].split("|"))
# (misses43) a particle that stands in a name only after another (`van der Laan`, `von der
# Leyen`): first after a title it is the German article (`dem Botschafter der Vereinigten
# Staaten`, `Präsident der Republik`), no name's
SECOND_PARTICLES = frozenset({"der"})
# (other20) the particles that open a surname written in capitals after a title (`DIRECTOR
# VAN WYK`); not those that are also surnames or words alone (`LE`, `DA`, `DI`, `LA`)
CAPITALS_PARTICLES = frozenset({"von", "van", "de", "du", "der", "den", "ter",
                                "della", "del", "dos", "das"})

POSSESSIVE = re.compile(r"['’][sS]$")  # no part of the word it ends (`Sunday’s`, `DODD'S`)
_RUN_ON_INITIAL = re.compile(r"\b([A-Z])\.(?=[A-Z]{2})")


def capitals_name_titled(name: str) -> str:
    """A name written in capitals in title case, the particles inside it small (`VAN DER
    MEER`: `Van der Meer`; `JORGE DE LA PAZ`: `Jorge de la Paz`; `MCCORMACK`: `McCormack`)."""
    # (cables38) an initial run into the surname (`T.FAIRWEATHER`) keeps its space
    name = _RUN_ON_INITIAL.sub(r"\1. ", name)
    # a romanised East Asian given name keeps its second syllable small (`In-taek`)
    words = [w.capitalize() if "-" in w and is_given_name(w.capitalize()) else w
             for w in name.title().split(" ")]
    # (cables72) a Scottish or Irish `Mc` keeps the capital after it (`MCCORMACK`: McCormack)
    words = [f"Mc{w[2:].capitalize()}" if w.startswith("Mc") and len(w) > 3 else w
             for w in words]
    inner = [w.lower() if w.casefold() in PARTICLES else w for w in words[1:-1]]
    return " ".join([words[0], *inner, *words[1:][-1:]])


# (names13) the article of a ruling house's name (`Zayed bin Sultan Al Nahyan`, `Al Sabah`)
FAMILY_ARTICLES = frozenset({"Al", "Āl"})
# (other42) a French surname's elided particle glued to it is the name's (`d’Harcourt`), not a
# word before `Harcourt`; (lead79) after a given name too (`Vanni d'Archirafi`)
_ELIDED = rf"(?<![\w'’])d['’](?={CAPITAL})"
NAME = (rf"(?:(?:{PARTICLE}\s+){{0,2}}(?<!\bd['’])|{_ELIDED}){NAME_WORD}"
        rf"(?:\s+(?:(?:{PARTICLE}\s+){{0,2}}(?<!\bd['’])|{_ELIDED}){NAME_WORD}){{0,3}}")
# (lead84) the words a Roman numeral closes the name of (`World War I.`, `Part V.`): each a
# fixed-width lookbehind ending at the numeral, which is no initial there
_NUMBERED_PART = "".join(
    rf"(?<!\b{re.escape(word)}\s[IVX])" for word in (
        "War", "Part", "Phase", "Article", "Section", "Chapter", "Volume", "Vol.", "Annex",
        "Title", "Book", "Stage", "Appendix", "Schedule", "Round", "Class", "Type", "Mark"))
# `B. Lomský`: the first initial's letter is matched first (its lookbehind then checks
# the character before it), so that the regex engine scans for capitals quickly.
# (fam12) the surname may open with particles and go on after one (`M. de la Tour du Pin`)
INITIALS_NAME = re.compile(
    # a postscript's `P.S.` opening its text or after the editors' bracket is no initials
    r"(?!(?:(?<=^)|(?<=\]\s)|(?<=:\s))P\.\s?(?:P\.\s?)?S\.)"
    # (frus34) nor a warship's prefix before its name (`U. S. S. Maine`, `H.M.S. Hood`), nor
    # its later initials (no name opens right after another initial); (crest62) nor the
    # United States Code a report form's espionage notice cites (`Title 18, U.S.C. Secs. 793`)
    r"(?!(?:U\.\s?S|H\.\s?M)\.\s?S\.\s|U\.\s?S\.\s?C\.)(?<!\b[A-Z]\.\s)"
    # (cables84) nor a clock's `P.M.`, `A.M.` after its figures (`8 P.M. Rec'd`, an incoming
    # telegram form's OCR)
    r"(?!(?:(?<=\d\s)|(?<=\d))[AP]\.\s?M\.)"
    # (cw63) nor a telegram number's series letter (`No. 387-S. Ratings of the Navy ...`)
    # (lead84) nor a Roman numeral ending a war's or a part's name (`World War I. Wilson`)
    rf"(?:{DIGRAPH_INITIAL}|[A-Z])(?<![\w.][A-Z][a-z])(?<![\w.][A-Z])(?<!\d-[A-Z])"
    rf"{_NUMBERED_PART}\.\s?"
    rf"(?:(?:[A-Z]|{DIGRAPH_INITIAL}|Mc[A-Z])\.\s?){{0,2}}"
    # (wc54) the surname's second letter may be accented (`J. Péter`, `F. Münnich`);
    # (lead84) never a pronoun's contraction (`World War I. We'll`)
    rf"(?:{PARTICLE}\s+){{0,2}}(?![A-Z][a-z]{{0,3}}['’](?:ll|re|ve|d|m)\b)"
    r"[A-Z][a-zß-öø-ÿ][\w'’-]+"
    rf"(?:\s+(?:{PARTICLE}\s+){{1,2}}[A-Z][a-zß-öø-ÿ][\w'’-]+)*")
# (wc13) a Soviet memorandum's accused, the given name's and the patronymic's initials and the
# surname in capitals in a mixed-case text (`P. M. LITVINOV`, `Yu. M. DANIEL`, `L. I.
# BOGORAZ-BRUKHMAN`), not `U.S. NAVY`; the caller skips an all-capitals text
INITIALS_CAPITALS_NAME = re.compile(
    rf"(?!U\.\s?[KNS]\.)(?:{DIGRAPH_INITIAL}|[A-Z])(?<![\w.][A-Z][a-z])(?<![\w.][A-Z])\.\s?"
    rf"(?:[A-Z]|{DIGRAPH_INITIAL})\.\s?"
    r"[A-Z]{3,}+(?:-[A-Z]{2,}+)?(?![\w'’-])")
# (speed22) where a match of the two regexes above may begin: a capital (or a digraph
# initial's capital and small letter) and a stop; their lookaheads come first, so `re` would
# try them at every character, where this regex is scanned for by its first character
_INITIAL_START = re.compile(r"[^\W\d_a-z][a-z]?\.")


def initials_matches(regex: re.Pattern[str], piece: str) -> Iterator[re.Match[str]]:
    """The matches `regex.finditer(piece)` gives of `INITIALS_NAME` or
    `INITIALS_CAPITALS_NAME`, tried only where an initial and its stop begin."""
    pos = 0
    while (start := _INITIAL_START.search(piece, pos)) is not None:
        found = regex.match(piece, start.start())
        pos = found.end() if found else start.start() + 1
        if found:
            yield found


# not a postscript's or a note's mark before a capitals word (`P.S. URGENT`, `N.B. COPY`)
_NOT_A_NAME = re.compile(r"(?:P\.\s?S|N\.\s?B)\.")


def initials_name_alone(text: str) -> bool:
    """(wc32) A line that is a name of initials and a surname in capitals and nothing else:
    a Soviet journal's keeper under its `From the journal of` (`B.P. ZAITSEV`), a name the
    capitals text's own skip would miss."""
    bare = text.strip(" ,:;")
    return bool(INITIALS_CAPITALS_NAME.fullmatch(bare)) and not _NOT_A_NAME.match(bare)


WORD = rf"{CAPITAL}{SMALL}{NAME_CHAR}+"
SHORT_WORD = rf"{CAPITAL}{SMALL}{NAME_CHAR}*"
# a name of two or three words, the last may open with an Arabic article (`Said el-Mufti`,
# `Fadhil al-Jamali`: cw72)
# (wcda80) its words may open with an accented or stroked capital (`Đỗ Phát Quang`)
_NAME_WORDS = (rf"{CAPITAL}[^\W\d_]++(?:[\s-](?:(?:[ae]l|a[dnrstz]|ash)-)?{CAPITAL}[^\W\d_]++)"
               "{1,2}")
NAME_REGEX = re.compile(NAME)
NON_SPACE = re.compile(r"\S+")
# (misses22) a serial comma before the last name (`Cdes. Ibragimov, Gasanov, and Glinskiy`)
_AND = "(?:and|et|und|y|e|i|a|és)"
# (misses22) no comma before a name's own initials ends a list's name (`Andropov, Iu.V.;`)
_NOT_INITIALS = rf"(?!\s*+(?:(?:{DIGRAPH_INITIAL}|[A-Z])\.\s?){{1,3}}(?:[;,]|$))"
# (sample wc38) a copy of a PDF that lost a name's letters with diacritics to question marks
# (`Ilie Verde?, Maxim Berghianu`, `Ion Ioni??, Vasile Patiline`) goes on with the list
_LOST_LETTERS = r"(?:\?{1,2}+(?=,))?"
NAME_LIST = re.compile(
    rf"{NAME}(?:{_LOST_LETTERS}\s*(?:,{_NOT_INITIALS}(?:\s*+{_AND}\b)?|\b{_AND}\b|&)\s*{NAME})*")


def _optional_dots(word: str) -> str:
    """`Cde.` as a regex that also matches `Cde`; a case-folded `ss` also matches the `ß`
    it may stand for (`aussenminister`: `Außenminister`, `AUSSENMINISTER`)."""
    return re.escape(word).replace(r"\.", r"\.?").replace("ss", "(?:ss|ß)")


@dataclass(frozen=True)
class Rules:
    """The word sets and regexes of inline recognition, built once per pattern tables."""

    titles: set[str]
    title_joiners: frozenset[str]
    leading_words: set[str]
    not_names: set[str]
    mixed_case_titles: frozenset[str]
    adverbs: frozenset[str]
    given_places: frozenset[str]
    honorific: re.Pattern[str]
    honorific_words: frozenset[str] | None
    phrase: re.Pattern[str]
    phrase_words: frozenset[str] | None
    title: re.Pattern[str]
    title_comma: re.Pattern[str]
    title_words: frozenset[str] | None
    speaker: re.Pattern[str]
    speech: re.Pattern[str]
    speech_words: frozenset[str] | None
    appositive: re.Pattern[str]
    apposition: re.Pattern[str]
    apposition_words: frozenset[str]
    obfuscation: list[re.Pattern[str]]
    # whether each obfuscation regex may match a text (its row's `Pattern.may_occur`: the
    # row's needle or needles)
    obfuscation_gates: tuple[Callable[[str], bool], ...]
    # the gap reason of each obfuscation regex (its row's name), by the regex's source
    obfuscation_reasons: dict[str, str]


def _plurals(titles: frozenset[str]) -> set[str]:
    """The English plurals of the one-word `titles` (`counsellors`, `secretaries`)."""
    return {f"{title[:-1]}ies" if title.endswith("y") and title[-2:-1] not in "aeiou"
            else f"{title}s" for title in titles if title.isalpha() and len(title) > 3}


@lru_cache(maxsize=4)
def rules(patterns: Patterns) -> Rules:
    honorifics = [w for w, kind in patterns.words("honorifics").items() if kind == "address"]
    words = word_alternation(sorted(honorifics, key=len, reverse=True), _optional_dots)
    acronyms = "|".join(re.escape(w.upper())
                        for w in patterns.words("honorific-acronyms")) or "(?!)"
    titles = [w for w, kind in patterns.words("honorifics").items()
              if kind in ("title", "title-mixed")]
    title_words = word_alternation(sorted(titles, key=len, reverse=True), _optional_dots)
    title_set = declined_titles(frozenset(w.rstrip(".") for w in patterns.words("honorifics")))
    phrases = word_alternation(sorted(patterns.words("name-phrases"), key=len, reverse=True),
                               re.escape)
    return Rules(
        titles=title_set,
        title_joiners=frozenset(w for t in titles for w in t.split()[1:-1]
                                if w in patterns.words("not-names")),
        # a title's country before it is left out with it (`Polish Counsellor Jan Nowak`)
        # (lead86) and a title in the plural before a list of names (`together with
        # Counsellors V. I. Pelishenko, M. Ye. Kryukov`)
        leading_words={*title_set, *_plurals(title_set), *patterns.words("country-adjectives"),
                       "the", "a", "an"},
        not_names={*patterns.words("office-words"), *patterns.words("not-names"),
                   *patterns.words("months"), *patterns.words("weekdays"),
                   *patterns.words("speech-verbs")},
        adverbs=frozenset(w for w, kind in patterns.words("not-names").items()
                          if kind == "adverb"),
        given_places=frozenset(patterns.words("given-name-places")),
        mixed_case_titles=frozenset(w for w, kind in patterns.words("honorifics").items()
                                    if kind == "title-mixed"),
        # (frus67) not an acronym its capitals spell without the stop (`COM BLOC`)
        # (ocr88) OCR may glue its stop to the name too (`Mrs.Herriet Bradley`)
        honorific=compile_cached(rf"(?i)(?<!\w)(?!(?-i:{acronyms})(?!\w))(?:{words})"
                                 rf"(?:(?!\w)\s+|(?<=\.)(?-i:(?=[A-Z][a-z]{{2}})))(?-i:(?={NAME}))"),
        honorific_words=first_words(honorifics),
        # (names60) the name's second letter may be accented (`translated by Mónika Borbély`)
        phrase=compile_cached(rf"(?i)(?<!\w)(?:{phrases}):?\s+(?-i:(?=[A-Z][^\W\d_A-Z]))"),
        phrase_words=first_words(patterns.words("name-phrases")),
        # (other32) OCR may glue the title's stop to the name (`Mr.Butler`)
        title=compile_cached(rf"(?i)(?<![\w.])(?:{title_words})(?!\w)(?:\.?\s+|\.(?-i:(?=[A-Z][a-z]{{2}})))"
                             rf"(?={CAPITAL})"),  # (wcda80) `Ambassador Đỗ Phát Quang`
        # the holder named after the title and a comma, set off by another (`the Foreign
        # Minister, Oscar Montes, told`): one to three capitalised words, a surname alone
        # of four letters or more (`the Bulgarian Second Secretary, Surgov, told`, wc21);
        # after the title's post, two or three words (`the Romanian consul in Alexandria,
        # Nicolae Frîncu, reports`, wc25), or its country and a `here` (`the Ambassador of
        # Argentina here, Esteban Taracs, told me`, wc28), or its body after `of the` (`the
        # Chief of the Royal Diwan, Bahjat Talhouni, told`, cw72)
        title_comma=compile_cached(rf"(?i)(?<![\w.])(?:{title_words})(?!\w)\.?(?:,\s++"
                                   rf"(?-i:(?P<name>{_NAME_WORDS}|[A-Z][a-z][^\W\d_]{{2,}}+))"
                                   r"|(?-i:\s++(?:in|at|to|of)\s++(?:the\s++)?[A-Z][^\W\d_]++"
                                   r"(?:\s[A-Z][^\W\d_]++)?(?:\s++(?:here|there))?),\s++"
                                   rf"(?-i:(?P<posted>{_NAME_WORDS})))(?=,)"
                                   # (dfat78) or in parentheses after the office (`The
                                   # Ambassador (Geoff Raby) called on Zhang`), two or three
                                   # words
                                   rf"|(?i:(?<![\w.])(?:{title_words})(?!\w))\.?\s++\("
                                   rf"(?-i:(?P<bracketed>{_NAME_WORDS}))\)(?=[\s,.;:])"),
        title_words=first_words(titles),
        # not a form's label ending in the verb over a number or date (`Time received: 23.05`,
        # `Date received: 4 June 1967`, invent14)
        speaker=compile_cached(rf"(?<![\w.])(?P<name>{WORD}(?:\s{WORD})?)\s+"
                           rf"(?:{'|'.join(patterns.words('speech-verbs'))})\b"
                           r"(?!\s{0,2}:\s*+\d)"),
        speech=compile_cached(rf"\s(?:{'|'.join(patterns.words('speech-verbs'))})\b"),
        speech_words=first_words(patterns.words("speech-verbs")),
        appositive=compile_cached(
            rf"(?<![\w.])(?P<name>(?!{SHORT_WORD}['’]s?\s){SHORT_WORD}(?:[\s-]{SHORT_WORD}){{1,2}}),?"
            rf"\s+(?:the\s+)?(?i:(?-i:[A-Z]{{2,5}}\s+)?(?:deputy\s+|vice[\s-]+|first\s+|acting\s+)?"
            rf"(?:{title_words}))\b"),
        # a participants list's `Elena Ceausescu, member of the ...`: a name of two or three
        # words before a comma and a lower-case role of a body (table `apposition-roles`)
        apposition=compile_cached(
            rf"(?<![\w.])(?P<name>{SHORT_WORD}(?:[\s-]{SHORT_WORD}){{1,2}}),\s++(?:the\s++)?"
            r"(?:[A-Z][a-z]*(?:an|ese|ish)\s++)?(?i:(?:deputy|candidate|alternate|first|vice)[\s-]++)?"
            rf"(?i:{'|'.join(map(re.escape, patterns.words('apposition-roles')))})"
            r"\s++(?:of|within|to|in|at)\b"
            # or alone with its role in parentheses (`Dimitri Zarechnak (interpreter)`), or
            # with the post-nominal `esq.` of a 19th-century despatch (`Paul Forbes, esq.,`:
            # other25)
            rf"|(?<![\w.])(?P<alone>{SHORT_WORD}(?:[\s-]{SHORT_WORD}){{1,2}})(?:\s\((?i:"
            rf"{'|'.join(map(re.escape, patterns.words('participant-roles')))})\)"
            r"|,\s++(?i:esq)\.)"
            # or after its role as a label (`Interpreter: Peter Afanasenko`, `Notetaker:
            # Nicholas Burns, NSC Staff`: FRUS 1989-92 telcons, other28)
            rf"|(?<![\w.])(?i:{'|'.join(map(re.escape, patterns.words('participant-roles')))}):"
            rf"\s++(?P<labelled>{SHORT_WORD}(?:[\s-]{SHORT_WORD}){{1,2}})"
            # (wcdg87) never running on into the next field's label or speaker of a form
            # flattened on one line (`Translator: Chen Hui Stenographer: Li Danan Zhang
            # [Wenji]: Yesterday`, the PDF text docslib gives; the piece before a bracket
            # ends in a space)
            r"(?![\w'’-]|:|\s\[\w+\]:|\s++$)"
            # (cables44, cables86) or a cable's name in capitals before its office
            + capitals_apposition(patterns) +
            # (frus85) or a surname alone before an embassy rank (`Berry, clerk,`)
            rf"|(?<![\w.])(?<![A-Z]\.\s)(?P<staff>{SHORT_WORD}),\s++(?i:"
            rf"{'|'.join(map(re.escape, patterns.words('staff-ranks')))})\b(?=[\s,.;]|$)"),
        apposition_words=first_words([*patterns.words("apposition-roles"),
                                      *patterns.words("participant-roles"), "esq",
                                      *patterns.words("staff-ranks")]),
        obfuscation=[p.regex for p in patterns.regexes.get("obfuscations", ())],
        obfuscation_gates=tuple(p.may_occur for p in patterns.regexes.get("obfuscations", ())),
        obfuscation_reasons={p.source: p.name for p in patterns.regexes.get("obfuscations", ())},
    )


def comma_titled_spans(piece: str, found: Rules) -> list[tuple[int, int]]:
    """`the Foreign Minister, Oscar Montes, told`, `the consul in Alexandria, Nicolae
    Frîncu, reports`, `The Ambassador (Geoff Raby) called`: the name a title (and its post)
    and a comma or parentheses set off, none of whose words is a title or may not stand in
    a name."""
    matches = [(m, next(g for g in ("name", "posted", "bracketed") if m.group(g)))
               for m in found.title_comma.finditer(piece)]
    return [m.span(group) for m, group in matches
            if not any(w.casefold() in found.titles or (w.casefold() in found.not_names
                                                        and not _given_verb(i, w, found))
                       for i, w in enumerate(m.group(group).split()))]


def _given_verb(i: int, word: str, found: Rules) -> bool:
    """(cw72) A given name spelt as a verb of speech, capitalised first in a name of two
    words or more that a title and a comma set off (`the Prime Minister, Said el-Mufti,`)."""
    return i == 0 and found.speech_words is not None and word.casefold() in found.speech_words


# a name written surname first (`ZWEIFEL, DAVID E.`, a cable's classifying officer)
_INVERTED = re.compile(r"^(?P<surname>[A-Z][\w'’-]++),\s*+(?P<given>[A-Z][\w'’-]*+\.?"
                       r"(?:\s*+[A-Z][\w'’-]*+\.?){0,2})$")


def given_name_first(name: str) -> str:
    """`ZWEIFEL, DAVID E.` as `DAVID E. ZWEIFEL`; any other name unchanged."""
    found = _INVERTED.match(name)
    return f"{found.group('given')} {found.group('surname')}" if found else name


def name_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of the names in a list such as `Kim Il Sung and Peng Dehuai` or `Stalin (2)`."""
    end = len(text) if end is None else end
    spans = []
    for match in NAME_REGEX.finditer(text[start:end]):
        spans.append((start + match.start(), start + match.end()))
    return spans


# (cables38) a list of surnames in capitals joined by `AND` (`S. RICE AND D.STEINBERG`)
_CAPS_AND = re.compile(r"\sAND\s")


def caps_list_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the names of a list in capitals, `AND` parting two names as a comma does."""
    spans, pos = [], start
    for match in _CAPS_AND.finditer(text, start, end):
        spans += name_spans(text, pos, match.start())
        pos = match.end()
    return spans + name_spans(text, pos, end)


_ROMAN = re.compile(r"^[ivxlc]+$")
# (misses47) initials written together: with particles alone no name (`de S.M`: the style
# Su Majestad, `El Embajador de S.M.`)
_INITIALS = re.compile(r"^(?:[^\W\d_]{1,2}\.)++[^\W\d_]{1,2}$")


def plausible_name(name: str, patterns: Patterns) -> bool:
    """Could `name` be a person's name? Not a title or titles (`Ministers`), an office or
    body, a document type, a function word, a Roman numeral, a placeholder (`XXXX`) or a word
    with an OCR's underscore."""
    words = [w.strip(".,;:()[]'’").casefold() for w in name.split()]
    words = [w for w in words if w]
    stop = _stop_words(patterns)
    titles = patterns.words("honorifics")
    core = [w for w in words if w not in titles and w.rstrip(".") not in titles
            and w.removesuffix("s") not in titles]
    # (names24) `Said Halim`: the Arabic given name; (wcde86) a family name `He` (`He Zhenliang`)
    checked = core[1:] if core[:1] in (["said"], ["he"]) and opening_name(name, patterns) else core
    # (ocr42) an underscore is an OCR's mark for a letter it could not read (`Azerba_an`), or
    # a blank to fill in: no name has one
    if not core or any(w in stop for w in checked if len(w) > 1) or any(
            c.isdigit() or c == "_" for c in name) or _nationality_only(core, patterns) or all(
            w in PARTICLES for w in core):  # `Monsieur le Ministre`: an article and titles
        return False
    if len(words) == 1 and len(name.strip()) <= 3 and name.strip().isupper():
        return False  # an office symbol or acronym (`FE`, `NEA`), not a name
    if _initials_month(name, patterns) or _saint(name, patterns):
        return False
    return any(len(w) > 1 and not _ROMAN.match(w) and len(set(w)) > 1
               and not _INITIALS.match(w) and w not in PARTICLES for w in core)


def _initials_month(name: str, patterns: Patterns) -> bool:
    """(invent27) Initials before a month's name (`R. January 16, 1960`: a confidential
    print's `R.`, received, before its date) are no name; `May` may be a surname."""
    *initials, last = name.split() or [""]
    last = last.strip(".,;:").casefold()
    # (ocr72) a month's name alone in capitals (a form's `Rec'd:` over `JULY 21, 1962`)
    alone = not initials and name.strip(" .,;:").isupper() and len(last) > 3
    return ((alone or (bool(initials) and all(len(w) <= 3 and w.endswith(".") for w in initials)))
            and last != "may" and last in patterns.words("months"))


def _saint(name: str, patterns: Patterns) -> bool:
    """(misses46) A saint's abbreviation before a saint's name (`S. Petrum`, `S. Pietro`,
    `St. Peter's`; table `saint-names`) names a church, a palace or a place, no person."""
    words = name.split()
    saints = patterns.words("saint-names")
    return len(words) == 2 and saints.get(words[0].casefold()) == "abbreviation" and saints.get(
        re.sub(r"['’]s$", "", words[1]).strip(".,;:").casefold()) == "name"


def _nationality_only(core: list[str], patterns: Patterns) -> bool:
    """`Cuban Minister`, `Australian Counsellor`, `Indians`: a country's adjective (table
    `country-adjectives`, or its plural) before a title or alone is a role or a people; so is
    a compound of them and their combining forms (`Anglo-Irish`)."""
    adjectives = patterns.words("country-adjectives")
    text = " ".join(core)
    parts = text.split("-")  # (lead42) `Anglo-Irish`, `Sino-Soviet`: a relation, no name
    combining = patterns.words("country-combining-forms")
    return text in adjectives or text.removesuffix("s") in adjectives or (
        len(parts) > 1 and all(part in adjectives or part in combining for part in parts))


@lru_cache(maxsize=4)
def _stop_words(patterns: Patterns) -> frozenset[str]:
    """Words that never stand in a person's name (from the pattern tables)."""
    return frozenset({*patterns.words("not-names"), *patterns.words("office-words"),
                      *patterns.words("role-openers"), *patterns.words("doc-types")})
