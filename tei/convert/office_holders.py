"""A party given only as an office, resolved to the office's holder on the document's date.

A sender or addressee that is an office and no person (`The Secretary of State to All
Diplomatic ... Offices`, `Prime Minister of New Zealand to Secretary of State for Dominion
Affairs`, `Indian Ambassador to Italy`) is the one register person whose dated occupation
names that office of that country in the document's year, a year inside its span (`US
Secretary of State (1949-1953)` in 1950, not in 1949 or 1953). The office's country is the
role's own (an adjective before it, `of` a country after it), (ocr45) the one government's
that has such an office (`Secretary of State for the Colonies`) or, for a US form (FRUS,
State Department telegrams), the United States (a Colonial Office form's bare `Secretary of
State`: the Colonies'); an office without a country is never resolved, nor one two persons
held in that year.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from tei.cache import cached_data, content_key
from tei.convert import countries
from tei.convert.context import Context
from tei.convert.countries import country_words
from tei.convert.handovers import holder_on_day
from tei.convert.model import Action, Party
from tei.convert.patterns import Patterns
from tei.convert.register import Entry, Register
from tei.convert.romanised import fold
from tei.convert.states import capital_country, is_country
from tei.convert.zones import Segments

# an office with its years in an occupation: `Ambassador to Italy (1972-1975)`, `Prime
# Minister of the United Kingdom (1940-1945, 1951-1955)`
DATED_OFFICE = re.compile(
    r"(?<![^();])(?P<office>[^();]++)\((?P<years>(?:1[6-9]|20)\d\d[\d\s,–-]*+)\)")
YEAR_SPAN = re.compile(r"(?P<start>\d{4})(?:\s*+[-–]\s*+(?P<end>\d{4}))?")
_OF_END = re.compile(r"(?i)\sof\s(?:the\s)?$")  # before a country closing an office's name
# (ocr45) a colonial form's office and its territory parted by a comma (`Governor, Kenya`)
_COMMA_END = re.compile(r"(?i),\s(?:the\s)?$")
_JOINER = re.compile(r"(?i)^(?:and|first|then)\s++")
# a British telegram's heading line naming the sending office before the post it goes to
# (`CABINET OFFICE TO WASHINGTON`, `FROM FOREIGN OFFICE TO MOSCOW`): the office's words
# (or the State Department's form's name before the department: `INCOMING TELEGRAM Department
# of State`)
_OFFICE_TO = re.compile(r"(?i)^(?:from|(?:incoming|outgoing)\s++(?:telegram|airgram))\s++"
                        r"|(?<!\s)\s++to\s++[^,;]{2,40}$")
_STATE_STYLE = re.compile(r"(?i)\b(?:republic|kingdom|commonwealth|government)\b")
US_FORMS = frozenset({"frus", "us-cable", "state-form"})
US = "pla-united-states"
# (ocr97) the CIA reading room's record number (`CIA-RDP88B00443R001404110001-3`, the Kissinger
# papers' `LOC-HAK-549-1-28-1`): a US government paper, whose bare office is the United States'
# (`LETTER TO THE PRESIDENT FROM WILLIAM J. CASEY` in 1983: Reagan)
_US_RECORD = re.compile(r"^(?:CIA-RDP|LOC-HAK-)\d")


def us_record(seg: Segments) -> tuple[bool, bool]:
    """(a US form, a US paper): a State Department or FRUS form is both; (ocr97) a CIA reading
    room record a US paper only (its bare `Secretary` is no form's Secretary of State)."""
    form = (seg.form is not None and seg.form.name in US_FORMS) or "frus" in seg.layouts
    return form, form or any(_US_RECORD.match(ref) for ref in (
        *seg.references, *(line.text for line in seg.fields.get("source", []))))
# (person id, first year, last year) of each dated office by its (country id, title)
OfficeHolders = dict[tuple[str, str], tuple[tuple[str, int, int], ...]]


@dataclass(frozen=True)
class Office:
    """A dated office of the register: its country's place id, its words, its years."""

    country: str
    title: str
    start: int
    end: int


def resolve_offices(actions: list[Action], year: int | None, default_country: str | None,
                    ctx: Context, secretary: str = "",
                    sides: tuple[str | None, ...] = (), day: str = "") -> None:
    """Give each office-only party of `actions` its holder in `year` (an action already
    naming a person keeps its parties as they are); `secretary` is the office a bare
    `The Secretary` names (the letterhead's department's head: `letterhead_offices`);
    (dfat55) `sides`, each action's government by a British form's route line
    (`routing_sides`), stands for a default country the form does not give; (cw85) `day`,
    the document's date, picks the holder in a year of handover (`handovers`)."""
    if year is None:
        return
    for action, side in zip(actions, [*sides, *[None] * len(actions)], strict=False):
        if any(party.entry is not None and party.entry.kind == "person"
               for party in action.parties):
            if default_country:  # (cables83) a local surname signing a post's cable
                envoy_by_surname(action, year, default_country, ctx)
            continue
        for index, party in enumerate(action.parties):
            role = secretary if secretary and _title(party.role) == "secretary" else party.role
            holder = None if party.entry else office_holder(role, year, default_country or side,
                                                            ctx, day)
            if holder is None and party.entry is None and default_country and (
                    _title(role) in _ENVOYS or fold(_title(role)) in _CHARGES):
                holder = envoy_at_post(action, year, default_country, ctx, _office(role))
            if holder is not None:
                action.parties[index] = Party(ctx.use(holder), party.role)


# (cables74) an envoy named by his office alone (a channel line's `FOR AMBASSADOR`)
_ENVOYS = frozenset({"ambassador", "amb."})
_ENVOY_TO = "ambassador to "
# (cables89) the head of a post without an ambassador (`FOR THE SECRETARY FROM CHARGE`)
_CHARGES = frozenset({"charge", "chargé", "charge d'affaires", "chargé d'affaires"})
_CHARGE_IN = "chargé d'affaires in "


_SMALL_WORDS = frozenset({"of", "and", "the"})


def _office(role: str) -> str:
    """The dated office's opening words a bare envoy's role names."""
    return _CHARGE_IN if fold(_title(role)) in _CHARGES else _ENVOY_TO


def envoy_at_post(action: Action, year: int, country: str, ctx: Context,
                  office: str = _ENVOY_TO) -> Entry | None:
    """(cables74) The ambassador a bare `Ambassador` names at the post the action's other
    parties or place give (`EYES ONLY FOR AMBASSADOR` under `ACTION: Amembassy NEW DELHI`):
    the one register person who was `country`'s (the form's) `Ambassador to` the post's
    state in `year`, by the rule of `office_holder` (inside the span, or named at a handover);
    (cables89) a bare `Charge` the post's `Chargé d'affaires in` its state (`office`)."""
    register = ctx.res.register
    spans = _envoy_spans(action, country, ctx, office, year)
    holders = list(dict.fromkeys(ident for ident, start, end in spans if start < year < end))
    if holders:
        return register.entries[holders[0]] if len(holders) == 1 else None
    return _named_at_handover(spans, year, ctx) if spans else None


def _envoy_spans(action: Action, country: str, ctx: Context, office: str = _ENVOY_TO,
                 year: int | None = None) -> tuple[tuple[str, int, int], ...]:
    """The (holder, first year, last year) of every dated office of `country`'s (the form's)
    `Ambassador to` the state of the post the action's place or parties give."""
    register = ctx.res.register
    places = [action.place] if action.place is not None else []
    places += [match.entry for party in action.parties if party.entry is None and party.role
               for match in register.find(party.role, ("place",))]
    states = {place.id if is_country(place) else capital_country(place, year)
              for place in places}
    states.discard("")
    if len(states) != 1:
        return ()
    state = states.pop()
    return tuple(span for (own, title), found in _holders_by_office(
        register, ctx.res.patterns).items() if own == country and title.startswith(office)
        and _state_named(title[len(office):], state, register) for span in found)


def envoy_by_surname(action: Action, year: int, country: str, ctx: Context) -> None:
    """(cables83) A post's cable signed with a surname the register gives no one alone (a
    local person `Brown` for `BROWN` under Amman's cable of 1970): the person is the post's
    ambassador of that surname in that year, its first and last years too (`envoy_at_post`'s
    offices), when there is one such; the local person becomes him."""
    for index, party in enumerate(action.parties):
        entry = party.entry
        if entry is None or entry.kind != "person" or entry.id in ctx.res.register.entries \
                or len(entry.reg.split()) != 1:
            continue
        surname = fold(entry.reg).casefold()
        holders = {ident for ident, start, end in _envoy_spans(action, country, ctx)
                   if start <= year <= end and fold(
                       ctx.res.register.entries[ident].reg.split()[-1]).casefold() == surname}
        if len(holders) == 1:
            holder = ctx.res.register.entries[holders.pop()]
            action.parties[index] = Party(ctx.alias_of(entry, holder, "variant"), party.role)


def _state_named(words: str, state: str, register: Register) -> bool:
    """Whether an office's lower-case words after `to` name the state `state`
    (`the soviet union`, `india`)."""
    words = re.sub(r"^the\s", "", words.strip())
    name = " ".join(word if word in _SMALL_WORDS else word.capitalize()
                    for word in words.split())
    entry = register.lookup(name) if name else None
    return entry is not None and entry.id == state


def letterhead_offices(letterheads: list[str], ctx: Context) -> tuple[str | None, str]:
    """(misses38) The country whose offices a government's own letterhead makes a
    document's bare office titles (`THE WHITE HOUSE` over `MEMORANDUM FOR: THE PRESIDENT`,
    `DEPARTMENT OF STATE` over `TO The Secretary`: table `letterhead-countries`), and the
    office its department's `The Secretary` is (table `letterhead-secretaries`): none
    when another letterhead line names a state (`REPUBLIC OF LIBERIA` over `DEPARTMENT OF
    STATE`)."""
    patterns, register = ctx.res.patterns, ctx.res.register
    letterheads = [_OFFICE_TO.sub("", text) for text in letterheads]
    countries = {found for text in letterheads
                 if (found := patterns.label("letterhead-countries", text))}
    states = {match.entry.id for text in letterheads
              if not patterns.label("letterhead-countries", text)
              for match in register.find(text, ("place",))
              if is_country(match.entry) or _STATE_STYLE.search(text)}
    if len(countries) != 1 or states - countries:
        return None, ""
    secretary = next((found for text in letterheads
                      if (found := patterns.label("letterhead-secretaries", text))), "")
    return countries.pop(), secretary


def own_office(office: str, sent: Action, ctx: Context) -> list[Party]:
    """The office of the sending role's country that a routing line names (`from my Prime
    Minister` under `The Governor-General of New Zealand to ...`): a role `Prime Minister of
    New Zealand` that `resolve_offices` gives its holder."""
    register = ctx.res.register
    for party in sent.parties:
        country = split_country(party.role, ctx.res.patterns, register)[0] \
            if party.entry is None and party.role else None
        if country in register.entries:
            return [Party(None, f"{office} of {register.entries[country].reg}")]
    return []


def office_holder(role: str, year: int, default_country: str | None,
                  ctx: Context, day: str = "") -> Entry | None:
    """The one register person holding the office `role` names in `year`, or None: a year
    inside the office's dated span, not its first or last (the register dates by years, and
    the predecessor or successor in a year of handover may be one it lacks); in a year of
    handover, the one of that year's holders the document names; (cw85) on a `day` the table
    `office-handovers` covers, its holder of that day."""
    patterns, register = ctx.res.patterns, ctx.res.register
    country, title = split_country(role, patterns, register)
    if not country and title:
        country, title = seat_country(role, ctx) or implicit_country(title, default_country, ctx)
    if not country or not title:
        return None
    on_day = holder_on_day(country, title, day, patterns, register)
    if on_day is not False:
        return on_day
    spans = _holders_by_office(register, patterns).get((country, title), ())
    holders = list(dict.fromkeys(ident for ident, start, end in spans if start < year < end))
    if holders:
        return register.entries[holders[0]] if len(holders) == 1 else None
    return _named_at_handover(spans, year, ctx)


def _named_at_handover(spans: tuple[tuple[str, int, int], ...], year: int,
                       ctx: Context) -> Entry | None:
    """In a year of handover (the first or last of the office's dated spans), the one of
    that year's holders the document names (`Memorandum of Conversation, by the Secretary
    of State` of July 1953 with `Secretary Dulles` among its participants: John Foster
    Dulles, not Acheson; frus36)."""
    edge = dict.fromkeys(ident for ident, start, end in spans if start <= year <= end)
    named = [ident for ident in edge if ident in ctx.used]
    return ctx.res.register.entries[named[0]] if len(named) == 1 else None


# a role's last words after a comma: the seat of its government (`The Prime Minister, Wellington`)
_COMMA_SEAT = re.compile(r",\s++(?P<seat>[A-Z][\w'’. -]{2,40}+)$")


def seat_country(role: str, ctx: Context) -> tuple[str, str] | None:
    """(dfat55) (country's place id, the office's words) of a government's office followed by
    its capital after a comma (`To: The Prime Minister, Wellington`, `Secretary of State for
    External Affairs, Ottawa`; table `seat-offices`: an envoy's post, `Ambassador, Moscow`,
    is where he serves, never his government's seat), else None."""
    found = _COMMA_SEAT.search(role.strip(" .;:"))
    title = _title(role[:found.start()]) if found else ""
    office = ctx.res.patterns.label("seat-offices", title) if found else None
    if office is None:
        return None
    title = office or title  # (cw81) a telegraphic address's office (`Primin`: prime minister)
    seat = ctx.res.register.lookup(found["seat"].strip(" ."))
    country = capital_country(seat) if seat is not None and seat.kind == "place" else ""
    return (country, title) if country else None


def implicit_country(title: str, default_country: str | None,
                     ctx: Context) -> tuple[str | None, str]:
    """(country's place id or None, the office's words) of an office named without its
    country: (ocr45) one only that country's government has (table `sole-offices`: `Secretary
    of State for the Colonies`, `Commissioner-General, South-East Asia`), whatever the form;
    else the form's own country (`default_country`: a US form's); else, for a bare
    `Secretary of State`, the office the form's words tell (table `bare-office-forms`: a
    Colonial Office form's Secretary of State for the Colonies)."""
    patterns = ctx.res.patterns
    office = patterns.label("sole-offices", title)
    if office is None and default_country:
        return default_country, title
    if office is None and title == "secretary of state":
        found = patterns.match("bare-office-forms", ctx.text)
        office = found[0] if found else None
    return split_country(office, patterns, ctx.res.register) if office else (None, title)


def split_country(office: str, patterns: Patterns,
                  register: Register) -> tuple[str | None, str]:
    """(country's place id or None, the office's words in lower case) of an office:
    `US Secretary of State` and `Secretary of State of the United States` are both the
    United States' `secretary of state`, `Governor, Kenya` is Kenya's `governor`."""
    words = " ".join(office.replace("’", "'").split()).strip(" ,.;:")
    words = re.sub(r"(?i)^the\s", "", words)
    for country in _countries(patterns, register):
        named = country_words(country, patterns)
        found = named.match(words)
        if found and words[found.end():found.end() + 1] == " " and found.group()[:1].isupper():
            return country.id, _title(words[found.end():])
        for found in named.finditer(words):
            of = _OF_END.search(words, 0, found.start()) or _COMMA_END.search(
                words, 0, found.start())
            if found.end() == len(words) and found.group()[:1].isupper() and of:
                return country.id, _title(words[:of.start()])
    return None, _title(words)


def _title(words: str) -> str:
    return re.sub(r"(?i)^the\s", "", words.strip()).casefold()


@lru_cache(maxsize=4)
def _countries(patterns: Patterns, register: Register) -> tuple[Entry, ...]:
    """The register places of the `country-adjectives` table, in its order, then (ocr45) the
    territories of the `office-territories` table (colonies whose governors the register
    dates)."""
    ids = dict.fromkeys([*patterns.words("country-adjectives").values(),
                         *patterns.words("office-territories").values()])
    found = (register.entries.get(ident) for ident in ids)
    return tuple(entry for entry in found if entry is not None)


@lru_cache(maxsize=4)
def _holders_by_office(register: Register, patterns: Patterns) -> OfficeHolders:
    """(person id, first year, last year) of each dated office of the register by its
    (country, title), in register order: worked out once per register, and cached on disk
    for a register loaded from files (keyed by its contents, the country adjectives and the
    code that reads the offices)."""
    if not register.key:
        return _by_office(register, patterns)
    adjectives = sorted([*patterns.words("country-adjectives").items(),
                         *patterns.words("office-territories").items()])
    key = content_key("offices", sys.version.encode(), register.key.encode(),
                      repr(adjectives).encode(), Path(__file__).read_bytes(),
                      Path(countries.__file__).read_bytes())
    return cached_data(key, lambda: _by_office(register, patterns))


def _by_office(register: Register, patterns: Patterns) -> OfficeHolders:
    """`_holders_by_office`, worked out."""
    found: dict[tuple[str, str], list[tuple[str, int, int]]] = {}
    for person, offices in _dated_offices(register, patterns):
        for office in offices:
            found.setdefault((office.country, office.title), []).append(
                (person.id, office.start, office.end))
    return {key: tuple(spans) for key, spans in found.items()}


def _dated_offices(register: Register,
                   patterns: Patterns) -> tuple[tuple[Entry, tuple[Office, ...]], ...]:
    """Each register person with a dated office and those offices, read once per register:
    a country named in an occupation's first part carries to its later offices (`Indian
    diplomat; Ambassador to Italy (1972-1975)`, `US Ambassador to Japan (1932-1941); Under
    Secretary of State (1944-1945)`); (lead35) an office only one government has (table
    `sole-offices`: `Director of Central Intelligence (1961-1965)`) is that government's."""
    found = []
    for person in (entry for entry in register.listed if entry.kind == "person"):
        offices = []
        for occupation in person.element.iterfind("{*}occupation"):
            carried = None
            for part in "".join(occupation.itertext()).split(";"):
                lead = split_country(part, patterns, register)[0]
                carried = lead or carried
                for dated in DATED_OFFICE.finditer(part):
                    office = _JOINER.sub("", dated.group("office").strip())
                    if not office:
                        continue
                    country, title = split_country(office, patterns, register)
                    country = country or carried or _sole_country(title, patterns, register)
                    if country:
                        offices += [Office(country, title, int(span["start"]),
                                           int(span["end"] or span["start"]))
                                    for span in YEAR_SPAN.finditer(dated.group("years"))]
        if offices:
            found.append((person, tuple(offices)))
    return tuple(found)


def _sole_country(title: str, patterns: Patterns, register: Register) -> str:
    """The country's place id of an office only its government has (`sole-offices`), or ''."""
    office = patterns.label("sole-offices", title)
    return (split_country(office, patterns, register)[0] or "") if office else ""
