"""The note list of a FRUS page (read by `pages/frus.py`): the numbered notes at its foot
(`1. ...`, `/1/ ...`) or, as a page copies them, bulleted lines ending in their back-link
arrows (`- text↩`), with the anchors glued to the words of the text (`Molotov34`, `/2/`),
rewritten as `[n]` notes and anchors; the first note is the heading's source note when an
anchor is glued to the heading.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tei.convert.footnotes import under_closing
from tei.convert.pages.cited_anchors import mixed_chain, seried
from tei.convert.pages.quoted_notes import quoted_note_start, unarrowed_last_note, unlinked_notes
from tei.convert.read import Line
from tei.convert.zones import Segments

# (frus59) not a number's thousands after its separator (`17,000`, `1.500`); (frus84) an
# anchor glued to a question's mark too (`... which the Department desires to give?46`)
_GLUED = re.compile(r"(?:(?<=[^\W\d_]{2})|(?<=[.,;:?!’”)\]])|(?<=[’']s))(?<!\d:)"
                    r"(?<!,\s\d\.)(?<!,\s\d\d\.)(?<!\bat\s\d\d\.)(?!(?<=\d[,.])\d{3}(?!\d))(?P<n>\d{1,3}[a-z]?)(?=[\s,.;:)]|$)"
                    r"|(?<![\d/])/(?P<s>\d{1,2})/(?![\d/])"
                    r"|(?<=\b1[89]\d\d)(?P<y>\d{1,2})(?=[\s,.;:)]|$)")
# a date's day and month before a year an anchor is glued to (`of 01 July 19491`, `June 25,
# 19502`): only there are a year's extra digits an anchor, not in a number (`WARX 90992`)
_MONTH_DAY = re.compile(
    r"(?:\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s\d{1,2},?"
    r"|\b\d{1,2}\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?),?\s$")
_NOTE = re.compile(r"^(?:/(?P<s>\d{1,2})/|(?P<n>\d{1,3}[a-z]?)[.)]\s)\s*(?P<text>\S.*?)\s*↩?$")
# `- text↩`: a note copied with its back-link arrow, numbered by its order
_ARROW_NOTE = re.compile(r"^(?P<s>)(?P<n>)(?P<text>\S(?:[^\s↩]|\s++(?=[^\s↩]))*+)\s*+↩$")
# a note's marker: its number and the letter of a note the editors added (`3a`)
_LETTERED = re.compile(r"(\d+)([a-z]?)")
_ARROW = re.compile(r"(?:(?<!\s)\s+)?↩$")
_SOURCE_NOTE = re.compile(r"^Source:\s")  # the list's first note, the heading's
INLINE_NOTE = re.compile(r"^/\d{1,2}/")  # a note standing above the text (`/1/Source: ...`)
# (frus59) a page copy's notes numbered without a stop, the source note first (`1 Source:
# ...` / `2 See Document 236.`): each number and the capital opening its note
_UNSTOPPED_SOURCE = re.compile(r"^1\s++(?=Sources?:)")
_UNSTOPPED = re.compile(r"^(?P<n>\d{1,3})\s++(?=[A-Z“\"])")
# (misses32) a heading closed by a date without its year, the source note's anchor glued to
# the day (`Message from ... to President Kennedy, March 131`): only where day and anchor
# together are no day (`131`, `41`; `March 11` stays the 11th)
_YEARLESS_ANCHOR = re.compile(
    r"(?<=,\s)(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s"
    r"(?:3[01]|[12]\d|[4-9])(?P<marker>[01])$")


def footnotes(lines: list[Line], title_marker: str,
              closing: Callable[[str], bool] = lambda _: False) -> list[Line]:
    """Rewrite the trailing numbered note list and the glued anchors as `[n]` notes; the
    first note is the heading's (its source note) when an anchor is glued to the heading.
    `closing` tells a letter's closing formula (`Accept, etc.,`): a list under it is the
    notes even when the text's anchors are not found."""
    lines = _stopped_notes(_arrowed_cut_note(unarrowed_last_note(unlinked_notes(lines))))
    start = quoted_note_start(lines)  # (frus84) a note printing a paper to the page's end
    arrowed = bool(lines) and lines[-1].text.endswith("↩")  # then every note has its arrow
    # (frus83) notes printed inline (`/2/...` under its paragraph): `2. ...` above is text
    slashed = bool(lines) and bool(INLINE_NOTE.match(lines[-1].text))
    while start > 0 and (_arrow_note(lines[start - 1]) if arrowed else INLINE_NOTE.match(
            lines[start - 1].text) if slashed else (
            _note(lines[start - 1]) or _continues_note(lines, start))):
        start -= 1
        if _first_note(lines[start]):  # numbered paragraphs above the list are the text's
            break
    if _continues_paragraphs(lines, start) or _opens_midway(lines, start, title_marker):
        # no list: the text's own numbered paragraphs (`308. ...`); (frus66) a note set
        start = len(lines)  # above the text (`/1/Source: ...`) is still taken below
    body = [line for line in lines[:start] if not INLINE_NOTE.match(line.text)]
    tail = [line for line in lines[:start] if INLINE_NOTE.match(line.text)] + lines[start:]
    notes = [line for line in tail if _note(line) and not INLINE_NOTE.match(line.text)]
    if not tail:
        return lines
    body = _spaced_signature_anchor(body, notes)
    titled = [(-1, title_marker)] if title_marker and notes else []
    wanted = len(notes) - len(titled)
    anchors = (_anchor_chain(body, wanted) or _gapped_chain(body, wanted)
               or _anchor_chain(body, wanted, years=True)) if wanted else []
    if len(anchors) < wanted and not titled and under_closing(body, closing):
        anchors += _listed_numbers(notes[len(anchors):], len(anchors))
    if len(anchors) < wanted and not _sourced(titled, notes):
        anchors = mixed_chain(body, int(title_marker or 0) + 1, wanted) if (
            titled or seried(body)) else []  # (frus94) or a delegation series' untitled
        if len(anchors) < wanted:
            return lines
    elif len(anchors) < wanted:
        anchors = _leading_chain(body, int(title_marker) + 1)[:wanted]
        anchors += _cited_chain(body, int(title_marker) + len(anchors) + 1,
                                wanted - len(anchors), max((j for j, _ in anchors), default=0))
        anchors += _listed_numbers(notes[len(titled) + len(anchors):],
                                   int(title_marker) + len(anchors))
    numbers = iter(titled + anchors)
    rewritten = [_rewrite_anchors(line, {n for j, n in anchors if j == i})
                 for i, line in enumerate(body)]
    for line in tail:
        found = _note(line)
        if found:
            marker = found.group("s") or next(numbers)[1]
            rewritten.append(Line(line.no, f"[{marker}] {_ARROW.sub('', found.group('text'))}"))
        elif rewritten:
            last = rewritten[-1]
            rewritten[-1] = Line(last.no, f"{last.text} {line.text}")
    return rewritten


def head_note(line: Line, marker: str) -> Line:
    """(frus66) The heading's source note set unnumbered right under it, as a text drawn from
    the edition's TEI gives its `head`'s note (`157. Telegram ... to the Department of State 1`
    / `Source: Department of State, Central Files, ...`): numbered as the inline note
    (`/1/Source: ...`) it is, the anchor's number the heading's."""
    if not marker or not _SOURCE_NOTE.match(line.text):
        return line
    return Line(line.no, f"/{marker}/{line.text}", line.blank_before, line.rule_before)


# (misses34, frus37 h1) a typed signature with its note's anchor after a space
_SPACED_SIGNATURE = re.compile(
    r"^(?P<name>[A-Z][\w.'’-]*+(?:\s[A-Z][\w.'’-]*+){0,3})\s(?P<n>\d{1,2})$")


def _spaced_signature_anchor(body: list[Line], notes: list[Line]) -> list[Line]:
    """The text's last line a signature with its note's anchor set off by a space
    (`Zbigniew Brzezinski 4` over `4. Brzezinski signed “Zbig” ...`): the anchor is glued
    to the name, so the line reads as the signature carrying its note."""
    found = _SPACED_SIGNATURE.match(body[-1].text.strip()) if body else None
    numbers = {m.group("n") for m in map(_note, notes) if m}
    if not found or found.group("n") not in numbers:
        return body
    last = body[-1]
    return [*body[:-1], Line(last.no, found.group("name") + found.group("n"),
                             last.blank_before, last.rule_before, last.bullet)]


def _arrowed_cut_note(lines: list[Line]) -> list[Line]:
    """A copy cut inside its last note (the page's excerpt ends mid-sentence) lost that
    note's back-link arrow: a bulleted last line under a note with its arrow is given it,
    and so is a bulleted source note cut as the list's only note (`- Source: ...`)."""
    if len(lines) < 2 or not lines[-1].bullet or lines[-1].text.endswith("↩") \
            or not (_arrow_note(lines[-2]) or _SOURCE_NOTE.match(lines[-1].text)):
        return lines
    last = lines[-1]
    return [*lines[:-1], Line(last.no, f"{last.text}↩", last.blank_before, last.rule_before,
                              last.bullet)]


def _sourced(titled: list[tuple[int, str]], notes: list[Line]) -> bool:
    """The heading's anchor opens a list whose first note is the source note: the list is
    the notes even where the text lost some of their anchors (glued to a number: `Deptel
    4812`; cut with a signature)."""
    found = _note(notes[0]) if titled and notes else None
    return bool(found) and found.group("text").startswith("Source:")


def _glued_number(match: re.Match[str]) -> str | None:
    """The number of a glued anchor (`Molotov34`), or of one glued to a dated year
    (`1 July 19491`); None for a year's digits that are no anchor."""
    if match.group("n"):
        return match.group("n")
    year = match.start() - 4
    if match.group("y") and _MONTH_DAY.search(match.string, max(0, year - 20), year):
        return match.group("y")
    return None


def _leading_chain(body: list[Line], first: int) -> list[tuple[int, str]]:
    """The glued anchors running on from `first` as far as the text shows them."""
    chain: list[tuple[int, str]] = []
    for i, line in enumerate(body):
        if line.text.startswith("["):
            continue
        for m in _GLUED.finditer(line.text):
            if _glued_number(m) == str(first + len(chain)):
                chain.append((i, str(_glued_number(m))))
    return chain


# (cables36) a cable cited by its number (`Your 4782`, `Deptel 1021`, `telegram 5531`; frus94
_SERIES = r"(?<!\d\.\s)(?:Gocus|Usgoc|Secto|Tosec|Dulte|Tedul)"  # `Gocus 770 and 7721`): (478, 2)
_CITED = (r"\b(?P<ref>(?:[Yy]our|[Mm]y|[Oo]ur|(?:[Dd]ep|[Ee]mb|[Uu]r|[Rr]ef)tels?|[Tt]el\.?|"
          rf"{_SERIES}|[Tt]elegrams?|[Cc]able)\s(?:\d{{2,5}}\sand\s)?\d{{2,5}}?)")


def _cited(marker: str) -> re.Pattern[str]:
    """An anchor glued to the number of a cited cable (`Your 4782`: telegram 478, anchor 2);
    not in a number whose full stop carries the anchor (`Embtel 993.2`: 993 is whole)."""
    return re.compile(rf"{_CITED}(?P<n>{marker})(?=[\s,;:)]|\.(?![\d\[])|$)")


def _cited_chain(body: list[Line], first: int, count: int, start: int
                 ) -> list[tuple[int, str]]:
    """Anchors the text lost, `first` on, glued to the numbers of cables it cites, in order
    from line `start` on; the chain stops at the first note none is found for."""
    chain: list[tuple[int, str]] = []
    line_no = start
    while len(chain) < count:
        marker = str(first + len(chain))
        line_no = next((j for j in range(line_no, len(body))
                        if not body[j].text.startswith("[")
                        and _cited(marker).search(body[j].text)), -1)
        if line_no < 0:
            break
        chain.append((line_no, marker))
    return chain


def _listed_numbers(notes: list[Line], after: int) -> list[tuple[int, str]]:
    """Markers for notes whose anchors the text lost: their own numbers, else in order
    after `after`."""
    return [(-1, _note(line).group("n") or str(after + k)) for k, line in enumerate(notes, 1)]


def _note(line: Line) -> re.Match[str] | None:
    """A note of the list: numbered (`1. ...`, `/1/ ...`) or, as a page copies its notes, a
    line ending in the back-link arrow, bulleted (`- text↩`) or, read from the saved page's
    list (whose markers a browser's text leaves out), not (`text ↩`)."""
    return _NOTE.match(line.text) or _ARROW_NOTE.match(line.text)


def _arrow_note(line: Line) -> bool:
    """A note copied with its back-link arrow (`- Document 97.↩`)."""
    return line.text.endswith("↩") and bool(_note(line))


def _continues_paragraphs(lines: list[Line], start: int) -> bool:
    """The trailing `5. ...` of a page cut in its numbered paragraphs: a list not opening
    at 1 whose first number follows a numbered paragraph of the text above is the text's."""
    found = _NOTE.match(lines[start].text) if start < len(lines) else None
    number = found.group("n") if found else None
    if not number or not number.isdigit() or number == "1":
        return False
    before = f"{int(number) - 1}. "
    return any(line.text.startswith(before) for line in lines[:start])


def _opens_midway(lines: list[Line], start: int, title_marker: str) -> bool:
    """A page's note list opens at 1 (the page numbers its list afresh) or at the heading's
    anchor, and a page cut short loses its last notes, never its first: a trailing `5. ...`
    under the text of a page cut in its body is the text's (an NSC meeting's agenda item
    `5. U.S. Courses of Action in Korea ...` under `[Here follows discussion on items 1.
    ...]`, frus36)."""
    found = _NOTE.match(lines[start].text) if start < len(lines) else None
    number = found.group("n") if found else None
    return bool(number) and number.isdigit() and number not in ("1", title_marker)


def _first_note(line: Line) -> bool:
    """The list's first note (`1. ...`, `/1/ ...`)."""
    found = _note(line)
    return bool(found) and (found.group("n") or found.group("s")) == "1"


def _continues_note(lines: list[Line], start: int) -> bool:
    """A paragraph of a note (an indented quotation) standing under a numbered note, not
    under the heading's note set above the text (`/1/Source: ...`: the dateline under it)."""
    return start >= 2 and bool(_note(lines[start - 2])) and not lines[start - 1].bullet \
        and not INLINE_NOTE.match(lines[start - 2].text)


def _anchor_chain(body: list[Line], count: int, years: bool = False
                  ) -> list[tuple[int, str]]:
    """The first `count` glued anchors whose numbers run on consecutively: (line, number).
    With `years`, also the digits glued to a year with no date before it (`Geneva in
    192790`), each only next to a sure anchor of the chain (`192790 ... Monday.”91`)."""
    found = [(i, number, sure) for i, line in enumerate(body) if not line.text.startswith("[")
             for number, sure in map(_chain_number, _GLUED.finditer(line.text))
             if number and (sure or years)]
    for k in range(len(found)):
        chain = [found[k]]
        for item in found[k + 1:]:
            if len(chain) == count:
                break
            if _follows(chain[-1][1], item[1]):
                chain.append(item)
        if len(chain) == count and _vouched(chain):
            return [(i, number) for i, number, _ in chain]
    return []


def _chain_number(match: re.Match[str]) -> tuple[str | None, bool]:
    """A glued anchor's number and whether it is sure: an undated year's extra digits
    (`in 192790`: 1927 and the anchor 90, or a number's digits) are not."""
    number = _glued_number(match)
    return (number, True) if number else (match.group("y"), False)


def _vouched(chain: list[tuple[int, str, bool]]) -> bool:
    """(frus41) Every unsure anchor of a chain stands next to a sure one: a 1920s-30s page
    numbers its anchors through the chapter (`90`, `91`) and its list afresh (`1.`, `2.`)."""
    return all(chain[k][2] or any(chain[j][2] for j in (k - 1, k + 1) if 0 <= j < len(chain))
               for k in range(len(chain)))


def _gapped_chain(body: list[Line], count: int) -> list[tuple[int, str]]:
    """A chain of `count` glued anchors in which one anchor glued to a number of the text
    stands between two found ones (`of October 7,54 ... October 9 to 1155 ... Committee.56`:
    the notes 54 to 56 of a volume numbering its notes by chapter); [] when there is none."""
    found = [(i, number) for i, line in enumerate(body) if not line.text.startswith("[")
             for number in map(_glued_number, _GLUED.finditer(line.text))
             if number and number.isdigit()]
    for k in range(len(found)):
        chain = [found[k]]
        for item in found[k + 1:]:
            if len(chain) >= count:
                break
            lost = str(int(chain[-1][1]) + 1)
            if int(item[1]) == int(lost) + 1 and len(chain) + 1 < count:
                line = next((j for j in range(chain[-1][0], item[0] + 1)
                             if _in_number(lost).search(body[j].text)), None)
                chain += [(line, lost), item] if line is not None else []
            elif item[1] == lost:
                chain.append(item)
        if len(chain) == count:
            return chain
    return []


def _in_number(marker: str) -> re.Pattern[str]:
    """An anchor glued to a number of the text (`9 to 1155`: `11` and the anchor 55)."""
    return re.compile(rf"(?<=\d)(?P<n>{marker})(?=[\s,.;:)]|$)")


def _after_year(marker: str) -> re.Pattern[str]:
    """An anchor glued to a year (`in 192790`: 1927 and the anchor 90)."""
    return re.compile(rf"(?<=\b1[89]\d\d)(?P<n>{marker})(?=[\s,.;:)]|$)")


def _follows(before: str, marker: str) -> bool:
    """`marker` is the note after `before`: `4` after `3` or `3a`; `3a` after `3`, `3b`
    after `3a` (the editors' lettered notes, added between two numbered ones)."""
    number, letter = _LETTERED.match(before).groups()
    if marker == str(int(number) + 1):
        return True
    return marker == f"{number}{chr(ord(letter or 'a') + bool(letter))}"


def _rewrite_anchors(line: Line, wanted: set[str]) -> Line:
    """`Molotov34` -> `Molotov[34]`, `/2/` -> `[2]` for the chosen anchors of the line."""

    def swap(match: re.Match[str]) -> str:
        number = match.group("s") or _glued_number(match)
        if match.group("s") or number in wanted:
            return f"[{number}]"
        return match.group(0)

    text = _GLUED.sub(swap, line.text)
    for number in wanted - {_glued_number(m) for m in _GLUED.finditer(line.text)}:
        cited = _cited(number)
        if cited.search(text):  # `Your 478[2]`
            text = cited.sub(rf"\g<ref>[{number}]", text, count=1)
            continue
        after_year = _after_year(number)
        if after_year.search(text):  # `Geneva in 1927[90]`
            text = after_year.sub(f"[{number}]", text, count=1)
            continue
        text = _in_number(number).sub(f"[{number}]", text, count=1)  # `9 to 11[55]`
    return Line(line.no, text, line.blank_before, line.rule_before, line.bullet)


# (frus77) a heading closed by a number the source note's anchor is glued to (`National
# Security Action Memorandum No. 2731`, `Special National Intelligence Estimate 85–3–621`)
_NUMBER_ANCHOR = re.compile(r"(?<=[\s–-])\d{1,5}(?<=\d)(?P<marker>1)$")
_SOURCE_ONE = re.compile(r"^(?:1\.?\s++|/1/\s*+|\[1\]\s*+)Source:")


def number_end_anchor(seg: Segments, lines: list[Line]) -> None:
    """(frus77) The source note's anchor `1` glued to the number closing a heading, when the
    page gives the source note as note 1 and the heading no other anchor: FRUS anchors its
    source note to the heading (`... No. 2731` over `1 Source: ...`: No. 273)."""
    title = seg.page_title
    found = _NUMBER_ANCHOR.search(title.text) if title is not None else None
    if title is not None and found and found.start("marker") > found.start() \
            and not seg.facts.get("title-note") \
            and any(_SOURCE_ONE.match(line.text) for line in lines):
        seg.page_title = Line(title.no, title.text[:found.start("marker")])
        seg.facts["title-note"] = "1"


def yearless_date_anchor(seg: Segments) -> None:
    """The source note's anchor glued to a heading's yearless date (`..., March 131`)."""
    title = seg.page_title
    found = _YEARLESS_ANCHOR.search(title.text) if title is not None else None
    if title is not None and found:
        seg.page_title = Line(title.no, title.text[:found.start("marker")])
        seg.facts["title-note"] = found.group("marker")


def _stopped_notes(lines: list[Line]) -> list[Line]:
    """(frus59) The notes of a page copy numbered without a stop (`1 Source: ...`, `2 See
    Document 236.`: history.state.gov's note list as a browser copies it) given their stops,
    from the source note down, each next number in turn; the other lines unchanged."""
    first = next((i for i in range(len(lines) - 1, -1, -1)
                  if _UNSTOPPED_SOURCE.match(lines[i].text)), None)
    if first is None:
        return lines
    out, wanted = lines[:first], 1
    for line in lines[first:]:
        found = _UNSTOPPED.match(line.text)
        if found and int(found.group("n")) == wanted:
            line = Line(line.no, f"{wanted}. {line.text[found.end():]}", line.blank_before,
                        line.rule_before, line.bullet)
            wanted += 1
        out.append(line)
    return out
