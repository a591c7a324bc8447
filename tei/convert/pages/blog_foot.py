"""(repost64) A blog post's foot under the document it reposts: from the blog's first
sharing widget or its comments' heading on (WordPress's `Share this:`, `2 thoughts on
"TITLE"`, `Leave a Reply`; Blogger's `Posted by USER at 21:47`, `2 comments:`), the lines
are the blog's (related posts, the comments and their authors, the reply form), never the
document's closer. Row `blog-foot` of `page-furniture`; read by `pages/furniture.py`.
(repost71) A newsletter's subscribe box (row `subscribe-box`, Substack's `Thanks for reading
NAME! Subscribe for free ...`) stands under the post and, repeated, inside it over the
document it quotes: it opens the foot only when no `blog-foot` row follows it.
(repost79) A post's read-more cut (row `read-more`) closes the poster's lead above it.
(repost81) A news site's related headlines under their heading (row `related-links`)."""

from __future__ import annotations

from tei.convert.pages.running import Rows

_HEAD_SHARE = 3  # a share bar in the page's first third is its head's (a blog's archive
# sidebar under the post may fill the lower half)


def blog_foot(count: int, rows: Rows) -> set[int]:
    """The indices from the first `blog-foot` row after the first third of the page's
    `count` lines (a share bar over the headline is the page's head, not its foot) to the end,
    but the furniture's own (`rows`), which is dropped."""
    feet = [i for i in range(count // _HEAD_SHARE, count)
            if rows[i] and rows[i][0] in ("blog-foot", "subscribe-box")]
    first = next((i for i in feet if rows[i][0] == "blog-foot" or i == feet[-1]), None)
    return {i for i in range(first, count) if not rows[i]} if first is not None else set()


def read_more_lead(count: int, rows: Rows) -> set[int]:
    """(repost79) The indices above a post's read-more cut (row `read-more`, Tumblr's `Keep
    reading`) in the page's first half, but the furniture's own: the poster's lead over the
    document it quotes, the page's."""
    cut = next((i for i in range(min(count // 2 + 1, count))
                if rows[i] and rows[i][0] == "read-more"), None)
    return {i for i in range(cut) if not rows[i]} if cut is not None else set()


_HEADLINE_WORDS = 12
_RELATED_LINES = 8


def related_links(lines: list[str], rows: Rows) -> set[int]:
    """(repost81) The headlines under a news site's related-stories heading (row
    `related-links`, `Read more`) in the page's lower half: the lines to the page's end or
    its next furniture, when all are a few words without a closing stop (a headline's),
    and no more than a sidebar's few."""
    count = len(lines)
    cut = next((i for i in range(count // 2, count) if rows[i] and rows[i][0] == "related-links"),
               None)
    if cut is None:
        return set()
    end = next((i for i in range(cut + 1, count) if rows[i]), count)
    heads = range(cut + 1, end)
    return set(heads) if 0 < len(heads) <= _RELATED_LINES and all(
        len(lines[i].split()) <= _HEADLINE_WORDS and not lines[i].rstrip().endswith(
            (".", ":", ";", ",")) for i in heads) else set()


_SIGNATURE_LINES = 4  # a mail's signature block: the writer's name, post, place
_SIGNATURE_WORDS = 6


def signature_tail(texts: list[str]) -> set[int]:
    """(repost79) A mail's signature block closing the page: the indices from the signature
    delimiter (`-- `, or `--` as copies trim it) among the last lines to the end, when a few
    short lines follow it (the writer's name and post: the mail's, never the document's)."""
    last = len(texts) - 1
    for k in range(last, max(last - _SIGNATURE_LINES, 0) - 1, -1):
        if texts[k].strip() == "--":
            tail = texts[k + 1:]
            short = all(len(text.split()) <= _SIGNATURE_WORDS and not text.rstrip().endswith(
                (".", ":")) for text in tail)
            return set(range(k, len(texts))) if tail and short else set()
    return set()
