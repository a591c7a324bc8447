"""(wcdm90) The editors' identification of an office in a page's title names its holder
(`The Chancellor's [Helmut Kohl's] Meeting with ...`): its names are marked inside the
supplied text, where a record that calls him only by his office (`Der Bundeskanzler`) names
him nowhere else. One that identifies a name marked before it (`Filippov [Stalin]`, a
pseudonym the register knows) stays plain supplied text (misses14)."""

from __future__ import annotations

from tei.convert.inline import InlineReader
from tei.convert.model import Inline, Inlines, Mark, text_of

_NAMES = frozenset({"persName", "placeName", "orgName"})


def named_supplied(piece: Inline, line: int, inline: InlineReader, before: Inlines) -> Inline:
    """`piece` itself, or an identification's supplied text with the persons, places and
    bodies it names marked (any other mark read as its words) when no name is marked right
    before it (`before`, the title's items so far)."""
    last = next((item for item in reversed(before)
                 if not (isinstance(item, str) and not item.strip())), None)
    if isinstance(last, Mark) and last.tag in _NAMES:
        return piece
    if not (isinstance(piece, Mark) and piece.tag == "supplied"
            and piece.attrs.get("reason") == "identification"
            and len(piece.children) == 1 and isinstance(piece.children[0], str)):
        return piece
    marked = [part if isinstance(part, str) or part.tag in _NAMES else text_of([part])
              for part in inline.annotate(piece.children[0], line)]
    return Mark("supplied", dict(piece.attrs), marked)
