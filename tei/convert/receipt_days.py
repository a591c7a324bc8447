"""A receipt giving the day of the month alone, its month and year the sending date's (the
French and Italian diplomatic editions: `(Reçu : le 10, 0 h 40.)`, `(Perv. ore 8 del 15)`,
`(rec. hrs. 8 of the 18th)`; sites59: `Rec'd 9:40 p.m., 20th`): a day earlier than the
sending day is of the next month.
(lang49) The day may stand without a clock (`(Recebido em 12)`), and the receipt may close
the opening dateline in brackets (the Portuguese edition's `Berlim, 11 de Fevereiro de 1943
(Recebido em 12).`: `RECEIPT_AFTER`)."""

from __future__ import annotations

import re
from datetime import date

from tei.convert.action_dates import read_date, received_date, set_date
from tei.convert.context import Context
from tei.convert.date_shapes import DateValue
from tei.convert.model import Header, Message, text_of
from tei.convert.read import Line
from tei.convert.segment import bare, heading_groups

_ORDINAL = r"(?:st|nd|rd|th|er|(?<=[23])d)?"  # (cables74) the older `23d`
# the day, then the clock (`le 10, 0 h 40`, `the 10th, 0.40 a.m.`, `10, 23.15`; ocr67: the
# French form's `Reçu le 17, à 19 h 40`)
_DAY_FIRST = re.compile(
    r"(?i)^(?:(?:le|the|il|am|on\s++the|em|el|a)\s++)?(?P<day>\d{1,2})" + _ORDINAL
    + r"(?:\.?,?\s++"
    r"(?:(?:at|um|alle|ore|às|à|a\s++las)\s++)?(?P<h>\d{1,2})(?:\s?h\.?\s?(?P<m>\d{2})|[.:,](?P<m2>\d{2}))?"
    r"\s*+(?:(?P<ap>[ap])\.\s?m\.?|h\b\.?|Uhr)?)?\W*")
# (lang49) a receipt in brackets closing a dateline (`(Recebido em 12)`, `(Received 12th)`)
RECEIPT_AFTER = re.compile(r"(?<!\s)\.?\s*+(?P<receipt>\((?i:recebid[oa]|recibid[oa]|received|reçu"
                           r"|ricevut[oa]|perv\.|pervenuto)\b[^()]{0,40}\))\.?$")
# the clock, then the day (`ore 8 del 15`, `hrs. 8 of the 18th`; ocr66: the clock alone with
# its minutes, `03,45 de 17`; series74: with its a.m./p.m., `7.30 a.m. of the 4th`)
_HOUR_FIRST = re.compile(
    r"(?i)^(?:(?:ore|hrs?\.?|h\.)\s*+(?=\d)|(?=\d{1,2}[.,:]\d{2}\s))(?P<h>\d{1,2})"
    r"(?:[.,:](?P<m>\d{2}))?(?:\s?(?P<ap>[ap])\.\s?m\.)?\s++(?:del|de|of\s++the|on\s++the)\s++(?P<day>\d{1,2})"
    + _ORDINAL + r"\W*$")
# (sites59) the clock, then the day's ordinal after a comma (the State Department's printed
# form: `Rec'd 9:40 p.m., 20th`)
_CLOCK_THEN_DAY = re.compile(
    r"(?i)^(?P<h>\d{1,2})(?:[.:](?P<m>\d{2}))?\s*+(?P<ap>[ap])\.\s?m\.?,\s*+(?P<day>\d{1,2})"
    r"(?:st|nd|rd|th|(?<=[23])d)\W*$")
_SENT = re.compile(r"^(?P<y>\d{4})-(?P<mo>\d{2})-(?P<d>\d{2})")


def day_receipt(lines: list[Line], sent: str, ctx: Context) -> tuple[str, DateValue] | None:
    """The receipt a heading line gives by the day of the month and a clock time, dated
    from the sending date (`sent`, an ISO date)."""
    begun = _SENT.match(sent)
    if not begun:
        return None
    for line in lines:
        closing = RECEIPT_AFTER.search(line.text)
        found = heading_groups(closing["receipt"] if closing else bare(line.text), ctx)
        text = (found[1].get("received") or "").strip() if found else ""
        parts = _DAY_FIRST.fullmatch(text) or _HOUR_FIRST.fullmatch(text) \
            or _CLOCK_THEN_DAY.fullmatch(text)
        value = _dated(parts, begun) if parts else None
        if value:
            return text, value
    return None


def head_receipt(message: Message, ctx: Context) -> tuple[str, DateValue] | None:
    """(lead73) A receipt in brackets among the message's heads, where a printed edition's
    heading was read as heads (`GOVERNOR SIR G. CREASY to MR. CREECH JONES.` / `(Received
    16th March, 1948.)`): the `heading` table's receipt row gives its date."""
    for head in message.heads:
        text = text_of(head).strip()
        found = heading_groups(text, ctx) if text.startswith("(") else None
        received = found[1].get("received") if found else None
        if received:
            return received_date(received, ctx)
    return None


def opening_lines(message: Message) -> list[Line]:
    """The message's opening datelines as lines (a receipt may close one in brackets)."""
    return [Line(0, text_of(part.content)) for part in message.opener if part.kind == "dateline"]


def _dated(parts: re.Match[str], sent: re.Match[str]) -> DateValue | None:
    """The receipt's date and time: the sending month's, or the next one's when the day
    is earlier than the sending day."""
    year, month, day = int(sent["y"]), int(sent["mo"]), int(parts["day"])
    if day < int(sent["d"]):
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    hour = int(parts["h"]) if parts["h"] else None
    minute = int(parts["m"] or parts.groupdict().get("m2") or 0)
    ap = (parts.groupdict().get("ap") or "").lower()
    if hour is not None:
        hour += 12 if ap == "p" and hour < 12 else -12 if ap == "a" and hour == 12 else 0
    try:
        date(year, month, day)
    except ValueError:
        return None
    if hour is not None and (hour > 23 or minute > 59):
        return None
    return DateValue(0, 0, year, month, day, hour, minute if hour is not None else None)


_BARE_DAY = re.compile(r"^\d{1,2}$")


def day_sent(day: str, received: str) -> tuple[str, DateValue] | None:
    """(lang47) The sending date a heading gives by the day of the month alone (`París 25
    (10'45 tarde.) El Embajador ...`), its month and year the receipt's (`received`, an ISO
    date): a day later than the receipt's is of the month before."""
    got = _SENT.match(received)
    if not _BARE_DAY.match(day) or not got:
        return None
    year, month, sent = int(got["y"]), int(got["mo"]), int(day)
    if sent > int(got["d"]):
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    try:
        date(year, month, sent)
    except ValueError:
        return None
    return day, DateValue(0, 0, year, month, sent)


_PAST_FIRST_HOUR = re.compile(r"(?:0[1-9]|1\d|2[0-3])[0-5]\dZ")


def terminal_sent(header: Header, groups: dict[str, str], ctx: Context) -> None:
    """(telex71) A teleprinter terminal's receipt in GMT (the hotline's `RECEIVED 0847Z 5 JUNE
    1967`) comes minutes after the sending: past the first hour of the day, the message was
    sent that day."""
    if not header.sent.when and _PAST_FIRST_HOUR.fullmatch(groups.get("stamp", "")):
        set_date(header.sent, received_date(groups["received"], ctx))


# (cables74) the State Department's incoming form: the `Rec'd:` box dating the receipt to the
# day, its clock time on a line of its own below it, perhaps after the routing column's label
# read first from the same printed line (`Rec'd: NOVEMBER 14, 1962` / `Action` / `10:22 PM`)
_RECEIPT_LABEL = re.compile(r"(?i)^(?:control:?\s*+\d{1,6}\s++)?rec(?:'|’)?d:?\s")
_CLOCK_ALONE = re.compile(r"^\d{1,2}[:.]\d{2}\s?(?:[AaPp]\.?\s?[Mm]\.?)$")
_CLOCK_REACH = 3  # the heading lines after the receipt's where its clock may stand


def clock_under_receipt(lines: list[Line], received: str,
                        ctx: Context) -> tuple[str, DateValue] | None:
    """(cables74) The receipt's clock time a heading line gives alone within a few lines
    under the `Rec'd:` line that dated it to the day (`received`, an ISO date)."""
    if len(received) != len("1962-11-14"):
        return None
    for i, line in enumerate(lines):
        if _RECEIPT_LABEL.match(line.text):
            clock = next((later.text for later in lines[i + 1:i + 1 + _CLOCK_REACH]
                          if _CLOCK_ALONE.match(later.text)), None)
            found = read_date(f"{received}, {clock}", ctx) if clock else None
            return (clock, found[1]) if found and found[1].hour is not None else None
    return None
