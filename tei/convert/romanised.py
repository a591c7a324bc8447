"""Romanised and accented spellings folded as the name index keys them: pinyin's tone marks,
the aspiration mark of Wade-Giles and McCune-Reischauer syllables, accents."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# (invent19) pinyin with its tone marks (`Běijīng`, `Shěnyáng`): a word of plain letters and
# toned vowels, one of them with a macron or caron, is looked up without the marks
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙ"
_TONES = str.maketrans(_TONED, "aaaaeeeeiiiioooouuuuüüüüAAAAEEEEIIIIOOOOUUUU")
_TONED_WORD = re.compile(rf"(?<![^\W\d_])[A-Za-zü{_TONED}]++(?![^\W\d_])")
_TONE_ONLY = re.compile("[āǎēěīǐōǒūǔǖǘǚǜĀǍĒĚĪǏŌǑŪǓ]")


def untoned(text: str) -> str:
    """`text` with the tone marks of its pinyin words dropped and (ocr68) the long s of a
    Fraktur print's OCR read as s (`Warſchau`): each letter stays one."""
    if "ſ" in text:
        text = text.replace("ſ", "s")
    if not _TONE_ONLY.search(text):
        return text
    return _TONED_WORD.sub(lambda m: m.group().translate(_TONES) if _TONE_ONLY.search(
        m.group()) else m.group(), text)


@lru_cache(maxsize=65536)
def fold(token: str) -> str:
    """A token as the index keys it: case-folded, a typographic apostrophe as a straight one;
    (lead75) without the aspiration mark after a syllable's first consonant (McCune-Reischauer
    and Wade-Giles: `Ch'ang`, `P'il`, `T'ien`, `Ts'ai` are `chang`, `pil`, `tien`, `tsai`)."""
    return unaspirated(token.casefold().replace("’", "'"))


def unaccented(text: str) -> str:
    """`text` case-folded, its accents dropped (`Bodnăraș`: `bodnaras`)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def unaspirated(token: str) -> str:
    """`token` (its apostrophes straight) without a romanised syllable's aspiration mark."""
    return _ASPIRATED.sub(r"\1", token) if "'" in token[1:3] else token


# the aspiration mark of a romanised syllable: after its first consonant, before its vowel (a
# Turkish suffix's apostrophe after a stem, `Bangkok'a`, `Kuveyt'e`, stands further on)
_ASPIRATED = re.compile(r"^(ch|ts|tz|[kpt])'(?=[aeiouyŏŭ])", re.IGNORECASE)
# such a mark anywhere in a text folded as `fold` folds it
ASPIRATED_IN_TEXT = re.compile(r"(?<![\w'])(?:ch|ts|tz|[kpt])'(?=[aeiouyŏŭ])")


def plain(word: str) -> str:
    """`word` folded, without its accents (`Stanisław`: `stanisław`, `José`: `jose`)."""
    return "".join(char for char in unicodedata.normalize("NFD", word.casefold())
                   if not unicodedata.combining(char))
