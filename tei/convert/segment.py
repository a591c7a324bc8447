"""Segment stage: the document's lines (once the page readers have peeled the page off) to
zones: the cable form's heading (registry lines and stamp blocks), the message, its
footnotes and the trailing processing lines. Every zone is optional; the message is what
is left.
"""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.footnotes import footnote_number, split_footnotes
from tei.convert.forms import choose
from tei.convert.patterns import label_key
from tei.convert.read import Line, drop_enclosed
from tei.convert.recall import recall
from tei.convert.roles import is_role
from tei.convert.wraps import join_split_dates, join_wrapped_labels
from tei.convert.zones import Segments

CLOSE_QUOTES = "\"”»“"
_STRAY_CLOSE = re.compile(r"\]\s*$")
_CONTINUATION = re.compile(
    r"(?i)\[signature\]|\([A-Z][\w'’ .-]+\)|^(?:col(?:onel)?|lt\.?|lieutenant|major|general"
    r"|captain|chief|section|deputy|head)\b")
_WEAK_HEADING = ("distribution", "name", "dateline", "destination")


_WORD = re.compile(r"[^\W\d_]+")


def bare(text: str) -> str:
    """Line text without a stray closing bracket at its end (left from a stamp block)."""
    if text.count("]") > text.count("[") and _STRAY_CLOSE.search(text):
        return _STRAY_CLOSE.sub("", text)
    return text


def segment(lines: list[Line], seg: Segments, ctx: Context) -> Segments:
    """Split the document's logical lines into zones (after choosing the cable form whose
    heading rows are tried first)."""
    lines = join_wrapped_labels(join_split_dates(lines, ctx), ctx, _reads_as_heading)
    seg.form = choose(lines, ctx)
    if seg.form:
        lines = seg.form.opening(lines, seg, ctx)
    heading = _heading_length(lines, ctx)
    if not heading and lines and _restates(lines[0].text, seg.page_title):
        after = _heading_length(lines[1:], ctx)
        heading = after + 1 if after else 0
    seg.heading, rest = lines[:heading], lines[heading:]
    titled = seg.facts.get("title-note", "")
    rest, seg.footnotes = split_footnotes(rest, ctx, titled)
    seg.message, seg.processing = _processing(rest, ctx)
    if seg.form:
        seg.message = seg.form.closing(seg.message, ctx)
    if not seg.footnotes and seg.processing:  # notes above the registry
        seg.message, seg.footnotes = split_footnotes(seg.message, ctx, titled)
    return seg


def _restates(text: str, title: Line | None) -> bool:
    """True when `text` restates the page title (a page's description line over the
    heading: `15 of April, a telegram from the Director ... to the ambassador in Beijing ...`)."""
    if title is None:
        return False
    words = {w.lower() for w in _WORD.findall(title.text) if len(w) > 3}
    found = {w.lower() for w in _WORD.findall(text)}
    return len(words) >= 4 and len(words & found) >= 0.8 * len(words)


def _reads_as_heading(text: str, ctx: Context) -> bool:
    return heading_groups(text, ctx) is not None


def doc_type_in(text: str, ctx: Context, at_start: bool = False) -> str | None:
    """Document type named in `text` (the `doc-types` table), optionally only at its start."""
    found = [(start, -len(label), kind)
             for start, label, kind in ctx.res.patterns.phrases("doc-types", text)
             if not at_start or start == 0]
    return min(found)[2] if found else None


def label_of(text: str, ctx: Context) -> tuple[str, str, str] | None:
    """(table, field name, inline value) when `text` is a page field label."""
    label, _, value = text.partition(":")
    key = label_key(label)
    for table in ("page-fields", "page-keyword-fields"):
        name = ctx.res.patterns.words(table).get(key)
        if name and (value.strip() or text.rstrip().endswith(":") or ":" not in text):
            return table, name, value.strip()
    return None


def _heading_length(lines: list[Line], ctx: Context) -> int:
    """Number of lines at the start that form a cable form's heading.

    A heading needs one strong line (a number, a classification, a transmission line, a
    stamp, two address lines in capitals); weak lines (a dateline, a name, a distribution
    line, one place in capitals) and up to three short
    lines no table knows may stand among its lines, so one unknown or reordered line does
    not lose the heading. It ends after its last recognised line."""
    i, end, strong, unknown, destinations = 0, 0, False, 0, 0
    while i < len(lines):
        text = bare(lines[i].text)
        if stamp_opening(lines, i, ctx):
            i = block_end(lines, i) + 1
            end, strong, unknown = i, True, 0
            continue
        if (not strong and ctx.res.patterns.match("frus-block-label", text)
                and not label_alone(text, ctx)):
            break  # a memorandum's `PARTICIPANTS` list (`Mr. Tyler`, ...) heads no cable
        kind = heading_kind(text, ctx)
        if kind == "distribution" and (_salutation_follows(lines, i, ctx)
                                       or text.rstrip().endswith("!")):
            break
        if kind is not None and label_alone(text, ctx):
            members = heading_members(lines, i + 1, ctx)
            i += 1 + members
            end, strong, unknown = i, True, 0
            continue
        if kind is None:
            unknown += 1
            if unknown > 3 or not _tolerable(lines[i], ctx):
                break
            i += 1
            continue
        destinations += kind == "destination"
        strong = strong or kind not in _WEAK_HEADING or destinations >= 2
        i += 1
        end, unknown = i, 0
    return end if strong else 0


def label_alone(text: str, ctx: Context) -> str | None:
    """The fact of a heading label standing alone on its line (`PARTICIPANTS:`,
    `Distribution:`, `Copies to:-`), or of a participants label with the first of them on its
    line (`PARTICIPANTS: The President` over `Secretary Rusk`): the lines under it are its
    values."""
    found = _alone(text) or _LABELLED.match(text)
    fact = label_fact(found.group("label"), ctx) if found else None
    return fact if found is None or found.re is _LABEL_ALONE or fact == "participants" else None


def label_fact(label: str, ctx: Context) -> str | None:
    """The fact of a heading label (`heading-labels`), a participants label qualified by its
    side included (`Chinese attendees`, `Soviet participants`: those of `Attendees`)."""
    side, _, rest = label.partition(" ")
    found = ctx.res.patterns.label("heading-labels", rest) if side.istitle() and rest else None
    return ctx.res.patterns.label("heading-labels", label) or (
        found if found == "participants" else None)


def heading_members(lines: list[Line], i: int, ctx: Context) -> int:
    """`block_members` of a label alone in a cable heading, up to a number line or another
    labelled line: a form's label left empty (`Received:` over `No. 435762`) has none."""
    count = block_members(lines, i)
    return next((n for n in range(count) if _own_field(bare(lines[i + n].text), ctx)), count)


def _own_field(text: str, ctx: Context) -> bool:
    """A heading line that is a field of its own, never a value listed under a label: a
    number line (`No. 435762`) or a labelled line (`Date: 3.XI 1962`)."""
    found = heading_groups(text, ctx)
    return found is not None and (found[0] == "cable-number" or bool(_LABELLED.match(text)))


def block_members(lines: list[Line], i: int) -> int:
    """How many lines from `i` on are the values of a label alone above them: short lines
    up to a blank line."""
    count = 0
    while (i + count < len(lines) and not lines[i + count].blank_before
           and len(lines[i + count].text.split()) <= _MEMBER_WORDS
           and not _alone(lines[i + count].text)):
        count += 1
    return count


def _tolerable(line: Line, ctx: Context) -> bool:
    """A short line, or a bracketed stamp line, that may stand inside a heading without a
    table knowing it."""
    text = line.text
    patterns = ctx.res.patterns
    if patterns.match("salutation", text) or patterns.match("address", text):
        return False
    if patterns.match("bracketed-stamp", text):
        return True  # `[stamp and handwriting] Cabinet of the Minister CM No. 2114/55 - 10 X`
    omission = text.strip("[]. …") == ""
    return omission or (len(text.split()) <= 10 and not re.search(r"[.!?:]$", text))


_LABEL_KINDS = {"sender": "sender", "addressee": "addressee", "sent": "date",
                "received": "transmission", "number": "cable-number", "subject": "subject",
                "reference": "reference", "distribution": "distribution",
                "classification": "classification", "participants": "participants",
                "place": "place", "time": "time", "language": "language", "recorded": "date"}
_LABEL_GROUPS = {"sender": "sender", "addressee": "addressee", "sent": "sent",
                 "received": "received", "number": "telegram", "place": "sender",
                 "language": "language", "recorded": "recorded"}
_LABELLED = re.compile(r"^(?P<label>[^:\d]{1,40}?)\s*+\.?\s*+:\s*(?P<value>\S.*)$")
_LABEL_ALONE = re.compile(r"^(?P<label>[^:\d]{1,40}?)\s*+:-?$")
_MEMBER_WORDS = 12
# a number with its series letters before it (`MESSAGE NR: SH 2217`)
_SERIES_NUMBER = re.compile(r"^[A-Z]{1,4}\s\d[\w/-]*+(?=\s|$)")
# How a line that `_LABEL_ALONE` matches ends (`$` also matches before a final newline).
_ALONE_ENDS = (":", ":-", ":\n", ":-\n")


def _alone(text: str) -> re.Match[str] | None:
    """`_LABEL_ALONE.match(text)`, its lazy label walked only on a line ending as it must."""
    return _LABEL_ALONE.match(text) if text.endswith(_ALONE_ENDS) else None


def heading_groups(text: str, ctx: Context) -> tuple[str, dict[str, str]] | None:
    """(kind, facts) of a heading line: a `heading` table row's named groups, or a labelled
    line (`heading-labels`: `Dispatched: Moscow, 1957. III. 25.`); worked out once a
    document (the facts are the caller's copy)."""
    found = recall(ctx, "heading-groups", text, _heading_groups)
    return (found[0], dict(found[1])) if found else None


def _heading_groups(text: str, ctx: Context) -> tuple[str, dict[str, str]] | None:
    found = ctx.res.patterns.match("heading", text)
    if found and (found[0] != "dateline" or _full_date(found[1].group("sent"), ctx)):
        return found[0], {k: v for k, v in found[1].groupdict().items() if v}
    labelled = (_LABELLED.match(text) or _alone(text)) if ":" in text else None
    fact = label_fact(labelled.group("label"), ctx) if labelled else None
    if not fact:
        return None
    value = labelled.groupdict().get("value", "").strip()
    if not value:
        return _LABEL_KINDS[fact], {}
    groups = {_LABEL_GROUPS[fact]: value} if fact in _LABEL_GROUPS else {}
    if fact == "sent" and "," in value:
        groups["sender"] = value.split(",")[0]
    if fact == "time" and _full_date(value, ctx):
        groups["sent"] = value  # a record's `Time: 17 July 1960, 4:00 p.m. to 5:30 p.m.`
    if fact == "number":
        series = _SERIES_NUMBER.match(value)
        groups["telegram"] = series.group() if series else value.split()[0].rstrip(".,;")
    return _LABEL_KINDS[fact], groups


def _full_date(text: str, ctx: Context) -> bool:
    """True when `text` opens with a full date, perhaps after a word (`le 25 octobre 1962`)."""
    return any(d.day and d.year and d.start <= 4 for d in ctx.res.dates.find(text))


def heading_kind(text: str, ctx: Context) -> str | None:
    """Kind of a cable heading line: a `heading` table row or label, or a bare place or
    person name, a date, a language (worked out once a document)."""
    return recall(ctx, "heading-kind", text, _heading_kind)


def _heading_kind(text: str, ctx: Context) -> str | None:
    found = heading_groups(text, ctx)
    if found:
        return found[0]
    if ctx.res.dates.whole(text):
        return "dateline"
    if ctx.res.patterns.label("languages", text):
        return "language"
    entry = ctx.res.register.lookup(text.rstrip("-–—., "))
    if entry and entry.kind == "place" and text.isupper():
        return "destination"
    return "name" if entry and entry.kind == "person" else None


def _salutation_follows(lines: list[Line], i: int, ctx: Context) -> bool:
    return i + 1 < len(lines) and bool(ctx.res.patterns.match("salutation", lines[i + 1].text))


_WRAP_WORDS = 4  # `[MFA Far East` over `Department stamp:`: the words before a wrapped label


def stamp_opening(lines: list[Line], i: int, ctx: Context) -> tuple[str, re.Match[str], int] | None:
    """(row, match, lines of the opening) of a bracketed stamp or notation block opened on
    line `i`; its label may wrap onto the next line (`[MFA Far East` / `Department
    stamp:`), when the first line opens a bracket it does not close."""
    text = bare(lines[i].text)
    found = ctx.res.patterns.match("stamp-open", text)
    if found:
        return found[0], found[1], 1
    if (i + 1 < len(lines) and text.startswith("[") and "]" not in text
            and len(text.split()) <= _WRAP_WORDS):
        found = ctx.res.patterns.match("stamp-open", f"{text} {bare(lines[i + 1].text)}")
        if found:
            return found[0], found[1], 2
    return None


def block_end(lines: list[Line], i: int) -> int:
    """Index of the line closing the bracket opened on line `i` (at most 12 lines on); `i`
    itself when no line closes it."""
    depth = 0
    for j in range(i, min(len(lines), i + 12)):
        depth += lines[j].text.count("[") - lines[j].text.count("]")
        if depth <= 0:
            return j
    return i


def _processing(lines: list[Line], ctx: Context) -> tuple[list[Line], list[Line]]:
    """Split off the trailing processing lines (and the short lines continuing them)."""
    start = _trailing_block(lines, ctx)
    for i in range((len(lines) if start is None else start) - 1, -1, -1):
        if ctx.res.patterns.match("processing", lines[i].text):
            start = i
        elif not is_continuation(lines[i].text) and not list_runs_on(lines, i):
            break
    if start is not None and (block := _trailing_block(lines[:start], ctx)) is not None:
        start = block  # a reader list over the processing lines (`Received by:` ... `Decoded on`)
    end = start if start is not None else len(lines)
    trailer = _trailer_start(lines[:end], ctx)
    start = trailer if trailer is not None else start
    if start is None:
        return lines, []
    return lines[:start], lines[start:]


def list_runs_on(lines: list[Line], i: int) -> bool:
    """A short line going on with the list the line above it leaves open on a comma
    (`Copies: Stalin (2), Malenkov, Beria,` / `Bulganin, Mikoyan, Khrushchev, File of 8th`)."""
    return (i > 0 and not lines[i].blank_before and lines[i - 1].text.rstrip().endswith(",")
            and len(lines[i].text.split()) <= _MEMBER_WORDS)


def _trailing_block(lines: list[Line], ctx: Context) -> int | None:
    """Start of the distribution blocks closing the text (`Distribution:` or `FCO/WHITEHALL
    DISTRIBUTION` alone on its line, then one addressee per line), one after another (`To be
    seen by` over one reader, `Seen by` over two)."""
    start = None
    while (found := _last_block(lines[:start], ctx)) is not None:
        start = found
    return start


def _last_block(lines: list[Line], ctx: Context) -> int | None:
    """Start of the distribution block that ends `lines`, or None."""
    for i in range(len(lines) - 1, max(-1, len(lines) - _BLOCK_REACH), -1):
        processing = ctx.res.patterns.match("processing", lines[i].text)
        rest = lines[i + 1:]
        if (label_alone(lines[i].text, ctx) == "distribution"
                or (processing and processing[0] == "distribution")) and (
                block_members(lines, i + 1) == len(rest)
                or (rest and all(_member(line) for line in rest))):
            return i
    return None


def _member(line: Line) -> bool:
    """A short line that may be one entry of a distribution list set with blank lines
    between its entries (a page that sets every line apart)."""
    return len(line.text.split()) <= _MEMBER_WORDS and not _alone(line.text)


LINKING = {"in", "of", "the", "for", "to", "and", "de", "von", "van", "der"}
_TERMINAL = re.compile(r"[.!?:;,]$")
_DETACHED_STOP = re.compile(r"(?<=\w)\s+\.$")
_TRAILER_REACH = 7
_BLOCK_REACH = 25  # a closing distribution block's label and up to 24 entries (wc14)


def signature_like(text: str) -> bool:
    """A short line of capitalised words (and linking words), no digits: a signature
    (in capitals it may end with a full stop: `W. G. HAYTER.`, and after an initial or a
    suffix: `Llewellyn E. Thompson, Jr.`)."""
    core = _DETACHED_STOP.sub(".", drop_enclosed(text, ("[]", "()"), " ").strip())  # `KENNARD .`
    words = [w for w in core.split() if w not in LINKING]
    if len(words) >= 3 and all(len(w) == 1 and w.isalpha() for w in words):
        words = ["".join(words)]  # a letter-spaced name, `S H T Y K O V`
    if not words or len(words) > 5 or any(ch.isdigit() for ch in core) or ":" in core:
        return False
    if _TERMINAL.search(core) and not re.search(r"\b(?:[A-Z]|Jr|Sr)\.$", core) and not (
            core.endswith(".") and core.isupper()):
        return False
    return all(w[:1].isupper() or w in ("and", "&") for w in words)


def _trailer_start(lines: list[Line], ctx: Context) -> int | None:
    """Index of the first line after a signature when every line after it is registry
    furniture no table names (`Communiqué à ...`, `Diramato a: ...`, `<< END >>`)."""
    for k in range(len(lines) - 2, max(0, len(lines) - _TRAILER_REACH), -1):  # not the first line
        if _signature_at(lines[k].text, ctx) and all(
                _trailer_like(line.text, ctx) for line in lines[k + 1:]):
            return k + 1
    return None


def _signature_at(text: str, ctx: Context) -> bool:
    if ctx.res.patterns.match("heading", text) or ctx.res.patterns.match("processing", text):
        return False
    return signature_like(text) or bool(re.search(r"/[A-Z][\w.' -]{1,40}/$", text))


def _trailer_like(text: str, ctx: Context) -> bool:
    """A line that cannot close a letter (no date, valediction, foot address, postscript,
    number) and is short, or a labelled registry line (`Sent: 12.6.1963, 21.00`)."""
    patterns, dates = ctx.res.patterns, ctx.res.dates
    labelled = heading_groups(text, ctx)
    if (labelled and labelled[0] != "dateline") or patterns.match("processing", text):
        return True
    if any(d.day for d in dates.find(text)) or patterns.match("valediction", text):
        return False
    if patterns.match("foot-address", text) or patterns.match("postscript", text):
        return False
    if patterns.match("outgoing-number", text) or footnote_number(Line(0, text), ctx):
        return False
    if is_role(text, patterns):  # the signer's title under his name (`Foreign Secretary.`)
        return False
    return len(text.split()) <= 20 and not signature_like(text)


def is_continuation(text: str) -> bool:
    """A short line that finishes a processing line: a rank, a signature, a name in brackets."""
    return len(text.split()) <= 8 and bool(_CONTINUATION.search(text))
