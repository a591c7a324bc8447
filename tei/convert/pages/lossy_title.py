"""A title line that lost words: the citation's quoted title stands for it.

A WCDA PDF export as a document store extracts it (docslib) loses the words set in bold
from its date-and-title line (`1986 Discussing 'Irangate' (-Contra) Revelations with His
Inner Circle`); the citation on the same page quotes the whole title (`“Saddam Hussein
Discussing 'Irangate' (Iran-Contra) Revelations with His Inner Circle,” 1986, ...`).

(repost86) A title line that kept the editors' note call after its last word (the Marxists
Internet Archive's `To: G. V. CHICHERIN[1]`) is the title without it.
"""

from __future__ import annotations

import re

from tei.convert.read import Line

_WORD = re.compile(r"\w+")
_LEADING_YEAR = re.compile(r"^(?:1[89]|20)\d\d\s++(?=\S)")
_MIN_WORDS = 3  # a title line of fewer words tells too little to be the citation's
_NOTE_CALL = re.compile(r"(?<=[^\s\[])\[\d{1,3}\]$")  # (repost86) `CHICHERIN[1]`


def fuller_title(title: Line | None, cited: Line | None) -> Line | None:
    """The citation's quoted title `cited` when the title line's words (a leading year
    aside) are fewer than its own and all stand in it, in order; else `title`."""
    if title is not None and _NOTE_CALL.search(title.text):
        title = Line(title.no, _NOTE_CALL.sub("", title.text), title.blank_before,
                     title.rule_before, title.bullet)
    if title is None or cited is None:
        return title
    words = _words(_LEADING_YEAR.sub("", title.text))
    whole = _words(cited.text)
    if len(words) < _MIN_WORDS or len(words) >= len(whole) or not _in_order(words, whole):
        return title
    return Line(cited.no, cited.text.strip(" ,"))


def _words(text: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(text)]


def _in_order(words: list[str], whole: list[str]) -> bool:
    """Whether `words` is a subsequence of `whole`."""
    rest = iter(whole)
    return all(word in rest for word in words)
