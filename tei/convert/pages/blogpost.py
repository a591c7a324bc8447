"""Page reader for a blog post that reprints a document, as a copy of its page gives it: the
post's headline, its byline (`Posted on March 3, 2018 by J. Marlowe`, `By Ellen Parr on 14
November 2016`, `Published: 21 January 2020`) and an author line, then the blogger's
introduction pointing at the document (`The telegram below ...`, `In this post I reproduce
...`), then the document. The byline's date is the day of posting, never the document's:
headline, byline and introduction go to the header (the headline as the page's title), and
the document's own heading and dateline are read as the document's; an archive's title over its
date line right under the introduction (a repost of an archive's page) is the page's title
and date line. Blogger sets the post's date over its headline (`Monday, August 9, 2021`,
table `blog-post`) and only the author under it (`Posted by R. Whitfield`), perhaps with the
post's labels (`Tags: Chile, 1973`): that author line is the byline (cables57). Rows:
`blog-byline`.
"""

from __future__ import annotations

from tei.convert.context import Context
from tei.convert.pages.above_head import page_address
from tei.convert.pages.summary import PROSE_END
from tei.convert.pages.titles import names_form_or_parties, title_over_date
from tei.convert.read import Line
from tei.convert.segment import label_of
from tei.convert.zones import Segments

_BYLINE_REACH = 6  # the byline stands under the headline, near the top
_HEADLINE_WORDS = 16
_INTRO_WORDS = 8
_LINK_STARTS = ("http://", "https://")


def _kind(line: Line, ctx: Context) -> str:
    found = ctx.res.patterns.match("blog-byline", line.text)
    return found[0] if found else ""


def _byline(lines: list[Line], ctx: Context) -> int | None:
    """The index of the post's byline near the top: a dated byline, or an author line two
    lines under the post's date (Blogger: the date, the headline, `Posted by ...`)."""
    return next((i for i, line in enumerate(lines[:_BYLINE_REACH])
                 if _kind(line, ctx) == "byline" or (
                     i >= 2 and _kind(line, ctx) == "author" and _post_date(lines[i - 2], ctx))),
                None)


def _post_date(line: Line, ctx: Context) -> bool:
    found = ctx.res.patterns.match("blog-post", line.text)
    return found is not None and found[0] == "post-date"


def _after_byline(lines: list[Line], i: int, ctx: Context) -> int:
    """The index of the first line under the byline at `i` and the author and labels lines
    that follow it."""
    k = i + 1
    while k < len(lines) and _kind(lines[k], ctx) in ("author", "labels"):
        k += 1
    return k


def _intro(line: Line, first: bool, ctx: Context) -> bool:
    """A paragraph of the blogger's introduction: prose (perhaps closed by a colon before the
    document: `Copied as it appears there:`), the first one pointing at the document it
    introduces."""
    link = _trailing_link(line.text)  # (wcda57) `The original is here: https://...`
    text = f"{line.text[:-len(link)].rstrip().rstrip(':')}." if link else line.text
    return (len(text.split()) >= _INTRO_WORDS and (bool(PROSE_END.search(text))
                                                    or text.endswith(":"))  # (lead34) `...:`
            and (not first or any(row.name == "intro" and row.regex.search(text)
                                  for row in ctx.res.patterns.regexes["blog-byline"])))


def _title_over_fields(lines: list[Line], k: int, ctx: Context) -> bool:
    """(lead34) An archive's title naming the form or the parties over its labelled date
    field, right under the introduction (a repost copying the archive's page)."""
    field = label_of(lines[k + 1].text, ctx)
    return field is not None and field[1] == "date" and _is_headline(lines[k]) \
        and names_form_or_parties(lines[k], ctx)


def _trailing_link(text: str) -> str:
    """The web address that closes `text` after a space (the introduction's `The original is
    here: https://...`), else ''."""
    words = text.rsplit(maxsplit=1)
    return words[1] if len(words) == 2 and words[1].startswith(_LINK_STARTS) else ""


# the page readers' gate (`gate.py`): what `evidence` cannot do without,
# the introduction pointing at the document
NEEDS = (("blog-byline", ("intro",)),)


def _headline_under(lines: list[Line], k: int, ctx: Context) -> bool:
    """(lead34) Whether line `k`, under a byline that opens the page (WordPress's `Posted by
    X on DATE` first), is the post's headline: short, no sentence, over the introduction."""
    return k + 1 < len(lines) and _is_headline(lines[k]) and _intro(lines[k + 1], True, ctx)


def _is_headline(line: Line) -> bool:
    return len(line.text.split()) <= _HEADLINE_WORDS and not PROSE_END.search(line.text)


def evidence(lines: list[Line], ctx: Context) -> int:
    """1 for a post's byline over an introduction that points at the document (its
    headline between them when the byline opens the page)."""
    i = _byline(lines, ctx)
    if i is None:
        return 0
    k = _after_byline(lines, i, ctx)
    k += 1 if i == 0 and _headline_under(lines, k, ctx) else 0
    return 1 if k < len(lines) and _intro(lines[k], True, ctx) else 0


def _headline(head: Line, seg: Segments, page: list[Line], ctx: Context) -> None:
    """The post's headline is the page's title when it names the document's form or parties
    (`A Czechoslovak Telegram from Cairo, November 1956`) or opens with its sender
    (`Ambassador Byroade reports on Nasser`); (repost83) the poster's own words (`Why
    Harriman stopped trusting the Lublin Poles`) are the page's text, and the title is built
    from the document's facts."""
    if names_form_or_parties(head, ctx) or _opens_with_party(head.text, ctx):
        seg.page_title = seg.page_title or head
    else:
        page.append(head)


def _opens_with_party(text: str, ctx: Context) -> bool:
    """Whether a headline opens with a person or an office (a register name, an honorific or
    an office's word first: `Ambassador Byroade ...`, `Kennan warns ...`)."""
    first = text.split()[0].casefold().rstrip(".,:") if text.split() else ""
    return first in ctx.res.patterns.words("honorifics") \
        or first in ctx.res.patterns.words("office-words") \
        or any(m.start == 0 and m.entry.kind == "person" for m in ctx.res.register.find(text))


def unwrap(lines: list[Line], seg: Segments, ctx: Context) -> list[Line]:
    """Headline, byline, author line and introduction into the header; the rest is left."""
    if not evidence(lines, ctx):
        return lines
    i = _byline(lines, ctx) or 0
    page = seg.fields.setdefault("page-text", [])
    head = lines[i - 1] if i else None
    if head and _is_headline(head):
        _headline(head, seg, page, ctx)
        i -= 1
    k = _byline(lines, ctx) or 0
    end = _after_byline(lines, k, ctx)
    page.extend(lines[k:end])
    if k == 0 and _headline_under(lines, end, ctx):  # the byline over the headline
        _headline(lines[end], seg, page, ctx)
        end += 1
    k, first = end, True
    while k < len(lines) and _intro(lines[k], first, ctx):
        page.append(lines[k])
        k, first = k + 1, False
    above = [line for line in lines[:i] if not PROSE_END.search(line.text)]
    if len(above) == i:  # the blog's name and tagline over the headline
        page[:0] = above
        i = 0
    if k + 1 < len(lines) and title_over_date(lines, k, ctx):
        page += [seg.page_title] if seg.page_title else []  # (wcda57) the headline is the
        seg.page_title, seg.page_date = lines[k], lines[k + 1]  # post's: the archive's title
        k += 2  # and date line under the introduction are the document's
    elif k + 1 < len(lines) and _title_over_fields(lines, k, ctx):
        page += [seg.page_title] if seg.page_title else []  # (lead34) the same over the
        seg.page_title = lines[k]  # archive's labelled fields (`Date: 1961-08-20`), which
        k += 1  # the page's reader reads
    links = [Line(line.no, link) for line in page if (link := _trailing_link(line.text))]
    if links and page_address(links[0], ctx):  # the archive's page the introduction cites
        seg.fields.setdefault("url", []).append(links[0])
    return [*lines[:i], *lines[k:]]
