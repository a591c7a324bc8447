"""(catalog61) A FOIA reading room's record over a released document, its labelled lines at
the page's head (table `release-record`: the State Department's Virtual Reading Room gives
`Subject:`, `Case No.:`, `Doc No.:`, `Date:`, `Posted Date:`, `Release Type:`). The record is
the release's: its `Subject:` is the archive's title of the document, but its `Date:` is the
release's, not the document's (the cable's own heading dates it), so it is record data.
Only a run that names the release's case or document number is such a record; a memorandum's
own `Subject:` line is never taken."""

from __future__ import annotations

from tei.convert.context import Context
from tei.convert.patterns import label_key
from tei.convert.read import Line
from tei.convert.zones import Segments

_RECORD_KEY = "record-id"  # the release's case and document numbers: what makes the record


def release_record(lines: list[Line], i: int, seg: Segments, ctx: Context) -> int:
    """How many lines from index `i` form a release record (0: none); they are read into
    `seg` (the subject as the page's title, the rest as record data)."""
    labels = ctx.res.patterns.words("release-record")
    run: list[tuple[str, Line, Line]] = []
    while i + len(run) < len(lines):
        line = lines[i + len(run)]
        label, colon, value = line.text.partition(":")
        name = labels.get(label_key(label)) if colon and value.strip() else None
        if name is None:
            break
        run.append((name, line, Line(line.no, value.strip())))
    if not any(name == _RECORD_KEY for name, _, _ in run):
        return 0
    for name, line, value in run:
        if name == "title" and seg.page_title is None:
            seg.page_title = value
        else:  # the release's dates and kind whole (`Date: 06/30/2017`), its numbers' values
            seg.fields.setdefault(name, []).append(value if name == _RECORD_KEY else line)
    return len(run)
