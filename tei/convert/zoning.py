"""Segment stage: the document's lines (once the page readers have peeled the page off) to
zones: the cable form's heading (registry lines and stamp blocks), the message, its
footnotes and the trailing processing lines. Every zone is optional; the message is what
is left.
"""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.footnotes import footnote_number, split_footnotes
from tei.convert.forms import choose
from tei.convert.processing_lines import split_processing
from tei.convert.read import Line
from tei.convert.segment import heading_groups, heading_length
from tei.convert.trailing_heading import split_trailing_heading
from tei.convert.wraps import join_broken_form_names, join_split_dates, join_wrapped_labels
from tei.convert.zones import Segments

_WORD = re.compile(r"[^\W\d_]+")


def segment(lines: list[Line], seg: Segments, ctx: Context) -> Segments:
    """Split the document's logical lines into zones (after choosing the cable form whose
    heading rows are tried first)."""
    lines = join_wrapped_labels(join_split_dates(lines, ctx), ctx, _reads_as_heading)
    lines = join_broken_form_names(lines, ctx, _reads_as_heading)
    seg.form = choose(lines, ctx)
    if seg.form:
        lines = seg.form.opening(lines, seg, ctx)
    heading = heading_length(lines, ctx)
    if not heading and lines and _restates(lines[0].text, seg.page_title):
        after = heading_length(lines[1:], ctx)
        heading = after + 1 if after else 0
    seg.heading, rest = lines[:heading], lines[heading:]
    if not seg.heading:
        rest, seg.trailing_heading, copy = split_trailing_heading(rest, ctx)
    else:
        copy = []
    titled = seg.facts.get("title-note", "")
    rest, seg.footnotes = split_footnotes(rest, ctx, titled, tuple(seg.heading))
    seg.message, seg.processing = split_processing(rest, ctx)
    seg.processing += seg.trailing_heading + copy
    if seg.form:
        seg.message = seg.form.closing(seg.message, ctx)
    if not seg.footnotes and seg.processing:  # notes above the registry
        seg.message, seg.footnotes = split_footnotes(seg.message, ctx, titled)
    _source_note(seg, titled, ctx)
    return seg


def _source_note(seg: Segments, titled: str, ctx: Context) -> None:
    """(edits62) The heading's own note (`titled`) that is a source note's archival reference
    (an `archival-reference` row's group `noted`, the form before it: the Swiss
    edition's `1 Telegramm: CH-BAR#E2001E#1967/113#1234* (B.15.21.Russland).` under
    `..., M. Petitpierre1`) gives the document's shelfmark, before the edition's own
    identifier (`dodis.ch/2345`); the note stays a note."""
    for note in seg.footnotes if titled else []:
        found = footnote_number(note, ctx, titled)
        reference = found and found[0] == titled and ctx.res.patterns.match(
            "archival-reference", found[1].strip())
        if reference and reference[1].groupdict().get("noted"):
            seg.add_reference(reference[1])  # first: before an edition's permalink
            seg.references.insert(0, seg.references.pop())


def _restates(text: str, title: Line | None) -> bool:
    """True when `text` restates the page title (a page's description line over the
    heading: `15 of April, a telegram from the Director ... to the ambassador in Beijing ...`)."""
    if title is None:
        return False
    words = {w.lower() for w in _WORD.findall(title.text) if len(w) > 3}
    found = {w.lower() for w in _WORD.findall(text)}
    return len(words) >= 4 and len(words & found) >= 0.8 * len(words)


def _reads_as_heading(text: str, ctx: Context) -> bool:
    return heading_groups(text, ctx) is not None
