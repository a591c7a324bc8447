"""Parts of a message's opener and closer: an address line split from the message it opens,
the names of a signature line, role lines merged with their signature, the lines under a
foot address, an inside address opened by the addressee's style."""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.date_first_places import place_after_date
from tei.convert.glued import unglued_years
from tei.convert.inline import InlineReader
from tei.convert.inside_address import MAX_LINES, inside_address_end
from tei.convert.model import Part, text_of
from tei.convert.namerules import (
    CAPITAL,
    DIGRAPH_INITIAL,
    INITIALLED,
    INITIALLED_RUN,
    caps_list_spans,
    name_spans,
)
from tei.convert.patterns import Patterns
from tei.convert.quoted import Unit
from tei.convert.read import Line
from tei.convert.receipt_days import RECEIPT_AFTER
from tei.convert.roles import is_role
from tei.convert.signature_shape import LINKING
from tei.convert.states import is_country

# an office's words: each capitalised, or a linking word between them (`Ambassador to the US`)
_CAPITALISED_WORDS = re.compile(r"^[A-Z][\w.'’-]*+(?:\s++(?:(?:of|to|in|at|for|the|and)\s++)*+"
                                r"[A-Z][\w.'’-]*+)*+$")
# an editors' bracket may supply the place (`[Washington,] April 9`, `[Ottawa], June 15`); an
# edition may set the classification before it (`CONFIDENTIAL [Ottawa], June 15, 1961`), or
# say it prints extracts (`Extracts [LONDON], 30 May 1942`: Documents on Australian Foreign Policy);
# German, French, Italian and Spanish datelines put an article before the date (`Bonn, den
# 18. März 1991`); so do Indian ones (`New Delhi, the 14th March, 1959.`, letters47)
_PLACE_DATE = re.compile(
    r"^(?:(?:TOP\s)?SECRET|CONFIDENTIAL|RESTRICTED|UNCLASSIFIED|PERSONAL|Extracts?)?(?:\s(?:AND\s)?PERSONAL)?"
    r"\s*(?P<bracket>\[)?(?P<place>[A-Z][\w'’ -]{1,40})(?:\s\([A-Z][^()]{1,60}\))?"
    r"(?(bracket)(?:,\]|\],)|,)\s+"
    r"(?:(?:den|am|le|il|el|the)\s++)?(?P<date>.+)$")
# a date-first dateline (`10 May 1966, Bucharest`, `14.IV.1978, Pyongyang`): the date, a
# comma and the place, as East-bloc ministries write them
_DATE_PLACE = re.compile(r"^(?P<date>[\w. ]{4,30}?),\s+(?P<place>[A-Z][\w'’ -]{1,40}?)\.?$")
# (invent29) a place and its country or state before the date (`Tamatave, Madagascar, June 9,
# 1886.`, `Apia, Samoa, March 3, 1889`: nineteenth-century consuls' and legations' datelines)
_PLACE_REGION_DATE = re.compile(
    r"^(?P<place>[A-Z][\w'’ -]{1,40}),\s++(?P<region>[A-Z][\w'’ .-]{1,30}?),\s++(?P<date>.+)$")
_IN_PLACE = re.compile(r"^In\s++(?=[A-Z])")  # (wcda80) `In Prague, on 12 March 1968`
_LEAD_WORDS = 4  # the words before a date with no comma (`Rio de Janeiro`, `Moscow, the Kremlin`)
# a place's capitalised words (or capitals), two parts at most (`Sevagram, Wardha`)
_PLACE_WORDS = re.compile(r"^[A-Z][\w'’-]++(?:\s[A-Z][\w'’-]++){0,2}(?:,\s[A-Z][\w'’-]++)?$")
# a clock time before the date, as a Chinese cable's sender closes it under his name (`12:00
# noon, 20 August [1955]`: the year an editor's); the time is the dateline's; (wcda60) the
# hour alone before its a.m. or p.m. (`9 p.m., 13 October`: Mao's telegrams)
_TIME_DATE = re.compile(r"^(?:\d{1,2}[:.]\d{2}(?:\s*+(?:[ap]\.\s?m\.|noon|midnight|hours))?"
                        r"|\d{1,2}\s?[ap]\.\s?m\.|noon|midnight),\s++(?P<date>.+)$")
_SUPPLIED_YEAR = re.compile(r"\[(\d{4})\]")
# a printed edition's note marker after the stop closing the dateline's year (`August 1,
# 1914.2`, `.*`; not the minutes of `3 November 1956, 14.20`)
# (lead72) or a superscript call glued to the year (`Moscow, 13 August 1970¹`), as the read
# stage writes it when the note is found (`1970[1]`)
_MARKER_END = re.compile(r"(?<=(?<!\d)\d{4}\.)(?:\d{1,2}|\*{1,3}|[¹²³⁴-⁹⁰]{1,3}|\[\d{1,3}\])$"
                         r"|(?<=(?<!\d)\d{4})(?:[¹²³⁴-⁹⁰]{1,3}|\[\d{1,3}\])$")


def _marker_end_may(text: str) -> bool:
    """(speed22) Whether `_MARKER_END` may match: its last character (before a final line
    break) is a digit (perhaps a superscript), an asterisk or a bracket (its lookbehind is
    tried at every character)."""
    last = text[-2:-1] if text.endswith("\n") else text[-1:]
    return last in "*]" or last.isdigit()


_ROUND_BRACKETED = re.compile(r"^\(([^()]++)\)\.?$")


# (lead69) the British and Indian date after its article, alone on its line at a note's or
# letter's foot (`the 19th January, 1963.` under `Ministry of Foreign Affairs,` / `Karachi,`)
_ARTICLE = re.compile(r"^[Tt]he\s++(?=\d)")


def whole_date(text: str, ctx: Context) -> bool:
    """Whether `text` is nothing but a date, perhaps after the article (`the 19th January,
    1963.`), or (repost73) in parentheses (`(13 October 1950, 9 p.m.)`, a collection's date
    under the signature)."""
    if text[:1] == "(" and text.endswith(")"):
        text = text[1:-1]
    return bool(ctx.res.dates.whole(text) or (
        _ARTICLE.match(text) and ctx.res.dates.whole(_ARTICLE.sub("", text))))


def place_date(text: str, ctx: Context) -> bool:
    """`Bonn, den 18. März 1991`, `Budapest, 1972 July 1.`, `[Washington,] April 9`: a
    place (perhaps its venue in parentheses, `Beijing (The Great Hall of the People), 16 May
    1965`: wc46), a comma and a whole date; or the date first (`10 May 1966, Bucharest`); or a
    place's few words and a whole date with no comma between (`New Delhi 14 March 1949`,
    `Moscow, the Kremlin March 12, 1962`, `Sevagram, Wardha 14 March 1940`: a letter's
    place and date set on two lines; see `place_before_date`); or a clock time before the
    date (`12:00 noon, 20 August [1955]`). A note marker after its closing stop
    (`PETERHOF, PALACE, August 1, 1914.2`, `BERLIN, August 1, 1914.*`) is not the date's; nor
    is the editors' bracket round a year (`4 March [1952]` under a signature), nor one glued
    to the year (`4 November 19561`)."""
    text = RECEIPT_AFTER.sub("", unglued_years(  # (lang49) `... (Recebido em 12).`
        _MARKER_END.sub("", text) if _marker_end_may(text) else text, ctx).rstrip())
    text = _ROUND_BRACKETED.sub(r"\1", text)  # (lead35) `(Moscow, 9 May 1956)`
    addressed = ctx.res.patterns.match("address-dateline", text)
    if addressed and ctx.res.dates.whole(addressed[1].group("sent")):
        return True  # `Westminster Chambers, 13 Victoria Street, London, S.W., 7th February, 1908.`
    timed = _TIME_DATE.match(text)
    if _regional(text, ctx):
        return True
    return any(found and ctx.res.dates.whole(found.group("date"))
               for found in (_PLACE_DATE.match(text), _DATE_PLACE.match(text))
               ) or bool(place_before_date(text, ctx)) or bool(
        timed and ctx.res.dates.whole(_SUPPLIED_YEAR.sub(r"\1", timed.group("date")))) or bool(
        _SUPPLIED_YEAR.search(text) and ctx.res.dates.whole(_SUPPLIED_YEAR.sub(r"\1", text)))


def _regional(text: str, ctx: Context) -> re.Match[str] | None:
    """A dateline naming a place and its country or state before a whole date (`Tamatave,
    Madagascar, June 9, 1886.`; the region a register place: `Samoa`, `Illinois`)."""
    found = _PLACE_REGION_DATE.match(text)
    entry = ctx.res.register.lookup(found.group("region").strip(" .")) if found else None
    return found if entry is not None and entry.kind == "place" and is_country(entry) \
        and ctx.res.dates.whole(found.group("date")) else None


def place_before_date(text: str, ctx: Context, unknown: bool = False) -> str:
    """The words before a whole date (no comma between) when they name a place: a register
    place, perhaps with its seat (`Moscow, the Kremlin`), or (`unknown`: where a dateline
    is known to stand) capitalised words that name no one and nothing else (not a weekday,
    month, office, title or heading line: `Sevagram`, `Sevagram, Wardha`; not `Personal`,
    `Evening`); else ''."""
    words = text.split()
    if not words or not words[0][:1].isupper():
        return place_after_date(words, ctx) if words else ""
    for k in range(1, min(_LEAD_WORDS, len(words) - 1) + 1):
        if ctx.res.dates.whole(" ".join(words[k:])):
            lead = " ".join(words[:k])
            # (wcda80) the place after its preposition, as the Czech, Slovak and Polish
            # `V Praze dne`, `W Warszawie, dnia` are translated (`In Prague, on 12 March 1968`)
            entry = ctx.res.register.lookup(_IN_PLACE.sub("", lead.split(",")[0]))
            if entry is not None:
                return lead if entry.kind == "place" else ""
            return lead if unknown and _names_a_place(lead, ctx) else ""
    return place_after_date(words, ctx)  # (wcdi88) `November 20, 1986 Pyongyang`


def _names_a_place(lead: str, ctx: Context) -> bool:
    """Capitalised words with no register name but places among them and no word of the
    tables of things that are no place."""
    patterns = ctx.res.patterns
    stop = ("weekdays", "day-parts", "months", "office-words", "honorifics", "not-names")
    return bool(_PLACE_WORDS.match(lead)) and not any(
        word.casefold().strip(",.") in patterns.words(table)
        for word in lead.split() for table in stop) and not patterns.match(
        "heading", lead) and all(m.entry.kind == "place" for m in ctx.res.register.find(lead))


def opening_dateline(place: Line, date: Line, ctx: Context) -> bool:
    """A letter's place on its own line (one no register knows) over its date at the head
    of a message (`Sevagram, Wardha` / `14 March 1940`): one dateline."""
    return len(place.text.split()) <= 3 and not date.blank_before \
        and ctx.res.dates.whole(date.text) is not None \
        and bool(place_before_date(f"{place.text} {date.text}", ctx, unknown=True))


def town_of_country(text: str, ctx: Context) -> str:
    """(invent29) The town of a dateline that names it before its country when no register
    knows the town (`Tamatave, Madagascar, June 9, 1886.`: `Tamatave`, not the country),
    else ''."""
    found = _regional(text.strip(), ctx)
    return found.group("place") if found and not ctx.res.register.find(found.group("place")) \
        else ""


def dateline_place(text: str, ctx: Context) -> str:
    """The place part of a dateline: of a date-first one (`10 May 1966, Bucharest`:
    `Bucharest`), or the words before its date when no comma parts them (`Sevagram 14
    March 1940`), else the text itself."""
    found = _DATE_PLACE.match(text.strip())
    return town_of_country(text, ctx) or place_before_date(text, ctx, unknown=True) or (
        found.group("place") if found else text)


# titles written short end no sentence (`For information of Capt. Castro Madero, ...`)
_ABBREVIATIONS = {"cde", "cdes", "mr", "mrs", "dr", "st", "gen", "col", "no", "tov", "messrs",
                  "capt", "lt", "maj", "adm", "cdr", "brig", "sgt", "sen", "gov", "amb", "prof",
                  "rev", "hon"}
_BEGINS = re.compile(r"(?i)^(?P<address>.{3,160}?\bbegins\s*+[:.])\s++(?P<rest>\S.*)$")
# a sentence's last word may close an editor's bracket (`Comrade Koča [Popović]. Talks ...`)
# (speed26) the word's first character before the look behind it: `re` scans for it
_SENTENCE_BREAK = re.compile(r"(?P<word>[\w.](?<![\w.].)[\w.]*)(?P<close>\]?)\.\s+(?=[A-Z])")
# (wc32) a two-letter initial ends no sentence (`Cde. Gh. Gheorghiu-Dej thanked ...`)
_DIGRAPH = re.compile(DIGRAPH_INITIAL)
# (`/-/ Rapacki`: a Polish ciphergram's mark for the signature, sample wc12; `/s/ Dean Rusk`: the
# conformed signature of an American copy) (invent13) the Indian typist's `Sd/-` (signed) before a
# copied signature; (invent14) a form's table flattened to fields, its `Signature:` field;
# (invent16) the Spanish, Italian, French and German copy's bracketed mark (`(Firmado) Alfredo Solf
# y Muro`) and the cross a bishop or nuncio writes before his name (`+ Cesare Orsenigo`); (invent17)
# the Portuguese `(a)` (assinado) and the Spanish `(Fdo.)` (firmado) of a file copy; (monitor61)
# the FBIS monitor's `[Signed]` before the signers (`[Signed] L. Brezhnev, ...`); (cw87) OCR `(Sa)`
SIGNED_MARK = re.compile(r"(?i)^(?:\(signed\)|\(s[da]\.?\)|sd\.|sd/-|signed:?|signature:|gez\."
                         r"|f\.to|\(sgd\.?\)|sgd[.:]?|signé\s?:"  # (signed51) `Sgd: J. W. Burton`
                         r"|firmado:?|fdo\.|\((?:firmado|firmato|signé|gez\.|fdo\.?|ass\.|assinado)\)"
                         r"|(?-i:\(a\)(?!\s++The\b)(?=(?:\s++(?:de|da|do|dos|das|e|y|del|[A-Z]\."
                         r"|[A-Z][\w'’-]*+)){2,6}$))"
                         # (wcda60) a Soviet file copy's typed mark `/signature/` too
                         r"|/-/|/s/|/signed/|/signature/|[+✠†]|\[signed\]"
                         # (ocr79) a scan's OCR of the conformed `/s/` (`Isl LODGE`, `/sl`,
                         # `Is/`, `ls/`) before a capital
                         r"|(?-i:Isl|Is/|/sl|ls/|lsl)(?=\s++[A-Z])"
                         # (bloc79) the Polish copy's dash in brackets (`(–) T. Nowak`, `(-)`)
                         r"|\(\s?[-–—]\s?\)(?=\s*+[A-ZĆŁŚŻŹ])"
                         # (wcda77) the Romanian copy's `ss.` (semnat: signed), `ss/`, `(ss)`
                         r"|(?-i:ss[./]|\(ss\))(?=\s*+[A-ZĂÂÎȘŞȚŢ])"
                         # (signed51) `pp. P. H. DEAN`, no page
                         r"|(?-i:p\.\s?p\.|pp\.?|per\s++pro\.?)(?=\s++(?![IVXLC]++\b)[A-Z][A-Za-z.'’-])"
                         r"|(?:prepared|drawn\s+up|compiled|recorded|written\s+down)\s+by:?"
                         # (memcon75) the Albanian record's keeper (`The record was kept by:
                         # Ramiz Alia`, `The minutes were taken by: ...`)
                         r"|(?:the\s+)?(?:record|minutes|notes?)\s+(?:was|were)\s+(?:kept|taken"
                         r"|drawn\s+up|written)\s+by:?"
                         # (bloc72) the Hungarian `Készítette:` so translated (`Made by: Bíró
                         # Katalin`), with its colon (`made by the ...` is a sentence)
                         r"|made\s+by:"
                         # (wcda80) `Transcribed by:`, `Stenographed by:`, `Taken down by:`
                         r"|(?:transcribed|stenographed|taken\s+down)\s+by:"
                         # (wcda77) `Noted by:`, and the keeper's label left in the original's
                         # language: Polish `Sporządził:`, Czech `Zapsal:`, Slovak `Zapísal:`,
                         # Serbo-Croatian `Zabeležio:`, Hungarian `Készítette:`, Romanian
                         # `Întocmit:` (feminine forms too), its colon kept
                         r"|noted\s++(?:down\s++)?by:|(?:sporządził|notował|zapsal|zapísal"
                         r"|vypracoval|zabeležio|zabilježio|sastavio|zapisao)a?:"
                         r"|(?:zabeležila|zabilježila|sastavila|zapisala|készítette|feljegyezte"
                         r"|întocmit(?:\s++de)?):"
                         # (wcda58) an East-bloc envoy's office before his name (`Ambassador: G.
                         # Grigorov`); (wcde86) no transcript's turn (`Ambassador: We hope ...`)
                         r"|(?:ambassador|envoy|charg[ée]\s++d['’]affaires|consul(?:[\s-]general)?):"
                         r"(?!.*?\s(?-i:[a-z]{4,})\b))\s+\S"
                         # (letters45) a bishop's cross glued to his name (`+Angelo Becciu`)
                         r"|^[+✠†](?-i:[A-Z](?=[a-z]))")
# `/A. PUZANOV/`: a Soviet file copy's typed signature between slashes; (wc52) not a phrase
# with a small word of four letters or more (a Bulgarian protocol's `/Shorthand record/`)
SLASHED_NAME = re.compile(r"/(?![^/]*\s[a-z]{4})[A-Z][\w.' -]{1,40}/$")
# `(A.H. Tange)`: a file copy's typed signature, the initials and surname in parentheses,
# maybe after the mark where the signature stands (`[Signature] (S. Chervonenko)`)
# (wcda77) the Latin capitals and small letters with diacritics of Central and Eastern Europe's
# names too (`(Ľ. Ďurček)`, `(Ödön Rácz)`, `(Józef Czesak)`)
_LOWER = "a-z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.islower())
# (bloc81) a given name cut to two or three letters as Bulgarian and Russian copies type it
# (`(Iv. Bashev)`, `(Yu. Tsedenbal)`, `(Khr. Khristov)`), no style (`Mr.`, `Dr.`, `St.`)
PARENTHESISED_NAME = re.compile(
    r"^(?:\[(?i:(?:handwritten\s|illegible\s|unknown\s)?signature)\]\s*+)?"
    rf"\((?P<name>(?:(?!(?:Mr|Dr|Ms|St|Sr|Jr|Mrs|Mme|Fr)\.){CAPITAL}[a-z]{{0,2}}\.\s?){{1,3}}"
    rf"{CAPITAL}[\w'’-]+)\)\.?$")
# `(Ambassador Lee Ho)`, `(Minister KIM)`: a translated telegram's signer in parentheses
# after his title, which `parenthesised_name` asks the `honorifics` table for; (wcda72) the
# post he holds for the time after a dash (`(Counsellor Choi Kwang-il - Acting Ambassador)`)
_TITLED_NAME = re.compile(r"^\((?P<title>[A-Z][\w.'’-]*+)\s++"
                          r"(?P<name>[A-Z][\w'’-]*+(?:\s[A-Z][\w'’-]*+){0,2})"
                          r"(?:\s[-–—]\s(?:Acting|Interim)\s[A-Z][\w'’]*+(?:\s[\w'’]++){0,2})?\)$")


# (invent26) `(Tulsi Giri)`: a South Asian ministry's typed signature, the full name in
# parentheses over the signer's office; no word of it a common word (`(Working Notes)`)
_FULL_NAME = re.compile(rf"^\((?P<name>{CAPITAL}[{_LOWER}'’-]++"
                        rf"(?:\s{CAPITAL}[{_LOWER}'’-]++){{1,2}})\)$")
# (uk74) a British minister's typed name in capitals in brackets under his minute, the copy's
# mark that he signed the original (`(SELWYN LLOYD)`, `(R. A. BUTLER)`, `(ALEC DOUGLAS-HOME)`)
_CAPITALS_NAME = re.compile(r"^\((?P<name>(?:[A-Z]\.\s?){1,3}[A-Z][A-Z'’-]{2,}+|"
                            r"[A-Z][A-Z'’-]{2,}+(?:\s[A-Z][A-Z'’-]{2,}+){1,2})\)$")
# (signed51) the original's Cyrillic typed name under the translated one (`(А. Громыко)`)
_CYRILLIC_NAME = re.compile(r"^\((?:[А-ЯЁ]\.\s?){1,3}[А-ЯЁ][а-яёА-ЯЁ'’-]++\)$")


def parenthesised_name(text: str, patterns: Patterns) -> bool:
    """Is the line a typed signature in parentheses, initials and surname (`(A.H. Tange)`),
    a full name (`(Tulsi Giri)`, in capitals `(SELWYN LLOYD)`) or a title and name
    (`(Ambassador Lee Ho)`)?"""
    if PARENTHESISED_NAME.match(text) or _CYRILLIC_NAME.match(text):
        return True
    full = _FULL_NAME.match(text) or _CAPITALS_NAME.match(text)  # (uk74) `(SELWYN LLOYD)`
    if full and not any(word.strip(".").casefold() in patterns.words(table)
                        for word in full.group("name").split()
                        for table in ("capitals-common-words", "not-names", "doc-types")):
        return True
    found = _TITLED_NAME.match(text)
    if found and found.group("title").casefold() in patterns.words("honorifics"):
        return True
    # (global78) the office alone in brackets signs a ministry's telegram in translation
    # (the Republic of Korea's `(Ambassador to the United States)`, `(Minister)`)
    # (`(Ambassador will call)` is a sentence: its words are capitalised or link them)
    return text[:1] == "(" and text[-1:] == ")" and _CAPITALISED_WORDS.match(text[1:-1]) \
        is not None and is_role(text[1:-1], patterns)


def foot_address(parts: list[Part]) -> list[Part]:
    """The lines under a foot address (`His Eminence` / `Cardinal Amleto Cicognani` / `Secretary
    of State of His Holiness` / `Vatican City`) belong to it, not to the signature; (ocr43)
    up to a close under it: a foot address set above the valediction
    (`The Under-Secretary of State, Colonial Office.` / `I am,` / `Sir,` / ...) leaves the
    signature under the close its own; (letters47) so does a dateline under it (`Embassy of
    the United States of America,` / `Moscow, March 10, 1955.` over the initials `C.E.B.`),
    and (cw94) a copy's marked signature (`(Sd.) J. F. BRENAN. Acting Consul General.`)."""
    first = next((i for i, part in enumerate(parts) if part.kind == "address"), len(parts))
    end = next((i for i in range(first + 1, len(parts)) if parts[i].kind in ("salute", "dateline")
                or (parts[i].kind == "signed" and SIGNED_MARK.match(text_of(parts[i].content)))),
               len(parts))
    return [*parts[:first + 1], *(Part("address", part.content) if part.kind in (
        "signed", "role", "p") else part for part in parts[first + 1:end]), *parts[end:]]


def split_address(text: str) -> tuple[str, str] | None:
    """Split `Cde. X, copy to Cdes. Y. I have ...` after its first sentence, and `Following
    for the Minister from Wrong, Begins: Acheson ...` after the word that opens the message."""
    begins = _BEGINS.match(text)
    if begins:
        return begins.group("address"), begins.group("rest")
    for match in _SENTENCE_BREAK.finditer(text):
        word = match.group("word").rsplit(".", 1)[-1]
        if word.casefold() in _ABBREVIATIONS or len(word) == 1 or _DIGRAPH.fullmatch(word):
            continue
        return text[: match.end("close") + 1], text[match.end():]
    return None


# `Llewellyn E. Thompson, Jr.`: a suffix after the comma is the name's, not a second name
_NAME_SUFFIXES = frozenset({"Jr", "Sr", "II", "III"})


def signature_names(text: str) -> list[tuple[int, int]]:
    spans = []
    slashed = SLASHED_NAME.search(text)
    if slashed:
        return [(slashed.start() + 1, slashed.end() - 1)]
    # (lead72) a full name whole (`(Harishwar Dayal)`: its given name is no title; the
    # titles of `(Ambassador Lee Ho)` are left out where the name is read)
    parenthesised = PARENTHESISED_NAME.match(text) or _FULL_NAME.match(text) \
        or _TITLED_NAME.match(text)
    if parenthesised:
        return [parenthesised.span("name")]
    marked = SIGNED_MARK.match(text)
    offset = marked.end() - 1 if marked else 0
    for match in re.finditer(r"[^\[\]()]+", text[offset:]):
        start, end = match.start() + offset, match.end() + offset
        if text[max(0, start - 1):start] in ("[", "("):
            continue
        spans += [span for span in name_spans(text, start, end)
                  if text[span[0]:span[1]].casefold() not in LINKING
                  and text[span[0]:span[1]].rstrip(".") not in _NAME_SUFFIXES]
    return [part for span in spans for part in _columns(text, span)]


def _columns(text: str, span: tuple[int, int]) -> list[tuple[int, int]]:
    """The span, or the names it runs together when it is names of initials read across."""
    if not INITIALLED_RUN.fullmatch(text, *span):
        return [span]
    return [found.span() for found in INITIALLED.finditer(text, *span)]


def group_names(match: re.Match[str], group: str) -> list[tuple[int, int]]:
    """The name spans in a match's `group`, up to an editor's bracket inside it; in capitals
    `AND` parts two names (cables58: `FOR THE SECRETARY AND CLARK FROM HABIB`)."""
    start, end = match.span(group)
    text = match.string
    cut = text.find("[", start, end)
    end = cut if cut != -1 else end
    return (caps_list_spans if text[start:end].isupper() else name_spans)(text, start, end)


# (ocr69) an addressee's style alone on the line over a foot address (`The Honorable`,
# OCR's `The Honorab1e`)
STYLE_ALONE = re.compile(r"(?i)^(?:the\s++)?(?:right\s++)?hon(?:ou?rab[l1]e|\.)$")


def foot_address_names(text: str, patterns: Patterns) -> list[tuple[int, int]]:
    """The name spans of an addressee's line at the foot: (misses40) a `foot-address` row's
    `persons` group, the name without the courtesy titles (`A la señora doña Delfina Mitre
    de Drago – Presente.`; none when the group did not take part: (misses44) `Exc.mo Domino`),
    else the names a signature line's are; (ocr43) an office alone names none (`The Secretary
    to the Treasury.`)."""
    found = patterns.match("foot-address", text)
    if (found is not None and found[0] == "office-address") or STYLE_ALONE.match(text):
        return []
    # (ocr69) a line of the addressee's office under the name names no one (`Near Eastern
    # and South Asian Affairs,`)
    if found is None and any(word.strip(",.").casefold() in patterns.words("office-words")
                             for word in text.split() if word.casefold() != "the"):
        return []
    if found is not None and "persons" in found[1].re.groupindex:
        return group_names(found[1], "persons") if found[1].group("persons") else []
    return signature_names(text)


def numbered_close(text: str, ctx: Context) -> re.Match[str] | None:
    """The `numbered-signature` row a closing line matches, when its signer may be one:
    a name after the number (`– 232 – Jakus –`, an office too) or a plausible person's
    name before it (`Pavlíček 388.`; not `Article 12.`: the `numbered-part-words`)."""
    found = ctx.res.patterns.match("numbered-signature", text)
    if found is None:
        return None
    match = found[1]
    name = match.group("name")
    if match.start("name") > match.start("outgoing"):
        return match
    part = name.casefold() in ctx.res.patterns.words("numbered-part-words")
    return None if part or not ctx.plausible_name(name) else match


def styled_end(units: list[Unit], i: int, ctx: Context) -> int | None:
    """The salutation's index when an inside address opens at unit `i`."""
    texts = [unit.text if not unit.embedded and len(unit.lines) == 1 else None
             for unit in units[:i + MAX_LINES + 2]]
    return inside_address_end(texts, i, ctx)


def styled_address(units: list[Unit], i: int, ctx: Context,
                   inline: InlineReader) -> tuple[list[Part], int] | None:
    """The opener parts of an inside address opening at unit `i` and the index after it:
    the persons named on the style's line, or (misses40) on the first line under a style
    alone that names them by a row's `persons` (`Seiner Exzellenz` / `dem Apostolischen
    Nuntius` / `Herrn Erzbischof Dr. Nikola Eterovic`), else on the line under it, are the
    addressee's (`address`); the other lines are `addrLine`s."""
    end = styled_end(units, i, ctx)
    if end is None:
        return None
    row = ctx.res.patterns.match("inside-address", units[i].text)
    first = row[1] if row else None  # (repost86) else a name alone over the office
    named, match = (i, first) if first is None or first.group("persons") \
        else _named_line(units, i + 1, end, ctx)
    parts = []
    for k in range(i, end):
        line = units[k].lines[0]
        spans = (group_names(match, "persons") if match else name_spans(line.text)) \
            if k == named else []
        parts.append(Part("address", inline.annotate(line.text, line.no, spans), "styled")
                     if k == named else Part("addrLine", inline.annotate(line.text, line.no)))
    return parts, end


def _named_line(units: list[Unit], start: int, end: int,
                ctx: Context) -> tuple[int, re.Match[str] | None]:
    """The first unit from `start` to `end` an `inside-address` row names a person on, with
    the row's match; else `start` and None."""
    for k in range(start, end):
        found = ctx.res.patterns.match("inside-address", units[k].text)
        if found and found[1].group("persons"):
            return k, found[1]
    return start, None
