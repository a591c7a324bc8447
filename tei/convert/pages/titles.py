"""What makes a page's line its title: a line naming the document's form and parties, in
the page's head, over or under its date line, or quoted by its citation (`is_title`)."""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.pages.address_title import addressed
from tei.convert.pages.posted_parties import posted_parties
from tei.convert.pages.summary import PROSE_END
from tei.convert.pages.surname_heading import surnames_heading
from tei.convert.parties import title_parties
from tei.convert.read import Line
from tei.convert.rewrap import WITHHELD_MARK
from tei.convert.segment import bare, doc_type_in, heading_groups, heading_kind, label_of

# `Cable from X, "Name"`, `Cable from X, ‘Gomułka’s Speech’` (an apostrophe inside single quotes)
_QUOTED_NAME = re.compile(r",\s+(?:[\"“][^\"“”]{3,200}[\"”]|‘[^‘]{3,200}’)$")
# (wc13) the closing quote may be doubled (`..., 6 November 1972''`, the publisher's slip)
# a database series' line, its name and the span of its records' dates (NARA AAD: `Electronic
# Telegrams, 1/1/1975 - 12/31/1975`; (lead36) the DNSA's `..., 1969-1977`): no title
_SERIES_SPAN = re.compile(r",\s++(?:created\s++)?(?:\d{1,2}/\d{1,2}/\d{4}\s?[-–]\s?"
                          r"\d{1,2}/\d{1,2}/\d{4}\b|(?:1[89]|20)\d{2}\s?[-–]\s?(?:1[89]|20)\d{2}$)")
_QUOTED_TITLE = re.compile(r",\s+['‘\"“][^'‘’\"“”]{3,200}['’\"”]{1,2}$")
_CONVERSING = re.compile(  # (wcda64) or a body's meeting (`Minutes of the Meeting of the ...`;
    # frus75: the daily meetings, `Minutes of the Daily Meetings of the Commissioners ...`)
    # (bloc79) the party's office after the article (`... with the Ambassador of the USSR`)
    r"\s(?:(?:(?i:between|with)(?:\s++the)?|mit(?:\sd\w\w)?(?:\s[a-zäöü]+)?)\s++"
    r"|(?i:meetings?|sessions?)\s++of\s++(?:the\s++)?)[A-ZÄÖÜ]")
# a journal's entry the archive titles after its keeper (`From the Journal of Ambassador
# Pavel Yudin: Record of Conversation with Mao Zedong on 8 March 1955`; wc29: after a comma,
# `From the Diary of A. I. Alekseyev, Record of a Conversation with ...`)
_KEPT_ENTRY = re.compile(
    r"^(?i:from\s++the\s++(?:diary|journal)\s++of)\s[^:,]{3,80}+[:,]\s++(?P<entry>\S.*)$")


def _closed_by_day(entry: str, ctx: Context) -> bool:
    """(memcon75) Whether a journal's entry titled after its keeper closes with the
    conversation's day after a comma, as an edition's title does (a Bulletin's `DOCUMENT No.
    6` / `From the Journal of S. V. Chervonenko, Record of Conversation with Deng Xiaoping,
    28 May 1960`), not the journal's own heading line (`From the journal of`)."""
    head, comma, tail = entry.rpartition(",")
    return bool(comma and head) and ctx.res.dates.whole(tail) is not None


# a title quoting the document's own title (`Report from X, 'Information from ...'`)
_CLOSING_QUOTES = ("'", "’", '"', "”")
# a speaker's sentence that introduces what follows (Hansard: `I have to inform the House that
# ... a telegram ... which I should like to read to the House:—`): no title (other29)
_INTRODUCING = re.compile(r"^(?:I|We)\s++[a-z]|:\s*+[—–-]?$")
_POINT = re.compile(r"^\d{1,2}\.\s")  # `1. AT LUNCH ...`: a cable's first numbered paragraph
_RECORD_TITLE_WORDS = 40
_FRENCH_TO = re.compile(r",\s(?:à|au)\s")  # the French heading's `to` (English ones have rows)
_AGAIN_REACH, _AGAIN_WORDS = 4, 12  # a page's title said again under it: how near, how long
# (other37) a party of a printed edition's heading closed by its stop: an honorific, the name and
# the office after a comma (`M. de Freycinet, Ministre des Affaires étrangères, à M. de
# Saint-Vallier, Ambassadeur de France à Berlin.`: the Documents diplomatiques français)
_STYLED_PARTY = re.compile(r"^(?:M\.|MM\.|Mr\.|Sir|Lord|Count|Comte|Baron|Herr|Graf|Signor|Conte"
                           r"|Señor|Don)\s++[^,]{2,60}+(?:,\s++[A-Z][^,]{2,120}+){1,2}\.?$")
_CITED_REACH = 14  # how far down the page's head its citation is looked for
_NO_WORD = re.compile(r"^[^\w]*+$")  # a page's stray rule or cell bar over its heading (`|`)
_CYRILLIC = re.compile(r"^[А-ЯЁ][а-яё]")  # a heading opening on a Cyrillic word in sentence case


def series_span(text: str) -> bool:
    """Whether `text` ends with a database series' span of dates (`..., 1969-1977`)."""
    return _SERIES_SPAN.search(text) is not None


def title_over_date(lines: list[Line], i: int, ctx: Context) -> bool:
    """A title naming the document's form and a party (`Cable from the Chinese Embassy in
    North Korea`) over the page's date line: the page's title, as under it."""
    line = lines[i]
    # (wcda69) a journal's entry titled after its keeper (`From the Diary of P. K. X, Record
    # of a Conversation with Y`) over the date line, as the phone layout sets it: the entry's
    # form names the title, though the line alone reads as a heading's provenance line
    kept = _KEPT_ENTRY.match(line.text)
    text = kept.group("entry") if kept and doc_type_in(kept.group("entry"), ctx, at_start=True) \
        else line.text
    if i + 1 >= len(lines) or not ctx.res.dates.whole(lines[i + 1].text) \
            or doc_type_in(text, ctx, at_start=True) is None or PROSE_END.search(line.text) \
            or (text is line.text and heading_kind(bare(line.text), ctx) is not None):
        return False  # (a related document's summary over the date line is a sentence)
    parties = title_parties(line.text, ctx)
    named = bool(parties and any(parties))
    return (named or _cased_form_heading(lines, i)) and is_title(line, ctx, True, lines, i)


def _cased_form_heading(lines: list[Line], i: int) -> bool:
    """A translated edition's heading in capitals as the page's first line, its parties
    inflected rather than joined by `to` (other31, the Russian volumes' `ТЕЛЕГРАММА МИНИСТРА
    ... Э.ЭПШТЕЙНУ` over `20 июня 1948 г.`), or in Cyrillic sentence case (other39, `Запись
    беседы министра иностранных дел ЧСР с посланником ...`), or (lead34) naming its
    author's office after `of` or `by` (`Information note of the International Department of
    the CC CPSU on ...`), under no line but a page's stray cell rule (`|`): the page's title."""
    text = lines[i].text
    first = all(_NO_WORD.match(lines[k].text) for k in range(i))
    return first and (bool(_AUTHORED.match(text)) or (len(text.split()) >= 4 and (
        text.isupper() or bool(_CYRILLIC.match(text)))))


# (lead34) the form, then its author's office after `of` or `by`
_AUTHORED = re.compile(r"^\S++(?:\s\S++){0,2}?\s(?:of|by)\s++(?:the\s++)?[A-Z]")


def authored_form(text: str, ctx: Context) -> bool:
    """(bloc79) An edition's heading naming its author's office after `of` or `by` and the
    form further on (`Note by the Director of Department I of the MFA on a conversation with
    the Soviet Ambassador`): the form is told though the heading does not open with it."""
    return bool(_AUTHORED.match(text)) and doc_type_in(text, ctx) is not None


def title_over_funder(lines: list[Line], i: int, funder_line: int, ctx: Context) -> bool:
    """A page copied from its title down (no date line above): its first line, naming the
    document's form, right above the page's funding line (`Cable from the Chinese Embassy
    in North Korea`, `Brazilian Embassy Cable, ...` / `This document was made possible with
    support from ...`)."""
    line = lines[i]
    return i == 0 and line.no < funder_line and (len(lines) == 1 or lines[1].no > funder_line) \
        and doc_type_in(line.text, ctx) is not None \
        and (not PROSE_END.search(line.text) or line.text.endswith(_CLOSING_QUOTES)) \
        and heading_kind(bare(line.text), ctx) is None and is_title(line, ctx, True, lines, i)


def names_form_or_parties(line: Line, ctx: Context) -> bool:
    """A title naming the document's form or its parties (`... from X to Y`)."""
    parties = title_parties(line.text, ctx)
    return doc_type_in(line.text, ctx) is not None or bool(parties and all(parties))


def handled_message(text: str, ctx: Context) -> bool:
    """A correspondence edition's heading in its handling words, its form unsaid or said
    (`PERSONAL AND SECRET FROM PREMIER J. V. STALIN TO THE PRESIDENT, MR. F. D. ROOSEVELT`,
    `Most secret and personal message from the Prime Minister to Marshal Stalin`): the
    handling words (table `form-qualifiers`), `from` and both parties."""
    words = text.casefold().split()
    qualifiers = {word for label in ctx.res.patterns.words("form-qualifiers")
                  for word in label.split()}
    handled = 0
    while handled < len(words) and (words[handled] in qualifiers or (
            handled and words[handled] == "and")):
        handled += 1
    if not handled or words[handled - 1] == "and" or len(words) > _HANDLED_WORDS:
        return False
    rest = words[handled + (handled < len(words) and words[handled] == "message"):]
    if not rest or rest[0] != "from":
        return False  # not a cable's handling line (`PERSONAL FOR GENERAL X FROM ADMIRAL Y`)
    split = title_parties(text, ctx)
    return bool(split and split[0] and split[1]) and any(_party_like(part, ctx) for part in split)


_HANDLED_WORDS = 30


def _capital_title(text: str, ctx: Context) -> bool:
    """`REPORT, EMBASSY OF HUNGARY IN NORTH KOREA TO ...` under the page's date: an older
    layout's title set in capitals, opened by a document type (not a letterhead)."""
    return (text.isupper() and len(text.split()) >= 4
            and doc_type_in(text, ctx, at_start=True) is not None)


def _cited_below(lines: list[Line], i: int, ctx: Context) -> bool:
    """Whether line `i`, in capitals, is the title the page's citation quotes further down
    its head (the older layout: `HUNGARIAN EMBASSY IN PAKISTAN, CIPHERED TELEGRAM, ...
    SUBJECT: ...` over `"Hungarian Embassy in Pakistan, ... Subject: ...," September 08,
    1980, ...`)."""
    text = lines[i].text
    if not text.isupper():
        return False
    cited = citation_title(lines[i + 1:i + _CITED_REACH], ctx)
    return cited is not None and same_words(cited.text, text)


def same_words(cited: str, title: str) -> bool:
    """Whether a citation's quoted title and a title line are the same words, case and the
    citation's closing comma aside."""
    return cited.casefold().strip(" ,.") == title.casefold().strip(" ,.")


def citation_title(lines: list[Line], ctx: Context, part: str = "title") -> Line | None:
    """The quoted title (or another `part`, its `date`) of the archive's citation, for a
    page with no title line of its own (the older layout: `"Report, Embassy of Hungary
    ...," March 14, 1967, ...`)."""
    rows = [row for row in ctx.res.patterns.regexes.get("citation", ()) if row.name == "citation"]
    for line in lines:
        found = next((m for row in rows if (m := row.regex.search(line.text))), None)
        if found:
            return Line(line.no, found.group(part).strip())
    return None


def names_a_document(line: Line, ctx: Context) -> bool:
    """A catalogue's description that is the document's title (`Despatch No. 112 from Sir
    William Hayter, Moscow: ...`): one short line opening with a document type."""
    return len(line.text.split()) <= 40 and doc_type_in(line.text, ctx, at_start=True) is not None


# (lang50) the rest of a Japanese copy's sending or receipt line after its day (`後發　伯林` of
# `昭和十六年四月四日後發　伯林`): the hour and `発`/`着`, no title under a date
_ROUND_NOTE = re.compile(r"^\s*+\([^()]{3,160}+\)\.?\s*+$")
_SENDING_REST = re.compile(r"^(?:午前|午後|前|後)?\s*+(?:[\d〇一二三四五六七八九十]{1,3}\s*+時"
                           r"(?:\s*+[\d〇一二三四五六七八九十]{1,3}\s*+分)?\s*+)?[発發着]")


def is_title(line: Line, ctx: Context, after_date: bool, lines: list[Line] | None = None,
              i: int = 0) -> bool:
    """Whether `line` (line `i` of the page's `lines`) is the page's title: under the date
    line (`after_date`) any short line that is no form's heading, label or salutation;
    elsewhere a line naming the document's form and parties, or over labelled fields."""
    text = line.text
    if _SERIES_SPAN.search(text) or _SENDING_REST.match(text) or _ROUND_NOTE.match(text):
        return False  # (lead83) nor a note in round brackets: `(Due to arrive Canberra 6.4.29)`
    patterns = ctx.res.patterns
    following = label_of(lines[i + 1].text, ctx) if lines and i + 1 < len(lines) else None
    followed_by_fields = bool(following) and following[1] != "title"
    if after_date and _QUOTED_TITLE.search(text):
        return True  # `From the Journal of N.G. X, 'Record of a Conversation ...'`
    kept = _KEPT_ENTRY.match(text)
    if kept and (after_date or _closed_by_day(kept.group("entry"), ctx)) and doc_type_in(
            kept.group("entry"), ctx, at_start=True) is not None:
        return True  # (memcon75) or closed by the conversation's day, under no date line
    if handled_message(text, ctx):
        return True  # `PERSONAL AND SECRET FROM PREMIER J. V. STALIN TO THE PRESIDENT, ...`
    if (after_date or followed_by_fields) and _capital_title(text, ctx):
        return True  # the older layout's title in capitals, over its date or its fields
    if after_date and lines and _cited_below(lines, i, ctx):
        return True  # the same, opened by its sender and holding a `SUBJECT:`
    if following and following[1] == "document-type" and _record_title(text):
        return True  # a reading room's record title over its fields, even one shaped like
        # a heading line (`UPO TELEGRAM TO CONGRESSIONAL LEADERS`)
    if surnames_heading(text, lines, i, ctx):
        return True  # (dfat71) before the heading rows: `Casey to Menzies` reads as routing
    if after_date and following and following[1] == "citation" and not label_of(text, ctx):
        return True  # (wcda72) the archive's title over its `Citation` even when shaped like
        # a heading line (`Ciphered Telegram from Pyongyang`)
    if i == 0 and lines and len(lines) > 1 and patterns.match("archival-reference", lines[1].text) \
            and doc_type_in(text, ctx, at_start=True) is not None and not label_of(text, ctx):
        return True  # (intel78) a transcription's title naming the form over the archive's
        # reference (`ULTRA Signal KV 6673: ...` / `The National Archives, Kew: DEFE 3/171`)
    heading = patterns.match("heading", bare(text))
    if label_of(text, ctx) or (heading and heading[0] != "dateline") or _cable_point(text, ctx):
        return False
    if ":" in text and heading_groups(text, ctx) is not None:
        return False  # a labelled line of a cable form (`Dispatched from: Washington`)
    if patterns.match("salutation", text) or addressed(text, lines, i, ctx):
        return False
    if _INTRODUCING.search(text):
        return False
    if i == 0 and lines and _title_again(lines, text):
        return True
    if after_date:
        return len(text.split()) <= 40
    if followed_by_fields and _record_title(text):
        return True  # a reading room's record title in capitals (`PRESS DISPATCH ... 11/18/48.`)
    if _styled_heading(text, ctx):
        return True
    opens = i == 0 or (bool(lines) and all(  # under a file's reference or an edition's number
        ctx.res.patterns.match("archival-reference", line.text)
        or ctx.res.patterns.match("edition-document-number", line.text)
        or _BARE_NUMBER.match(line.text.rstrip("."))
        or (k == 0 and ctx.res.patterns.match("archive-name", line.text))  # (lead69) `NATO
        or (k > 0 and _collection_line(line, ctx))  # ARCHIVES ONLINE`: the site's archive alone
        for k, line in enumerate(lines[:i])))
    if opens and i and patterns.match("page-title", text) is not None:
        return True  # (letters80) a title row's line under an edition's number (`№ 118` /
        # `ПИСЬМО Л.И. БРЕЖНЕВА ПРЕЗИДЕНТУ США Р. НИКСОНУ`)
    if opens and _stopped_heading(text, ctx) and not (  # (wc18) a related summary: not it
            lines and i + 1 < len(lines) and ctx.res.dates.whole(lines[i + 1].text)):
        return True
    if followed_by_fields and names_a_document(line, ctx):
        return True  # (lead32) a library's catalogue title over its fields, stop and all
        # (`Telegram, Averell Harriman to Harry S. Truman, April 10, 1945. Naval Aide ...`)
    if PROSE_END.search(text) and not text.endswith(")") and not _HOUR_END.search(text):
        return False
    if followed_by_fields and len(text.split()) <= 20:
        return True
    if text[:1].islower() or len(text.split()) > 40:
        return False
    split = title_parties(text, ctx)
    if split and split[0] and not split[1] and _QUOTED_NAME.search(text):
        return doc_type_in(text, ctx, at_start=True) is not None  # `Cable from X, "Name"`
    if opens and _CONVERSING.search(text) and doc_type_in(text, ctx, at_start=True):
        return True  # `Record of Conversation between Chancellor Adenauer and Ambassador ...`
    if opens and _body_decision(text, ctx):
        return True  # (bloc79) `Decision of the Politburo of the CC of the BCP on ..., 14
        # March 1969` opening an edition's page (its number dropped as furniture)
    if opens and i and _dated_below(lines, i, ctx) \
            and doc_type_in(text, ctx, at_start=True) is not None:
        return True  # (bloc77) an edition's `No. 88` / `Information of the Soviet Embassy in
        # the MPR on the plenum ...` / `12 December 1964`: its heading opens with the form
    if not (split and split[0] and (split[1] or (opens and patterns.match("title-shapes", text)))):
        return False  # (edits61) a declared shape may name the sender alone (`Drahtbericht des`)
    if doc_type_in(text, ctx, at_start=True) is not None:
        return True
    return opens and any(_party_like(part, ctx) for part in split)


def _body_decision(text: str, ctx: Context) -> bool:
    """(bloc79) A heading opening with a body's decision or resolution (table
    `meeting-titles`, a memorandum's row: `Decision of the Politburo of the CC of the BCP`)."""
    found = ctx.res.patterns.match("meeting-titles", text)
    return found is not None and found[0] == "memorandum" and found[1].start() == 0


def _dated_below(lines: list[Line] | None, i: int, ctx: Context) -> bool:
    """Whether the line under line `i` of `lines` is a date alone or (bloc79) a dateline of
    the town and the date (an edition's `No. 91` / `Note by the Director ...` / `Warsaw, 22
    April 1966`)."""
    if not lines or i + 1 >= len(lines):
        return False
    below = lines[i + 1].text
    if ctx.res.dates.whole(below):
        return True
    dateline = ctx.res.patterns.match("heading", bare(below))
    return bool(dateline) and dateline[0] == "dateline" and dateline[1].end() == len(bare(below))


def _collection_line(line: Line, ctx: Context) -> bool:
    """(bloc75) A page's collection or series line under the archive's masthead
    (`English translations series: Romania and the Sino-Soviet Split`)."""
    found = label_of(line.text, ctx)
    return found is not None and found[:2] == ("page-keyword-fields", "collections")


# (series70) a heading closed by its hour, whose stop is the abbreviation's (DBPO: `Record
# of a conversation ... on 7 February 1967 at 11 a.m.`), no sentence's
_HOUR_END = re.compile(r"\s\d{1,2}(?:[.:]\d{2})?\s?[ap]\.\s?m\.$")
# `312.`: a printed volume's document number; (letters79) a Czech or Slovak edition's, after
# `č.` (číslo) or `Dokument č.` (`č. 57`)
NUMBER_ALONE = re.compile(r"^(?:\d{1,4}\.|(?:[Dd]okument\s)?[čČ]\.\s?\d{1,4}\.?)$")
_BARE_NUMBER = re.compile(r"^\d{1,4}$")


def number_over_heading(lines: list[Line], ctx: Context) -> bool:
    """A printed volume's document number without its stop over the document's archival
    reference (British Documents on the End of Empire: `227` over `CO 1055/190, no 12`) or
    (dfat57) over DAFP's heading of surnames (`41` over `SPENDER TO MAKIN`)."""
    return len(lines) > 1 and bool(_BARE_NUMBER.match(lines[0].text)) and (
        ctx.res.patterns.match("archival-reference", lines[1].text) is not None
        or surnames_heading(lines[1].text, lines, 1, ctx))
# (letters44) a sentence's end inside a line (`... Kennedy. Then ...`), not an initial's stop
_SENTENCE_STOP = re.compile(r"[a-z]{3}\.\s")
# the editors' `Form From X to Y` heading (`Message From ...`, docs37a: `Telegram from the ...`)
_FROM_HEADING = re.compile(r"^(?:[A-Z][\w-]*+\s++){1,3}[Ff]rom\s++(?:the\s++)?[A-Z]")
_STOPPED_HEADING_WORDS = 20


def _stopped_heading(text: str, ctx: Context) -> bool:
    """(letters44) The editors' heading opening a page that reposts it with a full stop (`Message
    From Chairmen Khrushchev and Brezhnev to President Kennedy.`): one short sentence, the
    form and `From` opening it, naming both parties, as the same heading without its stop is
    read."""
    if not text.endswith(".") or not _FROM_HEADING.match(text) or _SENTENCE_STOP.search(text) \
            or len(text.split()) > _STOPPED_HEADING_WORDS:
        return posted_parties(text, ctx)  # (repost83) `Sir M. Peterson (Angora) to ... .`
    split = title_parties(text[:-1], ctx)
    return bool(split and split[0] and split[1]) and any(_party_like(part, ctx) for part in split)


def without_heading_stop(line: Line, ctx: Context) -> Line:
    """The title line without the stop a reposted editors' heading ends in (`... to President
    Kennedy.`): the heading's punctuation, not its words."""
    if not _stopped_heading(line.text, ctx):
        return line
    return Line(line.no, line.text[:-1], line.blank_before, line.rule_before, line.bullet)


def _title_again(lines: list[Line], text: str) -> bool:
    """(other37) A page's first line said again as a heading a few lines down, alone or
    closing a line (`Modelo de Despacho oficial.` over `Legación de España en Washington.
    Modelo de Despacho oficial.` and itself: a web page's title and its heading), a few
    words in mixed case: the page's title."""
    key = text.rstrip(".").casefold()
    if text.isupper() or not 1 < len(key.split()) <= _AGAIN_WORDS:
        return False
    return any(line.text.rstrip(".").casefold().endswith(key) for line in lines[1:_AGAIN_REACH])


def _styled_heading(text: str, ctx: Context) -> bool:
    """A printed edition's heading of both parties, each an honorific, a name and an office
    (`M. X, Ministre ..., à M. Y, Ambassadeur ....`), closed by a stop."""
    split = title_parties(text, ctx) if text.endswith(".") and _FRENCH_TO.search(text) else None
    return bool(split) and all(_STYLED_PARTY.match(part.strip()) for part in split)


def _record_title(text: str) -> bool:
    """A reading room's record title: a short line in capitals (CREST's `Document Type`
    field follows it), (ocr36) its mark of a withheld name in mixed case (`MEMORANDUM FOR:
    MR. DULLES FROM(Sanitized)`)."""
    bare_text = WITHHELD_MARK.sub(" ", text)
    return bare_text.isupper() and len(bare_text.split()) <= _RECORD_TITLE_WORDS


def _cable_point(text: str, ctx: Context) -> bool:
    """`1. AT LUNCH APRIL 8 ALONE WITH AMBASSADOR ...`: a cable's numbered paragraph in
    capitals (its page's headers hidden), not a collection's numbered title (`12. TELEGRAM
    FROM ...`)."""
    point = _POINT.match(text)
    return bool(point) and text.isupper() and doc_type_in(
        text[point.end():], ctx, at_start=True) is None


def _party_like(text: str, ctx: Context) -> bool:
    """A title's party, not `Access` in `Access to Archival Databases`: a register name, or
    words opening with a title or an office (`Ambassador X`, `Ministry of ...`)."""
    first = text.split()[0].casefold().rstrip(".,") if text.split() else ""
    patterns = ctx.res.patterns
    return bool(ctx.res.register.find(text)) or first in patterns.words("honorifics") \
        or first in patterns.words("office-words")
