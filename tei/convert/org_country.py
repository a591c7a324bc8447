"""An organisation's name that several register entries share, told by its country.

`Ministry of Foreign Affairs`, `Ministerio de Relaciones Exteriores`, `Foreign Office` are
carried by several entries (a `short`, `endonym` or `translation` form). Before the
document's context (`ambiguity.in_context`) is asked, the name's own country decides:

- a qualifier after the name (`of Cyprus`, `DEL PERÚ`, `de la République du Sénégal`, `do
  Brasil`, read by `name_surroundings.qualifier`) names a place: the entry whose
  regularised name names that place (`Ministry of Foreign Affairs of Cyprus`);
- a letterhead: a line of the document's opening that is a country's name alone
  (`REPUBLIC OF CYPRUS`) next to the organisation's own line, or set after a comma on that
  line (`Ministry of Foreign Affairs, Republic of Korea`), is its qualifier, and it
  outweighs the countries the text mentions (Greek delegations);
- a qualifier or letterhead whose place tells none of the entries (Peru's ministry, which
  the register lacks) gives a local entry, never another country's;
- so does one naming a state whose name a single entry does not (`REPUBLIC OF LIBERIA` over
  `DEPARTMENT OF STATE`: Liberia's, not the register's `United States Department of State`).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from tei.convert.loading import Resources
from tei.convert.register import Entry, Register
from tei.convert.states import capital_country, is_country

# the first lines of a document a letterhead stands in, and the words its line may hold
# besides the organisation's name (`MINISTRY OF FOREIGN AFFAIRS, NICOSIA`)
_HEAD_LINES = 8
_HEAD_CHARACTERS = 4000  # room for them, however long a flattened line
_OTHER_WORDS = 2
# the words a letterhead sets around its country's name (`REPÚBLICA DE CHILE`)
_STATE_WORDS = frozenset({"republic", "república", "republica", "république", "republique",
                          "repubblica", "republik", "kingdom", "reino", "royaume", "regno",
                          "königreich", "government", "gobierno", "gouvernement", "governo",
                          "regierung"})
_PARTICLES = frozenset({"of", "the", "de", "del", "la", "los", "las", "du", "des", "do", "da",
                        "della", "dello", "di", "der", "von", "and", "y", "et", "e", "und"})


@lru_cache(maxsize=1024)
def _places(text: str, register: Register, kind: str = "place") -> frozenset[str]:
    """The ids of the register places (or entries of another `kind`) `text` names."""
    return frozenset(m.entry.id for m in register.find(text, (kind,)))


def of_place(qualifier: str, shared: tuple[Entry, ...], register: Register) -> Entry | None:
    """The one of `shared` whose regularised name names a place that `qualifier` names."""
    named = _places(qualifier, register) if qualifier else frozenset()
    named |= {country for ident in named if (country := _capital_of(ident, register))}
    owners = [e for e in shared if named & _places(e.reg, register)] if named else []
    return owners[0] if len(owners) == 1 else None


def _capital_of(ident: str, register: Register) -> str:
    """The id of the country whose capital the place `ident` is (lead75: a seat after the
    name, `Ministry of Foreign Affairs, Ankara`), or ''."""
    entry = register.entries.get(ident)
    return capital_country(entry) if entry is not None else ""


@lru_cache(maxsize=1024)
def _bodies_of(reg: str, register: Register) -> frozenset[str]:
    """The ids of the organisations a regularised name names after each `of` (`Political
    Bureau of the Central Committee of the Polish United Workers' Party`: the committee's,
    the party's), the longest name at each."""
    at = [i + len(" of ") for i in range(len(reg)) if reg.startswith(" of ", i)]
    return frozenset().union(*(_places(reg[i:], register, "org") for i in at))


def of_party(qualifier: str, shared: tuple[Entry, ...],
             register: Register) -> tuple[Entry, ...]:
    """(misses40) The party bodies of `shared` (`Politburo`, table `host-bodies`) that belong
    to the party a `qualifier` names (`the Political Bureau` `of the Polish United Workers'
    Party`: the register's `Political Bureau of the Central Committee of the Polish United
    Workers' Party`), none when the register has none of that party's (`of the Korean
    Workers' Party`: not the Chinese party's); all of them when it names no organisation."""
    orgs = _places(qualifier, register, "org") if qualifier else frozenset()
    return tuple(e for e in shared if orgs & _bodies_of(e.reg, register)) if orgs else shared


def other_country(entry: Entry, qualifier: str, res: Resources) -> bool:
    """Whether a `qualifier` or letterhead line names a country (a state the register gives
    a capital, or any place in a state's style), and the organisation's regularised name
    another one (`REPUBLIC OF LIBERIA` over `DEPARTMENT OF STATE`, the
    register's `United States Department of State`): not that organisation."""
    named = _states(qualifier, res.register) if qualifier else frozenset()
    if qualifier and not named and not _STATE_WORDS.isdisjoint(qualifier.casefold().split()):
        named = _places(qualifier, res.register)  # `REPUBLIC OF LIBERIA`: a state's style
    owner = _states(entry.reg, res.register) if named else frozenset()
    return bool(owner) and not named & owner


def other_adjective(shared: tuple[Entry, ...], country: str, res: Resources) -> str:
    """The country's adjective right before an organisation's name (`the Mexican Congress`,
    table `country-adjectives`) when it names another country than the state of every
    entry of `shared` (`United States Congress`, the CPSU's): none of them (frus39); else ''."""
    last = country.split()[-1:]
    adjectives = {k.casefold(): v for k, v in res.patterns.words("country-adjectives").items()}
    named = adjectives.get(last[0].casefold()) if last else None
    owners = [_states(e.reg, res.register) for e in shared] if named else []
    return last[0] if owners and all(o and named not in o for o in owners) else ""


def _states(text: str, register: Register) -> frozenset[str]:
    """The ids of the register's states (places with a capital) that `text` names."""
    return frozenset(ident for ident in _places(text, register)
                     if is_country(register.entries[ident]))


@lru_cache(maxsize=8)
def _head_lines(text: str) -> tuple[str, ...]:
    """The first lines of a document, where a letterhead stands (split once a document)."""
    return tuple(text.lstrip()[:_HEAD_CHARACTERS].splitlines()[:_HEAD_LINES])


@lru_cache(maxsize=16)  # asked at every mention of an organisation, the same each time
def letterhead(text: str, form: str, register: Register) -> str:
    """The line right over or under a letterhead's line that names `form` (among the
    document's first lines, the name and at most `_OTHER_WORDS` more) that is a register
    place's name alone or with the words of a state (`REPUBLIC OF CYPRUS` over `MINISTRY
    OF FOREIGN AFFAIRS`, `REPÚBLICA DE CHILE`); '' when there is none."""
    lines = _head_lines(text)
    key = form.casefold()
    for at, line in enumerate(lines):
        beside = _beside(line, form)
        if beside and _country_line(beside, register):
            return beside
        if key in line.casefold() and len(line.split()) <= len(form.split()) + _OTHER_WORDS:
            near = [lines[i].strip() for i in (at - 1, at + 1) if 0 <= i < len(lines)]
            return next((n for n in near if n and _country_line(n, register)), "")
    return ""


def _beside(line: str, form: str) -> str:
    """What stands after a comma beside the organisation's name on its letterhead line
    (`Ministry of Foreign Affairs, Republic of Korea`); '' when the line is not so built."""
    name, comma, rest = line.strip().partition(",")
    return rest.strip(" .") if comma and name.casefold() == form.casefold() else ""


def _country_line(line: str, register: Register) -> bool:
    """Is `line` a register place's name, alone or with the words of a state?"""
    found = register.find(line, ("place",))
    if len(found) != 1:
        return False
    rest = f"{line[:found[0].start]} {line[found[0].end:]}"
    return all(w.casefold() in _STATE_WORDS | _PARTICLES for w in rest.strip(" .,").split())


def qualified_name(form: str, qualifier: str) -> str:
    """The name of a local organisation with its qualifier (`MINISTERIO DE RELACIONES
    EXTERIORES` `DEL PERÚ`: `Ministerio de Relaciones Exteriores del Perú`)."""
    name = " ".join(f"{form}{qualifier}".split())
    if not name.isupper():
        return name
    return " ".join(w.lower() if w.lower() in _PARTICLES and i else w.capitalize()
                    for i, w in enumerate(name.split()))


def named_before(form: str, used: Iterable[Entry], evidence: str = "") -> tuple[Entry, ...]:
    """(session 27) The one body the document has named in full whose name `form` opens
    (`the Congress` after `the Eleventh Congress of the Italian Communist Party`), as a
    one-entry tuple; () when none or several, or when the name has `evidence` of its own (a
    qualifier or a country's adjective: `the Czechoslovak Politburo`)."""
    if evidence:
        return ()
    head = f"{form.casefold()} of "
    named = tuple(e for e in used if e.kind == "org" and e.reg.casefold().startswith(head))
    return named if len(named) == 1 else ()
