"""Cover names in decrypts (Venona and the like).

A decrypt's translators write the cover names of persons in capitals, in Russian
transliteration (`ROBERT`, `ZhENYa`), and gloss them in notes (`[i] VIKTOR: Lt. Gen. P. M.
FITIN.`). In a document that says it is such a decrypt (table `decrypt-evidence`), a
capitals word in a line of prose is a person's cover name, unless the register knows it
(`MOSCOW`, `KGB`), an article stands before it (`the ZEMLYaKI`, `the COUNTRY`) or a noun
after it makes it a cover term (`the REJDER group`: table `cover-terms`). A note that glosses
a cover name with a person's name (table `cover-gloss`) makes that name the person's, the
cover name one of its pseudonyms.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass

from lxml import etree

from tei.convert.namerules import rules
from tei.convert.patterns import Patterns
from tei.convert.register import KINDS, Entry
from tei.xmlio import TEI_NS, XML_NS

# a capitals word in the Library of Congress-like transliteration of Venona translations:
# capitals, with the lower-case letters of `Zh`, `Kh`, `Ch`, `Sh`, `Ts`, `Ya`, `Ye`, `Yo`,
# `Yu`, and the apostrophe of a soft sign (`ZhENYa`, `ZEMLYa-ChESKIJ`, `ARNOL'D`)
_UNIT = r"(?:[ZKCS]h|Ts|Y[aeou]|[A-Z])"
COVER_WORD = re.compile(rf"(?<![\w'’-]){_UNIT}++(?:(?:-|['’](?=[A-Z])){_UNIT}++)*+(?![\w-])")
# what may stand between a cover word and the word after it: a note anchor, `'s`
# (other32) the translators' Russian form in brackets may come first (`ART [ART][iv]`,
# `FELLOWCOUNTRYMAN[ZEMLYaChESKIE][vi] organisations`)
_AFTER = re.compile(r"(?P<possessive>['’][sS]\b)?(?P<russian>\s*+\[[A-Z][\w'’ -]{0,40}\])?"
                    r"(?:\s*+\[[ivxlc\d]{1,6}\])?\s*+(?P<next>[\w'’-]*)")
# the word before a cover word, across quotes and brackets (`the "BANK"`, `(a FELLOW-...`)
_BEFORE = re.compile(r"([\w'’-]+)[\s\"“‘'(\[]*+$")
_LETTERS = re.compile(r"[A-Za-z]++")
# (intel71) capitals words joined by a particle in capitals name a ship, a cape or a town
# (`CITY OF BATH`, `CAPE ST. VINCENT`, `LA CORUNA`), not a cover name, which is one word
_JOINED = re.compile(rf"{COVER_WORD.pattern}(?:\s++(?:OF|STE?\.|DE|DEL|DA|DO|DU|LA|LE|EL|LOS|LAS)"
                     rf"\s++{COVER_WORD.pattern})++")


@dataclass(frozen=True)
class Gloss:
    """A note's identification of a cover name: the cover name, the hedge before the
    person's name (`Probably `), and the name's span in the note's text."""

    cover: str
    hedge: str
    start: int
    end: int


def is_cover_document(text: str, patterns: Patterns) -> bool:
    """Does the document say it is a decrypt with cover names (`decrypt-evidence`)?"""
    return any(row.may_occur(text) and row.regex.search(text)
               for row in patterns.regexes.get("decrypt-evidence", ()))


def is_cover_word(word: str) -> bool:
    """A word as a decrypt writes a cover name: capitals (three letters or more, two of
    them at least plain capitals), Russian digraphs allowed (`ZhENYa`)."""
    return len(word) >= 3 and sum(c.isupper() for c in word) >= 2 and \
        COVER_WORD.fullmatch(word) is not None


# (intel81) a decrypt's recovered reading in its brackets' text (`B% TWAIN`, `C% ROBERT`):
# a piece of the prose around it, its capitals words cover names
_RECOVERED = re.compile(r"^[BCD]\s?%\s++\S")


def cover_spans(text: str, patterns: Patterns) -> list[tuple[int, int]]:
    """Spans of the cover names in one line of a decrypt; none in a line written in
    capitals (a heading: `TOP SECRET VENONA`)."""
    # (a redaction's X's are no name: `Issued: XXXX/12/6/1956`)
    words = [m for m in COVER_WORD.finditer(text)
             if is_cover_word(m.group()) and m.group().strip("X")]
    if not words or not (_RECOVERED.match(text) or _is_prose(COVER_WORD.sub("", text))):
        return []
    joined = [m.span() for m in _JOINED.finditer(text)]
    words = [m for m in words if not any(a <= m.start() < b for a, b in joined)]
    terms = patterns.words("cover-terms")
    spans = []
    for found in words:
        start, end = found.span()
        if found.group().endswith(("'S", "’S")):
            end -= 2  # a possessive in capitals (`"NABOB'S" establishment`), no soft sign
        if not text[:start].strip() and text[end:].lstrip().startswith(":"):
            continue  # a note's head: a cover name only when the note glosses it
        if _is_cover_term(text, start, end, terms):
            continue
        after = _AFTER.match(text, end)
        if end - start == 3 and not (after.group("possessive") or after.group("russian")):
            continue  # three capitals are an acronym (`OSS`) unless a possessive or the
            # Russian form follows (`ROY [ROJ]`)
        spans.append((start, end))
    return spans


def is_prose_line(text: str) -> bool:
    """Whether a decrypt's line is prose once its capitals words are left out (not a
    heading in capitals), where cover names are read."""
    return _is_prose(COVER_WORD.sub("", text))


def _is_cover_term(text: str, start: int, end: int, terms: dict[str, str]) -> bool:
    """Whether a determiner before the capitals word (`the "BANK"`) or a noun after it
    (`the REJDER group`) makes it a cover term (`cover-terms`), not a person's cover name."""
    before = _BEFORE.search(text, max(0, start - 60), start)
    if before and terms.get(before.group(1).casefold()) == "before":
        return True
    after = _AFTER.match(text, end)
    return not after.group("possessive") and terms.get(after.group("next").casefold()) == "after"


def _is_prose(rest: str) -> bool:
    """Whether the words of a line besides its cover words are prose: one of them written
    in lower case as much as in capitals (`To`, `the`), not only a name of mixed case in a
    capitals heading (`REPORT ON JOSIAH ELLIS DuBOIS OF "NABOB'S" ESTABLISHMENT`: other32)."""
    for word in _LETTERS.findall(rest):
        lower = sum(c.islower() for c in word)
        if lower and lower >= len(word) - lower:
            return True
    return False


def gloss(note: str, patterns: Patterns) -> Gloss | None:
    """The identification a note gives (`VIKTOR: Lt. Gen. P. M. FITIN.`), if it glosses a
    cover name with a name (`cover-gloss`)."""
    found = patterns.match("cover-gloss", note)
    if not found or not is_cover_word(found[1].group("cover")):
        return None
    hit = found[1]
    return Gloss(hit.group("cover"), hit.group("hedge") or "",
                 after_titles(note, hit.start("name"), patterns), hit.end("name"))


def described(note: str, patterns: Patterns) -> str | None:
    """(intel69) The cover word a note describes as a thing, not a person
    (`cover-description`: `ENORMOUS: The atomic bomb project.`), else None."""
    found = patterns.match("cover-description", note)
    word = found[1].group("cover") if found else None
    return word if word and is_cover_word(word) else None


def after_titles(text: str, start: int, patterns: Patterns) -> int:
    """Where a name starts once the titles before it are left out (`Lt. Gen. P. M.
    FITIN`: at `P.`)."""
    titles = rules(patterns).titles
    for word in re.finditer(r"\S+", text[start:]):
        if word.group().rstrip(".").casefold() not in titles:
            return start + word.start()
    return start


def with_pseudonym(entry: Entry, cover: str) -> Entry:
    """`entry` with `cover` among its names as a pseudonym (a register entry is copied, so
    that the register itself is left as it is)."""
    element = entry.element if _is_local(entry) else copy.deepcopy(entry.element)
    names = element.findall(f"{{{TEI_NS}}}{KINDS[entry.kind]}")
    if any(n.get("type") == "pseudonym" and n.text == cover for n in names):
        return entry
    pseudonym = etree.Element(f"{{{TEI_NS}}}{KINDS[entry.kind]}", type="pseudonym")
    pseudonym.text = cover
    pseudonym.tail = names[-1].tail
    names[-1].addnext(pseudonym)
    return Entry(entry.id, entry.kind, entry.reg, element)


def cover_element(ident: str, cover: str) -> etree._Element:
    """A local entry for a cover name no note of the document glosses."""
    person = etree.Element(f"{{{TEI_NS}}}person")
    person.set(f"{{{XML_NS}}}id", ident)
    etree.SubElement(person, f"{{{TEI_NS}}}persName", type="reg").text = cover.title()
    etree.SubElement(person, f"{{{TEI_NS}}}persName", type="pseudonym").text = cover
    etree.SubElement(person, f"{{{TEI_NS}}}note", type="local").text = (
        "A cover name in a decrypt; the document does not say whose. "
        "Not in the corpus register.")
    return person


def _is_local(entry: Entry) -> bool:
    return entry.element.find(f"{{{TEI_NS}}}note[@type='local']") is not None
