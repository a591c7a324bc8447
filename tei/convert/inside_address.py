"""A letter's inside address over its salutation (`The Honorable` / `Dean Rusk` /
`Secretary of State` / `Washington` over `Dear Mr. Secretary:`): its first line names the
addressee by a style or a courtesy title (the `inside-address` table), the short lines under
it give office and seat. Segmenting stops a heading before it; the opener reads it
(`parts.styled_address`). (repost86) A name alone over the addressee's office opens one too
(`F.D. Roosevelt,` / `President of the United States,` / `White House` / `Washington, D.C.`
over `Sir,`: a private letter's address, with no style before the name)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from tei.convert.context import Context
from tei.convert.roles import is_role

MAX_LINES = 6  # name, office, department, street, seat, country
_MAX_WORDS = 8
_SEAT_LINES = 3  # (repost86) under the office: building, city, perhaps street (`White House`)
# initials or a given name, then a surname: two to four capitalised words
_BARE_NAME = re.compile(r"^(?:(?:[A-Z]\.\s?+){1,3}[A-Z](?:[\w'’]|-(?!-))++"
                        r"|[A-Z](?:[\w'’]|-(?!-))++(?:\s++(?:[A-Z]\.\s?+){0,2}[A-Z](?:[\w'’]|-(?!-))++){1,3})$")
_SENTENCE_END = re.compile(r"[!?:;]$")  # a seat may close with a stop (`Washington.`)


def inside_address_end(texts: Sequence[str | None], i: int, ctx: Context) -> int | None:
    """The index of the salutation when `texts[i:]` opens with an inside address of two
    lines or more, else None (`None` in `texts`: a block that is no address line)."""
    patterns = ctx.res.patterns
    if texts[i] is None or not (patterns.match("inside-address", texts[i])
                                or named_over_office(texts, i, ctx)):
        return None
    for end in range(i + 1, min(i + MAX_LINES + 1, len(texts))):
        text = texts[end]
        if text is None:
            return None
        if patterns.match("salutation", salutation_head(text, ctx)) and not \
                _office_over_salutation(texts, end, ctx):
            return end if end - i >= 2 else None
        if len(text.split()) > _MAX_WORDS or _SENTENCE_END.search(text) \
                or any(found.day for found in ctx.res.dates.find(text)):
            return None
    return None


def named_over_office(texts: Sequence[str | None], i: int, ctx: Context) -> bool:
    """(repost86) `texts[i]` is a person's name alone, perhaps closed by a comma (`F.D.
    Roosevelt,`, `Mr. President` is no name), and the line under it the addressee's office
    (`President of the United States,`)."""
    name = (texts[i] or "").rstrip(",")
    under = texts[i + 1] if i + 1 < len(texts) else None
    return (bool(_BARE_NAME.match(name)) and not name.isupper() and under is not None
            and (is_role(under, ctx.res.patterns) or _seat_under(texts[i] or "", under, ctx))
            and not is_role(name, ctx.res.patterns) and ctx.plausible_name(name))


def _seat_under(line: str, under: str, ctx: Context) -> bool:
    """(repost87) The name closed by a comma over a seat closed by one, a register place
    opening it (`Mahatma Gandhi,` / `Segaon Wardha,` / `Central Provinces,` over `Dear Mr
    Gandhi,`: a letter to a private man at his home)."""
    return line.endswith(",") and under.endswith(",") and len(under.split()) <= _MAX_WORDS \
        and any(m.start == 0 and m.entry.kind == "place" for m in ctx.res.register.find(under))


def _office_over_salutation(texts: Sequence[str | None], at: int, ctx: Context) -> bool:
    """(letters78) The addressee's office closed by a comma (`President of the United States
    of America,`, which the salutation table's loose row would take) with the seat and the
    salutation under it (`Washington` / `Dear Mr. President,`): an address line."""
    patterns = ctx.res.patterns
    if not is_role(texts[at] or "", patterns):
        return False
    for k in range(at + 1, min(at + _SEAT_LINES + 1, len(texts))):
        text = texts[k]
        if text is None or len(text.split()) > _MAX_WORDS:
            return False
        if patterns.match("salutation", text):
            return True
    return False


_SALUTE_WORDS = 5  # (repost92) a salutation a letter's first sentence runs on from
_DEAR = re.compile(r"(?i)^(?:my\s++)?dear\s[^:\n]{2,40}:")


# (repost94) a letter's salutation its first sentence runs on from, as reposts and collected
# works set it (`Great and Good Friend: I have received ...`, `Dear Mr. President, Within a few
# hours ...`, `Excellency, on February 10, 1967, I received ...`), perhaps after the place
# it was written at (a forum's flattened `New Delhi Dear Mr. President, Within ...`); not a
# toast's list of those it greets (`Mr. President, Madame Broz, and our ... guests:`)
RUN_ON_SALUTE = re.compile(
    r"^[\"“]?(?:(?P<place>[A-Z][a-z'’.-]++(?:\s[A-Z][a-z'’.-]++){0,2})\s++(?=(?:My\s++)?Dear\s))?"
    r"(?P<salute>(?i:great\s++and\s++good\s++friend|(?:my\s++)?dear\s++(?:mr\.?|mister|madam|sir|"
    r"comrade|excellency)\s++[A-Z][\w'’.-]*+(?:\s[A-Z][\w'’.-]*+){0,2}|(?:your\s++)?excellency|"
    r"(?:esteemed\s++)?mr\.?\s++president)\s*+[:,!])\s++(?P<rest>[\"“]?[A-Za-z]\S*+(?:\s++\S++){5}.*)(?<!:)$")


def salutation_head(text: str, ctx: Context) -> str:
    """(repost92) A salutation the letter's first sentence runs on from (a course reader's
    `DEAR MR. PRESIDENT: I am writing ...`) cut to the salutation; other lines as they are.
    (repost94) Closed by a comma too, in quotation marks (a column's `“Dear Mr. President,
    “Within ...`), a sovereign's (`Great and Good Friend: I have ...`)."""
    run_on = RUN_ON_SALUTE.match(text)
    if run_on and not run_on["place"]:
        return run_on["salute"] if ctx.res.patterns.match("salutation", run_on["salute"]) else text
    head = text[:text.find(":") + 1] if _DEAR.match(text) else ""  # not a speaker's label
    return head if head and len(head.split()) <= _SALUTE_WORDS and ctx.res.patterns.match(
        "salutation", head) is not None else text
