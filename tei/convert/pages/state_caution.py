"""(ocr93) The State Department's incoming telegram form as OCR reads it across its columns.

The printed form of the 1910s-1940s sets the caution that the text be paraphrased in a
narrow box at its left (`This telegram must be` / `closely paraphrased be-` / `fore being
communicated` / `to anyone. (A)`) and the post and the `Dated` line at its right. OCR of the
FDR Library's scans (and of other libraries' copies of the form) reads the two columns
across, so the post and the date fall among the caution's words (`This telegram must be
LONDON` / ... / `fore being communicatd Dated August 28, 1939`); a flattened page runs it all
on one line with the form's other fields (`... to anyone. (D) Rec'd 8:15 p.m. Secretary of
State Washington RUSH 1262, August 25, midnight. I have just been ...`).

The caution's words are told from the column's by reading the caution's known wording (a
word may be misread by OCR or broken over a line: `communicatd`, `be-` `fore`); each line
in which the two meet is cut where one gives way to the other, every word kept in its
order. On the line where the caution ends, the form's fields that follow are cut off each
as a line of its own (table `state-form-across`), so the form reader sees its lines.
"""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.read import Line

_START = re.compile(r"(?i)\bthis\s++(?:telegram|message|cable)\s++must\b")
_LEAD = 12  # characters before the caution on its line (a code room's initials: `NC`)
_REACH = 10  # the lines the caution may start in
_SPAN = 6  # the lines a caution runs over
_COLUMN_WORDS = 12  # more words of another column than this: no caution read across
_WORDING = ("this", "telegram|message|cable", "must", "be", "?closely", "paraphrased",
            "before", "being", "communicated", "to", "anyone", "?other", "?than", "?a",
            "?government", "?agency")
_CODE = re.compile(r"^\([A-Za-z]{1,4}\)[.,]?$")  # the clerk's mark after it (`(A)`, `(SC)`)
_STEM = 6  # letters a misread word shares with the caution's (`communicatd`)


def split_caution(lines: list[Line], ctx: Context) -> list[Line]:
    """`lines`, the caution's lines cut where the other column's words begin and end, and
    the form's fields after it on its last line cut off as lines of their own."""
    start = next((i for i, line in enumerate(lines[:_REACH])
                  if (found := _START.search(line.text)) and found.start() <= _LEAD), None)
    if start is None:
        return lines
    words = [(k, m) for k in range(start, min(start + _SPAN, len(lines)))
             for m in re.finditer(r"\S+", lines[k].text)]
    first = next(n for n, (k, m) in enumerate(words) if k == start
                 and m.start() >= _START.search(lines[start].text).start())
    kinds = _read(words[first:])
    if kinds is None:
        return lines
    last = first + len(kinds) - 1
    out = list(lines[:start])
    for k in range(start, words[last][0] + 1):
        out.extend(_cut(lines[k], [(m, kinds[n - first]) for n, (j, m) in enumerate(words)
                                   if j == k and first <= n <= last],
                        k == words[last][0], ctx))
    out.extend(lines[words[last][0] + 1:])
    return out


def _read(words: list[tuple[int, re.Match[str]]]) -> list[bool] | None:
    """For each word from the caution's first, True for the caution's and False for the
    other column's, up to the caution's last word (and the clerk's mark after it); None
    when the wording is not read to `anyone` or too many other words come between."""
    kinds: list[bool] = []
    want = 0
    n = 0
    while n < len(words) and want < len(_WORDING):
        word = words[n][1].group(0)
        step = 1 if _match(word, want) else 0
        if not step and word.endswith("-") and n + 1 < len(words) \
                and _match(word[:-1] + words[n + 1][1].group(0), want):
            step = 2  # a word broken over the box's line (`be-` / `fore`)
        if step:
            kinds.extend([True] * step)
            n += step
            want += 1
            continue
        if _WORDING[want].startswith("?"):
            want += 1
            continue
        kinds.append(False)
        n += 1
    if want <= _WORDING.index("anyone") or kinds.count(False) > _COLUMN_WORDS:
        return None
    if n < len(words) and _CODE.match(words[n][1].group(0)):
        kinds.append(True)
    while kinds and not kinds[-1]:
        kinds.pop()
    return kinds if False in kinds or n < len(words) else None


def _match(word: str, want: int) -> bool:
    """True when `word` reads as the caution's word at `want` (OCR may drop a letter)."""
    plain = word.strip(".,;:").lower()
    for wanted in _WORDING[want].lstrip("?").split("|"):
        if plain == wanted or (len(wanted) > _STEM and len(plain) > _STEM
                               and plain[:_STEM] == wanted[:_STEM]):
            return True
    return False


def _cut(line: Line, words: list[tuple[re.Match[str], bool]], last: bool,
         ctx: Context) -> list[Line]:
    """`line` cut where the caution's words give way to the other column's; on the
    caution's last line, the form's fields after it each a line of its own."""
    bounds = [0] + [m.start() for (m, kind), (_, before) in zip(words[1:], words, strict=False)
                    if kind != before]
    if words and words[0][0].start() > 0:
        bounds.append(words[0][0].start())
    end = words[-1][0].end() if words else len(line.text)
    parts = [line.text[a:b].strip() for a, b in zip(sorted(set(bounds)),
                                                     [*sorted(set(bounds))[1:], end],
                                                     strict=True)]
    tail = line.text[end:].strip()
    parts = [part for part in parts if part]
    if last and tail:
        parts.extend(_fields(tail, ctx))
    elif tail:
        parts.append(tail)
    if len(parts) <= 1:
        return [line]
    return [Line(line.no, parts[0], line.blank_before, line.rule_before, line.bullet),
            *(Line(line.no, part) for part in parts[1:])]


def _fields(text: str, ctx: Context) -> list[str]:
    """The form's fields opening `text`, each cut off, then the rest (the text)."""
    out: list[str] = []
    rows = ctx.res.patterns.rows("state-form-across")
    while text:
        found = next((m for row in rows if (m := row.regex.match(text))), None)
        if found is None or not found.group(0):
            break
        out.append(found.group(0).strip())
        text = text[found.end():].strip()
    return [*out, text] if text else out
