"""The members a label standing alone on its line lists under it (`Distribution:`, `CC:`,
`PARTICIPANTS:`): short lines up to a blank line or another label alone; a list numbered
from `1.` ends where its numbering does (`CC:` / `1. Comrade Ulbricht` ... `6. Archive`
over the form's title `Single Information`, a Stasi report's heading); a participants label's
members may stand in groups by side, blank lines before each (`side_members`), the other
side's perhaps without a side's line (`_other_side`).
"""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.inline import InlineReader
from tei.convert.model import Inlines, RegistryLine
from tei.convert.namerules import name_spans, plausible_name
from tei.convert.read import Line
from tei.convert.roles import is_role

LABEL_ALONE = re.compile(r"^(?P<label>[^:\d]{1,40}?)\s*+:-?$")
MEMBER_WORDS = 12
_SIDE_MEMBER_WORDS = 30  # `RYU Jang-sik Assistant to ... (Deputy Director of ... Department)`
_SENTENCE_END = re.compile(r"[.!?:;]$")
_NAME_AND_TITLE_WORDS = 4  # `Mr. Llewellyn E. Thompson`, `Secretary of State Rusk`
# How a line that `LABEL_ALONE` matches ends (`$` also matches before a final newline).
_ALONE_ENDS = (":", ":-", ":\n", ":-\n")
# a member's number before its text (`1. Comrade Ulbricht`, `2) Archive`)
_MEMBER_NUMBER = re.compile(r"^(?P<n>\d{1,2})[.)]\s")
# (wc42) a reader's surname or body alone on its line, maybe with the footnote anchor the page
# glued to it (`Czesak2`), or the editors' mark of one they could not read (`[?]`)
_READER = re.compile(r"^(?:[A-Z][^\W\d_]*?[a-z][^\W\d_]*+(?:-[A-Z][^\W\d_]++)?\d{0,2}|\[\?\])$")


# (wcdd85) a heading word set letter by letter (`N o t e`, `A k t e n v e r m e r k`) under
# an empty label (`Copy:`): the document's form, no member of the label's list
_LETTER_SPACED = re.compile(r"^[^\W\d_](?: [^\W\d_]){2,}+$")


def label_alone_match(text: str) -> re.Match[str] | None:
    """`LABEL_ALONE.match(text)`, its lazy label walked only on a line ending as it must."""
    return LABEL_ALONE.match(text) if text.endswith(_ALONE_ENDS) else None


def block_members(lines: list[Line], i: int) -> int:
    """How many lines from `i` on are the values of a label alone above them: short lines
    up to a blank line, and of a list numbered from 1 up to its last number's line (or the
    line wrapping it, when the numbering goes on after that)."""
    count = 0
    while (i + count < len(lines) and not lines[i + count].blank_before
           and len(lines[i + count].text.split()) <= MEMBER_WORDS
           and not label_alone_match(lines[i + count].text)
           and not _LETTER_SPACED.match(lines[i + count].text.strip())):
        count += 1
    return _numbered_end(lines, i, count)


def reader_run(lines: list[Line], i: int, ctx: Context) -> int:
    """(wc42) How many lines from `i` on list without a label the readers a ciphergram went
    to, under its `From:` line (`Politburo` / `Czesak2` / `[?]` / `Milnikiel`): two or more
    lines of one capitalised word each (or `[?]`) that no heading row reads (not
    `Confidential`), else none."""
    posts = post_run(lines, i, ctx)
    if posts:
        return posts
    count = 0
    while i + count < len(lines) and _READER.match(text := lines[i + count].text.strip()) \
            and not ctx.res.patterns.match("heading", text):
        count += 1
    named = sum(lines[i + n].text.strip() != "[?]" for n in range(count))
    return count if count >= 2 and named else 0


# (cw70) a circular telegram's address line left open, the posts under it
OPEN_ADDRESS = re.compile(r"(?i)^from\s.{3,80}?\sto:?$")


def post_run(lines: list[Line], i: int, ctx: Context) -> int:
    """(cw70) How many lines from `i` on name, one a line, the governments or posts a
    circular telegram goes to under its address line left open (`From Commonwealth Relations
    Office to` / `Canada` / `Australia` / ... / `Federation of Malaya`): each a place of the
    register, up to a blank line (the first may stand after one); else none."""
    if not i or not OPEN_ADDRESS.match(lines[i - 1].text.strip()):
        return 0
    count = 0
    while i + count < len(lines) and (count == 0 or not lines[i + count].blank_before):
        entry = ctx.res.register.lookup(lines[i + count].text.strip().rstrip(".,"))
        if entry is None or entry.kind != "place":
            break
        count += 1
    return count


def side_members(lines: list[Line], i: int, ctx: Context) -> int:
    """(letters41) How many lines from `i` on are the members of a participants label set in
    groups by side, each under its side's line (`From Seoul` / `Lee Hu-rak Co-chairman ...` /
    ... / `From Pyongyang` / ...; `U.S. Side:`: table `participant-side`), blank lines before
    the groups; a member's line may give his offices at length, but no sentence; 0 when no
    side's line stands at `i`."""
    n = i
    while n < len(lines) and ctx.res.patterns.match("participant-side", lines[n].text):
        n += 1
        while (n < len(lines) and not lines[n].blank_before
               and len(lines[n].text.split()) <= _SIDE_MEMBER_WORDS
               and not _SENTENCE_END.search(lines[n].text)):
            n += 1
    return n - i


def participant_members(lines: list[Line], i: int, ctx: Context) -> int:
    """How many lines from `i` on list the participants under their label: groups by side
    (`side_members`), or (lead32) lines up to a blank line or a label, each short or giving
    the member's offices at length after the name and a comma, but no sentence (a
    presidential library's memorandum of conversation: `PARTICIPANTS: President Ford` over
    `Dr. Henry A. Kissinger, Secretary of State and Assistant to the President for ...`)."""
    sides = side_members(lines, i, ctx)
    if sides:
        return sides
    # (memcon72) a blank line may part a label alone from its first member (`Present:`): a
    # member's line, or a line of two words or more (`The Prime Minister`), not one word
    # that heads no side (`Americans`)
    alone = i > 0 and bool(label_alone_match(lines[i - 1].text)) and i < len(lines) and (
        len(lines[i].text.split()) > 1 or _member_line(lines[i].text, ctx))
    n = i
    while n < len(lines) and ((n == i and alone) or not lines[n].blank_before) and (
            len(words := lines[n].text.split()) <= MEMBER_WORDS
            or (len(words) <= _SIDE_MEMBER_WORDS and "," in " ".join(words[:_NAME_WORDS])
                and not _SENTENCE_END.search(lines[n].text))) \
            and not label_alone_match(lines[n].text):
        n += 1
    count = _numbered_end(lines, i, n - i)
    while count and (more := _other_side(lines, i + count, ctx)):
        count += more  # (memcon72) a third side's group after the second's
    return count


_OTHER_SIDE_LINES = 8
_WORD_STOP = re.compile(r"[a-z]{3}\.$")  # a sentence's end (`Mr. Lunkov opened the talk.`)


def _other_side(lines: list[Line], n: int, ctx: Context) -> int:
    """(lead33) How many lines from `n` on are the other side's members, set after a blank
    line without a side's line (a British record's `Present:` over the British and then,
    after a blank line, the Soviet party: `H.E. Mr. N. M. Lunkov` / `Mr. V. Semenov`): a few
    short lines, each a known person's or opening with a courtesy title, then a blank line;
    else 0. (ocr72) A member's offices may wrap onto a line of their own under a line
    ending with a comma (`Mr. Robert L. Whitcomb, Deputy Director,` / `Office of Soviet
    Union Affairs`)."""
    if n >= len(lines) or not lines[n].blank_before:
        return 0
    k = n + _side_line(lines[n].text, ctx)
    while k < len(lines) and k - n < _OTHER_SIDE_LINES and (k == n or not lines[k].blank_before) \
            and (_member_line(lines[k].text, ctx) or (k > n and _office_wrapped(lines[k - 1].text,
                                                                             lines[k].text))):
        k += 1
    return k - n if k > n and (k == len(lines) or lines[k].blank_before) else 0


def _side_line(text: str, ctx: Context) -> bool:
    """(memcon72) The line heading the other side's group after a blank line: a side's line
    (table `participant-side`) or a country alone (a State memcon's `PARTICIPANTS: Thailand`
    / ... / `United States` / `Henry A. Kissinger, Secretary of State`)."""
    text = text.strip().rstrip(":")
    if len(text.split()) > 3:
        return False
    entry = ctx.res.register.lookup(text)
    return bool(ctx.res.patterns.match("participant-side", text)) or (
        entry is not None and entry.kind == "place")


def _office_wrapped(above: str, text: str) -> bool:
    """(ocr72) Whether `text` goes on with the offices of the member on the line `above`
    (ending with a comma): a short line, no sentence and no label."""
    return above.endswith(",") and len(text.split()) <= _NAME_AND_TITLE_WORDS + 2 \
        and not label_alone_match(text) and not _SENTENCE_END.search(text)


def _member_line(text: str, ctx: Context) -> bool:
    """A short line naming a member, no sentence: a register person in it, or a courtesy title
    first."""
    words = text.split()
    if not words or len(words) > MEMBER_WORDS or label_alone_match(text) or text.endswith(
            ("!", "?", ":", ";")) or _WORD_STOP.search(text):
        return False
    titles = ctx.res.patterns.words("honorifics")
    return words[0].casefold().rstrip(".") in titles or words[0].casefold() in titles or any(
        match.entry.kind == "person" for match in ctx.res.register.find(text)) or (
        _named_before_office(text, ctx))


_NAME_BEFORE_COMMA = re.compile(r"^[A-Z][\w'’-]++(?:\s++(?:[A-Z]\.|[A-Z][\w'’-]++)){1,3},\s++[A-Z]")


def _named_before_office(text: str, ctx: Context) -> bool:
    """(memcon72) A member the register lacks, his name before a comma and his office after
    it (`Edward E. Masters, Country Director for Thailand (Notetaker)`)."""
    found = _NAME_BEFORE_COMMA.match(text)
    return found is not None and plausible_name(text[:text.index(",")], ctx.res.patterns)


# (ocr72) a CIA distribution list's member: the copies and a dash before an office symbol in
# capitals (`1 - DDCI`, `Orig - DCI`, `2 - C/SR (Mr. Kisevalter)`), a name only in brackets
_COUNTED_OFFICE = re.compile(r"^(?:\d{1,2}|Orig\.?)\s*+-\s*+[A-Z][A-Z/&]{1,11}+(?:\s|$)")
_NAME_WORDS = 6  # the comma after a member's name comes within these words


def _number(line: Line) -> int | None:
    found = _MEMBER_NUMBER.match(line.text)
    return int(found.group("n")) if found else None


def _numbered_end(lines: list[Line], i: int, count: int) -> int:
    """`count`, or fewer when the members are numbered from 1: up to the line after which
    neither it nor the next line goes on with the numbering."""
    if count < 2 or _number(lines[i]) != 1:
        return count
    last = 1
    for n in range(1, count):
        number = _number(lines[i + n])
        if number == last + 1:
            last = number
        elif number is not None or n + 1 >= count or _number(lines[i + n + 1]) != last + 1:
            return n
    return count


def member_content(line: Line, inline: InlineReader) -> Inlines:
    """A line of a labelled block (`Mr. Llewellyn E. Thompson, Ambassador at Large`): the
    name stands before the first comma, a role or body after it; (letters41) where more words
    stand before it, the offices follow the name unmarked (`LEE Dong Spokesman for the
    co-chairman`): the line's names are found as in the text."""
    if _COUNTED_OFFICE.match(line.text):  # (ocr72) `1 - DDCI`: an office, its count before it
        return inline.annotate(line.text, line.no)
    comma = line.text.find(",")
    if len(line.text[:comma if comma != -1 else None].split()) > _NAME_AND_TITLE_WORDS:
        return inline.annotate(line.text, line.no, _name_over_role(line.text, inline))
    return inline.annotate(line.text, line.no,
                           name_spans(line.text, 0, comma if comma != -1 else None))


def _name_over_role(text: str, inline: InlineReader) -> list[tuple[int, int]]:
    """The span of the name a member's line opens with when the rest of it, its brackets
    left out, is an office (`John Holdridge` / `Deputy Chief of the Liaison Office (...)`)."""
    patterns = inline.ctx.res.patterns
    words = text.split()
    for k in range(2, min(_NAME_AND_TITLE_WORDS, len(words) - 1) + 1):
        rest = re.sub(r"(?<!\s)\s*+\([^()]*+\)", "", " ".join(words[k:]))
        if rest[:1].isupper() and is_role(rest, patterns) \
                and plausible_name(" ".join(words[:k]), patterns):
            return [(0, re.match(rf"\s*+(?:\S++\s++){{{k - 1}}}\S++", text).end())]
    return []


def member_line(subtype: str, line: Line, ctx: Context, inline: InlineReader) -> RegistryLine:
    """A member of the block under a heading label alone; (cables38) a line of cable tags
    under empty `TAGS:` and `SUBJECT:` labels (`OVIP, NU`) is the tags, not a name."""
    found = ctx.res.patterns.match("heading", line.text)
    if found and found[0] == "tags":
        return RegistryLine("tags", inline.annotate(line.text, line.no))
    return RegistryLine(subtype, member_content(line, inline))
