"""(repost96) A lesson's or reader's source line that describes the document it quotes: its
form, writer, addressee and date in one sentence, under the text (the Stanford History
Education Group's document sets and their copies: `Source: Excerpt from a telegram sent by
Soviet Ambassador Nikolai Novikov to Soviet Leadership in September 1946.`, `Source: Letter
from Henry Wallace to President Truman, July 23, 1946.`). Where no title, heading or
signature names the sender, the line's writer is the sender (and its addressee the
addressee), and where no line dates the document, the line's date dates it."""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.read import Line
from tei.convert.zones import Segments

_DESCRIBED = re.compile(
    r"^(?:Source:\s*+)?(?:(?:An?\s++)?(?:[Ee]xcerpts?|[Pp]assages?)\s++(?:from|of)\s++)?"
    r"(?:(?:[Aa]n?|[Tt]he)\s++)?(?:(?:secret|confidential|private|personal)\s++)?"
    r"(?:[Tt]elegram|[Ll]etter|[Cc]able|[Mm]emo(?:randum)?|[Mm]essage|[Dd]ispatch|[Dd]espatch)"
    r"\s++(?:(?:sent|written|delivered|addressed)\s++)?(?:by|from)\s++"
    r"(?P<sender>[A-Z][^,;:]{2,120}?)\s++to\s++(?P<addressee>[^,;:]{2,120}?)"
    r"(?:,\s*+|\s++(?:on|in|dated)\s++)(?P<date>[A-Z][a-z]{2,8}\.?\s++\d{1,2},\s*+\d{4}"
    r"|\d{1,2}\s++[A-Z][a-z]{2,8}\s++\d{4}|[A-Z][a-z]{2,8}\s++\d{4})\.?$")


# a source line that describes a passage rather than names a shelfmark (`Excerpt from a speech
# by ...`, `Address by President Harry Truman to a joint session of Congress, March 12, 1947.`)
_DESCRIBING = re.compile(
    r"^(?:Source:\s*+)?(?:(?:An?\s++)?(?:[Ee]xcerpts?|[Pp]assages?)\s++(?:from|of)\s++)?"
    r"(?:(?:[Aa]n?|[Tt]he)\s++)?(?:[Tt]elegram|[Ll]etter|[Cc]able|[Mm]emo(?:randum)?|[Mm]essage"
    r"|[Dd]ispatch|[Dd]espatch|[Aa]ddress|[Ss]peech|[Dd]iary|[Mm]emoirs?|[Aa]rticle|[Ii]nterview)"
    r"\s++(?:(?:sent|written|delivered|given|addressed)\s++)?(?:by|from)\s++[A-Z]")


def describes(text: str) -> bool:
    """Whether a source line describes the passage (its form and author), not its shelfmark."""
    return _DESCRIBING.match(text.strip()) is not None


def set_apart(seg: Segments) -> None:
    """The page's source lines that describe a passage moved from its `source` field (read as
    shelfmarks) to its page text (the header's sources, with their label)."""
    described = [line for line in seg.fields.get("source", []) if describes(line.text)]
    if described:
        seg.fields["source"] = [line for line in seg.fields["source"] if line not in described]
        seg.fields.setdefault("page-text", []).extend(
            Line(line.no, f"Source: {_LABEL.sub('', line.text.strip())}") for line in described)


_LABEL = re.compile(r"^Source:\s*+")


def _described(seg: Segments) -> tuple[Line, re.Match[str]] | None:
    """The page's source line describing the document, and its match."""
    labelled = [line for line in seg.fields.get("page-text", []) if _LABEL.match(line.text)]
    for line in [*seg.fields.get("source", []), *labelled]:
        found = _DESCRIBED.match(line.text.strip())
        if found:
            return line, found
    return None


def described_parties(seg: Segments) -> tuple[int, str, str] | None:
    """(line number, sender part, addressee part) of a describing source line."""
    described = _described(seg)
    if described is None:
        return None
    line, found = described
    return line.no, found.group("sender"), found.group("addressee")


def described_date(seg: Segments, ctx: Context) -> Line | None:
    """The describing source line's date, as a date line, when it reads as a date."""
    described = _described(seg)
    if described is None:
        return None
    line, found = described
    text = found.group("date")
    return Line(line.no, text) if ctx.res.dates.find(text) else None
