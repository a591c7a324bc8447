"""(wcdf86) A title the store cut at the page's end (`..., Comrade Wicha, Comrad`, the last
word of a Wilson Center page's note listing a ciphergram's readers): the start of a title
word of the `honorifics` table, left with no stop at its paragraph's end, is no name; nor a
name a sovereign's sign manual follows (`Wilhelm I.R.`, `sovereign_titles`)."""

from __future__ import annotations

from tei.convert.namerules import Rules
from tei.convert.sovereign_titles import sign_manual_at


def cut_title_at(piece: str, a: int, b: int, rules: Rules) -> bool:
    """True when piece[a:b] is one word of four letters or more, the paragraph ends with it
    and it begins a title of one word without being one (`Comrad`, `Ambassad`; not `FIELD`
    of `field marshal`, a surname after `MR.`)."""
    word = piece[a:b]
    if piece[b:].strip() or len(word) < 4 or not word.isalpha() or word.casefold() in rules.titles:
        return False
    low = word.casefold()
    return any(t.startswith(low) and len(t) > len(low) and t.isalpha() for t in rules.titles)


def closes_name(piece: str, a: int, b: int, rules: Rules) -> bool:
    """A sovereign's sign manual after the name, or a title cut at the page's end."""
    return sign_manual_at(piece, b) or cut_title_at(piece, a, b, rules)
