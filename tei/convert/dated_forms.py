"""(cw97) The form's name of an edition's dated heading line, for a title built from it.

The Australian volumes (DFAT, dfat.gov.au and its copies) head a document with one line that
gives the form, the number, the place and the day (`Cablegram EC4 LONDON, 12 September 1945,
4 p.m.`, `Dispatch 44/1/2 (extract) WELLINGTON, 8 January 1944`, `Memorandum CANBERRA, 7
November 1949`, `Cablegram, Kuala Lumpur, 6 March 1964`). When no page gives the title and one is
built from the form, its name is the form's word alone: the number is put after it and the
place and the day are the document's own facts, not a title's words.
"""

from __future__ import annotations

import re

_DATED_LINE = re.compile(
    r"^(?P<form>(?:[A-Z][a-z]++\s){0,2}?(?:Cablegram|Telegram|Savingram|Teleprinter\smessage|"
    r"Dispatch|Despatch|Memorandum|Minute|Submission|Letter|Note|Record))"
    r",?\s(?:[A-Z]{0,4}\d|unnumbered\b|\[|[A-Z]{2,}\b|[A-Z][a-z]++(?:\s[A-Z][a-z]++){0,2},\s\d).*$")


def dated_form(words: str) -> str:
    """`words` cut to the form's name when they are a dated heading line, else as they are."""
    found = _DATED_LINE.match(words)
    return found.group("form") if found else words
