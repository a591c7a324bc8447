"""Editorial brackets and note markers in a line: where they stand and what kind each is.

Brackets are classified by the `brackets` table: gaps (`[...]`, `[illegible]`), the
`[signature]` mark, `[sic]`, descriptions (`[attached handwritten letter]`), stamps
(`[Stamp: ...]`), identifications (`Filippov [Stalin]`) and other insertions (`[your]`).
`tei.convert.inline` turns them into elements.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tei.convert.markup import SUPERSCRIPT_DIGITS
from tei.convert.model import Inlines, Mark, text_of
from tei.convert.patterns import Patterns
from tei.convert.read import Line
from tei.convert.spans import Spans

SPECIAL = re.compile(
    # (wcdc85) a translator's or editors' note in brackets holding the words it supplies in
    # brackets (`[Translator's note: a stamp says "... familiarized with [it]. ... [to the]
    # archives]"`): one note, the inner brackets its supplied words
    r"\[(?P<nested>(?i:translator['’]?s|editor['’]?s)\s++(?i:note)\s*+:[^\[\]\n]*+"
    r"(?:\[[^\[\]\n]*+\][^\[\]\n]*+)++)\]"
    r"|\[(?P<bracket>[^\[\]]*)\]"
    # (misses42) a translator's or editors' remark in parentheses inside the text (WCDA
    # transcripts: `trepang (translator’s note: sea cucumbers)`)
    r"|\((?P<remark>(?i:translator['’]?s|editor['’]?s|ed\.|trans\.)\s++(?i:note)\s*+:[^()\[\]]*+)\)"
    r"|\^(?P<caret>\d{1,3})"
    # (wcdf86) or a note's number glued to the editor's omission mark (a Polish ciphergram's
    # `Received by: […]3`, the readers' list moved to the note)
    r"|(?:(?<=\[…\])|(?<=\[\.\.\.\]))(?P<omitted>\d{1,2})(?!\w)"
    # (misses50) or a dagger (DCER's `†` on a document not located), read only where a note
    # under the text has that marker
    r"|(?<=[\w.,;:!?)\]\"”’'])(?P<sup>[¹²³⁴⁵⁶⁷⁸⁹⁰]+|†{1,2}|‡)"
    r"|(?P<stray>[\[\]])"
)
# A character every special opens with: a quick test before `SPECIAL`, whose lookbehind
# branch keeps the regex engine from scanning for them itself (see `_may_open_special`).
_SPECIAL_START = re.compile(r"[\[\]^¹²³⁴⁵⁶⁷⁸⁹⁰†‡]")
_PAREN_REMARK = re.compile(r"(?i)\((?:translator['’]?s|editor['’]?s|ed\.|trans\.)\s++note\s*+:")
# a stamp's text after its label and a colon (`[Stamp: Received 12.III.1958]`) or (wc32) a
# register number right after the label (`[Stamp 042. 4 January 1961]`)
STAMP = re.compile(r"(?is)^(?:stamp|seal|rubber\s+stamp)(?:\s*:|\s(?=\d))\s*(?P<text>.*)$")
ANCHOR = re.compile(r"^(?:\d{1,3}|[ivx]{1,6})$")
# an editors' page mark, also a microfiche supplement's facsimile page (`[Facsimile Page 1]`)
PAGE = re.compile(r"(?i)^(?:facsimile\s+)?page\s+(?P<n>[\dIVXLC]{1,6})$")
# (wcda65) and the editors' plain `[Note: "Sau" is Le Duc Tho's alias ...]`; (repost83) the
# Venona translators' `[Comment: Not available.]` after a reference to another message
REMARK = re.compile(  # `[Translator's note: ...]`, an editors' `[Source: ...]`
    r"(?i)^(?:(?:(?P<who>translator['’]?s|editor['’]?s|ed\.|trans\.)\s+)?note|source|comment)\s*:")
_WORD_AFTER = re.compile(r"(?<!\s)\s*+([\w'’-]+)")
# FRUS editors' correction of a time or day: the right figure in brackets after the one the
# telegram gave (`8 [11] p.m.`, `May 3 [4], 1941`), not a note marker
_CORRECTED = re.compile(r"^\d{1,2}(?:[.:]\d{2})?$")
_TIME_BEFORE = re.compile(r"(?<![\d.:])\d{1,2}(?:[.:]\d{2})?\s$")
_TIME_AFTER = re.compile(r"(?<!\s)\s++(?:[ap]\.\s?m\.|noon\b|midnight\b)")
# a number sign before a bracketed figure (`Nº [208]`, `No. [14]`): the editors supplied the
# number, no note's anchor
_NUMBER_SIGN_BEFORE = re.compile(r"(?:\bN[oº°]\.?|№|#)\s?$")
# (frus85) the editors' correction of a message's number a FRUS telegram cites (`Deptel 833
# [505]`, `telegram 1474 [1447]`, `despatch No. 12 [21]`): no note's anchor; (frus93) also a
# message cited by its sender's possessive or `your`/`my` (`Department’s 35 [31]`, `Gibson’s
# 80 [48] from Salonika`, `Your 35 [31]`)
_NUMBER_CORRECTED = re.compile(r"^\d{1,6}$")
_MESSAGE_BEFORE = re.compile(
    r"(?:(?i:tel|telegram|airgram|despatch|dispatch|No\.)|\w[’']s|\b(?i:your|my|our))"
    r"\s(?P<number>\d{1,6})\s$")
_DAY_BEFORE = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*+\.?\s\d{1,2}\s$")

# a bracket in a title; one glued to a quotation mark or a possessive stays as printed, so
# that the title's plain text (string(), as other tools read it) keeps its word boundaries
_SIC_YEAR = re.compile(r"^sic[;,:]?\s+(\d{4})$", re.IGNORECASE)
# the translator's correction of a misspelt name after `sic` (`Bhagvan Mozert [sic, Moses
# Bhagwan]`): a given name and a surname or more, each capitalised
SIC_NAME = re.compile(
    r"^(?P<lead>(?i:sic)\s*+[,;:]\s*+)(?P<name>[A-Z][\w'’.-]++(?:\s[A-Z][\w'’.-]++){1,3})$")
_TITLE_BRACKET = re.compile(r"\[(?P<inner>[^\[\]]{1,80})\](?![\w'’\"”])")
GAP_KINDS = ("gap-not-declassified", "gap-illegible", "gap-omitted")
GAP_REASONS = {"gap-not-declassified": "not-declassified", "gap-illegible": "illegible",
               "gap-omitted": "omitted"}


def specials(text: str, obfuscation: list[re.Pattern[str]],
             gates: tuple[Callable[[str], bool], ...] = ()) -> list[re.Match[str]]:
    """Brackets, note markers (`^3`, `³`), stray brackets (matches of `SPECIAL`) and
    obfuscated words (matches of the `obfuscation` regexes) in `text`, in order; a special
    inside an obfuscated word is none. `gates`: whether each regex may match a text
    (`Pattern.may_occur`: its needle or needles), so that a text failing it is not scanned."""
    gates = gates or (_anywhere,) * len(obfuscation)
    obfuscated = [m for regex, gate in zip(obfuscation, gates, strict=True)
                  if gate(text) for m in regex.finditer(text)]
    if not obfuscated and not _may_open_special(text):
        return []  # most lines: told without the spans and the sort
    hidden = Spans([m.span() for m in obfuscated])
    found = [m for m in SPECIAL.finditer(text)
             if not hidden.overlaps(m.start(), m.start() + 1)
             ] if _may_open_special(text) else []
    return sorted(found + obfuscated, key=lambda m: m.start())


def _anywhere(text: str) -> bool:
    """The gate of a regex whose needles are not known: it may match any text."""
    return True


def _may_open_special(text: str) -> bool:
    """Whether `text` holds a character a special opens with: in an ASCII text (no
    superscript digits) told by substring tests, quicker than a regex scan."""
    if "(" in text and "ote" in text and _PAREN_REMARK.search(text):
        return True
    if text.isascii():
        return "[" in text or "]" in text or "^" in text
    return _SPECIAL_START.search(text) is not None


def superscript(digits: str) -> str:
    """`³¹` as `31`."""
    return digits.translate(SUPERSCRIPT_DIGITS)


def bracket_kind(patterns: Patterns, inner: str) -> str | None:
    """Kind of a bracketed text by the `brackets` table: exact label, then contained phrase."""
    folded = " ".join(inner.casefold().split())
    if not folded or set(folded) <= {".", "…", " "}:
        return "gap-omitted"
    exact = patterns.words("brackets").get(folded)
    if exact:
        return exact
    found = patterns.phrases("brackets", folded)
    if any(start == 0 and kind == "headnote" for start, _, kind in found):
        return None  # (wcdv95) a head-note (`[The following is an excerpt of ...]`): no gap
    kinds = {kind for _, _, kind in found}
    return next((kind for kind in (*GAP_KINDS, "signature", "description") if kind in kinds),
                None)


def gap_extent(patterns: Patterns, inner: str) -> dict[str, str]:
    """A gap's `quantity` and `unit` when its bracket opens with a count and a unit of the
    `gap-units` table (`19 groups unrecoverable`, `1 group garbled`); else empty."""
    found = _COUNTED.match(inner)
    unit = patterns.words("gap-units").get(found.group(2).casefold()) if found else None
    return {"quantity": str(int(found.group(1))), "unit": unit} if found and unit else {}


_COUNTED = re.compile(r"^(\d{1,4})\s++(\w++)")


def insertion_reason(inner: str, text: str, start: int, end: int) -> str:
    """`identification` when a capitalised name is identified (the word before or after
    the bracket `text[start:end]`), else `omitted`."""
    if not inner[:1].isupper():
        return "omitted"
    previous = word_before(text, start)
    following = _WORD_AFTER.match(text, end)
    names_previous = previous[:1].isupper()
    names_next = bool(following) and following.group(1)[:1].isupper()
    return "identification" if names_previous or names_next else "omitted"


def word_before(text: str, end: int) -> str:
    """The word (letters, digits, `'’.-`) that ends `text[:end]`, spaces aside; read
    backwards, so a long text costs no more than the word."""
    stop = end
    while stop > 0 and text[stop - 1].isspace():
        stop -= 1
    start = stop
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_'’.-"):
        start -= 1
    return text[start:stop]


def after_number_sign(text: str, start: int) -> bool:
    """Whether the bracket at `text[start]` follows a number sign (`Nº [208]`)."""
    return bool(_NUMBER_SIGN_BEFORE.search(text[max(0, start - 5):start]))


# (commonwealth43) a documents volume's number supplied after the form's name, before the
# note's call (`Cablegram [4] [1] CANBERRA, ...`)
_FORM_BEFORE = re.compile(r"(?i)\b(?:cablegram|telegram|cable|dispatch|despatch)\s$")
_CALL_AFTER = re.compile(r"\s?\[\d{1,3}\]")


def supplied_number(text: str, start: int, end: int) -> bool:
    """Whether the bracket `text[start:end]` is the document's number the editors supplied
    after its form's name, a note's call following it (`Cablegram [4] [1]`)."""
    return bool(_FORM_BEFORE.search(text[max(0, start - 12):start])
                and _CALL_AFTER.match(text, end))


def completes_year(inner: str, text: str, start: int, end: int) -> bool:
    """Whether the bracket `text[start:end]` holds the part of a year the editors added
    to the digits glued to it, the decade (`ON/27/28/X/19[62]`) or the century
    (`5 March [19]56`): part of the year, no note's anchor."""
    if len(inner) != 2 or not inner.isdigit():
        return False
    before, after = text[max(0, start - 3):start], text[end:end + 3]
    if inner in _CENTURIES and after[:2].isdigit() and not after[2:].isdigit():
        return not before[-1:].isdigit()
    return before[-2:] in _CENTURIES and not before[:-2][-1:].isdigit() \
        and not after[:1].isdigit()


_CENTURIES = frozenset({"18", "19", "20"})


def year_completed_after(text: str, end: int) -> bool:
    """Whether the editors complete in brackets the year that ends at `text[:end]`."""
    bracket = _TWO_DIGITS.match(text, end)
    return bracket is not None and completes_year(bracket.group(1), text, end, bracket.end())


_TWO_DIGITS = re.compile(r"\[(\d{2})\]")


def is_correction(inner: str, text: str, start: int, end: int) -> bool:
    """Whether the bracket `text[start:end]` is the editors' correction of the time or day
    before it (`8 [11] p.m.`, `May 3 [4]`), or of a cited message's number (`Deptel 833 [505]`)."""
    cited = _MESSAGE_BEFORE.search(text, 0, start) if _NUMBER_CORRECTED.match(inner) else None
    # (cw91) a correction repeats the cited number's length (`833 [505]`); a shorter figure
    # is the edition's note anchor (DFAT: `see my telegram 49 [3]`)
    if cited is not None and len(inner) >= len(cited.group("number")):
        return True
    if not _CORRECTED.match(inner):
        return False
    before = text[max(0, start - 16):start]
    if _DAY_BEFORE.search(before):
        return True
    return bool(_TIME_BEFORE.search(before)) and bool(_TIME_AFTER.match(text, end))


def title_inlines(title: str, patterns: Patterns, names: Callable[[str], bool]) -> Inlines:
    """The title with the editors' identifications marked as supplied text: a bracketed
    name (`names` tells one) after or before a name (`Filippov [Stalin]`, `the Chancellor's
    [Helmut Kohl's] Meeting`, `Attitude towards Us [China]`), or a forename that with the
    surname after it is one (`Meeting with [Cyrus] Vance`). Other brackets stay as printed
    (`[Excerpts]`, `[redacted]`, `[Ciphergram No. 15053]`, and one glued to a quote:
    `towards Us [China]'`); empty when none is marked."""
    items: Inlines = []
    at = 0
    for found in _TITLE_BRACKET.finditer(title):
        inner = found.group("inner").strip()
        named = names(inner) or _completes_surname(inner, title, found.end(), names)
        if bracket_kind(patterns, inner) is None and named and insertion_reason(
                inner, title, found.start(), found.end()) == "identification":
            items += [title[at:found.start()],
                      Mark("supplied", {"reason": "identification"}, [inner])]
            at = found.end()
    if not items:
        return []
    return [item for item in (*items, title[at:]) if item != ""]


def _completes_surname(inner: str, title: str, end: int, names: Callable[[str], bool]) -> bool:
    """(wc44) Whether the bracket ending at `title[end]` holds the forename the editors gave
    the surname after it, the two a name `names` tells (`[Cyrus] Vance`)."""
    following = _WORD_AFTER.match(title, end)
    return following is not None and inner[:1].isupper() \
        and following.group(1)[:1].isupper() and names(f"{inner} {following.group(1)}")


def corrected_years(items: Inlines) -> Inlines:
    """`February 1, 1978 [sic; 1983]`: the date's value takes the editor's corrected year."""
    for i, item in enumerate(items[:-1]):
        following = items[i + 1] if not (isinstance(items[i + 1], str)
                                         and not items[i + 1].strip()) else None
        if following is None and i + 2 < len(items):
            following = items[i + 2]
        if (isinstance(item, Mark) and item.tag == "date" and isinstance(following, Mark)
                and following.tag == "supplied"):
            year = _SIC_YEAR.match(text_of(following.children).strip())
            when = item.attrs.get("when", "")
            if year and len(when) >= 4 and when[0].isdigit():
                item.attrs["when"] = year.group(1) + when[4:]
    return items


def block_end(lines: list[Line], i: int) -> int:
    """Index of the line closing the bracket opened on line `i` (at most 12 lines on); `i`
    itself when no line closes it."""
    depth = 0
    for j in range(i, min(len(lines), i + 12)):
        depth += lines[j].text.count("[") - lines[j].text.count("]")
        if depth <= 0:
            return j
    return i


# (wcdc85) the words naming whose stamp a bracketed stamp is, before `stamp` (`[CPSU CC stamp:
# 40929`, `[USSR MFA Far East Department stamp: SECRET ...`, `[faded stamp:`)
_STAMP_OWNER = re.compile(
    r"(?i)^\[\s*+(?P<owner>(?:[^\W\d_]++\s++){1,5}?)(?P<word>stamp|seal)(?P<sep>\s*+:|\s++(?=\d))")


def owned_stamp(text: str, legend: str, annotate: Callable[[str, int], Inlines],
                line: int) -> Inlines:
    """A one-line stamp's label and legend (`text`: its line): the legend as the stamp
    element, after the label's words naming whose stamp it is (`CPSU CC stamp:`), which are
    the source's words too; a bare `[Stamp:` label is the element itself."""
    found = _STAMP_OWNER.match(text.strip())
    owner = f"{found['owner']}{found['word']}{found['sep'].strip()} " if found else ""
    return [*(annotate(owner, line) if owner else []), Mark("stamp", {}, annotate(legend, line))]
