"""The notes of a FRUS page as the site copies them: each closes on its back link (`↩`) and
may open on a bullet alone on its line."""

from __future__ import annotations

import re
from itertools import pairwise

BACK_LINK = "↩"
BULLET_MARKS = "•▪●◦‣∙*-"


def notes_start(physical: list[tuple[int, str, bool]]) -> int:
    """Index of a FRUS page's first note: the bulleted line at or before the first line
    ending in a back link (past the text's end when there is none)."""
    ends = [i for i, (_, content, _) in enumerate(physical) if content.endswith(BACK_LINK)]
    if not ends:
        return _unlinked_notes(physical)
    return next((i for i in range(ends[0], -1, -1) if physical[i][2]), ends[0])


def bare_note_bullets(physical: list[tuple[int, str, bool]], notes_from: int
                      ) -> list[tuple[int, str, bool]]:
    """(frus37) A FRUS note of several paragraphs (the editors quoting a reply) is copied with
    its bullet alone on a line (`-` / `On June 18, Eisenhower replied as follows:` / `“Your
    letter ...↩`): the bullet is given to the note's first line, whose lines then run on up
    to the back link as any note's do."""
    out: list[tuple[int, str, bool]] = []
    pending = False
    for index, (number, content, bullet) in enumerate(physical):
        if index > notes_from and content in BULLET_MARKS and len(content) == 1:
            pending = True
            continue
        out.append((number, content, bullet or (pending and bool(content))))
        pending = pending and not content
    return out


# (frus93) a sentence closed by a note's number glued to it (`... first two sentences
# reftel.1`, `... clarify this point to Molotov.4`)
ANCHOR_CLOSES = re.compile(r"[a-z][.”\"]\d{1,2}$")
NOTE_OPENS = re.compile(r"^[A-Z][\w’'.-]*\s\S")


def _unlinked_notes(physical: list[tuple[int, str, bool]]) -> int:
    """(frus93) A FRUS page copied without back links (`frus1947v05/d332`): its notes are the
    bulleted lines after the last paragraph of text whose sentence closes on a glued note
    number, the first opening on a capital word; a note's hard-wrapped lines and further
    paragraphs then run on up to the next bullet. Past the text's end when there is none."""
    texts = [(i, content, bullet) for i, (_, content, bullet) in enumerate(physical) if content]
    for (_, above, above_bullet), (i, _, bullet) in pairwise(texts):
        if bullet and not above_bullet and ANCHOR_CLOSES.search(above) \
                and all(NOTE_OPENS.match(text) for _, text, later in physical[i:] if later):
            return i
    return len(physical)
