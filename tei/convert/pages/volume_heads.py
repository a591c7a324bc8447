"""A printed documents volume's odd-page running head as OCR keeps it (frus55): the
chapter's or country's name in capitals with the page number at one end (`CHINA   173`,
`THE SOVIET UNION 715`). A capitals line with a number is as often a cable's own line
(`TD BONN 412`, `TO SECSTATE WASHDC 7731`), so it is a running head only where the page
tells: its number is at most one away from the volume's other running head on the page
(`174 FOREIGN RELATIONS, 1945, VOLUME VII`, table `page-furniture` row `running-head`) or
from the scan's page mark (`## p. 175 (#201) ###`, row `page-mark`) or from another head
so found (frus57), or it
stands first over the document's source note or heading (`893.00/1-1445: Telegram`, table
`frus` rows `source`, `heading`: a FRUS volume's page opening on a document). A head the
read stage ran on at the end of a line broken mid-sentence (`... the Chinese Eastern Railway
JAPAN 217`) is cut off, and the sentence's next line joined again."""

from __future__ import annotations

import re
from dataclasses import replace

from tei.convert.context import Context
from tei.convert.read import Line

Rows = list[tuple[str, re.Match[str]] | None]
_RUNNING = "running-head"
_PAGE_MARK = "page-mark"
_MARKED_PAGE = re.compile(r"\bp\.\s*+(\d{1,4})\b")  # a scan's page mark's page (`## p. 519`)
# one to seven words in capitals (`UNION OF SOVIET SOCIALIST REPUBLICS`), the page's number at
# one end, apart from them
# (dfat57) or a year after the first word, a span's run on (`MARCH 1950`, `KOREA, JUNE
# 1950-APRIL 1951`: a Commonwealth volume's month or chapter head); (frus58) a semicolon between
# a volume's parts (`EASTERN EUROPE; THE SOVIET UNION   803`)
_CAPITALS = r"[A-Z][A-Z'’.,;&-]*+(?:\s(?:[A-Z][A-Z'’.,;&-]*+|\d{4}+(?:[–-][A-Z]*+)?+)){0,6}"
# (ocr60) the page number as OCR may read its 1 (`GERMANY   4l7`): a digit among its characters
OCR_PAGE = r"(?=[\dlI]{0,3}\d)[\dlI]{1,4}+"
_OCR_DIGITS = str.maketrans("lI", "11")
# (cw68) BDEEP's head gives the page's document's date in brackets at its inner end (`[MAR
# 1957]   GHANA   427`, `428   GHANA   [MAR-APR 1957]`)
_DATED = r"\[(?:\d{1,2}\s)?(?:[A-Z]{3,9}\.?(?:[–-][A-Z]{3,9}\.?)?\s)?\d{4}(?:[–-]\d{2,4})?\]"
_HEAD = re.compile(rf"^(?:(?P<before>{OCR_PAGE})\s++{_CAPITALS}(?:\s++{_DATED})?"
                   rf"|(?:{_DATED}\s++)?{_CAPITALS}\s++(?P<after>{OCR_PAGE}))$")
# (dfat57) BDEEP's head: the volume's part in capitals, the document's number in brackets at
# the outer end (`GOLD COAST   [48]`, `[49]   GOLD COAST`), over the document's number line
_NUMBERED = re.compile(rf"^(?:\[(?P<before>\d{{1,3}})\]\s++{_CAPITALS}"
                       rf"|{_CAPITALS}\s++\[(?P<after>\d{{1,3}})\])$")
# the head run on at the end of a line that breaks a sentence (after a small letter or comma)
# (not after the volume's own head run on: `... the FOREIGN RELATIONS, 1937, VOLUME III 519`)
_TRAILING = re.compile(rf"(?:(?<=[a-z])|(?<=[a-z][,;]))\s(?={_CAPITALS}\s(?P<after>\d{{1,4}})$)")
_END_NUMBER = re.compile(rf"^\s({OCR_PAGE})\s|\s({OCR_PAGE})\s$")
# (frus58) a PDF's odd head in title case, the volume's subject and the page's number (`Soviet
# Union, October 1971–May 1972 125`): capitalised words, small words, years; found only by its
# page, one from the volume's head; (frus69) its months' span by a dash (`Vietnam,
# January–June 1965 413`)
_TITLED = re.compile(r"^(?:(?P<before>\d{1,4})\s++)?(?=[A-Z])(?:(?:[A-Z][\w'’–-]*+|of|and|the|on|in"
                     r"|to|for|\d{4}(?:[–-](?:[A-Z][a-z]++\s)?\d{4})?)[,;:]?(?:\s|$)){1,12}"
                     r"(?(before)|(?P<after>\d{1,4}))$")
_LONG_WORD = re.compile(r"[A-Z]{4,}")
_ANCHOR = re.compile(r"(?<!\s)\s*+\[\d{1,3}\]\s*+")  # from a run of spaces' first: linear
_DIGIT = re.compile(r"\d")
_SOURCE_REACH = 2  # the lines under the head in which the source note stands
_OPENINGS = ("source", "heading", "document-heading")  # the `frus` rows a document opens with


def volume_heads(lines: list[Line], rows: Rows, ctx: Context) -> Rows:
    """`rows` with the odd-page running heads among `lines` read as row `running-head` (a
    head and its page number set apart in two cells of one source line as one line); a head
    so found confirms the next page's (frus57: `GREAT BRITAIN. 229` over a despatch's heading,
    then `230 CORRESPONDENCE WITH MR. ADAMS.` in its inclosure); (cw64) so do two heads of
    the same words whose pages are one apart."""
    numbered = _numbered_lines(lines)
    marked = _marked_heads(lines, numbered, rows, ctx)
    return _marked_heads(lines, numbered, marked, ctx) if marked != rows else marked


def _numbered_lines(lines: list[Line]) -> list[tuple[int, list[int], str]]:
    """(speed77) Each source line's `_source_lines` group and text (its cells joined), of
    those with a digit: every head (`_HEAD`, `_TITLED`, `_NUMBERED`) has its number."""
    joined = ((first, cells, " ".join(lines[i].text for i in cells))
              for first, cells in _source_lines(lines))
    return [(first, cells, text) for first, cells, text in joined if _DIGIT.search(text)]


def _marked_heads(lines: list[Line], numbered: list[tuple[int, list[int], str]], rows: Rows,
                  ctx: Context) -> Rows:
    """One pass of `volume_heads`: the heads the pages of `rows` confirm (among the source
    lines `numbered`)."""
    pages = _pages(lines, rows)
    marked = list(rows)
    heads: list[tuple[int, list[int], re.Match[str], int]] = []
    for first, cells, text in numbered:
        head = _HEAD.match(text) if not any(rows[i] for i in cells) else None
        if head is not None and _LONG_WORD.search(text):
            page = int((head.group("before") or head.group("after")).translate(_OCR_DIGITS))
            heads.append((first, cells, head, page))
    for first, cells, head, page in heads:
        if pages & {page - 1, page, page + 1} or (
                first == 0 and _over_source(lines[cells[-1] + 1:], ctx)) or any(
                abs(page - other) == 1 and _words(head) == _words(match)
                and bool(head.group("before")) != bool(match.group("before"))
                and len(_words(head).split()) > 1 for _, _, match, other in heads):
            marked[first:cells[-1] + 1] = [(_RUNNING, head)] * len(cells)
    for first, cells, text in numbered:
        head = _TITLED.match(text) if not any(marked[i] for i in cells) else None
        number = head and (head.group("before") or head.group("after"))
        if number and pages & {int(number) - 1, int(number) + 1}:
            marked[first:cells[-1] + 1] = [(_RUNNING, head)] * len(cells)
    for first, cells, text in numbered:
        head = _NUMBERED.match(text) if not any(rows[i] for i in cells) else None
        number = head and (head.group("before") or head.group("after"))
        if number and _opens_document(lines[cells[-1] + 1:], number) \
                and not _signer(text, ctx):
            marked[first:cells[-1] + 1] = [(_RUNNING, head)] * len(cells)
    return marked


def _words(head: re.Match[str]) -> str:
    """(cw64) A head's words without its page number: a book's heads on two facing pages
    with the same words and numbers one apart confirm each other (an archive.org OCR page
    of a colour book: `302   THE FRENCH YELLOW BOOK` over the document, `THE FRENCH
    YELLOW BOOK   303` under its signature): the number at the outer end, before the words on
    the even page and after them on the odd; two words at least (a cable's `TO SECSTATE
    WASHDC 5365` and `... 5366` in two sections are its own lines)."""
    text = head.group(0)
    number = head.group("before") or head.group("after")
    return (text.removeprefix(number) if head.group("before") else
            text.removesuffix(number)).strip()


def _signer(text: str, ctx: Context) -> bool:
    """(cw63) Whether a capitals line with a bracketed number is a signature and its note's
    anchor (`NASH [1]` over the note `1 Acting Minister ...`), no head: its words a register
    person's name or surname."""
    name = _ANCHOR.sub("", text).title()
    return bool(ctx.res.register.persons_by_surname(name)) or any(
        m.start == 0 and m.end == len(name) for m in ctx.res.register.find(name, ("person",)))


def _opens_document(lines: list[Line], number: str) -> bool:
    """Whether the first of `lines` opens with the document's `number` and a space."""
    return bool(lines) and lines[0].text.startswith(f"{number} ")


def unglue_heads(lines: list[Line], rows: Rows) -> list[Line]:
    """`lines` with an odd-page head run on at a line's end cut off (its page one away from
    the volume's running head) and the line after it joined on when it goes on in lower
    case."""
    pages = _pages(lines, rows)
    if not pages:
        return lines
    out: list[Line] = []
    cut = False
    for line in lines:
        if cut and line.text[:1].islower():
            out[-1] = replace(out[-1], text=f"{out[-1].text} {line.text}")
            cut = False
            continue
        found = _TRAILING.search(line.text)
        cut = bool(found and _LONG_WORD.search(line.text, found.end()) and pages & {
            int(found.group("after")) + k for k in (-1, 0, 1)})
        out.append(replace(line, text=line.text[:found.start()]) if cut and found else line)
    return out


def _pages(lines: list[Line], rows: Rows) -> set[int]:
    """The page numbers the volume's running heads give, at either end of the head or in a
    cell of its own beside it (one source line), and those of the scan's page marks
    (HathiTrust's `## p. 519 (#553) ###`: the page the head tops)."""
    heads = {line.no for line, row in zip(lines, rows, strict=True) if row and row[0] == _RUNNING}
    marked = {int(found.group(1)) for line, row in zip(lines, rows, strict=True)
              if row and row[0] == _PAGE_MARK and (found := _MARKED_PAGE.search(line.text))}
    return marked | {int((a or b).translate(_OCR_DIGITS)) for line in lines if line.no in heads
                     for a, b in _END_NUMBER.findall(f" {line.text} ")}


def _source_lines(lines: list[Line]) -> list[tuple[int, list[int]]]:
    """Each source line's first index and the indices of its cells among `lines`."""
    groups: list[tuple[int, list[int]]] = []
    for i, line in enumerate(lines):
        if groups and lines[groups[-1][0]].no == line.no:
            groups[-1][1].append(i)
        else:
            groups.append((i, [i]))
    return groups


def _over_source(lines: list[Line], ctx: Context) -> bool:
    """Whether a FRUS source note or the editors' heading (`Memorandum of Conversation, by
    the Secretary of State`) stands in the first lines of `lines`, or (cw60) a shelfmark
    (table `archival-reference`: BDEEP's `119   CO 1030/123, no 5   12 Mar 1957` under its
    odd page's `MALAYA   213`)."""
    return any((ctx.res.patterns.match("frus", line.text) or ("",))[0] in _OPENINGS
               or ctx.res.patterns.match("archival-reference", line.text)
               for line in lines[:_SOURCE_REACH])


# (frus77) a volume's subject under its head, as a PDF viewer's copy sets the head's cells
# on lines of their own (`Western Europe and Canada`): capitalised and small words, no stop
_SUBTITLE = re.compile(r"^[A-Z][\w'’–-]*+(?:,?\s(?:[A-Z][\w'’–-]*+|and|of|the|in|on|to|for"
                       r"|\d{4}(?:[–-]\d{2,4})?)){0,8}$")


def split_folios(lines: list[Line], rows: Rows, ctx: Context) -> set[int]:
    """(frus77) The indices of a page's number alone on its line right over or under the
    volume's running head (`812` / `Foreign Relations, 1955–1957, Volume XXVII`), or under
    the volume's subject set under the head (`Western Europe and Canada` / `812`), as a PDF
    viewer's copy of an e-volume's page gives the head's cells apart; the subject with it;
    and the next or last page's head so split (`United Kingdom` / `813`), its number one
    away from such a number, its words no person's name (a signature over it)."""
    found = _split_heads(lines, rows)
    pages = {int(lines[k].text) for k in found if _FOLIO.match(lines[k].text)}
    for k in range(1, len(lines)):
        if k not in found and not rows[k] and _FOLIO.match(lines[k].text) \
                and pages & {int(lines[k].text) - 1, int(lines[k].text) + 1}:
            found.add(k)
            if not rows[k - 1] and _SUBTITLE.match(lines[k - 1].text) and not any(
                    m.start == 0 for m in ctx.res.register.find(lines[k - 1].text, ("person",))):
                found.add(k - 1)
    return found


def _split_heads(lines: list[Line], rows: Rows) -> set[int]:
    """The folios (and the volume's subject over one) next to a running head without one."""
    found: set[int] = set()
    for i, row in enumerate(rows):
        if not row or row[0] != _RUNNING or _END_NUMBER.search(f" {lines[i].text} "):
            continue
        # under the head only FRUS's (another volume's document number stands there: DAFP's
        # `118` under `DOCUMENTS ON AUSTRALIAN FOREIGN POLICY`; FRUS's is its heading's)
        frus = _FRUS_HEAD.match(lines[i].text) is not None
        for k in (i - 1, i + 1) if frus else (i - 1,):
            if 0 <= k < len(lines) and not rows[k] and _FOLIO.match(lines[k].text):
                found.add(k)
        if frus and i + 2 < len(lines) and not rows[i + 1] \
                and _SUBTITLE.match(lines[i + 1].text) and _FOLIO.match(lines[i + 2].text):
            found |= {i + 1, i + 2}
    return found


_FOLIO = re.compile(r"^\d{1,4}$")
_FRUS_HEAD = re.compile(r"^(?i:foreign\s++relations),")
