"""A page title's subject after the addressee's comma (misses42): `Memorandum from ... to
President Geisel, US Threats and Promises and Brazilian Responses` names no third party."""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.roles import is_role

# a tail of three words or more after the addressee part's last comma
_COMMA_TAIL = re.compile(r",\s++(?P<tail>[^,\s]++(?:\s++[^,\s]++){2,})$")
_LISTED = re.compile(r"(?i)^(?:and|&|et|und|y)\s")  # `..., and Gen. Krolikowski`: one more party


def without_comma_subject(part: str, ctx: Context) -> str:
    """The addressee part without an unquoted subject after its comma: a tail that names no
    office, title or role (`High Commissioner in London`), opens no last party with `and`
    and holds no register person or body is the page's subject, not a party."""
    found = _COMMA_TAIL.search(part)
    tail = found.group("tail") if found else ""
    patterns = ctx.res.patterns
    words = {word.casefold().strip(".,") for word in tail.split()} - set(
        patterns.words("subject-joiners"))
    if not tail or _LISTED.match(tail) or is_role(tail, patterns) \
            or patterns.phrases("honorifics", tail) \
            or not words.isdisjoint(patterns.words("honorifics")) \
            or not words.isdisjoint(patterns.words("office-words")):
        return part
    return part if ctx.res.register.find(tail, ("person", "org")) else part[:found.start()]


# (repost82) a page's title naming a set of documents by their form in the plural (`Telegrams
# to the Front, August 1918`): no parties; (repost84) nor with the writer's name before `to`
# (a blog's `Letters Lenin to Trotsky`, `Telegrams of Lenin to Stalin` over several items)
SET_OF_FORMS = re.compile(r"^(?i:telegrams|cables|letters|messages)\s++"
                          r"(?:(?i:of|from|by)\s++)?(?:[A-Z][\w'’.-]*+\s++){0,3}to\s")
