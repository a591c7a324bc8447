"""(lang49) Names inside running Chinese or Japanese text, which sets no space between words
(`本日午後四時半来栖大使ト共ニ国務長官ト会見シタル処`): in each run of ideographs and kana, the
register's names are looked up at every character, the longest first (two to eight
characters), left to right, never overlapping the names already found. A name in katakana
is a whole katakana word (`ラスク`, not the end of `フラスク`)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tei.convert.register import Entry, NameMatch, Register

GATE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff々]{2}")
_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff々]{2,}")
_LONGEST, _SHORTEST = 8, 2
_KATAKANA = re.compile(r"[ァ-ヺー]")
# (lang50) the case particles of the older official style, in katakana, ending a katakana word
_PARTICLES = r"(?:ヨリ|トノ|ニテ|ニハ|トハ|ヘノ|カラ|マデ|ハ|ノ|ニ|ヲ|ト|ガ|モ|ヘ|デ)"
_PARTICLE_AFTER = re.compile(rf"{_PARTICLES}(?![ァ-ヺー])")
_PARTICLE_BEFORE = re.compile(rf"{_PARTICLES}$")


def cjk_names(register: Register, text: str, kinds: tuple[str, ...], found: list[NameMatch],
              match: Callable[[int, int, Entry, str], NameMatch]) -> list[NameMatch]:
    """`found` with the register's names inside the CJK runs of `text` outside it (each
    made by `match`, the register's `NameMatch`)."""
    more: list[NameMatch] = []
    for run in _RUN.finditer(text):
        if any(m.start <= run.start() and run.end() <= m.end for m in found):
            continue  # the run is a name already (`東郷` alone on its line)
        i = run.start()
        while i < run.end() - 1:
            hit = _name_at(register, text, i, run.end(), kinds)
            if hit is not None and not any(m.start < hit[1] and i < m.end for m in found):
                more.append(match(i, hit[1], hit[0], text[i:hit[1]]))
                i = hit[1]
            else:
                i += 1
    return sorted([*found, *more], key=lambda m: m.start) if more else found


def _name_at(register: Register, text: str, start: int, end: int,
             kinds: tuple[str, ...]) -> tuple[Entry, int] | None:
    """The entry of the longest name of `kinds` beginning at `start` inside the run, and
    where it ends."""
    for stop in range(min(end, start + _LONGEST), start + _SHORTEST - 1, -1):
        entry = register.lookup(text[start:stop])
        if entry is not None and entry.kind in kinds and _whole_word(text, start, stop):
            return entry, stop
    return None


def _whole_word(text: str, start: int, stop: int) -> bool:
    """Whether a name from `start` to `stop` beginning or ending in katakana has no
    katakana before or after it, but (lang50) a particle the older telegrams write in katakana
    (`ルーズベルトハ`, `本使ハウェルズ次官ニ`: the name glued to `ハ`, `ニ`, `ヲ`, `ト`, ...)."""
    before = _KATAKANA.match(text[start]) and start and _KATAKANA.match(text[start - 1]) \
        and not _PARTICLE_BEFORE.search(text, 0, start)
    after = _KATAKANA.match(text[stop - 1]) and _KATAKANA.match(text[stop:stop + 1]) \
        and not _PARTICLE_AFTER.match(text, stop)
    return not before and not after
