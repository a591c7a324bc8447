"""Guessing the legacy single-byte encoding of bytes that are not UTF.

charset-normalizer proposes the encodings that decode the bytes without mess. On the short
samples typical of telegrams (a Russian line or a few Cyrillic names in English text) its
mess and language measures often tie, so the near-best candidates are ranked by how
plausible their non-ASCII characters are as Russian or Western/Central European text:
letter frequencies, consistent letter case within a word, and no word mixing scripts.
Windows-1252 is preferred unless another encoding is clearly better.
"""

from __future__ import annotations

import math
import re

__all__ = ["LEGACY", "guess_legacy"]

# Candidate encodings, in order of preference when they decode to the same text, with
# display names that are also valid codec names for --encoding.
LEGACY = {
    "cp1252": "Windows-1252", "cp1251": "Windows-1251", "koi8_r": "KOI8-R",
    "cp1250": "Windows-1250", "iso8859_15": "ISO-8859-15", "iso8859_2": "ISO-8859-2",
    "cp866": "IBM866", "iso8859_5": "ISO-8859-5", "mac_cyrillic": "MacCyrillic",
    "mac_roman": "MacRoman",
}
WESTERN = "cp1252"
# How rare each encoding is in the archives (nats added to its implausibility).
_PRIOR = {"cp1252": 0.0, "cp1251": 2.0, "koi8_r": 2.0, "cp1250": 3.0, "iso8859_15": 3.0,
          "iso8859_2": 4.0, "cp866": 4.0, "iso8859_5": 5.0, "mac_cyrillic": 5.0,
          "mac_roman": 5.0}
_SAMPLE = 65536
_CHAOS_MARGIN = 0.1  # candidates this close to the least messy one are ranked by plausibility

# Share of each letter among the letters of Russian text.
_RUSSIAN = dict(zip(
    "оеаинтсрвлкмдпуяыьгзбчйхжшюцщэфъё",
    (10.97, 8.45, 8.01, 7.35, 6.70, 6.26, 5.47, 4.73, 4.54, 4.40, 3.49, 3.21, 2.98, 2.81,
     2.62, 2.01, 1.90, 1.74, 1.70, 1.65, 1.59, 1.44, 1.21, 0.97, 0.94, 0.73, 0.64, 0.48,
     0.36, 0.32, 0.26, 0.04, 0.04), strict=True))
# Rough share of each accented letter among the accented letters of European text.
_LATIN = {
    **dict.fromkeys("é", 25.0), **dict.fromkeys("èàüöä", 5.0),
    **dict.fromkeys("çñêôáíóúßøåčšžłńśćęąřě", 2.0),
    **dict.fromkeys("âîûïëãõæœìòùýÿźżůőűďťňĺľŕă", 0.5),
}
_SYMBOLS = {
    **dict.fromkeys("’“”‘–—…«»°№§·•€£", 5.0),
    **dict.fromkeys("„‚¹²³º¼½¾±©®™", 0.5),
}
_RARE = 0.005  # any other non-ASCII character
_NON_RUSSIAN_START = "ьъы"
_WORD = re.compile(r"[^\W\d_¹²³¼½¾]+")
# A symbol stuck to a Cyrillic letter, or one that never stands next to a letter.
_GLUED = re.compile(r"[^\w\s«„(\[\"'-][\u0400-\u04ff]"
                    r"|(?<=[^\W\d_])[£¤¥¦¨©¬®¯±²³´µ¶¸¹¼½¾×÷‰€™¢]"
                    r"|[£¤¥¦¨©¬®¯±²³´µ¶¸¹¼½¾×÷‰€™¢](?=[^\W\d_])")
_MIXED = 6.0  # nats for a word mixing scripts, or a Latin word made of accented letters only
_BAD_CASE = 5.0  # nats for a word that is not lower, UPPER or Title case


def _cost_table() -> dict[str, float]:
    costs: dict[str, float] = {}
    for table, upper_share in ((_RUSSIAN, 1.0), (_LATIN, 0.2), (_SYMBOLS, 1.0)):
        total = sum(table.values())
        for char, share in table.items():
            costs[char] = -math.log(share / total)
            costs.setdefault(char.upper(), -math.log(share * upper_share / total))
    return costs


_COSTS = _cost_table()
_RARE_COST = -math.log(_RARE)


def implausibility(text: str) -> float:
    """How unlikely `text`'s non-ASCII characters are as Russian or European text (nats)."""
    cost = sum(_COSTS.get(char, _RARE_COST) for char in text if ord(char) > 127)
    cost += _BAD_CASE * len(_GLUED.findall(text))
    for word in _WORD.findall(text):
        if word.isascii():
            continue
        cyrillic = sum("\u0400" <= char <= "\u04ff" for char in word)
        accented = sum(not char.isascii() for char in word) - cyrillic
        if 0 < cyrillic < len(word) or (len(word) > 1 and accented == len(word)):
            cost += _MIXED
        if not (word.islower() or word.isupper() or word.istitle()):
            cost += _BAD_CASE
        if cyrillic and word[0].lower() in _NON_RUSSIAN_START:
            cost += _BAD_CASE
    return cost


def guess_legacy(data: bytes) -> str:
    """The most plausible legacy encoding of `data` (which is not UTF): Windows-1252 unless
    another candidate is clearly better."""
    from charset_normalizer import from_bytes  # imported only when guessing is needed

    # Only the lines with non-ASCII bytes tell encodings apart: the detector's evenly spaced
    # samples of a long English text would miss its few Cyrillic words.
    lines = [line for line in data.splitlines() if not line.isascii()]
    sample = b"\n".join(lines)[:_SAMPLE]
    chaos: dict[str, float] = {}
    for match in from_bytes(sample, cp_isolation=list(LEGACY)):
        for codec in match.could_be_from_charset:
            if codec in LEGACY:  # not the ASCII or UTF-8 fallbacks
                chaos.setdefault(codec, match.chaos)
    if not chaos:
        return WESTERN
    least = min(chaos.values())
    order = list(LEGACY)
    scores = {codec: implausibility(sample.decode(codec)) + _PRIOR[codec]
              for codec in chaos if chaos[codec] <= least + _CHAOS_MARGIN}
    return min(scores, key=lambda codec: (scores[codec], order.index(codec)))
