"""Document forms: the telegram forms of the world, one reader each.

A form reader is a module with a pattern table of heading lines (`heading-<name>` in
`corpus/patterns/`, a family of the `heading` table) and a `FORM` describing it: its name,
the document type it implies, and how it finds its evidence. `choose` scores every form on
the opening lines of a document; the heading rows of the forms that found evidence are
tried first, strongest first, then the rows every form shares. Adding a form is one module
here and one table: nothing else changes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tei.convert.context import Context
from tei.convert.read import Line

if TYPE_CHECKING:  # zones imports this module
    from tei.convert.zones import Segments

REACH = 30


@dataclass(frozen=True)
class Form:
    """A family of cable forms: its table, the type it implies, its evidence."""

    name: str
    label: str
    doc_type: str
    extra: Callable[[list[Line], Context], int] = lambda lines, ctx: 0
    closing: Callable[[list[Line], Context], list[Line]] = lambda lines, ctx: lines
    """The message's lines with the form's own closing conventions made plain (a signature
    run on into the last paragraph set on a line of its own)."""
    opening: Callable[[list[Line], Segments, Context], list[Line]] = \
        lambda lines, seg, ctx: lines
    """The document's lines with the form's own opening conventions made plain (an
    edition's number over the heading moved to the page's text in `seg`)."""

    @property
    def table(self) -> str:
        return f"heading-{self.name}"

    def evidence(self, lines: list[Line], candidates: list[Line], ctx: Context) -> int:
        """Lines among `candidates` (the opening lines a heading row may match) that this
        form's own rows recognise, plus the form's other signs in `lines`."""
        hits = sum(1 for line in candidates if ctx.res.patterns.match(self.table, line.text))
        return hits + self.extra(lines, ctx) if hits else 0


def _forms() -> tuple[Form, ...]:
    from tei.convert.forms import (
        commonwealth,
        east_bloc,
        edition,
        frus,
        soviet,
        state_form,
        us_cable,
    )

    return (soviet.FORM, us_cable.FORM, commonwealth.FORM, east_bloc.FORM, frus.FORM,
            edition.FORM, state_form.FORM)


def choose(lines: list[Line], ctx: Context) -> Form | None:
    """Score every form on the document; try the heading rows of those with evidence first.
    Returns the strongest form, or None when no form's rows are seen. Only the opening lines
    that some heading row may match (the form tables are the `heading` table's family) are
    read by each form."""
    candidates = [line for line in lines[:REACH]
                  if ctx.res.patterns.may_match("heading", line.text)]
    scored = sorted(((form.evidence(lines, candidates, ctx), i, form)
                     for i, form in enumerate(_forms())), key=lambda item: (-item[0], item[1]))
    found = [form for score, _, form in scored if score > 0]
    ctx.res.patterns.prefer("heading", tuple(form.table for form in found))
    return found[0] if found else None
