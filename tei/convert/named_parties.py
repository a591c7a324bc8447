"""The parties the letter parts and the cable heading name: the persons, else the bodies,
an opener's address, salutation or foot address marks, the heading's sender and addressee
lines and their fields, a channel line's persons, and an office a styled inside address names."""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.heading_tolerance import NAMES_RUN_ON
from tei.convert.model import (
    Action,
    Header,
    Inlines,
    Mark,
    Message,
    Party,
    RegistryLine,
    text_of,
)
from tei.convert.office_holders import own_office
from tei.convert.parties import office_words, parties
from tei.convert.register import Entry
from tei.convert.segment import heading_groups
from tei.convert.zones import Segments


def addressees(message: Message, heading: list[RegistryLine], ctx: Context) -> list[Party]:
    # an office a styled inside address names (`The Honorable` / `The Secretary of State,`),
    # or a foot address by office alone (other34: `The President` / `of the United States`)
    styled = [text_of(part.content) for part in message.opener if part.subtype == "styled"]
    lines = [text_of(part.content) for part in message.closer if part.kind == "address"]
    found = ctx.res.patterns.match("foot-address", lines[0].split("\n")[0].strip()) \
        if lines else None
    foot = _foot_office(lines) if found and found[0] == "office-address" else ""
    roles = [party for text in [*styled, *([" ".join(foot.split())] if foot else [])]
             for party in parties(text, ctx)
             if party.entry is None and office_words(party.role, ctx)]
    for kind in ("address", "salute"):
        contents = [part.content for part in [*message.opener, *message.closer]
                    if part.kind == kind]
        # an inside address naming no person names its body (`Ministry of Foreign Affairs`)
        found = refs(contents, ctx) or (refs(contents, ctx, "orgName") if kind == "address"
                                         else [])
        if found:
            return [Party(entry) for entry in found]
        if kind == "address" and (named := roles or addressed_bodies(contents, ctx)):
            return named
    # (ocr77) a memorandum's salutation by the addressee's office alone (`Mr. President:`, the
    # White House's memoranda to the President): the office, its holder resolved by the date
    salutes = [text_of(part.content).strip() for part in message.opener if part.kind == "salute"]
    if salutes and (office := _OFFICE_SALUTE.match(salutes[0])) and not any(
            line.subtype == "addressee" for line in heading):
        return [Party(None, office.group("office"))]
    # (bloc77) with the names an address line ending in a comma runs on to
    lines = [line.content for above, line, below
             in zip([None, *heading], heading, [*heading[1:], None], strict=False)
             if line.subtype == "addressee" or (
                 above is not None and above.subtype == "addressee"
                 and text_of(above.content).rstrip().endswith(",")
                 and NAMES_RUN_ON.match(text_of(line.content).strip()) is not None)
             or (below is not None and below.subtype == "addressee"  # (wcdd85)
                 and line.subtype != "addressee" and _bare_person(line.content))]
    if len(lines) > 1 and all(BARE_POST.match(text_of(line).removeprefix("TO "))
                              for line in lines):  # (frus34) a cable's `TO` list of posts:
        lines = lines[:1]  # its first names the addressee, as a sole `TO` line does
    named_parts = _field_values(heading, ("addressee", "transmission", "document-type"),
                                "addressee", ctx)
    named: list[Party] = []
    for text in named_parts:
        named += [p for p in parties(text, ctx) if p.entry and p.entry.kind == "person"
                  and p not in named]
    if named:  # and the persons the lines mark that the group did not give (in brackets)
        return named + [Party(e) for e in refs(lines, ctx) if Party(e) not in named]
    found = refs(lines, ctx) or refs(lines, ctx, "orgName")
    if found:
        return [Party(entry) for entry in found]
    return parties(named_parts[0], ctx) if named_parts else _governor_s_despatch(message, ctx)


def _bare_person(content: Inlines) -> bool:
    """(wcdd85) A line that is one person's name alone (a Hungarian report's `Frigyes Puja`
    over `Comrade Foreign Minister`): the addressee named over his office's line."""
    items = [item for item in content if not (isinstance(item, str) and not item.strip())]
    return len(items) == 1 and isinstance(items[0], Mark) and items[0].tag == "persName"


_OFFICE_SALUTE = re.compile(r"^(?:Mr\.|MR\.)\s++(?P<office>President|PRESIDENT):$")


# (wcda59) an inside address to bodies alone, on one line closed by a colon (a Chinese
# provincial report's `To the Provincial Party Committee and the Central Foreign Affairs
# Office:`), and where it parts them
_TO_BODIES = re.compile(r"^To\s++(?:the\s++)?(?P<bodies>[A-Z][^:]{3,160}+):$")
_BODIES_JOIN = re.compile(r",\s*+(?:and\s++)?(?:the\s++)?|(?<!\s)\s++and\s++(?:the\s++)?")


def addressed_bodies(contents: list[Inlines], ctx: Context) -> list[Party]:
    """The bodies an inside address `To the X and the Y:` names that the register does not
    know, each an office by its words (`Committee`, `Office`); [] unless all of them are."""
    found = _TO_BODIES.match(text_of(contents[0]).strip()) if len(contents) == 1 else None
    names = _BODIES_JOIN.split(found.group("bodies")) if found else []
    bodies = [Party(None, name) for name in names if office_words(name, ctx)]
    return bodies if names and len(bodies) == len(names) else []


def _governor_s_despatch(message: Message, ctx: Context) -> list[Party]:
    """(dfat55) A colonial governor's despatch that names no addressee (`Sir,` over the text,
    `GOVERNOR.` under the signature, no foot address): it goes to the office the signer's
    role answers to (table `despatch-offices`: a governor's to the Secretary of State for the
    Colonies, resolved to the holder of the despatch's year)."""
    salutes = [text_of(part.content).strip(" ,") for part in message.opener
               if part.kind == "salute"]
    if salutes != ["Sir"]:
        return []
    rows = [row.strip(" .,") for part in message.closer if part.kind == "signed"
            for row in _rows(part.content)]
    offices = [office for row in rows if (office := ctx.res.patterns.label(
        "despatch-offices", row))]
    return [Party(None, offices[0])] if len(set(offices)) == 1 else []


def _rows(content: Inlines) -> list[str]:
    """The lines of inline content, parted where an `lb` stands."""
    rows: list[Inlines] = [[]]
    for item in content:
        if isinstance(item, Mark) and item.tag == "lb":
            rows.append([])
        else:
            rows[-1].append(item)
    return [text_of(row) for row in rows]


def _foot_office(lines: list[str]) -> str:
    """The office a foot address names: its lines up to the one its comma closes (letters43:
    `The President,` over `The White House.`, the office's seat; but `The President` / `of
    the United States` is one office)."""
    rows = [row.strip() for line in lines for row in line.split("\n") if row.strip()]
    end = next((k for k, row in enumerate(rows) if row.endswith(",")), len(rows) - 1)
    return " ".join(rows[:end + 1])


# a post of a cable's `TO` list, perhaps behind its routing indicator (`RUEHC/SECSTATE WASHDC`)
BARE_POST = re.compile(r"(?:R[A-Z]{3,6}/[A-Z]|(?:AMEMBASSY|AMCONSUL|AMCONGEN|AMLEGATION|USMISSION"
                       r"|USDEL|USLO|USINT|USUN|USNATO|USEU|SECSTATE|SECDEF)\s)")


def refs(contents: list[Inlines], ctx: Context, tag: str = "persName") -> list[Entry]:
    """Entries referred to by `tag` marks in inline content, in order; not inside insertions,
    footnotes (`To VIKTOR[i]` with the note naming Fitin) nor the `from` part of an
    address or (cables65) of a channel line in the heading after the persons it is for (`FOR
    AMBASSADOR STOESSEL FROM SISCO`: Sisco sends)."""
    found: dict[str, Entry] = {}
    named = 0  # the entries found before the content walked

    def walk(items: Inlines) -> bool:
        for item in items:
            if isinstance(item, str) and len(found) > named and _FROM_SIDE.search(item):
                return True
            if not isinstance(item, Mark) or item.tag in ("supplied", "seg", "note"):
                continue
            entry = ctx.used.get(item.attrs.get("ref", "")[1:]) if item.tag == tag else None
            if entry:
                found.setdefault(entry.id, entry)
            if walk(item.children):
                return True
        return False

    for content in contents:
        named = len(found)
        walk(content)
    return list(found.values())


# a channel line's sending side, in capitals, or (cables69) the commanders it informs
# (`PERSONAL FOR ADM GAYLER, INFO GEN RYAN, ADM ZUMWALT, FROM ADM MOORER`): no addressees
_FROM_SIDE = re.compile(r"(?:^|[\s,])(?:FROM|INFO)\s")


def relayed_senders(heading: list[RegistryLine], message: Message,
                    ctx: Context) -> list[Party]:
    """`heading_senders`; where those name no person, the persons a `FROM:` head of the
    message names (a backchannel message the White House Situation Room relays: `FM THE
    SITUATION ROOM` over `TO: AL HAIG` / `FROM: BRENT SCOWCROFT`; cables55): the relay
    office sends the cable, the officer the message."""
    named = heading_senders(heading, ctx)
    if any(party.entry is not None and party.entry.kind == "person" for party in named):
        return named
    inside = refs([head for head in message.heads if _FROM_HEAD.match(text_of(head))], ctx)
    return [Party(entry) for entry in inside] or named or _diarist(heading, ctx)


_FROM_HEAD = re.compile(r"^FROM\s?:\s")  # a message's sender head in capitals (`FROM: X`)
# (lead33) a diary's or journal's line over its entry: its keeper writes the entry
_DIARY_OF = re.compile(r"(?i)^(?:from\s++)?(?:the\s++)?(?:diary|journal)\s++of\s++"
                       r"(?P<name>[^,]{3,80}?)(?:,\s*+\d{4})?$")


def _diarist(heading: list[RegistryLine], ctx: Context) -> list[Party]:
    """The person whose diary or journal a heading's provenance line names (`THE DIARY OF
    ANATOLY S. CHERNYAEV`, `From the journal of A. M. Puzanov`), else (wcdf86) the person on
    the line under a provenance line that ends with its `of` (`From the journal of` /
    `M.A.Manasov`), else none."""
    for i, line in enumerate(heading):
        text = text_of(line.content) if line.subtype == "provenance" else ""
        found = _DIARY_OF.match(text)
        if not found and text.casefold().endswith(" of") and i + 1 < len(heading):
            found = _DIARY_OF.match(f"{text} {text_of(heading[i + 1].content)}")
        if found:
            persons = [party for party in parties(found.group("name"), ctx)
                       if party.entry is not None and party.entry.kind == "person"]
            return persons or (_keeper_under_office(heading[i + 1:i + 5], ctx)
                               if text.casefold().endswith(" of") else [])
    return []


def _keeper_under_office(lines: list[RegistryLine], ctx: Context) -> list[Party]:
    """(wcdo91) The journal's keeper on a line of its own under his office's lines
    (`from the journal of` / `Counsellor of the Soviet` / `Embassy in the DPRK` /
    `S. P. Lazarev`): the first such line naming a person, before the document's type or
    date line."""
    for line in lines:
        if line.subtype in ("document-type", "dateline"):
            break
        persons = [party for party in parties(text_of(line.content), ctx)
                   if party.entry is not None and party.entry.kind == "person"]
        if persons and len(text_of(line.content).split()) <= 4:
            return persons
    return []


def heading_senders(heading: list[RegistryLine], ctx: Context) -> list[Party]:
    """Persons, else organisations, named in the heading's sender lines (`FROM:`, `Mr. X`),
    else the office a sender field names (`High Commissioner for the United Kingdom in
    Ceylon`). Where a line's row reads its sender apart (`W. CHURCHILL TO J. V. STALIN`),
    the persons the lines mark are those of that part only."""
    lines = [line.content for line in heading if line.subtype in ("transmission", "sender")]
    addressed = _addressed_from_place(heading, ctx)
    marked = [entry for entry in refs(lines, ctx) if entry.id not in addressed]
    senders = [p for text in _field_values(heading, ("transmission", "sender"), "sender", ctx)
               for p in parties(text, ctx) if p.entry]
    apart = {p.entry.id for p in senders}
    if any(entry.id in apart for entry in marked):
        return [Party(entry) for entry in marked if entry.id in apart]
    if marked and senders:  # the marked are the addressee's (`To Minister X from Chargé Y`)
        return senders
    found = marked or refs(lines, ctx, "orgName")
    offices = _field_values(heading, ("sender", "transmission"), "sender", ctx)
    office = [party for party in parties(offices[0], ctx) if party.entry is None
              and office_words(party.role, ctx)] if found and offices else []
    if office:  # (lang47) the marked are the line's summary's (`Telegrama n.º 42 expedido do
        return office  # MNE para ... recomendando que ... ao Ministro da Alemanha`)
    if found:
        return [Party(entry) for entry in found]
    persons = [p for p in senders if p.entry and p.entry.kind == "person"]
    if persons:  # (invent19) a surname the register does not know (`FROM: VERHOEVEN, UNATIONS`)
        return persons  # as the addressee's field gives it
    # (other43) or the office a heading's party names (`Sändebudet i Moskva till UD`)
    held = _POST_OFFICE.match(offices[0].strip()) if offices else None
    post = ctx.res.register.lookup(held.group("post")) if held else None
    if held and post is not None and post.kind == "place" and office_words(
            held.group("office"), ctx):  # (other41) `From: Tokyo (Foreign Minister)`
        return [Party(None, held.group("office"))]
    return [party for party in parties(offices[0], ctx) if party.entry is None
            and office_words(party.role, ctx)] if offices else []


def _addressed_from_place(heading: list[RegistryLine], ctx: Context) -> set[str]:
    """(lead83) The entries a line's addressee field names where its sender field is a place
    (`From Pyongyang To Vyshinsky`): marked in the line, yet never the sender."""
    places = [text for text in _field_values(heading, ("transmission", "sender"), "sender", ctx)
              if (entry := ctx.res.register.lookup(text.strip(" ."))) is not None
              and entry.kind == "place"]
    return {p.entry.id for text in _field_values(heading, ("transmission", "sender"),
                                                 "addressee", ctx)
            for p in parties(text, ctx) if p.entry} if places else set()


# an intercept's sender field: the post, then the office that sent from it in brackets
_POST_OFFICE = re.compile(r"^(?P<post>[^()]{2,40}?)\s*+\((?P<office>[^()]{3,60})\)$")


def _field_values(heading: list[RegistryLine], subtypes: tuple[str, ...], group: str,
                  ctx: Context) -> list[str]:
    """The values of `group` (`sender`, `addressee`) that the heading lines of `subtypes`
    name in their fields (`To: X From: Y` names its addressee in a group only)."""
    return [found[1][group] for line in heading if line.subtype in subtypes
            and (found := heading_groups(text_of(line.content), ctx)) and found[1].get(group)]


def channel_parties(seg: Segments, header: Header, ctx: Context) -> None:
    """The persons a channel line names (`Exclusive for William Bundy from McGeorge Bundy`)
    joining the title's parties; an office alone (`Following for Secretary from Ambassador`)
    where nothing else names that side."""
    line = int(seg.facts.get("channel-line", "1"))
    for key, action in (("channel-to", header.received), ("channel-from", header.sent),
                        ("channel-to-also", header.received)):  # (cables81) passing lines
        # (cables43) `207. From Wiley.` under `The Chargé (Gordon) to ...`: the counselor's
        # message sent in the chargé's name; the line alone names the sender only where none is
        if key == "channel-from" and seg.facts.get("channel-from-alone") and any(
                p.entry is not None and p.entry.kind == "person" for p in action.parties):
            continue
        have = {p.entry for p in action.parties if p.entry}
        found = _channel_names(seg.facts.get(key, ""), ctx, line)
        action.parties += found if _bodies_only(action.parties) and len(found) == 1 \
            and found[0].role and found[0].entry is None else []
        for party in found:
            if party.entry is not None and party.entry.kind == "person" and party.entry not in have:
                action.parties.append(party)
                have.add(party.entry)
    own = seg.facts.get("channel-own-office")
    if own:
        header.sent.parties += own_office(own, header.sent, ctx)


# (frus84) a delegation, department or mission a heading names as one side
_BODY = re.compile(r"(?i)\b(?:delegation|department|embassy|legation|mission|consulate)\b")


def _bodies_only(parties_: list[Party]) -> bool:
    """Whether a side names no one or bodies only (`The Secretary of State to the United
    States Delegation` over `Tedul 127. Eyes only for Under Secretary from Secretary.`): the
    channel's office alone then joins it, a person's office its holder resolves to."""
    return all((p.entry is not None and p.entry.kind == "org")
               or (p.entry is None and bool(_BODY.search(p.role))) for p in parties_)


def over_form_address(action: Action, more: list[Party], seg: Segments,
                      ctx: Context) -> list[Party]:
    """(cables74) The addressees `more` the form's address adds to `action`: none where a
    channel line named whom the telegram is for (`EYES ONLY FOR THE PRESIDENT FROM THE
    SECRETARY`, `FOR AMBASSADOR FROM ACTING SECRETARY`) and the form's address is by office
    or post alone (`TO: Secretary of State`, `ACTION: Amembassy NEW DELHI`), the post's place
    kept as the place of reception."""
    if not seg.facts.get("channel-to") or not action.parties or not more or any(
            p.entry is not None for p in more) or _sharper(more, action.parties, ctx):
        return more
    if action.place is None:
        places = list(dict.fromkeys(match.entry for party in more
                                    for match in ctx.res.register.find(party.role, ("place",))))
        action.place = places[0] if len(places) == 1 else None
    return []


def _sharper(more: list[Party], named: list[Party], ctx: Context) -> bool:
    """Whether a form's address names the channel's office with its place (`TO: U.K. HIGH
    COMMISSIONER IN NEW ZEALAND` under `Following personal for High Commissioner from ...`):
    then it stays."""
    offices = [" ".join(p.role.split()).casefold() for p in named if p.entry is None and p.role]
    return any(office and office in " ".join(p.role.split()).casefold()
               and ctx.res.register.find(p.role, ("place",)) for p in more for office in offices)


def signed_over_channel(action: Action, seg: Segments) -> None:
    """(cables74) The office a channel line sends from (`FROM ACTING SECRETARY`) goes once
    the telegram's signature names the person (`BALL`): one sender, not two."""
    office = _office_key(seg.facts.get("channel-from", ""))
    if office and any(p.entry is not None and p.entry.kind == "person" for p in action.parties):
        action.parties = [p for p in action.parties
                          if p.entry is not None or _office_key(p.role) != office]


def _office_key(words: str) -> str:
    """`THE SECRETARY`, `Secretary.` -> `secretary`."""
    return re.sub(r"^the\s", "", " ".join(words.split()).strip(" .").casefold())


# a surname alone on a routing line's side (`Personal for Jordan from Holland.`)
_ONE_WORD = re.compile(r"[A-Z][a-z]++(?:[-'’][A-Z][a-z]++)?")


def _channel_names(value: str, ctx: Context, line: int) -> list[Party]:
    """The parties of one side of a channel line; (cw59) a surname alone that the register
    knows as a place names a person there, the register's one person of that surname who
    fits the year, else a local one (`from Holland`: Sidney Holland, not the Netherlands)."""
    found = parties(value, ctx, line) if value else []
    word = value.strip(" .,")
    if found or not _ONE_WORD.fullmatch(word):
        return found
    known = ctx.res.register.lookup(word)
    return [Party(ctx.person(word, line))] if known is not None and known.kind == "place" else []


# (letters72) letters of credence and recall and full powers: the head of state signs and his
# foreign minister countersigns under him (`A. Novotný` / `V. David` / `Minister of Foreign
# Affairs`; `Olav R.` / `Halvard Lange`); the form is told by its name or its salutation
_CREDENTIALS = re.compile(r"(?i)\bletters?\s++of\s++(?:credence|recall)\b|\bfull\s++powers\b"
                          r"|\blettres?\s++de\s++(?:créance|rappel)\b"
                          r"|\bgreat\s++and\s++good\s++friend\b")


def signing_parts(message: Message, ctx: Context) -> list[Inlines]:
    """The signatures naming the senders: on credentials only the first, the later ones
    countersign it."""
    signed = [part.content for part in message.closer if part.kind == "signed"]
    return signed[:1] if len(signed) > 1 and _CREDENTIALS.search(ctx.text) else signed
