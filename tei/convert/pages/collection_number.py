"""(repost96) A documents collection's own number over a letter's heading by its parties,
as the English mirrors of the Russian collections set it (marxistleninists.org's `Bolshevik
leadership Correspondence 1912-1927`: `Number 3` / `I. V. Stalin - R. V. Malinovsky`, `No.
173` / `G. L. Pyatakov to I. V. Stalin`), a salutation under the heading (`Hello Friend!`,
`Dear comrade St[alin]! I am ...`). The number is the collection's, not a telegram's: it
goes to the page's text (the header), with the lines over it when none of them is a page's
labelled field (the site's menu, the collection's title and its compilers), so the heading
by the parties opens the document and its salutation, not a cable number, tells its form. An
edition's numbered messages without a salutation (the Moscow edition of Stalin's war
correspondence, `forms/edition.py`) and a collection's numbered telegrams, whose next number
ends the document (`pages/next_document.py`), keep their numbers."""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.inside_address import salutation_head
from tei.convert.read import Line
from tei.convert.segment import label_of
from tei.convert.zones import Segments

_REACH = 14  # a site's menu, the collection's title and its compilers over the number
_UNDER = 2  # the parties' heading right under the number, or under a `Sent on` line
_SALUTE_UNDER = 6  # the date, the writer's line, the address over the salutation
_SALUTE_CHARS = 60  # a salutation closed by `!` the first sentence runs on from
_NUMBER = re.compile(r"^(?:No\.|Number|№)\s*+\d{1,4}\.?$")
_INITIALS = re.compile(r"^(?:[A-Z][a-z]?\.\s?+){1,3}[A-Z]")  # `I. V. Stalin`, `Yu. Pyatakov`


def collection_number(lines: list[Line], seg: Segments, ctx: Context) -> list[Line]:
    """The lines without a collection's number standing over a parties' heading."""
    for k, line in enumerate(lines[:_REACH]):
        if not _NUMBER.match(line.text.strip()):
            continue
        heading = next((j for j in range(k + 1, min(k + 1 + _UNDER, len(lines)))
                        if _parties(lines[j].text.strip(), ctx)), None)
        if heading is None or not any(_saluted(below.text.strip(), ctx) for below in
                                       lines[heading + 1:heading + 1 + _SALUTE_UNDER]):
            return lines
        above = [] if any(label_of(over.text, ctx) for over in lines[:k]) else lines[:k]
        seg.fields.setdefault("page-text", []).extend([*above, line])
        return [*lines[len(above):k], *lines[k + 1:]]
    return lines


def _parties(text: str, ctx: Context) -> bool:
    """A heading by its writer and addressee with their initials (a row of table
    `heading-edition` or a `given` row of table `title-shapes` with both)."""
    return bool(_INITIALS.match(text)) and any(
        found is not None and (table == "heading-edition" or found[0] == "given")
        and {"sender", "addressee"} <= {
            name for name, value in found[1].groupdict().items() if value}
        for table in ("heading-edition", "title-shapes")
        for found in [ctx.res.patterns.match(table, text)])


def _saluted(text: str, ctx: Context) -> bool:
    """A salutation, alone or with the first sentence run on after its `!` or comma."""
    bang = text.find("!")
    heads = [salutation_head(text, ctx), *([text[:bang + 1]] if 0 < bang < _SALUTE_CHARS else [])]
    return any(ctx.res.patterns.match("salutation", head) for head in heads)
