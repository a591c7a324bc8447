"""(frus63) Heads of government sign their personal letters and messages to one another with
the given name alone (`Yours ever,` / `Harold`: Macmillan or Wilson to the President;
`Winston`; frus65: `Ron`, Reagan to Nakasone): a signature that is one capitalised word, the
given name or its short form of exactly one person the document has already named (the
heading's `Message From Prime Minister Wilson to President Johnson`), is that person, not a
local person `Harold`.

(letters79) The Prime Minister's personal telegram as the British files print it (`PRIME
MINISTER'S` / `PERSONAL TELEGRAM` / `SERIAL No. T. 541/62`, the message between `Begins.`
and `Ends.`) names its writer by his office alone: a given name signing it, when no person
named so far has that name, is the office's holder in the document's year if his registered
name opens with it (table `initialled-forms`, shared with the initialled minute)."""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.model import Mark, Part
from tei.convert.office_holders import office_holder
from tei.convert.register import Entry

_GIVEN = re.compile(r"^(?P<name>[A-Z][a-z]{2,14})(?P<end>[.,]?)$")


def given_name_signer(part: Part, ctx: Context) -> Part:
    """`part` with its signature marked as the one named person whose given name it is."""
    if part.kind != "signed" or len(part.content) != 1:
        return part
    item = part.content[0]
    text = item if isinstance(item, str) else "".join(
        child for child in item.children if isinstance(child, str))
    local = isinstance(item, Mark) and item.tag == "persName" and any(
        item.attrs.get("ref") == f"#{entry.id}" for entry in ctx.local.values())
    found = _GIVEN.match(text.strip())
    if found is None or not (isinstance(item, str) or local):
        return part
    named = _named_by_given(found.group("name"), ctx) or _office_by_given(found.group("name"), ctx)
    if named is None:
        return part
    return Part(part.kind, [Mark("persName", {"ref": f"#{named.id}"}, [found.group("name")]),
                            found.group("end")], part.subtype)


def _named_by_given(given: str, ctx: Context) -> Entry | None:
    """The one register person used so far whose registered name opens with `given`, or
    else (frus65) whose given name `given` shortens (`Ron` for Ronald Reagan)."""
    people = [entry for entry in ctx.used.values() if entry.kind == "person"
              and len(entry.reg.split()) > 1]
    fits = [entry for entry in people if entry.reg.split()[0] == given] or [
        entry for entry in people if entry.reg.split()[0].startswith(given)]
    return fits[0] if len(fits) == 1 else None


def _office_by_given(given: str, ctx: Context) -> Entry | None:
    """The holder in the document's year of the office a personal form's heading names
    (`PRIME MINISTER'S` / `PERSONAL TELEGRAM`), when his registered name opens with `given`."""
    form = ctx.res.patterns.match("initialled-forms", ctx.text) if ctx.year else None
    holder = office_holder(form[0], ctx.year, None, ctx) if form and ctx.year else None
    if holder is None or holder.reg.split()[0] != given:
        return None
    return ctx.use(holder)
