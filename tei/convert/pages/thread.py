"""(repost64) A social-media thread transcribed as text (Thread Reader's unrolled page, a
copied X/Twitter or Bluesky thread): each post opens with its place in the thread (`1/`,
`2/ `), and a document quoted over several posts has each part in quotation marks
(`2/ "CIPHERED TELEGRAM` ... `To the MFA USSR."`). The posts' numbers and those marks are
the thread's, not the document's: taken off before the text is read, one line for one line.
The unroll's own lines (`Thread by @USER`, the post's time, `Read 7 tweets`) are furniture
(table `page-furniture`, row `thread`). (repost68) A Mastodon or Bluesky thread counts its
posts against their total (`2/5`, alone on its line or before the text), the first post's
count perhaps closing its text (`... in posts. 1/5`). (repost71) A copied X thread counts
its posts at their ends (`... this end. 3/7`); the counts go, and so does the chrome between
the posts as X's page gives it: the `·` and day over a post, the reply, repost, like and
view counts under it (`14` / `212` / `48.2K` / `Views`), and X's bar over the first post
(`Post`, `See new posts`, `Conversation`)."""

from __future__ import annotations

import re

_POST = re.compile(r"^(\d{1,2})/(?:\d{1,2}(?!\d)(?:\s|$))?(?:\s|$|(?=\S))")
_FIRST_AT_END = re.compile(r"(?<=\S)\s++1/\d{1,2}$")  # (repost68) `... in posts. 1/5`
_MIN_POSTS = 3
_THREAD_HEAD = 8  # the unroll's head over the first post (title, author, handle, time)
# a social network's marks in a thread's text: a handle, the thread emoji, the closing `/end`
_SOCIAL = re.compile(r"(?:^|\s)@\w|🧵|/end\b", re.IGNORECASE)
_OPENING = "\"“"
# a part's closing mark, perhaps with the poster's remark after it (`"ALEKSEEV" (end of ...)`)
_CLOSING = re.compile(r"[\"”](?=\s*+(?:\([^()]{1,80}\))?\s*+$)")
_END_MARK = re.compile(r"(?<!\s)\s*+/end$", re.IGNORECASE)
# (repost71) `... this end. 3/7`, or the count alone on the post's last line
_SUFFIX = re.compile(r"(?:^|(?<=\S)\s++)(\d{1,2})/(\d{1,2})$")
_X_CHROME = re.compile(
    r"^(?:·|\d{1,3}(?:[.,]\d)?[KM]?|Views|\d{1,2}:\d{2}\s?[AP]M\s·\s[^\n]{1,60}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r"\s\d{1,2}(?:,\s\d{4})?)$")
_HANDLE = re.compile(r"^@[\w.-]{1,60}$")
_X_BAR = frozenset(("Post", "See new posts", "Conversation", "Thread"))


def _posts(lines: list[str]) -> list[int]:
    """The indices of the lines opening posts `1/`, `2/`, ... in order, or [] for fewer
    than `_MIN_POSTS` of them or (bloc68) a first post below the thread's head (the first
    line, or the first few where the network's marks show): a cable's points numbered `1/`,
    `2/`, `3/` under its heading are the Czechoslovak and Polish typescripts' own."""
    found, expected = [], 1
    filled = [i for i, line in enumerate(lines) if line.strip()]
    head = filled[:_THREAD_HEAD] if any(_SOCIAL.search(line) for line in lines) else filled[:1]
    for i, line in enumerate(lines):
        match = _POST.match(line)
        first = not found and _FIRST_AT_END.search(line)
        if (first or (match and expected == 1)) and i not in head:
            return []
        if first or (match and int(match.group(1)) == expected):
            found.append(i)
            expected += 1
    return found if len(found) >= _MIN_POSTS else []


def unthread(text: str) -> str:
    """`text` without a thread's post numbers and the quotation marks around each part of
    a document quoted across its posts; any other text as it is."""
    if "1/" not in text:
        return text
    lines = text.split("\n")
    ends = _suffixed(lines)
    if ends:
        return "\n".join(_unsuffix(lines, ends))
    starts = _posts(lines)
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(lines)
        lines[start:end] = [_END_MARK.sub("", line) for line in lines[start:end]]
        first = _FIRST_AT_END.sub("", _POST.sub("", lines[start], count=1)) if n == 0 \
            else _POST.sub("", lines[start], count=1)
        lines[start] = first
        last = next((i for i in range(end - 1, start - 1, -1) if _CLOSING.search(lines[i])), None)
        if first[:1] in _OPENING and last is not None:  # (the unroll's lines may follow)
            lines[start] = first[1:]
            lines[last] = _CLOSING.sub("", lines[last], count=1)
    return "\n".join(lines)


def _suffixed(lines: list[str]) -> list[int]:
    """(repost71) The indices of the lines closing posts counted at their ends against one
    total (`1/7` ... `7/7`), in order from the first, the last closing the thread; [] for
    fewer than `_MIN_POSTS`."""
    found: list[int] = []
    total = ""
    for i, line in enumerate(lines):
        match = _SUFFIX.search(line.rstrip())
        if match and match.group(1) == str(len(found) + 1) and total in ("", match.group(2)):
            found.append(i)
            total = match.group(2)
    # the last post's count closes the thread (`7/7`): counts opening the posts (`4/4 Source`)
    # are repost68's
    return found if len(found) >= _MIN_POSTS and int(total) == len(found) else []


def _unsuffix(lines: list[str], ends: list[int]) -> list[str]:
    """`lines` without the posts' counts and `/end`, X's chrome under each post (the counts,
    the next post's `·` and day) and its bar over the first blanked, one line for one line."""
    out = list(lines)
    for i in range(ends[0]):
        if out[i].strip() in _X_BAR:
            out[i] = ""
    for end in ends:
        out[end] = _END_MARK.sub("", _SUFFIX.sub("", out[end].rstrip()))
        i = end + 1
        while i < len(out):
            line = out[i].strip()
            nxt = out[i + 1].strip() if i + 1 < len(out) else ""
            if _HANDLE.match(nxt) or _HANDLE.match(line):  # the next post's byline (furniture)
                i += 1
                continue
            if line and not _X_CHROME.match(line):
                break
            out[i] = ""
            i += 1
    return out
