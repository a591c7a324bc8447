"""The words around a name in running text that tell which entity it is: a title before
it, a country before an organisation, an `of the ...` qualifier after it, a plural noun
after it, an office symbol set after it in a participants list."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from tei.convert.context import Context
from tei.convert.namerules import DIGRAPH_INITIAL
from tei.convert.patterns import Patterns
from tei.convert.register import Entry, NameMatch
from tei.convert.spans import Spans
from tei.convert.states import capital_country


def qualifier(piece: str, match: NameMatch, found: list[NameMatch],
              countries: frozenset[str]) -> str:
    """`of the Mongolian People's Republic` after an organisation's name (`Ministry of
    Foreign Affairs`; `del Perú`, `de la République ...`, `do Brasil`, `der DDR`): the
    words from `of` to the end of the place named next; a country
    (an entry of `countries`) in parentheses after a person's name (`Martin (Canada)`,
    `Keating (New Zealand, Council President)`),
    not a city, where the person is posted (`Ambassador Asakai (Washington)`); '' when no
    place follows the name that way."""
    if match.entry.kind == "person":
        opened = _PARENTHESIS.match(piece, match.end)
        place = next((m for m in found if opened and m.start == opened.end()
                      and m.entry.kind == "place" and m.entry.id in countries), None)
        # (misses36) or before a comma and the person's role (`Keating (New Zealand, Council
        # President)`: a Security Council report's members)
        return piece[match.end:place.end + 1] if place and \
            piece[place.end:place.end + 1] in (")", ",") else ""
    if match.entry.kind != "org":
        return ""
    joined = _OF_THE.match(piece, match.end)
    place = next((m for m in found if joined and m.start == joined.end()), None)
    # (misses40) or a body of the organisation named next (`the Political Bureau of the
    # Korean Workers' Party`): that organisation's body, none of another's
    if place and (place.entry.kind == "place" or (place.entry.kind == "org"
                                                  and place.entry != match.entry)):
        return piece[match.end:place.end]
    # (ocr64) or, in a heading's capitals, a country set right after the name without `of`
    # (a Soviet cipher telegram's `TO THE MINISTRY OF FOREIGN AFFAIRS USSR`)
    after = next((m for m in found if m.start == match.end + 1 and m.entry.kind == "place"
                  and m.entry.id in countries), None)
    if after and piece[match.end] == " " and piece[match.start:after.end].isupper():
        return piece[match.end:after.end]
    # (lead75) or a capital city after a comma, the seat (`To the Ministry of Foreign Affairs,
    # Ankara`: Turkey's; `org_country.of_place` reads the city's country)
    seat = next((m for m in found if m.start == match.end + 2 and m.entry.kind == "place"
                 and piece[match.end:m.start] == ", " and capital_country(m.entry)), None)
    if seat:
        return piece[match.end:seat.end]
    # (session 27) or a party named right before the body (`Italian Communist Party Congress`)
    party = next((m for m in found if m.end + 1 == match.start and piece[m.end] == " "
                  and m.entry.kind == "org" and _PARTY.search(m.entry.reg)), None)
    return f" of the {piece[party.start:party.end]}" if party else ""


def country_before(text: str, start: int) -> str:
    """The capitalised words (and `of`, `the` among them) that run into a name at `start`
    with no stop between: the country they may name."""
    found = _COUNTRY_BEFORE.search(text, max(0, start - 60), start)
    return found.group() if found else ""


def before_plural_noun(text: str, at: int) -> bool:
    """Does a lower-case word ending in `s` (`leaders`, `officials`) follow `at`?"""
    following = text[at:at + 40].split(maxsplit=1)
    word = following[0].rstrip(".,;:") if following and text[at:at + 1].isspace() else ""
    return len(word) > 3 and word.isalpha() and word.islower() and word.endswith("s")


def title_before(text: str, start: int, joiners: frozenset[str] = frozenset()) -> str:
    """The capitalised words (three at most, besides the `joiners` within a title of the
    table: `of`, `for`) standing just before a name (`Assistant Secretary` before
    `Parsons`, `Secretary of State` before `Rogers`): the title it may be told by."""
    run: list[str] = []
    for word in reversed(text[max(0, start - 80):start].split()[-5:]):
        if not word[:1].isupper() and not (word in joiners and run):
            break
        run.insert(0, word)
        if sum(w[:1].isupper() for w in run) == 3:
            break
    while run and run[0] in joiners:
        run.pop(0)
    return " ".join(run)


# a country's name or adjective right before an organisation's, no stop between (`People's
# Republic of China Ministry of Foreign Affairs`, `the Polish MFA`)
_COUNTRY_BEFORE = re.compile(r"(?:(?<![\w'’])[A-Z][\w'’-]*+\s++(?:(?:of|the)\s++)?){1,4}$")
# `of` (and its article) before a country after an organisation's name, in English,
# Spanish, French, Portuguese, Italian, German (`DEL PERÚ`, `de la République du Sénégal`)
_PARTY = re.compile(r"(?i)\bparty\b")
_OF_THE = re.compile(r"\s(?i:of\s(?:the\s)?|del\s|de\s(?:la\s|los\s|l['’])?|d['’]|du\s"
                     r"|do\s|da\s|della\s|dello\s|di\s|der\s|des\s|von\s)")
# `of the` after a title's end, before or after its space (linear on long space runs)
# (other37) or the Romance `of` (`ambasciatore di Francia`, `Embajador de España`, `Ministre des
# Affaires ...`; misses48: the Portuguese `da`, `do`, `dos`, `das`: `Ministro da Alemanha`): a
# place's or a body's name after it, no person's particle
_TITLE_OF = re.compile(r"(?:(?<![^\S\n])[^\S\n]*+|(?<=[^\S\n]))"
                       r"(?:of|di|de|del|della|des|du|da|do|dos|das)[^\S\n]++(?:(?:the|la|el|lo)[^\S\n]++)?")
_PARENTHESIS = re.compile(r"[^\S\n]?\(")
# one or two capitalised words right before an opening parenthesis
# (wc54) or the surname after its initials (`A. Lukanov (Bulgaria), I. Huszár (Hungary)`, a
# Comecon or Warsaw Pact meeting's attendance)
_NAME_BEFORE = re.compile(rf"(?<![\w'’.-])(?:(?:(?:{DIGRAPH_INITIAL}|[A-Z])\.[^\S\n]?){{1,3}}"
                          r"|[A-Z][\w'’-]++[^\S\n])?[A-Z][\w'’-]++(?=[^\S\n]?\($)")
_PLACE_WORDS = frozenset({"in", "at", "of", "from", "to", "near", "via"})


def without_office(name: str, ctx: Context) -> str:
    """A name without the office symbol a participants list sets after it (`Tyler EUR`,
    `Toon EUR/EE`) or a possessive (`Hollweck's`, `Jenkins'`): they stay outside the
    name's element, as after a register name (`Moscow's`)."""
    trimmed = ctx.trimmed(name)
    return trimmed if trimmed and name.startswith(trimmed) else name


def after_country(piece: str, at: int, ctx: Context) -> int:
    """Where the name after a title at `at` begins: after the title's country or body, an
    `of` or `of the` and a register place or organisation (`Deputy Foreign Minister of the
    Lao PDR Khamphay Boupha`), else at `at`."""
    joined = _TITLE_OF.match(piece, at)
    if joined is None:
        return at
    named = ctx.res.register.find(piece[joined.end():joined.end() + 80], ("place", "org"))
    return joined.end() + named[0].end if named and named[0].start == 0 else at


# a decimal file number before a subject file's words (`740.00119 Control (Germany)/10–1245`:
# the file's subject and country, no person; frus35)
_FILE = re.compile(r"^\d{3}\.\w++$")


def country_qualified(piece: str, found: list[NameMatch], taken: Spans,
                      ctx: Context, line: int) -> list[tuple[int, int, Entry]]:
    """The persons named by one or two capitalised words the register lacks set before a
    country in parentheses (`Sharp (Canada)`, `Cabot Lodge (USA)`: a meeting record's
    delegates; countries of the `country-adjectives` table), each with its entry (the
    register person of that country, else local); not a word after a preposition, a
    place's (`in Sherbrooke (Canada)`), nor a decimal file's subject (`740.00119 Control
    (Germany)`); (wc54) a surname after its initials (`A. Lukanov (Bulgaria)`) is the person
    its initials fit, as elsewhere. `taken` gets their spans."""
    out = []
    countries: set[str] | None = None  # worked out at the first name in parentheses
    for place in found:
        if piece[place.start - 1:place.start] != "(" or piece[place.end:place.end + 1] != ")":
            continue
        if countries is None:
            countries = set(ctx.res.patterns.words("country-adjectives").values())
        if place.entry.id not in countries:
            continue
        name = _NAME_BEFORE.search(piece, max(0, place.start - 60), place.start)
        before = piece[:name.start()].split()[-1:] if name else []
        if name is None or taken.overlaps(name.start(), name.end()) or (
                before and (before[0].casefold() in _PLACE_WORDS or _FILE.match(before[0]))) \
                or not ctx.plausible_name(name.group()):
            continue
        taken.add(name.start(), name.end())
        out.append((name.start(), name.end(), ctx.person(name.group(), line)
                    if "." in name.group() else ctx.person_of_country(  # initials tell (wc54)
                        name.group(), piece[name.end():place.end + 1], line)))
    return out


# (misses23) `Assistant Secretary`, `Second Secretary`, `Minister Plenipotentiary`: the words
# that go with a role word after a signer's name (`John H. F. Campbell Minister Plenipotentiary`)
_ROLE_PREFIXES = frozenset({"deputy", "vice", "first", "acting", "candidate", "alternate",
                            "assistant", "second", "third", "plenipotentiary"})
_WORD = re.compile(r"\S+")


@lru_cache(maxsize=4)
def _role_words(patterns: Patterns) -> frozenset[str]:
    """The words that open a role after a name (`before_role`), read once per tables."""
    return frozenset({*patterns.words("apposition-roles"), *patterns.words("participant-roles"),
                      *_ROLE_PREFIXES})


def before_role(piece: str, start: int, end: int, ctx: Context) -> int:
    """End of a name run after an honorific cut before the role a participants list sets
    after the name without a comma (`Comrade Shumilov Head of KGB Representation`,
    `Comrade Wolf Deputy of the Minister`, `Comrade Blinov Interpreter`, misses22): a word
    of the `apposition-roles` or `participant-roles` tables (or a `Deputy` before one), not
    the run's first, followed by `of`, another such word or the run's end at the line's."""
    roles = _role_words(ctx.res.patterns)
    words = list(_WORD.finditer(piece, start, end))
    for k, word in enumerate(words[1:], 1):
        if word.group().casefold() not in roles:
            continue
        after = words[k + 1].group().casefold() if k + 1 < len(words) else None
        if after in roles or (after is None and (
                not piece[end:].strip() or re.match(r"^\s++of\b", piece[end:]))):
            return len(piece[:word.start()].rstrip())
    return end


# (misses22) a title in apposition after a name, up to the next comma or a `to` (a catalogue
# summary's `Lyons, British Minister at Washington, to Russell, 27 September 1859`)
_APPOSED_TITLE = re.compile(r",\s++(?:the\s++)?(?P<title>[A-Z][\w'’-]*+(?:\s++(?:[A-Z][\w'’-]*+"
                            r"|at|in|to|of|for|the)){0,6}?)(?=,|\s++to\b|$)")
_PREPOSITION_BEFORE = re.compile(r"(?i)\b(?:at|in|to|from|of|near|via)\s++$")


def office_holders(piece: str, found: list[NameMatch], ctx: Context) -> list[NameMatch]:
    """`found` with a place's name that is the surname of a register person named by the
    title set after it in apposition (`Lyons, British Minister at Washington, to Russell`:
    Lord Lyons, not the city) read as that person: the one person of that surname whose
    recorded occupation holds the title's words; not after a preposition (`at Lyons`)."""
    return [_holder(piece, match, ctx) if match.entry.kind == "place" else match
            for match in found]


def _holder(piece: str, match: NameMatch, ctx: Context) -> NameMatch:
    apposed = _APPOSED_TITLE.match(piece, match.end)
    if apposed is None or _PREPOSITION_BEFORE.search(piece, 0, match.start):
        return match
    # (cables83) the title's whole words (a cable's TAGS `UK, IC, NATO`: `IC` is no title
    # inside `Vice President`)
    title = re.compile(rf"\b{re.escape(apposed.group('title').casefold())}\b")
    holders = [e for e in ctx.res.register.persons_by_surname(match.form)
               if title.search(" ".join("".join(o.itertext()) for o in e.element.iterfind(
                   "{*}occupation")).casefold())]
    return replace(match, entry=holders[0]) if len(holders) == 1 else match


def names_run_on(piece: str, found: list[NameMatch]) -> list[NameMatch]:
    """(misses37) A place's one word run on, in the same case, after a person's name of two
    words or more on its line is the person's further surname, not the place (`CLODOMIRO
    ALMEYDA MEDINA`, `Francisco Orrego Vicuña`): it is dropped (no tag beats a wrong one)."""
    ends = {m.end: piece[m.start:m.end] for m in found
            if m.entry.kind == "person" and len(piece[m.start:m.end].split()) >= 2}
    return [m for m in found if not (
        m.entry.kind == "place" and (name := ends.get(m.start - 1)) is not None
        and piece[m.start - 1] == " " and " " not in piece[m.start:m.end]
        and name.isupper() == piece[m.start:m.end].isupper())]


def word_before(text: str, start: int) -> str:
    """The word (any run of non-spaces) right before `start` across spaces, or '' when
    none is there or `start` is inside a word."""
    head = text[:start]
    words = head.split() if head[-1:].isspace() else []
    return words[-1] if words else ""
