"""(frus83) A heading's own facts beyond its title: a microfiche supplement's document is
listed by one summary sentence closed by the classification, the page count and the file
the copy was filmed from (`187. Telegram 1745 From ... to the Department of State, Moscow,
March 3, 1959, 5 p.m. Secret. 3 pp. DOS, CF, 761.00/3–359.`): the file is the archive's
reference (read by `pages/frus.py`)."""

from __future__ import annotations

from tei.convert.read import Line
from tei.convert.zones import Segments


def heading_extras(kind: str, groups: dict[str, str], line: Line, seg: Segments) -> None:
    """A numbered heading's line is kept as page text with its number; the file a
    supplement's summary heading closes with is the shelfmark."""
    if kind != "document-heading":
        return
    seg.fields.setdefault("page-text", []).append(line)
    if groups.get("file"):
        seg.references.append(groups["file"].strip())
