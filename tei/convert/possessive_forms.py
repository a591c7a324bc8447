"""(cw68) A subject heading that names another document by whose it is (`SITUATION IN HAVANA
AFTER KHRUSHCHEV'S LETTER`, `REPLY TO YOUR TELEGRAM`, `THE PRIME MINISTER'S MESSAGE`):
the form word there is the matter, not the document's own form, when a form line of the
heading (`Telegram 142`, `TELEGRAM 3112`) names that."""

from __future__ import annotations

import re

from tei.convert.context import Context

# a possessive just before the form word: a name's `'s` or `s'`, or a possessive pronoun
_POSSESSIVE = re.compile(r"(?i)(?:\w['’]s|\ws['’]|\b(?:your|my|his|her|their|our|its))\s++$")


def names_other_form(text: str, ctx: Context) -> bool:
    """Whether every form word in the heading `text` (table `doc-types`) stands after a
    possessive: a document the heading speaks of."""
    found = ctx.res.patterns.phrases("doc-types", text)
    return bool(found) and all(_POSSESSIVE.search(text[:start]) for start, _, _ in found)
