"""Names whose honorific follows them and Arabic given names that are also English words.

An Ottoman, Persian or Egyptian name may end in its honorific (`Said Halim Pasha`, `Enver
Pasha`, `Talaat Bey`, `Mehmed Effendi`; `name_index.HONORIFIC_SUFFIXES`): one to three
capitalised words before it and the honorific are a person's name, the honorific alone
never (`the Pasha said`). `Khan` is no such honorific: it is a surname too (`Ayub Khan`).
`Said`, a verb of speech, is a name's first word when a capitalised word follows it
after a title (`the Grand Vizier Said Halim`) or before such an honorific (`Said Halim
Pasha told me`)."""

from __future__ import annotations

import re

from tei.convert.name_index import HONORIFIC_SUFFIXES
from tei.convert.namerules import Rules

_SUFFIX = "|".join(sorted((w.capitalize() for w in HONORIFIC_SUFFIXES), key=len, reverse=True))
_WORD = r"[A-Z][a-z][\w'’-]*+"
_CAPS_WORD = r"[A-Z][A-Z'’-]++"
# one to three words before the honorific, in the case the honorific is written in
SUFFIXED = re.compile(
    rf"(?<![\w.’'-])(?:{_WORD}\s){{1,3}}(?:{_SUFFIX})(?![\w’'-])"
    rf"|(?<![\w.’'-])(?:{_CAPS_WORD}\s){{1,3}}(?:{_SUFFIX.upper()})(?![\w’'-])")
# `Said` opening a name before another capitalised word (in a mixed-case text only: in
# capitals `SAID HE` is the verb)
_SAID = re.compile(r"Said\s++(?=[A-Z][a-z])")
_NAME_AFTER_SAID = re.compile(rf"{_WORD}(?:\s{_WORD})?")


def may_hold_suffix(piece: str) -> bool:
    """A cheap test: may `piece` hold a name with an honorific after it?"""
    folded = piece.casefold()
    return any(word in folded for word in HONORIFIC_SUFFIXES)


def suffixed_spans(piece: str, rules: Rules) -> list[tuple[int, int]]:
    """`Said Halim Pasha`, `Enver Pasha`: the name with its honorific, words before it that
    may not stand in a name (`Yesterday`, `The`, a title) left out; none of the honorific
    alone."""
    spans = []
    for found in SUFFIXED.finditer(piece):
        words = list(re.finditer(r"\S+", found.group()))
        k = 0
        while k < len(words) - 1 and _not_a_name_word(words, k, rules):
            k += 1
        if k < len(words) - 1:
            spans.append((found.start() + words[k].start(), found.end()))
    return spans


def _not_a_name_word(words: list[re.Match[str]], k: int, rules: Rules) -> bool:
    """Is the `k`th word one no name opens with (`Said` before a capitalised word is a
    name's)?"""
    word = words[k].group().casefold()
    if word == "said":
        return False
    return word in rules.not_names or word in rules.titles or word in rules.leading_words


def said_spans(piece: str, titles: list[re.Match[str]], rules: Rules) -> list[tuple[int, int]]:
    """`the Grand Vizier Said Halim`: `Said` and the capitalised word (or two) after it,
    right after a title, are a name; its words end before one that may not stand in a
    name (`Said Halim Tuesday`)."""
    spans = []
    for title in titles:
        said = _SAID.match(piece, title.end())
        name = _NAME_AFTER_SAID.match(piece, said.end()) if said else None
        if said is None or name is None:
            continue
        end = said.end()
        for word in re.finditer(r"\S+", name.group()):
            if word.group().casefold() in rules.not_names:
                break
            end = said.end() + word.end()
        if end > said.end():
            spans.append((said.start(), end))
    return spans
