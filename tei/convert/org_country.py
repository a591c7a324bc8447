"""An organisation's name that several register entries share, told by its country.

`Ministry of Foreign Affairs`, `Ministerio de Relaciones Exteriores`, `Foreign Office` are
carried by several entries (a `short`, `endonym` or `translation` form). Before the
document's context (`ambiguity.in_context`) is asked, the name's own country decides:

- a qualifier after the name (`of Cyprus`, `DEL PERÚ`, `de la République du Sénégal`, `do
  Brasil`, read by `name_surroundings.qualifier`) names a place: the entry whose
  regularised name names that place (`Ministry of Foreign Affairs of Cyprus`);
- a letterhead: a line of the document's opening that is a country's name alone
  (`REPUBLIC OF CYPRUS`) next to the organisation's own line is its qualifier, and it
  outweighs the countries the text mentions (Greek delegations);
- a qualifier or letterhead whose place tells none of the entries (Peru's ministry, which
  the register lacks) gives a local entry, never another country's;
- with no qualifier, no letterhead and no context, the entry whose regularised name the
  form is (the British `Foreign Office`; Burma's and Japan's carry it as a short or
  translated form only).
"""

from __future__ import annotations

from functools import lru_cache

from tei.convert.ambiguity import _opening
from tei.convert.register import Entry, Register

# letterhead lines read on either side of the organisation's own line
_NEAR = 2
_PARTICLES = frozenset({"of", "the", "de", "del", "la", "los", "las", "du", "des", "do", "da",
                        "della", "dello", "di", "der", "von", "and", "y", "et", "e", "und"})


@lru_cache(maxsize=1024)
def _places(text: str, register: Register) -> frozenset[str]:
    """The ids of the register places `text` names."""
    return frozenset(m.entry.id for m in register.find(text, ("place",)))


def of_place(qualifier: str, shared: tuple[Entry, ...], register: Register) -> Entry | None:
    """The one of `shared` whose regularised name names a place that `qualifier` names."""
    named = _places(qualifier, register) if qualifier else frozenset()
    owners = [e for e in shared if named & _places(e.reg, register)] if named else []
    return owners[0] if len(owners) == 1 else None


def letterhead(text: str, form: str, register: Register) -> str:
    """The line of the document's opening, next to the line that names `form`, that is a
    register place's name alone (`REPUBLIC OF CYPRUS` over `MINISTRY OF FOREIGN AFFAIRS`);
    '' when there is none."""
    lines = [line.strip() for line in _opening(text).splitlines() if line.strip()]
    own = next((i for i, line in enumerate(lines) if form.casefold() in line.casefold()), None)
    if own is None:
        return ""
    for line in lines[max(0, own - _NEAR):own] + lines[own + 1:own + 1 + _NEAR]:
        found = register.find(line, ("place",))
        if len(found) == 1 and found[0].start == 0 and found[0].end == len(line.rstrip(".,")):
            return line
    return ""


def regularised(form: str, shared: tuple[Entry, ...]) -> Entry | None:
    """The one of `shared` whose regularised name `form` is (ignoring case)."""
    owners = [e for e in shared if e.reg.casefold() == " ".join(form.split()).casefold()]
    return owners[0] if len(owners) == 1 else None


def qualified_name(form: str, qualifier: str) -> str:
    """The name of a local organisation with its qualifier (`MINISTERIO DE RELACIONES
    EXTERIORES` `DEL PERÚ`: `Ministerio de Relaciones Exteriores del Perú`)."""
    name = " ".join(f"{form}{qualifier}".split())
    if not name.isupper():
        return name
    return " ".join(w.lower() if w.lower() in _PARTICLES and i else w.capitalize()
                    for i, w in enumerate(name.split()))
