"""(repost83) A document's title naming its form and parties, which a book's page or a PDF's
column wrapped before its date: `Document No. 21: Ciphered Telegram from Ambassador
Ponomarenko to the CPSU` / `CC, 17 October 1956` (a National Security Archive book's PDF),
`Ciphered Telegram from P. F. Yudin to the CC CPSU,` / `Beijing, 2 August 1958` (an Internet
Archive OCR of a CWIHP Bulletin).

The title's line is long (the width cut it), names a form and then its parties with `from`
and `to` in lower case (a FRUS heading's `Telegram From the Embassy ...` capitalises its
`From`, and its dateline under it stands apart), and holds no word in lower case but the
small words between names, nor closes on a party's post in brackets (`... to Seán Nunan
(London)`). The line under it is short: a few capitalised words (not a dateline's place in
capitals: `DUBLIN, 11 November 1949`), a comma and a date ending on its year (day-month or
month-day order), nothing after it. A title whose date stands alone under it (`October 24,
1962`, the archive's date line) is not joined.
"""

from __future__ import annotations

import re

from tei.convert.rewrap import RUNNING_ON_WORDS

# the title's line: a document number perhaps (`Document No. 21:`), the form's capitalised
# words, `from`, the sender's words, `to`, the addressee's words; a comma may end it
_TITLE = re.compile(r"^(?:Document\s++No\.\s?+\d{1,4}+[.:]\s++)?"
                    r"(?:[A-Z][\w'’-]*+\s++){1,4}from\s++[A-Z][^\n]{1,80}+$")
_TO = re.compile(r"\sto\s++(?:the\s++)?[A-Z]")
# the date's line: capitalised words up to a comma, then a date ending on its year
_DATED = re.compile(r"^[A-Z][\w.'’-]*+(?:\s[A-Z][\w.'’-]*+){0,3},\s"
                    r"(?:[0-3]?\d\s[A-Z][a-z]{2,8}|[A-Z][a-z]{2,8}\.?\s[0-3]?\d,)\s(?:1[6-9]|20)\d\d$")
_LONG = 45  # a shorter title line is a whole one
# a dateline's place in capitals (`DUBLIN, 11 November 1949` under `Letter from X to Y
# (London)`, DIFP): the dateline, not the title's rest
_DATELINE_PLACE = re.compile(r"^[A-Z]{3,}+(?:\s[A-Z]{3,}+)?,")


def dated_title_runs_on(texts: list[str]) -> set[int]:
    """Indices of the lines that finish a title a width cut before its date."""
    runs: set[int] = set()
    for i in range(1, len(texts)):
        line, following = texts[i - 1].strip(), texts[i].strip()
        if len(line) < _LONG or not _TITLE.match(line) or not _TO.search(line) \
                or not _DATED.match(following) or line.endswith(")") \
                or _DATELINE_PLACE.match(following):
            continue
        words = line.split(":", 1)[-1].split()
        if all(w.strip("(),.")[:1].isupper() or w in RUNNING_ON_WORDS or w[:1].isdigit()
               for w in words):
            runs.add(i)
    return runs
