"""The Wilson Center viewer's tabs over a document's text (`Original Scan`, `Translation -
English`): page furniture where they stand as the page sets them."""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.pages.running import Rows
from tei.convert.read import Line
from tei.convert.segment import label_of


def viewer_tabs(lines: list[Line], rows: Rows, ctx: Context) -> set[int]:
    """(wcda58) The Wilson Center viewer's tabs without their `Contents` label (`Original
    Scan` / `Translation - English` / `Transcript - Russian`): a line that is all a contents
    item (table `contents-items`) beside a furniture row or another such line, or (wcda66)
    under the page's date line, its first (the current layout's one tab over a transcript;
    not a UN document's `ORIGINAL: ENGLISH` under its date, nor an original's tab under
    the translation's closing dateline), or (wcda67) under the page's summary, a `Summary`
    label alone two lines above it, or (wcda68) the viewer's own words for a tab; (wcda69)
    never a language under the `Original Language` label (`Russian` over `Share This Page`).
    """
    tabs = [bool(found) and found[1].end() == len(line.text.rstrip())
            for line in lines
            for found in [ctx.res.patterns.match("contents-items", line.text)]]
    if not any(tabs):
        return set()  # (speed67) no line is a tab: the date line need not be looked for
    dated = next((i for i, line in enumerate(lines) if ctx.res.dates.whole(line.text)), None)
    return {i for i, tab in enumerate(tabs) if tab and not (i and _language_label(
        lines[i - 1], ctx)) and (any(
        0 <= j < len(lines) and (rows[j] is not None or tabs[j]) for j in (i - 1, i + 1))
        or (dated is not None and i == dated + 1 and ":" not in lines[i].text)
        or (i >= 2 and _summary_label(lines[i - 2], ctx))
        or (_SITE_TAB.match(lines[i].text) and not (i and _label_alone(lines[i - 1], ctx))))}


# (wcda68) the English text's tab in the viewer's own words (`Translation - English`,
# `Transcript - English`): the page's wherever it stands (over the text under the page's
# index lists, under the summary in a reader view's copy), not as a `Contents` field's value;
# an original's transcript tab under the translation (`Transcript - Chinese`) heads that
# transcript
_SITE_TAB = re.compile(r"^(?:Translation|Transcript)\s[-–]\sEnglish$")


def _summary_label(line: Line, ctx: Context) -> bool:
    """Whether `line` is a `Summary` label alone (the page's summary under it)."""
    found = label_of(line.text, ctx)
    return found is not None and found[1] == "summary" and not found[2]


def _label_alone(line: Line, ctx: Context) -> bool:
    """Whether `line` is a field's label alone (`Contents`: the tab under it is its value)."""
    found = label_of(line.text, ctx)
    return found is not None and not found[2]


def _language_label(line: Line, ctx: Context) -> bool:
    """(wcda69) Whether `line` is the original's language label alone (`Original Language`,
    `Original Language −`): the language under it is its value, no tab."""
    found = label_of(line.text, ctx)
    return found is not None and found[1] == "original-language" and not found[2]
