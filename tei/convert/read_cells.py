"""Read stage: a source line set in columns or as a table row gives several lines (a wide
gap or pipes part its cells, a few spaces a British form's `D.` and `R.` dates; a label
padded out to its value, a tab-separated row of labels over a row of values and a Markdown
row of a label and its value give `Label: value`; a form's name set apart from its number,
`TELEGRAM      WA-1234`, one line)."""

from __future__ import annotations

import re

from tei.convert.clock_lines import clock_hour

_COLUMNS = re.compile(r"(?<=\S)[ \t\u00a0]{5,}(?=\S)")
# (dfat55) a row of two cells parted by one tab (a web page's two-column table row copied:
# DCER's `TELEGRAM 1234<TAB>Ottawa, July 15, 1950`, its `112.<TAB>DEA/50069-A-40`)
_TAB_PAIR = re.compile(r"^(?P<left>[^\t]++)\t(?P<right>[^\t]++)$")
_TAB_CELL_WORDS = 6  # the left cell: a form's number or label, not a sentence before a tab
# (repost73) or after a word processor's bullet (`•<TAB>Telegram No.:<TAB>42`, which the reader
# gives as `• Telegram No.:<TAB>42`)
_PADDED_LABEL = re.compile(r"^\s*+(?:• )?[^\W\d][\w.'/-]*+(?: [\w.'/-]++){0,2}\s*+:$")
_LABEL_START = re.compile(r"^\s*+[^\W\d][\w.'/&-]*+(?: [\w.'/&-]++){0,3}\s*+:")
_PADDED_NUMBER = re.compile(r"^\s*+(?:\d{1,2}[.)]|\(\w{1,3}\)|[IVX]{1,5}\.)$")
# (lead25) a form's number label without a colon padded out to its digits (`NO.      447`);
# (ocr66) or with one, a date in a third cell (a Venona release's `No:     1085      28 July 1944`);
# (cables66) with its colon, before an Army message's number in its originator's series and the
# time group at the right (`NR:     C 56942        300255Z`, `NR: WAR 84681`)
_PADDED_NUMBER_LABEL = re.compile(r"^\s*+(?:No|NO|Nr|NR|Number|NUMBER)\.?:?$")
_NUMBER_VALUE = re.compile(r"^(?:\d|[A-Z]{1,5}[ -]?\d)")
# an edition's telegram number set left of its dateline (the Italian edition's `T. 4387/P.R.`
# far left of `Berlino, 25 ottobre 1940, ...`): one line with it
_EDITION_TELEGRAM = re.compile(r"^\s*+(?:T|Tel|Tél|Tg)\.\s*+\d{1,6}(?:/[\w.]{1,8}+)?\.?$")
# (catalog62) a form's name in capitals set apart from its number in a post's series at the
# right of the same line (Library and Archives Canada's copies of External Affairs telegrams:
# `TELEGRAM          WA-1234`): one line, read as the form's number line
_FORM_NAME = re.compile(r"^\s*+(?:TELEGRAM|CABLEGRAM|SAVINGRAM|TELEX)$")
# (ocr66) the CIA information report's field labels in capitals without a colon, padded out to
# their values in the form's left column (`COUNTRY      Iran      DATE DISTR.   2 March 1953`)
_REPORT_LABEL = re.compile(r"^\s*+(?:COUNTRY|SUBJECT|DATE\s++DISTR\.?|DATE\s++OF\s++INFO\.?"
                           r"|PLACE\s++ACQUIRED|REPORT\s++NO\.?|NO\.\s++OF\s++PAGES|INFO\.)$")
_SERIES_NUMBER = re.compile(r"^[A-Z]{1,4}-\d{1,6}$")
# (print61) the confidential print's registry number set left of the print's own number
# (`EP 1015/12          No. 23`): one line, read as the registry number's
_REGISTRY_CELL = re.compile(r"^\[?[A-Z]{1,3}\s?\d{1,6}/\d{1,5}(?:/\d{1,4})?\]?$")
_PRINT_NUMBER = re.compile(r"^No\.\s*+\d{1,4}\.?$")
# (cw67) a date field's value ending in its year, before a clock time's column
_DATED = re.compile(r"\b(?:1[89]|20)\d{2}\.?$")
# (ocr64) an NSA release's serial set left of its date of issue at the last page's foot
# (`3/NBF/T986        12 June 1953`): one line, the release's, not a closing dateline
_RELEASE_SERIAL = re.compile(r"^[S3]/NBF/T\d{1,5}$")
_ISSUE_DATE = re.compile(r"^\d{1,2}\s++[A-Z][a-z]{2,8}\.?\s++\d{4}$")
# (intel69) a Bletchley decrypt's grade with the decrypt's serial at the right (the BJ series:
# `MOST SECRET.          No. 094512`): one line, read as the decrypt's control line
_DECRYPT_GRADE = re.compile(r"^\s*+(?:MOST\s++SECRET|TOP\s++SECRET\s++U(?:LTRA)?)\.?$")
_DECRYPT_SERIAL = re.compile(r"^No\.\s*+\d{5,6}$")
# a Markdown table row's first cell naming the field its second cell gives (`| Date | ... |`)
_ROW_LABEL = re.compile(r"^[A-Z][^\W\d_]*+(?: [^\W\d_]++){0,2}$")
_PIPES = re.compile(r"(?:(?<!\s)\s+)?\|\s*")
# (invent26) a heading's table flattened with one pipe between two labelled cells (`From: UAR
# Embassy, Belgrade | To: Minister of Foreign Affairs, Cairo`; the British dispatch and
# receipt `D. 7.45 p.m. 14 March 1964 | R. 9.30 p.m. 14 March 1964`): a line for each cell
_CELL_LABEL = r"(?:[^\W\d][\w'/-]*+(?: [\w'/-]++){0,2}:|[A-Z]\.(?= \d))"
_LABELLED_CELLS = re.compile(rf"^\s*+{_CELL_LABEL} [^|]+ \| {_CELL_LABEL} [^|]+$")
# (ocr45) a British telegram form's sending line, dispatch and receipt run onto one line with a
# few spaces between (`FROM: CYPRUS (Sir J. Harding)   D. 3rd April, 1956.   R. 3rd April,
# 1956.   18.40 hrs.`, `Dated 22nd October, 1952.   Received 22nd October, 1952.`): a cell
# before each `D.`, `R.` or dispatch or receipt word opening a date, the receipt's clock kept
# with it
_DISPATCH_RECEIPT = re.compile(r"(?<=\S)[ \t]{2,}+(?=(?:[DR]\.|(?i:received|recd\.?|rec'd"
                               r"|despatched|dispatched|dated|sent):?)\s?\d)")
# (repost73) a post's dispatch and receipt run on as two sentences, in italics perhaps
# (`*Sent: 26.IX.1962, 23:40. Received in Moscow: 27.IX.1962, 06:15.*`): a line for each
_SENT_THEN_RECEIVED = re.compile(r"^[*_]?(?:Sent|Dispatched|Despatched):\s?\d[^*_]{3,40}?(?<=\d)\."
                                 r"\s++(?=Received\b[^:]{0,20}+:\s?\d[^*_]{3,40}+[*_]?$)")
# (invent16) a box drawn round a card's or a form's fields in ASCII (`+-----+-----+`) or in
# box-drawing characters (`├─────┼─────┤`): a rule, as `---` is
BOX_RULE = r"\+[-=+]{3,}|[─━═│┃║┌┐└┘├┤┬┴┼╔╗╚╝╠╣╦╩╬╭╮╯╰]{3,}"
# (invent16) one cell framed by a box's sides (an index card's wrapped text drawn in ASCII or
# box-drawing characters): its text, one line of a paragraph the frame wraps
_FRAMED = re.compile(r"^\s*+[|│║]\s(?P<inner>[^|│║]*+)[|│║]\s*+$")
# (ocr34) a reading room's attachment table (`Attachment | Size |`, `![]() | 273.54 KB |`):
# kept whole, so the page-furniture table's `reading-room-attachment` row drops it
_ATTACHMENT_ROW = re.compile(r"^\s*+(?:Attachment|!\[\]\(\)|[\w-]{1,80}+\.pdf)?\s*+\|\s*+"
                             r"(?:Size|[\d.,]{1,9}+\s++[KM]B)\s*+\|?\s*+$")

# (print61) a site's foot row of links parted by pipes (`Royal Irish Academy | Privacy |
# Contact`, `Home | Accessibility | Cookies`): kept whole, so the page-furniture table's
# `site-links` row drops it; never a table of names
_SITE_LINKS = re.compile(r"^\s*+(?=[^|]{1,40}+(?:\|[^|]{1,40}+){1,8}$)(?=.*?(?i:\bprivacy\b|"
                         r"\bcookies\b|\baccessibility\b|\bsitemap\b|\bterms\s++of\s++use\b))")

# (print61) the confidential print's running head or foot: the page number, the country's
# head in capitals, the print's job number in brackets and the sheet's signature, set apart
# (`[14321]          B 2`, `12        PERSIA.        [9876]`): kept whole, so the
# page-furniture table's `print-running-head` row drops it
_PRINT_HEAD = re.compile(r"^(?:\d{1,4}\s)?(?:[A-Z][A-Z'’.,-]*+(?:\s[A-Z][A-Z'’.,-]*+){0,4}\s)?"
                         r"\[\d{3,6}\](?:\s[A-Za-z]{1,2}(?:\s?\d{1,2})?)?(?:\s\d{1,4})?$")
# (cables65) a State cable printout's page header as a PDF's text sets it, its page apart from
# the post and number (`PAGE 02        BELGRA 04711 02 OF 02 261503Z`): kept whole, so the
# `printout-page` and `page-stamps` tables read it
_PRINTOUT_PAGE = re.compile(r"^PAGE\s\d{2,3}\s[A-Z]{2,8}(?:\s[A-Z]{1,8})?\s\d{5,6}"
                            r"(?:\s(?:\d{2}\sOF\s\d{2}\s)?\d{6}\s?Z)?$")
# (cables65) a presidential library's stamp line whose reviewer's initials, written in by
# hand, the text leaves blank (`BY       NARA DATE 5/14/12`): kept whole, a declassification line
_REVIEWER_BLANK = re.compile(r"^BY\sNARA,?\s(?i:date)\s\d{1,2}/\d{1,2}/\d{2,4}$")


# (wcda65) a web page printed to PDF by the browser and read back in its layout: the running
# head's date and time set apart from the page's title (`11/20/24, 3:14 PM      Telegram ...
# | Wilson Center Digital Archive`), the foot's address from the page's number (`https://...
# 1/2`; Firefox's `1 of 2      11/20/24, 3:14 PM`): one line, so the page-furniture table's
# `browser-print` row drops it; (wcda68) Safari's head, the title and the site's name before the
# date and time (`Telegram ... | Wilson Center Digital Archive      22/03/2024, 14:07`), and
# Firefox's, the title before the page's address
_GAP = r"(?:\t|\s{3})\s*+"  # (frus67) or a tab: a PDF viewer's copy parts the cells by one
_STAMP = r"\d{1,2}/\d{1,2}/\d{2,4},\s"  # the print's date
_CLOCK = r"\d{1,2}:\d{2}(?:\s?[AP]M)?"
_BROWSER_PRINT = re.compile(rf"^\s*+(?:{_STAMP}{_CLOCK}{_GAP}\S"
                            rf"|(?:https?|file)://\S++{_GAP}(?:\d{{1,3}}/\d{{1,3}}|Page\s\d{{1,3}}\sof"
                            rf"\s\d{{1,3}})\s*+$|\d{{1,3}}\sof\s\d{{1,3}}{_GAP}{_STAMP}"
                            rf"|[^\s|][^|\t]{{0,300}}?\s[|–—-]\s[^|\t]{{1,80}}?{_GAP}"
                            rf"(?:{_STAMP}{_CLOCK}|https?://\S++)\s*+$)")


# (cables66) a record's field whose value lists its terms parted by pipes (PlusD's `TAGS:<TAB>PFOR
# - Foreign Policy and Relations | GR - Greece`, `Concepts:<TAB>...`): one `Label: value` line,
# its pipes no table's (no label among the terms: `From: X | To: Y` is a row of cells)
_LABELLED_LIST = re.compile(r"^(?P<label>[A-Z][A-Za-z]*+(?: [A-Z][A-Za-z]*+){0,2}:)[ \t]++"
                            r"(?P<value>[^\t|:]++(?:\|[^\t|:]++)+)$")


# (repost97) a wiki's navigation table flattened by the copy, its cells the site's own words
# (wikirouge.net's Semantic MediaWiki bar: `Category | Template | Form |`, `Text | Text | Text |`,
# `BrowseTexts | BrowseTexts |`): kept whole, so the page-furniture table's `wiki-navigation`
# row drops it; never a table of the document's
_WIKI_NAV = re.compile(r"^\s*+(?:(?:Category|Template|Form|Text|Author|Collection|Keywords|Subpage"
                       r"|Browse[A-Z][a-z]{3,12}+)\s\|\s*+){2,4}$")
# (repost97) a wiki's infobox row flattened the same way, a field's label and its value with a
# pipe after each and none before (`Author(s) | Leon Trotsky |`, `Written | 24 March 1930 |`):
# one `Label: value` line, read as a labelled page field
_INFOBOX_ROW = re.compile(r"^(?P<label>[A-Z][a-z]{2,20}+(?:\(s\))?)\s\|\s(?P<value>[^|]{1,120}?)"
                          r"\s\|$")


# (letters79) a news site's byline under a reprinted document's headline, the post's date and
# its count of comments parted by pipes (`31 octubre 2012 | 14 comentarios |`): kept whole, so
# the page-furniture table drops it (the post's date is no date of the document)
_BYLINE = re.compile(r"^\s*+[^|]{6,30}+\|\s*+\d{1,5}+\s++(?i:comentarios?|comments?|commentaires?"
                     r"|Kommentare?)\s*+\|?\s*+$")


def _kept_whole(raw: str) -> bool:
    """A browser's print head or foot, a printout's page header, a stamp line with its
    reviewer's initials left blank or a periodical's running head with its issue set apart:
    one line, its gaps no columns."""
    return bool(_BROWSER_PRINT.match(raw) or (raw.lstrip()[:5] in ("PAGE ", "BY   ") and (
        _PRINTOUT_PAGE.match(flat := " ".join(raw.split())) or _REVIEWER_BLANK.match(flat)))
        or ("No." in raw and _PERIODICAL_HEAD.match(raw)))


# (letters80) a weekly's running head, its issue's number and date set apart from its name
# (`PEKING REVIEW        No. 38, September 22, 1959`): one line, for the `page-furniture`
# table's row to drop it whole
_PERIODICAL_HEAD = re.compile(
    r"^\s*+(?:\d{1,4}\s++)?(?:[A-Z][A-Z'’.&-]*+\s){1,6}?(?:REVIEW|WEEKLY|BULLETIN|JOURNAL|"
    r"QUARTERLY|GAZETTE|DIGEST|MONTHLY|SURVEY)\s{2,}+(?:Vol\.\s?[IVXLC\d]{1,8},\s++)?"
    r"No\.\s?\d{1,5}(?:[/–-]\d{1,4})?,\s++[\w ,.]{6,24}?\d{4}(?:\s++\d{1,4})?\s*+$")


# (ocr66) the distribution grid at the foot of a CIA information report of the 1950s, its
# boxes read as pipes (`STATE | X | NAVY | X | NSRB |   | DISTRIBUTION |   |`): one line
_AGENCIES = r"(?:STATE|ARMY|NAVY|AIR|FBI|NSRB|AEC|OSI|CIC|DISTRIBUTION|EV|X|#)"
_AGENCY_GRID = re.compile(rf"^\s*+(?:{_AGENCIES}?\s*+\|\s*+){{4,}}{_AGENCIES}?\s*+$")


# (ocr67) the blank a decrypt's or a scan's typist left in brackets for a garbled passage
# (`will [                    ] at once`): an omission, its spaces no gap between columns
_BLANK_BRACKET = re.compile(r"\[[ \t]{2,}\]")


def cells(raw: str) -> list[str]:
    """A line set in two columns (a wide gap) or as a table row (pipes) gives several."""
    raw = _BLANK_BRACKET.sub("[ ]", raw) if "[ " in raw else raw
    if "|" in raw and _AGENCY_GRID.match(raw):
        return [" ".join(raw.replace("|", " ").split())]
    framed = _FRAMED.match(raw)
    if framed:
        return [framed.group("inner").strip()]  # `| Rumor among diplomatic colleagues |`
    if _ATTACHMENT_ROW.match(raw) or ("|" in raw and (
            _SITE_LINKS.match(raw) or _BYLINE.match(raw))) or (
            "[" in raw and _PRINT_HEAD.match(" ".join(raw.split()))) or _kept_whole(raw):
        return [" ".join(raw.split())]
    if (listed := _LABELLED_LIST.match(raw.strip())) is not None:
        return [f"{listed['label']} {' '.join(listed['value'].split())}"]
    if "Received" in raw and (run := _SENT_THEN_RECEIVED.match(raw.strip())):
        text = raw.strip()
        return [part.strip("*_") for part in (text[:run.end()], text[run.end():])]
    if "  " in raw and _DISPATCH_RECEIPT.search(raw):
        return [" ".join(cell.split()) for cell in _DISPATCH_RECEIPT.split(raw)]
    if "|" in raw and _WIKI_NAV.match(raw):
        return [" ".join(raw.split())]
    if "|" in raw and (row := _INFOBOX_ROW.match(raw.strip())):
        return [f"{row['label']}: {row['value']}"]
    if _LABELLED_CELLS.match(raw):
        return [cell.strip() for cell in raw.split(" | ")]
    if raw.count("|") >= 2 or raw.strip().startswith("|"):
        parts = _PIPES.split(raw)
        filled = [cell.strip() for cell in parts if cell.strip()]
        label = filled[0].strip("*_") if filled else ""  # (repost79) `| **DATE** | ... |`
        label = label[:-1] if label.endswith(":") else label  # (cables91) `| Created: | ... |`
        if raw.lstrip().startswith("|") and len(filled) == 2 and _ROW_LABEL.match(label):
            return [f"{label}: {filled[1]}"]  # `| From | Hungarian Legation |`
        return parts
    if "     " not in raw and "\t" not in raw and "\u00a0" not in raw:
        return [raw]
    pair = _TAB_PAIR.match(raw) if "     " not in raw else None
    if pair and pair["left"].strip() and pair["right"].strip() \
            and len(pair["left"].split()) <= _TAB_CELL_WORDS:  # not a sentence's tab
        return _label_with_value([pair["left"].strip(), pair["right"].strip()])
    return _label_value_pairs(raw) or _label_with_value(_colon_padded(
        _clock_joined(_COLUMNS.split(raw))))


# (ocr67) a clock padded out to a column of its own beside the date it belongs to, in a
# scan's form (`Ankunft:   25. August 1939        22.45 Uhr`): one cell with the date
_CLOCK_CELL = re.compile(r"^\d{1,2}[.:]\d{2}\s*+(?:Uhr|uur|h|hrs?\.?|Std\.)?$")
_DATE_END = re.compile(r"\b(?:1[89]|20)\d\d\.?$")


def _clock_joined(cells: list[str]) -> list[str]:
    """`cells` with a cell of a clock alone joined to a cell before it that ends in a year."""
    out: list[str] = []
    for cell in cells:
        if out and _CLOCK_CELL.match(cell.strip()) and _DATE_END.search(out[-1].strip()):
            out[-1] = f"{out[-1].rstrip()} {cell.strip()}"
        else:
            out.append(cell)
    return out


# (wc41) a form's label padded out to its colon (`To       :  Minister of Foreign Affairs`):
# the colon opens the next cell; an empty label after a narrower gap ends the row
_LABEL_WORDS = re.compile(r"^[^\W\d][\w.'/-]*+(?: [\w.'/()-]++){0,2}$")
_EMPTY_LABEL = re.compile(r"^[^\W\d][\w.'/-]*+(?: [\w.'/()-]++){0,2}\s*+:$")


def _colon_padded(cells: list[str]) -> list[str]:
    """Cells of a South Korean telegram form's row whose label is padded out to its colon
    (`To       :  Minister of Foreign Affairs    CC (copy) :`): the label and its value as
    one cell (`To: Minister of Foreign Affairs`), an empty label after it a cell apart."""
    out: list[str] = []
    for cell in cells:
        if out and cell.startswith(":") and _LABEL_WORDS.match(out[-1].strip()):
            head, gap, tail = f"{out[-1].strip()}{cell.rstrip()}".rpartition("   ")
            apart = bool(gap) and _EMPTY_LABEL.fullmatch(tail.strip()) is not None
            out[-1:] = [head.rstrip(), tail.strip()] if apart else [head + gap + tail]
        else:
            out.append(cell)
    return out


def _label_value_pairs(raw: str) -> list[str]:
    """`From:<TAB>Beijing<TAB>Sent:<TAB>3.9.1958 23.10`: a form's row of labels each followed
    by its value, cells parted by single tabs, gives one `Label: value` line per pair; []
    when the row is not one."""
    cells = [cell.strip() for cell in raw.split("\t") if cell.strip()]
    labels = cells[::2]
    if len(cells) < 4 or len(cells) % 2 or not all(_PADDED_LABEL.match(c) for c in labels):
        return []
    return [f"{label} {value}" for label, value in zip(labels, cells[1::2], strict=True)]


def _label_with_value(cells: list[str]) -> list[str]:
    """`TO:      HAMMARSKJOLD, UNATIONS NEW YORK`: a label padded out to a column is one
    cell with the value after it, not a column of its own (also before a third column:
    `ACQ:    CZECHOSLOVAKIA, PRAGUE    FIELD NO. PRA-1147`); so is a point's number padded
    out to its text (`2.      Martin asked ...`; not a document's number beside its file:
    `312.      DEA/50372-40`), a number label padded out to its digits (`NO.   447`), a
    print's registry number beside its own number (`EP 1015/12    No. 23`), a release's
    serial beside its date of issue (`3/NBF/T986    12 June 1953`), an edition's
    telegram number set left of its dateline (`T. 4387/P.R.   Berlino, ...`), an
    information report's label without a colon (`COUNTRY      Iran`) and a form's date
    field with its clock time in a third column (an Australian cablegram's `DATED:   29th
    April, 1965      1715`)."""
    if len(cells) == 2 and _PADDED_LABEL.match(cells[0]):
        return [f"{cells[0].strip()} {cells[1].strip()}"]
    if len(cells) in (2, 3) and _LABEL_START.match(cells[0]) and _DATED.search(cells[-2]) \
            and clock_hour(cells[-1]):  # (cw67) `REC'D:   29th April, 1965      2140`
        return [" ".join(" ".join(cell.split()) for cell in cells)]
    if len(cells) > 2 and _PADDED_LABEL.match(cells[0]) and not _LABEL_START.match(cells[1]):
        return [f"{cells[0].strip()} {cells[1].strip()}", *cells[2:]]  # `ACQ:  X  FIELD NO. Y`
    if len(cells) >= 2 and _PADDED_NUMBER_LABEL.match(cells[0]) and _NUMBER_VALUE.match(cells[1]):
        return [f"{cells[0].strip()} {cells[1].strip()}", *cells[2:]]  # `NO.    447    SECRET`
    if len(cells) >= 2 and _PADDED_NUMBER.match(cells[0]) and len(cells[1].split()) > 1:
        return [f"{cells[0].strip()} {cells[1].strip()}", *cells[2:]]
    if len(cells) == 2 and _REGISTRY_CELL.match(cells[0].strip()) and _PRINT_NUMBER.match(
            cells[1].strip()):
        return [f"{cells[0].strip()} {cells[1].strip()}"]  # `EP 1015/12     No. 23`
    if len(cells) == 2 and _RELEASE_SERIAL.match(cells[0].strip()) and _ISSUE_DATE.match(
            cells[1].strip()):
        return [f"{cells[0].strip()} {cells[1].strip()}"]  # `3/NBF/T986    12 June 1953`
    if len(cells) == 2 and _EDITION_TELEGRAM.match(cells[0]) and cells[1][:1].isupper():
        return [f"{cells[0].strip()} {cells[1].strip()}"]  # `T. 4387/P.R.    Berlino, ...`
    if len(cells) >= 2 and _REPORT_LABEL.match(cells[0]) and cells[1].strip():
        return [f"{cells[0].strip()} {cells[1].strip()}", *cells[2:]]  # `COUNTRY    Iran`
    if len(cells) == 2 and _FORM_NAME.match(cells[0]) and _SERIES_NUMBER.match(cells[1]):
        return [f"{cells[0].strip()} {cells[1].strip()}"]  # `TELEGRAM        WA-1234`
    if len(cells) == 2 and _DECRYPT_GRADE.match(cells[0]) and _DECRYPT_SERIAL.match(cells[1]):
        return [f"{cells[0].strip()} {cells[1].strip()}"]  # `MOST SECRET.     No. 094512`
    return cells


# (misses31) Cablegate's reference table copied without its tabs (an archive snapshot of
# the page): its header row of labels parted by single spaces over the row of values
_CABLE_LABELS = ("Reference ID", "Created", "Released", "Classification", "Origin")
_CABLE_VALUES = re.compile(
    r"^\s*+(\d{2}[A-Z][A-Z-]{1,30}+\d{1,6})\s++(\d{4}-\d{2}-\d{2}\s\d{2}:\d{2})\s++"
    r"(\d{4}-\d{2}-\d{2}\s\d{2}:\d{2})\s++((?:UNCLASSIFIED|CONFIDENTIAL|SECRET)"
    r"(?://(?:NOFORN|FOR OFFICIAL USE ONLY|ORCON))?)\s++(\S.{1,80}?)\s*+$")


def _cable_table(header: str, values: str) -> tuple[list[str], list[str]] | None:
    """Cablegate's reference table whose cells are parted by spaces: the labels and values
    as a tab-separated table would give them, else None."""
    found = _CABLE_VALUES.match(values)
    if header.split() != " ".join(_CABLE_LABELS).split() or not found:
        return None
    return [*_CABLE_LABELS], [*found.groups()]


# (cables57) a record page's two-column table copied with its columns' names (NARA AAD's
# `Field Name<TAB>Value` over `Draft Date<TAB>11 MAR 1977`, `Image Path` with no value);
# (cables71) AAD's full display has a third column, the coded value's meaning
# (`Field Name<TAB>Field Value<TAB>Meaning` over `Handling Restrictions<TAB>LIMDIS<TAB>LIMITED
# DISTRIBUTION ONLY`), labels such as `Litigation Code IDs`, and rows whose label an
# earlier pass has already given its colon (`Channel Indicators: n/a<TAB>n/a`)
_FIELD_VALUE_HEADER = re.compile(r"^(?i:field|label|key|attribute|property)(?: (?i:name))?	"
                                 r"(?:(?i:field) )?(?i:value|content|data)"
                                 r"(?:	(?i:meaning|description|decoded|explanation))?$")
_FIELD_ROW = re.compile(r"^(?P<label>[A-Za-z][\w/.()-]*+(?: [\w/.()-]++){0,3})"
                        r"(?:(?::[ \t]*+|\t++)(?P<value>[^\t]++)(?:\t++(?P<meaning>[^\t]++))?)?$")
_EMPTY_FIELD = re.compile(r"^[A-Z](?:[a-z]++|[A-Z]{0,2}s)(?: [A-Z](?:[a-z]++|[A-Z]{0,2}s)){0,3}$")


def _field_line(label: str, value: str | None, meaning: str | None) -> str:
    """A field row as a `Label: value` line; the value's meaning follows it as PlusD gives
    it (`LIMDIS - LIMITED DISTRIBUTION ONLY`), kept where it repeats the value (the page's
    words)."""
    value = (value or "").strip()
    meaning = (meaning or "").strip()
    if meaning:
        value = f"{value} - {meaning}"
    return f"{label}: {value}".rstrip()


def _field_rows(raws: list[str]) -> list[str]:
    """The rows under a `Field Name<TAB>Value` header as `Label: value` lines (a label alone,
    in title case, an empty field `Label:`), the header as `Field Name Value` (page
    furniture), as far as the first row that is neither or the `Message Text` row with the
    text's first line beside its label (left for `cells` to part)."""
    out = list(raws)
    for i, raw in enumerate(raws):
        if not _FIELD_VALUE_HEADER.match(raw.strip()):
            continue
        out[i] = raw.strip().replace("\t", " ")
        for k in range(i + 1, len(raws)):
            row = _FIELD_ROW.match(raws[k].strip())
            if row is None or (row["value"] is None and not _EMPTY_FIELD.match(row["label"])):
                break
            if row["label"] == "Message Text" and row["value"]:
                break  # (cables66) the text's first line in the label's row: cells() parts them
            out[k] = _field_line(row["label"], row["value"], row["meaning"])
        else:
            continue
        # (cables71) the record's rows under its text (AAD lists its fields around `Message
        # Text` in their order): a row of cells parted by tabs is a field's, a text has none
        for j in range(k + 1, len(raws)):
            row = _FIELD_ROW.match(raws[j].strip()) if "\t" in raws[j] else None
            if row and row["value"] and row["label"] != "Message Text":
                out[j] = _field_line(row["label"], row["value"], row["meaning"])
    return out


def tables(raws: list[str]) -> list[str]:
    """A tab-separated header row of labels over a row of as many values (a record table
    of a web page) becomes `Label: value` lines, one per cell, on the values' line; so do
    the rows of a two-column field table under its columns' names (`_field_rows`)."""
    raws = _field_rows(raws)
    out = list(raws)
    for i in range(len(raws) - 1):
        labels, values = _cable_table(raws[i], raws[i + 1]) or (
            raws[i].strip().split("\t"), raws[i + 1].strip().split("\t"))
        if (len(labels) >= 3 and len(labels) == len(values) and ":" not in raws[i]
                and all(cell.strip() and len(cell.split()) <= 4 for cell in labels)):
            out[i] = ""
            out[i + 1] = "\t\t\t\t\t".join(f"{label.strip()}: {value.strip()}"
                                         for label, value in zip(labels, values, strict=True))
    return out
