"""A title line that lost words: the citation's quoted title stands for it.

A WCDA PDF export as a document store extracts it (docslib) loses the words set in bold
from its date-and-title line (`1986 Discussing 'Irangate' (-Contra) Revelations with His
Inner Circle`); the citation on the same page quotes the whole title (`“Saddam Hussein
Discussing 'Irangate' (Iran-Contra) Revelations with His Inner Circle,” 1986, ...`).
"""

from __future__ import annotations

import re

from tei.convert.read import Line

_WORD = re.compile(r"\w+")
_LEADING_YEAR = re.compile(r"^(?:1[89]|20)\d\d\s++(?=\S)")
_MIN_WORDS = 3  # a title line of fewer words tells too little to be the citation's


def fuller_title(title: Line | None, cited: Line | None) -> Line | None:
    """The citation's quoted title `cited` when the title line's words (a leading year
    aside) are fewer than its own and all stand in it, in order; else `title`."""
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
