"""(frus82) A FRUS heading a narrow column broke over short lines (`rewrap.heading_runs_on`
joins only lines the width cut, 50 characters or more).

A scan's OCR of a print column (the University of Wisconsin's FRUS 1861-1960 volumes), or a
narrow reader, breaks a heading wherever the column ends: inside a word, its hyphen kept
(`The Chairman of the American Delega-` / `tion (Gibson) to the Secretary of` / `State`),
after a small word (`... to the Secretary of` / `State`), or before one (`The Ambassador
in Japan (Grew) to the Secretary` / `of State`). Such lines run on when each line but the
last ends open (a word broken by its hyphen, or a small word no heading ends with) or the
next goes on with a small word in lower case, and the lines joined make one heading:
capitalised words and the small words between them, from `The` to an officer's name in
brackets or the `Secretary of State` (or the `Department of State`) at the end.
"""

from __future__ import annotations

import re

from tei.convert.dated_title_wrap import dated_title_runs_on
from tei.convert.print_wraps import print_wraps
from tei.convert.rewrap import heading_runs_on as _wide_runs
from tei.convert.rewrap import heading_shaped

_OPEN_END = re.compile(r"(?:(?<=[^\W\d_])-|\s(?:of|the|to|in|and|for|at))$")
_OPENS = re.compile(r"^The\s[A-Z]")
# a line going on with a small word (`of State`, `to the Secretary of State`), or (frus86)
# with the sender's name in brackets before `to` (the Potsdam volumes' `The Chargé in the
# Soviet Union` / `(Kennan) to the Acting Secretary of State`)
_GOES_ON = re.compile(r"^(?:of|to|the|and|in|for|at)\s|^\([A-Z][\w.'’ -]{1,40}\)\s++to\s")
# the joined heading's end: the holder in brackets (a note call after it) or the addressee
_CLOSES = re.compile(r"(?:\([A-Z][\w.'’ -]{1,40}\)|\bSecretary of State|\bDepartment of State)"
                     r"\d{0,2}$")
# (frus82) a scan's narrow column of prose: a sentence's line cut after a small word no
# sentence ends with (`... that the announcement of` / `Stalin's death had been ...`)
_SMALL_END = re.compile(r"[a-z,]\s(?:of|the|a|an|to|and|with|from|by|for|in|at|that|on)$")
_NAME_OPENS = re.compile(r"^[A-Z][a-z]+(?:['’]s)?\s[a-z]")
_SENTENCE_WORDS = 3  # words in lower case that tell a sentence's line from a heading's
_NARROW_LINE = 35  # a shorter line may be a list's or a form's
_MAX_LINES = 4
_MAX_LINE = 49  # a longer line is the width's cut, the wide rule's


def heading_runs_on(texts: list[str]) -> set[int]:
    """Indices of the physical lines that go on a heading line: those the wide rule finds
    (`rewrap.heading_runs_on`), those of a FRUS heading a narrow column broke open,
    (repost83) those of a title a page cut before its date (`dated_title_wrap`) and (frus84)
    those of a printed heading or dateline a page's markup broke short (`print_wraps`)."""
    return _wide_runs(texts) | _narrow_runs(texts) | _narrow_sentences(texts) \
        | dated_title_runs_on(texts) | print_wraps(texts)


def _narrow_runs(texts: list[str]) -> set[int]:
    runs: set[int] = set()
    for start, text in enumerate(texts):
        if not _OPENS.match(text) or len(text) > _MAX_LINE:
            continue
        joined = text
        for end in range(start + 1, min(start + _MAX_LINES, len(texts))):
            following = texts[end]
            if not following or not (_OPEN_END.search(texts[end - 1])
                                     or _GOES_ON.match(following)):
                break
            joined = (joined[:-1] + following) if joined.endswith("-") and following[:1].islower() \
                else f"{joined} {following}"
            if _CLOSES.search(joined) and heading_shaped(joined):
                runs.update(range(start + 1, end + 1))
                break
            if len(following) > _MAX_LINE:
                break
    return runs


def _narrow_sentences(texts: list[str]) -> set[int]:
    """(frus82) Indices of the lines going on a sentence a narrow column cut after a small
    word (`... reported in telegram 1280 that the announcement of` / `Stalin's death had
    been made ...`): the line above is a sentence's (three words in lower case or more before its
    last), the line opens with a capitalised word the sentence goes on
    after in lower case."""
    runs: set[int] = set()
    for i in range(1, len(texts)):
        above = texts[i - 1]
        if len(above) < _NARROW_LINE or not _SMALL_END.search(above) \
                or not _NAME_OPENS.match(texts[i]):
            continue
        lower = [word for word in above.split()[:-1] if word[:1].islower()]
        if len(lower) >= _SENTENCE_WORDS:
            runs.add(i)
    return runs
