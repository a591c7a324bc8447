"""(ocr88) A CIA memorandum's addressees listed one a line under its form line (`MEMORANDUM
FOR: DDCI` / `Mr. Duckett` / `Mr. Proctor` / `Gen. Wilson` / ...), as CREST's OCR keeps a
distribution of a deputy's note to the Agency's office heads: each line a courtesy title and
a surname, up to the text. They are more addressees of the memorandum, never its senders (a
Commonwealth form's `Mr. Hutchison` line names the envoy who sent it)."""

from __future__ import annotations

import re

from tei.convert.model import RegistryLine, text_of
from tei.convert.read import Line

# the form line naming the first addressee, its word perhaps damaged by the OCR before
# `ANDUM` and a stray mark read inside `FOR` (`MEMORANDUM F'OR: DDCI`)
_FORM_FOR = re.compile(r"^[A-Z0-9]\S{0,9}?ANDUM\s++F['’.]?OR\b")
# one addressee: a courtesy title or a rank, perhaps a stray stop, and a name of one to three
# words (`Mr. .Knoche`, `Mr. Brec inridge`, `Dr. Chamberlain`, `Gen. Wilson`)
_MEMBER = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr|Gen|Adm|Col|Capt|Amb)\.?\s++\.?[A-Z][a-z'’-]*+"
                     r"(?:\s[A-Za-z][a-z'’-]*+){0,2}$")
_KINDS = frozenset({"sender", "other", "distribution"})


def memo_list_member(registry: RegistryLine, line: Line, out: list[RegistryLine]) -> bool:
    """Whether `line` (read as `registry`) is one more addressee under a memorandum's form
    line: a courtesy title and a name, right under that line or under such an addressee."""
    if (registry.subtype or "other") not in _KINDS or not _MEMBER.match(line.text.strip()):
        return False
    for above in reversed(out):
        text = text_of(above.content).strip()
        if above.subtype == "document-type":
            return _FORM_FOR.match(text) is not None
        if above.subtype != "addressee" or not _MEMBER.match(text):
            return False
    return False


def memo_list_run(lines: list[Line], i: int) -> int:
    """How many lines from `i` on go on listing a memorandum's addressees under its form
    line (the lines above `i` that list, then the form line): for the heading's length, a
    line no heading table reads among them (`Mr. Brec inridge`, the OCR's split name)."""
    above = i - 1
    while above >= 0 and _MEMBER.match(lines[above].text.strip()):
        above -= 1
    if above < 0 or not _FORM_FOR.match(lines[above].text.strip()):
        return 0
    count = 0
    while (i + count < len(lines) and not lines[i + count].blank_before
           and _MEMBER.match(lines[i + count].text.strip())):
        count += 1
    return count
