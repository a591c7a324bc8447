"""Page reader for the Documents on Canadian External Relations (DCER) as Global Affairs
Canada publishes them (international.gc.ca): the volume's chapter, part and section
headings over the document (`Chapter V - Western Europe`, `Part 2`, `Section A - ...`),
then the document's number in the volume with the department's file (`618. DEA/12447-40`),
then the editors' heading naming the form and the parties (`Memorandum from Secretary to
Cabinet to Prime Minister`) or the parties alone (`High Commissioner in United Kingdom to
Secretary of State for External Affairs`), in bilingual volumes below its French version.
The headings above stay in the header as the page's text, the file is the shelfmark and the
editors' heading the title; the classification and dateline under it (`CONFIDENTIAL
[Ottawa], June 15, 1961`) are the document's. Rows: `dcer`.
"""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.pages.summary import PROSE_END
from tei.convert.read import Line
from tei.convert.zones import Segments

_REACH = 8  # the number line stands within the page's first lines
_HEADING_WORDS = 24  # a volume heading above it is short and no sentence
# the number alone over the file, (cw58) or as the site's `Document 74.` line
_BARE_NUMBER = re.compile(r"^(?:Document\s)?(?P<number>\d{1,4})\.$")
# the second line of a heading wrapped before its addressee
_WRAPPED_TO = re.compile(r"^to\s[A-Z]")
# (repost81) the rest of the addressee's office wrapped under a printed page's heading line
# (`The Ambassador in Japan to the Secretary of State` / `for External Affairs`, an Internet
# Archive full text of the printed volume): a few words opening in lower case, no sentence
_WRAPPED_OFFICE = re.compile(r"^(?:for|of|in|and)\s[A-Z][\w'’.-]*(?:\s[\w'’.-]+){0,4}$")
_FRENCH_LINES = 2  # `Le haut-commissaire au Royaume-Uni` / `au secrétaire d'État ...`


def _number_line(lines: list[Line], ctx: Context) -> tuple[int, re.Match[str], int] | None:
    """Where the `618. DEA/12447-40` line stands, its match and the index of the editors'
    heading under it (in a bilingual volume below the French heading's lines)."""
    for i in range(min(len(lines), _REACH)):
        found = _number(lines, i, ctx) or _file_alone(lines, i, ctx)
        if found and all(_volume_heading(h, ctx) for h in lines[:i]):
            number, j = found
            start, last = j, min(len(lines), j + _FRENCH_LINES)
            while j < last and _row(lines[j], ctx) == "heading-fr":
                j += 1
            if j < len(lines) and _heading(lines, j, ctx) is not None:
                return i, number, j
            if j > start:  # (cw63) a document in French: the editors' French heading alone
                return i, number, start
    return None


def _heading(lines: list[Line], j: int, ctx: Context) -> tuple[str, int] | None:
    """The editors' heading at line `j` and the index after it; (cw59) a heading wrapped
    before its addressee (`The High Commissioner in United Kingdom` / `to Secretary of
    State for External Affairs`) is read as one line, (cw63) and so is a French heading over
    two lines (`L'ambassadeur en France` / `au secrétaire d'État aux Affaires extérieures`),
    (repost81) and an English heading wrapped inside the addressee's office."""
    if j + 1 < len(lines) and _WRAPPED_TO.match(lines[j + 1].text):
        # (commonwealth73) before the first line alone, which may hold a `to` of its own
        # (`Permanent Representative to United Nations` / `to Secretary of State ...`)
        found = ctx.res.patterns.match("dcer", f"{lines[j].text} {lines[j + 1].text}")
        if found and found[0] == "heading":
            return found[1].group("title").strip(), j + 2
    if _row(lines[j], ctx) == "heading":
        if j + 1 < len(lines) and _WRAPPED_OFFICE.match(lines[j + 1].text):
            joined = ctx.res.patterns.match("dcer", f"{lines[j].text} {lines[j + 1].text}")
            if joined and joined[0] == "heading":
                return joined[1].group("title").strip(), j + 2
        return ctx.res.patterns.match("dcer", lines[j].text)[1].group("title").strip(), j + 1
    french = j
    while french < min(len(lines), j + _FRENCH_LINES) and _row(lines[french], ctx) == "heading-fr":
        french += 1
    return (" ".join(line.text for line in lines[j:french]), french) if french > j else None


def _number(lines: list[Line], i: int, ctx: Context) -> tuple[re.Match[str], int] | None:
    """The number row's match at line `i` and the index after it: the number and the file
    may stand apart, as two columns (`214.` and `DEA/50271-A-40`); (cw59) the file alone
    stands under the site's page heading that gives the number (`Volume #22 - 821.`);
    (commonwealth73) the file set at the right over the number (`DEA/50271-40` / `412.`)."""
    text = lines[i].text
    bare_number = _BARE_NUMBER.match(text)
    if bare_number and i and (above := _file_over(lines[i - 1], bare_number, ctx)):
        return above, i + 1
    apart = bool(bare_number) and i + 1 < len(lines)
    if bare_number and apart:
        text = f"{bare_number.group('number')}. {lines[i + 1].text}"
    found = ctx.res.patterns.match("dcer", text)
    if not found or found[0] != "number":
        return None
    above = lines[i - 1] if i else None
    if found[1].group("number") is None and _volume_number(above, ctx) is None:
        return None
    return found[1], i + 1 + apart


def _file_alone(lines: list[Line], i: int, ctx: Context) -> tuple[re.Match[str], int] | None:
    """(commonwealth76) The file alone at line `i` without the document's number (a printed
    volume's page pasted under its running head: `DEA/50372-40`), when the editors'
    heading stands right under it, in a bilingual volume under its French version."""
    found = ctx.res.patterns.match("dcer", lines[i].text)
    if not found or found[0] != "number" or i + 1 >= len(lines):
        return None
    j = i + 1
    while j < min(len(lines), i + 1 + _FRENCH_LINES) and _row(lines[j], ctx) == "heading-fr":
        j += 1
    return (found[1], i + 1) if j < len(lines) and _heading(lines, j, ctx) else None


def _file_over(line: Line, bare_number: re.Match[str], ctx: Context) -> re.Match[str] | None:
    """The number row's match of a file alone on the line over the bare number, read with
    that number (`DEA/50271-40` over `412.`)."""
    if _row(line, ctx) != "number":
        return None
    found = ctx.res.patterns.match("dcer", f"{bare_number.group('number')}. {line.text}")
    return found[1] if found and found[0] == "number" else None


def _volume_number(line: Line | None, ctx: Context) -> str | None:
    """The document's number the site's page heading gives (`Volume #22 - 821.`)."""
    found = ctx.res.patterns.match("dcer", line.text) if line is not None else None
    return found[1].group("number") if found and found[0] == "volume" else None


def _row(line: Line, ctx: Context) -> str | None:
    found = ctx.res.patterns.match("dcer", line.text)
    return found[0] if found else None


def _volume_heading(line: Line, ctx: Context) -> bool:
    """A short line of the volume's over the number, no sentence; the site's page heading
    (`Volume #23 - 624.`, row `volume`) whatever its stop."""
    return _row(line, ctx) == "volume" or (
        len(line.text.split()) <= _HEADING_WORDS and not PROSE_END.search(line.text))


def evidence(lines: list[Line], ctx: Context) -> int:
    """2 for the document's number and file over an editors' heading near the top."""
    return 2 if _number_line(lines, ctx) is not None else 0


def unwrap(lines: list[Line], seg: Segments, ctx: Context) -> list[Line]:
    """Volume headings, file and editors' headings to the header (the French one as page
    text, the English one the title); the document's lines left."""
    found = _number_line(lines, ctx)
    if found is None:
        return lines
    i, number, j = found
    french = [line for line in lines[i + 1:j] if _row(line, ctx) == "heading-fr"]
    seg.fields.setdefault("page-text", []).extend(
        [*lines[:i], *([Line(lines[i].no, number.group("number"))] if number.group("number")
                       else []), *french])
    seg.add_reference(number)
    title, after = _heading(lines, j, ctx) or ("", j + 1)
    seg.page_title = Line(lines[j].no, title)
    return lines[after:]
