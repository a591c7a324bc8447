"""Closing stage: the closing lines (valediction, signatures, roles, dateline, the sender's
number, processing lines) at a message's end or before an attachment, and their closer parts."""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.covering_notes import covering_run, stamp_text
from tei.convert.dateline_parts import place_date, whole_date
from tei.convert.enclosure_lists import annex_title, listed_enclosure
from tei.convert.exchange_parts import later_letter
from tei.convert.foot_receipt import foot_stamp_units
from tei.convert.glued_notes import unanchored
from tei.convert.inline import InlineReader
from tei.convert.minutes import minute_date, minute_officer, opens_minute_sheet
from tei.convert.model import Inlines, Mark, Part
from tei.convert.name_surroundings import before_role
from tei.convert.numbering import lettered_point
from tei.convert.paren_dated import name_date, name_span
from tei.convert.parties import title_parties
from tei.convert.parts import (
    SIGNED_MARK,
    SLASHED_NAME,
    STYLE_ALONE,
    foot_address_names,
    numbered_close,
    parenthesised_name,
    signature_names,
)
from tei.convert.processing_lines import clerk_spans
from tei.convert.quoted import Unit
from tei.convert.read import Line
from tei.convert.release_lines import attachment_ends, page_feet, wrapped_tail
from tei.convert.repeated_form import repeated_form
from tei.convert.roles import is_role, wrapped_office
from tei.convert.segment import heading_groups
from tei.convert.signature_shape import registered_name_stopped, signature_like
from tei.convert.signer_lines import (
    INITIALS_DAY_MONTH,
    comma_name,
    garbled_initials_name,
    initialled,
    name_for_org,
    org_signs,
    role_mark_name,
    sender_initials,
    signature_mark,
    stopped_name,
    unconfirmed,
)

_FOOT_ADDRESS_LINES = 5  # office, department, seat and street under a foot address;
# (ocr69) the office wrapped over two lines (`Assistant Secretary of State for` / `Near ...`)
_FOOT_ADDRESS_WORDS = 12  # (invent16) `Embajador Extraordinario y Plenipotenciario de los ...`
# a point of the text (`1. The Committee considered ...`) or a sentence in small letters
_TEXT_LINE = re.compile(r"^\s*+(?:\(?\d{1,2}[.)]\s"
                        r"|(?:\S++\s++){2}(?:[a-z]\S*+\s++){3}[^\n]*+(?<=\.)$)")
_POSTSCRIPT_TAIL_WORDS = 12  # a line added under a postscript
_POSTSCRIPT_TAIL_LINES = 4  # an enclosure list under it: its label and three items
_TITLE_WORDS = 24  # a document title under an edition's `No. 547`, at most


class CloserReader:
    """Finds and reads the closer of a message for one document."""

    def __init__(self, ctx: Context, inline: InlineReader) -> None:
        self.ctx = ctx
        self.inline = inline
        self.patterns = ctx.res.patterns
        self.enclosed: set[int] = set()  # units of an enclosure list over a foot address
        self.covering: dict[int, str] = {}  # a covering note's stamp and list units (misses42)
        self.receipt: set[int] = set()  # a receipt stamp's units at the foot (letters74)
        self.wrapped: set[int] = set()  # an office's wrapped rest under a signature (letters78)

    def _annotate(self, line: Line, text: str | None = None) -> Inlines:
        return self.inline.annotate(line.text if text is None else text, line.no)

    def span(self, units: list[Unit], start: int) -> tuple[int, int]:
        """(first closer unit, first unit after the closer) — equal when there is no closer."""
        ends = sorted({*attachment_ends(units, start, self._is_attachment),
                       *self._after_enclosure_closer(units, start),
                       *page_feet(units, start, self.is_closer, self.patterns),
                       *self._later_minute(units, start), *self._covering_end(units, start)})
        self.receipt = foot_stamp_units(units, start, self.patterns)
        for end in [*ends, len(units)]:
            begin = self._foot_address_end(units, start, end)
            while begin > start and not (begin > 1 and lettered_point(
                    self.patterns, units[begin - 1].text, units[begin - 2].text)) and (
                    listed_enclosure(units, start, begin - 1, end, self.kind, self.patterns,
                                     self.enclosed)
                    or (self.is_closer(units[begin - 1]) and not wrapped_tail(units, begin - 1))
                    or id(units[begin - 1]) in self.covering or id(units[begin - 1]) in self.receipt
                    or self._signed_under_salute(units, start, begin - 1)
                    or self._known_stopped_name(units, begin - 1, end)
                    or self._comma_name_over_closer(units, begin - 1, end)
                    or self._postscript_under_closer(units, start, begin - 1)
                    or self._wrapped_office(units, start, begin - 1)
                    or self._under_postscript(units, start, begin - 1, end)):
                begin -= 1
            if begin < end:
                for k in range(begin + 1, end):  # (letters78) an office's wrapped rest
                    self._wrapped_office(units, begin, k)
                return begin, end
            if start < end < len(units) - 1 and self._annex_label(units[end]):
                return end, end  # (leftover23) no closer over an annex: the annex apart
        return len(units), len(units)

    def _covering_end(self, units: list[Unit], start: int) -> list[int]:
        """Where a covering note's closer ends over the draft it covers (`covering_notes`)."""
        found = covering_run(units, start, self.kind, self.patterns)
        self.covering = found[1] if found else {}
        return [found[0]] if found else []

    def _annex_label(self, unit: Unit) -> bool:
        """`ANNEX I`, `Enclosure` alone on its line (not an editors' bracketed note)."""
        return not unit.embedded and len(unit.lines) == 1 and not unit.text.startswith("[") \
            and bool(self.patterns.match("attachment", unit.text))

    def glued_signature(self, units: list[Unit]) -> list[Unit]:
        """The editors' supplied signature glued to the message's last sentence (`... in good
        time. [Wiley.]`), or a cablese signature after the last `STOP` with its end mark (`...
        ACKNOWLEDGE STOP ARIKPO ENDS`), set on a line of its own (the end mark on the next)."""
        line = units[-1].lines[0] if units and not units[-1].embedded else None
        found = (self.supplied_signature(line.text, "glued")
                 or self.supplied_signature(line.text, "stop")) if line else None
        if line is None or found is None or len(units[-1].lines) != 1:
            return units
        cut, close = found.start("signature"), found.end("signature")
        end_mark = line.text[close:].strip()
        # a page table's cell bar after the signature (`... PIUS PP. XII |`) is no text
        rest = [Unit([Line(line.no, end_mark)])] if end_mark.strip("|") else []
        return [*units[:-1],
                Unit([Line(line.no, line.text[:cut].rstrip(), line.blank_before, line.rule_before,
                           line.bullet)]),
                Unit([Line(line.no, line.text[cut:close])]), *rest]

    def _after_enclosure_closer(self, units: list[Unit], start: int) -> list[int]:
        """`Attachment: the original of a letter ...` / `(A. Gromyko)` / `28 September 1950`
        / the letter: where the text after a covering note's enclosure line's closer begins;
        (memlet82) the line under the closer (`A. Gromyko` / `14 July 1966` / `No. 1786/gs` /
        `Attachment: draft resolution, 1 page.` / `Draft`): the attachment from it."""
        found = []
        for k in range(start, len(units)):
            if units[k].embedded or not self.patterns.match("attachment-note", units[k].text):
                continue
            under = k > start and self.is_closer(units[k - 1])  # (memlet82) a foot's note
            j = k if under else next(
                (n for n in range(k + 1, len(units)) if not self.is_closer(units[n])), -1)
            if j > k + 1 or under:
                found.append(j)
        return found

    def _foot_address_end(self, units: list[Unit], start: int, end: int) -> int:
        """Where the closer's lines are read back from: after a foot address
        (`THE RIGHT HONOURABLE OLIVER LYTTELTON, ...`) the short lines under it (office,
        department, seat: `LONDON, S.W.1.`) are its own, not the text's."""
        reach = range(end - 1, max(start, end - _FOOT_ADDRESS_LINES - 2), -1)
        # (ocr69) the style alone opens the address over the lines the other rows know
        # (`The Honorable` / `Phillips Talbot,` / the office / `Department of State, ...`)
        styled = next((i for i in reach if STYLE_ALONE.match(units[i].text)), None)
        if styled is not None and all(len(units[k].text.split()) <= _FOOT_ADDRESS_WORDS
                                      for k in range(styled, end)):
            return styled + 1
        for i in reach:
            if self.patterns.match("foot-address", units[i].text):
                return i + 1
            if len(units[i].text.split()) > _FOOT_ADDRESS_WORDS or _TEXT_LINE.match(
                    units[i].text):  # the text's point or sentence: no address under it
                break
        return end

    def _signed_under_salute(self, units: list[Unit], start: int, i: int) -> bool:
        """`I have, etc.,` / `Charles Denby.`: a stopped name under the valediction signs (or
        a surname after the OCR's small letters for initials, `nn Cubitt.`), as does one
        closed by a comma over the signer's office (`A. B. Johnson,` / `Consul.`)."""
        return i > start and not units[i].embedded and self.kind(
            units[i - 1].text) == "salute" and (
                stopped_name(units[i].text) or bool(garbled_initials_name(units[i].text))
                or (comma_name(units[i].text) and i + 1 < len(units)
                    and self._is_role(units[i + 1].text)))

    def _comma_name_over_closer(self, units: list[Unit], i: int, end: int) -> bool:
        """`Moshe Shertok,` over the closer's first line, the signer's office (`Foreign
        Secretary`, a role) or the place and date it was sent from (`Melbourne, 17th
        September, 1884.`, a printed paper's telegram): the name of two words or more closed
        by its comma signs (one word is a valediction's, `Fraternally,`)."""
        return i + 1 < end and not units[i].embedded and len(units[i].lines) == 1 \
            and len(units[i].text.split()) >= 2 and comma_name(units[i].text) \
            and self.kind(units[i + 1].text) in ("role", "dateline")

    def _known_stopped_name(self, units: list[Unit], i: int, end: int) -> bool:
        """`Sazonov.` on the message's last line (lead80: or over the date alone, `Stalin.` /
        `20.IX.45`): a registered surname closed by a stop signs."""
        unit = units[i]
        last = i == end - 1 or (i == end - 2 and self.kind(units[end - 1].text) == "dateline")
        if not last or unit.embedded or len(unit.lines) != 1 or not stopped_name(unit.text):
            return False
        surname = unit.text[:-1].split()[-1]
        # (series74) or a name the register lacks that the heading named (`Minister Kauffmann,
        # Washington, to ...` over `Kauffmann.`): its local entry
        return bool(self.ctx.res.register.persons_by_surname(surname)
                    or f"person:{surname.casefold()}" in self.ctx.local)

    def _wrapped_office(self, units: list[Unit], start: int, i: int) -> bool:
        """An office's rest wrapped under its first line (`roles.wrapped_office`)."""
        found = i > start and not units[i].embedded and len(units[i].lines) == 1 \
            and wrapped_office(units[i - 1].text, units[i].text, self.patterns)
        if found:
            self.wrapped.add(id(units[i]))
        return found

    def _postscript_under_closer(self, units: list[Unit], start: int, i: int) -> bool:
        """`P.S. I shall be in New York on Monday ...` right under a letter's closing lines:
        part of the closing run (the closer is read on above it)."""
        return i > start + 1 and self._postscript(units[i]) and self.is_closer(units[i - 1])

    def _under_postscript(self, units: list[Unit], start: int, i: int, end: int) -> bool:
        """Short last lines under a letter's postscript (`P.S. ...` / `New information:
        this is not true.`, added after it; an enclosure list, `Enclosures:` / `(i) Copy of
        the Soviet note ...`, up to the foot address): its own
        (`structure._continued_postscripts`)."""
        if i >= end or i <= start + 2:
            return False
        for k in range(i - 1, max(start + 1, i - _POSTSCRIPT_TAIL_LINES - 1), -1):
            if units[k].embedded or len(units[k + 1].text.split()) > _POSTSCRIPT_TAIL_WORDS \
                    or units[k + 1].embedded:
                return False
            if self._postscript(units[k]):
                return self.is_closer(units[k - 1])
        return False

    def _postscript(self, unit: Unit) -> bool:
        return not unit.embedded and bool(self.patterns.match("postscript", unit.text))

    def _is_attachment(self, unit: Unit, after: list[Unit]) -> bool:
        found = None if unit.embedded else self.patterns.match("attachment", unit.text)
        if found is not None and found[0] == "enclosure-list":  # over a foot address: the letter's
            return all(self.kind(u.text) != "address" for u in after[:_POSTSCRIPT_TAIL_LINES + 1])
        return unit.embedded or found is not None or self.following_document(unit, after)

    def attachment_heads(self, units: list[Unit]) -> int:
        """How many of the units after the closer head what follows: the next document's
        heading (`following_document`); (wcda57) an annex's label alone (`ENCLOSURE`,
        `Attachment 1`) and the title line under it (`List of Urgent Requests of the ...`)."""
        if self.following_document(units[0], units[1:2]):
            return 1
        if not self._annex_label(units[0]) or len(units) < 2:
            return 0  # (lead32) a label closing the page heads nothing (`Letter from X dated`)
        title = units[1] if len(units) > 2 and len(units[1].lines) == 1 else None
        return 1 + bool(title and annex_title(title.text, self.ctx))

    def following_document(self, unit: Unit, after: list[Unit]) -> bool:
        """`98. Telegram From the Department of State to the Embassy in Turkey/1/` under a
        text: the numbered heading of the next document printed on the page, after this
        one's closer; an unnumbered edition's heading naming both parties (`Mr. Page, United
        States Ambassador in London, to Sir Edward Grey. (Received March 5.)`, other18); or
        an edition's `No. 547` over a title naming two parties or the salutation (ocr37: `No.
        17.` / `My Lord,`), or a scanned FRUS volume's file number over its editors' heading
        (`after`: the units under it)."""
        kind = ((None if unit.embedded else self.patterns.match("frus", unit.text)) or ("",))[0]
        title = after[0].text if after and not after[0].embedded else ""
        if (kind in ("document-heading", "heading")  # (ocr43) not `The Secretary to the
                and not self.patterns.match("foot-address", unit.text)) \
                or repeated_form(unit, self.ctx) or (kind == (  # Treasury.`, a foot address
                "source") and (self.patterns.match("frus", title) or ("",))[0] == "heading"):
            return True  # (ocr35) a file number over a heading: `File No. 704.4167/5`
        if later_letter(unit, after, self.patterns):
            return True  # (memlet81) an exchange's second letter under the first
        numbered = self.patterns.match("edition-document-number", unit.text)
        return (not unit.embedded and numbered is not None and (
            (len(title.split()) <= _TITLE_WORDS and bool(title_parties(title, self.ctx)))
            or any(self.patterns.match("salutation", u.text) for u in after[:2])))  # ocr37

    def _later_minute(self, units: list[Unit], start: int) -> list[int]:
        """On a minute sheet (a line of the `minute-sheet` table opens the document), where a
        superior's minute begins under the first minute's signature or initials and date
        (`P.D. 12/3` / `I agree.` / `F.R.H.M. 13/3/57`): the first text line after a closer
        line, or (ocr41) the line after the writer's name and short date (`Est Boyd` /
        `15.1.32` / `Holder`: a later minute's hand, no second signer). The later minutes are
        kept after the first minute's closer."""
        if not self.minute_sheet():
            return []
        # (ocr42) the officer the minute opens with, and the day under him, sign nothing
        officer = minute_officer(self.ctx)
        heads = [bool(officer) and unit.text.strip().startswith(officer) for unit in units]
        return [i for i in range(start + 2, len(units))
                if self.is_closer(units[i - 1]) and (not self.is_closer(units[i]) or (
                    minute_date(units[i - 1].text) and self.is_closer(units[i - 2])))
                and not heads[i - 1] and not (minute_date(units[i - 1].text) and heads[i - 2])][:1]

    def minute_sheet(self) -> bool:
        """Whether a line of the `minute-sheet` table opens the document."""
        return opens_minute_sheet(self.ctx)

    def _day_month(self, match: re.Match[str]) -> Inlines:
        """`12/3` under a minute's initials: the 12th of March of the document's year."""
        day, month = int(match.group("d")), int(match.group("m"))
        text = match.group("date")
        if not self.ctx.year:
            return [text]
        return [Mark("date", {"when": f"{self.ctx.year:04d}-{month:02d}-{day:02d}"}, [text])]

    def is_closer(self, unit: Unit) -> bool:
        return not unit.embedded and not self.patterns.match("quote-marks", unit.text) \
            and bool(self.kind(unit.text))

    def kind(self, text: str) -> str | None:
        patterns, dates = self.patterns, self.ctx.res.dates
        text = unanchored(text, self.ctx)
        if patterns.match("valediction", text):
            return "salute"
        if (found := patterns.match("valediction-signed", text)) and signature_like(
                found[1].group("name")):
            return "salute-signed"  # (lead83) `I am, Yours very truly, R. C. CASEY`
        if patterns.match("foot-address", text):
            return "address"
        if patterns.match("seal-mark", text):
            return "seal"  # a stamp's line, as a registry line in the closer
        if whole_date(text, self.ctx) or self.place_date(text):
            return "dateline"
        if numbered_close(text, self.ctx):  # before a bare number (`No. 214 KhARON`)
            return "numbered-signed"
        if patterns.match("outgoing-number", text):
            return "idno"
        if (self._is_role(text) or signature_mark(text, patterns)
                or patterns.match("signed-for", text)):
            return "role"  # a title over a signature, or the mark where it stands
        if (role_mark_name(text, patterns) or self.supplied_signature(text, "line")
                or name_for_org(text, self.ctx) or org_signs(text, self.ctx)):
            return "signed"
        if (signature_like(text) and not _classification(text, self.ctx)
                and text.strip(" .:").casefold() not in patterns.words("section-words")
                and not patterns.match("processing", text)) or SIGNED_MARK.match(
                text) or SLASHED_NAME.search(text) or parenthesised_name(text, patterns) \
                or registered_name_stopped(text, self.ctx.res.register):
            return "signed"
        lead = dates.leading(text)
        if lead and signature_like(lead[1]):
            return "dateline-signed"
        if sender_initials(text, self.ctx):
            return "signed"
        if patterns.match("processing", text):
            return "registry"
        found = name_date(text, patterns)
        if found and dates.whole(found.group("date")):
            return "signed-dateline"
        if initialled(text):
            return "initialled"
        return None

    def _numbered_signature(self, line: Line) -> list[Part]:
        """`– 232 – Jakus –`, `Pavlíček 388.`: the sender's own number, which is the
        telegram's (an `idno` of subtype `telegram`), and the name or office that signs it,
        in the line's order (the closing dash, no word, goes with the number)."""
        match = numbered_close(line.text, self.ctx)
        assert match is not None
        name = match.group("name")
        signed = Part("signed", self.inline.annotate(name, line.no, signature_names(name)))
        if match.start("name") < match.start("outgoing"):
            number = line.text[match.end("name"):].strip()
            return [signed, Part("idno", self._annotate(line, number), "telegram")]
        cut = match.start("name")
        return [Part("idno", self._annotate(line, line.text[:cut].rstrip()), "telegram"), signed]

    def supplied_signature(self, text: str, row: str) -> re.Match[str] | None:
        """The editors' bracketed name that signs a message, alone on its line (`row` `line`:
        `[Wiley.]`; `[Allardt]` if named before) or glued to the last sentence (`glued`); a
        word of the `brackets` table (`[Omitted.]`) or no name can be is none."""
        found = self.patterns.match("supplied-signature", text)
        if found is None or found[0] != row:
            return None
        name = found[1].group("name")
        if name.casefold() in self.patterns.words("brackets") or not self.ctx.plausible_name(name):
            return None
        bare = found[1].groupdict().get("bare") is not None
        return None if bare and unconfirmed(name, self.ctx.text, self.patterns) else found[1]

    def _is_role(self, text: str) -> bool:
        return is_role(text, self.patterns)

    def place_date(self, text: str) -> bool:
        return place_date(text, self.ctx)

    def parts(self, unit: Unit) -> list[Part]:
        line = unit.lines[0]
        if self._postscript(unit):
            return [Part("postscript", self._annotate(line))]
        if id(unit) in self.enclosed:
            return [Part("registry", self._annotate(line), "other")]
        if id(unit) in self.wrapped:
            return [Part("role", self._annotate(line))]
        if id(unit) in self.receipt:
            return [Part("registry", self._annotate(line), "stamp")]
        if id(unit) in self.covering:  # a covering note's stamp or distribution list
            return [Part("registry", self._annotate(line, stamp_text(line.text)),
                         self.covering[id(unit)])]
        kind = self.kind(line.text) or ("signed" if stopped_name(line.text)
                                        or comma_name(line.text) else None)
        if kind == "idno":
            row, match = self.patterns.match("outgoing-number", line.text)
            if not match.group("date"):  # the whole line (`-- 118 --`: wc40; wcdn91 `telegram`)
                return [Part("idno", self._annotate(line, line.text), row.replace("outgoing", ""))]
            number = Part("idno", self._annotate(line, line.text[:match.end("outgoing")]))
            rest = line.text[match.start("date"):]  # (lead35) or a name: `No. 702 MAJ[v]`
            if not self.ctx.res.dates.find(bare := unanchored(rest, self.ctx)) \
                    and signature_like(bare):
                return [number, Part("signed", self.inline.annotate(rest, line.no,
                                                                    signature_names(bare)))]
            return [number, Part("dateline", self._annotate(line, rest))]
        if kind == "numbered-signed":
            return self._numbered_signature(line)
        if kind == "salute-signed":
            found = self.patterns.match("valediction-signed", line.text)[1]
            name = found.group("name")
            return [Part("salute", self._annotate(line, found.group("close"))),
                    Part("signed", self.inline.annotate(name, line.no, signature_names(name)))]
        if kind == "signed-dateline":
            match = name_date(line.text, self.patterns)
            name = match.group("name")
            return [Part("signed", self.inline.annotate(name, line.no, name_span(name))),
                    Part("dateline", self._annotate(line, match.group("date")))]
        if kind == "initialled":
            match = INITIALS_DAY_MONTH.match(line.text)
            return [Part("signed", self.inline.annotate(match.group("name").strip(), line.no)),
                    Part("dateline", self._day_month(match))]
        if kind == "dateline-signed":
            date, name = self.ctx.res.dates.leading(line.text)
            cut = line.text.index(name, len(date))
            return [Part("dateline", self._annotate(line, line.text[:cut].rstrip())),
                    Part("signed", self.inline.annotate(name, line.no, signature_names(name)))]
        garbled = garbled_initials_name(line.text) if kind is None else None
        if garbled:  # (ocr43) `nn Cubitt.`: the surname signs, the OCR's initials stay text
            return [Part("signed", self.inline.annotate(line.text, line.no,
                                                         [garbled.span("name")]))]
        if kind == "signed":  # a role after the name on its line is no part of the name
            spans = [(start, before_role(line.text, start, end, self.ctx))
                     for start, end in signature_names(line.text)]
            return [Part("signed", self.inline.annotate(line.text, line.no, spans))]
        if kind == "address":
            spans = foot_address_names(line.text, self.patterns)
            return [Part("address", self.inline.annotate(line.text, line.no, spans))]
        if kind == "seal":
            return [Part("registry", self._annotate(line), "stamp")]
        if kind == "registry":
            subtype, found = self.patterns.match("processing", line.text)
            return [Part("registry", self.inline.annotate(line.text, line.no, clerk_spans(found)),
                         subtype)]
        return [Part(kind or "p", self._annotate(line))]


def _classification(text: str, ctx: Context) -> bool:
    """`Top Secret` over an enclosed record's date: a handling mark, never a signature."""
    found = heading_groups(text, ctx)
    return found is not None and found[0] in ("classification", "precedence")
