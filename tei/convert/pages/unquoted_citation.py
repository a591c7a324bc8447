"""A WCDA PDF export's citation without quotes or label, under a hard-wrapped title.

Extracted by a document store (Scribd and the like), the PDF's head gives the title wrapped
over two or three lines, then the citation starting with the same title, unquoted and
without its `Citation:` label (`Report of the Meeting of ... 12 November 1960, November 12,
1960, History and Public Policy Program Digital Archive, Central State Archive, Tirana,
.... Obtained for CWIHP by ... and translated for CWIHP by ...`), then the summary. The
lines under the title line are its rest when title and rest open the citation; the citation
is read as the quoted one (title, date, repository, shelfmark, translator); the prose line
under it is the archive's summary.
"""

from __future__ import annotations

import re

from tei.convert.pages.summary import PROSE_END
from tei.convert.read import Line
from tei.convert.zones import Segments

_REACH = 4  # the citation stands within a few lines of the title's first line
# `, November 12, 1960, History and Public Policy Program Digital Archive, ...` after the title
_AFTER_TITLE = re.compile(
    r"^,\s*+(?:[A-Z][a-z]++\.?\s++\d{1,2},\s*+\d{4}|\d{1,2}\s++[A-Z][a-z]++\s++\d{4}"
    r"|[A-Z][a-z]++\s++\d{4}|\d{4}|undated),\s*+(?:History and Public Policy Program\s++"
    r"|Wilson Center\s++)?Digital Archive\b")
_SPACE = re.compile(r"\s+")


def title_rest(lines: list[Line], i: int, seg: Segments) -> bool:
    """Whether line `i`, run on under the page's title line, is the title's rest: title
    and rest open an unquoted citation a few lines below. Adds the rest to the title."""
    title = seg.page_title
    if title is None:
        return _wrapped_cited_title(lines, i, seg)
    if _parted(lines[i]):
        return False
    for j in range(i + 1, min(len(lines), i + _REACH)):
        whole = " ".join([title.text, *(line.text for line in lines[i:j])])
        if _opens_citation(lines[j].text, whole) or _quoted_below(lines, i, j, whole):
            joined = f"{title.text} {lines[i].text}"
            seg.page_title = Line(title.no, joined, title.blank_before, title.rule_before)
            return True
        if _parted(lines[j]):
            return False
    return False


def _wrapped_cited_title(lines: list[Line], i: int, seg: Segments) -> bool:
    """(wcdb82) A PDF export's title too short to pass for one alone, wrapped after its
    route (`Ciphered Telegram from Beijing,` / `No. 24918, Urgent`): line `i` is the page's
    title when it and the one or two lines under it are the title the quoted citation below
    opens with (the next line then runs on as its rest)."""
    for j in range(i + 2, min(len(lines), i + _REACH)):
        if any(_parted(line) for line in lines[i + 1:j]):
            return False
        if _quoted_below(lines, i, j, " ".join(line.text for line in lines[i:j])):
            seg.page_title = lines[i]
            return True
    return False


def take_citation(line: Line, seg: Segments) -> bool:
    """Whether `line` is the page's citation, unquoted; kept quoted as the `citation`
    field, whose reader takes the title, date, repository, shelfmark and translator."""
    title = seg.page_title
    if title is None or "citation" in seg.fields:
        return False
    rest = _rest_after(line.text, title.text)
    if rest is None or not _AFTER_TITLE.match(rest):
        return False
    quoted = f"“{title.text.strip()},” {rest[1:].lstrip()}"
    seg.fields["citation"] = [Line(line.no, quoted, line.blank_before, line.rule_before)]
    seg.facts["unquoted-citation"] = str(line.no)
    return True


def take_summary(lines: list[Line], i: int, seg: Segments) -> bool:
    """Whether line `i`, the prose line right under an unquoted citation, is the summary."""
    cited = seg.facts.get("unquoted-citation")
    line = lines[i]
    if not cited or i == 0 or str(lines[i - 1].no) != cited or "summary" in seg.fields:
        return False
    if len(line.text.split()) < 6 or not PROSE_END.search(line.text):
        return False
    seg.fields["summary"] = [line]
    return True


def _parted(line: Line) -> bool:
    return line.blank_before or line.rule_before


# (wcda63) the PDF export's text without blank lines: its `Citation:` label over the quoted
# citation (`"Ciphergram No. 11402 from ... to the Ministry of Foreign Affairs," December ...`)
_CITATION_LABEL = re.compile(r"^Citation:?$")
_QUOTE_CLOSED = re.compile(r"^[,.]?[\"”]")


def _quoted_below(lines: list[Line], i: int, j: int, whole: str) -> bool:
    """Whether line `j` is the quoted citation whose title is `whole` (the title with the
    lines from `i` to `j` run on), or it is the `Citation:` label over that citation."""
    label = _CITATION_LABEL.match(lines[j].text) and j + 1 < len(lines) \
        and not _parted(lines[j + 1])
    text = lines[j + 1 if label else j].text.lstrip()
    rest = _rest_after(text[1:], whole) if text[:1] in "\"“" else None
    return rest is not None and _QUOTE_CLOSED.match(rest) is not None


def _opens_citation(text: str, title: str) -> bool:
    rest = _rest_after(text, title)
    return rest is not None and _AFTER_TITLE.match(rest) is not None


def _rest_after(text: str, title: str) -> str | None:
    """What follows `title` at the start of `text` (spacing aside), or None."""
    flat, head = _SPACE.sub(" ", text), _SPACE.sub(" ", title.strip())
    return flat[len(head):] if flat.startswith(head) else None
