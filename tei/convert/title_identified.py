"""(wcdm90) The editors' identification in a page's title names a person as the text's does
(`The Chancellor's [Helmut Kohl's] Meeting with ...`, `Filippov [Stalin]`): its names are
marked inside the supplied text, where a record that calls him only by his office (`Der
Bundeskanzler`) names him nowhere else."""

from __future__ import annotations

from tei.convert.inline import InlineReader
from tei.convert.model import Inline, Mark, text_of

_NAMES = frozenset({"persName", "placeName", "orgName"})


def named_supplied(piece: Inline, line: int, inline: InlineReader) -> Inline:
    """`piece` itself, or an identification's supplied text with the persons, places and
    bodies it names marked (any other mark read as its words)."""
    if not (isinstance(piece, Mark) and piece.tag == "supplied"
            and piece.attrs.get("reason") == "identification"
            and len(piece.children) == 1 and isinstance(piece.children[0], str)):
        return piece
    marked = [part if isinstance(part, str) or part.tag in _NAMES else text_of([part])
              for part in inline.annotate(piece.children[0], line)]
    return Mark("supplied", dict(piece.attrs), marked)
