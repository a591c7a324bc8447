"""(repost97) The head an article site sets over a Foreign Relations document it reposts: the
Bangladeshi archives of 1971 (bdesh.com, 1971.bdesh.com, chotpoti.com, one CMS) file each
document under its day as figures (`1972-01-18`), its writer as the article's author (`By
Zulfikar Ali Bhutto`), a page count (`Page: 0`) and the volume's lines (`Foreign Relations
of the United States` / `Volume E7` / `Documents on South Asia, 1969-1972`), over the
volume's source note and the document. Those lines are the page's (its text in the header);
the day is the page's date, and the author, a field of the page (`authors`), the sender of a
letter or telegram that names none (`authorship.page_author`). Only where the volume's line
stands in the head with the by-line: a blog's by-line names its poster."""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.read import Line
from tei.convert.zones import Segments

_HEAD = 10  # the site's head lines over the source note
_VOLUMES = re.compile(r"^Foreign\s++Relations\s++of\s++the\s++United\s++States$")
_BY = re.compile(r"^By\s++(?P<name>[A-Z][\w.'’-]*+(?:\s++[A-Z][\w.'’-]*+){1,4})$")
_ISO_DAY = re.compile(r"^(?:1[89]|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$")
_PAGE_COUNT = re.compile(r"^Page:\s*+\d{1,3}$")
_VOLUME = re.compile(r"^Volume\s++[IVXL\d][IVXL\d]{0,4}+[A-Z]?\d?$|^Volume\s++E-?\d{1,2}$")
_VOLUME_TITLE_WORDS = 8  # the volume's title under its number (`South Asia Crisis, 1971`)


def volume_byline(lines: list[Line], seg: Segments, ctx: Context) -> list[Line]:
    """`lines` without the site's head over a reposted FRUS document, read into `seg`."""
    head = lines[:_HEAD]
    if not any(_VOLUMES.match(line.text) for line in head):
        return lines
    by = next((line for line in head if _BY.match(line.text)), None)
    if by is None:
        return lines
    taken: set[int] = set()
    for i, line in enumerate(head):
        text = line.text
        if line is by or _VOLUMES.match(text) or _ISO_DAY.match(text) or _PAGE_COUNT.match(text):
            taken.add(i)
        elif _VOLUME.match(text):
            taken.add(i)
            title = head[i + 1].text if i + 1 < len(head) else ""
            if title and len(title.split()) <= _VOLUME_TITLE_WORDS and not title.endswith(".") \
                    and not title.startswith(("Source", "By ")) and ":" not in title:
                taken.add(i + 1)
        if _ISO_DAY.match(text) and seg.page_date is None:
            seg.page_date = line
    seg.keywords.setdefault("authors", []).append(Line(by.no, _BY.match(by.text)["name"]))
    seg.fields.setdefault("page-text", []).extend(
        line for i, line in enumerate(head)
        if i in taken and line is not by and line is not seg.page_date)
    return [line for i, line in enumerate(lines) if i not in taken]
