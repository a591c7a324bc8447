"""(repost96) A documents collection's own number over a letter's heading by its parties,
as the English mirrors of the Russian collections set it (marxistleninists.org's `Bolshevik
leadership Correspondence 1912-1927`: `Number 3` / `I. V. Stalin - R. V. Malinovsky`, `No.
173` / `G. L. Pyatakov to I. V. Stalin`; the Moscow edition of Stalin's war correspondence:
`No. 1` / `Sent on August 4, 1941` / `J. V. Stalin to F. Roosevelt*`). The number is the
collection's, not a telegram's: it goes to the page's text (the header) with the lines over
it (the site's menu, the collection's title and compilers), so the heading by the parties
opens the document and its salutation, not a cable number, tells its form."""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.read import Line
from tei.convert.zones import Segments

_REACH = 14  # a site's menu, the collection's title and its compilers over the number
_UNDER = 2  # the parties' heading right under the number, or under a `Sent on` line
_NUMBER = re.compile(r"^(?:No\.|Number|№)\s*+\d{1,4}\.?$")


def collection_number(lines: list[Line], seg: Segments, ctx: Context) -> list[Line]:
    """The lines without a collection's number standing over a parties' heading."""
    for k, line in enumerate(lines[:_REACH]):
        if _NUMBER.match(line.text) and any(
                _parties(below.text, ctx) for below in lines[k + 1:k + 1 + _UNDER]):
            seg.fields.setdefault("page-text", []).extend(lines[:k + 1])
            return lines[k + 1:]
    return lines


def _parties(text: str, ctx: Context) -> bool:
    """A heading by its writer and addressee (a row of table `heading-edition` or a `given`
    row of table `title-shapes` with both)."""
    return any(found is not None and (table == "heading-edition" or found[0] == "given")
               and {"sender", "addressee"} <= {
                   name for name, value in found[1].groupdict().items() if value}
               for table in ("heading-edition", "title-shapes")
               for found in [ctx.res.patterns.match(table, text)])
