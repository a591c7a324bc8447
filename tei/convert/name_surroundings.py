"""The words around a name in running text that tell which entity it is: a title before
it, a country before an organisation, an `of the ...` qualifier after it, a plural noun
after it, an office symbol set after it in a participants list."""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.register import NameMatch


def qualifier(piece: str, match: NameMatch, found: list[NameMatch]) -> str:
    """`of the Mongolian People's Republic` after an organisation's name (`Ministry of
    Foreign Affairs`): the words from `of` to the end of the place named next; '' when no
    place follows the name that way."""
    if match.entry.kind != "org":
        return ""
    joined = _OF_THE.match(piece, match.end)
    place = next((m for m in found if joined and m.start == joined.end()), None)
    return piece[match.end:place.end] if place and place.entry.kind == "place" else ""


def country_before(text: str, start: int) -> str:
    """The capitalised words (and `of`, `the` among them) that run into a name at `start`
    with no stop between: the country they may name."""
    found = _COUNTRY_BEFORE.search(text, max(0, start - 60), start)
    return found.group() if found else ""


def before_plural_noun(text: str, at: int) -> bool:
    """Does a lower-case word ending in `s` (`leaders`, `officials`) follow `at`?"""
    following = text[at:at + 40].split(maxsplit=1)
    word = following[0].rstrip(".,;:") if following and text[at:at + 1].isspace() else ""
    return len(word) > 3 and word.isalpha() and word.islower() and word.endswith("s")


def title_before(text: str, start: int, joiners: frozenset[str] = frozenset()) -> str:
    """The capitalised words (three at most, besides the `joiners` within a title of the
    table: `of`, `for`) standing just before a name (`Assistant Secretary` before
    `Parsons`, `Secretary of State` before `Rogers`): the title it may be told by."""
    run: list[str] = []
    for word in reversed(text[max(0, start - 80):start].split()[-5:]):
        if not word[:1].isupper() and not (word in joiners and run):
            break
        run.insert(0, word)
        if sum(w[:1].isupper() for w in run) == 3:
            break
    while run and run[0] in joiners:
        run.pop(0)
    return " ".join(run)


# a country's name or adjective right before an organisation's, no stop between (`People's
# Republic of China Ministry of Foreign Affairs`, `the Polish MFA`)
_COUNTRY_BEFORE = re.compile(r"(?:(?<![\w'’])[A-Z][\w'’-]*+\s++(?:(?:of|the)\s++)?){1,4}$")
_OF_THE = re.compile(r"\s(?i:of)\s(?i:the\s)?")


def without_office(name: str, ctx: Context) -> str:
    """A name without the office symbol a participants list sets after it (`Tyler EUR`,
    `Toon EUR/EE`): the symbol stays outside the name's element; a possessive stays in."""
    trimmed = ctx.trimmed(name)
    tail = name[len(trimmed):]
    office = name.startswith(trimmed) and tail.strip() and not ("'" in tail or "’" in tail)
    return trimmed if office else name
