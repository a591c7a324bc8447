"""An enclosure list between a letter's signature and its foot address (letters43: a US
department's typescript as a presidential library transcribes it, `Faithfully yours,` /
`Sumner Welles` / `Enclosures:` / `From Prime Minister;` / `To Prime Minister.` / `The
President,` / `The White House.`): the list's label and its items are closing lines, each
kept as a registry line of the closer, so that the foot address under them stays the
addressee's alone and the signature above them is read as the signature."""

from __future__ import annotations

import re
from collections.abc import Callable

from tei.convert.context import Context
from tei.convert.patterns import Patterns
from tei.convert.quoted import Unit
from tei.convert.segment import label_of

_ITEMS = 4  # the label and three items
_ITEM_WORDS = 12


def listed_enclosure(units: list[Unit], start: int, i: int, end: int,
                     kind: Callable[[str], str | None], patterns: Patterns,
                     enclosed: set[int]) -> bool:
    """Whether unit `i` is an enclosure list's label (table `attachment`, row
    `enclosure-list`) or one of its short items, the label right under a closing line and
    a foot address under the last item (asked before the closing lines' own kinds: the
    label `Enclosures (2)` would pass for a signature); the unit's id is added to
    `enclosed` when it is."""
    if not _short(units[i]):
        return False
    label = next((k for k in range(i, max(start, i - _ITEMS), -1)
                  if _enclosure_label(units[k], patterns)), None)
    if label is None or label <= start or kind(units[label - 1].text) is None \
            or patterns.match("postscript", units[label - 1].text) \
            or not all(_short(unit) for unit in units[label:i + 1]):
        return False  # (under a postscript the list is the postscript's)
    below = next((j for j in range(i + 1, end) if kind(units[j].text)), end)
    listed = below < end and kind(units[below].text) == "address" and all(
        _short(unit) for unit in units[i + 1:below])
    if listed:
        enclosed.add(id(units[i]))
    return listed


def _enclosure_label(unit: Unit, patterns: Patterns) -> bool:
    """`Enclosures:`, `Enclosures (2)`: an enclosure list's label."""
    found = None if unit.embedded else patterns.match("attachment", unit.text)
    return found is not None and found[0] == "enclosure-list"


def _short(unit: Unit) -> bool:
    return not unit.embedded and len(unit.lines) == 1 \
        and len(unit.text.split()) <= _ITEM_WORDS


_TITLE_WORDS = 16
# a line that ends as a sentence, a label or an address line does, or opens with a number
_NO_TITLE = re.compile(r"[.,:;!?]$|^\d")


def annex_title(text: str, ctx: Context) -> bool:
    """(wcda57) Whether `text`, the line under an annex's label (`ENCLOSURE`, `Attachment
    1`), is the annex's title (`List of Urgent Requests of the Government of the DRV`): two
    to sixteen words from a capital, no sentence's or label's end, no date, no salutation, no
    label of a field, no numbered point."""
    words = text.split()
    return 2 <= len(words) <= _TITLE_WORDS and text[:1].isupper() \
        and not _NO_TITLE.search(text) and not ctx.res.dates.find(text) \
        and not ctx.res.patterns.match("salutation", text) and not label_of(text, ctx)
