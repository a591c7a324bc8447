"""Parts of a message's opener and closer: an address line split from the message it opens,
the names of a signature line, role lines merged with their signature, the lines under a
foot address, an inside address opened by the addressee's style."""

from __future__ import annotations

import re

from tei.convert.context import Context
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
from tei.convert.roles import is_role
from tei.convert.signature_shape import LINKING

# an office's words: each capitalised, or a linking word between them (`Ambassador to the US`)
_CAPITALISED_WORDS = re.compile(r"^[A-Z][\w.'’-]*+(?:\s++(?:(?:of|to|in|at|for|the|and)\s++)*+"
                                r"[A-Z][\w.'’-]*+)*+$")
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
