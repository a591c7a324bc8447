"""(wcdv95) A journey's `to` in a subject title is no cut between sender and addressee.

A record's title that names a visit (`South-West African People's Organization (SWAPO)
President Sam Nujoma's visit to Bulgaria, October 1983`) was split at ` to ` as if it named
a message's parties: the visitor became the sender, the country the addressee, though the
record is the host party's information about the visit. The nouns of table `journey-to`
(`visit`, `trip`, `journey`, ...) right before ` to ` keep the title whole."""

from __future__ import annotations

from tei.convert.context import Context


def journey_to(before: str, ctx: Context) -> bool:
    """Whether the words `before` a title's ` to ` end on a journey's noun (`... visit`)."""
    words = before.split()
    return bool(words) and words[-1].casefold().strip(".,'’") in ctx.res.patterns.words(
        "journey-to")
