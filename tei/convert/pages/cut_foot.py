"""(cw85) A site's foot line cut short by the page store at the page's end (difp.ie's
`Purchase Volumes Online` cut to `Pu`, its `Website design and developed by FUSIO` to
`... by F`, dfat.gov.au's `Last Updated: ...` to `Last Upd`): the page's last line, of two
characters or more, that begins a label of table `cut-foot-labels` (the foot lines of the
editions' sites) is furniture like the whole line, never the document's signature or the
text of its last note. Read by `pages/furniture.py`."""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.pages.running import Rows
from tei.convert.read import Line

_LEAST = 2  # one letter begins too many lines
_WHOLE = re.compile(r".+")


def cut_foot(lines: list[Line], rows: Rows, ctx: Context) -> Rows:
    """`rows` with the page's last line marked furniture (row `cut-foot`) when it is a site
    foot's line cut short."""
    if not lines or rows[-1]:
        return rows
    text = " ".join(lines[-1].text.split()).casefold()
    if len(text) < _LEAST or not any(label.startswith(text) for label in
                                     ctx.res.patterns.words("cut-foot-labels")):
        return rows
    return [*rows[:-1], ("cut-foot", _WHOLE.match(lines[-1].text))]
