"""A message board's repost of a document (wcda55, wcda57, repost63): the board's lines
over it (thread title, post line, user block, the quote header, the quoted question and
the poster's introduction) and under it (the poster's signature under its rule, the post's
foot: `Logged`, `USER is offline`, `Reply With Quote`, Reddit's `412 comments` and the
comments under it) are the page's, kept as source lines (`Segments.board`), not text."""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.pages.above_head import page_address
from tei.convert.pages.quoted_run import quoted_run
from tei.convert.pages.running import Rows
from tei.convert.read import Line

_HEAD_LINES = 12  # the lines under a post line where a blockquote may open
_QUOTE_REACH = 24  # where a post line and its quote header stand (long user blocks)
_INTRO_REACH = 4  # the lines under a quote header where the poster's introduction ends
_INTRO_WORDS = 5  # a sentence, not a salutation (`My dear Mr. President:`)
_SIGNATURE_LINES = 3  # a poster's signature under its rule, over the post's foot
_PROFILE_LINES = 2  # a phpBB profile's name and rank over its `Posts:` line
_PROFILE = re.compile(r"^[\w.-]{2,40}+(?:\s[\w.-]{2,20}+)?$")  # `Tetsuo_H`, `Member`


def board_lines(lines: list[Line], rows: Rows, dropped: set[int], ctx: Context) -> set[int]:
    """The board's lines around a reposted document: over it, those above the quote header
    (row `forum-quote`) or above the first line a Markdown blockquote marks, under a post
    line (row `forum-post`) or the thread's title (`Re: ...`), with the quoted question and
    the poster's introduction ending in a colon; under it, the post's foot (row
    `forum-foot`) and all after it, with the signature over it. Without a post line, the
    lines around a long blockquote (`quoted_run`)."""
    posts = [i for i, row in enumerate(rows[:_QUOTE_REACH]) if row and row[0] == "forum-post"]
    posted = posts or [i for i, line in enumerate(lines[:_QUOTE_REACH])
                       if line.text.startswith("Re: ")]
    if not posted:
        return quoted_run(lines, ctx)
    quote = next((i for i, row in enumerate(rows[:_QUOTE_REACH])
                  if row and row[0] == "forum-quote" and i > posted[0]), None)
    if quote is None and posts:  # (a memo's `Re:` line is no board's without its quote)
        start = _quoted_under_post(lines, posts[0], ctx) or _introduced(lines, posts[0])
    elif quote is None:
        return set()
    else:
        start = _introduced(lines, quote) or quote
    if start is None:
        return set()
    head = {i for i in range(start) if i not in dropped and not page_address(lines[i], ctx)}
    # the page's address stays its source URL
    return head | (_foot(lines, rows, start) or _next_post(lines, rows, start)) \
        | _pieces(lines, rows, start)


_LEAD_WORDS = 12  # the poster's line leading to a further piece (`And the end:`)
# (repost82) a poster's sign-off over the signature's rule (`Regards, Gerhard`, `Cheers`)
_SIGN_OFF = re.compile(r"^(?:(?:Kind\s)?[Rr]egards|Best(?:\swishes)?|Cheers|Thanks|Greetings)"
                       r"(?:,?\s[\w.-]{2,30}+)?$")


def _pieces(lines: list[Line], rows: Rows, start: int) -> set[int]:
    """(repost82) A document quoted in pieces in one post (`The beginning reads:` / `Quote:`
    / ... / `And the end:` / `Quote:` / ...): each further quote header (row `forum-quote`)
    and the poster's short line over it ending in a colon are the board's."""
    found: set[int] = set()
    for i in range(start + 1, len(lines)):
        if rows[i] and rows[i][0] == "forum-quote":
            found.add(i)
            above = lines[i - 1].text
            if above.endswith(":") and len(above.split()) <= _LEAD_WORDS and i - 1 > start:
                found.add(i - 1)
    return found


def _next_post(lines: list[Line], rows: Rows, start: int) -> set[int]:
    """(repost82) Without a post's foot, the next post's line (row `forum-post`) and all
    after it are the board's, with the poster's signature under its rule over it (at most
    three lines up) and the sign-off over that (`Regards, Gerhard`)."""
    post = next((i for i in range(start + 1, len(lines))
                 if rows[i] and rows[i][0] == "forum-post"), None)
    if post is None:
        return set()
    first = next((i for i in range(post, max(start, post - _SIGNATURE_LINES) - 1, -1)
                  if lines[i].rule_before), post)
    if first - 1 > start and _SIGN_OFF.match(lines[first - 1].text):
        first -= 1
    return set(range(first, len(lines)))


def _quoted_under_post(lines: list[Line], post: int, ctx: Context) -> int | None:
    """(wcda57) The first line a Markdown blockquote marks (`> Telegram from ...`) under a
    board's post line near the top (Reddit's `Posted by u/USER 6 yr. ago`): the repost's."""
    source = ctx.text.splitlines()
    return next((i for i in range(post + 1, min(len(lines), post + _HEAD_LINES))
                 if 0 < lines[i].no <= len(source)
                 and source[lines[i].no - 1].lstrip().startswith(">")), None)


def _introduced(lines: list[Line], above: int) -> int | None:
    """(repost63) The line after the poster's introduction (`Here it is, from the microfiche
    set:`, a sentence of five words or more ending in a colon) a few lines under a quote
    header or a post line: the reposted document's first."""
    for i in range(above + 1, min(len(lines) - 1, above + 1 + _INTRO_REACH)):
        text = lines[i].text
        if text.endswith(":") and len(text.split()) >= _INTRO_WORDS and text[:1].isupper():
            return i + 1
    return None


def _foot(lines: list[Line], rows: Rows, start: int) -> set[int]:
    """The post's foot under the document (`Logged`, `USER is offline  Reply With Quote`,
    `412 comments`) and all after it, with the poster's signature over it (the lines from
    the last one under a rule, at most three lines up)."""
    foot = next((i for i in range(start + 1, len(lines))
                 if rows[i] and rows[i][0] == "forum-foot"), None)
    if foot is None:
        return set()
    first = next((i for i in range(foot, max(start, foot - _SIGNATURE_LINES) - 1, -1)
                  if lines[i].rule_before), None)
    if first is None:  # (repost65) phpBB's profile block: the poster's name and rank over it
        first = foot
        while first > max(start + 1, foot - _PROFILE_LINES) and _PROFILE.match(
                lines[first - 1].text) and not lines[first - 1].text.isupper():
            # (repost80) a surname in capitals over the foot is a cable's signature (`ELBRICK`
            # over Hacker News' `reply`), no profile's name
            first -= 1
    return set(range(first, len(lines)))
