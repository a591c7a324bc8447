"""(wcdu94) A transcript's speaker named by one word in mixed case: a label opening a line,
the word and a colon, the turn's words after it (the Conflict Records Research Center's
transcripts of Saddam Hussein's meetings: `‘Amir: Why, Sir?`, `Hamid: Yes, Sir.`).

One word before a colon is as often a field's label (`Note:`, `Subject:`), so the word is a
speaker only in a dialogue: it opens two lines or more as a label, and some other word or
name opens lines as a label too (`Saddam:`); no word no name is (tables `not-names`,
`office-words`, `document-parts`), no side or form field (tables `not-speakers`,
`heading-labels`: `North:`, `Sender:`), none the register knows as a place or a body, none of
fewer than three letters (the ayn's mark before a word makes it an Arabic name: `‘Amir`,
not the title `Amir`). The label's word is the person; a register person's label is the
register's own match (`Saddam:`).
"""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.namerules import plausible_name

# a line opening with a label: a word or two (an apostrophe of a transliteration before it:
# `‘Amir`) and a colon, the turn's words after it
_LABEL = re.compile(r"^(?P<ayn>[‘ʿ’']?)(?P<word>[A-Z][a-z'’-]{2,15}+(?:\s[A-Z][a-z'’-]{1,15}+)?)"
                    r":\s++(?=[\[A-Z‘’'\"“])", re.M)
_ONE_WORD = re.compile(r"^(?P<ayn>[‘ʿ’']?)(?P<word>[A-Z][a-z'’-]{2,15}+):\s")
# the transliteration's mark of the ayn before a word (`‘Amir`, the name ʿĀmir): an Arabic
# name, not the title the word spells without it (`Amir`, emir)
_AYN = frozenset("‘ʿ")
_TWICE = 2  # a speaker's turns: two or more
_SPEAKERS = 2  # a dialogue: two or more labels


def _label(match: re.Match[str]) -> str:
    """The label's word, with the ayn's mark before it when it has one (`‘Amir`)."""
    ayn = match.group("ayn")
    return (ayn if ayn in _AYN else "") + match.group("word")


def _speakers(ctx: Context, stop: frozenset[str]) -> frozenset[str]:
    """The document's one-word labels that open two lines or more, when two labels or more
    do (a dialogue); asked once a document."""
    key = ("turn-labels", "", None)
    found = ctx.recalled.get(key)
    if found is None:
        counts: dict[str, int] = {}
        for match in _LABEL.finditer(ctx.text):
            word = _label(match)
            counts[word] = counts.get(word, 0) + 1
        turns = {word for word, n in counts.items() if n >= _TWICE}
        patterns = ctx.res.patterns
        found = frozenset(word for word in turns if " " not in word and (
            word[0] in _AYN or word.casefold() not in stop)
            and word.casefold() not in patterns.words("not-speakers")
            and patterns.label("heading-labels", word) is None) \
            if len(turns) >= _SPEAKERS else frozenset()
        ctx.recalled[key] = found
    return found


def one_word_speaker(piece: str, ctx: Context,
                     stop: frozenset[str]) -> list[tuple[int, int, str]]:
    """The span of a one-word speaker's label opening `piece` (as the module says), with
    the name as written; none else."""
    label = _ONE_WORD.match(piece)
    if label is None or _label(label) not in _speakers(ctx, stop):
        return []
    word = label.group("word")
    entry = ctx.res.register.lookup(word)
    if entry is not None or (label.group("ayn") not in _AYN
                             and not plausible_name(word, ctx.res.patterns)):
        return []
    return [(label.start("word"), label.end("word"), word)]
