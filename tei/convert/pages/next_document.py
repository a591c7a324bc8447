"""(repost65) A documents collection's page or an e-book's chapter copied as text, where
the document opened by its number in the collection (`No. 226`) runs on into the next one
(`[p. 388]` / `No. 227` / `Count Hatzfeldt to the Foreign Office` / `TELEGRAM.`): the next
number, with its form's name or parties line under it, ends the document; the lines from
there (a page mark over it too) are the page's. (repost67) How it went in brackets under
the parties (`(Telegram.)`, `(Circular Telegram.)`) names the form too, and a book's running
head with its page's number over the next number (`DOCUMENTS AND DISPATCHES. 65`) is such a
page mark. (repost66) An edition heading its documents in capitals by form and parties
(Degras's `TELEGRAM FROM CHICHERIN TO CURZON REPLYING TO ...`): the next heading of that
shape ends the document. (repost69) The next number as the copy's last line (`No. 18.`, the
copy cut under it) ends it too. (wcda69) A Bulletin's documents, each under its title with its
date and the editors' bracketed source: the next such title over its source ends the
document. (ocr87) A file's teleprinter telegram (`CYPHER/CAT A` / `FM HONG KONG 160925Z`) runs
on into the next paper of the file: the next `FM` line with its precedence's address line
under it ends the document, from the cypher line over it (table `file-jacket`). Read by
`pages/generic.py`."""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.pages.preamble import CAPITALS_FORM
from tei.convert.pages.references import bracketed_source
from tei.convert.read import Line
from tei.convert.segment import doc_type_in, heading_kind
from tei.convert.zones import Segments

_NUMBER = re.compile(r"^(?P<word>No\.|Nr\.|Document|Doc\.)\s*+(?P<n>\d{1,4})\.?$", re.IGNORECASE)
_PAGE_MARK = re.compile(r"^\[?(?:p|pp|pg|page)\.?\s*+\d{1,4}\]?$", re.IGNORECASE)  # `[Pg 172]`
# (repost67) a book's running head in capitals with its page's number (`DOCUMENTS AND
# DISPATCHES. 65`, `64 THE CANDIDATURE.`), an OCR'd page turning over the next number
_RUNNING_HEAD = re.compile(
    r"^(?:\d{1,4}\s++[A-Z][A-Z'’.,:; -]{3,80}+|[A-Z][A-Z'’.,:; -]{3,80}?\s++\d{1,4})$")
# (wcdb82) the Bulletin's next number over its title as the copy's last lines, the page cut
# under them (`DOCUMENT No. 7` / `Note from the Polish Foreign Ministry to ..., 14 April 1969`)
_CUT_UNDER_NUMBER = re.compile(r"^(?i:document)(?:\s++No\.)?\s*+\d{1,4}$")
# (repost83) or on the title's line before it, as a book's PDF sets it (`Document No. 22: Notes
# of the CPSU CC Presidium Meeting, 20 October 1956`)
_NUMBER_BEFORE = re.compile(r"^(?i:document)\s++No\.\s?+\d{1,4}+[.:]\s++(?=[A-Z])")
_OPENING = 6  # the top lines where its number stands (under a book's title, chapter, page mark)
_ABOVE = 3  # the page's last lines over the document, where the head put its number
_UNDER = 3  # the lines under the next number where a heading row stands
# the next document's heading names its form or parties (`TELEGRAM.`, `Sir Edward Grey to Sir
# G. Buchanan`): a despatch's number over a salutation is an enclosure's, no next document
# (repost68, after the held score) the form with its number (`Telegram No. 188.`) too
_FORM_ROWS = frozenset({"document-type", "transmission", "method", "cable-number"})
_UNDER_PARTIES = _FORM_ROWS | {"dateline"}
# (repost67) how it went in brackets, alone on its line, whichever form's rows the page's are
_FORM_IN_BRACKETS = re.compile(r"^\((?i:circular\s++)?(?i:telegraphic|telegram)\.?\)$")
# a heading in capitals naming its form, sender and addressee
_CAPITALS_HEADING = re.compile(
    r"^[A-Z][A-Z'’.-]*+(?:\s[A-Z][A-Z'’.-]*+){0,3}\sFROM\s[^a-z]{3,200}?\sTO\s[^a-z]{2,200}+$")


def next_document(lines: list[Line], start: int, end: int, seg: Segments, ctx: Context) -> int:
    """The document's end: where the next numbered document begins between `start` and `end`
    when the document opens with its number (the lines from there go to the page's text),
    else `end`."""
    top = [*seg.fields.get("page-text", [])[-_ABOVE:], *lines[start:start + _OPENING]]
    following = _following(lines, top, start, end, ctx)
    if following is None:
        following = _next_capitals_heading(lines, start, end, seg, ctx)
    if following is None:
        following = _next_parties_heading(lines, start, end, ctx)
    if following is None:
        following = _next_titled_document(lines, start, end, seg, ctx)
    if following is None:
        following = _next_wire_form(lines, start, end, ctx)
    if following is None:
        following = _title_again_over_dateline(lines, start, end, seg, ctx)
    if following is None:
        return end
    seg.fields.setdefault("page-text", []).extend(lines[following:end])
    return following


def _following(lines: list[Line], top: list[Line], start: int, end: int,
               ctx: Context) -> int | None:
    """The index of the next document's number (or of the page mark over it), if any, when
    the document's own number stands among the `top` lines."""
    first = next((m for line in top if (m := _NUMBER.match(line.text))), None)
    if first is None:
        return None
    wanted = f"{first.group('word').casefold()} {int(first.group('n')) + 1}"
    for k in range(start + _OPENING, end):
        found = _NUMBER.match(lines[k].text)
        if found and f"{found.group('word').casefold()} {int(found.group('n'))}" == wanted \
                and (k == end - 1 or any(_FORM_IN_BRACKETS.match(line.text) or (
                    (row := ctx.res.patterns.match("heading", line.text)) and row[0] in _FORM_ROWS)
                        for line in lines[k + 1:k + 1 + _UNDER])):  # (repost69) or the copy's cut
            while k > start and (_PAGE_MARK.match(lines[k - 1].text)
                                 or _RUNNING_HEAD.match(lines[k - 1].text)):
                k -= 1
            return k
    return None


def _next_capitals_heading(lines: list[Line], start: int, end: int, seg: Segments,
                           ctx: Context) -> int | None:
    """(repost66) The index of the next heading in capitals naming a form and both parties,
    when the page's title is one; (repost84) the next collected works' heading of a form and
    its addressee (`TELEGRAM TO GENERAL HEADQUARTERS ...*`) when the page's title is one
    (`TELEGRAM TO ARTHUR HENDERSON`; under a title naming a set, repost82, the page stays one
    document)."""
    if seg.page_title is not None and CAPITALS_FORM.match(seg.page_title.text):  # (repost84)
        return next((k for k in range(start + 1, end) if CAPITALS_FORM.match(lines[k].text)),
                    None)
    if seg.page_title is None or not _CAPITALS_HEADING.match(seg.page_title.text):
        return None
    return next((k for k in range(start + 1, end) if _CAPITALS_HEADING.match(lines[k].text)
                 and doc_type_in(lines[k].text, ctx, True)), None)


def _parties_heading(lines: list[Line], k: int, ctx: Context) -> bool:
    """An edition's heading naming both parties (table `frus`, row `heading`) at `k`, its
    form's name or its dateline (table `heading`) under it."""
    found = ctx.res.patterns.match("frus", lines[k].text)
    return found is not None and found[0] == "heading" and any(
        (row := ctx.res.patterns.match("heading", line.text)) and row[0] in _UNDER_PARTIES
        for line in lines[k + 1:k + 1 + _UNDER])


def _next_parties_heading(lines: list[Line], start: int, end: int, ctx: Context) -> int | None:
    """(repost68) The index of the next parties' heading over its form or dateline, when the
    document opens with one among its top lines: a collection's page whose numbers the page
    dropped (the German White Book's `Exhibit 25.` over `The Imperial Chancellor to the
    Imperial Ambassador at Paris.` / `Telegram. Urgent.` / `Berlin, July 31, 1914.`)."""
    first = next((k for k in range(start, min(end, start + _OPENING))
                  if _parties_heading(lines, k, ctx)), None)
    if first is None:
        return None
    return next((k for k in range(first + 1, end) if _parties_heading(lines, k, ctx)), None)


def dated_title(text: str, ctx: Context) -> bool:
    """A Bulletin's document title: its form and parties, then its date after a comma
    (`Ciphered Telegram from S. Antonov to the USSR MFA, 27 August 1959`)."""
    head, comma, tail = _NUMBER_BEFORE.sub("", text).rpartition(",")
    return bool(comma) and ctx.res.dates.whole(tail) is not None \
        and doc_type_in(head, ctx, at_start=True) is not None


def _next_titled_document(lines: list[Line], start: int, end: int, seg: Segments,
                          ctx: Context) -> int | None:
    """(wcda69) The index of the next document's dated title over its editors' bracketed
    source line (`[Source: AVP RF, ...]`), when the page's title is such a title: the CWIHP
    Bulletin prints its documents one after another, each under its number (`DOCUMENT No.
    2`, dropped as the publication's), its title and its source. (wcdb82) The next number
    over its title as the copy's last two lines ends the document too (the copy cut there);
    (repost83) so does its title with the number before it on its line (`Document No. 22:
    Notes of ..., 20 October 1956`), a book's PDF's way."""
    if seg.page_title is None or not dated_title(seg.page_title.text, ctx):
        return None
    return next((k for k in range(start + 1, end) if _numbered_dated(lines[k].text, ctx) or (
        dated_title(lines[k].text, ctx) and (
            bracketed_source(lines[k + 1].text) if k + 1 < end
            else _number_over(lines[k - 1].no, lines[k].no, ctx)))), None)


def _numbered_dated(text: str, ctx: Context) -> bool:
    """(repost83) The next document's number and title on one line, its date after a comma
    (`Document No. 22: Notes of the CPSU CC Presidium Meeting, 20 October 1956`), whatever
    its form."""
    numbered = _NUMBER_BEFORE.match(text)
    return numbered is not None and ctx.res.dates.whole(text.rpartition(",")[2]) is not None


def _number_over(after: int, at: int, ctx: Context) -> bool:
    """(wcdb82) The Bulletin's document number (dropped from the lines as the publication's)
    among the source's lines between line numbers `after` and `at`."""
    source = ctx.text.splitlines()[after:at - 1]
    return any(_CUT_UNDER_NUMBER.match(text.strip()) for text in source)


_WIRE_TOP = 6  # the top lines where the first telegram's cypher or `FM` line stands
_WIRE_ADDRESS = 4  # lines from a `FM` line to its address line
_WIRE_ABOVE = 8  # lines over the next `FM` line where its cypher line may stand


def _next_wire_form(lines: list[Line], start: int, end: int, ctx: Context) -> int | None:
    """(ocr87) Where a file's next telegram begins, under a document opened by a teleprinter
    telegram's form (table `file-jacket`: its `start`, `from` and `to` rows)."""
    def row(k: int) -> str:
        found = ctx.res.patterns.match("file-jacket", lines[k].text)
        return found[0] if found else ""

    first = next((k for k in range(max(0, start - _WIRE_TOP), min(end, start + _WIRE_TOP))
                  if row(k) == "start"), None)
    if first is None:
        return None
    def sender(k: int) -> bool:  # a `FM` line, its date-time group on it or not
        return row(k) in ("start", "from") and lines[k].text.startswith("FM")

    own = next((k for k in range(first, min(end, first + _WIRE_TOP)) if sender(k)), first)
    for k in range(own + 1, end):
        under = range(k + 1, min(end, k + _WIRE_ADDRESS + 1))
        if sender(k) and any(row(j) == "to" for j in under):
            return next((j for j in range(k - 1, max(own, k - _WIRE_ABOVE), -1)
                         if row(j) == "start"), k)
    return None


_PAIR_WORDS = 12  # a heading naming the two parties is short


def _title_again_over_dateline(lines: list[Line], start: int, end: int, seg: Segments,
                               ctx: Context) -> int | None:
    """(repost87) The index of the page's title again, a heading naming both parties (`Lord
    Lyons to Lord Russell.`), over a dateline (or as the copy's last line): the next letter
    of the same pair in a biography or a book of letters; the biographer's lines between
    stay the page's text of the first."""
    if seg.page_title is None:
        return None
    title = seg.page_title.text.strip().rstrip(".")
    if " to " not in title or len(title.split()) > _PAIR_WORDS:
        return None
    return next((k for k in range(start + 1, end) if lines[k].text.strip().rstrip(".") == title
                 and (k + 1 == end or heading_kind(lines[k + 1].text, ctx) == "dateline")), None)
