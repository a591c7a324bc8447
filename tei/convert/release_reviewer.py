"""(cables86) The reviewer named in the State Department's systematic-review stamp.

A PlusD page repeats the stamp of the Department's systematic review on each page
(`Sheryl P. Walter Declassified/Released US Department of State EO Systematic Review 20 Mar
2014`), perhaps twice on one line. The stamp is page furniture and goes to the header's
`availability` (table `boilerplate`, row `release`), but its first words name the reviewer, a
person of the page: those words are marked as a person there, every other licence line stays
plain text (words on reuse and release name no one of the document).
"""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.model import Inlines, Mark
from tei.convert.read import Line
from tei.convert.zones import Segments

# the reviewer's name: two to four capitalised words right before `Declassified`
_REVIEWER = re.compile(r"(?:^|(?<=\d\s))((?:[A-Z][\w.'’-]*+\s){1,3}[A-Z][\w'’-]++)"
                       r"(?=\s++Declassified/?\s?Released\b)")


def licence_paragraph(line: Line, ctx: Context) -> Inlines:
    """A licence line as inline content: the release stamp's reviewer marked as a person."""
    found = ctx.res.patterns.match("boilerplate", line.text)
    if not found or found[0] != "release":
        return [line.text]
    out: Inlines = []
    at = 0
    for name in _REVIEWER.finditer(line.text):
        entry = ctx.use(ctx.person(name.group(1), line.no))
        out += [line.text[at:name.start(1)],
                Mark("persName", {"ref": f"#{entry.id}"}, [name.group(1)])]
        at = name.end(1)
    return [*out, line.text[at:]] if out else [line.text]


def licence_paragraphs(seg: Segments, ctx: Context) -> list[Inlines]:
    """The page's licence and rights lines, one paragraph each (`availability`)."""
    return [licence_paragraph(line, ctx) for line in [*seg.licence, *seg.fields.get("rights", [])]]
