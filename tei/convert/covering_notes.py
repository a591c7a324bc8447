"""A covering note's closing run over the document it covers (misses42; Soviet archive
files as the Wilson Center translates them): the note's signature (`Signed A. Gromyko`,
`[handwritten signature] G. [Pushkin]`), its date and outgoing number (`Nº 53-gi`), the
copy's authentication, a distribution list (`Copies were distributed` / `to Cdes: Molotov`
/ one surname a line) and the secretariat's incoming stamp (`[Stamp:` ... `Incoming Nº
M-740s]`, or `[Stamp:] Secretariat of ...` over its date and number), then the draft it
covers. The stamp is furniture of the note (registry lines of its closer), no text."""

from __future__ import annotations

import re
from collections.abc import Callable

from tei.convert.patterns import Patterns
from tei.convert.quoted import Unit

_LIST_LINES = 12
_DRAFT = re.compile(r"(?i)^draft\b")  # the covered document's label (`Draft`, `Draft decree`)
_STAMP_LINES = 6  # a stamp block's lines, at most
_STAMP_WORDS = 10  # a line of a stamp's legend, at most
_MARKED_NAME = re.compile(r"^\[(?P<mark>[^\[\]]++)\]\s*+[A-Z].{0,40}+$")


def covering_run(units: list[Unit], start: int, kind: Callable[[str], str | None],
                 patterns: Patterns) -> tuple[int, dict[int, str]] | None:
    """(end of the note's closer, registry subtype by `id` of each stamp or distribution
    unit) when a signature after `start` heads a run of closing lines holding an incoming
    stamp with text after it; else None. Only a signature over a line opening a stamp
    can head one: the lines under the last such line are not asked (speed27)."""
    last = max((j for j in range(start + 2, len(units) - 1) if not units[j].embedded
                and _stamp_opens(units[j].text, patterns)), default=0)
    for i in range(start + 1, last):
        if units[i].embedded or not _signs(units[i].text, kind, patterns):
            continue
        subtypes: dict[int, str] = {}
        j = i + 1
        while j < len(units) and not units[j].embedded:
            block = _stamp_end(units, j, patterns) or _list_end(units, j, patterns)
            if block:
                subtype = "distribution" if _labels_list(units[j].text, patterns) else "stamp"
                subtypes.update((id(unit), subtype) for unit in units[j:block])
                j = block
            elif kind(units[j].text) and "stamp" not in subtypes.values() \
                    and not _DRAFT.match(units[j].text):  # the stamp closes the note
                j += 1
            else:
                break
        if "stamp" in subtypes.values() and j < len(units):
            return j, subtypes
    return None


def stamp_text(text: str) -> str:
    """A stamp block's line without the editors' brackets around the block (`[Stamp:`,
    `[Stamp:] Secretariat of ...`, `Incoming Nº M-740s]`)."""
    text = text[1:] if text.startswith("[") else text
    if text.count("]") > text.count("["):
        cut = text.index("]")
        text = text[:cut] + text[cut + 1:]
    return text.strip()


def _signs(text: str, kind: Callable[[str], str | None], patterns: Patterns) -> bool:
    """A signature line: `Signed A. Gromyko`, or the mark where the signature stands before
    the typed name (`[handwritten signature] G. [Pushkin]`)."""
    marked = _MARKED_NAME.match(text)
    return kind(text) == "signed" or (marked is not None and patterns.words("brackets").get(
        marked.group("mark").strip().casefold()) == "signature")


def _stamp_end(units: list[Unit], j: int, patterns: Patterns) -> int:
    """The unit after a stamp block opened on unit `j` (0 when none opens there): up to the
    line closing its bracket; a label closed on its line (`[Stamp:] Secretariat of ...`)
    takes the short lines under it down to the incoming number."""
    if not _stamp_opens(units[j].text, patterns):
        return 0
    depth, reach = 0, min(len(units), j + _STAMP_LINES)
    for k in range(j, reach):
        depth += units[k].text.count("[") - units[k].text.count("]")
        if depth <= 0 and k > j:
            return k + 1
        if depth <= 0:
            break
    for k in range(j + 1, reach):
        if units[k].embedded or len(units[k].text.split()) > _STAMP_WORDS:
            break
        incoming = patterns.match("heading", stamp_text(units[k].text))
        if incoming is not None and incoming[0] == "incoming":
            return k + 1
    return j + 1


def _stamp_opens(text: str, patterns: Patterns) -> bool:
    """Whether `text` opens an incoming stamp's block (the `stamp-open` row `stamp`)."""
    found = patterns.match("stamp-open", text)
    return found is not None and found[0] == "stamp"


def _list_end(units: list[Unit], j: int, patterns: Patterns) -> int:
    """The unit after a distribution list labelled on unit `j` (0 when no label): the
    lines under the label that table `distribution-members` matches."""
    if not _labels_list(units[j].text, patterns):
        return 0
    k = j + 1
    while k < min(len(units), j + _LIST_LINES) and not units[k].embedded \
            and patterns.match("distribution-members", units[k].text) is not None:
        k += 1
    return k


def _labels_list(text: str, patterns: Patterns) -> bool:
    """Whether `text` labels a distribution list (table `distribution-labels`)."""
    return patterns.match("distribution-labels", text) is not None
