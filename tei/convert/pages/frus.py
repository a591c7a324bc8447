"""Page reader for the Foreign Relations of the United States (FRUS) as the Office of the
Historian publishes it (history.state.gov, and the older state.gov pages).

A FRUS document opens with its source note (`893.00/1–2149: Telegram`: the decimal file
number, which dates the document, and the form) or its numbered heading
(`29. Telegram From the Embassy ... to the Department of State/1/`), then the editors'
heading naming sender and addressee (`The Chargé in the Soviet Union (Kohler) to the
Secretary of State`; in editions of other countries' documents, in their language, and
broken before its `to`: `Ambassadeur de France à Moscou (Dejean)` / `to Ministre des
Affaires étrangères (Pineau), Paris`). A source note set above the text (`/1/Source: ...`)
names the archive's file; a telegram's number opens its first paragraph (`158. ...`). The
footnotes follow the text as a numbered list (or, as a page copy gives them, a bulleted list
of notes each ending in its back-link arrow, `- text↩`) while their anchors are glued to the words
(`Molotov34`, `July 4.16`, `/2/`; never after a one-letter word: `l503` is an OCR'd
number; nor the minutes of a time after a comma or `at`: `1956, 14.20`): they are
rewritten as `[n]` anchors and notes, the convention the footnote pass reads. Rows:
`frus`, `frus-source-note`, `frus-receipt`, `frus-signer`, `frus-form-note`, `frus-number`.
"""

from __future__ import annotations

import re

from tei.convert.brackets import PAGE
from tei.convert.capitals_heading import heading_match, in_capitals
from tei.convert.context import Context
from tei.convert.footnotes import valediction
from tei.convert.markup import SUPERSCRIPT_DIGITS
from tei.convert.ocr_dates import ocr_figures
from tei.convert.pages.fiche_heading import heading_extras
from tei.convert.pages.foot_address import without_foot_address
from tei.convert.pages.frus_chapter import without_chapter_heading
from tei.convert.pages.frus_notes import (
    INLINE_NOTE,
    footnotes,
    head_note,
    number_end_anchor,
    yearless_date_anchor,
)
from tei.convert.pages.frus_numbers import routing_end, run_on_point, telegram_number
from tei.convert.pages.meeting_title_date import meeting_title_date
from tei.convert.pages.print_head import past_print_head
from tei.convert.pages.print_notes import print_notes
from tei.convert.pages.run_in_salute import split_run_in_salute as run_in
from tei.convert.read import Line
from tei.convert.segment import heading_kind
from tei.convert.zones import Segments

# (frus64) the e-book's anchor in brackets after the year too (`..., April 13, 1954[1]`)
_HEADING_ANCHOR = re.compile(r"(?:(?<=[a-z).\d])\[(\d{1,2})\]|(?<=[a-z).])([¹²³⁴⁵⁶⁷⁸⁹]))$")
_FILE_DATE = re.compile(r"/(?P<m>1[0-2]|0?[1-9])[–-](?P<d>3[01]|[12]\d|0?[1-9])(?P<y>\d{2})\b")
# a decimal file number a source note names (`Central Files, 791.56/11-1762`), a subject
# file's words before its slash too (`740.00119 Control (Germany)/10–1245`, frus35), or its
# dot printed as a space (`611 00/10–3056`, frus38: a 1955-57 page)
_DECIMAL_FILE = re.compile(r"\b\d{3}(?:\s\d{2}\b)?[\w.]*+(?:\s[A-Z][\w ()]{0,40}+)?/"
                           r"(?:1[0-2]|0?[1-9])[–-](?:3[01]|[12]\d|0?[1-9])\d{2}\b")
_GLUED_OFFICE = re.compile(r"(?<=[a-z])(?=[A-Z]{2,}(?:/[A-Z]{1,4})?$)")
# a note's number before its text in the list of notes (`[1]`, `1`, `1.`, `¹`: as the page
# sets its footnotes); only a source note (`Source: ...`) is read from it
_LISTED_NOTE = re.compile(r"^(?:\[\d{1,3}\]|\d{1,3}\.?|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})\s*+"
                          r"(?=(?i:sources?)\s*+:)")
# a point's number on a line of its own (`1.` or, in a bulleted copy, `- 1.`) before its text
_BARE_POINT = re.compile(r"^\d{1,2}\.$")
# the end of a dateline's time broken onto a line of its own (`Tokyo, June 20, 1936—11` / `a.m.`)
_TIME_TAIL = re.compile(r"^(?:a\.\s?m|p\.\s?m)\.$")
# a heading broken after its `to the` (`... (Schulenburg) to the` / `German Foreign Office`)
# or its `by the` (`Memorandum of Conversation, by the` / `Counselor of the Department of State
# (MacArthur)1`, the 1950s print volumes' pages)
_OPEN_HEADING = re.compile(r"\s(?:to|by)(?:\sthe)?$")
# a heading's addressee half opened by `to`, or (lead25) by the French `à` or the Italian
# `al`/`all'` of an edition in its own language; (edits62) the French `au`/`aux` (a circular's
# `aux Ambassadeurs de France à ...`, the Swiss edition's `au Chef du Département ...`) and the
# German `an` (`an den Vorsteher des Politischen Departements, ...`)
_ADDRESSEE_HALF = re.compile(r"^(?:to|TO|à|À|al|AL|alla|ALLA|ai|AI|all['’]|ALL['’]|aux?\s|AUX?\s"
                             r"|an\s|AN\s)\s?+(?=\S)")
# (series76) a heading's subject half on the next line, after the Polish `w sprawie` or the
# Czech and Slovak `ve věci`/`vo veci` (concerning: `Szyfrogram ambasadora w Waszyngtonie` /
# `w sprawie rozmowy z sekretarzem stanu`, the Polish edition's heading)
_SUBJECT_HALF = re.compile(r"^(?:w\s++sprawie|ve\s++věci|vo\s++veci)\s")
# a note's or despatch's own number on a line of its own (`No. L–6`, `No. 1677`)
_OWN_NUMBER = re.compile(r"^No\.\s[A-Z]?[–-]?\d{1,5}\.?$")
_DATED_SUBJECT = re.compile(r"^(?:Conversation|Meeting|Talk|Luncheon|Dinner)s?\s(?:with|between)\s"
                            r"[^—]{2,80}+—(?P<date>[A-Z][a-z]{2,8}\.?\s\d{1,2},\s\d{4})$")
_BRACKET_SPACE = re.compile(r"(?<=\()\s++|(?<!\s)\s++(?=\))")
_EDITORS_BRACKETS = re.compile(r"[\[\]]")
# the editors' word on what the text is, alone in brackets under the heading
_LABEL_LINE = re.compile(r"^\[(?:Translation|Paraphrase|Extracts?|Excerpts?)\]$")
# (frus69) a search hit's excerpt cut before the dateline (`… Taipei, February 6, 1955—...`)
# and the hit's address under its title (`https://history.state.gov/historicaldocuments/...`)
# (cables70) a central decimal file's number as an archive stamps it (`861.00/5-346`; a
# purport card's `FILE NO. 711.94/1935` is the editors' source note's shape)
_FILE_ALONE = re.compile(r"^\d{3}[A-Z]?\.[\w.]{1,12}+/")
_CUT_MARK = re.compile(r"^(?:…|\.\.\.|https?://\S++)$")


def evidence(lines: list[Line], ctx: Context) -> int:
    """2 for a source note or numbered FRUS heading near the top, 1 for an editors' heading;
    a collection's name alone (`Dulles Papers`) only beside other evidence: an archive
    viewer's page may open with its collection's (`Cyprus Emergency Papers`); so (cables70)
    a decimal file's number alone (`861.00/5-346`), which the archive stamps on its own
    copies of despatches and telegrams over their forms."""
    score, named = 0, False
    for line in _joined_headings(past_print_head(lines, ctx)[:5], ctx)[:4]:
        if _released(line.text, ctx):
            continue
        found = _frus(line.text, ctx)
        # `No. 610` (a number alone) is evidence of nothing
        if found and found[0] not in ("document-number", "despatch-number"):
            if _collection_alone(found) or _file_alone(found):
                named = True
                continue
            score += 1 if found[0] == "heading" else 2
    return score + 2 * named if score else 0


def _collection_alone(found: tuple[str, re.Match[str]]) -> bool:
    """A source row matching a collection's name without its file's number or the form."""
    groups = found[1].groupdict()
    return found[0] == "source" and not groups.get("form") and not any(
        character.isdigit() for character in found[1].group())


def _file_alone(found: tuple[str, re.Match[str]]) -> bool:
    """(cables70) A source row matching a decimal file's number without the form after it."""
    return found[0] == "source" and not found[1].groupdict().get("form") and bool(
        _FILE_ALONE.match(found[1].group()))


def _released(text: str, ctx: Context) -> bool:
    """(other36) A catalogue's title line closed by its release note (`Cold War: US Ambassador
    (London) to Secretary of State (...) [declassified 2000]`): no editors' heading."""
    titled = ctx.res.patterns.match("page-title", text)
    return bool(titled and titled[1].groupdict().get("release"))


def _joined_headings(lines: list[Line], ctx: Context) -> list[Line]:
    """The lines with an editors' heading broken before its `to` (`Ambassadeur de France à
    Moscou (Dejean)` / `to Ministre des Affaires étrangères (Pineau), Paris`) made one line
    again, when only the joined line is a heading."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if i + 1 < len(lines) and _continues_heading(line, lines[i + 1], ctx):
            line = Line(line.no, f"{line.text} {lines[i + 1].text}", line.blank_before,
                        line.rule_before, line.bullet)
            i += 1
        out.append(line)
        i += 1
    return out


def _joined_points(lines: list[Line]) -> list[Line]:
    """A point's number set on a line of its own joined to the point's text (`1.` / `I
    sincerely regret ...`), and a dateline's time tail to its line (`1936—11` / `a.m.`), as
    the page shows them."""
    out: list[Line] = []
    for line in lines:
        prev = out[-1] if out else None
        joins = prev is not None and not line.blank_before and (
            (_TIME_TAIL.match(line.text) and prev.text[-1:].isdigit())
            or (_BARE_POINT.match(prev.text) and not _BARE_POINT.match(line.text)))
        if prev is not None and joins:
            out[-1] = Line(prev.no, f"{prev.text} {line.text}", prev.blank_before,
                           prev.rule_before, prev.bullet)
        else:
            out.append(line)
    return out


def _block_items(lines: list[Line], ctx: Context) -> list[Line]:
    """The items of a memorandum's block copied without their bullets (`PARTICIPANTS` /
    `The Secretary` / `Mr. TylerEUR`) marked as the list's items they are: from the line under
    the label to the next blank line."""
    out: list[Line] = []
    in_block = under_label = False
    for line in lines:
        in_block = in_block and not line.bullet and (under_label or not line.blank_before)
        if in_block:
            line = Line(line.no, line.text, line.blank_before, line.rule_before, True)
        under_label = bool(ctx.res.patterns.match("frus-block-label", line.text))
        in_block = in_block or under_label
        out.append(line)
    return out


def _may_open_heading(text: str) -> bool:
    """(speed26) Whether `text` ends (before a final newline, where `$` matches too) as
    `_OPEN_HEADING` does: only then is that regex, which `re` tries at every space of a
    paragraph, asked."""
    return text.removesuffix("\n").endswith(("to", "by", "the"))


def _continues_heading(line: Line, following: Line, ctx: Context) -> bool:
    """`following` is the `to ...` (`à ...`, `all'...`; or `by ...`) half of a heading
    `line` opens, or (series76) its subject half (`w sprawie ...`), joined even when `line`
    alone is a heading."""
    if following.blank_before:
        return False
    subject = _SUBJECT_HALF.match(following.text) is not None
    # (memcon77) or broken after a comma before an office in small letters (`Entretien du
    # général de Gaulle avec M. Vinogradov,` / `ambassadeur d'U.R.S.S.`, the French edition's)
    # (memcon77) or before its end after a word in small letters (the German edition's
    # `Gespräch des Bundeskanzlers Schmidt mit dem sowjetischen` / `Botschafter Falin ...`)
    comma = line.text.endswith(",") and following.text[:1].islower()
    wrapped = comma or (line.text[-1:].islower() and " mit " in line.text)
    opens = subject or wrapped or _ADDRESSEE_HALF.match(following.text) is not None or (
        _may_open_heading(line.text) and _OPEN_HEADING.search(line.text) is not None)
    if not opens:
        return False
    found = _frus(f"{line.text} {following.text}", ctx)
    return bool(found) and found[0] == "heading" and (subject or not _frus(line.text, ctx))


def edition_line(text: str, ctx: Context) -> str | None:
    """The kind of FRUS heading line `text` is (`source`, `heading`, `despatch-number`,
    ...), or None."""
    found = _frus(text, ctx)
    return found[0] if found else None


def _frus(text: str, ctx: Context) -> tuple[str, re.Match[str]] | None:
    """The `frus` row `text` matches; a parties' heading in capitals (`M. X, AMBASSADOR OF
    FRANCE IN WARSAW, TO M. Y, ...`, invent18) matched in title case; (frus58) an e-book's
    heading anchor in brackets or a superscript read as the glued number (`Nixon[1]`)."""
    text = _HEADING_ANCHOR.sub(lambda m: (m.group(1) or m.group(2)).translate(SUPERSCRIPT_DIGITS),
                               text)
    found = ctx.res.patterns.match("frus", text) or _unnumbered_heading(text, ctx)
    if found is None:
        cased = heading_match(text, ctx.res.patterns, ctx.res.register.lookup)
        return ("heading", cased[1]) if cased else None
    return found


_LABELLED = re.compile(r"^[^\W\d_][\w ]{0,30}:\s")


def _unnumbered_heading(text: str, ctx: Context) -> tuple[str, re.Match[str]] | None:
    """(frus58) A numbered heading as a copy gives it without its number, which stands on
    the page's `Document 45` line (`Telegram From the Embassy in ... to the Department of
    State1`): read as the numbered one, only with its source note's anchor glued."""
    # (bloc73) not a form's labelled line, its clock's minutes no anchor (`Dispatch:
    # 14.IV.1978 – 19.10`: an East-bloc cipher telegram's dispatch)
    found = ctx.res.patterns.match("frus", f"0. {text}") \
        if text[:1].isupper() and not _LABELLED.match(text) else None
    marker = found[1].start("marker") if found and found[0] == "document-heading" else -1
    # not a file's number after its slash (`Record Group 130.20, File 2457/4`: a shelfmark)
    return found if marker > 0 and found[1].string[marker - 1] != "/" else None


def unwrap(lines: list[Line], seg: Segments, ctx: Context) -> list[Line]:
    """Source note, headings, telegram number and footnotes of a FRUS page."""
    out: list[Line] = []
    body_started = False
    lines = _block_items(_joined_points(_joined_headings(lines[:7], ctx) + lines[7:]), ctx)
    lines = run_in(without_chapter_heading(without_foot_address(lines, seg, ctx), seg, ctx,
                                           edition_line), ctx)
    for i, line in enumerate(lines):
        found = None if body_started else _frus(line.text, ctx)
        if found and found[0] == "despatch-number":
            line = Line(line.no, found[1].group("number"), line.blank_before, line.rule_before)
            found = None
            # a despatch's or an instruction's number: a letter, salutation or none (other25)
            seg.facts["despatch-form"] = "letter"
        if found and found[0] == "document-number" and seg.page_title is not None:
            found = None  # a despatch's own number under the heading
        if found and i < 6:
            _heading_fact(found, line, seg)
            meeting_title_date(seg, ctx)
            if found[0] == "heading":
                out = _without_title_line(out, line, seg)
            continue
        if not body_started and INLINE_NOTE.match(
                (line := head_note(line, seg.facts.get("title-note", ""))).text):
            _source_note(line, seg, ctx)
            out.append(line)
            continue
        if (seg.page_title is not None and not body_started and seg.page_date is None
                and ctx.res.dates.whole(line.text)):
            seg.page_date = line  # a date alone under the heading (NZETC's documents volumes)
            out.append(line)
            continue
        dated = None if body_started or seg.page_title is None or seg.page_date is not None \
            else _DATED_SUBJECT.match(line.text)
        if dated and ctx.res.dates.whole(dated.group("date")):
            seg.page_date = Line(line.no, dated.group("date"))  # `Conversation with X—July 23,
            out.append(line)  # 1970`: a memorandum's subject line closed by the talk's day
            continue
        if not body_started and _page_mark(line.text):
            out.append(line)  # (cables43) `[Facsimile Page 1]` over a microfiche supplement's
            continue  # telegram: the page turns before the message, whose number follows
        form_note = None if body_started else ctx.res.patterns.match("frus-form-note", line.text)
        if form_note:
            if form_note[1].group("form") and not seg.facts.get("form"):
                seg.facts["form"] = form_note[1].group("form")
            out.append(line)
            continue
        if seg.page_title is not None and not body_started and not _heading_line(line, ctx):
            body_started = True
            telegram_number(line, lines[i + 1:], seg, ctx)
            point = run_on_point(line, lines[i + 1:], seg) or routing_end(line, seg, ctx)
            if point is not None:
                out.append(Line(line.no, line.text[:point].rstrip(), line.blank_before))
                line = Line(line.no, line.text[point:], True)
            if not seg.facts.get("form") and _opens_letter(lines[i:i + 2], ctx):
                seg.facts["form"] = "letter"
        out.append(_unglue_office(line))
    number_end_anchor(seg, out)
    titled = seg.facts.get("title-note", "")
    out = footnotes(print_notes(out, titled), titled, valediction(ctx))
    for line in out:
        if _LISTED_NOTE.match(line.text):  # a source note listed with the footnotes
            _source_note(Line(line.no, _LISTED_NOTE.sub("", line.text)), seg, ctx)
    return out


def _page_mark(text: str) -> bool:
    """A line that is nothing but an editors' page mark (`[Page 3]`, `[Facsimile Page 1]`)."""
    text = text.strip()
    return text[:1] == "[" and text[-1:] == "]" and bool(PAGE.match(text[1:-1]))


def _without_title_line(out: list[Line], heading: Line, seg: Segments) -> list[Line]:
    """The lines above the editors' heading without the page's title line repeating it with
    the dateline run on (Avalon's British War Bluebook: `Sir N. Henderson to Viscount Halifax
    (Received 1 p. m.). Berlin, August 30, 1939.` over `No. 82.` and the heading), or closing
    it after the collection's name (`Munich Agreement Aftermath - The Charge d'Affaires in
    Czechoslovakia to the Foreign Ministry`, other37), and (lead32) a printed volume's title
    or running head in capitals over the document's number (a British Blue Book's `GREAT
    BRITAIN AND THE EUROPEAN CRISIS.`): page text."""
    head = heading.text.rstrip(". ")
    repeated = [line for line in out if in_capitals(line.text) or (
        len(head) > 10 and line.text != heading.text and (
            line.text.startswith(head) or line.text.endswith(f" - {head}")))]
    seg.fields.setdefault("page-text", []).extend(repeated)
    return [line for line in out if line not in repeated]


def _opens_letter(lines: list[Line], ctx: Context) -> bool:
    """The first paragraph, or the one under the note's own number (`No. L–6`), opens with a
    salutation or a note's formula (`I have the honor to inform you ...`)."""
    if len(lines) > 1 and _OWN_NUMBER.match(lines[0].text):
        lines = lines[1:]
    return bool(lines) and bool(ctx.res.patterns.match("frus-letter", lines[0].text))


def _source_note(line: Line, seg: Segments, ctx: Context) -> None:
    """The archive's file a source note standing above the text names (`/1/Source: ...,
    RG 59, Central Files 1964-66, POL US-USSR. Secret; Exdis.`)."""
    text = INLINE_NOTE.sub("", line.text).strip()
    found = ctx.res.patterns.match("frus-source-note", text)
    if found and found[1].group("ref").strip() not in seg.references:
        seg.add_reference(found[1])
        _note_file_date(_DECIMAL_FILE.search(found[1].group("ref")), seg)
        receipt = ctx.res.patterns.match("frus-receipt", text)
        if receipt:
            seg.facts["note-received"] = receipt[1].group("received")
        signer = ctx.res.patterns.match("frus-signer", text)
        if signer:
            seg.facts["note-signer"] = signer[1].group("signer")


def _note_file_date(file: re.Match[str] | None, seg: Segments) -> None:
    """The date a decimal file number gives (`791.56/11-1762`), kept as the last resort."""
    date = _FILE_DATE.search(file.group(0)) if file else None
    if date and "file-date" not in seg.facts:
        year = 1900 + int(date.group("y"))
        seg.facts["file-date"] = f"{year}-{int(date.group('m')):02d}-{int(date.group('d')):02d}"


def _unglue_office(line: Line) -> Line:
    """`Mr. TylerEUR`: in a participants list the office is glued to the name."""
    if not line.bullet:
        return line
    text = _GLUED_OFFICE.sub(" ", line.text)
    return Line(line.no, text, line.blank_before, line.rule_before, line.bullet)


def _heading_line(line: Line, ctx: Context) -> bool:
    """A line of the telegram's heading (dateline, also with the place the editors supplied:
    `[Washington,] October 14, 1943.`; receipt line, classification) or a line of the date
    broken over two (`1954—5 p.m.`), an undated dateline (`Washington, undated.`), not a
    first paragraph the message's number opens (`1554. Part I.`, `Former Naval Person
    #388.`); the editors' word on the text under the heading (`[Translation]`, other30: a
    Japanese intercept in FRUS, Potsdam II); a search hit's address and its excerpt's cut mark over
    the dateline."""
    text = line.text
    if ctx.res.patterns.match("frus-number", text):  # the message's number opens its text
        return False
    short_tail = text[:1].isdigit() and len(text) < 16
    return (heading_kind(text, ctx) is not None or text.endswith(",")
            or _LABEL_LINE.match(text) is not None or _CUT_MARK.match(text) is not None
            # (frus59) or `Washington, undated.`:
            or ctx.res.patterns.match("undated-dateline", text) is not None
            or bool(ctx.res.dates.whole(text)) or short_tail
            or heading_kind(_EDITORS_BRACKETS.sub("", text), ctx) == "dateline")


def _heading_fact(found: tuple[str, re.Match[str]], line: Line, seg: Segments) -> None:
    kind, match = found
    groups = {k: v for k, v in match.groupdict().items() if v}
    if kind == "source":  # (ocr75) a scan's OCR letters for the file number's figures
        groups["file"] = ocr_figures(groups["file"])
        seg.references.append(groups["file"])
        seg.facts["form"] = groups.get("form", "")
        _note_file_date(_FILE_DATE.search(groups["file"]), seg)
    elif kind == "document-number":  # the document's number in the volume
        seg.fields.setdefault("page-text", []).append(line)
    elif seg.page_title is None:
        # `( Francis)`: the space the older pages set inside the name's brackets
        seg.page_title = Line(line.no, _BRACKET_SPACE.sub("", groups["title"].strip()) if not
                              in_capitals(line.text) else line.text.rstrip(". "))
        if groups.get("marker"):  # an OCR'd superscript read as its number (frus96: a star)
            seg.facts["title-note"] = groups["marker"].translate(SUPERSCRIPT_DIGITS | {42: "1"})
        else:
            yearless_date_anchor(seg)
        if groups.get("received"):  # `... to Viscount Halifax (Received August 25, 7.30 p.m.)`
            seg.facts.setdefault("note-received", groups["received"].strip())
        heading_extras(kind, groups, line, seg)  # its number in the volume kept with it
