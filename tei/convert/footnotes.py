"""Footnotes: the trailing block of notes under a document's text, and their markers.

A block of lines opened by markers (`footnotes` table: `[1] ...`, `1 S.M. Bruce.`, `^2 ...`,
`¹ ...`) closes the text when its markers occur above it: in the text, in a heading line a
page reader moved, or in the title. A note broken after an archive's siglum (`... on file
AA:` / `A981, France 3, ii.`) is joined again, and a note run on into the one above
it is split off.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from tei.convert.context import Context
from tei.convert.covernames import gloss
from tei.convert.markup import SUPERSCRIPT_DIGITS
from tei.convert.read import Line


def split_footnotes(lines: list[Line], ctx: Context, titled: str = "",
                    above: tuple[Line, ...] = ()) -> tuple[list[Line], list[Line]]:
    """Split off a trailing block of footnotes whose markers occur in the text above (the
    source above the notes included), in the heading's lines `above` (lead73: the AAPD's date line
    `13 August 1970[1]`), or in the title (`titled`: the marker of a FRUS heading's source
    note)."""
    lines = _page_foot_notes(_joined_notes(_marker_lines(_wiki_notes(lines, ctx)), ctx), ctx)
    end = len(lines) - _dated_under_notes(lines, ctx, titled)
    start = _comments_under_notes(lines, end, ctx, titled)
    while start > 0 and (footnote_number(lines[start - 1], ctx, titled) or (
            start < end and start > 1 and _notes_heading(lines[start - 1], ctx)
            and footnote_number(lines[start - 2], ctx, titled))):
        start -= 1
    if start == end:
        return lines, []
    heading = start > 0 and _notes_heading(lines[start - 1], ctx)
    body = [*(lines[:start - 1] if heading else lines[:start]), *lines[end:]]
    notes = [part for note in lines[start:end] if not _notes_heading(note, ctx)
             for part in _unglued(note, ctx)]
    marked = [*above, *body, _source_above(notes[0], ctx)]
    if not any(marker_used(note, marked, ctx) or _titled(note, titled, ctx) for note in notes) \
            and not under_closing(body, valediction(ctx)) and not _cover_glosses(notes, body, ctx) \
            and not (heading and _ANNOTATION.match(lines[start - 1].text)):
        return lines, []  # (repost94) an edition's `Annotation` heads its notes, anchored or not
    return body, notes


_ANNOTATION = re.compile(r"(?i)^annotations?\s*+:?$")


def glossed_notes_below(lines: list[Line], i: int, ctx: Context) -> bool:
    """(intel79) Whether line `i` is a decrypt's notes heading (`Notes`) over a note that
    glosses a cover name (`1. RAMSAY: Richard SORGE, ...`): the document's notes, no
    page field (a page's `Notes` label opens its foot otherwise)."""
    if i + 1 >= len(lines) or not _notes_heading(lines[i], ctx) or not ctx.is_cover_document():
        return False
    found = footnote_number(lines[i + 1], ctx)
    return found is not None and gloss(found[1], ctx.res.patterns) is not None


def _cover_glosses(notes: list[Line], body: list[Line], ctx: Context) -> bool:
    """(intel79) Whether a decrypt's notes without anchors gloss cover names its text uses
    (`1. RAMSAY: Richard SORGE, ...` under a text signed `RAMSAY`; an unidentified one,
    `3. PAUL: Unidentified.`, among them): one note at least such a gloss."""
    if not ctx.is_cover_document():
        return False
    text = "\n".join(line.text for line in body)
    for note in notes:
        found = footnote_number(note, ctx)
        hit = gloss(found[1], ctx.res.patterns) if found else None
        if hit is not None and re.search(rf"(?<![\w'’-]){re.escape(hit.cover)}(?![\w'’-])", text):
            return True
    return False


_COMMENTS_REACH = 4  # the lines of a decrypt's comments block under its notes


def _comments_under_notes(lines: list[Line], end: int, ctx: Context, titled: str) -> int:
    """(intel78) Where a decrypt's `Comments:` block of unnumbered lines starts under its
    numbered notes (an NSA Venona release: `Notes:` / `[i] VIKTOR: ...` / `Comments:` /
    `"DUCK": The operation ...`): the block is the notes'; else `end`."""
    for k in range(max(end - _COMMENTS_REACH, 2), end - 1):
        if _notes_heading(lines[k], ctx) and footnote_number(lines[k - 1], ctx, titled) \
                and not any(footnote_number(line, ctx, titled) for line in lines[k + 1:end]):
            return k
    return end


def _notes_heading(line: Line, ctx: Context) -> bool:
    """`Notes`, `FOOTNOTES:`, `Comments:` (the `footnotes` table's heading row)."""
    found = ctx.res.patterns.match("footnotes", line.text)
    return found is not None and found[0] == "heading"


def _dated_under_notes(lines: list[Line], ctx: Context, titled: str) -> int:
    """1 when a date alone closes the text under its notes (an NSA Venona release's date of
    issue under its `Comments:`), or the archive's reference does (cw65: the Belgian and
    Dutch editions' source line, `Archief Ministerie van Buitenlandse Zaken, ..., inv.nr.
    2417.`), which stays the text's; else 0."""
    return int(len(lines) > 1 and (
        bool(ctx.res.dates.whole(lines[-1].text))
        or ctx.res.patterns.match("archival-reference", lines[-1].text) is not None)
        and footnote_number(lines[-2], ctx, titled) is not None)


_CLOSING_REACH = 3  # the text's last lines where a closing formula stands over the signature


def valediction(ctx: Context) -> Callable[[str], bool]:
    """Whether a line is a closing formula (table `valediction`: `Accept, Sir, ...`)."""
    return lambda text: ctx.res.patterns.match("valediction", text) is not None


def under_closing(body: list[Line], closing: Callable[[str], bool]) -> bool:
    """(letters44) The text above a block ends with its closing formula (`closing` tells one)
    or with the signature under it (`Accept, etc.,` / `Robert Bacon.`): the block is the
    notes even where their anchors are lettered (`instanta`: the older FRUS volumes' pages)
    or lost."""
    return any(closing(line.text) for line in body[-_CLOSING_REACH:])


# (other42) a wiki page's note as its text gives it, numbered as a point is (`1. Voir ...`)
_WIKI_NOTE = re.compile(r"^(?P<n>\d{1,3})\.\s++(?![↑^])(?P<text>\S.*)$")
_PAGE_MARK = re.compile(r"^\[(?i:page)\s++[\dIVXLC]{1,6}\]$")
_SUPERSCRIPTS = str.maketrans("1234567890", "¹²³⁴⁵⁶⁷⁸⁹⁰")


def _wiki_notes(lines: list[Line], ctx: Context) -> list[Line]:
    """(other42) A Wikisource page's notes under the text, numbered as points are (`1. Voir
    t. II, n° 336.`), each anchor glued in brackets above (`instructions[1].`), or (lead36)
    in superscript (an edition's `To Vijaya Lakshmi Pandit¹` ... `death²` over `1. JN
    Collection.`, `2. Stalin died ...`): as the bracketed notes (`[1] Voir ...`) the
    `footnotes` rows read; points without such anchors stay points. A page's mark under
    them (`[Page 513]`) stays below."""
    end = len(lines)
    while end > 0 and _PAGE_MARK.match(lines[end - 1].text):
        end -= 1
    start = end
    while start > 0 and _WIKI_NOTE.match(lines[start - 1].text):
        start -= 1
    notes = [_WIKI_NOTE.match(line.text) for line in lines[start:end]]
    if not notes:
        return lines
    above = "\n".join(line.text for line in lines[:start]) + _source_above(lines[start], ctx).text
    if not all(note and re.search(rf"(?<=[\w.,;:’”)])(?:\[{note['n']}\]|"
                                  rf"{note['n'].translate(_SUPERSCRIPTS)}(?![¹²³⁴⁵⁶⁷⁸⁹⁰]))", above)
               for note in notes):
        return lines
    return [*lines[:start], *lines[end:]] + [
        replace(line, text=f"[{note['n']}] {note['text']}")
        for line, note in zip(lines[start:end], notes, strict=True) if note]


_BROKEN_NOTE = re.compile(r"\b[A-Z]{2,3}\s?:$")


def _joined_notes(lines: list[Line], ctx: Context) -> list[Line]:
    """A note broken after an archive's siglum (`1 See cablegrams Z143 ... on file AA:` /
    `A981, France 3, ii.`), or (cw84) by a blank line the page set inside it between its
    note and the next one (dfat.gov.au: `2 ... (Adviser to President Franklin D.` /
    `Roosevelt) of the contents ...` / `3 Document 355.`): the line after it is the note's,
    joined to it."""
    out: list[Line] = []
    for i, line in enumerate(lines):
        last = out[-1] if out else None
        if (last and ((last.text.endswith((":", ":\n")) and _BROKEN_NOTE.search(last.text))
                      or _between_notes(last, lines[i + 1:i + 2], ctx))
                and footnote_number(last, ctx)
                and not footnote_number(line, ctx)) or _volume_cut(last, line, ctx):
            out[-1] = Line(last.no, f"{last.text} {line.text}", last.blank_before,
                           last.rule_before, last.bullet)
            continue
        out.append(line)
    return out


# (cw92) a note's citation cut after its unit's abbreviation, the number under it after a blank
# line (dfat.gov.au: `4 See ... War Cabinet minute 1734 of 20 January in AA:A2673, vol.` / `10.`)
_UNIT_CUT = re.compile(r"(?i)\b(?:vols?|pp?|nos?|file|folio|ff?|part|box)\.?$")
_UNIT_NUMBER = re.compile(r"^\d{1,4}[.,;]?$")


def _volume_cut(last: Line | None, line: Line, ctx: Context) -> bool:
    """Whether `line` is the number a note (`last`) cut after its unit's abbreviation wants."""
    return bool(last and _UNIT_NUMBER.match(line.text.strip())
                and _UNIT_CUT.search(last.text.rstrip()) and footnote_number(last, ctx))


_BARE_MARKER = re.compile(r"^\d{1,3}$")


def _marker_lines(lines: list[Line]) -> list[Line]:
    """(cw84) Notes whose number stands on a line of its own over the note's line, closing
    the page in turn (Dodis's transcriptions: `1` / `(Copie): JPD, ...` / `2` / `A la
    séance ...`), numbered from 1: each number is joined to its line, so the notes read as
    `1 (Copie): ...` (a form's `12` over `THE MAKING OF AN EXACT COPY ...` is no note)."""
    tail = len(lines)
    while tail >= 2 and _BARE_MARKER.match(lines[tail - 2].text.strip()) \
            and not _BARE_MARKER.match(lines[tail - 1].text.strip()):
        tail -= 2
    markers = [lines[i].text.strip() for i in range(tail, len(lines), 2)]
    if markers != [str(k + 1) for k in range(len(markers))] or not markers:
        return lines
    joined = [Line(lines[i].no, f"{lines[i].text.strip()} {lines[i + 1].text}",
                   lines[i].blank_before, lines[i].rule_before, lines[i].bullet)
              for i in range(tail, len(lines), 2)]
    return [*lines[:tail], *joined]


def _between_notes(last: Line, after: list[Line], ctx: Context) -> bool:
    """(cw84) Is the line after note `last` followed by the note numbered next (`2`, a
    line, `3`), `last` not closed by a full stop after a word of two letters or more?"""
    above, below = footnote_number(last, ctx), after and footnote_number(after[0], ctx)
    return bool(above and below) and above[0].isdigit() and below[0] == str(
        int(above[0]) + 1) and not re.search(r"\w\w[.!?)'’\"]\s*$", last.text)


# the print's page number run into the text that a page break cut (NZETC: `page 154 opinion, ...`)
_PAGE_RUN_ON = re.compile(r"^page\s\d{1,4}\s(?=[a-z])")


def _page_foot_notes(lines: list[Line], ctx: Context) -> list[Line]:
    """Notes printed at the foot of a page, between a sentence and its end on the next
    page (`... In their` / `1 Not published. ...` / `page 154 opinion, it is ...`): the
    sentence is joined again and the notes move under the text."""
    for i in range(1, len(lines)):
        j = i
        while j < len(lines) and footnote_number(lines[j], ctx):
            j += 1
        if j == i or j == len(lines) or not _PAGE_RUN_ON.match(lines[j].text):
            continue
        cut, rest = lines[i - 1], lines[j]
        joined = Line(cut.no, f"{cut.text} {rest.text}", cut.blank_before, cut.rule_before,
                      cut.bullet)
        return [*lines[:i - 1], joined, *_page_foot_notes(lines[j + 1:], ctx), *lines[i:j]]
    return lines


def _unglued(note: Line, ctx: Context) -> list[Line]:
    """`... on file AA: CP290/6, 65.) 5 Vincent Massey.`: the next note, run on into this
    one after its closing stop, set on a line of its own (its marker must follow this one's)."""
    found = footnote_number(note, ctx)
    if not found or not found[0].isdigit():
        return [note]
    glued = re.search(rf"(?<=[.)])\s+(?={int(found[0]) + 1}\s+[A-Z])", note.text)
    if not glued:
        return [note]
    rest = Line(note.no, note.text[glued.end():])
    return [Line(note.no, note.text[:glued.start()], note.blank_before, note.rule_before),
            *_unglued(rest, ctx)]


def _source_above(note: Line, ctx: Context) -> Line:
    """The source text above the first note: a page reader may have moved the heading line
    that holds the only anchor (`Your tel. 5663.[1](#f1)`) out of the lines."""
    cut = ctx.text.find(note.text[:30])
    return Line(0, ctx.text[:cut] if cut > 0 else "")


_MARKER_GROUPS = ("n1", "n2", "n3", "n4", "n5", "n6", "n7", "n8", "n9")  # the `footnotes` rows'


def footnote_number(line: Line, ctx: Context, titled: str = "") -> tuple[str, str] | None:
    """(marker, text) of a footnote line; the title's note (`titled`, its marker) may be
    numbered as a point is (`1. JN Collection.` under `7. To V.K. Krishna Menon1`)."""
    found = ctx.res.patterns.match("footnotes", line.text)
    if not found or found[0] != "footnote":
        point = f"{titled}. "
        return (titled, line.text[len(point):]) if titled and line.text.startswith(point) else None
    match = found[1]
    if match.groupdict().get("n5") and any(d.start == 0 for d in ctx.res.dates.find(line.text)):
        return None
    groups = match.groupdict()
    marker = next(groups[g] for g in _MARKER_GROUPS if groups.get(g))
    return marker.translate(SUPERSCRIPT_DIGITS), match.group("text")


def _titled(note: Line, titled: str, ctx: Context) -> bool:
    """True when the note's marker is the title's (`titled`, '' when the title has none)."""
    found = footnote_number(note, ctx, titled)
    return bool(titled) and found is not None and found[0] == titled


def marker_used(note: Line, body: list[Line], ctx: Context) -> bool:
    found = footnote_number(note, ctx)
    if not found:
        return False
    marker = found[0]
    sup = marker.translate(str.maketrans("1234567890", "¹²³⁴⁵⁶⁷⁸⁹⁰"))
    forms = (f"[{marker}]", f"^{marker}", sup, f"[…]{marker}", f"[...]{marker}")  # (wcdf86)
    # a number glued after a word or stop (`telegram 171.1 Informed`, `summer.17`)
    # or after a surname in capitals (`From: [Ambassador Boleslaw] JELEN1`), or (cw84) after a
    # closing guillemet (Dodis: `die Schweiz zu verlassen.»2`)
    glued = re.compile(rf"(?:(?<=[a-z.,;:'’”)»])|(?<=[A-Z]{{3}})){re.escape(marker)}(?![\w/-])")
    if note.text.startswith("("):  # `(1) ...`: its anchor glued, `communication.(1)`, or
        # spaced before a stop or the line's end (the DDF/DDI: `à la conférence (1).`), or
        # (edits62) after a word other than a joiner, mid-sentence before a word in small
        # letters (`The Nassau agreements (1) between`; a list's `and (1) the` and a cross
        # reference's `see (1) below` are none)
        anchor = (rf"(?<=[\w.,;:'’”])\({marker}\)|(?<=[\w’”])\s\({marker}\)(?=[.,;:]|\s*+$)"
                  rf"|(?<=[^\W\d_]{{3}})(?<!\band)(?<!\bsee)\s\({marker}\)(?=\s[a-z])")
        return any(re.search(anchor, line.text) for line in body)
    if marker.endswith("/"):  # a typescript's `x/`, glued to what it explains
        return any(slashed_anchors(line.text, marker) for line in body)
    if marker == "1" and body[:1] and body[0].text.strip() == marker:
        return True  # (cw84) the heading's call on a line of its own over the text (Dodis)
    # (commonwealth44) or set off by a space after a sentence's stop (`Fernandez. 1`)
    spaced = re.compile(rf"(?<=[a-z][.'’])\s{re.escape(marker)}(?=\s[A-Z]|\s*+$)")
    return any(form in line.text for line in body for form in forms) or (
        marker.isdigit() and any(glued.search(line.text) or spaced.search(line.text)
                                 for line in body))


# a typescript's note anchor: a letter x or a star, repeated for the next notes, and a slash,
# glued after the word, stop or bracket it explains (`[Stalin].x/`, `volunteers xx/`)
_SLASHED_ANCHOR = re.compile(r"(?:(?<=[\w.,;:'’”)\]])(?<![x*])|(?<=\w\s))(x{1,3}/|\*{1,3}/)"
                             r"(?![\w/])")


def slashed_anchors(text: str, marker: str = "") -> list[re.Match[str]]:
    """The typescript's note anchors in `text` (`x/`, `xx/`, `*/`), only `marker`'s if given."""
    if "/" not in text:
        return []
    return [found for found in _SLASHED_ANCHOR.finditer(text)
            if not marker or found.group(1) == marker]
