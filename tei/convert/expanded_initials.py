"""(wc49) A name whose initial the translator spells out in parentheses before the surname
(`D. (David) Hacohen`, `H. (Haim Yosef) Zadok`, `H. (Haim-Moshe) Shapira`: the Israel State
Archives' protocols in translation, their members' lists and speaker lines): one person's
name, the initial, the given names and the surname, the person looked up by the given names
and the surname (`M. (Menachem) Begin`: the register's Menachem Begin)."""

from __future__ import annotations

import re

_EXPANDED = re.compile(
    r"(?<![\w.’'-])(?P<initial>[A-Z])\.\s\((?P<given>[A-Z][a-z]++(?:[ -][A-Z][a-z]++)?)\)"
    r"\s(?P<surname>[A-Z][a-z]++(?:-[A-Z][a-z]++)?)(?![\w'’-])")


def expanded_initials(piece: str) -> list[tuple[int, int, str]]:
    """The spans of the names in `piece` whose initial is spelled out in parentheses, each
    with the name to look up (the given names and the surname); an initial the given names
    do not open (`M. (Haim) Cohen`) is no such name."""
    return [(m.start(), m.end(), f"{m.group('given')} {m.group('surname')}")
            for m in _EXPANDED.finditer(piece) if m.group("given")[0] == m.group("initial")] \
        if "(" in piece else []
