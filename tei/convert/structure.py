"""Structure stage: the message's lines to heads, opener, blocks, closer and attachments.

Quoted documents (a line opening a quotation that a later line closes) become embedded
documents, read recursively. Numbered points become lists; unnumbered paragraphs between
point n and point n+1 belong to point n. The closer (the run of closing lines at the end of
the message or just before an attachment) is read by `tei.convert.closing`.
"""

from __future__ import annotations

import re

from tei.convert.agenda_items import agenda_item
from tei.convert.closing import CloserReader
from tei.convert.column_signature import signature_over_label
from tei.convert.context import Context
from tei.convert.head_lines import continues_head
from tei.convert.inline import InlineReader
from tei.convert.model import (
    Block,
    Embedded,
    Inlines,
    Mark,
    Message,
    Paragraph,
    Part,
    Section,
    text_of,
)
from tei.convert.namerules import NAME_REGEX, name_spans
from tei.convert.numbering import no_point
from tei.convert.opener_marks import opener_mark
from tei.convert.opening_datelines import LEAD_REACH, joined_datelines
from tei.convert.paragraph_numbers import numbered_paragraphs
from tei.convert.participant_names import participant_name, roster_names, under_participants
from tei.convert.parts import (
    foot_address,
    group_names,
    split_address,
    styled_address,
    styled_end,
)
from tei.convert.points import PointReader
from tei.convert.quoted import (
    Unit,
    quotation_end,
    unquote,
    whole_message,
    worded_quotation_end,
)
from tei.convert.read import Line
from tei.convert.roles import TERMINAL
from tei.convert.routing_sides import without_info_copies
from tei.convert.segment import heading_groups
from tei.convert.short_signatures import peer_signature, short_signers
from tei.convert.signer_lines import merge_roles
from tei.convert.summary_lead import summary_end
from tei.convert.wrapped_address import mission_address_lines, wrapped_foot_address

_LEAD_WORDS = 4  # a despatch's docket lines over its dateline: how long (`LEAD_REACH`: how many)
# text, never a heading however short: a commercial telegram's sentence stopped by a word
# (`... IN ALLIED REPLY STOP`), a cipher text's number groups (`31874 02295 66103 41287 ...`);
# (invent28) a teletype conference's turn closed by its operator's signal (`... PROCEED. GA`)
# (wc54) a sentence closed by a bracket (`... dangerous. [...]`)
_CLOSING_BRACKET = re.compile(r"(?<=[.?!])\s*+\[[^\[\]]*+\]$")
# (lang49) nor a sentence in CJK script, which sets no space between words (`本日...手交セリ。`)
_NEVER_A_HEAD = re.compile(r"\b(?:STOP|FULLSTOP)\b|^(?:\d{4,5}\s++){4}|[.?!]\s++(?:GA|OVER)$"
                           r"|[\u3040-\u30ff\u3400-\u9fff][」』）)]?[。！？]$|^\[matter omitted\]$")
# the recipient's seat set letter-spaced at the head of a line (`P r a g u e   By courier`)
_SPACED_SEAT = re.compile(r"^(?:[^\W\d_] ){3,}[^\W\d_](?!\S)")
# an address's office going on over a second line (`To the Minister of Foreign Affairs of the
# Union` / `of Soviet Socialist Republics`)
_ADDRESS_WORDS = 16
# a leader's address by all his offices, closed by the honorific and his name (`To the First
# Secretary of the Central Committee ..., Chairman of ..., Comrade N. S. Khrushchev`)
_STYLED_ADDRESS = re.compile(r"(?<=,\s)(?:Comrade|Cde\.|Mr\.|Monsieur|Herr|Señor)\s++"
                             r"(?:[A-Z][\w'’.-]*+\s){0,3}[A-Z][\w'’-]++$")
_ADDRESS_GOES_ON = re.compile(r"^(?:of|in)\s[A-Z][\w'’-]*+(?:\s[\w'’-]++){0,6}$")


class MessageReader(PointReader):
    """Reads the structure of a message for one document."""

    def __init__(self, ctx: Context, inline: InlineReader) -> None:
        self.ctx = ctx
        self.inline = inline
        self.patterns = ctx.res.patterns
        self.closer = CloserReader(ctx, inline)
        self._opening_datelines: set[str] = set()  # see `joined_datelines`

    def read(self, lines: list[Line]) -> tuple[Message, list[list[Block]]]:
        """The message and its attachments (lists of blocks after the closer)."""
        units = signature_over_label(self.closer.glued_signature(self._units(lines)),
                                     self.closer.kind, self.patterns)
        units = wrapped_foot_address(units, self.patterns)
        message = Message()
        start = self._opening(units, message)
        close, end = self.closer.span(units, start)
        mission = mission_address_lines(units, close, end, self.patterns, self.closer.kind)
        parts = [part for at, unit in enumerate(units[close:end], close)
                 for part in ([Part("address", self._annotate(line)) for line in unit.lines]
                              if at in mission else
                              peer_signature(unit.text, self.ctx) or self.closer.parts(unit))]
        parts = short_signers(parts, self.ctx, units[close].lines[0].no) if close < end else parts
        message.closer = merge_roles(foot_address(_continued_postscripts(parts)))
        message.blocks = self._blocks(units[start:close])
        attachments = [self._attachment(units[end:])] if end < len(units) else []
        return message, attachments

    def _attachment(self, units: list[Unit]) -> list[Block]:
        """The blocks after the closer; the next document's numbered heading (a page of two
        FRUS documents), or an annex's label and title, is their head, not a numbered point."""
        if heads := self.closer.attachment_heads(units):
            return [*(Paragraph(self._annotate(u.lines[0]), "head") for u in units[:heads]),
                    *self._blocks(units[heads:])]
        if self.closer.minute_sheet():  # later minutes: a line each (`I. Kirkpatrick`, no section)
            return [Paragraph(self._annotate(line)) for unit in units for line in unit.lines]
        return self._blocks(units)

    def _annotate(self, line: Line, text: str | None = None) -> Inlines:
        return self.inline.annotate(line.text if text is None else text, line.no)

    def _annotate_listed(self, line: Line, heads: list[Inlines] | None = None) -> Inlines:
        """A line; a listed one giving a name and, after a comma, an office (a memorandum's
        participant: `Moshe Raviv, Director, North American Desk`) has the name in a name
        position, as has one giving a name alone under a participants label (`heads`);
        (frus80) so have an agency's roster line's names (`State—U. Alexis Johnson, William
        H. Sullivan`), listed or not."""
        comma = line.text.find(",") if line.bullet else -1
        named = comma > 0 and NAME_REGEX.fullmatch(line.text[:comma]) is not None
        alone = participant_name(line.text, heads, self.patterns) \
            if line.bullet and heads and not named else []
        if not named and not alone:
            alone = roster_names(line.text, self.patterns)
        return self.inline.annotate(line.text, line.no, [(0, comma)] if named else alone)

    # -- units and quoted documents

    def _units(self, lines: list[Line]) -> list[Unit]:
        lines = joined_datelines(lines, self.ctx, self._opening_datelines)
        units, i = [], 0
        while i < len(lines):
            end = quotation_end(lines, i)
            worded = None if end is not None else worded_quotation_end(lines, i, self.patterns)
            if end is not None and whole_message(lines, i, end):
                units += [Unit([line]) for line in unquote(lines[i:end + 1])]
                i = end + 1
            elif end is not None:
                units.append(Unit(unquote(lines[i:end + 1]), embedded=True))
                i = end + 1
            elif worded is not None:
                units += [Unit([lines[i]]), Unit(lines[i + 1:worded], embedded=True),
                          Unit([lines[worded]])]
                i = worded + 1
            else:
                units.append(Unit([lines[i]]))
                i += 1
        return units

    def _embedded(self, unit: Unit, previous: Unit | None) -> Embedded:
        message, attachments = self.read(unit.lines)
        for blocks in attachments:
            message.blocks.extend(blocks)
        doc_type = self._embedded_type(previous.text if previous else "")
        return Embedded(doc_type, message)

    def _embedded_type(self, intro: str) -> str:
        found = self.patterns.phrases("embedded-types", intro)
        return found[0][2] if found else "document"

    # -- opener

    def _opening(self, units: list[Unit], message: Message) -> int:
        """Fill heads and opener from the first units; return the index after them.

        When an address shares its line with the first sentence, the unit is replaced by
        that sentence and its index returned.
        """
        i = self._heads(units, 0, message)
        end = summary_end(units, i, text_of(message.heads[-1]) if message.heads else "",
                          self._opener_kind, lambda text: bool(self.ctx.res.dates.whole(text)),
                          self._opening_datelines)
        if end > i:  # (cw77) a despatch's summary under its heading, over its dateline
            for unit in units[i:end]:
                message.heads.append(self._annotate_listed(unit.lines[0], message.heads))
            i = self._heads(units, end, message)
        for unit in units[i:self._lead_to_dateline(units, i)]:
            line = unit.lines[0]
            if self._opener_kind(unit.text) == "salute":
                message.opener.append(Part("salute", self._annotate(line)))
            elif message.opener:  # the docket lines under the salutation, in their order
                message.opener.append(Part("registry", self._annotate(line), "docket"))
            else:
                message.heads.append(self._annotate_listed(line, message.heads))
            i += 1
        while i < len(units) and not units[i].embedded and not self._speaker(units, i):
            parts, rest = self._opener_part(units[i].lines[0])
            if not parts and self._receipt_over_address(units, i, message):
                parts = [Part("registry", self._annotate(units[i].lines[0]), "incoming")]
            mark = opener_mark(units[i].text) if not parts and i + 1 < len(units) else None
            if mark and self._opener_kind(units[i + 1].text) in ("salute", "address"):
                parts = [Part("registry", self._annotate(units[i].lines[0]), mark)]  # letters76
            if not parts:
                end = self._inside_address(units, i, message)
                if end == i and any(part.kind == "dateline" for part in message.opener):
                    end = self._seat_address(units, i, message)
                if end == i:
                    break
                i = end
                continue
            message.opener.extend(parts)
            if rest is not None:
                units[i] = Unit([rest])
                return i
            i += 1
            if parts[-1].kind == "address":
                i = self._address_lines(units, i, message)
        return i

    def _heads(self, units: list[Unit], i: int, message: Message) -> int:
        """Take the heading's lines from `i` into the message's heads; the index after."""
        while i + 1 < len(units) and styled_end(units, i, self.ctx) is None and (
                self._is_head(units[i], units[i + 1], message.heads, units[i - 1:i]) or (
                    bool(message.heads) and not units[i].embedded and continues_head(
                        units[i].text, units[i - 1].text if i else "", units[i + 1].text))):
            message.heads.append(self._annotate_listed(units[i].lines[0], message.heads))
            i += 1
        return i

    def _receipt_over_address(self, units: list[Unit], i: int, message: Message) -> bool:
        """(misses44) A labelled receipt field typed under the opening dateline over the
        address (`Вашингтон, 12. марта 1963.` / `Примљено: 13. марта 1963. у 08.30 часова` /
        `Државном секретару Кочи Поповићу`): the opener's, the address after it read too."""
        if i + 1 >= len(units) or units[i + 1].embedded or not any(
                part.kind == "dateline" for part in message.opener):
            return False
        found = heading_groups(units[i].text, self.ctx)
        return bool(found and found[1].get("received")) and self._opener_kind(
            units[i + 1].text) == "address"

    def _lead_to_dateline(self, units: list[Unit], start: int) -> int:
        """The index of a despatch's dateline set below its salutation and short docket lines
        (`CONFIDENTIAL.`, `My Lord,`, `589`, `Government House`, `Hongkong, 16th September,
        1910`: an OCR reading the page's left column first); `start` when there is none."""
        for j, unit in enumerate(units[start:start + LEAD_REACH], start):
            kind = None if unit.embedded else self._opener_kind(unit.text)
            if kind == "dateline":
                return j
            too_long = len(unit.text.split()) > _LEAD_WORDS
            if unit.embedded or kind not in (None, "salute") or too_long:
                return start
        return start

    def _address_lines(self, units: list[Unit], i: int, message: Message) -> int:
        """Lines under an address that name only a place (`Moscow`), that go on with its
        office (`of Soviet Socialist Republics`) or that add the person (`Comrade Gromyko`)
        belong to it; a line naming only a register person (`Willi Stoph` under `Comrade
        Walter Ulbricht`) is one more addressee of a letter to several (wc33)."""
        while i < len(units) and not units[i].embedded:
            text, line = units[i].text, units[i].lines[0]
            entry = self.ctx.res.register.lookup(text)
            if (entry and entry.kind == "place") or _ADDRESS_GOES_ON.match(text):
                message.opener.append(Part("addrLine", self._annotate(line)))
            elif entry and entry.kind == "person":
                message.opener.append(Part("address", self._annotate(line)))
            elif self._opener_kind(text) == "address":
                message.opener.append(self._address(text, line.no))
            else:
                break
            i += 1
        return i

    def _inside_address(self, units: list[Unit], i: int, message: Message) -> int:
        """A letter's inside address over its salutation (`Ministry for Foreign Affairs / Head
        of Far East Department / Comrade Helmut Liebermann / B e r l i n` over `Dear Comrade
        Liebermann!`): short open lines (wcda67: a first as long as an address), one `Comrade X`."""
        styled = styled_address(units, i, self.ctx, self.inline)
        if styled is not None:
            message.opener.extend(styled[0])
            return styled[1]
        end = i
        salutation = self.patterns.match
        while end < len(units) and end - i < 6 and not salutation("salutation", units[end].text):
            text, most = units[end].text, _ADDRESS_WORDS if end == i else 8
            if units[end].embedded or len(text.split()) > most or TERMINAL.search(text):
                return i
            end += 1
        kinds = [self._opener_kind(unit.text) for unit in units[i:end]]
        if end == i or end == len(units) or "address" not in kinds:
            return i
        for unit, kind in zip(units[i:end], kinds, strict=True):
            line = unit.lines[0]
            message.opener.append(self._address(line.text, line.no) if kind == "address"
                                  else Part("addrLine", self._annotate(line)))
        return end

    def _seat_address(self, units: list[Unit], i: int, message: Message) -> int:
        """An inside address under a dateline closed by the recipient's seat set letter-spaced,
        with no salutation (`Ministry of Foreign Affairs / 3rd Territorial section / P r a g u
        e   By courier`): its first line names a register organisation, the addressee; the
        index after the seat, or `i` when there is none."""
        register = self.ctx.res.register
        if not any(m.entry.kind == "org" for m in register.find(units[i].text)):
            return i
        for end in range(i + 1, min(i + 5, len(units))):
            text = units[end].text
            if units[end].embedded or len(text.split()) > 8 or TERMINAL.search(text):
                return i
            seat = _SPACED_SEAT.match(text)
            entry = register.lookup(seat.group().replace(" ", "")) if seat else None
            if entry is not None and entry.kind == "place":
                first = units[i].lines[0]
                message.opener.append(Part("address", self._annotate(first)))
                message.opener.extend(Part("addrLine", self._annotate(unit.lines[0]))
                                      for unit in units[i + 1:end + 1])
                return end + 1
        return i

    def _is_head(self, unit: Unit, following: Unit, heads: list[Inlines],
                 before: list[Unit]) -> bool:
        """A listed line under a participants label or another listed line is no address."""
        text, bullets = unit.text, [other.lines[0].bullet for other in before]
        listed = unit.lines[0].bullet and (under_participants(heads, self.patterns) or any(bullets))
        if unit.embedded or len(text.split()) > 20 or (self._opener_kind(text) and not listed):
            return False
        if self.patterns.match("numbering", text) or self.ctx.res.dates.whole(text) \
                or _NEVER_A_HEAD.search(text):
            return False
        text = _CLOSING_BRACKET.sub("", text)  # (wc54) `... dangerous. [...]`: a sentence
        open_end = (not TERMINAL.search(text) or text.endswith((")", ").."))
                    or len(text.split()) == 1)
        return open_end and (not following.embedded or len(text.split()) <= 12)

    def _speaker(self, units: list[Unit], i: int) -> bool:
        """`Cde. Khrushchev:` over his words when another such line follows (`Cde. Molotov:`):
        the speakers of a meeting's notes, not a letter's salutation."""
        def label(unit: Unit) -> bool:
            return (not unit.embedded and unit.text.rstrip().endswith(":")
                    and self._opener_kind(unit.text) == "salute")
        return label(units[i]) and any(label(unit) for unit in units[i + 1:])

    def _opener_kind(self, text: str) -> str | None:
        if text in self._opening_datelines:
            return "dateline"
        if self.patterns.match("salutation", text):
            return "salute"
        run_on = self.patterns.match("salutation-run-on", text)
        dateline = run_on[1].groupdict().get("dateline") if run_on else None
        if run_on and (not dateline or self.closer.place_date(dateline)):  # misses32
            return "salute+text"
        split = split_address(text)
        addressed = split is not None and self.patterns.match("address", split[0])
        whole = self.patterns.match("address", text) and (
            len(without_info_copies(text).split()) <= _ADDRESS_WORDS
            or _STYLED_ADDRESS.search(text))
        if addressed and (not whole or len(split[1].split()) >= 3):  # a sentence after it:
            return "address+text"  # `For Secretary from Kiernan. Saw ...` ends at the stop
        if whole:
            return "address"
        if self.closer.place_date(text) and (len(text.split()) <= 10  # or an office's street:
                                             or self.patterns.match("address-dateline", text)):
            return "dateline"
        return None

    def _opener_part(self, line: Line) -> tuple[list[Part], Line | None]:
        kind = self._opener_kind(line.text)
        if kind in ("salute", "dateline"):
            return [Part(kind, self._annotate(line))], None
        if kind == "address":
            return [self._address(line.text, line.no)], None
        if kind == "salute+text":
            found = self.patterns.match("salutation-run-on", line.text)[1]
            salute = Line(line.no, found.group("salute"))
            dated = [Part("dateline", self._annotate(Line(line.no, found.group("dateline"))))
                     ] if found.groupdict().get("dateline") else []
            return [*dated, Part("salute", self._annotate(salute))], Line(line.no, found["rest"])
        if kind == "address+text":
            address, rest = split_address(line.text)
            return [self._address(address, line.no)], Line(line.no, rest)
        return [], None

    def _address(self, text: str, line: int) -> Part:
        """An address line; a `from X` part of it is set apart as `seg[@type='from']`."""
        match = self.patterns.match("address", text)[1]
        # an address naming a body alone (`CC CPSU`) has no persons
        spans = group_names(match, "persons") if match.groupdict().get("persons") else []
        if match.groupdict().get("seat") and self.ctx.res.register.find(match["seat"], ("person",)):
            spans += group_names(match, "seat")  # (lead56) no seat: `To the Premier, Nehru.`
        if "from" not in match.re.groupindex or not match.group("from"):
            return Part("address", self.inline.annotate(text, line, spans))
        cut, end = text.rfind(" ", 0, match.start("from")) + 1, match.end("from")
        sender = self.inline.annotate(text[cut:end], line, name_spans(text[cut:end]))
        after = self.inline.annotate(text[end:], line) if text[end:] else []  # `, Begins:`
        return Part("address", [*self.inline.annotate(text[:cut], line, spans),
                                Mark("seg", {"type": "from"}, sender), *after])

    # -- blocks

    def _blocks(self, units: list[Unit]) -> list[Block]:
        """Paragraphs, lists and embedded documents; after a section heading, its section's."""
        blocks: list[Block] = []
        target = blocks
        i = 0
        while i < len(units):
            unit = units[i]
            section = None if unit.embedded else self.patterns.match("sections", unit.text)
            match = section[1] if section else agenda_item(units, i)
            if match:
                heading = Section(match.group("n"),
                                  self._annotate(unit.lines[0], match.group("text")))
                blocks.append(heading)
                target = heading.blocks
                i += 1
            elif unit.embedded:
                target.append(self._embedded(unit, units[i - 1] if i else None))
                i += 1
            elif not blocks and self._point_under_number(units, i):
                units = self._split_number(units, i)  # `611.` / `1. Gimo ...`
                target.append(Paragraph(self._annotate(units[i].lines[0])))
                i += 1
            elif self.patterns.match("numbering", unit.text) and not no_point(
                    self.patterns, units, i, not blocks):
                numbered, i = self._list(units, i)
                target.append(numbered)
            else:
                target.append(Paragraph(self._annotate_listed(unit.lines[0])))
                i += 1
        return numbered_paragraphs(blocks)


def _continued_postscripts(parts: list[Part]) -> list[Part]:
    """A closer's paragraphs right under a postscript go on with it (postscripts too)."""
    found: list[Part] = []
    for part in parts:
        after = part.kind == "p" and bool(found) and found[-1].kind == "postscript"
        found.append(Part("postscript", part.content) if after else part)
    return found
