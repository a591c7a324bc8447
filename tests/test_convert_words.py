"""No words lost: every word of a source's document text appears, in order, in its TEI text.

The document text is the source without the lines the case lists as archive page material
(`page_lines`: moved to the header or dropped by the documented rules). These documented
rules change the source's characters without losing words, and are applied here first:
numbering of points moves to `item/@n` (capital letters too, cables60: `A.`; also a
first point's after a telegram's number, `611. 1. ...`, or after a military message's
remarks set, `RMKS/1. ...`) and of sections to `div/@n`;
footnote markers (`[1]`, `[1](#f1)` (a Markdown note link),
`^1`, `¹`, FRUS's `/1/`, and the anchors glued to words a case lists as `glued_anchors`:
`February 21|2` for `February 212`) become `note` elements (their text, `note_lines`, is
checked on its own); the label of a bracketed stamp (`[Stamp:`, `[Stamp 042.`) becomes the
`stamp` element; `[...]` becomes an empty `gap`; a page marker (`[Page 12]`) becomes
`pb/@n`; a word hyphenated at a line end is joined, as is one broken over a running head
of `page_lines`; italics marks
(`_Paris, August_ 1`, Project Gutenberg's) are read off; in a text whose OCR lost its line
breaks (a case's `flattened`) the numbering of points inside a line moves to `item/@n` too;
a copy's quote marks, `o` bullets, zero-width marks and soft hyphens go, its ligatures and
full-width digits are read as the plain ones, an OCR's lookalikes in a word of capitals as
the capitals (`VlKTOR`, `T0P`) (`plain_characters`); (repost64) a thread's post numbers (`2/ `)
and the quotation marks around a quoted document's parts go (`unthread`); (formats68) a raw
mail is read as shown, RTF as its words and an export's line numbers go; (repost69) a word
processor's comments and their marks in the text go (`[AB1]`); (wcda70) a screen reader's
log is read without the roles it speaks (`unspeak`: `heading level 1`, `link`, landmarks);
(repost81) a post's BBCode quotations as block quotes (`unbbcode`) and a PDF layout's two
text columns column by column (`uncolumn`).
"""

from __future__ import annotations

import re

import pytest
from lxml import etree

from tei.convert.pages.bbcode import unbbcode
from tei.convert.pages.copies import plain_characters
from tei.convert.pages.data_records import read_data_record
from tei.convert.pages.html_document import is_page, page_text
from tei.convert.pages.line_numbers import unnumber
from tei.convert.pages.mime_mail import unmime
from tei.convert.pages.rtf import unrtf
from tei.convert.pages.screen_reader import unspeak
from tei.convert.pages.tei_source import is_tei_source, tei_text
from tei.convert.pages.thread import unthread
from tei.convert.pages.two_columns import uncolumn
from tei.convert.pages.word_comments import without_comments
from tei.convert.patterns import Patterns
from tei.xmlio import decode_text
from tests.cases import CASES, Case, converted, gap_param
from tests.tei_facts import xp

# (invent29) a word of letters, or one ideograph or kana of the CJK scripts, which set no
# space between words (a date tagged inside `昭和三十七年十一月十二日後六時三十分発`)
_WORD = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|(?:(?![\u3040-\u30ff"
                   r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])\w)+")
_NUMBERING = re.compile(r"^\s*(?:-\s+)?(?:(?:\d{1,2}\\?[.)]|\d{1,2}\.\s?[-–]|\(\d{1,2}\)"
                        r"|\(?[a-h]\)|[a-hA-H]\.|[IVX]+\.)"  # (frus60) `a.` lettered points
                        r"(?:\s|$)|\d{1,2}\.(?=[A-Z][a-z])"  # `1.During ...`: glued to its text
                        r"|\d{1,2}\.(?=[A-Z][A-Z'’]*[:,]?\s[A-Z(])"  # (cables75) `2.I CONVEYED`
                        r"|\d{1,2}/(?=\s[A-Z])"  # (bloc68) `1/ Today ...`: a typescript's point
                        r"|\d{1,2}(?=\s[A-Z]{2,}\s[A-Z]{2,})"  # (telex71) `1 UNDER SECRETARY`
                        r"|[一二三四五六七八九十]{1,3}、)")  # (invent26) a CJK point `一、`
_MARKERS = re.compile(
    r"\[\d{1,3}\]\(#fn?\d{1,3}\)|\[\d{1,3}\]|\[[ivx]{1,5}\]|\^\d{1,3}|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\[\s*(?:stamp|seal)(?:\s*:|\s(?=\d))|\[(?:\.\.\.|…)\]"
    r"|\[(?:facsimile\s+)?page\s+\w{1,6}\]|(?<![\d/])/\d{1,2}/(?![\d/])"
    r"|(?<![\w/])(?:x{1,3}|\*{1,3})/(?![\w/])"  # a typescript's note marker (`x/`, `xx/`)
    r"|</?(?:br|strong|em|b|i|span|p)\b[^<>]{0,80}>", re.IGNORECASE)  # a page's HTML residue
# (other32) a typist may repeat the hyphen at the next line's start (`Govern-` / `-ment.`)
_LINE_END_HYPHEN = re.compile(r"(?<=[^\W\d_])-[ \t]*\n\s*-?(?=[a-z])")
# (other32) a phrase tag inside a word joins its letters (`hence<strong>for</strong>th`)
_GLUED_TAG = re.compile(r"(?<=\w)</?(?:b|strong|i|em|u|span|font|small|big|mark|s|strike|tt)"
                        r"(?:\s[^<>]{0,80})?>(?=\w)", re.IGNORECASE)
# a telegram's number before its first point (`611. 1. Gimo ...`; a channel's, frus55:
# `WHS 2041. 1. Your ...`): the point's number too
# (frus59) the number may carry its series after a slash (`WH50412/Tohak 61. 1. ...`)
_POINT_AFTER_NUMBER = re.compile(r"^(\s*(?:[A-Z][A-Za-z]{1,9}\s?)?\d{1,6}"
                                 r"(?:/(?:[A-Z][a-z]{2,6}\s)?\d{1,5})?\.\s+)"
                                 r"(?:\d{1,2}[.)]|\([a-h\d]\))(?=\s)")
# (cables65) a military message's remarks set before its first point (`RMKS/1. (S) ...`,
# `GENTEXT/REMARKS/1. ...`): the point's number too
_POINT_AFTER_SET = re.compile(r"^(\s*(?:RMKS|GENTEXT/(?:REMARKS|TEXT))/)\d{1,2}\.(?=\s)")
_FLAT_NUMBERING = re.compile(r"(?<=\s)\d{1,2}\.(?=\s[A-Z(])")  # `... REF: STATE 51234 1. FOREIGN`
# `1 S.M. Bruce.`: a note listed without a stop; (commonwealth44) its number glued to its
# first word (DIFP: `1See No. 27 below.`)
# (signed51) or the Soviet typescript's `x/` mark of a note (`x/ Pseudonym I.V. Stalin.`)
_NOTE_NUMBER = re.compile(r"^\s*(?:\d{1,3}(?:\s|(?=[A-Z][a-z]))|x{1,3}/\s)")
_QUOTE_MARK = re.compile(r"^>[ \t]?", re.MULTILINE)  # a mail's or Markdown's quote mark
_LETTER_BULLET = re.compile(r"^[ \t]*o\t+", re.MULTILINE)  # a word processor's `o` bullet
_ITALIC = re.compile(r"(?<![\w*\\])_(?=\S)([^_\n]{1,300}?)(?<=\S)_(?!\w)")  # as the reader's


def words(text: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(text)]


def document_words(case: Case, patterns: Patterns) -> list[str]:
    text = unrtf(unmime(decode_text(case.source.read_bytes()).text))  # (formats68) raw
    text = tei_text(text) if is_tei_source(text) else (  # (formats67) a source file or record:
        read_data_record(text, patterns) or text)  # the text it holds
    text = page_text(text).text if is_page(text) else text  # a saved page: the text it shows
    text = unbbcode(uncolumn(text.replace("\r\n", "\n")))  # (repost81)
    text = unspeak(unnumber(unthread(plain_characters(text))), patterns)
    text = "\n".join(without_comments(text.split("\n")))  # (repost69) `Commented [AB1]:`
    text = _GLUED_TAG.sub("", text)
    text = _LETTER_BULLET.sub("", _QUOTE_MARK.sub("", text))
    for glued in case.expected.get("glued_anchors", []):  # `February 21|2`: FRUS's `212`
        before, anchor = glued.split("|")
        text = text.replace(before + anchor, before + " ")
    dropped = {" ".join(line.split()) for line in case.page_lines + case.expected.get(
        "note_lines", [])}
    text = "\n".join(line for line in text.split("\n") if " ".join(line.split()) not in dropped)
    text = _LINE_END_HYPHEN.sub("", text)  # also over a dropped running head (`Yugo-` / `slav`)
    if case.expected.get("flattened"):
        text = _FLAT_NUMBERING.sub(" ", text)
    kept = [_ITALIC.sub(r"\1", line) for line in text.split("\n")]
    return words("\n".join(_MARKERS.sub(" ", _NUMBERING.sub(" ", _POINT_AFTER_NUMBER.sub(
        r"\1", _POINT_AFTER_SET.sub(r"\1", line)))) for line in kept))


def tei_words(root: etree._Element) -> list[str]:
    body = xp(root, "//tei:text")[0]
    return words(" ".join(body.itertext()))


def first_missing(needles: list[str], haystack: list[str]) -> int | None:
    """Index of the first needle not found in order in `haystack`, or None."""
    position = 0
    for index, word in enumerate(needles):
        try:
            position = haystack.index(word, position) + 1
        except ValueError:
            return index
    return None


@pytest.mark.parametrize("case", [gap_param(c, "words") for c in CASES])
def test_every_word_of_the_document_text_is_kept_in_order(case: Case, resources) -> None:
    root, _ = converted(case, resources)
    source = document_words(case, resources.patterns)
    missing = first_missing(source, tei_words(root))
    assert missing is None, f"lost {source[missing]!r} after: {' '.join(source[:missing][-8:])}"


@pytest.mark.parametrize("case", [gap_param(c, "note_lines") for c in CASES
                                  if c.expected.get("note_lines")])
def test_footnote_texts_are_kept(case: Case, resources) -> None:
    root, _ = converted(case, resources)
    notes = [" ".join(n.itertext()) for n in xp(root, "//tei:text//tei:note")]
    for line in case.expected["note_lines"]:
        text = _MARKERS.sub(" ", _NUMBERING.sub(" ", _NOTE_NUMBER.sub(" ", line)))  # `1.` goes
        assert any(first_missing(words(text), words(note)) is None for note in notes), line


@pytest.mark.parametrize("case", [gap_param(c, "dehyphenated") for c in CASES
                                  if c.expected.get("dehyphenated")])
def test_words_broken_at_line_ends_are_joined(case: Case, resources) -> None:
    root, _ = converted(case, resources)
    text = " ".join(" ".join(xp(root, "//tei:text")[0].itertext()).split())
    for word in case.expected["dehyphenated"]:
        assert re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text), word
