"""The generic page reader: what every publisher's page has, driven by tables.

Page furniture (navigation, sharing, viewer chrome: `page-furniture`) is dropped wherever
it stands, and marks a boundary (`furniture.py`). The page's head (a related document's
summary, the date line, the title line, a line repeating the title, labelled fields) and
its foot (labelled fields in any order, with or without values: `page-fields`,
`page-keyword-fields`) move to the header; boilerplate (`boilerplate`) may stand anywhere.
Labelled fields are read by `fields.py`; an unlabelled last prose line of a page is the
archive's summary (`summary.py`); an archival reference in the head or closing the document
(`[AA: A981, ...]`, `Political Archive, PA 1956, Box 12`) is the shelfmark; the rest: the document.
"""

from __future__ import annotations

import re

from tei.convert.action_dates import YEAR_ONLY
from tei.convert.archive_span import UNDATED_LINE
from tei.convert.context import Context
from tei.convert.pages import references as refs
from tei.convert.pages import source_under_summary as old_source
from tei.convert.pages import store_buttons, title_neighbours, titled_date, titles, wrapped_title
from tei.convert.pages import unquoted_citation as unquoted
from tei.convert.pages.above_head import (
    collection_over_fields,
    lines_above_head,
    page_address,
    related_summary,
)
from tei.convert.pages.catalogue_title import described_title
from tei.convert.pages.comma_title import dated_stop, title_ends, title_with_date
from tei.convert.pages.cover_slip import cover_slip
from tei.convert.pages.edition_front import edition_front
from tei.convert.pages.fields import comment_date, fields, footer, is_credit, is_prose, opens_foot
from tei.convert.pages.labelled_reference import labelled_reference
from tei.convert.pages.lead_in import above_quote, below_title, lead_in
from tei.convert.pages.lossy_title import fuller_title
from tei.convert.pages.mail import mail_front
from tei.convert.pages.marked_title import last_party, subject_rest
from tei.convert.pages.next_document import next_document
from tei.convert.pages.numbered_heading import (
    numbered_heading,
    take_numbered,
    take_page_title,
    title_tail,
)
from tei.convert.pages.preamble import preamble, take_introduction
from tei.convert.pages.record_top import (
    head_fields,
    record_heading_field,
    record_lines,
    top_line_field,
)
from tei.convert.pages.regest import regest_under_dateline
from tei.convert.pages.release_record import release_record
from tei.convert.pages.repost_tail import commentary_under_signature
from tei.convert.pages.runon import edited_heading
from tei.convert.pages.series_post import numbers_a_titled_document, series_post_line
from tei.convert.pages.summary import (
    PROSE_END,
    headnote_over_dateline,
    repeats_page_date,
    summary_under_date,
    unlabelled_summary,
)
from tei.convert.pages.summary_only import summary_above, summary_in_head, summary_only
from tei.convert.pages.title_again import dated_title_again, repeats_title
from tei.convert.pages.wiki_sections import wiki_section_end, wiki_section_start
from tei.convert.parties import title_parties
from tei.convert.read import Line
from tei.convert.segment import bare, heading_kind, label_of
from tei.convert.zones import Segments

_HEAD_LINES, _RECORD_REACH = 14, 40  # the head's lines; a record's field lines
_POST_WORDS = 30  # a post's introduction under its headline, byline and date

# (global70) a credit in round brackets under a reference (`(Translated for ... by X)`): without
_ROUND = re.compile(r"^\((.{10,300})\)$")


def unwrap(lines: list[Line], seg: Segments, ctx: Context) -> list[Line]:
    """Head, fields and foot of the page into `seg`; the document's lines are returned."""
    lines = [_colon_label(line, ctx) for line in lines[:_RECORD_REACH]] + lines[_RECORD_REACH:]
    start = _head(lines, seg, ctx)
    title_with_date(seg)
    title_ends(lines, seg, ctx)
    lines = title_tail(lines, start, seg, ctx)
    end = footer(lines, start, seg, ctx)
    start = wiki_section_start(lines, start, end, seg, ctx)
    end = wiki_section_end(lines, start, next_document(
        lines, start, _next_record(lines, start, end, seg, ctx), seg, ctx), seg)
    field = seg.fields.get("title")  # (lead45) a title field of four words or more under the
    if field and (seg.page_title is None or (  # line taken for the title (PARES's `Título:`
            seg.page_title.no < field[0].no and len(field[0].text.split()) >= 4)):
        seg.page_title = field[0]  # under the portal's name) names the document
    if seg.page_title is None:
        seg.page_title = titles.citation_title(seg.fields.get("citation", []), ctx)
    seg.page_title = fuller_title(_cased_title(seg.page_title, seg, ctx),
                                  titles.citation_title(seg.fields.get("citation", []), ctx))
    if seg.page_date is None:  # the older layout as a store flattens it has no date line
        seg.page_date = titles.citation_title(seg.fields.get("citation", []), ctx, "date")
    if seg.page_title is None:
        seg.page_title = described_title(seg, ctx)
    dated = titled_date.record_dates(seg, ctx)  # (cw89) none under a title dating its text
    seg.page_date = seg.page_date or (dated[0] if dated else None) or comment_date(seg, ctx)
    refs.source_under_title(seg)
    middle = refs.opening_reference(refs.closing_reference(lines[start:end], seg, ctx), seg, ctx)
    middle = commentary_under_signature(summary_only(middle, seg, ctx, end < len(lines)), seg, ctx)
    middle = unlabelled_summary(middle, seg, ctx, end < len(lines))
    middle = regest_under_dateline(middle, seg, ctx)
    summary_above(seg, ctx)
    return middle


_SPACED_LABEL = re.compile(r"^(?P<label>[^\s:][^:\t]*?[^\s:])(?:\t+|\s{2,})(?P<value>\S[^:]*)$")
_DOUBLE_SPACE = re.compile(r"\s\s")


def spaced(text: str) -> bool:
    """Whether `text` has a tab or two spaces in a row, without which `_SPACED_LABEL`
    cannot match (a quick test that spares most lines the lazy label's walk)."""
    return "\t" in text or _DOUBLE_SPACE.search(text) is not None


def _colon_label(line: Line, ctx: Context) -> Line:
    """`Draft Date          06/21/1975`: a record table's field, label and value apart by a
    run of spaces or tabs, read as `Draft Date: 06/21/1975` when the label is a page field's."""
    found = _SPACED_LABEL.match(line.text) if spaced(line.text) else None
    if not found or not label_of(f"{found.group('label')}:", ctx):
        return line
    text = f"{found.group('label')}: {found.group('value')}"
    return Line(line.no, text, line.blank_before, line.rule_before, line.bullet)


def _head(lines: list[Line], seg: Segments, ctx: Context) -> int:
    """Read the page's head: date line, title line, fields; return the index after it."""
    front = mail_front(lines, seg) or cover_slip(lines, seg, ctx) or record_lines(
        lines, seg, ctx) or edition_front(lines, seg, ctx)
    reach, i = _HEAD_LINES, lines_above_head(lines, front, seg, ctx)
    while i < min(len(lines), reach) or (i < len(lines) and label_of(lines[i].text, ctx)):
        if (record := release_record(lines, i, seg, ctx)):
            i += record
            continue
        if label_of(lines[i].text, ctx):
            if record_heading_field(lines, i, seg, ctx):
                break  # (memcon72) the record's own `Date:` under its title
            i, reach = head_fields(lines, i, reach, seg, ctx)
            if "document-start" in seg.fields:
                break
            continue
        if not _head_line(lines, i, seg, ctx):
            break
        i += 1
    i = take_introduction(lines, i, seg, ctx)  # under the page's title lines too (a blog post's)
    bare_page = not (seg.page_title or seg.page_date or seg.fields or seg.layouts)
    heading = (lead_in(lines, i, ctx) or preamble(lines, i, ctx)) if bare_page else (
        lead_in(lines, i, ctx, _POST_WORDS) or _quoted_edition(lines, i, seg) or i)  # (repost64)
    heading = i if below_title(lines, i, heading, seg) else heading  # (frus94) a FRUS quote
    while heading > i and lines[heading - 1].no == lines[heading].no:
        heading -= 1  # a run-on line's first part stays with its heading
    if heading > i:  # a repost's preamble above the cable's heading: the page's text
        above_quote(lines, i, heading, seg, ctx)
    return _document_start(lines, heading, seg, ctx)


def _quoted_edition(lines: list[Line], i: int, seg: Segments) -> int | None:
    """(repost68) The index of an edition's heading quoted under the page's lead-in (found by
    `quoted_edition` with the lead-in's line of any length), when it stands under `i`."""
    no = seg.facts.get("quoted-edition")
    return next((k for k in range(i + 1, len(lines)) if str(lines[k].no) == no), None)


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
        if found and found[1] == "document-start" and not _under_cable_address(lines, i, k, ctx):
            while i < k:
                if label_of(lines[i].text, ctx):
                    i = fields(lines, i, seg, ctx)
                else:
                    _record_line(lines[i], seg, ctx)
                    i += 1
            return fields(lines, k, seg, ctx)
    return i


def _under_cable_address(lines: list[Line], i: int, k: int, ctx: Context) -> bool:
    """(crest61) Whether the label at `k` is in capitals without a colon and a cable's address
    lines (`FM USDAO GENEVA SZ`, `TO RUEKJCS/DIA WASHDC`) stand between `i` and it: a
    message's own `BODY` line (a DIA message's report under its serial), no record's label
    over its document (an AAD record's `From:` / `To:` fields over its `Message Text:`)."""
    label = lines[k].text.strip()
    return label.isupper() and ":" not in label and any(
        heading_kind(bare(line.text), ctx) in ("sender", "addressee") for line in lines[i:k])


_RULE = re.compile(r"^[—–_-]{3,}$")


def _next_record(lines: list[Line], start: int, end: int, seg: Segments, ctx: Context) -> int:
    """(other30) A catalogue's list page with a second record's transcript under the first's
    (AtoM: a rule, the next record's title and summary, `Transcript`): the document ends at
    the first rule above the next `Transcript` label (a line of dashes, or the rule the reader
    took off before a line); the lines from there are the page's text."""
    if "document-start" not in seg.fields:
        return end
    label = next((k for k in range(start, end) if (found := label_of(lines[k].text, ctx))
                  and found[1] == "document-start"), None)
    rule = next((k for k in range(start + 1, label or start)
                 if _RULE.match(lines[k].text) or lines[k].rule_before), None)
    if rule is None:
        return end
    seg.fields.setdefault("page-text", []).extend(lines[rule:end])
    return rule


def _record_line(line: Line, seg: Segments, ctx: Context) -> None:
    """An unlabelled line of a record above its `Transcript` label: the page's text; the
    first naming a document's form and both parties (an archive catalogue's record title:
    `Letter from Jawaharlal Nehru to Lord Pethick-Lawrence`, other30) is the title."""
    seg.fields.setdefault("page-text", []).append(line)
    if seg.page_title is None and titles.names_a_document(line, ctx):
        parties = title_parties(line.text, ctx)
        if parties and all(part.strip() for part in parties):
            seg.page_title = line


def _head_line(lines: list[Line], i: int, seg: Segments, ctx: Context) -> bool:
    """Take line `i` as an archival reference, date, title, repeated title or related
    summary when it is one."""
    line, dates = lines[i], ctx.res.dates
    source = refs.bracketed_source(line.text)
    if source:  # `[Source: AVPRF, ... Translated by ...]`: read, and kept as the editors' note
        seg.fields.setdefault("source", []).append(Line(line.no, source))
        return False
    reference = ctx.res.patterns.match("archival-reference", line.text)
    if reference:
        seg.add_reference(reference[1])
        return True
    if seg.page_date is None and (YEAR_ONLY.fullmatch(line.text.strip())
                                  or UNDATED_LINE.fullmatch(line.text.strip())):
        seg.page_date = line  # (wcda59) the archive's approximate date line (`c. 1966`);
        return True  # (wcda71) or its year alone (`1957`); (wcda73) or `Undated`
    numbered = numbered_heading(lines, ctx) if i == 0 and seg.page_title is None else None
    if numbered:  # the heading's own line then repeats the title
        seg.fields.setdefault("page-text", []).append(line)
        take_numbered(lines, 0, numbered, seg)
        return True
    if _is_banner(lines, i) or series_post_line(lines, i, ctx) or (i == 0 and (
            titles.NUMBER_ALONE.match(line.text) or numbers_a_titled_document(lines, ctx)
            or title_neighbours.section_over_parties(lines, i, ctx)
            or titles.number_over_heading(lines, ctx))):
        seg.fields.setdefault("page-text", []).append(line)
        return True
    if i == 0 and top_line_field(line, i, ctx) == "original-archive":
        seg.fields.setdefault("original-archive", []).append(line)
        return True
    if refs.archive_code(lines, i, seg, ctx) or labelled_reference(line, seg, ctx):
        return True
    credit = _ROUND.sub(r"\1", line.text.strip())  # (global70) `(Translated ... by X)`
    if is_credit(credit, ctx):
        seg.fields.setdefault("credits", []).append(Line(line.no, credit))
        return True
    if titles.citation_title([line], ctx) is not None:
        _unlabelled_citation(lines, i, seg)
        return True
    if page_address(line, ctx):  # the older layout's `share document` address goes
        seg.fields.setdefault("citation" if "citation" in seg.fields else "url", []).append(line)
        return True  # with its citation; the page's address alone is its source URL
    titled = ctx.res.patterns.match("page-title", line.text)
    if titled and seg.page_title is None:
        take_page_title(line, titled[1], seg)
        return True
    page_date = (dates.whole(line.text) or dates.date_line(line.text)
                 if seg.page_date is None else None)
    salutes = i + 1 < len(lines) and bool(ctx.res.patterns.match("salutation", lines[i + 1].text))
    if page_date is not None and not salutes and not (
            page_date.hour is not None and _heads_a_form(lines, i, ctx)):
        seg.page_date = line  # not a date with its hour over a form's heading line (`14 March
        return True  # 1964, 18.30` / `ROYAL GREEK EMBASSY, ANKARA`): that is the heading's;
    # nor one over the salutation (`12/VI. 1919` / `Comrade Lenin,`): the letter's dateline
    if seg.page_title and (repeats_title(line.text, seg.page_title.text) or collection_over_fields(
            lines, i, seg, ctx) or store_buttons.store_line(lines, i, seg)):
        return True
    if seg.page_title and dated_title_again(line, seg, ctx):
        return True
    if seg.page_title and i > 0 and lines[i - 1] is seg.page_title and _title_rest(line.text, seg):
        seg.page_title = Line(seg.page_title.no, f"{seg.page_title.text} {line.text}")
        return True
    if unquoted.title_rest(lines, i, seg) or wrapped_title.rest_over_date(lines, i, seg, ctx) \
            or old_source.take_book_source(lines, i, seg, ctx) or unquoted.take_citation(
                line, seg) or unquoted.take_summary(lines, i, seg):
        return True  # a PDF export's wrapped title, unquoted citation and summary
    if seg.page_title is None and seg.page_date is None and (
            titles.title_over_date(lines, i, ctx) or old_source.title_over_book_source(
                lines, i, ctx) or titles.title_over_funder(lines, i, seg.funder_line, ctx)
            or title_neighbours.parties_over_date(lines, i, ctx)):
        seg.page_title = line  # a mirror's title line over the page's date line, or a page
        return True  # copied from its title down
    if seg.page_title is None and seg.page_date is None:
        lead = dates.leading(line.text)
        if lead and titles.is_title(Line(line.no, lead[1]), ctx, True):
            seg.page_date, seg.page_title = Line(line.no, lead[0]), Line(line.no, lead[1])
            return True
    if seg.page_title is None and "summary" in seg.fields and repeats_page_date(lines, i, seg):
        seg.fields.setdefault("page-text", []).append(line)  # the date again, over the title
        return True
    if i > 0 and (summary_under_date(lines, i, seg, ctx) or title_neighbours.sentence_over_title(
            lines, i, seg, ctx) or headnote_over_dateline(lines, i, seg, ctx)
            or summary_in_head(lines, i, seg, ctx)):
        seg.fields.setdefault("summary", []).append(line)
        return True
    if title_neighbours.heading_under_summary(lines, i, seg, ctx) \
            or old_source.take_heading(lines, i, seg, ctx):
        return False  # the older layout's heading under its summary: title and first line
    if old_source.take_source(lines, i, seg, ctx):  # the older layout's citation without
        return True  # its quoted title: its source
    after_date = seg.page_date is not None and i > 0 and (
        lines[i - 1] is seg.page_date or repeats_page_date(lines, i - 1, seg))
    if seg.page_title is None and (titles.is_title(dated_stop(line), ctx, after_date, lines, i)
                                   or title_neighbours.between_date_and_funder(
                                       lines, i, seg, after_date, ctx)):
        # (letters44) a reposted heading's stop dropped; an archive's title under its date kept
        seg.page_title = line if after_date else titles.without_heading_stop(line, ctx)
        return True
    if seg.page_date is None and seg.page_title is None and related_summary(lines, i, ctx):
        seg.related.append(line)
        return True
    return edited_heading(line, seg, ctx)


def _heads_a_form(lines: list[Line], i: int, ctx: Context) -> bool:
    """Whether the line after line `i` is a cable form's heading line (a letterhead, a
    labelled field, a number line)."""
    return i + 1 < len(lines) and heading_kind(bare(lines[i + 1].text), ctx) is not None


_TITLE_REST = re.compile(r"^[A-Z][\w'’.-]*+(?:\s[A-Z][\w'’.-]*+){0,3}\s\([A-Z][^()]{1,40}\)$")
_OPEN_END = re.compile(r"\s(?:to|from|and)\s[A-Z][\w'’.-]*+$")


def _title_rest(text: str, seg: Segments) -> bool:
    """`Brennan (Washington)` under `Dearg code telegram from ... to Robert`: a documents
    volume's heading broken inside the addressee's name, finished by the post in brackets;
    or a title in capitals left open on a comma and finished on the next line in capitals
    (`NOTE FROM CHICHERIN TO LOCKHART, BRITISH AGENT IN MOSCOW,` / `ON THE BRITISH LANDING
    AT MURMANSK`, misses23)."""
    title = seg.page_title.text.rstrip()
    if title.endswith(",") and title.isupper() and text.isupper():
        return not any(ch.isdigit() for ch in text)
    return (bool(_TITLE_REST.match(text)) and bool(_OPEN_END.search(title))) \
        or last_party(title, text) or subject_rest(title, text)  # (ocr65) `and the CCP ...`


def _cased_title(title: Line | None, seg: Segments, ctx: Context) -> Line | None:
    """A title in capitals (the older layout's) as the citation quotes it, in the archive's
    own case, when the two are the same words."""
    if title is None or not title.text.isupper():
        return title
    cited = titles.citation_title(seg.fields.get("citation", []), ctx)
    same = cited is not None and titles.same_words(cited.text, title.text)
    return Line(title.no, cited.text.strip(" ,")) if same and cited else title


def leading_addresses(lines: list[Line], seg: Segments, ctx: Context) -> list[Line]:
    """The lines without the page's address a reader put alone above it: its source URL,
    a fact of the file, not a field that would make the text a publisher's page."""
    i = 0
    while i < len(lines) and page_address(lines[i], ctx):
        seg.facts.setdefault("source-url", lines[i].text.strip())
        i += 1
    return lines[i:]


def _unlabelled_citation(lines: list[Line], i: int, seg: Segments) -> None:
    """The archive's citation standing unlabelled in the page's head (the older layout:
    date, summary, citation): a sentence taken for the title just above it is the summary,
    and the citation's quoted title the page's."""
    title = seg.page_title
    if title is not None and i > 0 and title.no == lines[i - 1].no and PROSE_END.search(title.text):
        seg.fields.setdefault("summary", []).append(lines[i - 1])
        seg.page_title = None
    seg.fields.setdefault("citation", []).append(lines[i])


def _is_banner(lines: list[Line], i: int) -> bool:
    """The site's banner opening a page, `The National Archives | Discovery`: short parts
    between bars, none of them a sentence."""
    parts = lines[i].text.split(" | ")
    return i == 0 and len(parts) > 1 and all(
        0 < len(part.split()) <= 8 and not PROSE_END.search(part) for part in parts)
