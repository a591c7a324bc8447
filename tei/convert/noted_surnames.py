"""(cw97) A surname in the text that the edition's note on it names in full.

The Commonwealth editions identify a person the text names by surname alone in a note called
right after the name (DFAT: `After I leave, Clark [3] will remain in Nanking`, note `3
Colonel A.G. Clark, Military Attache.`; `Gorman [4]`, note `4 G.D.Gorman, Cypher Officer.`).
A capitalised word that ends a piece of text at a note's element (where the call stood) is
that person when exactly one of the document's notes opens with a name, after ranks and
courtesy titles, whose last word it is: the word points to the person the note names (the
register's, else the document's own local person).
"""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.register import Entry
from tei.convert.spans import Spans

# a surname standing last in a piece, a note's element (its call) right after it
_LAST_WORD = re.compile(r"(?<![\w.'’-])(?P<word>[A-Z][a-z'’-]{2,}+)\s?$")
# a note that opens with a person's name, after ranks and titles, a comma or stop after it
_TITLES = (r"(?:(?:Colonel|Col\.|Major|General|Gen\.|Captain|Capt\.|Lieutenant|Lt\.|"
           r"Brigadier|Admiral|Commander|Air\sMarshal|Sir|Lord|Lady|Dr\.?|Mr\.?|Mrs\.?|Miss|"
           r"Professor|Prof\.)\s)*+")
_NOTE_NAME = re.compile(rf"^{_TITLES}(?P<name>(?:[A-Z]\.\s?){{0,3}}+(?:[A-Z][a-z'’-]++\s){{0,2}}"
                        r"(?P<surname>[A-Z][a-z'’-]++))(?=[,.;]|\s\()")


def noted_surname_marks(piece: str, taken: Spans, ctx: Context) -> list[tuple[int, int, Entry]]:
    """The surname ending `piece` that one note names in full, with that note's person."""
    found = _LAST_WORD.search(piece)
    if found is None or taken.overlaps(found.start(), found.end()) or not ctx.footnotes:
        return []
    word = found.group("word")
    named = [(line, name.group("name")) for line, text in ctx.footnotes.values()
             if (name := _NOTE_NAME.match(text.strip())) and name.group("surname") == word]
    if len(named) != 1 or not ctx.plausible_name(named[0][1]) or (" " not in named[0][1].strip(
            ) and "." not in named[0][1]):
        return []
    taken.add(found.start("word"), found.end("word"))
    return [(found.start("word"), found.end("word"), ctx.person(named[0][1], named[0][0]))]
