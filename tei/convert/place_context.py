"""(reg59) A place's name that several register places carry (`Salisbury`: Rhodesia's capital
until 1982, now Harare, and the English cathedral city) is the place the document's country
context points to (the `name-context` rows of each, read as for a ministry's shared name:
`Lusaka`, `Rhodesia`, `Smith regime` for Harare; `Wiltshire`, `Salisbury Plain` for the
English city); with no evidence or a tie it is no register place (no tag beats a wrong one)."""

from __future__ import annotations

from dataclasses import replace

from tei.convert.ambiguity import candidates, in_context
from tei.convert.context import Context
from tei.convert.register import Entry, NameMatch


def places_in_context(found: list[NameMatch], ctx: Context) -> list[NameMatch]:
    """`found` with each place whose name other register places share read as the one the
    document's context points to, or dropped when it points to none."""
    out = []
    for match in found:
        shared = candidates(ctx.res.register, match.entry, match.form, ctx.year) \
            if match.entry.kind == "place" else (match.entry,)
        if len(shared) == 1:
            out.append(match if shared[0] is match.entry else replace(match, entry=shared[0]))
            continue
        chosen = in_context(ctx.text, shared, ctx.res.patterns, parties=False)
        chosen = chosen if chosen is not None else _plain(match.form, shared)
        if chosen is not None:
            out.append(replace(match, entry=chosen))
    return out


def _plain(form: str, shared: tuple[Entry, ...]) -> Entry | None:
    """(frus86) With no evidence, the one place whose own name the form is (`Santiago`:
    Chile's capital) when each other carries it only as a short form of a longer name
    (Santiago de los Caballeros); else None."""
    form = form.casefold()  # (`SANTIAGO` in a cable in capitals)
    own = [entry for entry in shared if entry.reg.casefold() == form]
    others = [entry for entry in shared if entry.reg.casefold() != form]
    return own[0] if len(own) == 1 and others and all(any(
        name.get("subtype") == "short" and "".join(name.itertext()).strip().casefold() == form
        for name in entry.element.iterfind("{*}placeName")) for entry in others) else None
