"""(wcda81) A phone's copy of a page's fields: each label glued to its value with neither colon
nor space between (`SummaryThe embassy reports ...`, `Original LanguageHungarian`, `Record
ID300966`: table `page-glued-label`), and an index field's terms run together as well
(`Associated PlacesChinaHungary`): the terms are parted again where a small letter meets a
capital (`China; Hungary`), read then as a printed page's terms parted by semicolons."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tei.convert.patterns import label_key

if TYPE_CHECKING:
    from tei.convert.context import Context

# a small letter (three at least, not `Mac`) or a closing bracket met by a capital: one term's
# end and the next one's start (`ChinaHungary`, `Korea (North)Soviet Union`, `Le DuanKissinger`)
_TERMS_MET = re.compile(r"(?:(?<=[a-zà-ÿ]{3})(?<!Mac)|(?<=\)))(?=[A-ZÀ-Þ])")
_RUN_TOGETHER = frozenset({"places", "people"})


def glued_label(text: str, ctx: Context) -> tuple[str, str, str] | None:
    """(table, field name, value) of a label glued to its value, else None."""
    found = ctx.res.patterns.match("page-glued-label", text)
    if not found:
        return None
    key, value = label_key(found[1].group("label")), found[1].group("value").strip()
    for table in ("page-fields", "page-keyword-fields"):
        name = ctx.res.patterns.words(table).get(key)
        if name:
            if name in _RUN_TOGETHER:
                value = "; ".join(_TERMS_MET.split(value))
            return table, name, value
    return None
