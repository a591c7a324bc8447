"""A reading room's release line alone on its line (CREST: `Approved For Release 2002/05/17 :
CIA-RDP84-00313R000100190031-7`, table `flattened-heading` row `release`), set at each
scanned page's head and foot (ocr34): never joined to the line under it (a letter's inside
address), and, under a closing line (a signature, a signer's office), the page's foot where
the letter closes (the next pages hold its attachment). The editors' page marks right over an
attachment's first line (`[Page 414]` / `[Annex]`) are the attachment's, not the closer's."""

from __future__ import annotations

import re
from collections.abc import Callable

from tei.convert.brackets import PAGE
from tei.convert.month_names import MONTH_NAMES
from tei.convert.patterns import Patterns, label_key
from tei.convert.quoted import Unit


def release_alone(text: str, patterns: Patterns) -> bool:
    """Whether `text` is the release line and nothing else."""
    if "CIA-RDP" not in text:
        return False
    row = next((row for row in patterns.rows("flattened-heading") if row.name == "release"),
               None)
    found = row.regex.match(text.strip()) if row else None
    return found is not None and found.end() == len(text.strip())


def stands_alone(patterns: Patterns) -> Callable[[str], bool]:
    """The read stage's test of a line never joined to its neighbours: a page's furniture
    (`Patterns.is_furniture`), the release line alone, or a page field's label alone in
    the page's case over its value (a record's `Titre` / its value / `Nom cité`: the label
    is not the value's last words, cables40; a cable's `SUMMARY` in capitals is its own),
    or a line a page reader reads alone (cables57): a blog post's byline, author or labels
    line (`Posted by R. Whitfield` under the headline), an FBIS item's issue number and
    source line (`LD3005213590 Moscow TASS in English ...` over the text), a DocumentCloud
    page's host and contributor lines (cables65); (bloc66) a bare number of four digits at
    most (a page's number in its corner, never a wrapped line's end); (wcda60) the label
    closed by its colon alone (a PDF export's `Citation:` under a title as long as its wrap
    width: not the title's wrapped end); (ocr66) a security grade alone or after its label, its
    letters perhaps spaced out as wide as the wrap (`CLASSIFICATION  S E C R E T / SECURITY
    INFORMATION` over `CENTRAL INTELLIGENCE AGENCY`: table `page-stamps`, row `grade`);
    (cables68) NARA's record-group citation over a scanned copy (`_record_group`);
    (cables83) a Situation Room relay's later page line (`PSN:051190 PAGE 02 OF 03`);
    (us88) a Cablegate mirror's record row of values (`07TUNIS797 2007-06-20 16:18:00 ...`);
    (cables97) a US cable's sender alone under its subject (`FROM KEATING`).
    (speed79) The test made for a document keeps its answers: the read stage asks about a
    line two or three times (the wrap width, the paragraphs' blank lines, the join)."""
    answers: dict[str, bool] = {}

    def alone(text: str) -> bool:
        found = answers.get(text)
        if found is None:
            found = answers[text] = bool(_alone(text, patterns))
        return found
    return alone


def _alone(text: str, patterns: Patterns) -> bool:
    """`stands_alone`'s answer about `text`."""
    return patterns.is_furniture(text) or release_alone(text, patterns) or _grade(
        text, patterns) or (text.isdigit() and len(text) <= _PAGE_DIGITS) or (
        ":" not in text.rstrip().removesuffix(":") and not text.isupper()
        and label_key(text) in patterns.words("page-fields")) or _page_line(text, patterns) \
        or _record_group(text, patterns)


def finishes_a_wrapped_line(patterns: Patterns) -> Callable[[str, str], bool]:
    """(lead70) The read stage's test of a line the test above keeps apart that nonetheless
    finishes a full line cut by the wrap: a body's head noun that is also a page field's
    label under a name in capitals (`... to the Hungarian Foreign` / `Ministry`), a year
    under its day and month (`... to Mao Zedong, 19 June` / `1951`)."""
    offices = patterns.words("office-words")

    def finishes(physical: str, following: str) -> bool:
        if _YEAR.match(following):
            return bool(_DAY_MONTH_END.search(physical))
        last = physical.rsplit(maxsplit=1)[-1]
        return last.isalpha() and last[:1].isupper() and label_key(following) in offices
    return finishes


_YEAR = re.compile(r"^1[6-9]\d\d$|^20\d\d$")
_MONTHS = MONTH_NAMES
_DAY_MONTH_END = re.compile(rf"(?:\b\d{{1,2}}\s+(?:{_MONTHS})|\b(?:{_MONTHS})\s+\d{{1,2}},?)$")
_PAGE_DIGITS = 4  # (bloc66) a bare number, as a page's corner sets it beside its running head


def _grade(text: str, patterns: Patterns) -> bool:
    found = patterns.match("page-stamps", text.strip())  # (cables83) or a relay's page line
    return found is not None and found[0] in ("grade", "psn-page")


def _record_group(text: str, patterns: Patterns) -> bool:
    """(cables68) NARA's citation of a scanned State Department copy (`RG 59, Central Decimal
    File 1955-59, 764.00/10-2656`): its own line over the archive's name and the scan's."""
    found = patterns.match("archival-reference", text)
    return found is not None and found[0] == "record-group"


def _page_line(text: str, patterns: Patterns) -> bool:
    found = patterns.match("blog-byline", text) or patterns.match("fbis-item", text) or \
        patterns.match("document-cloud", text)
    if found is None:  # (us88) a Cablegate mirror's record row of values, however short;
        # (cables97) a US cable's sender alone under its subject
        row = patterns.match("cable-record", text.strip())
        sender = patterns.match("routing-line", text.strip())  # (cables97) `FROM KEATING`
        return (row is not None and row[0] == "value-row") or (
            sender is not None and sender[0] == "from-capitals")
    return found[0] != "intro"


def wrapped_tail(units: list[Unit], i: int) -> bool:
    """(cables89) A capitals cable's last word of a sentence the wrap carried onto a line of
    its own (`... UNLIKELY TO ENDURE OVER THE LONG` / `TERM.`), with more of the text under
    it: no signature (`sentence_tail`)."""
    return 0 < i < len(units) - 1 and not units[i].embedded and sentence_tail(
        units[i].text, units[i - 1].text)


def sentence_tail(text: str, above: str) -> bool:
    """(cables89) `text` is one word closed by its stop under a full line of capitals that
    ends in a letter: the end of that line's sentence, which the wrap set apart. A signature
    is no sentence's end (`HILL` under `... KEEP IT THAT WAY.`)."""
    above = above.rstrip()
    return bool(_TAIL_WORD.match(text.strip())) and len(above) >= _FULL_LINE \
        and above.isupper() and above[-1:].isalpha()


_TAIL_WORD = re.compile(r"^[A-Z][A-Z'’-]*+\.$")
_FULL_LINE = 40  # a hard-wrapped capitals line (PlusD prints at about 60 characters)


def page_feet(units: list[Unit], start: int, closing: Callable[[Unit], bool],
              patterns: Patterns) -> list[int]:
    """The units after `start` that are a page foot's release line under a `closing` unit
    (not under another release line: a page's foot and the next page's head), and (ocr43)
    the last unit when it is the OCR's speck (`'S`, `·`), the editors' bracketed note or
    (letters80) a printed page's number alone under the closer: the closer may stand over it."""
    def release(unit: Unit) -> bool:
        return not unit.embedded and release_alone(unit.text, patterns)
    feet = [i for i in range(start + 1, len(units))
            if release(units[i]) and not release(units[i - 1]) and closing(units[i - 1])
            and not _next_page_goes_on(units[i + 1:i + 1 + _NEXT_HEAD], patterns)]
    last = len(units) - 1
    foot = last > start + 1 and (_speck(units[-1]) or (
        (_EDITORS_FOOT.fullmatch(units[-1].text.strip())
         or _PAGE_NUMBER.fullmatch(units[-1].text.strip())) and (
            closing(units[-2]) or _closed_postscript(units, start, closing, patterns))))
    return feet + ([last] if foot and not units[-1].embedded else [])


def _closed_postscript(units: list[Unit], start: int, closing: Callable[[Unit], bool],
                       patterns: Patterns) -> bool:
    """(repost85) The unit over the last is a postscript right under a closing unit (Lenin's
    `Yours, Lenin.` / `PS. Find tougher people.` / `[Note: ... —Trans.]`): the editors'
    note under it is the page's foot as under the closer itself."""
    return len(units) - 3 > start and not units[-2].embedded and closing(units[-3]) \
        and patterns.match("postscript", units[-2].text) is not None


# (cables55) the units of a page's head a cable printout's later page header stands among
# (the release line, the classification, `PAGE 02 NEW DE 18765 061210Z`)
_NEXT_HEAD = 3


def _next_page_goes_on(head: list[Unit], patterns: Patterns) -> bool:
    """Whether the next page's head repeats a cable printout's page header for a later page
    (`PAGE 02 ...`, table `printout-page`): the cable goes on over the page's foot (a CREST
    copy of a State telegram, its classification line over the release line)."""
    return any(not unit.embedded and not unit.text.startswith("PAGE 01")
               and patterns.match("printout-page", unit.text.strip()) for unit in head)


# (signed51) the editors' bracketed source note under the signature, the text's last line
# (`[Archive of the Romanian Ministry of Foreign Affairs, folder 211/1969. Translated by X.]`)
_EDITORS_FOOT = re.compile(r"\[(?:[^\[\]\s]++\s++){4,}+[^\[\]]*+\]\.?")


# (letters80) a reprint's page number alone under the dateline or signature (`7`, `- 7 -`)
_PAGE_NUMBER = re.compile(r"(?:[-–]\s?)?\d{1,4}(?:\s?[-–])?")

_SPECK = re.compile(r"[^\w.\s]++\w?|\w?[^\w.\s]++")  # a mark with one letter at most, no stop


def _speck(unit: Unit) -> bool:
    """A last line of the OCR's specks (`'S`, `·`), not an initial (`M`, `M.`)."""
    return not unit.embedded and len(unit.lines) == 1 and bool(_SPECK.fullmatch(unit.text.strip()))


_AFTER = 8  # the units after an attachment's line it is judged with (a foot address under a list)


def attachment_ends(units: list[Unit], start: int,
                    attachment: Callable[[Unit, list[Unit]], bool]) -> list[int]:
    """Where the text ends before each unit after `start` that opens an `attachment` (given
    the units after it): above the editors' page marks right over it (`W. Park Armstrong,
    Jr.` / `[Page 414]` / `[Annex]`: the page turns between the closer and the annex; frus36)."""
    ends = []
    for i in range(start + 1, len(units)):
        if attachment(units[i], units[i + 1:i + _AFTER]):
            while i - 1 > start and _page_mark(units[i - 1]):
                i -= 1
            ends.append(i)
    return ends


def _page_mark(unit: Unit) -> bool:
    """A unit that is nothing but an editors' page mark (`[Page 414]`)."""
    text = unit.text.strip()
    return not unit.embedded and len(unit.lines) == 1 and text[:1] == "[" \
        and text[-1:] == "]" and bool(PAGE.match(text[1:-1]))
