"""Words a publisher sets above the document on its page: an introduction (a translator's
blog post: `The following is a translation of an enciphered telegram ...`) and a repost's
preamble over a cable form's heading further down (a post's title and credit lines, a PDF
export's cover lines), read by `pages/generic.py`."""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.pages.summary import POINT, PROSE_END
from tei.convert.read import Line
from tei.convert.segment import doc_type_in, heading_kind, label_of
from tei.convert.zones import Segments

_INTRO_WORDS = 40
_INTRO_HEADING = 3
_BLOG_INTRO_WORDS = 15  # (repost82) also an introduction's under its own heading


def introduction(lines: list[Line], ctx: Context, least: int = _INTRO_WORDS) -> bool:
    """A publisher's introduction set before the document (a translator's blog post: `The
    following is a translation of an enciphered telegram ...`): one long prose paragraph
    opening the page, with the first lines after it a cable form's heading (at least two
    of the next three match heading rows), or a shorter one over a documents blog's dated
    parties line, or one headed as a translator's or editor's note; never a numbered
    paragraph."""
    if lines and _NOTE_HEADING.fullmatch(lines[0].text):  # (repost82) its heading alone over it
        return len(lines) > 1 and introduction(lines[1:], ctx, _BLOG_INTRO_WORDS)
    if not lines or label_of(lines[0].text, ctx) or not PROSE_END.search(
            DASH_SIGNED.sub("", lines[0].text)):  # (repost82) `... welcome. -- A. Name`
        return False
    if _NOTE_OPENING.match(lines[0].text):  # (repost64) a translator's note over the text
        return True
    if POINT.match(lines[0].text):  # the cable's own first paragraph (`1. FOREIGN ...`, other23)
        return False
    words = len(lines[0].text.split())
    if len(lines) > 1 and _signed_line(lines[1]):  # its writer's line under it
        lines = lines[:1] + lines[2:]
    if words >= least and len(lines) >= 1 + _INTRO_HEADING:
        rows = [ctx.res.patterns.match("heading", line.text)
                for line in lines[1:1 + _INTRO_HEADING]]
        if sum(1 for row in rows if row) >= 2:
            return True
    return words >= _BLOG_INTRO_WORDS and (_dated_parties_below(lines, ctx)
                                           or _capitals_form_below(lines))


# (repost84) a collected works' heading in capitals, the form and its addressee, perhaps with
# its note's number (`TELEGRAM TO ARTHUR HENDERSON 24`, `LETTER TO G. V. CHICHERIN*`)
CAPITALS_FORM = re.compile(
    r"^(?:(?:CIPHER(?:ED)?|SECRET|URGENT)\s++)?(?:TELEGRAM|LETTER|NOTE|MESSAGE|CABLE|RADIOGRAM"
    r"|TELEPHONOGRAM)\s++(?:TO|FROM)\s++(?:THE\s++)?(?:[A-Z]\.\s?){0,3}[A-Z][A-Z'’.,()-]++"
    r"(?:\s++(?:[A-Z]\.\s?)*+[A-Z][A-Z'’.,()-]*+){0,9}(?:\s*+\*{1,2}|\s++\d{1,3})?$")


def _capitals_form_below(lines: list[Line]) -> bool:
    """A post's introduction over a collected works' heading in capitals (`TELEGRAM TO ARTHUR
    HENDERSON 24`) and the text in sentence case under it."""
    return len(lines) > 2 and CAPITALS_FORM.match(lines[1].text) is not None \
        and re.match(r"[A-Z][a-z]", lines[2].text) is not None and len(lines[2].text.split()) >= 8


# (repost82) an introduction's writer after a dash, at its paragraph's end or on the next line
# (`... are welcome. -- Tran Minh Chau`, `- K. Lindqvist`)
DASH_SIGNED = re.compile(r"(?:(?<=[.!?])\s|^)(?:--|[-–—])\s?[A-Z][\w.’'-]*+"
                         r"(?:\s[A-Z][\w’'-]*+){0,2}$")
# (repost64) a repost's paragraph headed as the translator's or editor's note, set over the
# document (`Translator's note. Translated from the Chinese by ...`, a Markdown copy's)
# (repost82) or as a note on the translation (`A note on the translation: this telegram ...`)
_NOTE_OPENING = re.compile(r"^(?:(?:Translator|Editor)s?['’]s?\s++(?i:note|introduction)s?\b"
                           r"|A\s++note\s++on\s++(?:the\s++|my\s++)?(?:translation|text))[.:]")
# (repost82) ... or under its heading alone on its line (`Translator's introduction`, `A note on
# the translation`, `Editor's note`)
_NOTE_HEADING = re.compile(r"(?:(?:Translator|Editor)s?['’]s?\s(?i:note|introduction|preface)|"
                           r"(?i:a\snote\son\s(?:the\s)?(?:translation|text|sources?)))[.:]?")
_CAPTION_WORDS = 8


_POST_HEAD = 6  # a post's short lines over its note on the translation (title, date)
_POST_HEAD_WORDS = 10


def take_introduction(lines: list[Line], i: int, seg: Segments, ctx: Context) -> int:
    """The index after a publisher's introduction at `i` (`introduction`), read into the
    page's summary with its heading over it and its writer's line after a dash under it;
    (repost82) or after one headed as a translator's note under a post's few short lines
    (a newsletter's tagline, the post's title and date: the page's text)."""
    start = next((k for k in range(i, min(len(lines), i + _POST_HEAD))
                  if _NOTE_OPENING.match(lines[k].text) and PROSE_END.search(lines[k].text)),
                 None)
    if start is None or any(len(line.text.split()) > _POST_HEAD_WORDS or heading_kind(
            line.text, ctx) in _HEADING_KINDS for line in lines[i:start]):
        start = i
    if start == i and i + 1 < len(lines) and len(lines[i].text.split()) <= _POST_HEAD_WORDS \
            and not PROSE_END.search(lines[i].text) and _capitals_form_below(lines[i + 1:]):
        start = i + 1  # (repost84) the post's headline over its introduction: the page's
    if not introduction(lines[start:], ctx):
        return i
    seg.fields.setdefault("page-text", []).extend(lines[i:start])
    end = start + 1 + bool(_NOTE_HEADING.fullmatch(lines[start].text))
    end += bool(end < len(lines) and _signed_line(lines[end]))
    seg.fields.setdefault("summary", []).extend(lines[start:end])
    if end < len(lines) and CAPITALS_FORM.match(lines[end].text):
        # (repost84) the collected works' heading under it, its note's number the page's; a
        # post's headline over the introduction is the page's text then
        if seg.page_title is not None:
            seg.fields.setdefault("page-text", []).append(seg.page_title)
        title = lines[end]
        heading, mark = _note_mark(title.text)
        if mark:
            seg.fields.setdefault("page-text", []).append(Line(title.no, mark))
            title = Line(title.no, heading)
        seg.page_title = title
        end += 1
    return end


def _note_mark(text: str) -> tuple[str, str]:
    """(heading, the editors' note number or star closing it) of a heading in capitals."""
    text = text.rstrip()
    if text.endswith("*"):
        heading = text.rstrip("*")
        return heading.rstrip(), text[len(heading):]
    head, _, last = text.rpartition(" ")
    return (head.rstrip(), last) if head and last.isdigit() and len(last) <= 3 else (text, "")


_HEADING_KINDS = frozenset({"cable-number", "document-type", "sender", "addressee"})


def _signed_line(line: Line) -> bool:
    """An introduction's writer alone on the line under it after a dash (`-- A. Name`, the
    reader's bullet: `- K. Lindqvist`)."""
    text = f"- {line.text}" if line.bullet else line.text
    return DASH_SIGNED.fullmatch(text) is not None


def _dated_parties_below(lines: list[Line], ctx: Context) -> bool:
    """(other30) A documents blog's post (julycrisis1914's reprints of the coloured books):
    its summary paragraph over the reprint's heading, the parties with the dateline run on
    (a `date` row: `Count Berchtold to Count Szogyeny. Vienna, 28 July 1914.`),
    a picture's caption printed twice (alt text and caption) perhaps between them."""
    k = 1
    while (k + 1 < len(lines) and lines[k].text == lines[k + 1].text
           and len(lines[k].text.split()) <= _CAPTION_WORDS):
        k += 2
    found = ctx.res.patterns.match("heading", lines[k].text) if k < len(lines) else None
    if found is None or found[0] != "date" or "sender" not in found[1].re.groupindex:
        return False
    parties = lines[k].text[:found[1].start("sender")].rstrip()  # `Count X to Count Y.`
    return parties.endswith(".") and " to " in parties


_PREAMBLE_REACH = 16


def _after_prose(lines: list[Line], k: int) -> bool:
    """A form's name with its number (`SZYFROGRAM No. 12412`) set off from a post's
    introduction above it by a rule (`* * *`) or standing right under its long paragraph."""
    above = lines[k - 1] if k else None
    return above is not None and (lines[k].rule_before or (
        len(above.text.split()) >= _INTRO_WORDS and PROSE_END.search(above.text) is not None))


def _introduced(lines: list[Line], k: int) -> bool:
    """(wcda55) A form's name (`CIPHERED TELEGRAM`) right under a repost's line that
    introduces it (`Here it is, from the CWIHP translation:`, `Posting the whole thing:`),
    or (repost63) under an article's sentence pointing to it (`Chervonenko's first report
    ..., printed below, was sent at dawn.`)."""
    above = lines[k - 1].text if k > 0 else ""
    return (above.endswith(":") and len(above.split()) > 2) or (
        len(above.split()) >= _BLOG_INTRO_WORDS and PROSE_END.search(above) is not None
        and _POINTING.search(above) is not None)


_POINTING = re.compile(r"\b(?:(?:printed|reproduced|given|translated)\s++below|(?:the\s++)?"
                       r"(?:telegram|cable|document|report|message|letter)\s++below)\b")


# a cover line naming a collection by its forms in the plural (`Cables Decrypted by the
# National Security Agency's ...`, other18) names no document's form
_COLLECTION = re.compile(r"^(?:Cables|Telegrams|Messages|Letters|Memoranda|Reports)\b")


def preamble(lines: list[Line], start: int, ctx: Context) -> int:
    """A repost's preamble above a cable form's heading further down (a blog post's title
    and credit lines, a PDF export's cover lines): the index where the heading starts (a
    `From:` line or a release's control line, two of its first three lines heading rows, no
    heading line above), or
    `start` when there is none."""
    for k, line in enumerate(lines[start:start + _PREAMBLE_REACH]):
        row = ctx.res.patterns.match("heading", line.text)
        if row:  # (the lines below the first heading row are asked only then)
            # a `From:` line, or a decrypt release's control line (`Ref. No.:`, other18)
            opens = row[0] == "control" or (
                row[0] == "sender" and row[1].group(0)[:5].casefold() == "from:") or (
                row[0] == "cable-number" and _after_prose(lines, start + k)) or (
                row[0] == "document-type" and _introduced(lines, start + k))
            if not opens and row[0] == "dateline" and not heading_kind(line.text, ctx):
                continue  # a cover's credit line with its year (`Arranged by ..., 2010`)
            above = lines[start:start + k]
            known = any(heading_kind(line.text, ctx) or (
                doc_type_in(line.text, ctx, True) and not _COLLECTION.match(line.text))
                        or ctx.res.patterns.match("archival-reference", line.text)
                        for line in above)  # a place, a name, a form, a shelfmark
            enough = sum(ctx.res.patterns.match("heading", line.text) is not None
                         for line in lines[start + k:start + k + _INTRO_HEADING]) >= 2
            pointed = row[0] == "document-type" and _introduced(lines, start + k)
            return start + k if k and opens and enough and (pointed or not known) else start
    return start
