"""Page furniture (navigation, sharing, viewer chrome: table `page-furniture`) and
boilerplate (funding line, reuse statement: table `boilerplate`), dropped wherever they
stand; the line after one starts a new zone. A site's menu under its heading, a page
number beside a running head or alone between two lines of one row, the other cells of a
link bar and the book's line over an e-reader's clipping header (a document host's file
name over its viewer's lines) go with them; a word broken at a hyphen over a dropped line
is joined again."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from tei.convert.context import Context
from tei.convert.pages.above_head import page_address
from tei.convert.pages.blog_foot import blog_foot, read_more_lead, related_links, signature_tail
from tei.convert.pages.board import board_lines
from tei.convert.pages.corner_heads import corner_heads
from tei.convert.pages.cut_foot import cut_foot
from tei.convert.pages.handles import carded_users, named_handles, reblogged_names, uploaders
from tei.convert.pages.host_copy import host_heading
from tei.convert.pages.hsg_page import page_lines
from tei.convert.pages.linkbar import labelled_trail, trail_lines
from tei.convert.pages.page_stamps import page_stamps
from tei.convert.pages.partner_bar import bar_cells
from tei.convert.pages.quoted_run import cited_under
from tei.convert.pages.running import PAGE_ROWS, SENTENCE_MARK, Rows, graded_top, running_references
from tei.convert.pages.table_head import table_head
from tei.convert.pages.viewer_tabs import viewer_tabs
from tei.convert.pages.volume_heads import OCR_PAGE, split_folios, unglue_heads, volume_heads
from tei.convert.read import Line
from tei.convert.rewrap import RUNNING_ON_WORDS
from tei.convert.segment import label_of
from tei.convert.zones import Segments

# (ocr60) OCR's `l` for 1: `4l8`; (repost68) a PDF's page of its pages (`1 / 2`, `Page 1 of 2`)
_PAGE_NUMBER = re.compile(
    rf"^(?:{OCR_PAGE}|\d{{1,4}}\s?/\s?\d{{1,4}}|Page\s\d{{1,4}}\s(?:of|/)\s\d{{1,4}})$")
# (wcda64) a sharing button named by one capital (`X`, the former Twitter) between two others
_BUTTON_LETTER = re.compile(r"^[A-Z]$")
_PUBLISHED_ROWS = frozenset({"edition-masthead"})  # another edition's page (its masthead)
_LATIN = re.compile(r"[A-Za-z]")


_HEAD_REACH = 4  # (bloc69) a printed page's head among the paste's first lines
_FOLIO_DIGITS = 4


def _last_folio(lines: list[Line], rows: Rows) -> set[int]:
    """(bloc69) A page's number alone closing a paste from a printed book whose page head
    stands among its first lines (its number alone or split off its running head: `212` /
    `THE COMINTERN AND CHINA, 1937-1943`; a furniture row, the edition's `DOCUMENT 63`): the
    next page's folio under the edition's citation, never the document's."""
    last = len(lines) - 1
    reach = range(min(_HEAD_REACH, last))
    head = any(rows[k] or _folio(lines[k].text) for k in reach)
    return {last} if last > _HEAD_REACH and head and _folio(lines[last].text) else set()


Row = tuple[str, re.Match[str]] | None


def _unless_label(row: Row, line: Line, ctx: Context) -> Row:
    """(wcda81) No furniture row for a page's field label in Chinese or Korean script alone on
    its line (`摘要`, `원문 언어`), which the `forum` row's lines of CJK script take."""
    return None if row and row[0] == "forum" and label_of(line.text, ctx) else row


def _folio(text: str) -> bool:
    return text.strip().isdigit() and len(text.strip()) <= _FOLIO_DIGITS


def strip_furniture(lines: list[Line], seg: Segments, ctx: Context) -> list[Line]:
    """Drop furniture and boilerplate lines; the line after one starts a new zone. A page
    number set in a column beside a running head (one source line) goes with it, and so
    do the other links of a link bar (`link_bar_cells`). A furniture row's group `ref` (a
    CREST attachment's file named by the document's id) is an archival reference."""
    lines = [part for line in lines for part in _unglued(line, ctx)]
    lines = unglue_heads(lines, [ctx.res.patterns.match("page-furniture", line.text)
                                 for line in lines])
    rows = _banners(_kept_transcript([_unless_label(ctx.res.patterns.match(
        "page-furniture", line.text), line, ctx) for line in lines], lines, ctx), lines, ctx)
    rows = volume_heads(lines, _page_counts(_numbered_closes(lines, rows)), ctx)
    rows = corner_heads(lines, page_stamps(lines, cut_foot(lines, rows, ctx), ctx),
                        lambda text: bool(ctx.res.patterns.match("archival-reference",
                                                                 text.strip())))
    furnished = {line.no for line, row in zip(lines, rows, strict=True) if row}
    for line, row in zip(lines, rows, strict=True):
        if row and row[1].groupdict().get("ref"):  # a reading room's attached file named
            seg.add_reference(row[1])  # by the document's id
        if row and row[1].groupdict().get("url"):  # (lead36) a wiki's `Retrieved from`
            seg.fields.setdefault("url", []).append(Line(line.no, row[1].group("url")))
        if row and row[0] in _PUBLISHED_ROWS:  # (lead36) another edition's page: the text
            seg.facts["other-edition"] = row[0]  # is not the edition's own archive's
            seg.facts.setdefault("edition-masthead", line.text)  # (lead83) its author's
        if row and row[0] == "host-name":  # (lead83) a document store's page: its buttons
            seg.facts["store-page"] = line.text  # (`store_buttons`)
    dropped = {i for i, line in enumerate(lines) if rows[i] or (
        _PAGE_NUMBER.match(line.text) and (line.no in furnished or _between_same(rows, i)))
        or (_BUTTON_LETTER.match(line.text) and _between_same(rows, i))}
    dropped |= _last_folio(lines, rows) | split_folios(lines, rows, ctx)
    dropped |= _menu_lines(lines, rows, ctx) | _clipped_books(lines, rows)
    dropped |= _scan_libraries(lines, rows) | page_lines(lines, rows)
    dropped |= trail_lines(lines, [bool(row) for row in rows]) | labelled_trail(lines, rows, ctx)
    dropped |= running_references(lines, rows, seg, ctx, not graded_top(lines, ctx))
    dropped |= bar_cells(lines, rows, ctx)
    dropped |= _date_picker(lines, rows, ctx) | table_head(lines, rows)  # (cw96)
    dropped |= viewer_tabs(lines, rows, ctx) | named_handles(lines, rows)
    dropped |= carded_users(lines, rows) | reblogged_names(lines, rows) | uploaders(lines, rows)
    board = board_lines(lines, rows, dropped, ctx) | blog_foot(len(lines), rows) \
        | read_more_lead(len(lines), rows) | signature_tail([line.text for line in lines]) \
        | related_links([line.text for line in lines], rows)
    cited = cited_under(lines, board, dropped, ctx) if board else None
    if cited is not None:  # (repost75) the poster's citation under the quoted document
        seg.fields.setdefault("source", []).append(cited)
    if board:
        seg.board.extend(lines[i] for i in sorted(board)
                         if cited is None or lines[i].no != cited.no)
        dropped |= board
    kept: list[Line] = []
    boundary = False
    for index, line in enumerate(lines):
        if index in dropped:
            boundary = True
            continue
        found = ctx.res.patterns.match("boilerplate", line.text)
        if found and found[0] == "funder":
            seg.funder = seg.funder or found[1].group("funder").strip()
            seg.funder_line = seg.funder_line or line.no
            boundary = True
            continue
        if found:
            seg.licence.append(line)
            boundary = True
            continue
        if boundary and kept and index - 1 in dropped and _broken_over(kept[-1], line):
            kept[-1] = replace(kept[-1], text=kept[-1].text[:-1] + line.text)
        elif boundary and kept and _page_turned(lines, rows, index) and \
                _runs_over(kept[-1], line):
            kept[-1] = replace(kept[-1], text=f"{kept[-1].text} {line.text}")
        else:
            kept.append(_boundary(line) if boundary else line)
        boundary = False
    names = {lines[i].text for i in _clipped_books(lines, rows)
             if rows[i + 1][0] == "document-host"}
    if not names:
        return kept
    kept, heading = host_heading(kept, names)
    if heading is not None and seg.page_title is None:
        seg.page_title = heading
    return kept


_HYPHENATED_END = re.compile(r"(?<=[^\W\d_])[-\u00ad]$")
# the page's title naming the telegram's number (`Telegram No. 118, Embassy of Hungary ...`)
_TITLED_NUMBER = re.compile(r"\b(?i:telegram|cable|cipher)\b,?\s++(?:No\.|№|Nr\.)\s*+(\d{1,5})\b")
# a number between dashes on both sides (`-- 118 --`, `– 84 –`)
_DASHED_NUMBER = re.compile(r"^(?:--|[–—])\s*+(\d{1,5})\s*+(?:--|[–—])$")
_TITLE_LINES = 12


def _may_number(text: str) -> bool:
    """(speed26) Whether `text` holds a number's label (`No.`, `№`, `Nr.`), which every match
    of `_TITLED_NUMBER` does: that regex opens with a word boundary, so `re` tries it at
    every character of a line."""
    return "No." in text or "№" in text or "Nr." in text


def _numbered_closes(lines: list[Line], rows: Rows) -> Rows:
    """A Hungarian telegram's close, its number alone between dashes (`-- 118 --`), is no
    page mark when the page's title names that telegram number (wc40)."""
    numbers = {m.group(1) for line in lines[:_TITLE_LINES] if _may_number(line.text)
               for m in _TITLED_NUMBER.finditer(line.text)}
    if not numbers:
        return rows
    return [None if row and row[0] == "page-mark" and (dashed := _DASHED_NUMBER.match(line.text))
            and dashed.group(1) in numbers else row for line, row in zip(lines, rows, strict=True)]


def _page_counts(rows: Rows) -> Rows:
    """A PDF viewer's page counter (`4/5`, row `page-count`) counts only where two or more
    share their number of pages and none exceeds it (ocr39); a lone `11/12` is a margin's
    date, (ocr77) but a first page's `1/3` in the scan's first lines counts."""
    counts = [row[1] for row in rows if row and row[0] == "page-count"]
    totals = Counter(m.group("pages") for m in counts)
    ok = {total for total, n in totals.items() if n >= 2 and all(
        int(m.group("page")) <= int(total) for m in counts if m.group("pages") == total)}
    return [None if row and row[0] == "page-count" and row[1].group("pages") not in ok
            and not (i < 3 and row[1].group("page") == "1" != row[1].group("pages"))
            else row for i, row in enumerate(rows)]


def _unglued(line: Line, ctx: Context) -> list[Line]:
    """A navigation link a copy glued to the line's first word (`Back to topNOTE FROM ...`,
    table `glued-navigation`) as a line of its own over the line's words; a page image's
    link glued between a word and its repetition (`ofManuscript imageof`, table
    `page-image-links`) read as the word once; a debate's speaker glued to the speech
    (`§ MR. ARTHUR ARNOLDasked`, table `glued-speaker`) parted from it by a space."""
    for row in ctx.res.patterns.regexes.get("page-image-links", ()):
        if row.may_occur(line.text):
            line = replace(line, text=row.regex.sub(r"\g<word>", line.text))
    speaker = ctx.res.patterns.match("glued-speaker", line.text) if "§" in line.text else None
    if speaker is not None:
        line = replace(line, text=f"{speaker[1].group('speaker')} {speaker[1].group('rest')}")
    found = ctx.res.patterns.match("glued-navigation", line.text)
    if found is None:
        return [line]
    link = found[1]
    return [replace(line, text=link.group("link")),
            Line(line.no, link.group("rest"))]


def _banners(rows: Rows, lines: list[Line], ctx: Context) -> Rows:
    """A PDF's banner at the head and foot of every page (`UNCLASSIFIED`, table
    `page-banner`): the text's first and last lines alike, and every line like them."""
    if len(lines) < 3 or lines[0].text != lines[-1].text:
        return rows
    found = ctx.res.patterns.match("page-banner", lines[0].text)
    if not found:
        return rows
    return [row or (("page-banner", found[1]) if line.text == lines[0].text else None)
            for line, row in zip(lines, rows, strict=True)]


_DAY = re.compile(r"^\d{1,2}$")
_YEAR = re.compile(r"^\d{4}$")


def _date_picker(lines: list[Line], rows: Rows, ctx: Context) -> set[int]:
    """(letters43) A site's date picker under its furniture (the month glued to the store's
    link, `Visit StoreJuly`, then the day and the year a line each: `01` / `1984`) over the
    page's date line that gives the same day and year (`July 01, 1984`): its cells go
    with the furniture."""
    found: set[int] = set()
    for i in range(1, len(lines) - 2):
        if not (rows[i - 1] and _DAY.match(lines[i].text) and _YEAR.match(lines[i + 1].text)):
            continue
        date = ctx.res.dates.whole(lines[i + 2].text)
        if date and date.day == int(lines[i].text) and date.year == int(lines[i + 1].text):
            found |= {i, i + 1}
    return found


def _between_same(rows: Rows, i: int) -> bool:
    """Whether line `i` stands between two lines of the same furniture row (a calendar's
    day between its months and its years in a web archive's toolbar)."""
    before, after = (rows[i - 1] if i > 0 else None), (rows[i + 1] if i + 1 < len(rows) else None)
    return before is not None and after is not None and before[0] == after[0]


_OPEN_END = re.compile(r"(?:[^\W\d_]|,)$")
_TITLE_END = re.compile(r"(?<![\w.])(?:Mr|Mrs|Messrs|Dr|Gen|Col|Adm|Hon|Sen|Amb|Gov)\.$")


# (wcda63) the Digital Archive's PDF export's running line at each page's turn
# (`Wilson Center Digital Archive Translation - English`) turns a page too
_TURN_ROWS = PAGE_ROWS | {"pdf-running-line"}


def _page_turned(lines: list[Line], rows: Rows, index: int) -> bool:
    """Whether the furniture lines just above line `index` hold a page's turn (a page mark,
    a printed volume's running head, a browser's print head or foot)."""
    k = index - 1
    while k >= 0 and rows[k] is not None:
        if rows[k][0] in _TURN_ROWS:
            return True
        k -= 1
    return False


def _runs_over(before: Line, after: Line) -> bool:
    """A sentence broken over a page's turn (`... reflects Stalin's wish to` / `## p. 412
    ...` / `concentrate foreign policy ...`): it stops on a word or a comma and goes on in
    lower case, or stops on a word no sentence ends with (`... the attitude of the` /
    `Chinese forces ...`), or (frus57) on a title's abbreviation before the name (`... the
    receipt of Mr.` / `230 CORRESPONDENCE WITH MR. ADAMS.` / `Adams's note ...`); (cables65)
    a cable printout's text line in capitals stops on a word and goes on in capitals (`... PAID
    THE FINES` / the page's stamp and header / `WITHIN TEN DAYS.`)."""
    if _TITLE_END.search(before.text) and after.text[:1].isupper():
        return True
    if not _OPEN_END.search(before.text) or not after.text[:1].isalpha():
        return False
    return after.text[:1].islower() or (before.text.isupper() and after.text.isupper() and len(
        before.text.split()) >= _CAPITALS_TEXT_WORDS) or \
        before.text.rsplit(maxsplit=1)[-1].casefold() in RUNNING_ON_WORDS


_CAPITALS_TEXT_WORDS = 6  # a text's line in capitals, not a heading's or a grade's


def _broken_over(before: Line, after: Line) -> bool:
    """A word broken at a hyphen over a dropped running head or page mark (`... on Yugo-` /
    `412  FOREIGN RELATIONS, 1949, VOLUME V` / `slav "betrayal" ...`): its second half
    opens the next kept line in lower case."""
    return bool(_HYPHENATED_END.search(before.text)) and after.text[:1].islower()


# the words a link line of a menu may have, by its heading's row: (lead36) a wiki's
# categories are longer (`Works by Jacob D. Beam`)
_MENU_WORDS = {"menu": 3, "categories": 8}
_MENU_INDEX = "menu-index"  # a menu's alphabet row, which the menu's run goes on over
_MENU_LINES = 40
_HEAD_LINES = 12  # where a menu with no heading may stand


def _menu_lines(lines: list[Line], rows: Rows, ctx: Context) -> set[int]:
    """A site's menu: the run of link lines (at most three words, no sentence mark at the
    end) that a menu's heading heads (`Browse latest releases` over `2010/12/10` ...),
    closed by the next navigation line or by the page's title line (`Viewing cable ...`);
    it goes on over a menu's alphabet row (`menu-index`: `A B C D F ...`). `rows` are the
    lines' furniture rows. Returns the indices of the run's lines."""
    found: set[int] = set()
    reach = _MENU_LINES * 4  # a page's head menus, and (lead36) a wiki's at its foot
    heads = [i for i, row in enumerate(rows) if row and row[0] in _MENU_WORDS
             and (i < reach or i >= len(rows) - reach)]
    for i in heads:
        j, words = i + 1, _MENU_WORDS[rows[i][0]]
        while j < len(lines) and j - i <= _MENU_LINES and _menu_link(lines[j], rows[j], words):
            j += 1
        closed = j < len(lines) and (rows[j] or ctx.res.patterns.match("page-title", lines[j].text))
        if closed and j - i <= _MENU_LINES:
            found.update(range(i + 1, j))
    return found | _head_menu(lines, rows, ctx)


def _head_menu(lines: list[Line], rows: Rows, ctx: Context) -> set[int]:
    """(wcda55) A site's menu over the page's date and title with no heading of its own: the
    link lines (`Collections`, `Topics`, `Themes`, an index's labels; no other field's:
    `Citation`) between a navigation line and another furniture line among the page's
    first lines, above its first line with a digit (`Search` ... `About` over the date line:
    the Wilson Center's current page copied from its top; (cw67) DIFP's `Menu` / `Volumes`
    over its `Documents` link, its `Skip to content` / `DIFP` over its masthead)."""
    found: set[int] = set()
    for i, row in enumerate(rows[:_HEAD_LINES]):
        if any(ch.isdigit() for ch in lines[i].text) and not page_address(lines[i], ctx):
            break  # the page's date line (not its address): its head ends
        if not row or row[0] != "navigation":
            continue
        j = i + 1
        while j < len(lines) and not rows[j] and _menu_link(lines[j], None) \
                and _menu_label(lines[j], ctx):
            j += 1
        if j < len(lines) and rows[j]:
            found.update(range(i + 1, j))
    return found


def _menu_label(line: Line, ctx: Context) -> bool:
    """Whether a head menu's link line is no label of the page's fields but an index's."""
    found = label_of(line.text, ctx)
    return found is None or found[0] == "page-keyword-fields"


def _menu_link(line: Line, row: tuple[str, re.Match[str]] | None,
               words: int = _MENU_WORDS["menu"]) -> bool:
    """A menu's link line (at most `words` words, no sentence mark, no other furniture) or
    its alphabet row."""
    if row:
        return row[0] == _MENU_INDEX
    return len(line.text.split()) <= words and not SENTENCE_MARK.search(line.text)


_NAMING_LINE_ROWS = frozenset({"e-reader", "document-host", "upload-host"})  # (wcdaold73) Scribd


def _clipped_books(lines: list[Line], rows: Rows) -> set[int]:
    """An e-reader's clippings file names the book on the line over each clipping's header
    (`The Korean War in Documents (Weathersby, Kathryn)` over `- Your Highlight on page 112 |
    Location 1701-1706 | Added on ...`, row `e-reader`), a document host its file on the
    line over its viewer's lines (`Yasser Arafat` over `Total Page:16`, row
    `document-host`): that line goes with them."""
    return {i - 1 for i, row in enumerate(rows)
            if row and row[0] in _NAMING_LINE_ROWS and i > 0 and lines[i - 1].no < lines[i].no
            and not rows[i - 1] and not SENTENCE_MARK.search(lines[i - 1].text)}


# (frus57) a scan's `Original from` over the library in capitals (`UNIVERSITY OF CALIFORNIA`)
_ORIGINAL_FROM = re.compile(r"(?:^|\s)Original\s++from$")
_LIBRARY = re.compile(r"^[A-Z][A-Z .,&'’-]{2,80}+$")


def _scan_libraries(lines: list[Line], rows: Rows) -> set[int]:
    """A Google-digitized page's credit (row `scan-credit`) closing on `Original from` names
    the library on the next line, in capitals (`UNIVERSITY OF CALIFORNIA`): that line goes
    with it."""
    return {i + 1 for i, row in enumerate(rows[:-1])
            if row and row[0] == "scan-credit" and not rows[i + 1]
            and _ORIGINAL_FROM.search(lines[i].text) and _LIBRARY.match(lines[i + 1].text)}


_CABLE_ROWS = frozenset({"cable-number", "transmission", "date"})


def _cable_in_script(rows: Rows, lines: list[Line], ctx: Context) -> bool:
    """(lang50) Whether the lines in another script hold a telegram's heading (a number, a
    sending or receipt line the `heading` table reads: `第三〇一號`, `昭和十六年四月四日後發`):
    the document itself under an archive's page in English (JACAR's English interface), no
    viewer's interface."""
    found = (ctx.res.patterns.match("heading", " ".join(line.text.split()))
             for line, row in zip(lines, rows, strict=True) if row and row[0] == "forum")
    return any(hit is not None and hit[0] in _CABLE_ROWS for hit in found)


def _kept_transcript(rows: Rows, lines: list[Line], ctx: Context) -> Rows:
    """Lines in another script under a label of the original's transcript (`Transcript -
    Chinese`, table `attachment`) are the transcript's, no viewer's interface (`forum`); so
    is a line in that script with no Latin word on a page no other row finds an interface
    on (a Hanja letterhead, `大韓民國 外務部`, over a translated letter: misses21), and
    (lang49) every such line of a page most of whose lines are in that script (a JACAR
    page's telegram in Japanese under its breadcrumb `階層：... > ... > ...`), or (lang50) of
    a page whose lines in that script hold a telegram's heading."""
    forum = sum(1 for row in rows if row and row[0] == "forum")
    if not forum:
        return rows
    if forum * 2 > len(rows) or _cable_in_script(rows, lines, ctx):
        return [None if row and row[0] == "forum" else row for row in rows]
    if not any(row and row[0] != "forum" for row in rows):
        return [None if row and row[0] == "forum" and not _LATIN.search(line.text) else row
                for line, row in zip(lines, rows, strict=True)]
    start = next((i for i, line in enumerate(lines) if (found := ctx.res.patterns.match(
        "attachment", line.text)) and found[0] == "original-transcript"), len(lines))
    return [None if i > start and row and row[0] == "forum" else row
            for i, row in enumerate(rows)]


def _boundary(line: Line) -> Line:
    return Line(line.no, line.text, line.blank_before, True, line.bullet)
