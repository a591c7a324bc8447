"""(ocr93) A person's given name and surname run together in an archive's title, as the CIA
reading room's (CREST) typed record titles often give them (`LETTER TO THE HONORABLE ALLEN
DULLES FROM CHESTERBOWLES`): a long word that no register entry is, but that reads as a
register person's given name and surname without the space between them, is that name for
the title's parties (`Chester Bowles`); the title itself keeps its word."""

from __future__ import annotations

import re

from tei.convert.context import Context

# a word long enough to hide two names, in small letters or capitals
_LONG = re.compile(r"\b[A-Z](?:[a-z]{7,30}+|[A-Z]{7,30}+)\b")
_SHORTEST = 3  # letters of the shortest given name or surname read apart


def unglued(title: str, ctx: Context) -> str:
    """`title` with each long word that is a register person's two names run together
    written as the two names."""
    def apart(found: re.Match[str]) -> str:
        word = found.group()
        if ctx.res.register.lookup(word) is not None or ctx.res.register.lookup(
                word.capitalize()) is not None:
            return word
        for cut in range(_SHORTEST, len(word) - _SHORTEST + 1):
            name = f"{word[:cut].capitalize()} {word[cut:].capitalize()}"
            entry = ctx.res.register.lookup(name)
            if entry is not None and entry.kind == "person":
                return name
        return word

    return _LONG.sub(apart, title)
