"""The sender and addressee of a document as its title, signature, opener's address,
salutation and a minute's officer name them, in that order of trust (`correspondence`)."""

from __future__ import annotations

from tei.convert.byline_author import byline_authors
from tei.convert.context import Context
from tei.convert.described_source import described_parties
from tei.convert.exchange_parties import exchange_addressee
from tei.convert.minutes import minute_officer
from tei.convert.model import Header, Mark, Message, Party, RegistryLine
from tei.convert.named_parties import (
    addressees,
    channel_parties,
    over_form_address,
    refs,
    signed_over_channel,
    signing_parts,
)
from tei.convert.parties import parties, title_parties
from tei.convert.register import Entry
from tei.convert.title_note_parties import noted_party, source_line
from tei.convert.zones import Segments


def read_parties(header: Header, seg: Segments, message: Message, heading: list[RegistryLine],
                 ctx: Context) -> tuple[tuple[str, str] | None, str]:
    """The parties the title names, then the signers, the address's senders, the note's
    signer and the addressees; the title's parts and its sender part (for the places)."""
    sent, received = header.sent, header.received
    theme = seg.facts.get("title-theme", "")  # (other36) `Falklands: UKHC Wellington ...`
    title = header.title[len(theme) + 1:].strip() if theme else header.title
    split = title_parties(title, ctx) if title and not seg.facts.get("subject-title") else None
    title_sender = ""
    if split:
        line = seg.page_title.no if seg.page_title else 1
        sent.parties = parties(split[0], ctx, line) if split[0] else []
        received.parties = parties(split[1], ctx, line) if split[1] else []
        raw = source_line(ctx, seg.page_title.no) if seg.page_title else ""
        sent.parties = [noted_party(raw, party, ctx) for party in sent.parties]
        received.parties = [noted_party(raw, party, ctx) for party in received.parties]
        title_sender = split[0]
        found_parties(header, "the title")
    if not split and (described := described_parties(seg)):  # (repost96) a lesson's source
        line, sender, addressee = described  # line describing the document it quotes
        sent.parties = parties(sender, ctx, line)
        received.parties = [party for party in parties(addressee, ctx, line) if party.entry]
        found_parties(header, "the source line describing the document")
    channel_parties(seg, header, ctx)
    known = {p.entry for p in sent.parties if p.entry}
    for entry in [*signers(message, ctx), *_address_senders(message, ctx),
                  *_note_signer(seg, ctx), *byline_authors(message, heading, ctx)]:
        if entry not in known:
            sent.parties.append(Party(entry))
            known.add(entry)
    sent.parties = _one_form(sent.parties)
    signed_over_channel(sent, seg)
    addressed = {p.entry for p in received.parties if p.entry}
    roles = {p.role.casefold() for p in received.parties if not p.entry}
    received.parties += over_form_address(received, [
        party for party in addressees(message, heading, ctx)
        if (party.entry not in addressed if party.entry else party.role.casefold() not in roles)
        and (party.entry is None or party.entry.kind == "person" or not received.parties)],
        seg, ctx)
    found_parties(header, "the signature, address or salutation")
    if not received.parties and (officer := minute_officer(ctx)):
        received.parties = parties(officer, ctx, 1)  # `Mr. Calder` over a minute (other32)
        found_parties(header, "the officer a minute opens with")
    exchange_addressee(header, ctx)  # (repost89) the other side of an exchange's heading
    return split, title_sender


def _one_form(parties: list[Party]) -> list[Party]:
    """(signed51) A sender named short by the title (`(Ramos Barreto)`) and in full by the
    signature (`VICENTE RAMOS BARRETO`) is one person: the form another ends with goes."""
    names = [p.entry.reg for p in parties if p.entry and p.entry.kind == "person"]
    return [p for p in parties if not (p.entry and p.entry.kind == "person" and any(
        name.endswith(f" {p.entry.reg}") for name in names))]


def found_parties(header: Header, where: str) -> None:
    """Record `where` the sender and the addressee were found, for those found so far."""
    if any(p.entry or p.role for p in header.sent.parties):
        header.found("sender", where)
    if any(p.entry or p.role for p in header.received.parties):
        header.found("addressee", where)


def signers(message: Message, ctx: Context) -> list[Entry]:
    return refs(signing_parts(message, ctx), ctx)


def signing_bodies(message: Message, ctx: Context) -> list[Entry]:
    """The organisations a signature names when nothing else names a sender (the ICRC's
    telegraphic address `INTERCROIX` under its telegram)."""
    return refs([part.content for part in message.closer if part.kind == "signed"], ctx,
                 "orgName")


def _note_signer(seg: Segments, ctx: Context) -> list[Entry]:
    """The Secretary an official signed for, as a FRUS source note gives him (`who signed
    for Dulles`), unless the telegram's own signature names someone."""
    name = seg.facts.get("note-signer", "")
    return [ctx.person(name, 1, "Secretary of State")] if name else []


def _address_senders(message: Message, ctx: Context) -> list[Entry]:
    """Persons the `from` part of an opener's address names (`Following for the Minister
    from Wrong, Begins:`): the sender, as a signature would be."""
    parts = [item.children for part in message.opener if part.kind == "address"
             for item in part.content
             if isinstance(item, Mark) and item.tag == "seg" and item.attrs.get("type") == "from"]
    return refs(parts, ctx)
