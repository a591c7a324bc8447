"""Sender and addressee named in a title or in a name position.

A title names its parties as `X to Y`, `from X to Y`, `X, role, to Y, role` or `from X`
(a ` to ` of a role, `Ambassador to the USA`, does not split them). In a name
position, register names come first; failing those, a name in parentheses (`The Chargé in
China (Robertson)`), after a title (`Gen. Axen`) or a bare capitalised name (`Reinert`) is
a person with a local entry, unless the words name an office or body (`the Romanian Embassy
in Pyongyang`: a role, whose place `in X` is where it sends from).
"""

from __future__ import annotations

import re

from tei.convert.capitals_heading import heading_match
from tei.convert.context import Context
from tei.convert.eastasian import script_name
from tei.convert.given_runs import other_persons_surname
from tei.convert.glued import glued_on
from tei.convert.initials import initials_and_surname, initials_fit, within_match
from tei.convert.journey_to import journey_to
from tei.convert.markup import drop_enclosed
from tei.convert.model import Party
from tei.convert.name_surroundings import qualifier
from tei.convert.namerules import CAPITALS_PARTICLES, rules
from tei.convert.party_surnames import named_party
from tei.convert.register import Entry
from tei.convert.roles import COPY_WORDS, subject_after
from tei.convert.surnames import bracketed_namesake
from tei.convert.title_infinitive import infinitive_to
from tei.convert.title_subjects import SET_OF_FORMS, without_comma_subject
from tei.convert.title_supplied import joined_supplied

_FROM = re.compile(r"(?i)(?:^|\s)from\s+")
# ` to `, the German `an das` (`Botschafter Kroll, Moskau, an das Auswärtige Amt`), the French
# `à`/`au` before an office or after the sender's name and commas (other35, other41: `La
# Division ... à la Légation`, `M. Cambon, ..., à M. Pichon`, `X au Ministre`; lead75: a
# circular's `, aux représentants diplomatiques ...` in small letters), Italian `, al`
_TO = re.compile(r"(?i)(?<!\s)\s+to\s+|,?(?<!\s)\s+an\s+(?=(?-i:d(?:as|en|ie|em|er))\s)"
                 r"|(?-i:(?<!\s)\s+à\s+(?=(?:la|l['’])\s?[A-ZÉ])|,\s+(?:à|au|aux)\s+(?=[A-ZÉ]|M\.|la\s|le\s|l['’]"
                 r"|représentants\s|ambassadeurs\s|agents\s|chefs\s|postes\s)"
                 r"|(?<!\s)\s+au\s+(?=Minist|Chanc|Charg|Ambass|Consul|Gouv|Présid|Secr)"
                 r"|,\s+(?:al|alla|alle|ai|agli|allo)\s+(?=[A-Z])|,\s+all['’](?=[A-Z]))")
# an office's own `on` before the holder's name in parentheses that closes the title (`the Head
# of the Delegation to the Paris Peace Talks on Vietnam (Lodge)`): no subject follows it
_OFFICE_ON = (r"on(?![^()]*+\((?-i:(?!" + COPY_WORDS + r")"
              r"[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){0,3})\)$)")
# a mission's wings as its officers' ranks name them in brackets (`First Secretary (Pol)`)
WINGS = (r"(?:Pol|Political|Econ|Economic|Comm|Commercial|Admin|Administration|Press|Info"
          r"|Information|Consular|Cultural|Trade|Defence|Defense|Coord|Protocol)\.?")
_WING = re.compile(WINGS)
_TAIL = re.compile(r"(?i)(?:,|(?<!\s))\s+(?:conveying|concerning|regarding|about|" + _OFFICE_ON
                   # (commonwealth41) the date after the parties (`... to the Prime Minister of
                   # Pakistan dated December 22, 1947`, a documents site's title)
                   + r"|with|enclosing|dated|"
                   # `and the` opens a tail unless it names one more office and its holder
                   # (`... to the Secretary of State and the Under Secretary of State (Webb)`)
                   r"transmitting|forwarding|relaying|reporting|sent\s+via"
                   # (wcda82) the channel that passed the message on (`..., Transmitted via
                   # Ambassador Suzdalev`): no addressee; a bare `via` names the form's line
                   # too (d17's `Telephone Message via VCh, ...`), not after a comma (wcda83)
                   r"|(?:transmitted|passed|forwarded|conveyed)\s+(?:via|through)|(?<=,\s)via"
                   # (commonwealth43) a caption's subject in a participle (`_SUBJECT`)
                   r"|commenting|asking|advising|informing|urging|describing|expressing"
                   r"|and\s+the(?![^()]*+\((?-i:[A-Z])[\w'’.-]++\)$))\b.*$|,\s*'.*$"
                   r"|,\s*(?:(?:top\s+|strictly\s+)?secret|urgent|flash|regular|confidential"
                   r"|No\.?\s*+\d++)\b.*$"  # handling marks, number after the parties
                   # a subject after a comma naming someone in the possessive (`..., Pol Pot’s
                   # Visit`); not an office and holder (frus58: `, and the President’s ... (Bundy)`)
                   r"|,\s*+(?![^()]{0,160}+\((?-i:[A-Z])[\w'’.-]++\)$)[^,’']*+['’][sS]\s.*$"
                   r"|(?:(?<!\s)\s+)?\((?-i:[a-z][^()]*|" + COPY_WORDS + r"|\d+"
                   # a mission's wing after its officer's rank, not a holder (wc30, India's
                   # `First Secretary (Pol)`, `Counsellor (Econ)`)
                   r"|" + WINGS + r")\)$")
# `..., Transmitting Letter from Kim Il Sung`: a passed-on document's `from X` is no party;
# (wcda82) nor in brackets after the parties (`Shtykov to Stalin (transmitting a message from
# Kim Il Sung)`)
_RELAYED = re.compile(r"(?i)(?:,\s*+|(?<!\s)\s++)\(?(?:conveying|transmitting|forwarding|relaying"
                      r"|enclosing|containing)\b.*$")
# (commonwealth43) the subject in a participle after the parties, as archives' captions and
# catalogues go on (`... to the British government commenting on ...`, `... to WSC asking ...`)
_SUBJECT = re.compile(r"(?i)(?<!\s)\s++(?:on|about|regarding|concerning|commenting|asking"
                      r"|advising|informing|urging|describing|expressing)\s")
# the holder's name set off by commas after the office (`the Czechoslovak Ambassador to Rome,
# Oldzhich Kaiser, on ...`): the sender part runs to it
_APPOSITIVE = re.compile(r"^[^,]++,\s++[A-Z][\w'’.-]++(?:\s[A-Z][\w'’.-]++){1,3}(?=,\s++"
                         r"(?:on|about|regarding|concerning)\s)")
# the document's own title quoted after the parties (`Cable from the Chinese Embassy in Poland,
# ‘Gomułka’s Speech to the Warsaw Party Activists’`, or in straight quotes: `..., 'On North
# Korea's Response to the Indian Invasion of Pakistan'`): no party, whatever its `to`
# the post, its seat after a comma and the holder in brackets (`Dutch Embassy, Havana
# (Boissevain), 1 July 1963`): the sender part runs to the bracket
_SEAT_HOLDER = re.compile(r"^[^,()]++,\s++[A-Z][^,()]{1,40}+\([A-Z][^()]{1,40}+\)")
# (misses31) a quotation in brackets closing a catalogue's title (`MT message to Haig (1540Z)
# ["... remove all her naval vessels ..."]`), (lead33) a subject quoted between the parties
# and the date (a briefing book's `... to Secretary of State, "Meeting ...," March 3, 1983`)
_QUOTED_SUBJECT = re.compile(r",\s*+(?:[‘“][^”]*+|'[^']++(?:'[^',]++)*+'$)$"
                             r"|(?<!\s)\s*+\[[\"“‘'][^\[\]]*+\]$"
                             r"|,\s*+[\"“][^\"“”]{2,200}+[\"”](?:,?\s++[^\"“”]*+)?$")
_PARENTHESISED = re.compile(r"\((?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3})\)")
# capitalised words, a surname's particles among them (`von Walther`, `de Margerie`, `d’Ormesson`;
# cw80: the French `de la`, `M. de la Grandville`)
_PARTICLES = rf"(?:(?:de\s+la|{'|'.join(sorted(CAPITALS_PARTICLES))})\s+)*+"
_CAPITALISED = re.compile(rf"^{_PARTICLES}(?:(?:d['’])?[A-Z][\w'’.-]*|[A-Z]\.)"
                          rf"(?:\s+{_PARTICLES}(?:(?:d['’])?[A-Z][\w'’.-]*|[A-Z]\.)){{0,3}}$")
_LEADING_TO = re.compile(r"^\s*to\s+", re.IGNORECASE)
# initials written right before a register surname (`Sir N. Henderson`): they must fit it
_INITIALS_BEFORE = re.compile(r"(?<![\w.])(?:[A-Z]\.\s?){1,3}\s*+$")
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_NOTE_WORD = re.compile(
    r"(?i)^(?:note|notes|memo|instructions?|directives?|telegrams|cables|letters|messages)$")
# title shapes whose named groups give the parties as they stand (either may be missing:
# `author-of` names the sender only, `received-by` the addressee only); `parties`: a row
# of any language whose groups give them in the title's own order (other44)
_GIVEN = frozenset({"given", "to-from", "numbered-to", "numbered-by", "of-to", "author-of",
                    "received-by", "parties"})


def _cased_heading(title: str, ctx: Context) -> str:
    """An editors' heading of both parties in capitals (a `frus` heading row's in title case:
    `M. X, AMBASSADOR OF FRANCE IN WARSAW, TO M. Y, ...`) in that title case; a subject in
    capitals (`DEMARCHE TO AFGHANISTAN ON ...`) as it is."""
    found = heading_match(title, ctx.res.patterns, ctx.res.register.lookup)
    return found[0] if found else title


def title_parties(title: str, ctx: Context) -> tuple[str, str] | None:
    """(sender part, addressee part) of a title; either may be empty. A journal or diary
    `of X` is X's; a ` to ` inside a register body's name (`Committee to Defend World Peace`)
    is no cut; an editors' heading in capitals is read in title case."""
    title = joined_supplied(_cased_heading(title, ctx), ctx)  # (wcda84) `Comrade [Liu] Shaoqi`
    shape = ctx.res.patterns.match("title-shapes", title)
    if (shape and shape[0] == "subject") or SET_OF_FORMS.match(title):  # (repost82)
        return None
    if shape and shape[0] in _GIVEN:
        groups = shape[1].groupdict()
        return groups.get("sender") or groups.get("named") or "", groups.get("addressee") or ""
    text = _RELAYED.sub("", re.sub(r"^\d{1,4}\.\s+", "", _QUOTED_SUBJECT.sub("", title)))
    found = _FROM.search(text)
    if found:
        text = text[found.end():]
    # `... diary on his talks on Aid to Mongolia`
    subject = subject_after(text, _SUBJECT, ctx.res.patterns.words("role-on"))
    bodies = ctx.res.register.find(text, ("org",))
    cuts = [m for m in _TO.finditer(text)
            if (not _role_to(text[:m.start()], ctx)
                or ctx.res.patterns.match("title-addressee-office", text[m.end():]))
            and (subject is None or m.start() < subject.start())
            and not infinitive_to(text[m.end():], ctx)  # (wcdh87) `... Embassy to Find Out`
            and not journey_to(text[:m.start()], ctx)  # (wcdv95) `... visit to Bulgaria`
            and not any(body.start < m.start() < body.end for body in bodies)]
    if not cuts:
        named = (_APPOSITIVE.match(text) or _SEAT_HOLDER.match(text)) if found else None
        first = named.group() if named else re.split(r",|:\s", text, maxsplit=1)[0]  # `X: subject`
        return (_clean(first), "") if found else None
    cut = cuts[0]
    addressee = without_comma_subject(text[cut.end():].rstrip(" ,.;:"), ctx)
    return _clean(text[:cut.start()]), _clean(addressee)


def _only_a_form(text: str, ctx: Context) -> bool:
    """`TELEGRAM` in `312. TELEGRAM TO JAWAHARLAL NEHRU`, `Note` in `Note to the Minister
    of Foreign Affairs`: the form's name (of a document type or a quoted document's), no
    party."""
    return any(start == 0 and len(label) == len(text)
               for table in ("doc-types", "embedded-types")
               for start, label, _ in ctx.res.patterns.phrases(table, text))


_OF_COUNTRY_WORDS = 4  # `of the Polish People's Republic` between a role and its `to`


def _role_to(before: str, ctx: Context) -> bool:
    """A ` to ` after a role word (`Ambassador to`), or after a post abroad and its register
    country (`Permanent Mission of Hungary to`, `Ambassador of the USSR to`; not `Prime
    Minister of the United Kingdom to`, `Prime Minister to`), belongs to the role;
    not after a comma closing it (`Mr M.J. Savage, N.Z. Prime Minister, to Commonwealth
    Government`)."""
    words = before.split()
    roles = ctx.res.patterns.words("role-to")
    if not words or words[-1].endswith(","):
        return False
    if " ".join(words[-2:]).casefold() in ctx.res.patterns.words("role-to-not"):
        return False  # (dfat55) `Prime Minister to Secretary of State for ...`: no envoy
    if words[-1].casefold().rstrip(".,") in roles:
        return True
    tail = words[-_OF_COUNTRY_WORDS - 2:]
    of = max((i for i, word in enumerate(tail[:-1]) if word == "of"), default=-1)
    if of <= 0 or roles.get(tail[of - 1].casefold()) != "post":
        return False
    country = ctx.res.register.lookup(_LEADING_ARTICLE.sub("", " ".join(tail[of + 1:])))
    return country is not None and country.kind == "place"


# a title's form name and number run into its first party (`Telegram No. ROM/101/1/73
# Indian Ambassador to Italy`)
_NUMBERED_FORM = re.compile(r"(?i)^(?:(?:ciphered|cipher|coded)\s++)?(?:telegram|cablegram|cable)"
                            r"\s++(?:no\.?|nº|n°|#)\s*+(?=[\w./-]*\d)[\w./-]++\s++(?=(?-i:[A-Z]))")


def _clean(text: str) -> str:
    text = _NUMBERED_FORM.sub("", text)
    text = re.sub(r"(?i)^(?:[\w -]*?(?:telegram|cable|letter|report|memorandum|journal|note(?:\s++"
                  r"verbale)?)(?:\s++of\s++(?:reply|thanks|condolences?|congratulations?|protest))?"
                  r"(?:\s++(?:no\.?|nº|n°)?\s*+[\d./-]+)?,?\s+)", "", text) if "," in text else text
    return _TAIL.sub("", text).strip(" ,.;:")


# the given name written right before a surname (`Mikhail`, `Jean-Paul`)
_GIVEN_BEFORE = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]++\s$")


def parties(text: str, ctx: Context, line: int = 1) -> list[Party]:
    """Persons and organisations named in a sender or addressee part (living actors in the
    document's year), else a role; a place alone (`Bucharest`: where, not who; wc21) or a
    form's name alone names none (`Note to the GPRA Minister ...`: the document, not its
    sender; wc14, misses14), nor forms in the plural (`Telegrams to the Front`: repost82)."""
    if _only_a_form(text.strip(" ,.;:"), ctx) or _NOTE_WORD.match(text.strip(" ,.")):
        return []
    member = _staff_member(text, ctx, line)
    if member is not None:
        return [Party(member)]
    entries: list[Entry] = []
    found = list(ctx.res.register.find(text))
    for match in found:
        if match.entry.kind == "person" and glued_on(text, match, ctx):
            continue  # `Sir Archibald Nye-Tennant`: no `Archibald Nye` (cw72); see `glued_on`
        initials = _INITIALS_BEFORE.search(text, 0, match.start)
        named = f"{initials.group().strip()} {match.form}" if initials else match.form
        if match.entry.kind == "person" and initials and not initials_fit(
                initials_and_surname(named)[0], match.entry.reg, set()):
            entry = ctx.person(named, line)  # `Sir N. Henderson`: not the bare `Henderson`, Loy
        elif other_persons_surname(text, match, ctx, rules(ctx.res.patterns)):
            given = _GIVEN_BEFORE.search(text, 0, match.start)  # (wcda72) `Mikhail Zhukov`
            entry = ctx.person(f"{given.group().strip()} {match.form}" if given else match.form,
                               line)
        else:
            entry = None if match.entry.kind == "place" else ctx.use_form(  # with its `of X`
                match.entry, match.form, qualifier(text, match, found, frozenset()), True)
        if entry is not None and entry not in entries:
            entries.append(entry)
    for name, title in (p for p in _names(text, ctx) if not within_match(text, p[0], found)):
        entry = (bracketed_namesake(name, text[:text.find(f"({name})") + 1], ctx)
                 or ctx.person(name, line, title)) if ctx.plausible_name(name) else None
        glossed = _glossed(text, name, ctx) if entry is not None else None
        if glossed is not None and glossed is not entry and entry in ctx.local.values():
            ctx.alias_of(entry, glossed)  # `Bay Cuong [Le Duc Tho]`: an alias (wc29)
            continue
        if entry is not None and entry not in entries:
            entries.append(entry)
    if entries or (monogram := named_party(text, ctx)):  # `MT`; (cw97) `Officer`
        return [Party(entry) for entry in entries or [monogram]]
    role = _LEADING_ARTICLE.sub("", drop_enclosed(text)).strip(" ,.")
    if _a_place_alone(role, ctx):
        return []  # `Telegram from Pyongyang to Bucharest`: where, not who (wc21)
    return [Party(None, role)] if role and not _only_a_form(role, ctx) else []


def _staff_member(text: str, ctx: Context, line: int) -> Entry | None:
    """The person a part names with his staff or office (`Robert W. Komer of the National
    Security Council Staff`, table `party-affiliation`): the staff is no party (frus35)."""
    found = ctx.res.patterns.match("party-affiliation", text.strip(" ,.;:"))
    name = found[1].group("name") if found else ""
    if not name or not ctx.plausible_name(name):
        return None
    known = ctx.res.register.lookup(name)
    return None if known is not None and known.kind != "person" else ctx.person(name, line)


def _glossed(text: str, name: str, ctx: Context) -> Entry | None:
    """The register's person the editors name in brackets right after `name` (`Comrade Sau
    Manh [Le Duc Tho]`, `Brother Tuan [Van Tien Dung]`): the alias is that person's."""
    found = re.search(re.escape(name) + r"\s*+\[(?P<inner>[^\[\]]{3,60}+)\]", text)
    entry = ctx.res.register.lookup(found.group("inner").strip()) if found else None
    return entry if entry is not None and entry.kind == "person" else None


def _a_place_alone(text: str, ctx: Context) -> bool:
    """Whether `text` is nothing but a register place's name (`Pyongyang`, `Bucharest`)."""
    entry = ctx.res.register.lookup(text) if text else None
    return entry is not None and entry.kind == "place"


def _names(text: str, ctx: Context) -> list[tuple[str, str]]:
    """Names of persons in a name position that the register does not know, each with the
    titles written before it (`Mr`, `Senator`)."""
    titles = ctx.res.patterns.words("honorifics")
    found = [_untitled(m.group("name"), titles) for m in _PARENTHESISED.finditer(text)
             if not _WING.fullmatch(m.group("name"))]
    known = [ctx.res.register.lookup(name) for name, _ in found]
    if found and not all(entry is not None and entry.kind == "place" for entry in known):
        # not a register name: `(MINREX)` after a ministry is its acronym; a place in
        # brackets (`Frederick H. Boland (Dublin)`) is where the person is, read on
        return [pair for pair, entry in zip(found, known, strict=True) if entry is None]
    office = text[:text.find("(")] if found else ""
    holders = [(name, office) for name, _ in found if office_holder(name, office, ctx)]
    if holders:  # `The Japanese Minister of Foreign Affairs (Togo)`: the holder, not the state
        return holders
    text = _PARENTHESISED.sub("", text).strip()
    bodies = ctx.res.patterns.words("office-words")
    not_names = ctx.res.patterns.words("not-names")  # `Second Secretary`: no name `Second`
    names = []
    opening, text = _leading_title_phrase(drop_enclosed(text), titles)  # `Minister for …`
    # (telex70) a UN code cable's party parted by backslashes (`HOWE\UNOSOM\MOGADISHU`)
    for part in re.split(r",\s*(?:and\s+)?|(?<!\s)\s*+\\\s*|(?<!\s)\s+(?:and|for)\s+"
                         r"|(?:(?<!\s)\s+)?&\s*", text, flags=re.IGNORECASE):
        part = _LEADING_TO.sub("", part)  # each of several addressees (`..., to comrade X`)
        phrase, rest = _leading_title_phrase(part, titles)
        titled = phrase or opening or part.split()[0].casefold().rstrip(".") in titles \
            if part else False
        rest = _without_post(rest, ctx) if titled else rest
        phrase, opening = " ".join([opening, phrase]).strip(), ""
        words = [w for w in _past_post(_after_last_title(rest.split(), titles), ctx)
                 if w.casefold().rstrip(".") not in titles and w.casefold() not in titles]
        candidate = " ".join(words).strip(" .")
        last = rest.split()[-1:]  # (leftover23) no name in `DOMINIONS SECRETARY`: an office
        candidate = "" if not titled and last and last[0].casefold().rstrip(".") in titles \
            else candidate
        if (candidate and (_CAPITALISED.match(candidate)
                           or script_name(candidate, ctx.res.patterns))  # `東郷`
                and len([w for w in words if not w.islower()]) <= 4  # (wcdj88) particles
                and not any(w.casefold().strip(".,") in bodies or w.casefold() in not_names
                            for w in words)
                and not _registered(candidate, titled, ctx)
                and not _office_country(candidate, rest, ctx)):
            title = " ".join([phrase, *(w for w in rest.split() if w not in words)])
            names.append((candidate, title.strip()))
    return names


def _registered(candidate: str, titled: bool, ctx: Context) -> bool:
    """Whether the register knows `candidate`; (misses50) a place's name after a title and
    initials (`Mr C.W. Jordan`, a DFAT heading's addressee) is a surname, not the place."""
    found = ctx.res.register.find(candidate)
    if titled and _INITIALLED.fullmatch(candidate):
        return any(match.entry.kind != "place" for match in found)
    return any(m.entry.kind != "person" or " " in m.form.strip() or not glued_on(candidate, m, ctx)
               for m in found)  # (wcdj88) not `Castro` of `Luiz Augusto de Castro Neves`


_INITIALLED = re.compile(r"(?:[A-Z]\.\s?){1,3}[A-Z][\w'’-]++")
# a person's post after the name (`Ambassador Kurosawa in Rome`, invent18: the Japanese
# edition's translated heading)
_POST_AFTER = re.compile(r"(?<=[a-z])\s++(?:in|at)\s++"
                         r"(?P<place>[A-Z][\w'’.-]*+(?:\s[A-Z][\w'’.-]*+)?)$")


def _without_post(part: str, ctx: Context) -> str:
    """`Kurosawa in Rome` (after its title `Ambassador`) without its post `in Rome` (a
    register place); (lead83) `Schliep of the German Foreign Office` without its body (a
    register organisation)."""
    found = _POST_AFTER.search(part)
    entry = ctx.res.register.lookup(found.group("place")) if found else None
    if entry is not None and entry.kind == "place":
        return part[:found.start()]
    found = _BODY_AFTER.search(part)
    entry = ctx.res.register.lookup(found.group("body")) if found else None
    return part[:found.start()] if entry is not None and entry.kind == "org" else part


_BODY_AFTER = re.compile(r"(?<=[a-z])\s++of\s++(?:the\s++)?"
                         r"(?P<body>[A-Z][\w'’.-]*+(?:\s[A-Z][\w'’.-]*+){0,4})$")


_OFFICE_WORDS = 3  # the office's last words a holder's recorded occupation must hold


def office_holder(name: str, office: str, ctx: Context) -> bool:
    """Whether a register place's name in brackets after an office is the surname of the
    one register person of that surname, whose occupation holds the office's last words
    (`The Japanese Minister of Foreign Affairs (Togo)`: Shigenori Togo, `Minister of Foreign
    Affairs of Japan`, whose surname alone the register does not give for the state's sake)."""
    persons = ctx.res.register.persons_by_surname(name)
    office = _LEADING_ARTICLE.sub("", office).strip(" ,")
    if len(persons) != 1:
        return False
    held = " ".join("".join(o.itertext()) for o in persons[0].element.iterfind("{*}occupation"))
    words = office.split()
    return any(f" {' '.join(words[k:]).casefold()} " in f" {held.casefold()} "
               for k in range(len(words) - _OFFICE_WORDS + 1))


def _untitled(name: str, titles: dict[str, str]) -> tuple[str, str]:
    """A name in parentheses without the titles it opens with (`(Comrade Ion Ciubotaru)`:
    `Ion Ciubotaru`, titled `Comrade`), as (name, titles)."""
    words = name.split()
    cut = 0
    while cut < len(words) - 1 and (words[cut].casefold() in titles
                                    or words[cut].casefold().rstrip(".") in titles):
        cut += 1
    return " ".join(words[cut:]), " ".join(words[:cut])


def _office_country(candidate: str, rest: str, ctx: Context) -> bool:
    """Is `candidate` the country adjective of the title after it (`Canadian Ambassador,
    Washington`: no person `Canadian`; `Mr. French` still names one)?"""
    return candidate.casefold() in ctx.res.patterns.words("country-adjectives") \
        and not rest.rstrip(" .,").endswith(candidate)


def _after_last_title(words: list[str], titles: dict[str, str]) -> list[str]:
    """The words after the last title that a word follows: the words before it name the
    office (`Department Director Tadeusz ZIELINSKI`: `Tadeusz ZIELINSKI`); (wcda69) a title
    of several words after a country's adjective too (`Soviet Chargé d'Affaires S. Antonov`:
    `S. Antonov`, no `d'Affaires S. Antonov`)."""
    ends = [i + size for i in range(len(words) - 1) for size in range(1, _TITLE_WORDS + 1)
            if i + size < len(words) and (
                (phrase := " ".join(words[i:i + size]).casefold()).rstrip(".") in titles
                or phrase in titles)]
    return words[max(ends):] if ends else words


_TITLE_WORDS = 5  # the most words of a title in the `honorifics` table


_POST_WORDS = ("to", "in")
_POST_PLACE_WORDS = 3


def _past_post(words: list[str], ctx: Context) -> list[str]:
    """The words after a title's post (`to Iraq` in `Soviet Ambassador to Iraq A.A.
    Barkovsky`): a register place after `to` or `in`, with a name after it."""
    if not words or words[0].casefold() not in _POST_WORDS:
        return words
    for size in range(1, min(_POST_PLACE_WORDS, len(words) - 2) + 1):
        entry = ctx.res.register.lookup(" ".join(words[1:size + 1]))
        if entry is not None and entry.kind == "place" and words[size + 1][:1].isupper():
            return words[size + 1:]
    return words


def _leading_title_phrase(part: str, titles: dict[str, str]) -> tuple[str, str]:
    """`Secretary of State Rogers` as (`Secretary of State`, `Rogers`): the longest title
    of several words in the table that opens `part`, and the rest."""
    words = part.split()
    for size in range(min(len(words) - 1, 5), 1, -1):
        if " ".join(words[:size]).casefold().rstrip(".") in titles:
            return " ".join(words[:size]), " ".join(words[size:])
    return "", part


def office_words(role: str, ctx: Context) -> bool:
    """Whether `role` holds a title or an office word (`High Commissioner ...`, `Embassy
    ...`), not a place's name alone."""
    words = {word.casefold().strip(".,") for word in role.split()}
    return not words.isdisjoint(ctx.res.patterns.words("honorifics")) or \
        not words.isdisjoint(ctx.res.patterns.words("office-words"))
