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
from dataclasses import replace

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
    """`lines`, the caution's lines cut where the other column's words begin and end (the
    post, the caution's words OCR read between, and the `Dated` line made one line), and
    the form's fields after it on its last line cut off as lines of their own."""
    start = next((i for i, line in enumerate(lines[:_REACH])
                  if (found := _START.search(line.text)) and found.start() <= _LEAD), None)
    if start is None:
        return lines
    opening = _START.search(lines[start].text).start()
    words = [(k, m) for k in range(start, min(start + _SPAN, len(lines)))
             for m in re.finditer(r"\S+", lines[k].text)
             if k > start or m.start() >= opening]
    kinds = _read(words)
    if kinds is None or False not in kinds:
        return lines if kinds is None else _tail_only(lines, start, words[len(kinds) - 1], ctx)
    words = words[:len(kinds)]
    first, last = kinds.index(False), len(kinds) - 1 - kinds[::-1].index(False)
    runs = [(0, first), (first, last + 1), (last + 1, len(words))]
    end_line = words[-1][0]
    out = list(lines[:start])
    before = lines[start].text[:opening].strip()
    if before:  # a code room's initials before the caution (`NC`)
        out.append(Line(lines[start].no, before))
    for a, b in runs:
        if a < b:
            out.append(Line(lines[words[a][0]].no, _joined(words[a:b])))
    out[start] = replace(out[start], blank_before=lines[start].blank_before)
    tail = lines[end_line].text[words[-1][1].end():].strip()
    out.extend(Line(lines[end_line].no, part) for part in _fields(tail, ctx))
    out.extend(lines[end_line + 1:])
    return out


def _tail_only(lines: list[Line], start: int, last: tuple[int, re.Match[str]],
               ctx: Context) -> list[Line]:
    """`lines` with the form's fields run on after a caution read whole (a flattened page
    whose columns OCR did not mix: `... to anyone. (C) Secretary of State, Washington.
    London Dated September 17,1938 Rec'd 10 a.m. 950, ...`) cut off as lines of their own."""
    k, found = last
    line = lines[k]
    tail = line.text[found.end():].strip()
    parts = _fields(tail, ctx) if tail else []
    if len(parts) <= 1:
        return lines
    head = Line(line.no, line.text[:found.end()].strip(), line.blank_before, line.rule_before,
                line.bullet)
    return [*lines[:k], head, *(Line(line.no, part) for part in parts), *lines[k + 1:]]


def _joined(words: list[tuple[int, re.Match[str]]]) -> str:
    """The words as one line; a word broken at a line's end joined to its rest."""
    text = ""
    for n, (k, found) in enumerate(words):
        word = found.group()
        broken = n > 0 and text.endswith("-") and words[n - 1][0] != k
        text = text[:-1] + word if broken else f"{text} {word}".strip()
    return text


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
        if _WORDING[want].startswith("?") and (want > _WORDING.index("anyone") or _match(
                word, want + 1)):
            want += 1  # an optional word the form left out (`closely`, `other than ...`)
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
