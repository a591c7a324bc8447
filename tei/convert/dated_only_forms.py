"""The form of an untitled, unsigned text under a dateline alone (an edition's page that
lost its heading: DIFP's `No. 440 NAI DFA/6/417/128/1` over `Dublin, 20 August 1956`),
read from its paragraphs: a telegram when its first paragraph refers to the telegrams of
its exchange (table `telegram-opening`, other10), a letter when a sentence addresses its
reader about the reader's own papers or asks the reader to act (table `reader-address`,
cw84), (wcdg87) a record of the conversation when its paragraphs are turns of two speakers
or more (`Zhou Enlai: There is another front ...` / `Vo Nguyen Giap: At present ...`, a
copy of the CWIHP's conversations under `Beijing, 10 April 1967`); else none (the caller's
memorandum).

(repost85) An untitled, unsigned text that spells its stops out between its sentences, as a
telegram's clear text does (`... absence of Vietnamese delegation Stop Once again, we deny
...`, `... DELEGATION STOP ONCE AGAIN ...`), twice or more, is a telegram however it is
headed (a Pentagon Papers page: the reviewer's title `Ho Chi Minh to Sec of State`).

(cw91) An unheaded, unsigned text that ends in a letter's courtesy close (`I have the honour
to be,` / `Sir,` / `Your obedient Servant,`: the last page of a despatch or an official
letter, as hkintexts shows each page alone) is a letter."""
from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.model import Message, Paragraph, text_of

_SPELT_STOP = re.compile(r"(?<=[\w)])\s(?:Stop|STOP)\s++(?=[A-Z])")
_STOPS = 2
# (wcdg87) a speaker's label opening a paragraph: one to four capitalised words and a colon
_TURN = re.compile(r"^((?:[A-Z][\w'’.-]*+\s){0,3}[A-Z][\w'’-]++):\s")
_SPEAKERS = 2
_COURTESY = re.compile(
    r"(?i)\b(?:servant|honou?r\s++to\s++be|yours\s++(?:faithfully|sincerely|truly|ever))\b")
_TURNS = 3


def dated_only_form(message: Message, ctx: Context) -> tuple[str, str] | None:
    """(type, reason) for the text under a bare dateline, or None."""
    first = next((b for b in message.blocks[:1] if isinstance(b, Paragraph)), None)
    if first is not None and ctx.res.patterns.match("telegram-opening", text_of(first.content)):
        return "telegram", "the first paragraph's reference to its exchange's telegrams"
    paragraphs = [b for b in message.blocks if isinstance(b, Paragraph)]
    if any(ctx.res.patterns.match("reader-address", text_of(p.content)) for p in paragraphs):
        return "letter", "a sentence addressing the reader about their papers (cw84)"
    turns = [found[1] for p in paragraphs if (found := _TURN.match(text_of(p.content).strip()))]
    if len(turns) >= _TURNS and len(set(turns)) >= _SPEAKERS:
        return "record-of-conversation", "paragraphs opened by two speakers' turns (wcdg87)"
    return None


def telegraphese_form(message: Message) -> tuple[str, str] | None:
    """('telegram', reason) for a text whose sentences are parted by a spelt-out stop twice
    or more, else None."""
    text = " ".join(text_of(b.content) for b in message.blocks if isinstance(b, Paragraph))
    if len(_SPELT_STOP.findall(text)) >= _STOPS:
        return "telegram", "its sentences parted by a spelt-out `Stop` (telegraphese)"
    return None


def closed_letter(message: Message) -> tuple[str, str] | None:
    """(cw91) ('letter', reason) for a text whose closer holds a letter's courtesy close."""
    if any(part.kind == "salute" and _COURTESY.search(text_of(part.content))
           for part in message.closer):
        return "letter", "a letter's courtesy close ending the text (cw91)"
    return None
