"""(wc51) A meeting record's numbered agenda item: the number and the item's title without a
closing stop, over the first speaker's turn (`9. Exchange of Opinions on the Polish Question`
/ `BREZHNEV. Yesterday I ...`, the CPSU Politburo's working notes). It opens a section of the
record (a head), not a numbered point.

(frus60) So is a FRUS record of a National Security Council meeting's numbered item: its
title closed by the council's paper or action it takes up, in parentheses, and no stop
(`3. U.S. Policy Toward Cuba (NSC Action No. 2166)`, `1. Basic National Security Policy
(NSC 5906/1; NSC 5810/1)`), whatever paragraph follows (the discussion is told in the
third person: `Mr. Dulles said ...`); its title may hold abbreviations' stops (`U.S.`).
(frus64) So is such an item without its paper (`1. Significant World Developments Affecting
U.S. Security`) when the discussion under it opens in the third person (`Mr. Allen Dulles
said ...`, `The President observed ...`, `Secretary Dulles reported ...`)."""

from __future__ import annotations

import re

from tei.convert.quoted import Unit

# the item's number and title: no stop, colon or question mark in it, one line
_ITEM = re.compile(r"^(?P<n>\d{1,3})\.\s++(?P<text>[A-Z][^.!?:;]{2,120}+)$")
# (frus64) the same title, its abbreviations' stops allowed (`U.S.`: a stop after a capital alone)
_ABBREVIATED_ITEM = re.compile(r"^(?P<n>\d{1,3})\.\s++(?P<text>[A-Z](?:[^.!?:;]|(?<=\b[A-Z])\.)"
                               r"{2,120}+)$")
# the discussion reported in the third person: a council member's name or office, the verb
_REPORTED = re.compile(r"^(?:Mr\.|Secretary|General|Admiral|The\s(?:President|Vice\sPresident"
                       r"|Director|Chairman|Secretary))\s(?:[A-Z][\w.'’-]*+\s){0,3}?(?:said|stated"
                       r"|reported|observed|noted|asked|explained|pointed\sout|commented|began)\b")
# an item closed by the paper or action it takes up (`(NSC 5906/1)`, `(NSC Action No. 2166)`)
_PAPER_ITEM = re.compile(r"^(?P<n>\d{1,3})\.\s++(?P<text>[A-Z][^!?:;()]{2,120}+"
                         r"\((?:NSC|NSAM|NSDM|NSSM|NIE|SNIE|PRM|PD|JCSM?)\s[^()]{1,100}+\))$")
# a speaker's turn: the name in capitals (maybe after initials or `Cde.`), a stop or colon
_TURN = re.compile(r"^(?:Cde\.\s++)?(?:[A-Z]\.\s?){0,3}+[A-Z][A-Z'’-]{2,30}+"
                   r"(?:\s[A-Z][A-Z'’-]{2,30}+)?[.:]\s")


def agenda_item(units: list[Unit], i: int) -> re.Match[str] | None:
    """The numbered line `units[i]` read as an agenda item's heading (groups `n`, `text`)
    when the next paragraph opens with a speaker's turn, or when the line ends on the paper
    the item takes up."""
    if units[i].embedded or i + 1 >= len(units) or units[i + 1].embedded:
        return None
    found = _ITEM.match(units[i].text)
    if found and _TURN.match(units[i + 1].text):
        return found
    reported = _ABBREVIATED_ITEM.match(units[i].text)
    if reported and _REPORTED.match(units[i + 1].text):
        return reported
    return _PAPER_ITEM.match(units[i].text)
