"""A reposted document's heading run into the first line of its text, set apart (repost84).

Blogs, course pages and sourcebooks that copy a document from a printed edition often lose
the break after its heading, so the heading opens the text's first paragraph:

- the Collected Works' heading in capitals, the form and its addressee, perhaps with the
  editors' note number or star, before the text in sentence case (`TELEGRAM TO ARTHUR
  HENDERSON 24 The Russian Socialist Government regrets ...`, `LETTER TO G. V. CHICHERIN*
  Please send ...`): parted after the heading (the note's number kept with it);
- the parties, the place and the date of a telegram or a letter closed by a colon before
  its text (`Tsar to Kaiser, Peter's Court, Palace, 1 August 1914: I received your
  telegram.`, `Kaiser to Tsar, July 29, 1914: ...`): parted after the colon, only when
  both parties are a capitalised word or two on either side of `to` and the part before
  the colon ends on a year.

Either is parted only when text in sentence case follows it, so a cable in capitals or a
title line stays whole.
"""

from __future__ import annotations

import re

from tei.convert.month_names import MONTH_NAMES

_FORMS = (r"(?:TELEGRAM|LETTER|NOTE|MESSAGE|CABLE|RADIOGRAM|TELEPHONOGRAM|INSTRUCTIONS?"
          r"|DIRECTIVE|ORDER|REPLY|ANSWER|GREETINGS|APPEAL|STATEMENT)")
# the heading in capitals: the form, TO (or FROM) and up to ten words in capitals, initials
# and the small words of a body's name (`OF THE`), a note number or star after it
_CAPITALS = re.compile(
    rf"^(?P<head>(?:(?:CIPHER(?:ED)?|SECRET|URGENT|DIRECT[\s-]WIRE)\s++)?{_FORMS}\s++(?:TO|FROM)"
    r"\s++(?:THE\s++)?(?:[A-Z]\.\s?){0,3}[A-Z][A-Z'’.,()-]++(?:\s++(?:[A-Z]\.\s?)*+"
    r"[A-Z][A-Z'’.,()-]*+){0,9}(?:\s*+\*{1,2}|\s++\d{1,3})?)"
    r"\s++(?P<text>(?:[A-Z][a-z]|I\s|A\s)[^\n]*+)$")
_YEAR_END = re.compile(r"\b\d{4}$")
_PARTY = r"(?:The\s++)?[A-Z][\w'’.-]++(?:\s++[A-Z][\w'’.-]++){0,2}"
# parties, place and date before a colon and the text (`Tsar to Kaiser, Peter's Court,
# Palace, 1 August 1914: I received ...`)
_PARTIES = re.compile(
    rf"^(?P<head>{_PARTY}\s++to\s++{_PARTY},\s++(?:[^:\n]{{1,60}}?,\s++)?"
    rf"(?:\d{{1,2}}\s++(?:{MONTH_NAMES})|(?:{MONTH_NAMES})\s++\d{{1,2}},?)\s++\d{{4}}):"
    r"\s++(?P<text>[A-Z][^\n]*+)$")


def run_in_parts(text: str) -> list[str]:
    """[heading, text] of a line whose heading runs into its text, or [text]."""
    found = _CAPITALS.match(text)
    if found and re.search(r"[a-z]{3}", found["text"]):
        return [found["head"], found["text"]]
    found = _PARTIES.match(text)
    if found and _YEAR_END.search(found["head"]) and len(found["text"].split()) >= 4:
        return [found["head"] + ":", found["text"]]
    return [text]
