"""(repost68) A social post's byline as a copy of its page gives it: the poster's display
name on its own line over the handle (`Dr. Helen Marsh` / `@hmarsh@historians.social`, a
Mastodon, Bluesky or X post). The handle is furniture (table `page-furniture`); the name
over it goes with it, as the page's, not a person of the document."""

from __future__ import annotations

import re

from tei.convert.pages.running import Rows
from tei.convert.read import Line

_HANDLE = re.compile(r"^@[\w.-]{1,40}+(?:@[\w-]{1,40}+(?:\.[\w-]{1,40}+)++)?$")
_NAME_WORDS = 4
_SENTENCE = re.compile(r"[.!?:;,]$")


def named_handles(lines: list[Line], rows: Rows) -> set[int]:
    """The indices of display names (a few words, no sentence) standing right over a handle
    line that the furniture table dropped; not the page's first line (its head's)."""
    return {i - 1 for i in range(2, len(lines))
            if rows[i] and _HANDLE.match(lines[i].text) and not rows[i - 1]
            and not lines[i].blank_before and len(lines[i - 1].text.split()) <= _NAME_WORDS
            and not _SENTENCE.search(lines[i - 1].text)}


# (repost75) a Q&A site's signature date over its user card (`asked Mar 3, 2021 at 14:22`)
_CARD_DATE = re.compile(r"^(?:Follow\s++)?(?:asked|answered|edited)\s++[A-Z][a-z]{2}\s")
_REPUTATION = re.compile(r"^\d[\d,.]{0,6}+k?(?:\s++\d{1,5}+){0,3}$")  # `52.1k 12 180 240`


def carded_users(lines: list[Line], rows: Rows) -> set[int]:
    """(repost75) A Stack Exchange post's user card as a copy of its page gives it: the
    user's display name right under the signature date the furniture table dropped
    (`asked Mar 3, 2021 at 14:22` / `Pavel Tretyakov` / `1,234 5 20`) and the reputation
    and badge counts under it: the page's, never the document's signature."""
    found: set[int] = set()
    for i in range(1, len(lines)):
        if not rows[i - 1] or rows[i] or not _CARD_DATE.match(lines[i - 1].text):
            continue
        if len(lines[i].text.split()) <= _NAME_WORDS and not _SENTENCE.search(lines[i].text):
            found.add(i)
            if i + 1 < len(lines) and _REPUTATION.match(lines[i + 1].text):
                found.add(i + 1)
    return found


# (repost79) a Tumblr reblog line (row `navigation`): the two blogs' names
_REBLOG = re.compile(r"^([\w-]{1,60}+)\s++reblogged\s++(?:this\s++)?from\s++([\w-]{1,60}+)$")


def reblogged_names(lines: list[Line], rows: Rows) -> set[int]:
    """(repost79) A Tumblr post as its page copies: the names of the blogs that the
    reblog line the furniture table dropped names (`USER reblogged from BLOG`), each alone
    on its line (the post's and each reblog's byline), are the page's, never the document's."""
    names = {name for line, row in zip(lines, rows, strict=True) if row
             for hit in (_REBLOG.match(line.text),) if hit for name in hit.groups()}
    if not names:
        return set()
    return {i for i, line in enumerate(lines) if not rows[i] and line.text.strip() in names}


def uploaders(lines: list[Line], rows: Rows) -> set[int]:
    """(cables95) Scribd's older viewer: the uploader's name alone under a bare `Uploaded
    by` line the furniture table dropped (row `upload-host`), a blank line between (`Uploaded
    by` / `` / `Max`): the page's, never the document's title or signature."""
    return {i for i in range(1, len(lines))
            if rows[i - 1] and rows[i - 1][0] == "upload-host" and not rows[i]
            and lines[i - 1].text.strip().lower() == "uploaded by"
            and len(lines[i].text.split()) <= _NAME_WORDS and not _SENTENCE.search(lines[i].text)}
