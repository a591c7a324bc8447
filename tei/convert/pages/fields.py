"""A page's labelled fields (`page-fields`, `page-keyword-fields`), in its head or its foot,
with or without values: each field takes the value lines its kind allows; a field whose
value is an archival reference is a shelfmark; the foot is every line from the first label
that only a foot carries, once the document's prose has begun."""

from __future__ import annotations

import re
from dataclasses import replace

from tei.convert.context import Context
from tei.convert.footnotes import glossed_notes_below
from tei.convert.pages.above_head import page_address
from tei.convert.pages.collection_head import collection_rest
from tei.convert.pages.cut_label import cut_foot_label, no_field_value, statement_goes_on
from tei.convert.pages.funder_foot import funder_alone
from tei.convert.pages.linkbar import page_address_field
from tei.convert.pages.related_cards import before_related, card_line
from tei.convert.pages.summary import PROSE_END, is_credit
from tei.convert.read import Line
from tei.convert.segment import heading_kind, label_of
from tei.convert.zones import Segments

_BROKEN_VALUE_LINES = 8  # `Lenin` / `Collected Works,` / `Progress Publishers,` / `1975,` ...
_SHORT_LINE_WORDS = 12
_CONTENTS_ITEMS = 3  # `Original Scan`, `English Translation`, `Transcript - Russian`
_TYPE_WORDS = 6  # a type field's value is a catalogue's word or two (`REPORT`)
# the persons and places a page is filed under, (wcda64) its subjects and topics and its
# related documents' dates and titles: a long list, one term a line of at most so many words
_INDEX_FIELDS = {"people": 8, "places": 8, "subjects": 8, "topics": 8, "related": 30}
_INDEX_TERMS = 16
# (wcda65) a form's heading lines that open the document under the page's `Contents` (an ROK
# telegram's `Number: JAW-03156`, `Date: 121630`, `Recipient: Minister ...`): no record fields
_FORM_HEAD = frozenset({"cable-number", "date", "sender", "addressee", "classification"})
# (wcda69) the phone layout's closed accordion (`Associated Places +`): its values are hidden
_CLOSED = re.compile(r"\s[+▸►]$")
FIELD_VALUE_LINES = {"summary": 1, "credits": 1, "translator": 1, "obtainer": 1,
                     "original-language": 1, "rights": 3, "record-id": 1, "type": 1, "uploaded": 1,
                     "language": 1, "isad-area": 0}


def fields(lines: list[Line], i: int, seg: Segments, ctx: Context) -> int:
    """Labelled fields from index `i` on; returns the index after the last field. A field
    no table knows between two it knows (`Shelf Location: Box 12` under `Title: ...` over
    `Language: Hebrew`) is a record field of the block, not its end."""
    start, contents = i, False
    while i < len(lines):
        if contents and heading_kind(lines[i].text, ctx) in _FORM_HEAD:
            return i  # (wcda65) the document's form under the page's `Contents`
        if i > start and _form_opens(lines, i, ctx):
            return i  # (wcda72) the form right under the record's fields (`Record ID`)
        translators = ctx.res.patterns.match("translation-field", lines[i].text)
        if translators:  # (bloc68) `Translation: Csaba Békés and Zsófia Bata`
            value = translators[1].group("translator")
            seg.fields.setdefault("translator", []).append(Line(lines[i].no, value))
            i += 1
            continue
        found = label_of(lines[i].text, ctx) or funder_alone(lines[i], seg)  # (wcdx96)
        if not found and i > start and _unknown_field(lines, i, ctx):
            shelfmark = ctx.res.patterns.match("archival-reference", lines[i].text)
            if shelfmark:  # (edits61) dodis.ch's `Signature: CH-BAR#E2001E#1978/84#1234*`,
                seg.add_reference(shelfmark[1])  # the archive's, before the record's permalink
                seg.references.sort(key=lambda ref: ctx.res.patterns.match(
                    "dodis-record", ref) is not None)
            else:
                seg.fields.setdefault("record", []).append(lines[i])
            i += 1
            continue
        if not found:
            return i
        table, name, value = found
        if name == "document-start":
            seg.fields.setdefault(name, [])
            if value:
                lines[i] = Line(lines[i].no, value)
                return i
            return i + 1
        reference = table != "page-fields" and ctx.res.patterns.match("archival-reference", value)
        if reference:  # `File: ISA, MFA 3071/12`: a shelfmark, not the page's uploaded file
            seg.add_reference(reference[1])
            i += 1
            continue
        target = seg.fields if table == "page-fields" else seg.keywords
        if _CLOSED.search(lines[i].text):  # (wcda69) a closed accordion's label: no value
            target.setdefault(name, [])
            i += 1
            continue
        values: list[Line] = [Line(lines[i].no, value)] if value else []
        if name == "record" and value:  # kept whole in the header: `Film Number: D740376`
            values = [lines[i]]
        i += 1
        if name == "rights" and not value and _statement_dropped(lines, i, seg):
            continue
        block = [] if value or name in ("citation", "contents", "record-id") \
            else _broken_value(lines, i, ctx)
        values += [Line(block[0].no, " ".join(b.text for b in block))] if block and name == \
            "source" else block  # (repost90) one source: `Lenin` / `Collected Works,` / ...
        i += len(block)
        while (i < len(lines) and not value and not block
               and (not lines[i].rule_before or not values or name != "citation")
               and _is_value(lines[i], name, table, values, ctx)
               and not no_field_value(lines, i, ctx)):  # (wcdb84) `Original A` at the end
            values.append(lines[i])
            i += 1
        if name == "funder":  # (wcda59) `Funded by` / `Henry Luce Foundation`
            seg.funder = seg.funder or " ".join(line.text for line in values).rstrip(".")
            continue
        if name == "contents" and values:
            i, contents = _contents_rest(lines, i, values, ctx), True
        if name == "collections" and values and (rest := collection_rest(lines, i, ctx)):
            seg.fields.setdefault("page-text", []).extend(lines[i:i + rest])
            i += rest
        target.setdefault(_agency_source(name, values, ctx) or _cited_page(name, values, ctx),
                          []).extend(values)
    return i


def _form_opens(lines: list[Line], i: int, ctx: Context) -> bool:
    """(wcda72) Whether line `i` opens a cable form's heading: its number's line (`Number:
    VNW-0322`) over another of the form's heading lines (`Date: 031730`), the document's
    text under the page's fields when no `Contents` label stands between them; not inside a
    run of a catalogue's `Label: value` fields (`Document Number: 1148` under `Accession
    Number: BC00512`, over `Classification: Secret`)."""
    return 0 < i < len(lines) - 1 and not _UNKNOWN_FIELD.match(lines[i - 1].text) \
        and heading_kind(lines[i].text, ctx) == "cable-number" \
        and heading_kind(lines[i + 1].text, ctx) in _FORM_HEAD


def _statement_dropped(lines: list[Line], i: int, seg: Segments) -> bool:
    """(wcda59) Whether the reuse statement under a `Rights` label alone on its line (line
    `i` - 1) was read as the page's licence (`boilerplate`): the label then has its value,
    and the lines after it (a document's heading) are not the field's."""
    below = lines[i].no if i < len(lines) else lines[i - 1].no + 2
    return any(lines[i - 1].no < line.no < below for line in seg.licence)


# a field's label no table knows: one to three capitalised words, a colon, a short value
# (sites59: a catalogue's path in it, `From: Series: Central Decimal Files, 1945 - 1949`)
_UNKNOWN_FIELD = re.compile(r"^[A-Z][\w'’()-]*+(?:\s[\w'’()-]++){0,2}:\s++\S.{0,80}+$")
_UNKNOWN_RUN = 3  # (sites59) unknown fields in a row over a known one (`Classification:`,
# `Origin:` over `Length:` in a DNSA record; `From: Series: ...`, `Record Group 59: ...`)


def _unknown_field(lines: list[Line], i: int, ctx: Context) -> bool:
    """Whether line `i` is a labelled field no table knows, a known field's line under it
    or under a few more such fields."""
    for k in range(i, min(len(lines), i + _UNKNOWN_RUN)):
        if not _UNKNOWN_FIELD.match(lines[k].text):
            return False
        if k + 1 < len(lines) and label_of(lines[k + 1].text, ctx) is not None:
            return True
    return False


# the publisher's name and the page's address after a comma (`Wilson Center Digital
# Archive, https://digitalarchive.wilsoncenter.org/document/176402`)
_NAMED_PAGE = re.compile(r"^[A-Z][^\d,:]{2,80}+,\s++(?P<url>https?://\S++)$")


def _agency_source(name: str, values: list[Line], ctx: Context) -> str | None:
    """(cables68) `record` for a source field that names the agency the document came from,
    as a research database's record does (Gale's DDRS: `Source: State`, `Source: CIA`; table
    `originating-agencies`): a record field, no archive's reference."""
    agencies = ctx.res.patterns.words("originating-agencies")
    return "record" if name == "source" and len(values) == 1 \
        and values[0].text.strip().casefold() in agencies else None


def _cited_page(name: str, values: list[Line], ctx: Context) -> str:
    """(wcda57) `url` for a source field that gives only the publisher's name and the page's
    address (a Markdown copy's foot: `*Source: Wilson Center Digital Archive, https://...*`):
    the page's address, no archive's reference; else the field's `name`."""
    found = _NAMED_PAGE.match(values[0].text) if name == "source" and len(values) == 1 \
        else None
    address = Line(values[0].no, found.group("url")) if found else None
    if address is None or not page_address(address, ctx):
        return name
    values[0] = address
    return "url"


def _broken_value(lines: list[Line], i: int, ctx: Context) -> list[Line]:
    """The value of a label alone on its line set one part a line up to the next label (a
    mirror's copy of an edition's fields: `Source:` / `Lenin` / `Collected Works,` / ... /
    `Translated: ...`): short lines, at most `_BROKEN_VALUE_LINES`; [] when no label closes
    them so soon."""
    for end in range(i, min(len(lines), i + _BROKEN_VALUE_LINES + 1)):
        if label_of(lines[end].text, ctx):
            return lines[i:end] if end > i + 1 else []
        if len(lines[end].text.split()) > _SHORT_LINE_WORDS or lines[end].blank_before:
            return []
    return []


def _contents_rest(lines: list[Line], i: int, values: list[Line], ctx: Context) -> int:
    """`English Translation Letter from ...`: the text after the item is the document's."""
    last = values[-1]
    found = ctx.res.patterns.match("contents-items", last.text)
    if found and found[1].end() < len(last.text):
        values[-1] = Line(last.no, last.text[:found[1].end()])
        rest = Line(last.no, last.text[found[1].end():].strip())
        lines.insert(i, rest)
    return i


def _is_value(line: Line, name: str, table: str, values: list[Line], ctx: Context) -> bool:
    patterns = ctx.res.patterns
    if name == "contents":
        return len(values) < _CONTENTS_ITEMS and bool(patterns.match("contents-items", line.text))
    # (ocr42) a catalogue's type word that is also a label (CREST's `Content Type:` over
    # `SUMMARY`, the `Summary:` field's label) is the type field's value
    if name == "type" and not values and patterns.label("catalogue-doc-types", line.text):
        return True
    if label_of(line.text, ctx) or (name == "type" and (
            line.rule_before or len(line.text.split()) > _TYPE_WORDS)):
        return False  # (lead84) no type under a dropped line (CREST's attachment line), nor prose
    if card_line(line, name, values, ctx):
        return True
    if name == "citation":
        return _citation_value(line, values)
    if name in _INDEX_FIELDS and values and line.blank_before \
            and heading_kind(line.text, ctx) is not None:
        return False  # (wcda80) the print view's document under its `Associated Places:` list
        # and a blank line: its heading lines (`Secret`, `R E P O R T`) are no index terms
    if name in _INDEX_FIELDS and values and line.rule_before:
        return False  # (wcda68) under a dropped line (the tab over the text, `Translation -
        # English`), the document's heading: the index above it (`Associated Places`) ends
    if name in _INDEX_FIELDS and len(values) >= 3:  # (wcda55) a long index, one term a line
        return len(values) < _INDEX_TERMS and len(line.text.split()) <= _INDEX_FIELDS[name] \
            and not PROSE_END.search(line.text)
    if name == "source" and values and PROSE_END.search(values[-1].text) \
            and heading_kind(line.text, ctx) is not None:
        return False  # (wcda81) the document's heading (`TELEGRAM`, `No. 158`) right under a
        # one-sentence source closed by its stop, the page's last field over the text
    if table == "page-keyword-fields" or name in ("original-archive", "source"):
        # (wcda57) a record's one-line field (`Original Uploaded Date`) takes no line after a
        # blank one under its value: a copy with its fields first, its date line under them
        if values and (line.blank_before or name == "record-id") \
                and FIELD_VALUE_LINES.get(name) == 1:
            return False  # (wcda59) a Record ID is its one number (nor a broken value)
        return len(values) < 3 and (len(line.text.split()) <= 12
                                    or not PROSE_END.search(line.text) or name == "source")
    if name == "document-information":  # (wcda66) not the document's heading under the
        # panel's dropped links and tab; (intel79) nor the page's date alone under the bare
        # `Document` heading, over the page's title (`Document` / `April 11, 1983` / `Stasi ...`)
        return len(values) < 2 and not line.rule_before and not (
            not values and ctx.res.dates.whole(line.text))
    if name == "rights" and values and PROSE_END.search(values[-1].text) \
            and not PROSE_END.search(line.text):
        return False  # (wcda59) the document's heading under a one-line statement
    if name == "comments":  # (other36) only a line dating the dispatch: the rest is the page's
        return not values and bool(patterns.match("page-comment-date", line.text))
    if name == "formats":  # `Text`, `README`: link words, no digits; (repost86) no salutation
        return len(values) < _CONTENTS_ITEMS and len(line.text.split()) <= 2 and not any(
            ch.isdigit() for ch in line.text) and not patterns.match("salutation", line.text)
    return len(values) < FIELD_VALUE_LINES.get(name, 1) or statement_goes_on(name, values)


def _citation_value(line: Line, values: list[Line]) -> bool:
    """A citation: its quoted line, a URL after it, and a summary line set just before it."""
    text = line.text
    quoted = text[:1] in "\"“"
    if any(v.text[:1] in "\"“" for v in values):
        return text.startswith(("http://", "https://"))
    return quoted or not values


def footer(lines: list[Line], start: int, seg: Segments, ctx: Context) -> int:
    """Index where the page's foot (a block of labelled fields after the text) begins.

    It begins only after a sentence of the document (its first line may be its only one;
    (crest61) not a line of a cable form's heading, such as the espionage notice over an
    intelligence cable's `SOURCE:`), and every line after it belongs to a field, so nothing
    of the page is dropped. Credit lines (`Translated by X for Y.`) right before it, or
    ending the page, belong to it."""
    prose = False
    for i in range(start, len(lines)):
        found = label_of(lines[i].text, ctx) or _bracketed_source(lines[i].text, ctx) \
            or cut_foot_label(lines, i, ctx)  # (wcdc85) `Author(` ending the page
        prose = prose or (not found and is_prose(lines[i])
                          and heading_kind(lines[i].text, ctx) is None)
        # (commonwealth43) a catalogue record's area heading opens its foot even under a
        # summary with no prose left in the text (`(Typed copy.)` / `Conditions of access
        # and use area`)
        if found and (prose or found[1] == "isad-area") \
                and (opens_foot(found) or found[1] == "source"
                     or _summary_over_foot(lines, i, ctx)) \
                and not _text_goes_on(lines, start, i, ctx) \
                and not glossed_notes_below(lines, i, ctx):
            if _bracketed_source(lines[i].text, ctx):  # the field without its brackets
                lines[i] = replace(lines[i], text=lines[i].text[1:-1])
            end = fields(lines, i, seg, ctx)
            while end < len(lines):
                extra = seg.fields.setdefault("page-text", [])
                extra.append(lines[end])
                end = fields(lines, end + 1, seg, ctx)
            return _credits_before(lines, start, i, seg, ctx)
    return _credits_before(lines, start, len(lines), seg, ctx) if prose else len(lines)


def _bracketed_source(text: str, ctx: Context) -> tuple[str, str, str] | None:
    """(repost73) A post's source line in brackets at the text's foot (`(Source: AAN, KC
    PZPR, sygn. 2639, k. 45.)`): the field its text without the brackets gives (the foot
    that opens with it takes the line so)."""
    if text[:1] != "(" or not text.endswith(")"):
        return None
    found = label_of(text[1:-1], ctx)
    return found if found is not None and found[1] == "source" else None


def _summary_over_foot(lines: list[Line], i: int, ctx: Context) -> bool:
    """(misses49) `Summary` alone on its line under the document, over its one line and a
    label that opens the foot (`Document Information`): the current layout's labelled summary
    set between the text and its foot."""
    found = label_of(lines[i].text, ctx)
    below = label_of(lines[i + 2].text, ctx) if i + 2 < len(lines) else None
    last = i + 2 == len(lines) and is_prose(lines[i + 1])  # (wcda81) the older layout's
    # summary closing the page, under the document (`Summary` / its one sentence)
    return bool(found and found[1] == "summary" and not found[2]
                and ((below and opens_foot(below)) or last))


def _text_goes_on(lines: list[Line], start: int, i: int, ctx: Context) -> bool:
    """Whether more of the document's prose follows the label at `i` (in unlabelled lines)
    than stands before it: a repost's edition fields (`Source:`, `Keywords :`) between a
    publication note and the text, not the page's foot (which would take the text into the
    header)."""
    def prose_words(part: list[Line]) -> int:
        return sum(len(line.text.split()) for line in part if is_prose(line))
    # (wcda58) a field's one value line under its label (`Source` / `Archive of the Ministry
    # of Foreign Affairs, Prague, ...`) is the foot's, however long, under a short telegram
    after = [line for k, line in enumerate(lines[i + 1:before_related(lines, i, ctx)], start=i + 1)
             if not label_of(line.text, ctx) and not (
                 _bare_label(lines[k - 1].text, ctx) and (
                     k + 1 == len(lines) or label_of(lines[k + 1].text, ctx)))]
    return prose_words(after) > prose_words(lines[start:i])


def _bare_label(text: str, ctx: Context) -> bool:
    """A field's label alone on its line (`Source`), no value after it."""
    found = label_of(text, ctx)
    return found is not None and not found[2]


def _credits_before(lines: list[Line], start: int, end: int, seg: Segments,
                    ctx: Context) -> int:
    """Index of the first of the credit lines right before index `end` (each a `credits`
    field of the page), or `end` when there is none."""
    first = end
    while first - 1 > start and is_credit(lines[first - 1].text, ctx):
        first -= 1
    if first < end:
        seg.fields.setdefault("credits", [])[:0] = lines[first:end]
    return first


def field_names(lines: list[Line], start: int, reach: int, ctx: Context) -> list[str]:
    """The field names of the labelled lines from `start` on (at most `reach` of them), up to
    the first line that is no field."""
    names = []
    for line in lines[start:start + reach]:
        found = label_of(line.text, ctx)
        if not found:
            break
        names.append(found[1])
    return names


def is_prose(line: Line) -> bool:
    """A sentence of the document: eight words or more, ending as a sentence ends."""
    return len(line.text.split()) >= 8 and bool(PROSE_END.search(line.text))


def opens_foot(label: tuple[str, str, str]) -> bool:
    """A label that only a page's foot carries: an index field, `Document Information`,
    `Rights`; after the document's prose, `Citation` alone on its line too (an Omeka
    item's suggested citation under its text; a flattened page's `Citation: “...”` run on
    after its first lines is its head); (misses49) `Credits:` alone on its line (the middle
    layout's last field, its funding line read as boilerplate); (sites59) a page's address
    under its label (`Permalink: https://...`, the Thatcher Foundation's bar under the text)."""
    return label[0] == "page-keyword-fields" or label[1] in (
        "rights", "document-information", "original-archive", "isad-area") or (
        label[1] in ("citation", "credits") and not label[2]) or page_address_field(label)


def comment_date(seg: Segments, ctx: Context) -> Line | None:
    """(other36) The dispatch a catalogue's comment dates (`Editorial comments: Despatched 1037
    GMT 15 Sep 1983; ...`, `page-comment-date`): the page's date when no date line gives it;
    else (misses33) the place and day in brackets closing a title whose page describes it
    (`Telegram from the British Foreign Office ... (London, 19 February 1947)` over
    `Caption:`, the CVCE's documents: `title-dateline`)."""
    for line in seg.fields.get("comments", []):
        found = ctx.res.patterns.match("page-comment-date", line.text)
        if found:
            return Line(line.no, found[1].group("date"))
    title = seg.page_title
    found = ctx.res.patterns.match("title-dateline", title.text) \
        if title and seg.fields.get("summary") else None
    if found and ctx.res.dates.whole(found[1].group("date")):
        return Line(title.no, found[1].group("dateline"))
    return None
