"""Recognise stage: zones to the document model (registry lines, message, header facts)."""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.dates import DateValue
from tei.convert.header import language_code, page_header
from tei.convert.inline import InlineReader, name_spans, text_of
from tei.convert.model import (
    Action,
    Document,
    Header,
    Inlines,
    Mark,
    Message,
    Party,
    RegistryLine,
)
from tei.convert.parties import parties, sender_place, title_parties
from tei.convert.read import Line
from tei.convert.register import Entry
from tei.convert.report import report_missing
from tei.convert.segment import (
    Segments,
    bare,
    block_end,
    doc_type_in,
    footnote_number,
    heading_groups,
    heading_kind,
    is_continuation,
)
from tei.convert.structure import MessageReader

_PARENTHESISED_NAME = re.compile(r"\((?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\)")
_NUMBER_IN_TITLE = re.compile(r"\bN(?:o|º|°|r)\.?\s*(?P<n>\d[\w/-]*)")
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


def recognise(seg: Segments, stem: str, ctx: Context) -> Document:
    """Build the document model from the segmented source."""
    ctx.year = _context_year(seg, ctx)
    for line in seg.footnotes:
        found = footnote_number(line, ctx)
        if found:
            ctx.footnotes[found[0]] = (line.no, found[1])
    inline = InlineReader(ctx)
    _meet_title_parties(seg, ctx)
    heading = _heading(seg.heading, ctx, inline)
    message, attachments = MessageReader(ctx, inline).read(seg.message)
    processing = _processing(seg.processing, ctx, inline)
    header = page_header(seg, ctx, inline)
    if header.title:
        header.found("title", _title_source(seg))
    doc_type, form_source = _doc_type(seg, message, heading, ctx)
    header.found("form", form_source, "found" if form_source else "missing")
    _correspondence(header, seg, message, heading, ctx)
    if not header.title:
        header.title = _built_title(doc_type, header, heading)
        header.found("title", "built from the document's type, number and parties", "built")
    report_missing(header, ctx)
    entries = list(ctx.used.values())
    return Document(stem, doc_type, header, message, heading, attachments, processing, entries)


def _meet_title_parties(seg: Segments, ctx: Context) -> None:
    """Meet the title's parties first, so that a signature `CASEY` is the title's
    `R.G. Casey` and not a stranger."""
    split = title_parties(seg.page_title.text, ctx) if seg.page_title else None
    for part in split or ():
        if part:
            parties(part, ctx, seg.page_title.no)


def _context_year(seg: Segments, ctx: Context) -> int | None:
    """Year that completes dates written without one: the first full date of the document."""
    if seg.facts.get("file-date"):
        return int(seg.facts["file-date"][:4])
    ordered = [seg.page_date, *seg.heading, *seg.message, *seg.processing]
    years = [value for line in ordered if line is not None
             for value in ctx.res.dates.find(line.text) if value.year]
    full = [value for value in years if not value.short_year]
    return (full or years)[0].year if years else None


# -- registry furniture


def _heading(lines: list[Line], ctx: Context, inline: InlineReader) -> list[RegistryLine]:
    """Registry lines of the heading; a sole `To Comrade X` line among them is the address."""
    out: list[RegistryLine] = []
    to_lines = [line for line in lines if ctx.res.patterns.match("address", line.text)
                and ctx.res.patterns.match("heading", line.text)]
    i = 0
    while i < len(lines):
        line = lines[i]
        stamp = ctx.res.patterns.match("stamp-open", line.text)
        if stamp:
            end = block_end(lines, i)
            out.append(_stamp_block(lines[i:end + 1], stamp[1], ctx, inline))
            i = end + 1
            continue
        registry = _registry_line(line, "heading", ctx, inline)
        if to_lines == [line]:
            registry.subtype = "addressee"
        out.append(registry)
        i += 1
    return out


def _stamp_block(lines: list[Line], opening: re.Match[str], ctx: Context,
                 inline: InlineReader) -> RegistryLine:
    first = lines[0]
    legend = opening.group("stamp").rstrip("]").strip()
    content: Inlines = [Mark("stamp", {}, inline.annotate(legend, first.no))]
    for line in lines[1:]:
        text = line.text
        if line is lines[-1] and text.endswith("]"):
            text = text[:-1].rstrip()
        content += [Mark("lb"), *_registry_content(Line(line.no, text), "heading", ctx, inline)[1]]
    if lines[0].text.rstrip().endswith("]") and len(lines) == 1:
        content = [Mark("stamp", {}, inline.annotate(legend, first.no))]
    return RegistryLine("stamp", content)


def _registry_line(line: Line, table: str, ctx: Context, inline: InlineReader) -> RegistryLine:
    subtype, content = _registry_content(line, table, ctx, inline)
    return RegistryLine(subtype, content)


def _registry_content(line: Line, table: str, ctx: Context,
                      inline: InlineReader) -> tuple[str, Inlines]:
    found = ctx.res.patterns.match(table, bare(line.text))
    not_names = ctx.res.patterns.words("not-names")
    spans = [(m.start("name"), m.end("name")) for m in _PARENTHESISED_NAME.finditer(line.text)
             if not any(w.casefold() in not_names for w in m.group("name").split())]
    if found and "persons" in found[1].re.groupindex and found[1].group("persons"):
        start, end = found[1].span("persons")
        cut = line.text.find("[", start, end)
        spans += name_spans(line.text, start, cut if cut != -1 else end)
    if not found and table == "heading":
        kind = heading_kind(line.text, ctx)
        return (kind if kind != "name" else "other") or "other", inline.annotate(line.text, line.no)
    return (found[0] if found else "other"), inline.annotate(line.text, line.no, spans)


def _processing(lines: list[Line], ctx: Context, inline: InlineReader) -> list[RegistryLine]:
    out: list[RegistryLine] = []
    for line in lines:
        subtype, content = _registry_content(line, "processing", ctx, inline)
        if subtype == "other" and out and is_continuation(line.text):
            out[-1].content += [Mark("lb"), *content]
        else:
            out.append(RegistryLine(subtype, content))
    return out


# -- header facts


def _title_source(seg: Segments) -> str:
    if seg.page_title is not None:
        return f"the page's title line (line {seg.page_title.no})"
    return "the archive's citation"


def _doc_type(seg: Segments, message: Message, heading: list[RegistryLine],
              ctx: Context) -> tuple[str, str]:
    """The document type and where it was read ('' when only a default)."""
    candidates = [("page's type field", line.text) for line in seg.fields.get("type", [])]
    candidates += [("title", seg.page_title.text if seg.page_title else "")]
    candidates += [("heading", text_of(head)) for head in message.heads]
    candidates += [("heading", text_of(line.content)) for line in heading
                   if line.subtype in ("cable-number", "document-type")]
    candidates += [("source note", seg.facts.get("form", ""))]
    for where, text in candidates:
        found = doc_type_in(text, ctx)
        if found == "report" and any(part.kind == "salute" for part in message.opener):
            return "letter", "the salutation (a report in the form of a letter)"
        if found:
            return found, f"the {where}"
    if heading and seg.form is not None:
        return seg.form.doc_type, f"the cable heading ({seg.form.label})"
    if heading:
        return "telegram", "the cable heading"
    if message.opener or _signers(message, ctx):
        return "letter", "the opener or signature"
    return "memorandum", ""


def _correspondence(header: Header, seg: Segments, message: Message,
                    heading: list[RegistryLine], ctx: Context) -> None:
    sent, received = header.sent, header.received
    split = title_parties(header.title, ctx) if header.title else None
    title_place = None
    if split:
        line = seg.page_title.no if seg.page_title else 1
        sent.parties = parties(split[0], ctx, line) if split[0] else []
        received.parties = parties(split[1], ctx, line) if split[1] else []
        title_place = sender_place(split[0], ctx) if split[0] else None
        _note_parties(header, "the title")
    known = {p.entry for p in sent.parties if p.entry}
    sent.parties += [Party(e) for e in _signers(message, ctx) if e not in known]
    addressed = {p.entry for p in received.parties if p.entry}
    received.parties += [party for party in _addressees(message, heading, ctx)
                         if party.entry not in addressed
                         and (party.entry is None or party.entry.kind == "person"
                              or not received.parties)]
    _note_parties(header, "the signature, address or salutation")
    _set_date(sent, _archive_date(seg, ctx))
    if sent.when:
        header.found("date", "the archive's date line" if seg.page_date else "the file number")
    _heading_facts(header, seg.heading, ctx)
    header.telegram = header.telegram or seg.facts.get("telegram", "")
    sent.parties = sent.parties or _heading_senders(heading, ctx)
    _note_parties(header, "the cable heading")
    if sent.when:
        header.found("date", "the cable heading")
    if sent.place:
        header.found("place", "the cable heading")
    outgoing = [part for part in message.closer if part.kind == "idno"]
    if outgoing:
        header.outgoing = re.sub(r"^\D*", "", text_of(outgoing[0].content)).strip()
    if not sent.when:
        _set_date(sent, _sent_date(seg, message, ctx))
    if sent.when:
        header.found("date", "a dateline")
    if not sent.when or not header.received.when:
        _processing_dates(header, seg.processing, ctx)
    _title_facts(header, ctx)
    datelines = [p.content for p in [*message.opener, *message.closer] if p.kind == "dateline"]
    places = _refs(datelines, ctx, "placeName") or [
        place for content in datelines if (place := _place(text_of(content), ctx))]
    sent.place = places[0] if places else sent.place or title_place
    if sent.place:
        header.found("place", "a dateline" if places else "the title")


def _processing_dates(header: Header, lines: list[Line], ctx: Context) -> None:
    """`Sent: 12.6.1963, 21.00` among the processing lines at the end of a telegram."""
    for line in lines:
        found = heading_groups(line.text, ctx)
        groups = found[1] if found and found[0] in ("date", "transmission") else {}
        if "sent" in groups and not header.sent.when:
            _set_date(header.sent, _date(groups["sent"], ctx))
            header.found("date", "a processing line")
        if "received" in groups and not header.received.when:
            _set_date(header.received, _date(groups["received"], ctx))


def _title_facts(header: Header, ctx: Context) -> None:
    """Number, place and dates a title gives (`Cablegram 346 LONDON, 17 December 1947`),
    where the heading and datelines gave none."""
    for row in ctx.res.patterns.regexes.get("title-facts", ()):
        found = row.regex.search(header.title)
        if not found:
            continue
        groups = {k: v for k, v in found.groupdict().items() if v}
        header.telegram = header.telegram or groups.get("telegram", "")
        if "sender" in groups and not header.sent.place:
            header.sent.place = _place(groups["sender"], ctx)
        if "sent" in groups and not header.sent.when:
            _set_date(header.sent, _date(groups["sent"], ctx))
            header.found("date", "the title")
        if "received" in groups and not header.received.when:
            _set_date(header.received, _date(groups["received"], ctx))
    if header.sent.place:
        header.found("place", "the title")


def _note_parties(header: Header, where: str) -> None:
    if any(p.entry or p.role for p in header.sent.parties):
        header.found("sender", where)
    if any(p.entry or p.role for p in header.received.parties):
        header.found("addressee", where)

def _signers(message: Message, ctx: Context) -> list[Entry]:
    return _refs([part.content for part in message.closer if part.kind == "signed"], ctx)


def _addressees(message: Message, heading: list[RegistryLine], ctx: Context) -> list[Party]:
    for kind in ("address", "salute"):
        found = _refs([part.content for part in [*message.opener, *message.closer]
                       if part.kind == kind], ctx)
        if found:
            return [Party(entry) for entry in found]
    lines = [line.content for line in heading if line.subtype == "addressee"]
    named: list[Party] = []
    for content in lines:
        found = heading_groups(text_of(content), ctx)
        if found and found[1].get("addressee"):
            named += [p for p in parties(found[1]["addressee"], ctx) if p.entry
                      and p.entry.kind == "person" and p not in named]
    if named:
        return named
    found = _refs(lines, ctx) or _refs(lines, ctx, "orgName")
    if found:
        return [Party(entry) for entry in found]
    for content in lines:
        match = heading_groups(text_of(content), ctx)
        if match and match[1].get("addressee"):
            return parties(match[1]["addressee"], ctx)
    return []


def _refs(contents: list[Inlines], ctx: Context, tag: str = "persName") -> list[Entry]:
    """Entries referred to by `tag` marks in inline content, in order; not inside insertions
    nor inside the `from` part of an address."""
    found: list[Entry] = []

    def walk(items: Inlines) -> None:
        for item in items:
            if not isinstance(item, Mark) or item.tag in ("supplied", "seg"):
                continue
            entry = ctx.used.get(item.attrs.get("ref", "")[1:]) if item.tag == tag else None
            if entry and entry not in found:
                found.append(entry)
            walk(item.children)

    for content in contents:
        walk(content)
    return found


def _heading_senders(heading: list[RegistryLine], ctx: Context) -> list[Party]:
    """Persons, else organisations, named in the heading's sender lines (`FROM:`, `Mr. X`)."""
    lines = [line.content for line in heading if line.subtype in ("transmission", "sender")]
    found = _refs(lines, ctx) or _refs(lines, ctx, "orgName")
    return [Party(entry) for entry in found]


def _heading_facts(header: Header, lines: list[Line], ctx: Context) -> None:
    """Numbers, place of origin and dates from the heading lines' named groups; a dateline
    names the place before a sender field does."""
    lines = sorted(lines, key=lambda line: heading_kind(bare(line.text), ctx) != "dateline")
    for line in lines:
        text = bare(line.text)
        stamp = ctx.res.patterns.match("stamp-open", text)
        found = heading_groups(text.rstrip("]"), ctx) if not stamp else None
        if not found:
            if heading_kind(text, ctx) == "language":
                header.original_language = header.original_language or text
                header.original_language_code = language_code(text, ctx)
            elif ctx.res.dates.whole(text) and not header.sent.when:
                _set_date(header.sent, _date(text, ctx))
            continue
        groups = found[1]
        header.telegram = header.telegram or groups.get("telegram", "")
        header.incoming = header.incoming or groups.get("incoming", "")
        header.outgoing = header.outgoing or groups.get("outgoing", "")
        if "sender" in groups:
            header.sent.place = header.sent.place or _place(groups["sender"], ctx, line.no)
        if "received" in groups and not header.received.when:
            _set_date(header.received, _date(groups["received"], ctx))
        if "sent" in groups and not header.sent.when:
            _set_date(header.sent, _date(groups["sent"], ctx))


_PLACE_NAME = re.compile(r"^[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}$")


def _place(text: str, ctx: Context, line: int = 1) -> Entry | None:
    """The place a sender field or a dateline names: a register place, else a bare
    capitalised name standing first (`Downing Street, ...`), which gets a local entry."""
    for match in ctx.res.register.find(text):
        if match.entry.kind == "place":
            return ctx.use(match.entry)
    head = re.split(r"[,–—(\[]| - ", text.strip(" ."), maxsplit=1)[0].strip(" .-")
    bodies = ctx.res.patterns.words("office-words")
    if (_PLACE_NAME.match(head) and not ctx.res.dates.find(head)
            and not ctx.res.register.find(head)
            and not any(w.casefold().strip(".") in bodies for w in head.split())
            and not any(w.casefold() in ctx.res.patterns.words("honorifics")
                        for w in head.split())):
        return ctx.entry("place", head.title() if head.isupper() else head, line)
    return None


def _date(text: str, ctx: Context) -> tuple[str, DateValue] | None:
    found = ctx.res.dates.find(text)
    if not found:
        return None
    value = found[0]
    return text[value.start:value.end], value.with_year(ctx.year)


def _set_date(action: Action, found: tuple[str, DateValue] | None) -> None:
    if found:
        action.date_text, action.when = found[0], found[1].iso()


def _archive_date(seg: Segments, ctx: Context) -> tuple[str, DateValue] | None:
    """The date the archive gives: its date line, else a FRUS file number's date."""
    if seg.page_date:
        found = _date(seg.page_date.text, ctx)
        if found:
            return found
    if seg.facts.get("file-date"):
        value = ctx.res.dates.find(seg.facts["file-date"])
        if value:
            return "", value[0]
    return None


def _sent_date(seg: Segments, message: Message, ctx: Context) -> tuple[str, DateValue] | None:
    for part in [*message.closer, *message.opener]:
        if part.kind == "dateline":
            found = _date(text_of(part.content), ctx)
            if found:
                return found
    return None


def _built_title(doc_type: str, header: Header, heading: list[RegistryLine]) -> str:
    """`Ciphered Telegram No. 21405, Mao Zedong to Joseph Stalin` from the facts."""
    label = doc_type.replace("-", " ").capitalize()
    for line in heading:
        if line.subtype == "cable-number":
            words = re.sub(r"\s*(?:N[º°o]\.?|No\.?|№|#).*$", "", text_of(line.content)).strip()
            label = words.title() if words else label
            break
    title = f"{label} No. {header.telegram}" if header.telegram else label
    senders = " and ".join(_party_name(p) for p in header.sent.parties)
    addressees = " and ".join(_party_name(p) for p in header.received.parties)
    if senders and addressees:
        return f"{title}, {senders} to {addressees}"
    if senders or addressees:
        return f"{title}, {'from ' + senders if senders else 'to ' + addressees}"
    return title


def _party_name(party: Party) -> str:
    return party.entry.reg if party.entry else party.role
