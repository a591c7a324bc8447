"""(repost64) A document quoted whole under a repost's lead-in: a blogger's, list member's,
journalist's or thesis author's own lines (`Here is the text:`, `The text of the cable
follows:`, `... deserves quotation in full.23`, a translator's credit) over the quoted
form's heading, further down than `preamble` reaches or opened by a heading line it does
not take as an opening (a classification, a transmission line `FROM PEKING TO FOREIGN
OFFICE`, a form's name with its kind `Telegram – encrypted`). Read by `pages/generic.py`."""

from __future__ import annotations

import re
from dataclasses import replace

from tei.convert.capitals_heading import heading_match
from tei.convert.context import Context
from tei.convert.inside_address import MAX_LINES, inside_address_end, salutation_head
from tei.convert.pages.summary import POINT, PROSE_END
from tei.convert.read import Line
from tei.convert.segment import doc_type_in, label_of
from tei.convert.zones import Segments

_REACH = 48  # a mail digest's headers and query stand above a member's quoted telegram
_RUN = 3  # heading lines in a row under the lead-in
_PROSE_WORDS = 8  # a line of a short page's quoted document under its heading
_COLON_WORDS = 3
SENTENCE_WORDS = 8
_FORM_WORDS = 4
_SECTION_WORDS = 6
_TITLE_WORDS = 30
_NAME_WORDS = 3
_PLACE_WORDS = 6  # (repost86) a letter's place line over its date
_NOTICE_FIELDS = frozenset({"rights", "credits"})  # (repost81) a page's head's notices
# (repost92) a letter's salutation, not a transcript's speaker (`Comrade Mielke:`)
# (repost94) a head of state's by his office (`Mr. President:`, `ESTEEMED MR. PRESIDENT:`), a
# sovereign's (`Great and Good Friend:`, `Your Majesty,`)
_LETTER_SALUTE = re.compile(r"(?i)^(?:(?:my\s++)?dear|(?:your\s++)?excellency|sir|madam|"
                            r"(?:esteemed\s++|respected\s++)?mr\.?\s++(?:president|prime\s++minister|"
                            r"chairman|(?:general\s++)?secretary)\b|great\s++and\s++good\s++friend|your\s++majesty)\b")
_POST_NUMBER = re.compile(r"^#\d{1,2}$")
# (repost94) a leader's name after `Mr` closed by a comma (`Mr George Bush,`): a transcript's
# speaker has a colon
_NAMED_SALUTE = re.compile(r"^(?:Mr|Mrs|Ms|Mister|Madam)\.?\s++[A-Z][\w'’.-]*+"
                           r"(?:\s++[A-Z][\w'’.-]*+){0,3},$")
# (repost94) the invocation over a Muslim leader's letter (`In the Name of God, the
# Compassionate, the Merciful,`), over its inside address or salutation
INVOCATION = re.compile(r"(?i)^in\s++the\s++name\s++of\s++(?:god|allah)\b[^.:;!?]{0,80}[,.!]?$")
# a forum poster's, mail's or post's sign-off over the writer's name (repost66)
# (repost69, after the held score) a list member's `With thanks,`, `Many thanks,`, `Thank you,`
SIGN_OFF = re.compile(r"^(?:(?:Kind\s|Best\s)?[Rr]egards|Best(?:\swishes)?|Cheers|Thanks|"
                      r"(?:With|Many)\s(?:many\s)?thanks|Thank\syou|All\sbest|"
                      r"Greetings|Salut|Gruß|Grüße|Saluti)[,.!]?$")
# FRUS: `Telegram From the ...`; (repost73) a heading in capitals, `... FROM GROMYKO TO MOLOTOV`
_FROM, _TO = re.compile(r"\s(?:[Ff]rom|FROM)\s"), re.compile(r"\s(?:to|TO)\s")
_SECTION_NUMBER = re.compile(r"^(?:[A-Z]\.?)?\d{1,2}(?:\.\d{1,2}){0,2}\.?\s")  # `B.1 `, `4.3 `
# a thesis's or article's footnote anchor run on after the sentence (`literature.23`, which
# the reader gives as `literature.[23]`)
_PAGE_ROWS = frozenset({"dateline", "date", "subject", "time"})  # (repost66) a post's clock
_POINTING_DOWN = ("👇", "⬇", "⬇️", "↓")
_ANCHOR_TAIL = re.compile(r"(?<=[.!?])(?:\d{1,3}|\[\d{1,3}\])$")
# (repost66) an encyclopedia's note anchor after a colon, in brackets (`the same night:[3]`;
# never a clock's minutes, `07:38`)
_NOTE = re.compile(r"^\[\d{1,3}\]\s")  # a note as the reader gives it (`[13] Received ...`)
_COLON_ANCHOR = re.compile(r"(?<=:)\[\d{1,3}\]$")
# (repost66) an edition's heading rows a repost quotes with the document (table `frus`: the
# decimal file's line `861.00/2–2246: Telegram`, the editors' heading `The Chargé in the
# Soviet Union (Kennan) to the Secretary of State`, a coloured book's `Sir M. Lampson to Mr.
# Eden.`)
_EDITION_ROWS = frozenset({"source", "heading", "document-heading"})

# a mail's or list digest's message header, no document's heading: an address in angle
# brackets (`From: Robert Hale <rhale@...>`), a time with seconds and zone (`16:02:51 -0500`)
_MAIL_HEADER = re.compile(r"<[^<>@\s]{1,64}@[^<>\s]{1,255}>|\b\d{2}:\d{2}:\d{2} [+-]\d{4}\b")


def _heading_run(lines: list[Line], k: int, ctx: Context) -> bool:
    """Whether the `_RUN` lines from `k` are heading rows, the first and all but one of the
    others (a form's issuing office, `Department of State`, under its name), none a mail's."""
    run = [_heading_row(line, ctx) for line in lines[k:k + _RUN]]
    return len(run) == _RUN and run[0] and sum(run) >= _RUN - 1


def _heading_row(line: Line, ctx: Context) -> bool:
    """A row of the form's heading (table `heading`) or (repost66) of an edition's heading
    (table `frus`), no mail's header line."""
    if _MAIL_HEADER.search(line.text):
        return False
    if len(line.text.split()) > _TITLE_WORDS and PROSE_END.search(line.text):
        return False  # (repost85) a letter's paragraph naming a day and a place (`The French
    found = ctx.res.patterns.match("frus", line.text)  # ... as early as September 1941. ...`)
    return ctx.res.patterns.match("heading", line.text) is not None or (
        found is not None and found[0] in _EDITION_ROWS)


# (wcdn91) a cable's addressee line opening its text, closed by a colon (`To the Foreign
# Ministry and the Party Center:`, a Chinese embassy's cable in translation): the page's own
# document began there, so the paragraph under it leads in to nothing, however a heading's
# lines close the cable under it (the embassy, its time and date, `Received: ...; printed: ...`)
_ADDRESSED = re.compile(r"^To\s++(?:the\s++)?(?=[^:\n]*?\b(?:Ministry|Embassy|Legation|Consulate"
                        r"|Committee|Center|Centre|Department|Office|Government|Party|Comrade"
                        r"|Chairman|Premier|Minister|Secretary|President|Ambassador)\b)"
                        r"[A-Z][^:\n]{2,150}+:$")


def _record_id(line: Line, ctx: Context) -> bool:
    """(cables93) A Cablegate record's id as a labelled line (`Reference ID: 06KYIV4187`,
    table `cable-record`, row `id-field`): the reposted cable's record starts there."""
    found = ctx.res.patterns.match("cable-record", line.text.strip())
    return found is not None and found[0] == "id-field"


def _form_heading(line: Line, ctx: Context) -> bool:
    """A heading row of a document's form (its name, number, parties, classification):
    not a page's dateline or date (a newspaper's), a subject or a mail's header line, nor
    (repost66) a board's post number (`#1`, phpBB's link over the post)."""
    if _POST_NUMBER.match(line.text):
        return False
    found = ctx.res.patterns.match("heading", line.text)
    return found is not None and found[0] not in _PAGE_ROWS and not _MAIL_HEADER.search(line.text)


def leads_in(text: str, least: int = 0) -> bool:
    """A line handing over to a quoted document: a colon ending a clause of some words
    (`Here is the text:`), a hand pointing down, or a prose sentence's end (a footnote anchor
    after it); of `least` words at least, no numbered point."""
    words = len(text.split())
    if POINT.match(text) or _NOTE.match(text):  # (repost68) a book's note under a document
        return False
    if _COLON_ANCHOR.sub("", text).endswith(":"):  # (repost68) a post's lead-in of one
        return words >= max(_COLON_WORDS, min(least, SENTENCE_WORDS))  # sentence and colon
    if words < least:
        return False
    if text.endswith(_POINTING_DOWN):  # a thread's first post (`... Thread 👇`)
        return True
    return words >= SENTENCE_WORDS and PROSE_END.search(_ANCHOR_TAIL.sub("", text)) is not None


def _form_line(line: Line, ctx: Context) -> bool:
    """A short line naming the document's form over its heading (`Telegram – encrypted`), or
    (repost65) its title naming the form and both parties (`Telegram from His Imperial
    Majesty Haile Selassie I to the Secretary-General of the League of Nations`)."""
    if doc_type_in(_undated(line.text, ctx), ctx, True) is None:
        return False
    return len(line.text.split()) <= _FORM_WORDS or (
        len(line.text.split()) <= _TITLE_WORDS and _from_to(line.text))


def _undated(text: str, ctx: Context) -> str:
    """(repost94) `text` without the date opening it (a post's heading `Dec. 25, 2018 letter
    from Kim Jong Un to Trump`)."""
    found = ctx.res.dates.find(text)
    return text[found[0].end:].lstrip(" ,.:-–/") if found and found[0].start == 0 else text


def _from_to(text: str) -> bool:
    """Whether `from` and, after it, `to` stand in `text` (in linear time)."""
    found = _FROM.search(text)
    return found is not None and _TO.search(text, found.end()) is not None


def _dated_under_colon(lines: list[Line], k: int, ctx: Context) -> bool:
    """A book's or article's telegram quoted under a sentence ending in a colon (`I give it
    here as I wrote it:`) that opens with its dateline (`Moscow, March 3, 1953`), or
    (repost66) with its title naming the form and both parties or an edition's heading over
    the dateline (`Telegram From the Embassy in India to the Department of State`)."""
    if not _COLON_ANCHOR.sub("", lines[k - 1].text).endswith(":"):
        return False
    return _dateline(lines[k], ctx) or (k + 1 < len(lines) and _dateline(lines[k + 1], ctx) and (
        _form_line(lines[k], ctx) or _heading_row(lines[k], ctx)))


def _dateline(line: Line, ctx: Context, placed: bool = False) -> bool:
    """A dateline (table `heading`), no mail's header line; `placed`, its place one the
    register knows (`Hanoi, February 28, 1946`; a post's stamp run on after a button, `Follow
    asked Oct 11, 2021 at 8:47`, is none)."""
    found = ctx.res.patterns.match("heading", line.text)
    if found is None or found[0] != "dateline" or _MAIL_HEADER.search(line.text):
        return False
    place = found[1].groupdict().get("sender") or found[1].groupdict().get("place")
    entry = ctx.res.register.lookup(place) if placed and place else None
    return not placed or (entry is not None and entry.kind == "place")


def _page_field(line: Line, ctx: Context) -> bool:
    """(repost81) A page's rights or credits field closing its head (an archive's `Public
    Domain:` notice, a transcriber's credit: a sentence after its label), no lead-in; a
    `Source:` line over the quoted edition's heading still is one."""
    found = label_of(line.text, ctx)
    return found is not None and found[1] in _NOTICE_FIELDS


def _numbered_heading(lines: list[Line], k: int, ctx: Context) -> bool:
    """(repost66) A collection's document under its book's front matter on a bare page: its
    number (`No. 48.`) over its parties' heading, in capitals perhaps (`BARON KOMURA TO MR.
    KURINO.`), over a heading row (`(Telegram.)`)."""
    found = ctx.res.patterns.match("frus", lines[k].text)
    if found is None or found[0] != "document-number" or k + 2 >= len(lines):
        return False
    if _parties_heading(lines[k + 1].text, ctx):
        return _heading_row(lines[k + 2], ctx)
    # (repost67) the heading in capitals broken over two lines (`PRIVY COUNCILLOR BUCHER TO
    # COUNT` / `BISMARCK.`), as an OCR'd page keeps it: made one line again
    joined = replace(lines[k + 1], text=f"{lines[k + 1].text} {lines[k + 2].text}")
    if k + 3 < len(lines) and lines[k + 1].text.isupper() and _parties_heading(
            joined.text, ctx) and _heading_row(lines[k + 3], ctx):
        lines[k + 1:k + 3] = [joined]
        return True
    return False


def _caption(lines: list[Line], k: int, ctx: Context) -> bool:
    """(repost71) An embedded image's caption over the form's name it shows: a dateline
    naming the form and its sender (`Telegram from Sir M. Palairet, Vienna, 12 March 1938
    (FO 371/22315).`) right over a form's name line (`CYPHER TELEGRAM`): the page's."""
    found = ctx.res.patterns.match("heading", lines[k].text)
    if found is None or found[0] != "dateline" or k + 1 >= len(lines):
        return False
    form = ctx.res.patterns.match("heading", lines[k + 1].text)
    return (form is not None and form[0] == "document-type"
            and _FROM.search(lines[k].text) is not None
            and doc_type_in(lines[k].text, ctx, True) is not None)


def _prose_under(lines: list[Line], k: int) -> bool:
    """Whether a line of prose stands under line `k` (a quoted document's text)."""
    return any(len(line.text.split()) >= _PROSE_WORDS for line in lines[k + 1:])


def _parties_heading(text: str, ctx: Context) -> bool:
    """An edition's heading naming both parties (table `frus`, row `heading`), in capitals
    perhaps."""
    parties = ctx.res.patterns.match("frus", text)
    return (parties is not None and parties[0] == "heading") or heading_match(
        text, ctx.res.patterns, ctx.res.register.lookup) is not None


def _signed_off(line: Line, name: Line) -> bool:
    """(repost66) A mail's or post's sign-off (`Best,`, `Regards,`) over the writer's name."""
    return SIGN_OFF.match(line.text) is not None and len(name.text.split()) <= _NAME_WORDS


def _section(line: Line, ctx: Context) -> bool:
    """(repost65) A newsletter's or thesis's section heading between the lead-in and the
    document, in capitals (`DOCUMENT OF THE MONTH`) or after its number (`B.1 The "pilot
    message"`): a few words (not a signature's one), no sentence, no heading row of a form."""
    words = line.text.split()
    return (1 < len(words) <= _SECTION_WORDS and not PROSE_END.search(line.text)
            and (line.text.isupper() or _SECTION_NUMBER.match(line.text) is not None)
            and ctx.res.patterns.match("heading", line.text) is None)


def letter_opening(lines: list[Line], k: int, ctx: Context) -> bool:
    """(repost86) A letter's opening from line `k`: its date alone (`August 2nd, 1939`),
    perhaps under a short place line (`Nassau Point, Peconic, Long Island`), over its inside
    address (`FD Roosevelt` / `President of the United States` / ...) or its salutation."""
    date = k + 1 if (len(lines[k].text.split()) <= _PLACE_WORDS and not PROSE_END.search(
        lines[k].text) and k + 1 < len(lines)) and not ctx.res.dates.whole(lines[k].text) else k
    if ctx.res.dates.whole(lines[date].text) is None:
        return False
    texts = [line.text for line in lines[date + 1:date + 2 + MAX_LINES + 2]]
    return bool(texts) and (ctx.res.patterns.match("salutation", texts[0]) is not None
                            or inside_address_end(texts, 0, ctx) is not None)


# (repost97) a message's address in capitals to the addressee's office, then his name closed by
# a colon (Stalin's reply to Hitler of August 1939 as Shirer quotes it: `TO THE CHANCELLOR OF
# THE GERMAN REICH,` / `A. HITLER:`), prose under it
_TO_OFFICE = re.compile(r"^TO\s++THE\s++[A-Z][A-Z'’.-]*+(?:\s++[A-Z][A-Z'’.-]*+){1,10},?$")
_NAME_COLON = re.compile(r"^(?:[A-Z]\.\s?){0,3}[A-Z][A-Z'’-]++(?:\s[A-Z][A-Z'’-]++){0,2}:$")


def addressed_opening(lines: list[Line], k: int) -> bool:
    """(repost97) A message's opening at line `k` under a writer's sentence: its address to
    the addressee's office in capitals over his name and a colon, a paragraph under them."""
    return k + 2 < len(lines) and _TO_OFFICE.match(lines[k].text) is not None and (
        _NAME_COLON.match(lines[k + 1].text) is not None) and _prose_under(lines, k + 1)


def undated_opening(lines: list[Line], k: int, ctx: Context) -> bool:
    """(repost92) An undated letter's opening at line `k` under a writer's sentence: its
    salutation (`Dear Mister President,`, a course reader's `DEAR MR. PRESIDENT: I am ...` run
    on) or its inside address over it (`His Excellency` / `HO CHI MINH` / `President, ...`)."""
    if any(found.day for found in ctx.res.dates.find(lines[k - 1].text)):
        return False  # a headnote dating the letter (`The following is a Feb. 3, 1946, letter`)
    k += 1 if INVOCATION.match(lines[k].text) and k + 1 < len(lines) else 0
    texts = [salutation_head(line.text, ctx) for line in lines[k:k + 1 + MAX_LINES + 2]]
    end = 0 if ctx.res.patterns.match("salutation", texts[0]) else inside_address_end(texts, 0, ctx)
    return end is not None and (_LETTER_SALUTE.match(texts[end]) is not None  # no speaker's
                                or _NAMED_SALUTE.match(texts[end]) is not None)  # label



def lead_in(lines: list[Line], start: int, ctx: Context, least: int = 0) -> int | None:
    """The index where a quoted document's heading starts under a lead-in line of `least`
    words at least, with no line of a form's heading above it; None when there is none.
    (repost67) A numbered document's parties' heading broken over two lines is made one
    line in `lines`."""
    for k in range(start + 1, min(len(lines) - 1, start + _REACH)):  # repost67: a short page
        if _form_heading(lines[k - 1], ctx) or _ADDRESSED.match(lines[k - 1].text):
            return None  # the page's own document began above: a quotation inside it
        if k >= len(lines) - _RUN and not _prose_under(lines, k):
            continue  # a short page's foot (a note's signing office, dateline, initials)
        intro = k - 2 if k - 2 > start and _section(lines[k - 1], ctx) else k - 1
        signed = k - 3 > start and _signed_off(lines[k - 2], lines[k - 1])
        if signed and leads_in(lines[k - 3].text, min(least, SENTENCE_WORDS)) and _heading_run(
                lines, k, ctx):
            return k  # (repost66) a mail's note, its sign-off and name over the forwarded cable
        if leads_in(lines[intro].text, least) and not _page_field(
                lines[intro], ctx) and _heading_run(lines, k + 1 if _form_line(
                    lines[k], ctx) and not _heading_run(lines, k, ctx) else k, ctx):
            return k + 1 if _caption(lines, k, ctx) else k
        if not least and _numbered_heading(lines, k, ctx):
            return k
        if leads_in(lines[k - 1].text, SENTENCE_WORDS) and _record_id(lines[k], ctx):
            return k  # (cables93) a blog's sentence over the reposted cable's record lines
        if leads_in(lines[k - 1].text, SENTENCE_WORDS) and letter_opening(lines, k, ctx):
            return k  # (repost86) a poster's sentence over a letter's dateline and address
        if leads_in(lines[k - 1].text, SENTENCE_WORDS) and undated_opening(lines, k, ctx):
            return k  # (repost92) a poster's sentence over an undated letter's salutation
        if leads_in(lines[k - 1].text, SENTENCE_WORDS) and addressed_opening(lines, k):
            return k  # (repost97) a book's sentence over a message's address in capitals
        # (repost66) a sentence of an article's or post's prose over a dateline under its
        # colon, or over a rule and the dateline under it (a course reader's document)
        if leads_in(lines[k - 1].text, min(least, SENTENCE_WORDS)) and (_dated_under_colon(
                lines, k, ctx) or (lines[k].rule_before and _dateline(lines[k], ctx, placed=True))):
            return k
    return None


def above_quote(lines: list[Line], i: int, heading: int, seg: Segments, ctx: Context) -> None:
    """The lines from `i` above a quoted document's `heading` to the page's text; (repost66)
    the last of them naming the document's form and both parties (a course reader's
    `Telegram from Ho Chi Minh to President Harry S. Truman, 28 February 1946`) its title,
    when the page gave none; (repost67) else the heading's first line naming them so (a
    blog's `Telegram from Witte to Count Lamsdorf` over the dateline)."""
    above = lines[i:heading]
    seg.fields.setdefault("page-text", []).extend(above)
    seg.facts["lead-in"] = "yes"  # (repost92) the writer's names are marked (`press_names`)
    if _record_id(lines[heading], ctx):  # (cables93) the reposted cable's id: the source's
        _, _, ref = lines[heading].text.partition(":")
        seg.fields.setdefault("source", []).append(Line(lines[heading].no, ref.strip()))
    if seg.page_title is None:
        seg.page_title = next((line for line in [*reversed(above), lines[heading]]
                               if _form_line(line, ctx)
                               and len(line.text.split()) > _FORM_WORDS), None) or next(
            (line for line in above[:_HEADLINE_REACH] if _headline(line, ctx)), None)
    if seg.page_date is None and undated_opening(lines, heading, ctx):
        seg.page_date = _lead_in_date(above, ctx)


# (repost94) the writer's sentence naming the letter's form and its date (`The pleading
# telegrams Nehru sent to Kennedy in November 1962 make ...`)
_FORM_WORD = re.compile(r"(?i)\b(?:letter|telegram|cable|message|note|reply)s?\b")


def _lead_in_date(above: list[Line], ctx: Context) -> Line | None:
    """(repost94) The one date with its year in the last of the lead-in's lines naming the
    form, for an undated letter under it."""
    for line in reversed(above):
        found = ctx.res.dates.find(line.text) if _FORM_WORD.search(line.text) else []
        if len(found) == 1 and found[0].year and not found[0].short_year:
            return Line(line.no, line.text[found[0].start:found[0].end])
    return None


_HEADLINE_REACH = 3  # a paper's or site's name over the headline


def _headline(line: Line, ctx: Context) -> bool:
    """(repost94) A newspaper's or blog's headline naming the letter it prints by its writer
    and addressee (`Nehru’s letter to Kennedy`, table `title-shapes`, a `given` row)."""
    shape = ctx.res.patterns.match("title-shapes", line.text)
    return shape is not None and shape[0] == "given" and not PROSE_END.search(line.text)


def below_title(lines: list[Line], i: int, heading: int, seg: Segments) -> bool:
    """(frus94) A FRUS page's lines under the editors' heading are the document's own: its
    sentence over a message it quotes with that message's dateline (a despatch's inclosure:
    `... the following communication:` / `Washington, September 15, 1914.`) is no lead-in
    above a reposted document, so nothing from under the heading goes to the page's text."""
    title = seg.page_title
    return heading > i and "frus" in seg.layouts and title is not None and any(
        line.no > title.no for line in lines[i:heading])
