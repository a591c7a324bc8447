"""(wc44) The archive's summary where it stands apart from the document. A page that gives the
summary of a document it does not transcribe: the later site's page of a record with no text
yet (date, title, funder, ONE prose line, then the page's foot: `Associated Places`,
`Subjects Discussed`, `Rights`). On such pages a transcribed document is followed by its
summary, so a lone line over the foot that tells in the third person of someone or some body
the title names is the summary; the document has no text. And a store's page that opens with the
summary over the date line (a related document's summary stands there too): it is this
document's when it tells of someone the title names or opens with the title's numbered form
(`Protocol 61 indicates ...` over `... Presidium Protocol No. 61`)."""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.pages.summary import (
    _FIRST_PERSON,
    _QUOTED,
    PROSE_END,
    tells_of_title_person,
    third_person_on_title,
)
from tei.convert.read import Line
from tei.convert.segment import bare, doc_type_in, heading_kind, label_of
from tei.convert.zones import Segments

_MIN_WORDS = 12  # a summary's sentence, no caption or heading


def summary_only(lines: list[Line], seg: Segments, ctx: Context, foot: bool) -> list[Line]:
    """`lines` without the page's lone summary line (into `seg.summary`), when the page is
    one that gives only a summary; else `lines` as they are."""
    if not (seg.is_page and foot and len(lines) == 1) or "summary" in seg.fields \
            or seg.fields.get("citation"):
        return lines
    line = lines[0]
    if len(line.text.split()) >= _MIN_WORDS and PROSE_END.search(line.text) \
            and third_person_on_title(line, seg, ctx, ("person", "org")):
        seg.summary = line
        return []
    return lines


# a form's name and its number (`Protocol No. 61`, `Protocol 61`, `Telegram #12`)
_NUMBERED_FORM = re.compile(
    r"(?i)\b(?P<form>[a-z]{4,})\s++(?:no\.?\s*+|№\s*+|#\s*+)?(?P<no>\d{1,6})\b")


def summary_above(seg: Segments, ctx: Context) -> None:
    """The one line over the page's date line taken as a related document's summary is this
    document's summary when the page has none and the line tells of the title's document."""
    if not seg.is_page or seg.summary is not None or "summary" in seg.fields \
            or len(seg.related) != 1 or seg.page_title is None:
        return
    line = seg.related[0]
    opening = _NUMBERED_FORM.match(line.text)
    titled = {(found["form"].casefold(), found["no"])
              for found in _NUMBERED_FORM.finditer(seg.page_title.text)}
    if tells_of_title_person(line, seg, ctx) or (
            opening is not None and (opening["form"].casefold(), opening["no"]) in titled):
        seg.summary = line
        seg.related = []


# (misses49) The Wilson Center's later layout sets the title, then the date line (in either
# order), then the summary, then the labelled fields (`Original Language: Spanish`,
# `Translator: ...`, `Source: ...`) or straight the document's form heading (`CABLE`,
# `FROM: ...`): a third-person prose line right under both lines, over a page field's label,
# a cable heading's line or a salutation, is the summary (no document opens with a sentence
# that a heading follows). (wcda68) The older layout's citation box, copied open between the
# title and the summary (the citation, the page's address), stands aside; its download links
# under the summary (`Download:`, `English HTML`, dropped) part it from the document too.
_HEAD_MIN_WORDS = 8  # a head's summary's sentence, no caption, heading or bare line
# (wcda70) the page's index lists (`Associated People & Organizations`, `Associated Places`)
# set between the title and the summary: a letterhead's short line under the sentence (`Ministry
# for State Security`) marks the document's start as a heading's line does
_LETTERHEAD_WORDS = 6
# (wcda70, after the held samples) an office's letterhead line in capitalised words (small
# words between) over the document: the summary's sentence above it stands apart
_LETTERHEAD = re.compile(r"^(?:Ministry|Embassy|Legation|Consulate|Department|Secretariat|Office"
                         r"|Central\s++Committee|Council)\b(?:\s++(?:[A-Z][\w'’-]*+|of|for|the|and"
                         r"|in|to))*+$")


def summary_in_head(lines: list[Line], i: int, seg: Segments, ctx: Context) -> bool:
    """Whether line `i`, right under the page's title and date lines (both taken), is the
    archive's summary over the page's fields or the document's heading."""
    if seg.page_title is None or seg.page_date is None or i + 1 >= len(lines):
        return False
    head = {seg.page_title.no, seg.page_date.no}
    cited = {line.no for key in ("citation", "url") for line in seg.fields.get(key, ())}
    listed = {line.no for found in seg.keywords.values() for line in found}
    cited.update(listed)
    above = [line.no for line in lines[:i] if line.no not in cited and not (  # (wcda70) the
        seg.keywords and label_of(line.text, ctx))][-2:]  # index lists between: not in the way
    if len(above) < 2 or len(head) < 2 or set(above) != head or lines[i].no in head:
        return False  # the title and the date lines right above it, each a line of its own
        # (not the parts of a flattened page's one line, which share its number)
    text = lines[i].text
    if len(text.split()) < _HEAD_MIN_WORDS or not PROSE_END.search(text) \
            or _FIRST_PERSON.search(_QUOTED.sub("", text)) \
            or doc_type_in(text, ctx, at_start=True) is not None \
            or heading_kind(bare(text), ctx) == "distribution":  # (wcda84) `Copies: Stalin, ...`
        return False
    below = lines[i + 1].text
    return bool(label_of(below, ctx) or heading_kind(bare(below), ctx)
                or ctx.res.patterns.match("salutation", below) or lines[i + 1].rule_before
                or (len(below.split()) <= _LETTERHEAD_WORDS and not PROSE_END.search(below)
                    and (listed or _LETTERHEAD.match(below) is not None)))
