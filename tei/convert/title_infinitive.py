"""(wcdh87) A title's ` to ` before a verb in title case names a purpose, not an addressee."""

from __future__ import annotations

import re
from functools import lru_cache

from tei.convert.context import Context
from tei.convert.patterns import Patterns

# the word after ` to ` and the word that follows it (`Find Out`, `Discuss the`)
_NEXT = re.compile(r"([A-Z][a-z]{2,})\s+\S")


@lru_cache(maxsize=4)
def _base_verbs(patterns: Patterns) -> frozenset[str]:
    """The base forms of table `capitals-common-verbs` (`verb` rows only: a `name-verb`
    such as `grant` may be a surname)."""
    return frozenset(word for word, kind in patterns.words("capitals-common-verbs").items()
                     if kind == "verb")


def infinitive_to(after: str, ctx: Context) -> bool:
    """Whether the text after a title's ` to ` opens with a common verb's base form in title
    case and runs on (`Activities by the Iraqi Embassy to Find Out About Assumed Arms Deals`,
    `Efforts to Establish Contacts with ...`): the ` to ` is the purpose's, no cut between
    sender and addressee; not a word the register knows as a name (`to Grant`, `to Rusk`)."""
    found = _NEXT.match(after)
    if not found:
        return False
    word = found.group(1).casefold()
    register = ctx.res.register
    return (word in _base_verbs(ctx.res.patterns) and not register.persons_by_surname(word)
            and word not in register.given_names and register.lookup(found.group(1)) is None)
