"""(wcda83) A title's party given by a communist party's office alone (`Letter to Comrade
Todor Zhivkov from the First Secretary of the PUWP CC`): the one register person whose dated
occupation is that office of that party in the document's year (`First Secretary of the
Polish United Workers' Party (1956-1970)`), the party read from the register body the title
names (its Central Committee or the party itself, by any of its names); given as the office
pointing to its holder, as an office's holder is (`office_holders`)."""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.model import Action, Party
from tei.convert.register import Entry
from tei.convert.sovereign_titles import holder

_PARTY_OFFICE = re.compile(
    r"(?i)^(?:the\s++)?(?P<office>first\s++secretary|general\s++secretary|secretary[\s-]general"
    r"|chairman)\s++of\s++(?:the\s++)?(?P<body>\S[^,;:]{2,120}+)$")
_CC_OF = re.compile(r"(?i)^(?:the\s++)?central\s++committee\s++of\s++(?:the\s++)?")


def party_office_parties(parts: list[tuple[Action, str]], year: int | None,
                         ctx: Context) -> None:
    """Give each action whose title part is a party office and that names no person the
    office's holder in `year` (see the module)."""
    if year is None:
        return
    for action, text in parts:
        found = _PARTY_OFFICE.match(text.strip(" ,.")) if text else None
        if found is None or any(p.entry is not None and p.entry.kind == "person"
                                for p in action.parties):
            continue
        office = " ".join(found["office"].split())
        for body in ctx.res.register.find(found["body"], ("org",)):
            person = _holder(office, body.entry, year, ctx)
            if person is not None:
                others = [p for p in action.parties if p.entry is not body.entry]
                role = re.sub(r"(?i)^the\s++", "", text.strip(" ,."))
                action.parties = [Party(ctx.use(person), role), *others]
                break


def _holder(office: str, body: Entry, year: int, ctx: Context) -> Entry | None:
    """The holder of `office` of the party `body` names (a Central Committee's party too)."""
    names = ["".join(name.itertext()) for name in body.element.iterfind("{*}orgName")]
    names += [_CC_OF.sub("", name) for name in names if _CC_OF.match(name)]
    for name in dict.fromkeys(names):
        person = holder(f"{office} of the {name}", year, ctx.res.register) \
            or holder(f"{office} of {name}", year, ctx.res.register)
        if person is not None:
            return person
    return None
