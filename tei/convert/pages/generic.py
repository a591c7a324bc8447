"""The generic page reader: what every publisher's page has, driven by tables.

Page furniture (navigation, sharing, viewer chrome: `page-furniture`) is dropped wherever
it stands, and marks a boundary (`furniture.py`). The page's head (a related document's
summary, the date line, the title line, a line repeating the title, labelled fields) and
its foot (labelled fields in any order, with or without values: `page-fields`,
`page-keyword-fields`) move to the header; boilerplate (funding line, reuse statement:
`boilerplate`) may stand anywhere.
Labelled fields are read by `fields.py`; an unlabelled last prose line of a page is the
archive's summary (`summary.py`); an archival reference in the head or closing the document
(`[AA: A981, ...]`, `Political Archive, PA 1956, Box 12, Folder 3`) is the shelfmark. What
is left is the document.
"""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.pages.fields import fields, footer, is_credit, is_prose, opens_foot
from tei.convert.pages.lossy_title import fuller_title
from tei.convert.pages.numbered_heading import numbered_heading, take_page_title
from tei.convert.pages.references import BRACKETED_SOURCE, closing_reference, opening_reference
from tei.convert.pages.runon import edited_heading
from tei.convert.pages.summary import (
    PROSE_END,
    headnote_over_dateline,
    introduction,
    preamble,
    summary_under_date,
    unlabelled_summary,
)
from tei.convert.parties import title_parties
from tei.convert.read import Line
from tei.convert.segment import bare, doc_type_in, heading_groups, heading_kind, label_of
from tei.convert.zones import Segments

# `Cable from X, "Name"`, `Cable from X, ‘Gomułka’s Speech’` (an apostrophe inside single quotes)
_QUOTED_NAME = re.compile(r",\s+(?:[\"“][^\"“”]{3,200}[\"”]|‘[^‘]{3,200}’)$")
# (wc13) the closing quote may be doubled (`..., 6 November 1972''`, the publisher's slip)
_QUOTED_TITLE = re.compile(r",\s+['‘\"“][^'‘’\"“”]{3,200}['’\"”]{1,2}$")
_CONVERSING = re.compile(r"\s(?i:between|with)\s++[A-Z]")
_HEAD_LINES = 14
_RECORD_REACH = 40


def unwrap(lines: list[Line], seg: Segments, ctx: Context) -> list[Line]:
    """Head, fields and foot of the page into `seg`; the document's lines are returned."""
    lines = [_colon_label(line, ctx) for line in lines[:_RECORD_REACH]] + lines[_RECORD_REACH:]
    start = _head(lines, seg, ctx)
    end = footer(lines, start, seg, ctx)
    if seg.page_title is None and seg.fields.get("title"):
        seg.page_title = seg.fields["title"][0]
    if seg.page_title is None:
        seg.page_title = _citation_title(seg.fields.get("citation", []), ctx)
    seg.page_title = fuller_title(_cased_title(seg.page_title, seg, ctx),
                                  _citation_title(seg.fields.get("citation", []), ctx))
    if seg.page_date is None:  # the older layout as a store flattens it has no date line
        seg.page_date = _citation_title(seg.fields.get("citation", []), ctx, "date")
    described = seg.fields.get("summary", [])
    if seg.page_title is None and len(described) == 1 and _names_a_document(described[0], ctx):
        seg.page_title = described[0]
    dated = [line for line in seg.fields.get("date", []) if ctx.res.dates.find(line.text)]
    if seg.page_date is None and dated:
        seg.page_date = dated[0]
    middle = opening_reference(closing_reference(lines[start:end], seg, ctx), seg, ctx)
    return unlabelled_summary(middle, seg, ctx, end < len(lines))


_EDITION_NUMBER = re.compile(r"^\d{1,4}\.$")  # `312.`: a printed volume's document number
_NUMBER_LINE = re.compile(r"^(?:No\.|Nr\.|№)\s?\d{1,4}\.?$")
_SPACED_LABEL = re.compile(r"^(?P<label>[^\s:][^:\t]*?[^\s:])(?:\t+|\s{2,})(?P<value>\S[^:]*)$")
_DOUBLE_SPACE = re.compile(r"\s\s")


def spaced(text: str) -> bool:
    """Whether `text` has a tab or two spaces in a row, without which `_SPACED_LABEL`
    cannot match (a quick test that spares most lines the lazy label's walk)."""
    return "\t" in text or _DOUBLE_SPACE.search(text) is not None


def _colon_label(line: Line, ctx: Context) -> Line:
    """`Draft Date          06/21/1975`: a record table's field whose label and value stand
    apart by a run of spaces or tabs, read as `Draft Date: 06/21/1975` when the label is a
    page field's."""
    found = _SPACED_LABEL.match(line.text) if spaced(line.text) else None
    if not found or not label_of(f"{found.group('label')}:", ctx):
        return line
    text = f"{found.group('label')}: {found.group('value')}"
    return Line(line.no, text, line.blank_before, line.rule_before, line.bullet)


def _head(lines: list[Line], seg: Segments, ctx: Context) -> int:
    """Read the page's head: date line, title line, fields; return the index after it."""
    i = _record_lines(lines, seg, ctx)
    while i < min(len(lines), _HEAD_LINES) or (i < len(lines) and label_of(lines[i].text, ctx)):
        line = lines[i]
        if label_of(line.text, ctx):
            i = fields(lines, i, seg, ctx)
            if "document-start" in seg.fields:
                break
            continue
        if not _head_line(lines, i, seg, ctx):
            break
        i += 1
    if i == 0 and introduction(lines, ctx):
        seg.fields.setdefault("summary", []).append(lines[0])
        i = 1
    bare_page = not (seg.page_title or seg.page_date or seg.fields or seg.layouts)
    heading = preamble(lines, i, ctx) if bare_page else i
    while heading > i and lines[heading - 1].no == lines[heading].no:
        heading -= 1  # a run-on line's first part stays with its heading
    if heading > i:  # a repost's preamble above the cable's heading: the page's text
        seg.fields.setdefault("page-text", []).extend(lines[i:heading])
    return _document_start(lines, heading, seg, ctx)


def _record_lines(lines: list[Line], seg: Segments, ctx: Context) -> int:
    """Short lines of a record page (a collection's or series' name, a document number)
    standing above a title that labelled fields follow: kept in the header as record
    lines; returns the index of the title."""
    for k in range(1, min(4, len(lines) - 1)):
        above = lines[:k]
        if (label_of(lines[k + 1].text, ctx) and not label_of(lines[k].text, ctx)
                and _is_title(lines[k], ctx, False, lines, k)
                and all(len(line.text.split()) <= 12 and not PROSE_END.search(line.text)
                        and not label_of(line.text, ctx) and not ctx.res.dates.whole(line.text)
                        for line in above)):
            for n, line in enumerate(above):
                seg.fields.setdefault(_top_line_field(line, n, ctx), []).append(line)
            return k
    return 0


def _top_line_field(line: Line, index: int, ctx: Context) -> str:
    """`original-archive` for an archive's name alone on the page's first line (the
    repository), else `page-text`."""
    named = index == 0 and ctx.res.patterns.match("archive-name", line.text)
    return "original-archive" if named else "page-text"


def _document_start(lines: list[Line], i: int, seg: Segments, ctx: Context) -> int:
    """When a record page labels where its document begins (`Text of telegram:`) further
    down, the lines up to there are the record's: fields, or unlabelled record lines."""
    if "document-start" in seg.fields:
        return i
    prose = False
    for k in range(i, min(len(lines), i + _RECORD_REACH)):
        found = label_of(lines[k].text, ctx)
        if found and prose and opens_foot(found):
            return i  # `English Translation` listed under the foot's Contents opens nothing
        prose = prose or (not found and is_prose(lines[k]))
        if found and found[1] == "document-start":
            while i < k:
                if label_of(lines[i].text, ctx):
                    i = fields(lines, i, seg, ctx)
                else:
                    seg.fields.setdefault("page-text", []).append(lines[i])
                    i += 1
            return fields(lines, k, seg, ctx)
    return i


def _head_line(lines: list[Line], i: int, seg: Segments, ctx: Context) -> bool:
    """Take line `i` as an archival reference, date, title, repeated title or related
    summary when it is one."""
    line, dates = lines[i], ctx.res.dates
    source = BRACKETED_SOURCE.match(line.text)
    if source:  # `[Source: AVPRF, ... Translated by ...]`: read, and kept as the editors' note
        seg.fields.setdefault("source", []).append(Line(line.no, source.group("source")))
        return False
    reference = ctx.res.patterns.match("archival-reference", line.text)
    if reference:
        seg.add_reference(reference[1])
        return True
    if _is_banner(lines, i) or (i == 0 and _EDITION_NUMBER.match(line.text)) or (
            i == 0 and _numbers_a_titled_document(lines, ctx)):
        seg.fields.setdefault("page-text", []).append(line)
        return True
    if i == 0 and _top_line_field(line, i, ctx) == "original-archive":
        seg.fields.setdefault("original-archive", []).append(line)
        return True
    if is_credit(line.text, ctx):
        seg.fields.setdefault("credits", []).append(line)
        return True
    if _citation_title([line], ctx) is not None:
        _unlabelled_citation(lines, i, seg)
        return True
    if "citation" in seg.fields and _page_address(line, ctx):
        seg.fields["citation"].append(line)  # the older layout's `share document` address
        return True
    numbered = numbered_heading(lines, ctx) if i == 0 and seg.page_title is None else None
    if numbered:  # the heading's own line then repeats the title
        seg.fields.setdefault("page-text", []).append(line)
        take_page_title(Line(lines[1].no, lines[1].text), numbered, seg)
        return True
    titled = ctx.res.patterns.match("page-title", line.text)
    if titled and seg.page_title is None:
        take_page_title(line, titled[1], seg)
        return True
    page_date = dates.whole(line.text) if seg.page_date is None else None
    salutes = i + 1 < len(lines) and bool(ctx.res.patterns.match("salutation", lines[i + 1].text))
    if page_date is not None and not salutes and not (
            page_date.hour is not None and _heads_a_form(lines, i, ctx)):
        seg.page_date = line  # not a date with its hour over a form's heading line (`14 March
        return True  # 1964, 18.30` / `ROYAL GREEK EMBASSY, ANKARA`): that is the heading's;
    # nor one over the salutation (`12/VI. 1919` / `Comrade Lenin,`): the letter's dateline
    if seg.page_title and _repeats(line.text, seg.page_title.text):
        return True
    if seg.page_title and i > 0 and lines[i - 1] is seg.page_title and _title_rest(line.text, seg):
        seg.page_title = Line(seg.page_title.no, f"{seg.page_title.text} {line.text}")
        return True
    if seg.page_title is None and seg.page_date is None:
        lead = dates.leading(line.text)
        if lead and _is_title(Line(line.no, lead[1]), ctx, True):
            seg.page_date, seg.page_title = Line(line.no, lead[0]), Line(line.no, lead[1])
            return True
    if i > 0 and (summary_under_date(lines, i, seg, ctx)
                  or headnote_over_dateline(lines, i, seg, ctx)):
        seg.fields.setdefault("summary", []).append(line)
        return True
    after_date = seg.page_date is not None and i > 0 and lines[i - 1] is seg.page_date
    if seg.page_title is None and _is_title(line, ctx, after_date, lines, i):
        seg.page_title = line
        return True
    if seg.page_date is None and seg.page_title is None and _related_summary(lines, i, ctx):
        seg.related.append(line)
        return True
    return edited_heading(line, seg, ctx)


def _numbers_a_titled_document(lines: list[Line], ctx: Context) -> bool:
    """`No. 17` alone over a title naming the document's form and parties (`Telegram from
    the Polish Embassy in Hanoi to the Ministry ...`): a collection's document number."""
    return len(lines) > 1 and _NUMBER_LINE.match(lines[0].text) is not None \
        and doc_type_in(lines[1].text, ctx, at_start=True) is not None \
        and _is_title(lines[1], ctx, False, lines, 1)


def _heads_a_form(lines: list[Line], i: int, ctx: Context) -> bool:
    """Whether the line after line `i` is a cable form's heading line (a letterhead, a
    labelled field, a number line)."""
    return i + 1 < len(lines) and heading_kind(bare(lines[i + 1].text), ctx) is not None


_TITLE_REST = re.compile(r"^[A-Z][\w'’.-]*+(?:\s[A-Z][\w'’.-]*+){0,3}\s\([A-Z][^()]{1,40}\)$")
_OPEN_END = re.compile(r"\s(?:to|from|and)\s[A-Z][\w'’.-]*+$")


def _title_rest(text: str, seg: Segments) -> bool:
    """`Brennan (Washington)` under `Dearg code telegram from ... to Robert`: a documents
    volume's heading broken inside the addressee's name, finished by the post in brackets."""
    return bool(_TITLE_REST.match(text)) and bool(_OPEN_END.search(seg.page_title.text))


def _capital_title(text: str, ctx: Context) -> bool:
    """`REPORT, EMBASSY OF HUNGARY IN NORTH KOREA TO ...` under the page's date: an older
    layout's title set in capitals, opened by a document type (not a letterhead)."""
    return (text.isupper() and len(text.split()) >= 4
            and doc_type_in(text, ctx, at_start=True) is not None)


def _cited_below(lines: list[Line], i: int, ctx: Context) -> bool:
    """Whether line `i`, in capitals, is the title the page's citation quotes further down
    its head (the older layout: `HUNGARIAN EMBASSY IN PAKISTAN, CIPHERED TELEGRAM, ...
    SUBJECT: ...` over `"Hungarian Embassy in Pakistan, ... Subject: ...," September 08,
    1980, ...`)."""
    text = lines[i].text
    if not text.isupper():
        return False
    cited = _citation_title(lines[i + 1:i + _HEAD_LINES], ctx)
    return cited is not None and _same_words(cited.text, text)


def _cased_title(title: Line | None, seg: Segments, ctx: Context) -> Line | None:
    """A title in capitals (the older layout's) as the citation quotes it, in the archive's
    own case, when the two are the same words."""
    if title is None or not title.text.isupper():
        return title
    cited = _citation_title(seg.fields.get("citation", []), ctx)
    same = cited is not None and _same_words(cited.text, title.text)
    return Line(title.no, cited.text.strip(" ,")) if same and cited else title


def _same_words(cited: str, title: str) -> bool:
    """Whether a citation's quoted title and a title line are the same words, case and the
    citation's closing comma aside."""
    return cited.casefold().strip(" ,.") == title.casefold().strip(" ,.")


def _citation_title(lines: list[Line], ctx: Context, part: str = "title") -> Line | None:
    """The quoted title (or another `part`, its `date`) of the archive's citation, for a
    page with no title line of its own (the older layout: `"Report, Embassy of Hungary
    ...," March 14, 1967, ...`)."""
    rows = [row for row in ctx.res.patterns.regexes.get("citation", ()) if row.name == "citation"]
    for line in lines:
        found = next((m for row in rows if (m := row.regex.search(line.text))), None)
        if found:
            return Line(line.no, found.group(part).strip())
    return None


def _page_address(line: Line, ctx: Context) -> bool:
    """A line that is only an address (the citation table's `url` row)."""
    found = ctx.res.patterns.match("citation", line.text)
    return found is not None and found[0] == "url"


def _unlabelled_citation(lines: list[Line], i: int, seg: Segments) -> None:
    """The archive's citation standing unlabelled in the page's head (the older layout:
    date, summary, citation): a sentence taken for the title just above it is the summary,
    and the citation's quoted title the page's."""
    title = seg.page_title
    if title is not None and i > 0 and title.no == lines[i - 1].no and PROSE_END.search(title.text):
        seg.fields.setdefault("summary", []).append(lines[i - 1])
        seg.page_title = None
    seg.fields.setdefault("citation", []).append(lines[i])


def _names_a_document(line: Line, ctx: Context) -> bool:
    """A catalogue's description that is the document's title (`Despatch No. 112 from Sir
    William Hayter, Moscow: ...`): one short line opening with a document type."""
    return len(line.text.split()) <= 40 and doc_type_in(line.text, ctx, at_start=True) is not None


def _is_banner(lines: list[Line], i: int) -> bool:
    """The site's banner opening a page, `The National Archives | Discovery`: short parts
    between bars, none of them a sentence."""
    parts = lines[i].text.split(" | ")
    return i == 0 and len(parts) > 1 and all(
        0 < len(part.split()) <= 8 and not PROSE_END.search(part) for part in parts)


def _repeats(text: str, title: str) -> bool:
    """A line repeating the title (possibly with a page id glued before it)."""
    return text == title or (text.endswith(title) and text[: len(text) - len(title)].isdigit())


def _related_summary(lines: list[Line], i: int, ctx: Context) -> bool:
    """A prose line standing above the page's date line: another document's summary (a
    long one may lack its full stop when the page's title follows the date line)."""
    following = lines[i + 1] if i + 1 < len(lines) else None
    words = len(lines[i].text.split())
    if following is None or not ctx.res.dates.whole(following.text) or words < 8:
        return False
    return bool(PROSE_END.search(lines[i].text)) or (
        words >= 12 and i + 2 < len(lines) and _is_title(lines[i + 2], ctx, True, lines, i + 2))


def _is_title(line: Line, ctx: Context, after_date: bool, lines: list[Line] | None = None,
              i: int = 0) -> bool:
    text = line.text
    patterns = ctx.res.patterns
    following = label_of(lines[i + 1].text, ctx) if lines and i + 1 < len(lines) else None
    followed_by_fields = bool(following) and following[1] != "title"
    if after_date and _QUOTED_TITLE.search(text):
        return True  # `From the Journal of N.G. X, 'Record of a Conversation ...'`
    if (after_date or followed_by_fields) and _capital_title(text, ctx):
        return True  # the older layout's title in capitals, over its date or its fields
    if after_date and lines and _cited_below(lines, i, ctx):
        return True  # the same, opened by its sender and holding a `SUBJECT:`
    heading = patterns.match("heading", bare(text))
    if label_of(text, ctx) or (heading and heading[0] != "dateline"):
        return False
    if ":" in text and heading_groups(text, ctx) is not None:
        return False  # a labelled line of a cable form (`Dispatched from: Washington`)
    if patterns.match("salutation", text) or patterns.match("address", text):
        return False
    if after_date:
        return len(text.split()) <= 40
    if followed_by_fields and text.isupper() and len(text.split()) <= 40:
        return True  # a reading room's record title in capitals (`PRESS DISPATCH ... 11/18/48.`)
    if PROSE_END.search(text) and not text.endswith(")"):
        return False
    if followed_by_fields and len(text.split()) <= 20:
        return True
    if text[:1].islower() or len(text.split()) > 40:
        return False
    split = title_parties(text, ctx)
    if split and split[0] and not split[1] and _QUOTED_NAME.search(text):
        return doc_type_in(text, ctx, at_start=True) is not None  # `Cable from X, "Name"`
    opens = i == 0 or (bool(lines) and all(
        ctx.res.patterns.match("archival-reference", line.text) for line in lines[:i]))
    if opens and _CONVERSING.search(text) and doc_type_in(text, ctx, at_start=True):
        return True  # `Record of Conversation between Chancellor Adenauer and Ambassador ...`
    if not (split and split[0] and split[1]):
        return False
    if doc_type_in(text, ctx, at_start=True) is not None:
        return True
    return opens and any(_party_like(part, ctx) for part in split)


def _party_like(text: str, ctx: Context) -> bool:
    """A title's party, not `Access` in `Access to Archival Databases`: a register name, or
    words opening with a title or an office (`Ambassador X`, `Ministry of ...`)."""
    first = text.split()[0].casefold().rstrip(".,") if text.split() else ""
    patterns = ctx.res.patterns
    return bool(ctx.res.register.find(text)) or first in patterns.words("honorifics") \
        or first in patterns.words("office-words")
