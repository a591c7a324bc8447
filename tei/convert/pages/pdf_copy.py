"""(wcds93) A blog's paste of the Wilson Center's PDF export (a post's long preface in another
language, the archive's addresses, then the export's date line and title, a translation
after each block): the export's title wrapped after a connective over two lines, and the
blogger's one-line note between the addresses and the date line."""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.read import Line
from tei.convert.zones import Segments

# a title line the export wrapped after its connective (`Discussion between Zhou Enlai and`
# / `Pham Van Dong`, `Record of Conversation between` / `Premier Zhou Enlai and ...`)
_DANGLING = re.compile(r"\s(?:and|between|with|to|from|of|by)$")


def export_title(lines: list[Line], i: int) -> Line:
    """Line `i`, or it joined to the next when it ends on a connective, or (wcdw95) breaks
    its parties' pair inside a name, and the next line, set right under it, opens with a
    capital (the export's title wrapped)."""
    line = lines[i]
    if i + 1 < len(lines) and not lines[i + 1].blank_before \
            and lines[i + 1].text[:1].isupper() \
            and (_DANGLING.search(line.text) or _open_pair(line.text, lines[i + 1].text)):
        return Line(line.no, f"{line.text} {lines[i + 1].text}", line.blank_before)
    return line


def _open_pair(text: str, nxt: str) -> bool:
    """(wcdw95) A title's `between` pair left open at the line's end, a name broken
    (`Record of Conversation between Zhou` / `Enlai and Georges Bidault`, `Discussion between
    Zhou Enlai, Chen` / `Yi and Nguyen Duy Trinh`): the next line closes it with `and`."""
    k = text.find(" between ")
    return k > 0 and " and " not in text[k:] and " and " in f" {nxt} " \
        and len(nxt) < 80 and not nxt.rstrip().endswith((":", "."))


def note_under_address(lines: list[Line], j: int, seg: Segments, ctx: Context) -> bool:
    """Whether one line stands between the quoted page's address (line `j`) and its date
    line, no date nor address itself (the blogger's note on the translation); it goes to
    the page text, taken off `lines` (in place)."""
    if j + 2 >= len(lines) or ctx.res.dates.whole(lines[j + 1].text) \
            or not ctx.res.dates.whole(lines[j + 2].text) \
            or ctx.res.patterns.match("reposted-page", lines[j + 1].text):
        return False
    seg.fields.setdefault("page-text", []).append(lines.pop(j + 1))
    return True


def earlier_addresses(lines: list[Line], j: int, start: int, seg: Segments) -> None:
    """The archive's other addresses run into the record's line before it (`.../people/...
    https://.../document/112175`, the record's from `start`): the page text, the record's
    address alone on line `j` (in place)."""
    if start > 0:
        line = lines[j]
        seg.fields.setdefault("page-text", []).append(Line(line.no, line.text[:start].strip()))
        lines[j] = Line(line.no, line.text[start:], line.blank_before)


_HEAD_REACH = 10  # (wcdw95) the export's head lines under its title where a name may break
_LONE = re.compile(r"^[A-Z][a-z'’-]+$")


def join_broken_names(lines: list[Line], start: int, ctx: Context) -> None:
    """(wcdw95) A name the export's line wrap broke in its head (`RECORD OF CONVERSATION with
    DRV prime-minister Pham Van` / `Dong`): a lone capitalised word right under a line whose
    last words, with it, make a person of the register, is joined to that line (in place)."""
    k = start + 1
    while k < min(start + _HEAD_REACH, len(lines)):
        line, prev = lines[k], lines[k - 1]
        words = prev.text.split()
        if not line.blank_before and _LONE.match(line.text.strip()) and any(
                _person(" ".join([*words[-n:], line.text.strip()]), ctx)
                for n in (2, 1) if len(words) > n and words[-n][:1].isupper()):
            lines[k - 1:k + 1] = [Line(prev.no, f"{prev.text} {line.text.strip()}",
                                       prev.blank_before)]
            continue
        k += 1


def _person(name: str, ctx: Context) -> bool:
    entry = ctx.res.register.lookup(name)
    return entry is not None and entry.kind == "person"


_PREFACE = 8  # a repost's lines above the quoted page that the head's reach still takes


def drop_preface(lines: list[Line], j: int) -> int:
    """`j`, the quoted page's address under a few lines of the repost; under a long preface
    (its lines already the page text) the lines above it are taken off `lines` (in place),
    the address then first, and 0 is returned for the page's head to be read from there."""
    if j <= _PREFACE:
        return j
    del lines[:j]
    return 0
