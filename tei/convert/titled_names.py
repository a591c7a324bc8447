"""Names after a title (`Ambassador Dumitru Popa`, `Foreign Minister Yang`, `GENERAL
TORRIJOS`): in a capitals text one word, unless the register knows it as a given name or a
romanised East Asian given name follows (`GENERAL JUAN ALMAZAN`, `GENERAL TANG YU-LIN`);
none after a title that also stands alone as a noun (`SHAH ASKS`), nor when the word is a
common English word the register knows as no name (`REQUEST SECRETARY GENERAL COMMUNICATE
THIS`: tables `capitals-common-verbs`, `-words`)."""

from __future__ import annotations

import re
from functools import lru_cache

from tei.convert.context import Context
from tei.convert.eastasian import is_given_name
from tei.convert.name_surroundings import after_country
from tei.convert.namerules import (
    ARTICLE_WORD,
    CAPITALS_PARTICLES,
    FAMILY_ARTICLES,
    PARTICLES,
    POSSESSIVE,
    SECOND_PARTICLES,
    Rules,
)
from tei.convert.patterns import Patterns
from tei.convert.register import Register
from tei.convert.romanised import fold, plain

_ARTICLE = re.compile(ARTICLE_WORD)
_WORD = re.compile(r"(?:[\w'’.]|-(?!-))+")  # a typed dash `--` ends a word (lead26)
_GLUED_INITIALS = re.compile(r"[A-Z](?:\.[A-Z]){1,2}")  # `S.D`, `J.N.K`: a word's initials
_CAPITALS_ARTICLES = frozenset({"LA", "LAS", "LOS"})
_ABBREVIATION_LETTERS = 4  # `Capt.`, `Cmdr.`, `Prof.`: a longer title is a whole word


def capitals_particle(title: str, token: str) -> bool:
    """`DIRECTOR VAN WYK`, `DEPUTY SECRETARY VAN DALSEN`: in a capitals text a particle
    opening the name after a title is the name's, the word after it its one word."""
    return title.isupper() and token.isupper() and token.casefold() in CAPITALS_PARTICLES


# (lead24) romanised East Asian given names in capitals, hyphenated (`YU-LIN`, `DOO-HWAN`)
_CAPITALS_HYPHENATED_GIVEN = re.compile(r"(?<!\s)\s++(?P<given>[A-Z]{1,6}-[A-Z]{1,6})\b")


# (leftover22) the word after a given name is a verb, no surname (`AMBASSADOR JOHN DECLINED`)
_CAPITALS_VERB = re.compile(r"(?<!\s)\s++[A-Z][A-Z'’-]*+(?:ED|ING)(?![\w.])")


def capitals_name_goes_on(token: str, after: str, given_names: frozenset[str],
                          first_names: frozenset[str] = frozenset()) -> bool:
    """(lead24, leftover22) In a capitals text a name after a title is one word (`GENERAL
    TORRIJOS`) unless it opens with a given name the register knows and no verb follows
    (`GENERAL JUAN ALMAZAN`, `ADVISER GEORGE SHERMAN`; not `AMBASSADOR JOHN DECLINED`) or a
    romanised East Asian given name follows it (`GENERAL TANG YU-LIN`). (cables77) A given
    name of table `given-first` (`first_names`, read without accents) counts as the
    register's (`CHAIRMAN ETIENNE DAVIGNON`, `EXECUTIVE DIRECTOR ULF LANTZKE`)."""
    if token.casefold() in given_names or plain(token) in first_names:
        return not _CAPITALS_VERB.match(after)
    hyphenated = _CAPITALS_HYPHENATED_GIVEN.match(after)
    return bool(hyphenated) and is_given_name(hyphenated.group("given").capitalize())


@lru_cache(maxsize=4)
def first_names(patterns: Patterns, register: Register) -> frozenset[str]:
    """(cables77) The given names of table `given-first` (folded, without accents), none a
    place's or a body's name in the register (`Florence`)."""
    return frozenset(plain(name) for name in patterns.words("given-first")
                     if (known := register.lookup(name)) is None or known.kind == "person")


def sentence_end_title(title: str) -> bool:
    """`... of the Foreign Minister. Ref: ...`: a title of whole words whose stop ends a
    sentence, not an abbreviation's (`Gen.`, `Capt.`, `Sen.`)."""
    word = title.rstrip().split()[-1]
    return word.endswith(".") and len(word) > _ABBREVIATION_LETTERS + 1


def titled_spans(piece: str, titles: list[re.Match[str]], rules: Rules,
                 ctx: Context) -> list[tuple[int, int]]:
    """The span of the name after each title in `piece` that has one."""
    spans = []
    for title in titles:
        if (title.group().isupper() and title.group().strip(" .").casefold()
                in rules.mixed_case_titles) or sentence_end_title(title.group()):
            continue
        start = after_country(piece, title.end(), ctx)  # `Minister of the DRV X`
        end = _name_end(piece, start, title.group(), rules, ctx)
        if end:
            spans.append((start, end))
    return spans


def _name_end(piece: str, start: int, title: str, rules: Rules, ctx: Context) -> int:
    """Where the name that begins at `start`, after `title`, ends (0: no name)."""
    words: list[int] = []
    full = 0  # the words beyond initials (`Reginald F. C. Vance`: two)
    particle = False  # after one a title's word is a name's (`Zayed bin Sultan`)
    after = piece[start:start + 80]
    for word in _WORD.finditer(after):
        whole = word.group().strip(".")
        token = POSSESSIVE.sub("", whole)  # `Gorbach's Views`: the name ends at it
        gap = after[words[-1] - start if words else 0:word.start()]
        # `Counsellor Van der Laan`: a particle between the name's words is the name's
        gap = " ".join(w for w in gap.split() if w not in PARTICLES and w not in _CAPITALS_ARTICLES
                       and not capitals_particle(w, w))
        if not words and not particle and token in SECOND_PARTICLES:
            break  # `Botschafter der Vereinigten Staaten`: an article
        # (wcdj88) a particle in capitals between a capitals name's words (`Professor SERGIO
        # TAVARES DE MELO`) is the name's, no third word
        # (names94) a Spanish article after a capitals particle is the name's (`AMB DE LA PLAZA`)
        if (token in PARTICLES or (not words and capitals_particle(title, token))
                or (particle and token in _CAPITALS_ARTICLES)
                or (words and token.isupper() and token.casefold() in CAPITALS_PARTICLES)) \
                and not gap.strip(" ."):
            particle = True
            continue
        # (crest61) a letter with its stop is an initial, never the article (`LTC JOHN A. MERCER`)
        # (cables94) initials run together with their stops are initials too (`COMMUNICATIONS
        # MINISTER S.D. SHARMA`, New Delhi 1975: the word `S.D.`), going on to the surname
        initial = ((len(token) == 1 and token.isupper()) or bool(_GLUED_INITIALS.fullmatch(
            token))) and word.group().endswith(".")
        if (not (token[:1].isupper() or _ARTICLE.fullmatch(token))
                or (not initial and (token.casefold() in rules.not_names or (
                    title.isupper() and _common_capitals_word(token, ctx))))
                or ((words or _headline_verb(token, after[word.end():])) and _title_case_verb(
                    token, ctx))
                or gap.strip(" .")
                or (token.casefold() in rules.titles and not particle)):
            if not gap.strip(" .") and token.casefold() in ctx.res.patterns.words("office-words"):
                words = []  # `President Coordinating Commission`: a body's name
            break  # a comma or bracket ends the name: `Ambassador Takeuchi, Washington`
        words.append(start + word.start() + len(token))  # `Erhard's`: left out
        # `Zayed bin Sultan Al Nahyan`: a ruling house's `Al` counts as no word
        full, particle = full + (len(token) > 1 and not initial
                                 and token not in FAMILY_ARTICLES), False
        # (cables58) an initial goes on to the surname (`COL. JOHN F. ROSS`, `GEN. A. HAIG`)
        # (cables79) a second given name goes on to the surname too (`MAJ PABLO EMILIO
        # SALAZAR`, `COL JOSE MARIA CASTRO`): each word a given name, the third the last
        if ((title.isupper() and token.isupper() and len(token) > 1 and not initial
                and not capitals_name_goes_on(token, after[word.end():],
                                              ctx.res.register.given_names,
                                              first_names(ctx.res.patterns, ctx.res.register)))
                or full == 3
                or (word.group().endswith(".") and len(token) > 2 and not initial)  # `Clark. Def`
                or token != whole):
            break
    return words[-1] if words else 0


def _headline_verb(token: str, rest: str) -> bool:
    """(cables87) A headline's verb in title case right after the title, a word in title
    case after it (`Ambassador Presents Credentials to President`, `Ambassador Meets
    Minister`): the title names no one (the verb's -s form only)."""
    return token.endswith("s") and bool(_HEADLINE_NEXT.match(rest))


_HEADLINE_NEXT = re.compile(r"\s[A-Z][a-z]")


def _title_case_verb(token: str, ctx: Context) -> bool:
    """(frus67) A subject line's verb in title case after the name's first word (`Ambassador
    Dubs Kidnapped`, `Secretary Vance Meets Gromyko`): a common verb's form (tables
    `capitals-common-verbs`, `-words`) that no register surname or given name is."""
    word = fold(token)
    return token.istitle() and word in capitals_common_words(ctx.res.patterns) \
        and word.endswith(("ed", "s")) and not ctx.res.register.persons_by_surname(word) \
        and word not in ctx.res.register.given_names


# (cables92) an abstract noun's ending, no surname's (`THE MAJOR PORTION OF`, `CANNOT JUDGE
# TOPICALITY OF`, `THE GENERAL DIRECTION`): a title word read as an adjective or verb before it
# (cables97) and their plurals (`MAJOR CONFRONTATIONS`, Beirut 1978)
_ABSTRACT = ("ity", "tion", "sion", "ness", "ism", "ities", "tions", "sions", "isms")
_ABSTRACT_LEAST = 6  # letters: `PORTION`, never `ISM` or `SION` alone


def _common_capitals_word(token: str, ctx: Context) -> bool:
    """Whether `token`, in capitals, is a common English word that begins no name after a
    title (`COMMUNICATE`, `PAID`; an abstract noun, `PORTION`) and no register person's
    surname or given name is."""
    word = fold(token)
    abstract = len(word) > _ABSTRACT_LEAST and word.isalpha() and word.endswith(_ABSTRACT)
    return (token.isupper() and (word in capitals_common_words(ctx.res.patterns) or abstract)
            and not ctx.res.register.persons_by_surname(word)
            and word not in ctx.res.register.given_names)


_CAPITALS_WORD = re.compile(r"[A-Z][A-Z'’-]*+")


def capitals_name_end(piece: str, start: int, end: int, ctx: Context) -> int:
    """(lead96) Where a name in capitals after an honorific (`MRS. PERON STOOD BESIDE HIM`,
    `MR. JOHN SMITH ARRIVED`) ends: before its first common capitals word after the first
    (`_common_capitals_word`, as after a title) or verb of speech (`MRS. PERON SAID`, though
    `Said` is a name too); `end` when the run is not in capitals."""
    if not piece[start:end].isupper():
        return end
    speech = ctx.res.patterns.words("speech-verbs")
    for word in list(_CAPITALS_WORD.finditer(piece, start, end))[1:]:
        if word.group().casefold() in speech or _common_capitals_word(word.group(), ctx):
            return len(piece[:word.start()].rstrip())
    return end


@lru_cache(maxsize=4)
def capitals_common_words(patterns: Patterns) -> frozenset[str]:
    """The words of tables `capitals-common-verbs` and `capitals-common-words`, each `verb`
    with its -s, -ed and -ing forms (a `name-verb`, `grant`, with these only)."""
    words = set()
    table = {**patterns.words("capitals-common-verbs"), **patterns.words("capitals-common-words")}
    for word, kind in table.items():
        if kind in ("verb", "name-verb"):
            words |= _verb_forms(word) - ({word} if kind == "name-verb" else set())
        else:
            words.add(word)
    return frozenset(words)


def _verb_forms(verb: str) -> set[str]:
    """`verb` with its -s, -ed and -ing forms (`agree`: agrees, agreed, agreeing; `apply`:
    applies, applied; `plan`: planned, planning); a form too many is harmless."""
    if verb.endswith("e"):
        return {verb, f"{verb}s", f"{verb}d", f"{verb[:-1]}ing", f"{verb}ing"}
    if verb.endswith("y") and verb[-2:-1] not in ("a", "e", "o", "u"):
        return {verb, f"{verb[:-1]}ies", f"{verb[:-1]}ied", f"{verb}ing"}
    ending = "es" if verb.endswith(("s", "sh", "ch", "x", "z", "o")) else "s"
    forms = {verb, verb + ending, f"{verb}ed", f"{verb}ing"}
    if len(verb) > 2 and verb[-1] not in "aeiouwxy" and verb[-2] in "aeiou" \
            and verb[-3] not in "aeiou":
        forms |= {f"{verb}{verb[-1]}ed", f"{verb}{verb[-1]}ing"}  # `plan`: planned
    return forms
