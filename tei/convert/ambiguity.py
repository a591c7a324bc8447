"""Names that several register entries share (`Foreign Office`: the British one, the West
German Auswärtiges Amt in translation): the entry is chosen by the document's country
context, the evidence rows of the `name-context` table (row name: a register id)."""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from tei.convert.patterns import Patterns
from tei.convert.register import KINDS, Entry, Register, tokens


def _key(kind: str, form: str) -> tuple[str, ...]:
    return (kind, *(t.group().casefold().replace("’", "'") for t in tokens(form)))


@lru_cache(maxsize=4)
def shared_forms(register: Register) -> dict[tuple[str, ...], tuple[Entry, ...]]:
    """Name forms (as folded tokens) that more than one register entry of a kind carries."""
    owners: dict[tuple[str, ...], dict[str, Entry]] = {}
    for entry in register.entries.values():
        tag = KINDS[entry.kind]
        for element in entry.element.iter(f"{{*}}{tag}"):
            owners.setdefault(_key(entry.kind, "".join(element.itertext())), {})[entry.id] = entry
    return {key: tuple(found.values()) for key, found in owners.items() if len(found) > 1}


def candidates(register: Register, entry: Entry, form: str) -> tuple[Entry, ...]:
    """The entries that `form` (matched as `entry`) may stand for; one when unambiguous."""
    return shared_forms(register).get(_key(entry.kind, form), (entry,))


def evidence(text: str, entries: tuple[Entry, ...], patterns: Patterns) -> Counter[str]:
    """How often the document's text shows the context of each entry (its `name-context`
    rows: places, governments, offices of its country)."""
    ids = {entry.id for entry in entries}
    found: Counter[str] = Counter()
    for row in patterns.regexes.get("name-context", ()):
        if row.name in ids:
            found[row.name] += sum(1 for _ in row.regex.finditer(text))
    return found


def in_context(text: str, entries: tuple[Entry, ...], patterns: Patterns) -> Entry | None:
    """The one entry the document's context points to (strictly the most evidence), or
    None when it shows none or several equally."""
    ranked = evidence(text, entries, patterns).most_common()
    if not ranked or ranked[0][1] == 0 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return next(entry for entry in entries if entry.id == ranked[0][0])
