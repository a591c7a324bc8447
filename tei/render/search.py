"""The static full-text search index: words of each document -> documents, as a script.

The index is a `.js` file that assigns one object to `window.TEI_SEARCH_INDEX`, so a page
opened from `file://` can load it with a script tag (browsers refuse `fetch` there). Words
are folded the same way as in `xslt/assets/search.js`: NFKD, marks removed, lower case,
runs of letters and digits.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

_WORD = re.compile(r"[^\W_]+")
GLOBAL_NAME = "TEI_SEARCH_INDEX"


def words(text: str) -> list[str]:
    """Folded words of a text, in order."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = text.translate({ord(c): None for c in set(text) if unicodedata.combining(c)})
    return _WORD.findall(text.lower())


def term_counts(texts: Iterable[str]) -> dict[str, int]:
    """How often each folded word occurs in the texts, sorted by word."""
    counts = Counter(word for text in texts for word in words(text))
    return dict(sorted(counts.items()))


@dataclass(frozen=True, slots=True)
class SearchEntry:
    """One document of the index: its page (from the site root), title, date, summary and
    the counts of its words."""

    href: str
    title: str
    date: str
    summary: str
    terms: dict[str, int]


def index_script(entries: Iterable[SearchEntry]) -> str:
    """The index as a script: {"docs": [[href, title, date, summary]], "terms": {word:
    [doc, count, doc, count, ...]}}; deterministic for the same entries in the same order."""
    docs: list[list[str]] = []
    postings: dict[str, list[int]] = {}
    for number, entry in enumerate(entries):
        docs.append([entry.href, entry.title, entry.date, entry.summary])
        for word, count in entry.terms.items():
            postings.setdefault(word, []).extend((number, count))
    data = {"docs": docs, "terms": dict(sorted(postings.items()))}
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return f"window.{GLOBAL_NAME} = {payload};\n"
