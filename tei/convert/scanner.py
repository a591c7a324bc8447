"""The register's name scanner: one regex over case-folded text telling where some name form
of a token trie (see `tei.convert.register`) may begin."""

from __future__ import annotations

import re
from pathlib import Path

from tei.cache import cached_data, content_key
from tei.convert.compiled_regex import compile_cached

# The gap between two words of a name as the scanner writes it: any run of non-word
# characters, which takes in every gap the register's `_JOINER` allows (and compiles
# fast).
_FOLDED_GAP = r"\W+"
# How many characters of a name (a gap counts as one) the scanner reads: enough to tell
# most places apart, while its regex stays small enough to compile in a blink; the token
# trie decides the rest.
_SCAN_DEPTH = 8


def scanner(trie: dict, key: str = "") -> re.Pattern[str]:
    """One regex over case-folded text that holds where the words of some name form of the
    token `trie` begin, joined as the register's `_JOINER` allows. It matches the non-word
    character before such a token (the engine skips ahead to those quickly), then looks
    ahead over a character trie, so each start costs one branch per letter and overlapping
    names are all found. Its source (spelt in Python from every form: 0.1-0.2 s) is kept in
    the on-disk cache under the register's `key` (which covers its trie) and this code."""
    if not key:
        return compile_cached(_source(trie))
    entry = content_key("name-scanner", key.encode(), Path(__file__).read_bytes())
    return compile_cached(cached_data(entry, lambda: _source(trie)))


def _source(trie: dict) -> str:
    """The scanner's regex source for `trie`."""
    chars: dict = {}
    _spell(trie, chars)
    return rf"\W(?<!\w')(?={_alternation(chars)})"


def _spell(node: dict, chars: dict) -> None:
    """Add the name forms below token-trie `node` to character trie `chars`, a `None` key
    for the gap between two words and an empty key where a form ends."""
    for word, child in node.items():
        if word is None:
            chars[""] = {}
            continue
        target = chars
        for char in word:
            target = target.setdefault(char, {})
        _spell_after(child, target)


def _spell_after(node: dict, chars: dict) -> None:
    """`_spell` for the forms that go on after a word (at character-trie node `chars`)."""
    if None in node:
        chars[""] = {}
    following = {word: child for word, child in node.items() if word is not None}
    if following:
        _spell(following, chars.setdefault(None, {}))


def _alternation(chars: dict, depth: int = _SCAN_DEPTH) -> str:
    """The regex of a character trie, `depth` characters deep; it stops at the first place
    a form ends (a name beginning there is all the scanner needs to know)."""
    if "" in chars or depth == 0:
        return ""
    branches = [(_FOLDED_GAP if char is None else re.escape(char))
                + _alternation(child, depth - 1) for char, child in chars.items()]
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
