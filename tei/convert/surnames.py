"""Telling persons of one surname apart: by the initials written before it (`W. G. Hayter`)
and by the title words before it matched against the register's occupations (`Senator
Vandenberg`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tei.convert.eastasian import family_first
from tei.convert.lifespan import born_by, in_office, in_office_reach, living_in
from tei.convert.model import Mark
from tei.convert.name_index import without_honorific, without_suffix
from tei.convert.namerules import DIGRAPH_INITIAL
from tei.convert.register import Entry
from tei.convert.romanised import fold

if TYPE_CHECKING:
    from tei.convert.context import Context
    from tei.convert.loading import Resources
    from tei.convert.patterns import Patterns
    from tei.convert.spans import Spans


# words of a title that name no post (`General of the Army`: `of`, `the`)
_JOINERS = frozenset({"of", "the", "for", "and", "to", "in", "at", "de", "du", "des"})
_WORD = re.compile(r"[^\W\d_]{2,}")
_ABBREVIATED = 3  # letters of a title word that may abbreviate a longer one
# not right after a word that makes an office a lower rank of it (`Assistant Secretary of
# State` is no `Secretary of State`)
_LOWER_RANK = "".join(rf"(?<!{word}[ -])" for word in (
    "Assistant", "Under", "Deputy", "Vice", "Acting", "Associate", "Principal"))


def full_name_surname(form: str, reg: str, family_first: bool = False) -> str:
    """The surname a person's name written in full gives (`John Foster Dulles`: `Dulles`),
    for the surname's later bare mentions (leftover24): the form's last word when it has
    two words or more and ends as the register's name does, in mixed case; (misses48) the
    first of a name written `family_first` as the register's begins (`Wang Kuo-chuan`:
    `Wang`); else ``."""
    words = without_suffix(form.split())
    at = 0 if family_first else -1
    surname = words[at] if len(words) > 1 else ""
    last = without_suffix(reg.split())[at]
    return surname if surname == last and surname.isalpha() and surname[:1].isupper() \
        and not surname.isupper() else ""


def note_full_name(form: str, entry: Entry, ctx: Context) -> None:
    """Keep the surname of register person `entry`, named in full by `form`, for its later
    bare mentions (`full_name_surname`; misses48: an East Asian name's family name)."""
    if entry.kind == "person" and (surname := full_name_surname(
            form, entry.reg, family_first(entry.reg, ctx.res.patterns))):
        ctx.note_surname(surname)


def note_full_names(piece: str, spans: list[tuple[int, int]], ctx: Context) -> None:
    """(misses48) Keep the family name of each East Asian name of two words or more that
    `spans` of `piece` read whole (`Wang Kuo-chuan`: `Wang`), register person's or not, for
    its later bare mentions, before the piece's bare surnames are looked for; and the short
    forms the piece declares (`note_declared_shorts`)."""
    for a, b in spans:
        words = piece[a:b].split()
        if len(words) > 1 and words[0].isalpha():
            ctx.note_surname(words[0])
    note_declared_shorts(piece, ctx)


# (wcda60) a record's declared short form after a full name (`Mao Zedong (hereafter Mao):`,
# `Kim Il Sung (hereinafter referred to as Kim)`), however short: its speaker labels use it
_DECLARED_SHORT = re.compile(r"\((?:hereafter|hereinafter)(?:\s++(?:referred\s++to\s++as|called))?"
                            r"\s++(?P<short>[A-Z][a-z'’-]{1,20}+)\)")


def note_declared_shorts(piece: str, ctx: Context) -> None:
    """Keep the short forms `piece` declares right after a register person's full name that
    holds them (`Kim Il Sung (hereafter Kim)`) as surnames of persons met, even of fewer
    than four letters, for their later bare mentions (`Kim:`): whose they are is told as for
    any surname."""
    for found in _DECLARED_SHORT.finditer(piece) if "here" in piece else ():
        short, before = found.group("short"), piece[:found.start()].rstrip()
        if any(m.entry.kind == "person" and m.end == len(before)
               and short in before[m.start:].split() for m in ctx.res.register.find(before)):
            ctx.local_surnames.add(short)
            ctx.longest_surname = max(ctx.longest_surname, len(short))


def in_office_then(persons: list[Entry], year: int | None) -> list[Entry]:
    """Of several persons who fit a name, those whose dated offices reach `year` (`Sir N.
    Henderson` in 1939: Nevile, the ambassador to Germany, not Nicholas of 1979), when any
    do; else all of them."""
    if len(persons) < 2 or year is None:
        return persons
    return [e for e in persons if in_office_reach(e, year)] or persons


def one_fitting(persons: list[Entry], title: str, posts: dict[str, str]) -> Entry | None:
    """The one of `persons`, or when several, the one whose occupation holds the title
    words before the name, the most of them that any holds (`Senator Vandenberg`: Arthur,
    the senator, not Hoyt, the general; `Assistant Secretary Parsons`); the title is not the
    start of a longer office (`General Kim` is not the `General Secretary`), those holding
    the office itself before those holding a lower rank of it (`Secretary of State Rogers`:
    William P., not William D., Assistant Secretary of State); and never one
    whose recorded occupations hold none of the title's posts (`posts`: the post-titles
    table, `Ambassador Chou` is not Premier Zhou); (names93) of several, those holding
    them first (`General Jones` in 1975: David C. Jones, not Lord Chalfont)."""
    words = title.split()
    persons = [e for e in persons if holds_posts(e, words, posts)] or persons  # (names93)
    persons = most_title_words(persons, title)
    for k in range(len(words)) if len(persons) > 1 else ():
        body = rf"\b{_phrase(words[k:])}\b(?!\s+(?-i:[A-Z]))"
        holding = [e for e in persons if re.search(f"(?i){body}", _occupation(e))]
        whole = [e for e in holding if re.search(f"(?i){_LOWER_RANK}{body}", _occupation(e))]
        if holding:  # the office itself before a lower rank of it (`Assistant Secretary`)
            persons = whole or holding
            break
    return persons[0] if len(persons) == 1 and holds_posts(persons[0], words, posts) else None


def fitting_in_year(persons: list[Entry], title: str, posts: dict[str, str],
                    year: int | None) -> Entry | None:
    """The one of several `persons` the title fits (`one_fitting`), those holding a dated
    office in the document's `year` first (`Senator Kennedy` in 1960: John F., not Edward
    M., a senator from 1962)."""
    serving = [e for e in persons if year and in_office(e, year)]
    return (serving and one_fitting(serving, title, posts)) or (
        one_fitting(persons, title, posts) if len(persons) > 1 else None)


# (cables92) the telegraphese contractions of a title's words (`ASST SECY ROGERS`, Brasilia
# 1975: the Assistant Secretary of State, William D. Rogers)
_CONTRACTED = {"asst": "assistant", "secy": "secretary"}


def _phrase(words: list[str]) -> str:
    """The regex of title words in an occupation; a short one may be abbreviated (`Gen`,
    `Adm.`: `General`, `Admiral`), a contracted one stands for its word (`Asst`, `Secy`)."""
    words = [_CONTRACTED.get(w.rstrip(".").casefold(), w) for w in words]
    return r"\s+".join(re.escape(w.rstrip(".")) + (r"\w*" if len(w.rstrip(".")) <= _ABBREVIATED
                                                   and w.rstrip(".").isalpha() else "")
                       for w in words)


def most_title_words(persons: list[Entry], title: str) -> list[Entry]:
    """Those of `persons` whose occupations hold the most words of `title` (`MILITARY
    GOVERNOR GENERAL ARNOLD`: the Military Governor of Korea, not the Commanding General of
    the Air Forces), when it has two such words or more; else all of them."""
    words = {w.casefold() for w in _WORD.findall(title)} - _JOINERS
    if len(persons) < 2 or len(words) < 2:
        return persons
    counts = [len(words & {w.casefold() for w in _WORD.findall(_occupation(p))})
              for p in persons]
    best = max(counts)
    return [p for p, n in zip(persons, counts, strict=True) if n == best] if best else persons


def holds_posts(entry: Entry, title: list[str], posts: dict[str, str]) -> bool:
    """Whether `entry`'s occupations (when the register records any) hold the post that the
    last word of `title`, the one before the name, names."""
    occupation = _occupation(entry)  # (names93) the word before the name: `General
    return not occupation or all(  # Secretary Hu` names no general
        re.search(posts[word], occupation) for word in (w.casefold() for w in title[-1:])
        if word in posts)


_OFFICE_WORDS = 2  # words of an office a namesake's occupations must hold to be told by it


def may_be_named(entry: Entry, form: str, ctx: Context) -> bool:
    """May `form`, in running text, name the register's `entry` in the document's year:
    a person born by then (`lifespan.born_by`), and (names93) named by a military rank
    (`General Lee`, a register form of Robert E. Lee) only while living: in 1942 a rank
    names a serving officer (John C. H. Lee), not a general dead since 1870, when the
    register has one of that surname living then (`General de Gaulle` in 1975 is still
    Charles de Gaulle, dead in 1970: the register has no other)."""
    words = form.split()
    posts = ctx.res.patterns.words("post-titles")
    rank = len(words) > 1 and re.search(posts.get(words[0].casefold(), "^$"), "army officer")
    serving = rank and not living_in(entry, ctx.year) and any(
        other is not entry and _occupation(other) and living_in(other, ctx.year)
        and holds_posts(other, words[:1], posts)
        for other in ctx.res.register.persons_by_surname(words[-1]))
    return born_by(entry, ctx.year) and not serving


def title_sex(title: str, patterns: Patterns) -> str | None:
    """The sex the courtesy title that ends `title` tells (table `gendered-titles`: `Mrs.`
    F, `Herr` M), None for another title or none."""
    words = title.split()
    return patterns.words("gendered-titles").get(words[-1].casefold()) if words else None


def of_told_sex(named: list[Entry], sex: str | None) -> list[Entry]:
    """Of the persons a document `named` by a surname, those a courtesy title of `sex` may
    name (`Mrs. Eisenhower`: no man); (names94) by the surname alone, those of the sex of
    the register's person the surname matched (`Nhu` after `Mme. Nhu`, a local woman for
    want of her register entry: her husband, Ngo Dinh Nhu); all where no sex is told."""
    return [e for e in named if not sex or e.element.get("sex") in (None, sex)]


def sexed(named: list[Entry], title: str, ctx: Context) -> list[Entry]:
    """(names94) Of persons of a surname, those the courtesy title ending `title` may name
    (`Madame Sun`: Soong Ching-ling, named `Madame Sun Yat-sen`, not Sun Yat-sen)."""
    return of_told_sex(named, title_sex(title, ctx.res.patterns))


def of_sex(surname: str, sex: str, ctx: Context, title: str = "") -> Entry:
    """The person a surname after a courtesy title of `sex` names when the register's person
    of that surname is of the other (`Mrs. Reagan`): (names94) the register's person who
    carries the titled form (`Madame Nhu`, `Mme. Nhu`: Tran Le Xuan, not her husband Ngo Dinh
    Nhu); the register's one namesake of that sex living in the document's year (Nancy
    Reagan; `Madame de Gaulle`: Yvonne); else a local person of it. (names94) After the
    title, the husband's full name (`Mrs. Dusan Kveder`) names a local wife by it."""
    words = surname.split()
    given = len(words) > 1 and words[0][:1].isupper()  # `Dusan Kveder`, not `de Gaulle`
    titled = [ctx.res.register.lookup(f"{label.capitalize()} {surname}") for label, told
              in ctx.res.patterns.words("gendered-titles").items() if told == sex]
    fitting = [e for e in titled if e is not None and e.kind == "person"][:1] or [
        e for e in ctx.res.register.persons_by_surname(words[-1])
        if e.element.get("sex") == sex and living_in(e, ctx.year) and not given]
    if len(fitting) == 1:
        return ctx.use(fitting[0])
    local = ctx.local_person(f"{title.split()[-1]} {surname}" if given and title else surname, 1)
    local.element.set("sex", sex)
    return local


def bracketed_namesake(name: str, before: str, ctx: Context) -> Entry | None:
    """The register person a surname in brackets after an office names (`before`: the
    text up to the bracket) when the register has several of that surname living then
    (`the Director of Central Intelligence (Dulles)`: Allen Dulles, not John Foster; `the
    Acting Secretary of Defense (Anderson)`: Robert B., not Dillon; frus36): the one whose
    occupations hold the most of the office's words, at least two and more than any
    other's."""
    persons = [e for e in ctx.res.register.persons_by_surname(name) if living_in(e, ctx.year)]
    if not before.endswith("(") or len(persons) < 2:
        return None
    words = {w.casefold() for w in _WORD.findall(re.split(r"[(),]", before[:-1])[-1])}
    counts = sorted(((len((words - _JOINERS) & {w.casefold() for w in _WORD.findall(
        _occupation(e))}), k) for k, e in enumerate(persons)), reverse=True)
    (best, k), (second, _) = counts[0], counts[1]
    return ctx.use(persons[k]) if best >= _OFFICE_WORDS and best > second else None


def _occupation(entry: Entry) -> str:
    return " ".join("".join(o.itertext()) for o in entry.element.iterfind("{*}occupation"))


def given_names(text: str, start: int, end: int, ctx: Context) -> str:
    """The given names (and the space after them) written right before the surname
    `text[start:end]` of a local person of the document whose name has them, else ''."""
    surname = text[start:end]
    for entry in ctx.local_persons(surname):
        words = entry.reg.split()
        given = " ".join(words[:-1]) + " "
        if len(words) > 1 and words[-1] == surname and text.startswith(given, start - len(given)) \
                and start >= len(given):
            return given
    return ""


def inverted_names(piece: str, spans: list[tuple[int, int]],
                   marks: list[tuple[int, int, Mark]]) -> list[tuple[int, int, Mark]]:
    """`marks` with each name position written surname first (`RATANOV, A.P.`, a span of
    `spans` holding a comma) marked whole as the one register person its surname names, so
    that its initials start no name of their own (`A.P. Issue`)."""
    out = list(marks)
    for start, end in spans:
        if "," not in piece[start:end]:
            continue
        inside = [m for m in out if start <= m[0] and m[1] <= end]
        refs = {m[2].attrs.get("ref") for m in inside}
        astride = any(m[0] < end and m[1] > start for m in out if m not in inside)
        if len(refs) == 1 and not astride and all(m[2].tag == "persName" for m in inside):
            out = [m for m in out if m not in inside]
            out.append((start, end, Mark("persName", {"ref": refs.pop()}, [piece[start:end]])))
    return out


# (misses22) a Soviet attendance list's name written surname first with the initials after
# the comma (`Kuznetsov, V.V.;`, `Andropov, Iu.V.`): the initials end at a list's stop
# (speed26: the surname's capital before the look behind it, which `re` scans for)
INVERTED_INITIALS = re.compile(
    rf"(?P<surname>[A-Z](?<![\w.].)[a-z][\w'’-]+),\s?(?P<initials>(?:(?:{DIGRAPH_INITIAL}|[A-Z])"
    r"\.\s?){1,3})(?=[;,]|\.?$|\s+(?:and|i)\s)")


def inverted_initials(piece: str, taken: Spans, ctx: Context) -> list[tuple[int, int, Mark]]:
    """Marks of the names written `Surname, I.I.` whose surname no mark has taken, when the
    register knows the name as `I.I. Surname` (a surname alone may not be a variant:
    `Kuznetsov` is also a cover name)."""
    marks = []
    for found in INVERTED_INITIALS.finditer(piece) if ", " in piece or ",I" in piece else ():
        start, end = found.span()
        initials = found.group("initials").strip()
        if taken.overlaps(start, end):
            continue
        entry = next((e for e in (ctx.res.register.lookup(f"{form} {found.group('surname')}")
                                  for form in (initials, initials.replace(". ", ".")))
                      if e is not None and e.kind == "person"), None)
        if entry is not None:
            taken.add(start, end)
            marks.append((start, end, Mark("persName", {"ref": f"#{ctx.use(entry).id}"},
                                           [piece[start:end]])))
    return marks


def of_first_surname(name: str, ctx: Context) -> Entry | None:
    """(wcda72) The register's person a Spanish or Portuguese full name gives with its second
    (mother's) surname after the one the register keeps (`Carlos Olivares Sánchez`, an
    index's `Olivares Sánchez, Carlos`, is Carlos Olivares): the name without its last word
    is the register person's whole name; no East Asian name (`Kim Il Sung` is no `Kim Il`)."""
    words = name.split()
    if len(words) < 3 or not words[-1][:1].isupper() or family_first(name, ctx.res.patterns):
        return None
    shorter = " ".join(words[:-1])
    entry = ctx.res.register.lookup(shorter)
    if entry is None or entry.kind != "person" or family_first(entry.reg, ctx.res.patterns):
        return None
    return entry if entry.reg.split()[-1] == words[-2] else None


def form_surnames(form: str, res: Resources) -> list[str]:
    """The surnames besides its register name's last word by which a register person the
    document names in full in `form` is named alone after it: the family name of a
    family-first form (`Chi Peng-fei`: `Chi`, global76); (cables92) the father's surname of
    a Spanish form of three words (`Carlos Lopez Contreras`: `Lopez`); (names94) the
    husband's surname in a wife's titled form (`Madame Sun Yat-sen`: `Madame Sun` after it)."""
    words = form.split()
    if len(words) > 2 and res.patterns.words("gendered-titles").get(words[0].casefold()):
        return local_surnames(" ".join(words[1:]), res)[:1]  # (names94) `Madame Sun Yat-sen`
    if len(words) > 1 and family_first(form, res.patterns):
        return [words[0]]
    return local_surnames(form, res)[1:] if len(words) == 3 else []


def local_surnames(reg: str, res: Resources) -> list[str]:
    """The surnames a local person's name `reg` is found by alone later: its family name
    (the first word of an East Asian name), else its last word; (cables92) and the father's
    surname of a Spanish name of a given name and two surnames (`Carlos Lopez Contreras`:
    `Lopez` too, a Honduran minister in a cable of 2009), the middle word no given name."""
    if family_first(reg, res.patterns):
        return [reg.split()[0]]
    words = without_honorific(reg.split())
    found = [words[-1]]
    given = res.register.given_names
    if len(words) == 3 and fold(words[0]) in given and fold(words[1]) not in given \
            and all(w.isalpha() and w.istitle() for w in words):
        found.append(words[1])
    return found


# (ocr96) an OCR's one misread letter in a surname the document named in full before it:
# letters a typescript's scan confuses (round, thin and arched strokes)
_CONFUSED = (frozenset("aeocs"), frozenset("iltfj1"), frozenset("nurmhb"))
_SHORTEST_MISREAD = 5


def misread_named(name: str, ctx: Context) -> Entry | None:
    """(ocr96) The one person the document has already named in full whose surname `name`,
    a surname alone, gives with one letter misread by the OCR (`Mr. Hearet` after `William
    Randolph Hearst`: the scan's `s` read as `e`), both letters of one stroke family; None
    for a shorter word, another first letter, or when two persons fit."""
    word = name.strip()
    if len(word) < _SHORTEST_MISREAD or not word.isalpha() or not word.istitle():
        return None
    folded = word.casefold()
    fits: dict[str, Entry] = {}
    for surname in ctx.local_surnames:
        other = surname.casefold()
        if len(other) != len(folded) or other[0] != folded[0] or other == folded:
            continue
        pairs = [(a, b) for a, b in zip(folded, other, strict=True) if a != b]
        if len(pairs) == 1 and any(set(pairs[0]) <= family for family in _CONFUSED):
            fits |= {entry.id: entry for entry in ctx.named_by_surname(surname)}
    return next(iter(fits.values())) if len(fits) == 1 else None
