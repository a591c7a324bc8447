"""(ocr65) A classification marking alone over a page's title line, as a typed translation
sets it at the right above its heading (`Top Secret` over `Telegram from Zhou Enlai to Mao
Zedong, Liu Shaoqi` / `and the CCP Central Committee`): the title is the page's, the marking
the document heading's first line (the two change places, no word is dropped); a title
broken before its last party (`and the CCP Central Committee`) takes that line back."""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.pages.titles import is_title, names_a_document
from tei.convert.parties import title_parties
from tei.convert.read import Line
from tei.convert.segment import bare, heading_kind

# the last party of a title's list on the next line (`and the CCP Central Committee`)
_LAST_PARTY = re.compile(r"^and\s(?:the\s)?[A-Z][\w'’.-]*+(?:\s[A-Z][\w'’.-]*+){0,5}$")


def marking_over_title(lines: list[Line], ctx: Context) -> bool:
    """Whether the page's first line is a classification alone and the second a title
    naming the document's form and both parties; if so the two change places."""
    if len(lines) < 3 or heading_kind(bare(lines[0].text), ctx) != "classification":
        return False
    title = lines[1]
    parties = title_parties(title.text, ctx)
    if not (names_a_document(title, ctx) and parties and all(parties)
            and is_title(title, ctx, False, lines, 1)):
        return False
    if last_party(title.text, lines[2].text):
        title = Line(title.no, f"{title.text} {lines.pop(2).text}", title.blank_before,
                     title.rule_before)
    lines[0], lines[1] = title, lines[0]
    return True


# (wcdg87) a title line a PDF's or blog's line break left on a small word no title ends on
# (`Record of a Conversation between` / `N.S. Khrushchev and Ho Chi Minh, President of the
# DRV, at 1100 17 July 1957`): the next line, opening with a capital, is its parties' rest
_DANGLING = re.compile(r"\s(?:between|with|of|and|to|from|by)$")
_PARTIES_REST = re.compile(r"^[A-Z][^\n]{2,240}+$")
_REST_WORDS = 30


def last_party(title: str, text: str) -> bool:
    """Whether `text` is the last party of a title's list of addressees broken onto it
    (`... to Mao Zedong, Liu Shaoqi` / `and the CCP Central Committee`), or (wcdg87) the
    parties' rest of a title left on a small word (`... Conversation between`)."""
    if _DANGLING.search(title) and _PARTIES_REST.match(text) \
            and len(text.split()) <= _REST_WORDS:
        return True
    return " to " in title and bool(_LAST_PARTY.match(text))


# (bloc75) a Russian edition's heading in translation wrapped before its subject, the subject's
# line opening with its small preposition (`Ciphered telegram from N.V. Roshchin to Filippov
# (I.V. Stalin)` / `on a conversation with Zhou Enlai`)
_SUBJECT_REST = re.compile(r"^(?:on|about|concerning|regarding)\s[^.;:]{3,150}+$")


def subject_rest(title: str, text: str) -> bool:
    """Whether `text` finishes a title naming its parties (` from `, ` to `) with its subject."""
    return (" to " in title or " from " in title) and not title.endswith((".", ",")) \
        and bool(_SUBJECT_REST.match(text))
