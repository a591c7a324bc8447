"""(lead34) Names written surname first with the given name after a comma (`Kohl, Helmut`;
the display names of a mail's header, `From: Sullivan, Jacob J`, `To: Cretz, Gene A;
Feltman, Jeffrey D`): one person, named given name first (`Jacob J. Sullivan`), never the
register's person of that surname with another given name. Read when the register knows the
name so written, or in a mail header's `From:`, `To:`, `Cc:` field with the middle
initial after the given name (`Gene A`). No word of either part may be a common word or an
office, and neither part a register place; the name ends at the field's end, a `;`, an
address in angle brackets, a bracket or a comma. (lead79) A generational suffix after it
is the name's (`Watson, Thomas J., Jr.`, as catalogues index names: Thomas J. Watson Jr.).
(intel82) The surname may be in capitals, as the MfS writes the person a report is about
(`über ... des ARD-Korrespondenten LOEWE, Lothar`), when the register knows the name."""

from __future__ import annotations

import re
from functools import lru_cache

from tei.convert.context import Context
from tei.convert.patterns import Patterns

_NAME = re.compile(
    r"(?<![\w'’.,-])(?<!,\s)(?P<surname>[A-Z][a-z][\w'’-]*+(?:[ -][A-Z][a-z][\w'’-]*+)?"
    # (intel82) the MfS's surname in capitals: `LOEWE, Lothar`; (wcdh87) its particle: `EL
    # HAZAA, Achmed`
    r"|(?:(?:EL|AL|ABU|BEN|BIN|DE|DI|DA|DOS|DEL|LE|LA|VON|VAN)\s)?[A-Z][A-Z][A-Z'’-]*+),\s"
    r"(?P<given>[A-Z][a-z][\w'’-]*+)(?:\s(?P<middle>[A-Z][a-z][\w'’-]*+|[A-Z](?![\w'’-])\.?))?"
    r"(?:,?\s(?P<suffix>[JS]r\.?|I{2,3}|IV)(?![\w'’-]))?(?=\s*+(?:[;<(,]|$))")
_INITIAL = re.compile(r"^[A-Z]\.?$")  # a display name's middle initial (`Cretz, Gene A`)
_MAIL_FIELD = re.compile(r"^\s*+(?i:from|to|cc|bcc|sent\s++by|reply-to)\s*+:")


def inverted_given_names(piece: str, ctx: Context) -> list[tuple[int, int, str]]:
    """The spans of `piece`'s names written `Surname, Given` with each name written given
    name first, as the module says."""
    if ", " not in piece:
        return []
    mail = _MAIL_FIELD.match(piece) is not None
    stop = _stop(ctx.res.patterns)
    found = []
    for m in _NAME.finditer(piece):
        surname, given, middle, suffix = m.group("surname", "given", "middle", "suffix")
        if any(word.casefold() in stop for word in re.split(r"[ -]", f"{surname} {given}")) \
                or _place(surname, ctx) or _place(given, ctx):
            continue
        middle = f"{middle}." if middle and len(middle) == 1 else middle
        surname = surname.title() if surname.isupper() else surname  # (intel82)
        name = " ".join(part for part in (given, middle, surname, _undotted(suffix)) if part)
        if (mail and _INITIAL.match(middle or "")) or _known(name, given, surname, ctx) \
                or _file_line(piece, m):
            found.append((m.start(), m.end(), name))
    return found


def _file_line(piece: str, m: re.Match[str]) -> bool:
    """(wcdh87) The MfS's way of naming a person on a line of its own, the surname in
    capitals and the given name after a comma (`the party envoy of the embassy,` / `EL
    HAZAA, Achmed` / `alias: Abu Achmed,`): a person, though the register lacks the name."""
    return m.start() == 0 and m.end() == len(piece.rstrip(" ,")) \
        and m.group("surname").isupper() and not m.group("given").isupper()


def _undotted(suffix: str | None) -> str | None:
    """A generational suffix as the register's look-up reads it (`Jr`, `III`: a name's
    last stop is no part of the name it finds)."""
    return suffix.rstrip(".") if suffix else None


def _known(name: str, given: str, surname: str, ctx: Context) -> bool:
    """Whether the register knows the person by the name, or by its given name and surname."""
    return any((entry := ctx.res.register.lookup(form)) is not None and entry.kind == "person"
               for form in (name, f"{given} {surname}"))


def _place(word: str, ctx: Context) -> bool:
    """Whether the register knows the word as a place or a body."""
    entry = ctx.res.register.lookup(word)
    return entry is not None and entry.kind != "person"


@lru_cache(maxsize=4)
def _stop(patterns: Patterns) -> frozenset[str]:
    """The words no part of such a name holds (tables `not-names`, `office-words`), gathered
    once for the tables."""
    return frozenset({*patterns.words("not-names"), *patterns.words("office-words")})
