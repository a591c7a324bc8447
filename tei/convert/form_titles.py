"""A document's title from its form when no page gives one: the heading's form line with the line
going on from it (`Record of Conversation between ...`), or a title built from the form's name, the
telegram's number and the parties (`Ciphered Telegram No. 21405, Mao Zedong to Joseph Stalin`)."""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.dated_forms import dated_form
from tei.convert.doc_types import _unspaced, named_form
from tei.convert.model import Header, Mark, Message, Paragraph, Party, RegistryLine, text_of
from tei.convert.period_names import name_in_period
from tei.convert.segment import doc_type_in
from tei.convert.spaced_lines import misread_form

_PARTY_AFTER = re.compile(r"(?i)(?<!\s)\s++(?:from|to|addressed\s++to)\s.*$")
_NUMBER_AFTER = re.compile(r"(?<!\s)\s++[^\s\d]*+\d\S*+$")
# the number's mark and what follows it: `No.`, `Nº`, `№`, `#`, and (lead30, invent30) the
# German, Dutch, Polish, Romanian and Baltic `Nr.`, the Nordic `N:o`, the Czech `č.` and the
# Serbian `бр.` (`Fernschreiben Nr. 312`, `SZYFROGRAM NR 4411`, `SALASÄHKE N:o 87`), (ocr66)
# the Italian `N.` before the digits (`TELEGRAMMA IN ARRIVO N. 14372/c.`);
# (invent31) `NO` in capitals (`TLX NO 087 14.03.1975 1630`); (lang49) the Portuguese `n.º`
# and the Spanish `núm.` (`Telegrama n.º 45`, `Telegrama cifrado núm. 312`)
_NUMBER_MARK = re.compile(r"(?:(?<!\s)\s+)?(?:N[º°o]\.?|(?i:n\.\s?[º°o]\.?|nº|núm\.)"
                          r"|N:o|No\.?|NO\b\.?|\b(?i:nr)\b\.?"
                          r"|(?<!\S)(?:č|čís|бр)\.|(?<!\S)[Nn]\.(?=\s?\d)|(?i:number)\b|№|#"
                          r"|(?<!\S)no\.(?=\s?\d)).*$")  # (lead77) `Cipher telegram no. 2817`


def heading_title(heading: list[RegistryLine], message: Message, ctx: Context) -> str:
    """`Record of Conversation between Comrade J. Kádár and ...`: the heading's form line and
    the line going on from it (table `heading-title-links`): the heading's next line, or
    the message's first head when the form line ends the heading; else a heading line naming
    a record's form and its parties; else ''."""
    if not heading:
        return ""
    links = ctx.res.patterns.words("heading-title-links")
    after = [*(text_of(line.content) for line in heading[1:]),
             text_of(message.heads[0]) if message.heads else _parties_paragraph(message)]
    for at, (line, following) in enumerate(zip(heading, after, strict=True)):
        following = " ".join(following.split())
        first = following.split(" ", 1)[0]
        if line.subtype == "document-type" and (first in links or (
                following.isupper() and first.lower() in links)):
            if not following.isupper():  # (bloc81) a letter-spaced form's name joined
                return " ".join([form_title(_unspaced(text_of(line.content))), following,
                                 *_parties_run_on([*after[at + 1:], *(
                                     text_of(head) for head in message.heads[1:3])])])
            return form_title(" ".join([text_of(line.content), following,
                                        *_capitals_run_on(following, heading[at + 2:])]))
    return next((_WORD_STOP.sub("", text) for line in heading
                 if line.subtype in _PARTIES_LINES and _record_parties(
                     text := " ".join(text_of(line.content).split()), ctx)), "") or next((
        text for head in message.heads[:1]
        if _record_parties(text := " ".join(text_of(head).split()), ctx)
        and not _form_for_reader(heading)), "")


def _form_for_reader(heading: list[RegistryLine]) -> bool:
    """(bloc81) Whether the heading closes on a form's name and the reader it is for (`NOTE` /
    `for Comrade Minister Adam Rapacki`): the head under them goes on from them
    (`head_title`)."""
    return len(heading) > 1 and bool(_READERS.match(text_of(heading[-1].content).strip())) \
        and bool(_FORM_WORD.fullmatch(_unspaced(text_of(heading[-2].content).strip())))


def _record_parties(text: str, ctx: Context) -> bool:
    """Whether `text` names a record's form and the parties of its talk (`Record of talks
    between the Prime Minister and Premier Chou En-lai on 22 April 1960`): (memcon80) as the
    heading's line or as the text's first head under a grade alone."""
    return bool(_PARTIES.search(text)) and (doc_type_in(
        text, ctx, at_start=True) == "record-of-conversation" or bool(_POSSESSIVE_TALK.match(text)))


# (memlet81) the second party's line under the first's, going on in small letters (`RECORD OF
# CONVERSATION` / `of the Minister of Foreign Affairs of the USSR A. A. Gromyko` / `with the
# Ambassador of the USA L. E. Thompson`), or the meeting's day (`MINUTES` / `of the meeting of the
# Politburo ...` / `held on 12 October 1956`)
_PARTY_LINE = re.compile(r"^(?:with|and|held)\s[^:]{3,120}$")
_PARTY_LINES = 2


def _parties_paragraph(message: Message) -> str:
    """(memlet81) The text's first paragraph when it is the form line's parties run together
    from their lines (`of the Deputy Minister ... Kuznetsov with the Ambassador of India ...`):
    opening with a linking word in small letters, no sentence in it; else ''."""
    block = message.blocks[0] if message.blocks else None
    if not isinstance(block, Paragraph) or block.tag != "p" or block.n:
        return ""
    text = " ".join(text_of(block.content).split())
    return text if _PARTIES_PARAGRAPH.match(text) and not _SENTENCE_END.search(text) else ""


_PARTIES_PARAGRAPH = re.compile(r"^(?:of|between|with)\s[^:]{10,240}[^.:;]$")


def _parties_run_on(rest: list[str]) -> list[str]:
    """(memlet81) The lines going on from a record's parties' line, each opening with `with`,
    `and` or `held` in small letters."""
    out: list[str] = []
    for line in rest[:_PARTY_LINES]:
        words = " ".join(line.split())
        if not _PARTY_LINE.match(words):
            break
        out.append(words)
    return out


# (memcon75) a heading in capitals wrapped after an article, a preposition or a comma
_CAPITALS_WRAPPED = re.compile(r"(?:\b(?:THE|OF|WITH|AND|BETWEEN|AN?)|,)$")
_CAPITALS_LINES = 3


def _capitals_run_on(text: str, rest: list[RegistryLine]) -> list[str]:
    """(memcon75) The heading's lines in capitals going on from the form's second line
    wrapped after an article or a preposition (`RECORD OF THE MEETING` / `OF COMRADE ENVER
    HOXHA WITH THE AMBASSADOR OF THE` / `PEOPLE'S REPUBLIC OF CHINA, LUO SHIQING`)."""
    out: list[str] = []
    for line in rest[:_CAPITALS_LINES]:
        words = " ".join(text_of(line.content).split())
        if line.subtype != "other" or not words.isupper() or not _CAPITALS_WRAPPED.search(
                out[-1] if out else text):
            break
        out.append(words)
    return out


# (memcon74) a record's own title line among its heading's fields, naming its form and the
# parties (`Record of Talks between Prime Minister Sato and Ambassador Reischauer` under
# `CONFIDENTIAL`, over `Date and time:` and `Place:`)
# (memcon80) the first party perhaps by an office after the article (`between the Prime
# Minister and Premier Chou En-lai`)
_PARTIES = re.compile(r"^[^:]{6,60}?\s(?i:between|with)\s(?:the\s)?[A-Z][^:]{3,200}$")
# (repost79) or the form's own line naming them, in capitals or not (`RECORD OF CONVERSATION
# WITH ... LIU SHAOQI, 26 MARCH 1958` under a diary's `FROM THE DIARY OF P. F. YUDIN`): kept
# as written (title case would lower an acronym: `THE NPC`)
_PARTIES_LINES = frozenset({"other", "document-type"})
# (memlet81) the stop closing a heading's sentence after a word, not an abbreviation's (`at
# South Block.`, not `to 1 p.m.`)
_WORD_STOP = re.compile(r"(?<=[a-z]{3})\.$")
# (memlet81) the record naming its first party's talk in the possessive (`Record of the Prime
# Minister's talk with Premier Chou En-lai at Rashtrapati Bhavan on 20th April, 1960, ...`,
# the Indian records of talks)
_POSSESSIVE_TALK = re.compile(r"^(?i:record|note|minutes)\s++of\s++(?:the\s++)?[A-Z][\w.-]*+"
                              r"(?:\s++[A-Z][\w.-]*+){0,4}['’]s\s++(?:talks?|conversations?"
                              r"|discussions?|interview|meeting)\s++with\s")


def head_title(heading: list[RegistryLine], message: Message, ctx: Context) -> str:
    """(memcon74) A record's form alone as a head, perhaps letter-spaced (`N o t e`, `NOTE`,
    `Record`), over the head naming the conversation it records, wrapped over lines or not
    (`from the conversation of Vice-Minister ... with the` / `Ambassador ..., on
    10.IV.1968`), or the form as the heading's last line over that head: the form's name and
    the heads joined; else ''."""
    heads = [" ".join(text_of(head).split()) for head in message.heads[:5]]
    if heading and heading[-1].subtype == "document-type":  # the form ends the heading
        # (bloc81) over the subject read as the text's first paragraph (`R e p o r t` /
        # `on the stay of the delegation ...`)
        heads = [text_of(heading[-1].content), *(heads or _leading_paragraphs(message, False))]
    elif _form_for_reader(heading):  # (bloc81) the form and the reader it is for closing the
        # heading (`NOTE` / `for Comrade Minister Adam Rapacki`) over the head naming the talk
        heads = [text_of(heading[-2].content).strip(), text_of(heading[-1].content).strip(),
                 *heads]
    if not heads:  # (bloc79) the form and its line as the text's first paragraphs
        heads = _leading_paragraphs(message)
    for at in range(len(heads) - 1):
        form, talk = _unspaced(heads[at]), heads[at + 1]
        if _READERS.match(talk) and at + 2 < len(heads):  # (bloc81) `NOTE` / `for Comrade
            form, talk = f"{form} {talk}", heads[at + 2]  # Minister ...` / `on the ...`
            heads = [*heads[:at + 1], *heads[at + 2:]]
        readers = _FORM_FOR.fullmatch(form)  # (bloc81) `Information for the Politburo ...`
        if not (_FORM_WORD.fullmatch(form) or readers) or not (_CONVERSATION_HEAD.match(talk) or (
                _SUBJECT_HEAD_LINE.match(talk) and doc_type_in(
                    readers[1] if readers else form, ctx) == "report")):
            continue
        word = readers[1] if readers else form
        if not (doc_type_in(form, ctx, at_start=True)
                or doc_type_in(f"{word} {talk}", ctx, at_start=True)):  # `Note` / `from the ...`
            return ""
        lines = [talk]
        for following in heads[at + 2:]:
            if not (_WRAPPED.search(lines[-1]) or _GOES_ON.match(following)):
                break  # (memcon75) or the next line goes on in small letters (`im Hause des ZK`)
            lines.append(following)
        return " ".join([form_title(form), *lines])
    return ""


def subject_head_title(heading: list[RegistryLine], message: Message, ctx: Context) -> str:
    """(ocr77) An embassy's despatch or memorandum's subject in capitals, the message's one
    head under an inside address that ends the heading with its city (`The Secretary,` /
    `Department of External Affairs,` / `CANBERRA, A.C.T.` over `INDONESIA: UNITED STATES
    POLICY`): the title; else ''."""
    if len(message.heads) != 1 or not heading or heading[-1].subtype != "destination":
        return ""
    text = " ".join(text_of(message.heads[0]).split())
    return text if _SUBJECT_HEAD.match(text) and not doc_type_in(text, ctx, at_start=True) else ""


# two to fourteen words in capitals, no figure (not a date, a number or a marking's code)
_SUBJECT_HEAD = re.compile(r"^(?=(?:\S++\s++){1,13}\S++$)[A-Z][A-Z'’,.:;()&/\s-]{6,160}$")
_CONVERSATION_HEAD = re.compile(
    r"(?i)^(?:on|of|from|about|concerning|regarding)\s++(?:the|an?)\s++(?:conversations?|talks?"
    r"|meetings?|discussions?|interview|exchange\s++of\s++views)\s++(?:between|with|of|among|held)\s"
    # (memcon75) a GDR record's head in German (`V e r m e r k` / `über das Gespräch des
    # Genossen Hermann Axen mit ...`)
    r"|^über\s++(?:das|ein|die|eine)\s++(?:Gespräch|Unterredung|Aussprache|Begegnung|Treffen)"
    r"\s++(?:des|der|mit|zwischen)\s")
_FORM_WORD = re.compile(r"[^\W\d_]{3,15}")
# (bloc81) a report's form's name with the body it is for (`Information for the Politburo of the
# CC of the BCP`, `Report for Comrade Axen`) over its subject (`on the talks of ...`)
_READERS = re.compile(r"for\s++(?:the\s++|(?i:comrades?|cde\.?)\s++)?[A-Z][^.:;]{2,80}$")
_FORM_FOR = re.compile(r"([^\W\d_]{3,15})\s++for\s++(?:the\s++|(?i:comrades?|cde\.?)\s++)?[A-Z]"
                       r"[^.:;]{2,80}")
# (bloc79) a report's subject under its form's name (`INFORMATION` / `on the First Congress of
# ...`, `Information` / `on the talks of the Federal Minister ...`)
_SUBJECT_HEAD_LINE = re.compile(r"(?i)^(?:on|about|concerning|regarding)\s++(?:the|an?)\s++\S")
_LEADING_PARAGRAPHS = 5
_SENTENCE_END = re.compile(r"[.!?:]$")


def _leading_paragraphs(message: Message, form: bool = True) -> list[str]:
    """(bloc79) The text's first paragraphs when the first is a form's name alone, perhaps
    letter-spaced (`RECORD` / `of the conversation of ...`, `Information` / `on the talks of
    ...` under the dateline or the address that opens the text): the lines a head_title reads;
    else none."""
    texts: list[str] = []
    for block in message.blocks[:_LEADING_PARAGRAPHS]:
        if not isinstance(block, Paragraph) or block.tag != "p" or block.n:
            break
        text = " ".join(text_of(block.content).split())
        if (texts or not form) and _SENTENCE_END.search(text):
            break  # the text's first sentence, no heading's line
        texts.append(text)
    if not form:  # (bloc81) the subject under a form that ends the heading
        return texts
    return texts if texts and _FORM_WORD.fullmatch(_unspaced(texts[0])) else []
_GOES_ON = re.compile(r"^(?:im|in|at|on|am|bei|during)\s++[^.:;]{2,40}$")
_WRAPPED = re.compile(r"(?:\b(?:the|of|with|and|between|an?)|[a-z,])$")


def publication_title(heading: list[RegistryLine], ctx: Context) -> str:
    """(monitor61) The name of a serial publication the heading gives as its form's line
    (`CURRENT INTELLIGENCE BULLETIN`, `THE PRESIDENT'S DAILY BRIEF`: table
    `publication-titles`), in title case: an issue's title is its publication's, with no
    parties; else ''."""
    return next((form_title(text) for line in heading if line.subtype == "document-type"
                 and ctx.res.patterns.match("publication-titles", text := text_of(line.content))),
                "")


def form_title(words: str) -> str:
    """A form's name in title case, its linking words in lower case (`Télégramme au Départ`,
    `Telegramma in Arrivo`), a Turkish capital İ lowered to a plain i (`Şifre Telgraf`) and
    a word with capitals inside kept as written (`(by VCh)`), and so an acronym in a line
    opened in mixed case (`Information of the KGB of the USSR`); a French or Italian word after
    its elided article in lower case too (`Télégramme à l'arrivée`)."""
    out, mixed = [], bool(words.split()) and not words.split()[0].isupper()
    for n, word in enumerate(words.split()):
        if not word.isupper() and any(ch.isupper() for ch in word[1:]):
            out.append(word)
            continue
        if _INITIALS.fullmatch(word):  # (repost79) `11 A.M.`, `U.S.S.R.` kept as written
            out.append(word)
            continue
        if mixed and n and 1 < len(word) <= 5 and word.isalpha() and word.isupper():
            out.append(word)  # (intel78) an acronym in a mixed-case form line (`of the KGB`)
            continue
        lower = word.lower().replace("i\u0307", "i")
        linking = lower in _TITLE_LINKING or _ELIDED.match(lower)
        out.append(lower if n and linking else lower[:1].upper() + lower[1:])
    return " ".join(out)


# how a telegram went, in brackets after its form (`TELEGRAM (CIPHER)`, `Telegram (Code)`)
_HOW_SENT = re.compile(r"\s?\((?i:code|coded|cipher|ciphered|cypher|plain(?:\s++language)?|clear|"
                       r"en\s++clair)\)")
_TITLE_LINKING = frozenset({"of", "in", "to", "for", "the", "au", "à", "de", "du", "des", "di",
                            "del", "da", "with", "and", "between",  # (memcon75) the parties
                            "a", "an", "at", "on", "by"})  # (repost79) `RECORD OF A ... AT`
_INITIALS = re.compile(r"(?:[A-Z]\.){2,}[,;]?")
_ELIDED = re.compile(r"(?:l|d|dell|all|nell|dall|sull)['’]")  # `à l'arrivée`, `dall'estero`


def built_title(doc_type: str, header: Header, heading: list[RegistryLine],
                 ctx: Context) -> str:
    """`Ciphered Telegram No. 21405, Mao Zedong to Joseph Stalin` from the facts."""
    label = next((form_title(words) for line in heading if (words := _form_words(line, ctx))),
                 doc_type.replace("-", " ").capitalize())
    title = f"{label} No. {header.telegram}" if header.telegram else label
    when = header.sent.when or ""
    senders = " and ".join(_party_name(p, when) for p in header.sent.parties)
    addressees = " and ".join(_party_name(p, when) for p in header.received.parties)
    if senders and addressees:
        return f"{title}, {senders} to {addressees}"
    if senders or addressees:
        return f"{title}, {'from ' + senders if senders else 'to ' + addressees}"
    return title


def _form_words(line: RegistryLine, ctx: Context) -> str:
    """The form's name a heading line gives (`Ciphered Telegram` of `CIPHERED TELEGRAM No.
    21405` or `TELEGRAM 1876`, or of a `CIPHERED TELEGRAM` line alone), '' when it gives
    none; a name in the form's language without its gloss (`ŠIFROVANÁ DEPEŠE` of
    `ŠIFROVANÁ DEPEŠE [Ciphered dispatch]`), the whole line when only the gloss is known."""
    if line.subtype not in ("cable-number", "document-type"):
        return ""
    own = [item for item in line.content if not (isinstance(item, Mark) and item.tag == "supplied")]
    return _named_form(text_of(own), line, ctx) or _named_form(text_of(line.content), line, ctx)


def _named_form(text: str, line: RegistryLine, ctx: Context) -> str:
    words = _NUMBER_MARK.sub("", " ".join(text.split())).strip()
    words = misread_form(words) or words  # (ocr79) the OCR's `Telegrarn`, `AIRGRAN` as typed
    words = dated_form(_HOW_SENT.sub("", words))  # (lead36) `Telegram (Code)`; (cw97) dated
    words = _NUMBER_AFTER.sub("", words)  # `TELEGRAM 1876`, `TELEGRAM WA-1587`
    words = _PARTY_AFTER.sub("", words).removesuffix(".")  # `TELEGRAM FROM THE ... .`
    found = doc_type_in(words, ctx) if words else None
    return words if found == "telegram" or (found and line.subtype == "cable-number") or (
        found == "memorandum" and named_form(words, ctx)) else ""


def _party_name(party: Party, when: str) -> str:
    """The party's register name as it was on `when` (a renamed body's name of the day),
    else its office (in title case when written in capitals: `MEMORANDUM FOR THE PRESIDENT`
    gives `President`)."""
    if party.entry:
        return name_in_period(party.entry, when)
    return form_title(party.role) if party.role.isupper() else party.role


# (intel76) an intelligence report's own title under its form's name on a cover or first page
# (`Intelligence Memorandum` / `Soviet Naval Activity in the Indian Ocean,` / `January-June
# 1971`): a line in mixed case, wrapped after a comma, a linking word or a hyphen
_REPORT_TITLE = re.compile(r"^[A-Z][a-z][^\s:;]*+\s[^:;]{7,150}$")  # not a field (`COUNTRY Egypt`)
_REPORT_WRAPPED = re.compile(r"(?:,|-|\b(?:the|of|in|on|and|to|for|with|an?))$")
_REPORT_TITLE_LINES = 3


# (cw81) an inside address's office opening the line under a report's form line, closed by
# its comma (`The Foreign Secretary,`, `The Secretary, Department of External Affairs,`)
_INSIDE_ADDRESS = re.compile(r"^The\s(?:[A-Z][\w'’-]*+\s){0,3}(?:Secretary|Minister|Director|"
                             r"Under-Secretary|Commissioner|Ambassador)(?:-General)?,")


def report_title(heading: list[RegistryLine], ctx: Context) -> str:
    """(intel76) The title a report's heading gives on the line(s) under its form's name
    alone (a `document-type` line naming a report in table `doc-types`: `Intelligence
    Memorandum`), when that line is in mixed case, neither a field nor a date; its wrapped
    lines joined; else ''."""
    for at, line in enumerate(heading[:-1]):
        if line.subtype != "document-type" or doc_type_in(
                text_of(line.content), ctx, at_start=True) != "report":
            continue
        lines: list[str] = []
        for following in heading[at + 1:at + 1 + _REPORT_TITLE_LINES]:
            words = " ".join(text_of(following.content).split())
            if following.subtype != "other" or words.isupper() or (
                    lines and not _REPORT_WRAPPED.search(lines[-1])) or (
                    not lines and _INSIDE_ADDRESS.match(words)):
                break  # (cw81) nor an inside address's line (`The Foreign Secretary, ...,`)
            lines.append(f"{lines.pop()}{words}" if lines and lines[-1].endswith("-")
                         else words)
        title = " ".join(lines)
        if lines and _REPORT_TITLE.match(title):
            return title
        return ""
    return ""


# (intel79) the White House Situation Room's letterhead line, alone or after `THE WHITE HOUSE`
_SITUATION_ROOM = re.compile(r"(?i)^(?:the\s++white\s++house\s++)?situation\s++room$")
_SUBJECT_LABEL = re.compile(r"(?i)^subj(?:ect)?\b\.?\s*+:?\s*+")


def situation_room_title(heading: list[RegistryLine]) -> str:
    """(intel79) A White House Situation Room message's subject (`SUBJECT: JORDAN - EVENING
    SITUATION` under the `SITUATION ROOM` letterhead, its `TO:` and `FROM:` lines): the
    title; else ''."""
    if not any(_SITUATION_ROOM.match(" ".join(text_of(line.content).split()))
               for line in heading):
        return ""
    for line in heading:
        if line.subtype == "subject":
            return _SUBJECT_LABEL.sub("", " ".join(text_of(line.content).split()), count=1)
    return ""


_HEAD_LINK_AT = (1, 2)  # the link after a form of one or two words (`Single Information`)


def report_head_title(message: Message, ctx: Context) -> str:
    """(intel80) A report's own title as the text's first head, its form's name and its
    subject after a linking word on one line (`Einzelinformation über eine Zusammenkunft
    ...`, `Single Information about a Demonstration ...`: table `heading-title-links`, a
    form table `doc-types` reads as a report): the head as written; else ''."""
    if not message.heads:
        return ""
    text = " ".join(text_of(message.heads[0]).split())
    words = text.split(" ", 3)
    links = ctx.res.patterns.words("heading-title-links")
    for at in _HEAD_LINK_AT:
        if len(words) > at + 1 and words[at] in links and doc_type_in(
                " ".join(words[:at]), ctx, at_start=True) == "report":
            return text
    return ""
