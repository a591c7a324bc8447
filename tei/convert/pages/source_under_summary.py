"""The older layout's citation as a store gives it without its quoted title.

Flattened by a document store, an older WCDA page may keep only the archive's date line, the
summary and the citation's source (a published volume, its editor and translator: `Andrzej
Paczkowski, ed. Tajne Dokumenty ... London: Aneks Publishers, 1996. Translated for CWIHP by
...`), both indented, over the document's own heading and its date (`Polish-Soviet Talks in
Moscow` / `March 3-4, 1969`). The source line under the summary is the page's source field
(its translator read from it); the short open line under it, over a line holding a date
alone, is the page's title (sample wc33).
"""

from __future__ import annotations

from tei.convert.context import Context
from tei.convert.read import Line
from tei.convert.zones import Segments

_FACT = "source-under-summary"
_TITLE_WORDS = 12


def take_source(lines: list[Line], i: int, seg: Segments, ctx: Context) -> bool:
    """Whether line `i`, right under the summary of a page without a title, is the
    citation's source naming its translator; kept as the page's source field."""
    summary = seg.fields.get("summary", [])
    line = lines[i]
    if seg.page_title is not None or seg.page_date is None or not summary or i == 0:
        return False
    if lines[i - 1] is not summary[-1] or not line.text.rstrip().endswith("."):
        return False
    if line.text.lstrip().startswith(("“", '"')) or not _names_translator(line.text, ctx):
        return False
    seg.fields.setdefault("source", []).append(line)
    seg.facts[_FACT] = str(line.no)
    return True


def take_heading(lines: list[Line], i: int, seg: Segments, ctx: Context) -> bool:
    """Whether line `i`, right under that source line, is the document's heading over its
    own date (a short line with no closing stop): the page's title, and the text's first
    line still."""
    line = lines[i]
    if seg.page_title is not None or i == 0 or seg.facts.get(_FACT) != str(lines[i - 1].no):
        return False
    text = line.text.strip()
    if not text or len(text.split()) > _TITLE_WORDS or text.endswith((".", ":", ";", ",")):
        return False
    following = lines[i + 1].text.strip() if i + 1 < len(lines) else ""
    if not following or not ctx.res.dates.find(following):
        return False
    first = ctx.res.dates.find(following)[0]
    if first.start != 0 or len(following.split()) > 5:
        return False
    seg.page_title = line
    return True


def title_over_book_source(lines: list[Line], i: int, ctx: Context) -> bool:
    """(repost86) Whether line `i`, a short open line, stands over a line naming the book the
    page copies its document from (table `book-source-line`): the page's title."""
    text = lines[i].text.strip()
    return (0 < len(text.split()) <= _TITLE_WORDS and not text.endswith((".", ":", ";"))
            and i + 1 < len(lines) and book_source(lines[i + 1], ctx))


def book_source(line: Line, ctx: Context) -> bool:
    """(repost86) A line naming the printed book a page copies its document from (`From
    Kenneth M. Jensen, editor. Origins of the Cold War. ...: Washington, D.C., 1991. ...`)."""
    return ctx.res.patterns.match("book-source-line", line.text.strip()) is not None


def take_book_source(lines: list[Line], i: int, seg: Segments, ctx: Context) -> bool:
    """(repost86) Line `i`, right under the page's title, naming the printed book: the
    page's source (`bibl`), as a repost's lines are."""
    if i == 0 or seg.page_title is not lines[i - 1] or not book_source(lines[i], ctx):
        return False
    seg.fields.setdefault("page-text", []).append(lines[i])  # kept as the source's words
    return True


def _names_translator(text: str, ctx: Context) -> bool:
    return any(row.name == "translator" and row.regex.search(text) is not None
               for row in ctx.res.patterns.regexes.get("citation", ()))
