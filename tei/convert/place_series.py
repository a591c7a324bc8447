"""(wcda57) A name that a register person and a register place share (`Choibalsan`: the
marshal and the town named after him) in a series of places (`in Ulaanbaatar, Darkhan and
Choibalsan`): joined to a place's name on either side by a comma, `and` or `or`, or
(wcda64) a one-word form right after a preposition of place (`near Choibalsan`), it is the
place."""

from __future__ import annotations

import re
from dataclasses import replace

from tei.convert.context import Context
from tei.convert.name_surroundings import names_run_on
from tei.convert.place_context import places_in_context
from tei.convert.register import NameMatch, Register
from tei.convert.surname_places import surnamed_places

# what joins two names of a series: `, `, `, and `, ` and `, ` or `
_JOINER = re.compile(r",\s?+(?:(?:and|or)\s)?+|\s(?:and|or)\s")


def names_in_runs(piece: str, ctx: Context, found: list[NameMatch]) -> list[NameMatch]:
    """`found` with a place's one word run on after a person's name dropped
    (`names_run_on`), a place that is the surname of a person named in full read as that
    person (`surnamed_places`), a name several places share read as the one of the
    document's context (`places_in_context`) and a person's name in a series of places read
    as the place."""
    found = places_in_context(surnamed_places(piece, names_run_on(piece, found), ctx), ctx)
    places = [m for m in found if m.entry.kind == "place"]
    return [_placed(piece, _in_series(piece, m, places, ctx.res.register) if places else m,
                    ctx.res.register) if m.entry.kind == "person" else m for m in found]


# (wcda64) the prepositions that put a town, not a person, after them (`near Choibalsan`,
# `in Gorky`); not `to`, `from`, `for`, `of`, which a person's name follows as often
_WHERE = re.compile(r"(?:^|\s)(?i:in|near|at|via|into|outside|around)\s$")


def _placed(piece: str, match: NameMatch, register: Register) -> NameMatch:
    """The place of a person's one-word form that a register place shares, right after a
    preposition of place (`their patrols entered our territory near Choibalsan`)."""
    if match.entry.kind != "person" or " " in match.form.strip() \
            or not _WHERE.search(piece, max(0, match.start - 12), match.start):
        return match
    place = next((m for m in register.find(match.form, ("place",))
                  if m.start == 0 and m.end == len(match.form)), None)
    return replace(match, entry=place.entry) if place is not None else match


def _in_series(piece: str, match: NameMatch, places: list[NameMatch],
               register: Register) -> NameMatch:
    """The place of `match`'s whole form when a place's name stands next to it in a series,
    else `match`."""
    if not any(_joined(piece, place, match) or _joined(piece, match, place) for place in places):
        return match
    place = next((m for m in register.find(match.form, ("place",))
                  if m.start == 0 and m.end == len(match.form)), None)
    return replace(match, entry=place.entry) if place is not None else match


def _joined(piece: str, first: NameMatch, second: NameMatch) -> bool:
    """Whether `first` stands right before `second`, a series' joiner between them."""
    return first.end < second.start \
        and _JOINER.fullmatch(piece, first.end, second.start) is not None
