"""Lines a reader or a host put above a page's head (the page's address, a note of where
and when it was saved, a book's running title, an exhibition's section name), told by the
head that follows them: a date line and a title, or a title naming the form and parties."""

from __future__ import annotations

import re

from tei.convert.action_dates import YEAR_ONLY
from tei.convert.context import Context
from tei.convert.dateline_parts import place_before_date
from tei.convert.pages.listing import listing_above_head
from tei.convert.pages.marked_title import marking_over_title
from tei.convert.pages.next_document import dated_title
from tei.convert.pages.pdf_copy import (
    drop_preface,
    earlier_addresses,
    export_title,
    join_broken_names,
    note_under_address,
)
from tei.convert.pages.post_banner import post_over_banner
from tei.convert.pages.references import bracketed_source
from tei.convert.pages.summary import PROSE_END
from tei.convert.pages.titles import is_title, names_form_or_parties, title_over_date
from tei.convert.parties import title_parties
from tei.convert.read import Line
from tei.convert.segment import bare, doc_type_in, heading_kind, label_of
from tei.convert.zones import Segments

_ABOVE_HEAD = 2
# a heading's second line going on with its addressee (`Telegram, Mao Zedong` / `to Liu ...`)
_TO_GOES_ON = re.compile(r"^to\s++[A-Z]")
_QUOTES = "'‘\"“"
_QUOTE_REACH = 40  # a repost's own lines above the archive page it quotes (wcds93: a preface)


def lines_above_head(lines: list[Line], i: int, seg: Segments, ctx: Context) -> int:
    """Lines a reader put above the page (the page's address alone, a note of where and
    when it was saved) when the page's head follows on its own: a date line (or a related
    document's summary over it), then a title naming the document's form or parties. The
    address goes to the header's source URL, a note to its page text; returns the index of
    the head. Lines that name a document or open a form are the document's own heading."""
    if i > 0:
        return i
    marking_over_title(lines, ctx)  # (ocr65) `Top Secret` over the title: they change places
    quoted = _quoted_page(lines, seg, ctx) or _under_source_tail(lines, seg, ctx) or \
        _post_header(lines, seg, ctx) or listing_above_head(lines, seg, ctx) or \
        _introduced_document(lines, seg, ctx) or post_over_banner(lines, seg, ctx)
    if quoted:
        return quoted
    for j in range(1, min(_ABOVE_HEAD, len(lines) - 2) + 1):
        line = lines[j]
        dated = j + 1 if related_summary(lines, j, ctx) and j + 2 < len(lines) else j
        title = lines[dated + 1]
        over = (line.blank_before or line.rule_before or _collection_over(lines, j)) and \
            ctx.res.dates.whole(
            lines[dated].text) and names_form_or_parties(title, ctx) and is_title(
            title, ctx, True, lines, dated + 1)
        # (other24) an exhibition's section name over the title and its date line; (lead19)
        # a host's line over a title naming the form and both parties (a book's page)
        if (over or title_over_date(lines, j, ctx) or _form_title(lines, j, ctx)
                or _numbered_title(lines, j, ctx)) and _page_text_above(lines, j, seg, ctx):
            return j
    return i


# (wcda70) a collection's or program's name, the page's breadcrumb over its date line
# (`North Korea International Documentation Project`, `Stasi Collection`): words in capitals
# (small words between), no figure, no stop
_COLLECTION = re.compile(r"^[A-Z][\w'’-]*+(?:[ \t]++(?:[A-Z][\w'’-]*+|of|and|the|for|on|in|&))"
                         r"{1,7}$")


def _collection_over(lines: list[Line], j: int) -> bool:
    """(wcda70) Whether the one line above `j` names a collection, set without a blank line
    over the page's date line: the page's text, as a line over a blank is."""
    return j == 1 and _COLLECTION.match(lines[0].text.strip()) is not None \
        and not lines[0].text.isupper()


def collection_over_fields(lines: list[Line], i: int, seg: Segments, ctx: Context) -> bool:
    """(wcda70) A page saved as text with its collection's name over its labelled fields
    and date line (`Mongolian Documents on North Korea` / `Source: ...` / `February 17, 1966`
    / `Record of Conversation between ...`): the name, taken for the title, is the page's
    text when the line right under the date line names the document's form or parties."""
    title, date = seg.page_title, seg.page_date
    if title is None or date is None or i == 0 or lines[i - 1] is not date \
            or title.no >= date.no or not _COLLECTION.match(title.text.strip()) \
            or names_form_or_parties(title, ctx) or not names_form_or_parties(lines[i], ctx) \
            or not is_title(lines[i], ctx, True, lines, i):
        return False
    seg.fields.setdefault("page-text", []).append(title)
    seg.page_title = lines[i]
    return True


_INTRO_REACH = 12  # an article's title, its author and introduction over the first document


def _introduced_document(lines: list[Line], seg: Segments, ctx: Context) -> int:
    """(wcda69) A Bulletin's article over its first document: the document's dated title
    over its editors' bracketed source (`Letter from X to Y, 14 August 1961` / `[Source:
    SAPMO-BArch, ...]`) heads the document; the article's title, author and introduction
    above it are the page's text. Returns the title's index, or 0."""
    k = next((k for k in range(1, min(_INTRO_REACH, len(lines) - 1))
              if dated_title(lines[k].text, ctx) and bracketed_source(lines[k + 1].text)
              and not lines[k].rule_before), 0)  # under its dropped number: the edition's
    if k:
        seg.fields.setdefault("page-text", []).extend(lines[:k])
        return k
    return _numbered_appendix_document(lines, seg, ctx)


def _numbered_appendix_document(lines: list[Line], seg: Segments, ctx: Context) -> int:
    """(wcdaold73) A Working Paper's or Bulletin's appendix: its number and dated title on
    one line (`DOCUMENT No. 7: Ciphered Telegram, Kuznetsov to Soviet Embassy, Warsaw, 14
    March 1957`, table `numbered-document`) under the article's last lines, its source
    printed at the document's foot. The lines above and the number are the page's text;
    the title, without the number, heads the document. Returns its index, or 0."""
    for k in range(1, min(_INTRO_REACH, len(lines) - 1)):
        found = ctx.res.patterns.match("numbered-document", lines[k].text)
        if found is None or not dated_title(found[1].group("heading"), ctx):
            continue
        line = lines[k]
        heading = found[1].group("heading")
        seg.fields.setdefault("page-text", []).extend(
            [*lines[:k], Line(line.no, line.text[:line.text.find(heading)].strip().rstrip(":. "))])
        lines[k] = Line(line.no, heading, line.blank_before)
        return k
    return _dated_place_heading(lines, seg, ctx)


# (wcdaold73) a printed collection's heading opening with the document's day and seat
_DAY_SEAT = re.compile(r"^(?P<date>\d{1,2}\s[A-Z][a-z]{2,8}\s\d{4}),\s(?P<place>[A-Z][\w'’-]++"
                       r"(?:\s[A-Z][\w'’-]++)?)\.\s++(?P<title>[A-Z].{10,400}+)$")


def _dated_place_heading(lines: list[Line], seg: Segments, ctx: Context) -> int:
    """(wcdaold73) A printed collection's heading under its number and running head, opening
    with the day and the seat (`20 August 1969, Beijing. Telegram from the Romanian
    Ambassador ...`): the rest is the title, over the day and seat as its dateline; the
    lines above are the page's text. Returns the title's index, or 0."""
    for k in range(1, min(_INTRO_REACH, len(lines) - 1)):
        found = _DAY_SEAT.match(lines[k].text)
        if found is None or not ctx.res.dates.whole(found.group("date")) \
                or doc_type_in(found.group("title"), ctx, at_start=True) is None:
            continue
        line = lines[k]
        seg.fields.setdefault("page-text", []).extend(lines[:k])
        lines[k:k + 1] = [Line(line.no, found.group("title"), line.blank_before),
                          Line(line.no, f"{found.group('place')}, {found.group('date')}")]
        return k
    return 0


def _quoted_page(lines: list[Line], seg: Segments, ctx: Context) -> int:
    """A blog's or forum's repost quoting an archive page under its own lines (a post's
    title, a note on the translation): the archive page's address, then its date line and
    title. The repost's lines go to the page text; returns the address's index (0: none)."""
    for j in range(1, min(_QUOTE_REACH, len(lines) - 2)):
        row = ctx.res.patterns.match("reposted-page", lines[j].text)
        found = row[1] if row and row[0] == "archive-page" else None
        if found and not found.group("date"):  # (wcds93) the blogger's note under it
            note_under_address(lines, j, seg, ctx)
        date = found and (found.group("date") or lines[j + 1].text)
        title = j + 1 if found and found.group("date") else j + 2
        if not (date and ctx.res.dates.whole(date)) or title >= len(lines):
            continue
        heading = _broken_title(lines, title)
        if is_title(heading, ctx, True, lines, title):
            seg.fields.setdefault("page-text", []).extend(lines[:j])
            earlier_addresses(lines, j, found.start("address"), seg)  # (wcds93)
            if heading is not lines[title]:
                lines[title:title + 2] = [heading]
            join_broken_names(lines, title, ctx)  # (wcdw95)
            if found.group("date"):  # the address and the date each a line again
                no = lines[j].no
                lines[j:j + 1] = [Line(no, found.group("address")), Line(no, date)]
            return drop_preface(lines, j)  # (wcds93) a long preface: off the page's lines
    return 0


def _post_header(lines: list[Line], seg: Segments, ctx: Context) -> int:
    """A blog's post over a document it reposts: the post's date line (table `blog-post`,
    `Wednesday, August 18, 2010`), then a title naming the document's parties with a
    date of another year on it or under it; a post title the document's own heading under
    it repeats with more after it (`Letter from A to B - October 26, 1962` over `Letter
    from A to B`) is the post's too. They go to the page text; returns the index of the
    document's heading (0: none)."""
    found = ctx.res.patterns.match("blog-post", lines[0].text) if len(lines) > 2 else None
    if found is None or found[0] != "post-date":
        return 0
    heading = lines[1].text
    k = 2 if len(heading) > len(lines[2].text) > 0 and heading.startswith(lines[2].text) else 1
    parties = title_parties(lines[k].text, ctx)
    dates = [value for line in lines[k:k + 2] for value in ctx.res.dates.find(line.text)]
    posted = {value.year for value in ctx.res.dates.find(lines[0].text)}
    if not (parties and all(parties)) or not any(
            value.year and value.year not in posted for value in dates):
        return 0  # (a debate's day over its questions is no post's: the document's date)
    seg.fields.setdefault("page-text", []).extend(lines[:k])
    if doc_type_in(lines[k].text, ctx) is None and heading_kind(lines[k].text, ctx) in (
            None, "dateline"):
        seg.page_title = lines[k]  # (repost87) `91 - PM A to President B, February 14, 1956`:
        return k + 1  # the post's title names the parties and the date, no form: the title
    return k


_TAIL_REACH = 8  # the lines at the page's top where the previous document's note may end


def _under_source_tail(lines: list[Line], seg: Segments, ctx: Context) -> int:
    """A copy that opens inside a printed collection's page: the end of the previous
    document's source note (`121-123; obtained by Carter-Brezhnev Project; translation by
    Mark H. Doctoroff.]`, its opening bracket on the page before), then this document's
    heading naming its form, taken as the title. The note's end goes to the page text (it
    is not this document's source); returns the index under the heading (0: none).
    (repost63) The page may open a few lines higher, in the previous document's text: its
    end, signature and whole bracketed note (`[Source: ... Translated by` / `Vladislav
    Zubok.]`) go to the page text too."""
    for k in range(1, _TAIL_REACH + 1):  # the note's end on one line or two
        joined = [" ".join(line.text for line in lines[j:k]) for j in range(max(0, k - 2), k)]
        tails = [*joined, *(tail[1:] for tail in joined if tail.startswith("[") and len(
            tail) > 5)] if len(lines) >= k + 2 else []  # a whole note read as its end
        rows = [ctx.res.patterns.match("reposted-page", tail) for tail in tails]
        if not any(row and row[0] == "source-tail" for row in rows):
            continue
        heading, used = _numbered_heading(lines, k, ctx)
        if doc_type_in(heading.text, ctx, at_start=True) is None \
                or not is_title(heading, ctx, True, lines, k):
            return 0
        seg.fields.setdefault("page-text", []).extend(lines[:k])
        number = lines[k].text[:lines[k].text.find(heading.text)].strip()
        if number:  # the collection's number kept with the page's text
            seg.fields["page-text"].append(Line(lines[k].no, number))
        seg.page_title = heading
        return k + used
    return 0


def _numbered_heading(lines: list[Line], k: int, ctx: Context) -> tuple[Line, int]:
    """Line `k`, a printed collection's heading, without the collection's number before it
    (table `numbered-document`: `Document 26: Telegram, Mao Zedong`) and joined to the
    next line when the column wrapped it before the addressee (`to Liu Shaoqi, 12 February
    1950`); with the number of lines it took."""
    line = lines[k]
    found = ctx.res.patterns.match("numbered-document", line.text)
    if found is None:
        return line, 1
    text = found[1].group("heading")
    if k + 1 < len(lines) and _TO_GOES_ON.match(lines[k + 1].text) and text[-1:].isalpha():
        return Line(line.no, f"{text} {lines[k + 1].text}", line.blank_before), 2
    return Line(line.no, text, line.blank_before), 1


def _broken_title(lines: list[Line], i: int) -> Line:
    """Line `i`, or it joined to the next when the archive's title broke before its quoted
    part (`From the Diary of Shcherbakov I.S.,` / `'Record of Conversation with ...'`)."""
    line = lines[i]
    if line.text.endswith(",") and i + 1 < len(lines) and lines[i + 1].text[:1] in _QUOTES:
        return Line(line.no, f"{line.text} {lines[i + 1].text}", line.blank_before)
    return export_title(lines, i)  # (wcds93) wrapped after a connective


def _form_title(lines: list[Line], j: int, ctx: Context) -> bool:
    """Line `j` is a title opening with the document's form and naming its parties, under
    lines that are no archival reference (the document's file, read with the head)."""
    return doc_type_in(lines[j].text, ctx, at_start=True) is not None and \
        is_title(lines[j], ctx, False, lines, j) and not any(
            ctx.res.patterns.match("archival-reference", line.text) for line in lines[:j])


def _numbered_title(lines: list[Line], j: int, ctx: Context) -> bool:
    """(lead35) Line `j` a documents volume's numbered title (a `page-title` row: `87
    Cablegram to Jakarta`) over its dateline (`Canberra, 4 December 1974`), or (bloc70) over
    its cable form's number line (`CIPHERED TELEGRAM No. 215`), under a line of the site's
    or the book's (the volume's title, a running head with its page number)."""
    return j + 1 < len(lines) and ctx.res.patterns.match("page-title", lines[j].text) is not None \
        and heading_kind(bare(lines[j + 1].text), ctx) in _UNDER_NUMBERED_TITLE


_UNDER_NUMBERED_TITLE = frozenset({"dateline", "cable-number"})


def _page_text_above(lines: list[Line], j: int, seg: Segments, ctx: Context) -> bool:
    """Whether no line above `j` is labelled, a heading's or names a document; then they
    go to the header (an address as its source URL, others as page text); (commonwealth76)
    not a register place right over the date line (`New Delhi` / `14 July 1950`, under an
    edition's numbered `Cable to X`): the document's own dateline set over two lines."""
    if j > 0 and not lines[j].blank_before and place_before_date(
            f"{lines[j - 1].text} {lines[j].text}", ctx):
        return False
    if any(label_of(above.text, ctx) or heading_kind(bare(above.text), ctx)
           or names_form_or_parties(above, ctx) or YEAR_ONLY.fullmatch(above.text)
           or ctx.res.dates.date_line(above.text)  # (wcda59) `c. 1966`, (wcda71) `1957`,
           for above in lines[:j]):  # `August 3, 1961 - August 5, 1961`: the page's date line
        return False
    for above in lines[:j]:
        seg.fields.setdefault("url" if page_address(above, ctx) else "page-text", []).append(above)
    return True


def page_address(line: Line, ctx: Context) -> bool:
    """A line that is only an address (the citation table's `url` row)."""
    found = ctx.res.patterns.match("citation", line.text)
    return found is not None and found[0] == "url"


def related_summary(lines: list[Line], i: int, ctx: Context) -> bool:
    """A prose line standing above the page's date line: another document's summary (a
    long one may lack its full stop when the page's title follows the date line)."""
    following = lines[i + 1] if i + 1 < len(lines) else None
    words = len(lines[i].text.split())
    if following is None or not ctx.res.dates.whole(following.text) or words < 8:
        return False
    return bool(PROSE_END.search(lines[i].text)) or (
        words >= 12 and i + 2 < len(lines) and is_title(lines[i + 2], ctx, True, lines, i + 2))
