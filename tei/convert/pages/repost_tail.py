"""(repost64) A reposter's own words under the document's signature: a blogger's or
translator's remark after the quoted telegram (`N. NOVIKOV` / `What strikes me most is how
short it is. ...`), and a translator's notes in bullets or numbered, without markers, under
their heading (`Translator's notes:` / `• "Minister David" is ...`), are the page's, so
that the signature closes the document. Only on a page whose lines above the document were
already the page's or that credits a translator (a repost: `page-text`, `translator`); read
by `pages/generic.py`."""

from __future__ import annotations

import re
from itertools import takewhile

from tei.convert.context import Context
from tei.convert.footnotes import footnote_number, glossed_notes_below, marker_used
from tei.convert.pages.lead_in import SIGN_OFF
from tei.convert.pages.summary import POINT, PROSE_END
from tei.convert.read import Line
from tei.convert.zones import Segments

_TAIL_LINES = 6  # the reposter's paragraphs after the signature, at most
_TAG_LINES = 6  # a blog platform's topic tags under the reposter's words, at most
_PROSE_WORDS = 8
_SENTENCE_WORDS = 3  # (repost65) a short sentence among the reposter's (`Three things jump out.`)
_NAME_WORDS = 3
_AFFILIATION_WORDS = 5  # a list member's name and institution under the sign-off
_NUMBER = re.compile(r"^\(?(\d{1,2})")  # a numbered note's number (`1.`, `(2)`)
# a note's anchor in the text, as the reader gives it; (repost89) or in round brackets after a
# word or a stop, as Avalon's web editions set it (`the Ministers of Italy, Britain,(2) and`)
_ANCHOR = re.compile(r"\[(\d{1,2})\]|(?<=[\w.,;:])\s?\((\d{1,2})\)")
# a signature in capitals, with initials perhaps (`N. NOVIKOV`, `A. PUZANOV`, `BRUCE`)
# and the reposter's remark after it (`ALEKSEEV (end of the telegram)`)
# (repost65) and a sovereign's with his numeral and `I.R.` (`WILHELM I.R.`)
_CAPITALS_SIGNATURE = re.compile(
    r"^(?:[A-Z]\.\s?){0,3}[A-Z][A-Z'’-]{2,}+(?:\s[IVX]{1,4}\.?)?(?:\s?I\.\s?R\.)?(?:\s\([^()]{1,40}\))?$")
# a post's counts of replies, reposts and likes, and Medium's clap rule (`--`); (repost66) a
# blog's labelled list of its tags (`Tags: berlin, cold war, frus`, Blogger's `Labels: ...`)
# (repost67) LiveJournal's `Comments` heading under the tags
_COUNT = re.compile(
    r"^(?:\d{1,6}|--|Comments|(?:Tags|Labels|Filed\s++under)\s*+:\s*+[^:]{1,200}+)$")
# (repost65) a platform's topic tag alone on its line (`History`, `World War I`, `Soviet
# diplomacy`)
# (repost65) a signature in capitals with its office after a comma (`LUMUMBA, Prime Minister
# of the Republic of the Congo`, `JAWAHARLAL NEHRU, Prime Minister of India`)
_OFFICE_SIGNATURE = re.compile(
    r"^(?:[A-Z]\.\s?){0,3}[A-Z][A-Z'’-]{2,}+(?:\s[A-Z][A-Z'’-]{2,}+){0,2},\s[A-Z][^.;:]{2,80}+$")
_SECTION_WORDS = 6
# (repost66) an article's block quote: the signature's stop and its note anchor (`Wilson.32`)
_INNER_SENTENCE = re.compile(r"[a-z][.!?](?:\d{1,3}|\[\d{1,3}\])?\s[A-Z]")
_SIGNED_ANCHOR = re.compile(r"(?<=[A-Za-z])\.?(?:\d{1,3}|\[\d{1,3}\])$")
_GLUED_END = re.compile(r"(?<=[.!?])\d{1,3}$")  # (repost81) a book's anchor, superscript lost
_END_ANCHOR = re.compile(r"(?<=[.!?])\[\d{1,3}\]$")  # an encyclopedia's note call
_CLOSING = re.compile(
    r"^(?:NNN|(?:TOP\s)?SECRET|CONFIDENTIAL|UNCLASSIFIED|LIMITED\sOFFICIAL\sUSE)$")
# (repost68, after the held score) a journal's tags' label alone and their list under it
# (Dreamwidth's `Tags:` / `history, primary sources, ww2`), the list in small letters (not a
# memorandum's subject: `Berlin, air access`)
# (repost75) a Q&A site's tags in small letters parted by spaces, one hyphenated at least
# (Stack Exchange's `soviet-union china india cold-war`)
_TAG_LIST = re.compile(r"^(?:(?:Entry\s)?(?:Tags|Labels):|[a-z\d][\w'’-]*+(?:\s[\w'’-]++){0,2}"
                       r"(?:,\s[\w'’-]++(?:\s[\w'’-]++){0,2}){1,15}"
                       r"|(?=[a-z\d ]*[a-z]-[a-z])[a-z\d][a-z\d-]*+(?:\s[a-z\d][a-z\d-]*+){1,4})$")
# (repost81) a seminar pack's question under its label (`Questions: What does ... tell us?`)
_LABELLED_QUESTION = re.compile(r"^(?:Questions?|Discussion(?:\s++questions?)?)(?:\s++\d{1,2})?"
                                r"\s*+:\s*+[^\s?][^\n?]{0,300}+\?$")
_VOTES = re.compile(r"^\d{1,4}$")  # (repost75) an answer's score over it, among the poster's
_SIG_RULES = frozenset({"--", "-- "})  # a mail's or Usenet post's signature separator
_SIG_LINES = 4  # the poster's signature under it
_TAG = re.compile(r"^[A-Z][\w'’-]*+(?:\s[\w'’-]++){0,2}$")
# (repost68) a wiki talk page's comment signed with the user's name, the talk link and the
# time (`... fix the date. Mackensen1914 (talk) 14:22, 3 March 2021 (UTC)`)
_TALK_SIGNED = re.compile(r"\s*+[^\s()][^()]{0,60}?\s\((?:talk|contribs|talk\s?[·|]\s?contribs)\)"
                          r"\s++\d{1,2}:\d{2},\s\d{1,2}\s[A-Z][a-z]{2,8}\s\d{4}\s\(UTC\)$")


def _prose(line: Line, ctx: Context, least: int = _PROSE_WORDS) -> bool:
    """A paragraph of the reposter's: a sentence of some words (its note call after its stop
    left out: `ein.[3]`), no note (`[1] Head of ...`)."""
    text = _TALK_SIGNED.sub("", _END_ANCHOR.sub("", line.text))  # (repost67) `... ein.[3]`
    text = _GLUED_END.sub("", text)  # (repost81) a book's anchor glued after the stop
    return (len(text.split()) >= least and PROSE_END.search(text) is not None
            and not ctx.res.patterns.match("footnotes", line.text))


def _signature(text: str, ctx: Context) -> bool:
    """A signature: in capitals (`N. NOVIKOV`), not a heading's word (`CONFIDENTIAL`), or
    (repost65) a person's name the register knows, as written (`Attolico`, `Jawaharlal
    Nehru`); (repost66) its stop and note anchor after it left out (`Wilson.32`), (repost67)
    a surname's stop too (`Witte.`)."""
    text = _SIGNED_ANCHOR.sub("", text)
    text = text[:-1] if text.endswith(".") and len(text.split()) == 1 else text  # `Witte.`
    if _CAPITALS_SIGNATURE.match(text) or _OFFICE_SIGNATURE.match(text):
        # (frus77) nor a report's section heading (`CONCLUSIONS` over its lettered points)
        # (frus85) nor a body's or a place's short name the register knows, a memorandum's
        # subject repeated as its section's head (`SALT`, under `SUBJECT` / `SALT, Cyprus`)
        return not ctx.res.patterns.match("heading", text) and text.strip(
            " .:").casefold() not in ctx.res.patterns.words("section-words") \
            and not _named_body(text, ctx)
    return len(text.split()) <= _NAME_WORDS and text[:1].isupper() and _person(text, ctx)


def _signed_under_close(lines: list[Line], k: int, ctx: Context) -> bool:
    """(repost86) A letter's signature in mixed case the register may not know as written
    (`A Einstein`), right under its close (`Sincerely,`): a short name."""
    text = _SIGNED_ANCHOR.sub("", lines[k].text)
    return (k > 0 and ctx.res.patterns.match("valediction", lines[k - 1].text) is not None
            and len(text.split()) <= _NAME_WORDS and text[:1].isupper()
            and not PROSE_END.search(text.rstrip(".")) and ctx.plausible_name(text.rstrip(".")))


def _plain(line: Line, ctx: Context) -> bool:
    """(repost86) A poster's paragraph under such a signature: no enclosure's bracketed
    heading (`[Inclosure 1 in No. 512.]`, lead86: nor unbracketed, `Enclosure 1 in No. 66.`:
    table `attachment`), no next letter's salutation."""
    return not line.text.startswith("[") and ctx.res.patterns.match(
        "attachment", line.text) is None and ctx.res.patterns.match(
        "salutation", line.text.split(":")[0] + ":") is None


def _named_body(text: str, ctx: Context) -> bool:
    """(frus85) One word the register knows as an organisation or a place (`SALT`, `NATO`)."""
    entry = ctx.res.register.lookup(text.strip(" .:")) if " " not in text.strip() else None
    return entry is not None and entry.kind != "person"


def _person(text: str, ctx: Context) -> bool:
    """Whether `text` (in capitals perhaps: `LUMUMBA`) is a person's name the register knows,
    or (repost66) a surname alone that several register persons bear (`Wilson`)."""
    entry = ctx.res.register.lookup(text) or ctx.res.register.lookup(text.title())
    if entry is not None:
        return entry.kind == "person"
    return " " not in text and bool(ctx.res.register.persons_by_surname(text))


def _tail_line(line: Line, ctx: Context) -> bool:
    """A line of the reposter's under the signature: a sentence, (repost66) a footnote of
    the article quoting the document (`32 Wilson to Knox, telegram, ...`), or (repost68) a
    talk page's signed comment (`Done. USER (talk) 17:40, 6 March 2021 (UTC)`) or a
    journal's tags (`Tags:` / `history, primary sources, ww2`), (repost75) a Q&A site's tags
    and an answer's score alone (`9`). (wcdaold73) Never the
    document's own distribution (`Distributed to: Khrushchev, Bulganin, Molotov.`)."""
    found = ctx.res.patterns.match("processing", line.text)
    if found is not None and found[0] == "distribution":
        return False
    return _prose(line, ctx, _SENTENCE_WORDS) or _page_prose(line, ctx) or ctx.res.patterns.match(
        "footnotes", line.text) is not None or _TALK_SIGNED.search(line.text) is not None or (
        _TAG_LIST.match(line.text) is not None) or _VOTES.match(line.text) is not None


def _notes_anchored(above: list[Line], tail: list[Line], ctx: Context) -> bool:
    """(repost66) Whether the footnotes under the signature (`tail[0]`) are the article's:
    one at least anchored from the signature down (`Wilson.32` / `32 Wilson to Knox, ...`),
    the others there or beyond the page's cut or (repost81) in the quoted text's body (a
    book's note on the telegram's words, `Bourse.14`), none only in the heading's lines
    (those above the first paragraph: a FRUS source note, anchored in the heading or the
    title, is the document's own)."""
    notes = [line for line in tail[1:] if footnote_number(line, ctx)]
    text = [line for line in tail if line not in notes]
    below = [marker_used(note, text, ctx) for note in notes]
    head = list(takewhile(lambda line: not _prose(line, ctx), above))  # (repost81) the
    # heading's lines over the first paragraph
    return not notes or (any(below) and not any(
        marker_used(note, head, ctx) and not low for note, low in zip(notes, below, strict=True)))


def _page_prose(line: Line, ctx: Context) -> bool:
    """(repost66) An article's paragraph that a page's turn cuts off after a sentence (`...
    the ambassador's later memoir concedes.33 Second, Wilson reported the`)."""
    return (len(line.text.split()) >= 2 * _PROSE_WORDS and _INNER_SENTENCE.search(line.text)
            is not None and not ctx.res.patterns.match("footnotes", line.text))


def _tail_end(lines: list[Line]) -> int:
    """The index after the reposter's words: the post's counts and (repost65) its topic
    tags after them left out, and (repost66) the poster's sign-off (`Regards,` / `NAME`;
    repost67: and the institution under it, `Seoul National University`)."""
    end = len(lines)
    rule = next((i for i in range(max(0, end - _SIG_LINES - 1), end)
                 if lines[i].text in _SIG_RULES), None)
    if rule is not None:  # (repost68, after the held score) a Usenet poster's `-- ` block
        return _sign_off_end(lines, rule)  # (repost69) and a mail's sign-off over it
    signed = _sign_off_end(lines, end)  # the name under it a board's cut off with the foot
    if signed < end:
        end = signed
    elif end > 3 and SIGN_OFF.match(lines[-3].text) and all(  # (repost67) and an affiliation
            len(line.text.split()) <= _AFFILIATION_WORDS for line in lines[-2:]):
        end -= 3
    while end > 0 and _COUNT.match(lines[end - 1].text):
        end -= 1
    tags = end
    while tags > max(0, end - _TAG_LINES) and _TAG.match(lines[tags - 1].text) \
            and not lines[tags - 1].text.isupper():  # (repost69) a signature is no tag
        tags -= 1
    return tags if tags < end and tags > 0 and PROSE_END.search(lines[tags - 1].text) else end


def _sign_off_end(lines: list[Line], end: int) -> int:
    """(repost69) The index of a mail's sign-off and first name over its signature's rule
    (`Thanks!` / `Dan` / `--`), `end` if there is none."""
    if end > 1 and SIGN_OFF.match(lines[end - 1].text):
        return end - 1
    if end > 2 and SIGN_OFF.match(lines[end - 2].text) and len(
            lines[end - 1].text.split()) <= _NAME_WORDS:
        return end - 2
    return end


def _unmarked_notes(lines: list[Line], ctx: Context) -> int | None:
    """The index of a notes heading whose lines to the end are all bullets or numbered
    lines whose numbers no anchor (`[2]`) above them marks, if any."""
    k = len(lines) - 1
    while k > 0 and (lines[k].bullet or POINT.match(lines[k].text)):
        k -= 1
    found = ctx.res.patterns.match("footnotes", lines[k].text) if k < len(lines) - 1 else None
    if not found or found[0] != "heading" or glossed_notes_below(lines, k, ctx):
        return None  # (intel79) a decrypt's notes on its cover names are the document's
    numbers = {m.group(1) for line in lines[k + 1:] if (m := _NUMBER.match(line.text))}
    anchors = {a for line in lines[:k] for pair in _ANCHOR.findall(line.text) for a in pair if a}
    return None if numbers & anchors else k


def _question(line: Line) -> bool:
    """(repost68) A handout's or reader's numbered question (`1. Why does Johnson ...?`)."""
    return POINT.match(line.text) is not None and line.text.endswith("?")


def _closing_mark(text: str) -> bool:
    """(repost68) A cable's classification repeated at its foot or its end mark (`NNN`)."""
    return _CLOSING.match(text) is not None


def _section_under_signature(lines: list[Line], ctx: Context) -> int | None:
    """(repost65) The index of a newsletter's section heading in capitals (`WHAT HAPPENED
    NEXT`), or (repost68) a handout's over its numbered questions (`Discussion questions`),
    standing right under the document's signature and over a prose paragraph."""
    for k in range(2, len(lines) - 1):  # (repost69) a signature has text above it
        text = lines[k].text
        question = _question(lines[k + 1])
        if ((text.isupper() or question) and len(text.split()) <= _SECTION_WORDS
                and not _person(text, ctx) and _signature(lines[k - 1].text, ctx)
                and (question or _prose(lines[k + 1], ctx))
                and not ctx.res.patterns.match("heading", text)):
            return k
    return None


def _signed_off(tail: list[Line]) -> bool:
    """(repost69) Whether the lines under the document are a mail's sign-off or signature
    block (`Thanks!` / `Dan` / `--` / `Daniel Pollard` / `PhD Candidate, ...`)."""
    return any(line.text in _SIG_RULES or SIGN_OFF.match(line.text) for line in tail)


def commentary_under_signature(lines: list[Line], seg: Segments, ctx: Context) -> list[Line]:
    """The document's lines without a repost's unmarked notes at the end and its
    prose paragraphs under its last line that is a signature in capitals; those go to the
    page's text. (repost68) A line the page's text holds already (a channel's name over its
    next post) is the reposter's too, and a cable's closing lines stay under its signature."""
    if not (seg.fields.get("page-text") or seg.fields.get("translator")):
        # (repost81) a reader's questions under the signature on any page (a course
        # reader's document under its editors' heading, no lead-in over it)
        section = _section_under_signature(lines, ctx)
        if section is None and len(lines) > 2 and _LABELLED_QUESTION.match(
                lines[-1].text) and _signature(lines[-2].text, ctx):
            section = len(lines) - 1  # (repost81) a pack's `Questions: ...?` line under it
        elif section is None or not _question(lines[section + 1]):
            return lines
        seg.fields.setdefault("page-text", []).extend(lines[section:])
        return lines[:section]
    notes = _unmarked_notes(lines, ctx)
    if notes is not None:
        seg.fields.setdefault("page-text", []).extend(lines[notes:])
        lines = lines[:notes]
    section = _section_under_signature(lines, ctx)
    if section is not None:
        seg.fields.setdefault("page-text", []).extend(lines[section:])
        return lines[:section]
    counts = _tail_end(lines)
    if 0 < counts < len(lines) and _signed_off(lines[counts:]) and _signature(
            lines[counts - 1].text, ctx):  # (repost69) a mail's sign-off right under it
        seg.fields.setdefault("page-text", []).extend(lines[counts:])
        return lines[:counts]
    page = {line.text for line in seg.fields.get("page-text", [])}
    for k in range(counts - 2, max(0, counts - 2 - _TAIL_LINES), -1):  # (repost69) not line 0
        if not (_tail_line(lines[k + 1], ctx) or lines[k + 1].text in page):
            return lines
        if _closing_mark(lines[k].text) and k > 0 and _signature(lines[k - 1].text, ctx):
            continue  # (repost68) a cable's closing lines under its signature (`SECRET`, `NNN`)
        signed = _signature(lines[k].text, ctx) or (_signed_under_close(lines, k, ctx) and all(
            _plain(line, ctx) for line in lines[k + 1:counts]))
        postscript = ctx.res.patterns.match("postscript", lines[k + 1].text)  # (repost90)
        if signed and not postscript and _notes_anchored(lines[:k], lines[k:counts], ctx) and any(
                _prose(line, ctx) or _page_prose(line, ctx) or _TALK_SIGNED.search(line.text)
                for line in lines[k + 1:counts]
                if not ctx.res.patterns.match("heading", line.text)):  # (bloc77) a registry
            # line under the signature is the document's (`Distributed to members of ...`)
            seg.fields.setdefault("page-text", []).extend(lines[k + 1:])
            return lines[:k + 1]
    return lines
