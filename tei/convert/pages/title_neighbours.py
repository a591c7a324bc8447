"""A page's title told by the lines around it: a heading of parties over the date line, a
site's section line over it, the archive's one-sentence summary over a title, a heading run
on under the summary (`pages.generic`)."""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.pages.summary import PROSE_END
from tei.convert.pages.titles import names_form_or_parties
from tei.convert.read import Line
from tei.convert.segment import doc_type_in
from tei.convert.zones import Segments


def parties_over_date(lines: list[Line], i: int, ctx: Context) -> bool:
    """An edition's heading naming the writer and the addressee by their surnames alone, with
    an office in brackets, as the page's first line over the document's date line (The
    Colonial Despatches of Vancouver Island and British Columbia: `Hammond to Merivale
    (Permanent Under-Secretary)` / `14 October 1859`; table `title-over-date`); also under a
    site's section line."""
    return (i == 0 or (i == 1 and _section_line(lines[0].text, ctx))) and i + 1 < len(lines) \
        and ctx.res.dates.whole(lines[i + 1].text) is not None \
        and ctx.res.patterns.match("title-over-date", lines[i].text) is not None


_SECTION_WORDS = 6


def section_over_parties(lines: list[Line], i: int, ctx: Context) -> bool:
    """Line `i`, the page's first, is a site's section line over a headline naming the
    parties over the date line (`The Cuban Missile Crisis` / `Khrushchev writes Kennedy` /
    `October 25, 1962`): the page's text, not the document's."""
    return i == 0 and len(lines) > 1 and parties_over_date(lines, 1, ctx)


def _section_line(text: str, ctx: Context) -> bool:
    """A history site's section line over its headline (other34: `The Cuban Missile Crisis`
    / `Khrushchev writes Kennedy`): a few words, no sentence, no date."""
    return len(text.split()) <= _SECTION_WORDS and not PROSE_END.search(text) \
        and not ctx.res.dates.find(text)


# (commonwealth41) a sentence in the first person is the document's, not the archive's
_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Mm]y|[Oo]ur)\b")
_SUMMARY_WORDS = 8


def sentence_over_title(lines: list[Line], i: int, seg: Segments, ctx: Context) -> bool:
    """(commonwealth41) The Wilson Center's current layout with a one-sentence summary (`July
    19, 1949` / `The British ambassador ... meet to discuss ...` / `Cable from Moscow to the
    Foreign Office`): a third-person sentence right under the archive's date line and over a
    title naming the form or the parties is the summary, not the title."""
    line = lines[i]
    if seg.page_title is not None or seg.page_date is None or lines[i - 1] is not seg.page_date \
            or i + 1 >= len(lines):
        return False
    below = lines[i + 1]
    return (len(line.text.split()) >= _SUMMARY_WORDS and bool(PROSE_END.search(line.text))
            and not _FIRST_PERSON.search(line.text)
            and doc_type_in(line.text, ctx, at_start=True) is None
            and not PROSE_END.search(below.text) and names_form_or_parties(below, ctx))


_YEAR_START = re.compile(r"^(?:1[89]|20)\d\d\b")


def heading_under_summary(lines: list[Line], i: int, seg: Segments, ctx: Context) -> bool:
    """The older layout as a store gives it without its title line (`July 09, 1956` / the
    summary / the document): the document's heading run on under the summary and naming
    the document's type at its start (`Working Notes from the Session of the CPSU CC
    Presidium on 9 and 12 July`) is the title, and stays the document's first line; a date
    the heading wrapped after its month takes the year that opens the next line (`1956 (Re:
    Point IV of Protocol No. 28)`)."""
    line = lines[i]
    summary = seg.fields.get("summary", [])
    if seg.page_title is not None or seg.page_date is None or not summary or i == 0:
        return False
    if lines[i - 1] is not summary[-1] or line.blank_before or line.rule_before:
        return False
    if len(line.text.split()) > 40 or doc_type_in(line.text, ctx, at_start=True) is None:
        return False
    text = line.text
    following = lines[i + 1].text if i + 1 < len(lines) else ""
    month = text.split()[-1].casefold() in ctx.res.patterns.words("months")
    year = _YEAR_START.match(following) if month else None
    seg.page_title = Line(line.no, f"{text} {year.group()}" if year else text,
                          line.blank_before, line.rule_before)
    return True


_FUNDED_TITLE_WORDS = 40


def between_date_and_funder(lines: list[Line], i: int, seg: Segments, after_date: bool,
                            ctx: Context) -> bool:
    """(wcda81) The Digital Archive's title told by its place: the one line right under the
    page's date line and right over its funding line (`March 4, 1958` / `From the Journal of
    P.F. Yudin, Records of 4 and 6 March 1958` / `This document was made possible ...`), even
    one shaped like a heading line (a journal's provenance, a form's name); (wcda83) or one
    naming both parties with no form's word, the addressee first (`To Comrade Ho Chi Minh,
    President of ..., from the Chairman of the Cabinet of Ministers of the DPRK`), which
    reads as an address line."""
    line = lines[i]
    return after_date and bool(seg.funder_line) and line.no < seg.funder_line \
        and (i + 1 == len(lines) or lines[i + 1].no > seg.funder_line) \
        and seg.funder_line - line.no <= 2 and len(line.text.split()) <= _FUNDED_TITLE_WORDS \
        and not PROSE_END.search(line.text) \
        and names_form_or_parties(line, ctx)
