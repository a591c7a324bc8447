"""A printed documents volume's odd-page running head as OCR keeps it (frus55): the
chapter's or country's name in capitals with the page number at one end (`CHINA   173`,
`THE SOVIET UNION 715`). A capitals line with a number is as often a cable's own line
(`TD BONN 412`, `TO SECSTATE WASHDC 7731`), so it is a running head only where the page
tells: its number is one away from the volume's other running head on the page
(`174 FOREIGN RELATIONS, 1945, VOLUME VII`, table `page-furniture` row `running-head`), or it
stands first over the document's source note (`893.00/1-1445: Telegram`, table `frus` row
`source`: a FRUS volume's page opening on a document)."""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.read import Line

# one to seven words in capitals (`UNION OF SOVIET SOCIALIST REPUBLICS`), the page's number at
# one end, apart from them
_CAPITALS = r"[A-Z][A-Z'’.,&-]*+(?:\s[A-Z][A-Z'’.,&-]*+){0,6}"
_HEAD = re.compile(rf"^(?:(?P<before>\d{{1,4}})\s++{_CAPITALS}|{_CAPITALS}\s++(?P<after>\d{{1,4}}))$")
_END_NUMBER = re.compile(r"^(\d{1,4})\s|\s(\d{1,4})$")
_LONG_WORD = re.compile(r"[A-Z]{4,}")
_SOURCE_REACH = 2  # the lines under the head in which the source note stands


def volume_heads(lines: list[Line], running: set[int], ctx: Context) -> set[int]:
    """The indices of the odd-page running heads among `lines` (a head and its page number
    set apart in two cells of one source line are read as one line); `running` holds the
    indices of the lines read as the volume's running head (row `running-head`)."""
    pages = {int(a or b) for i in running for a, b in _END_NUMBER.findall(lines[i].text)}
    found: set[int] = set()
    for first, cells in _source_lines(lines):
        text = " ".join(lines[i].text for i in cells)
        head = _HEAD.match(text) if not running & set(cells) else None
        if head is None or not _LONG_WORD.search(text):
            continue
        page = int(head.group("before") or head.group("after"))
        if page + 1 in pages or page - 1 in pages or (
                first == 0 and _over_source(lines[cells[-1] + 1:], ctx)):
            found.update(cells)
    return found


def _source_lines(lines: list[Line]) -> list[tuple[int, list[int]]]:
    """Each source line's first index and the indices of its cells among `lines`."""
    groups: list[tuple[int, list[int]]] = []
    for i, line in enumerate(lines):
        if groups and lines[groups[-1][0]].no == line.no:
            groups[-1][1].append(i)
        else:
            groups.append((i, [i]))
    return groups


def _over_source(lines: list[Line], ctx: Context) -> bool:
    """Whether a FRUS source note stands in the first lines of `lines`."""
    return any((ctx.res.patterns.match("frus", line.text) or ("",))[0] == "source"
               for line in lines[:_SOURCE_REACH])
