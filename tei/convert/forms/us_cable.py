"""US State Department and White House cables.

Classification with post and number (`C O N F I D E N T I A L BEIJING 001398`,
`UNCLASSIFIED SECTION 01 OF 01 TEHRAN 1164`), `FM` / `TO` / `INFO` lines, date-time groups
(`O 071304Z FEB 74`), precedence (`OP IMMED`), routing (`DE WTE #0661`), `E.O.`, `TAGS:`,
`REF:`, `Classified By:`, `ACTION`/`ORIGIN`/`DRAFTED BY` lines. Besides its rows, the form
shows in classification markings opening paragraphs (`1. (C) ...`) and `¶` numbering.
(cables70) The CIA's outgoing form's routing box, its title over its numbered cells read
apart (`ROUTING` / `1` / `4` / `2` ...), is read as one line (`ROUTING 1 4 2 5 3 6`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from tei.convert.context import Context
from tei.convert.forms import REACH, Form
from tei.convert.office_surnames import office_surnames
from tei.convert.read import Line

if TYPE_CHECKING:  # zones imports the forms
    from tei.convert.zones import Segments

_ROUTING_TITLE = "ROUTING"
_CELL = re.compile(r"^[1-9]$")
_CELLS = 9  # the box's cells at most
_MARKED = re.compile(r"^(?:¶\s*)?\d{1,2}\.\s+\([CSU]\)|^¶\d")


def _marked(lines: list[Line], ctx: Context) -> int:
    return sum(1 for line in lines if _MARKED.match(line.text))


_GLUED_SIGNATURE = re.compile(r"(?<=[.!?)\"”]) (?P<name>[A-Z][A-Z'’-]{2,})$")
# (cw59) an initial closing the words before the name: the name's own (`(Sgd.) G.P. JOOSTE`);
# (cables69) not the last letter of an office symbol after its slash (`... TO IOP/R. REINHARDT`)
_INITIAL_BEFORE = re.compile(r"(?<![^\W\d_])(?<!/)[A-Z]\.$")
# (cables66) a record's text run on in one line: its grade and end mark after the signature
_RUN_ON_FOOT = re.compile(r"(?: (?P<grade>UNCLASSIFIED|CONFIDENTIAL|SECRET|TOP SECRET|LIMITED"
                          r" OFFICIAL USE))?(?: (?P<end>NNNN?))?$")
# a printout's page ends with its classification, under the signature
_MARKING = re.compile(r"^(?:UNCLASSIFIED|CONFIDENTIAL|SECRET|TOP SECRET|LIMITED OFFICIAL USE)$")


def _glued_signature(lines: list[Line], ctx: Context) -> list[Line]:
    """`... please contact Katherine Baker in PM/WRA. RICE`: a page that lost the line
    break before the signature runs the surname in capitals on into the last paragraph of
    a text in mixed case; it is set on a line of its own. In a text all in capitals
    (`... ON THE TIMING SOONEST. KISSINGER`, maybe over a last `CONFIDENTIAL`) only a
    register person's name is taken so, or (cables67) the name a channel line gives as the
    sender's (`FOR THE SECRETARY FROM DEAN`); what the name was cut from goes on the paragraph's
    line above when it was wrapped there (`_runs_on`); never the surname after its own
    initials (`(Sgd.) G.P. JOOSTE`). A text run on in one line keeps its grade and end mark
    after the name (`... TAKE OVER. PEZZULLO SECRET NNN`): a line under it."""
    end = len(lines)
    while end > 1 and _MARKING.match(lines[end - 1].text):
        end -= 1
    last = lines[end - 1] if lines else None
    tail = _RUN_ON_FOOT.search(last.text) if last else None
    text = last.text[:tail.start()] if last and tail else ""
    found = _GLUED_SIGNATURE.search(text) if last else None
    if not last or not found or _INITIAL_BEFORE.search(text, 0, found.start()):
        return lines
    foot = [Line(last.no, part) for part in (tail["grade"], tail["end"]) if part] if tail else []
    name = found.group("name")
    mixed = any(ch.islower() for ch in text[:found.start()])
    if not mixed and not _person(name, ctx) and not _channel_sender(name, lines[:end - 1]) \
            and not _post_signer(name, ctx):
        return lines
    if ctx.res.patterns.match("heading", name) or ctx.res.patterns.match("processing", name):
        return lines
    cut = Line(last.no, text[:found.start()], last.blank_before, last.rule_before,
               last.bullet)
    before = lines[:end - 1]
    if before and _runs_on(before[-1], last, ctx):  # `... AS SOON AS` / `POSSIBLE. KISSINGER`
        previous = before[-1]
        before[-1:] = [Line(previous.no, f"{previous.text} {cut.text}", previous.blank_before,
                            previous.rule_before, previous.bullet)]
        return [*before, Line(last.no, name, True), *foot, *lines[end:]]
    return [*before, cut, Line(last.no, name, True), *foot, *lines[end:]]


def _runs_on(previous: Line, last: Line, ctx: Context) -> bool:
    """The signature's line goes on with the paragraph above it, wrapped in capitals with
    no sentence stop before the break: the rest of that paragraph, never a closer line of
    its own (`DEMARCHE AS SOON AS POSSIBLE.` is no signature)."""
    return (not last.blank_before and previous.text.isupper() and last.text.isupper()
            and not re.search(r"[.!?:]$", previous.text) and not _MARKING.match(previous.text)
            and not ctx.res.patterns.match("printout-page", previous.text))


def _channel_sender(name: str, lines: list[Line]) -> bool:
    """(cables67) Whether a channel line above names `name` as the cable's sender (`FOR THE
    SECRETARY FROM DEAN`, `EYES ONLY FOR ... FROM AMBASSADOR SULLIVAN`): the surname closing
    the last point then signs, register person or not."""
    sender = re.compile(rf"\bFROM\s++(?:(?:AMBASSADOR|CHARGE|AMB)\.?\s++)?{re.escape(name)}\.?$")
    return any(line.text.startswith(("FOR ", "EYES ONLY", "PERSONAL FOR", "EXCLUSIVE FOR"))
               and sender.search(line.text) for line in lines)


_SIGNER_LETTERS = 4  # a shorter word in capitals is an acronym or an office symbol


def _post_signer(word: str, ctx: Context) -> bool:
    """(cables68) Whether `word`, closing the last point of a post's cable in capitals
    (`... WILL NOT CARRY THE WHOLE BURDEN. DEPREE`), is its chief of mission's surname though
    the register has no such person (a post's `FM` line: table `post-sender`): a word that
    could be a name, no register entry of any kind, no word a cable closes with (table
    `cable-closing-words`: `REGARDS`, `UNQUOTE`)."""
    return (len(word) >= _SIGNER_LETTERS
            and ctx.res.patterns.match("post-sender", ctx.text) is not None
            and word.casefold() not in ctx.res.patterns.words("cable-closing-words")
            and not ctx.res.register.find(word) and ctx.plausible_name(word))


def _person(word: str, ctx: Context) -> bool:
    """Whether `word` is, whole, the name of a register person, or (cables66) a surname the
    register gives a person only in office (`HINTON`, an ambassador's: `office_surnames`)."""
    return any(m.start == 0 and m.end == len(word)
               for m in ctx.res.register.find(word, ("person",))) or any(
        name.casefold() == word.casefold() for name in office_surnames(ctx.res.register))


def _routing_box(lines: list[Line], seg: Segments, ctx: Context) -> list[Line]:
    """(cables70) `ROUTING` over the box's numbered cells, each a line of its own: one line."""
    for i, line in enumerate(lines[:REACH]):
        if line.text.strip() != _ROUTING_TITLE:
            continue
        end = i + 1
        while end < len(lines) and end - i <= _CELLS and _CELL.match(lines[end].text.strip()):
            end += 1
        if end > i + 1:
            text = " ".join(part.text.strip() for part in lines[i:end])
            return [*lines[:i], replace(line, text=text), *lines[end:]]
        break
    return lines


FORM = Form("us-cable", "US State Department cable", "cable", _marked, _glued_signature,
            _routing_box)
