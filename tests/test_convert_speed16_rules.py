"""Speed without a changed byte (speed16), in the inline annotation: the register matcher
works out each start's longest name once per text (its look-ahead for a longer overlapping
name kept for the loop that reaches that start); the surnames in office are found by one
alternation of the surnames rather than by a scan of every capitalised word; an
obfuscation row is not run on a text without its needle. These tests hold the shortcuts
to the answers of the plain scans they replace, over fixture lines of several layouts and
invented lines."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from pathlib import Path

import pytest

from tei.convert.brackets import specials
from tei.convert.glued import marker_stem
from tei.convert.name_index import TOKEN
from tei.convert.namerules import rules
from tei.convert.office_surnames import _surname_scanner, office_surnames
from tei.convert.register import NameMatch, Register
from tei.convert.romanised import fold
from tei.xmlio import decode_text

FIXTURES = Path(__file__).parent / "fixtures" / "telegrams"
PREFIXES = ["blind_dfat_", "cable_0", "frus", "invent9", "wc"]
# a word standing alone, the scan the surname alternation replaces; a hyphen may join it to
# another capitalised word, as a pair of parties (`Carter-Mondale`: names27)
_WORD = re.compile(r"(?<![\w.'’])(?:(?<!-)|(?<=[a-z]-))[A-Z][a-z]*+(?:[A-Z][a-z]++)?"
                   r"(?![\w]|-(?![A-Z])|['’](?!s\b))")
INVENTED = [
    "President Carter's visit; Carter said that McCarter and CarterX were absent.",
    "Carter-Mondale, (Carter) Carter.  Ford’s aide met Ford-Smith and Ford",
    "Chairman Mao Zedong received the Soviet Union's delegation in Peking.",
    "XXXXXXX [email protected] <...> the South and North Korea talks",
]


def _lines(prefix: str) -> list[str]:
    lines = [line for path in sorted(FIXTURES.glob(f"{prefix}*.txt"))[:3]
             for line in decode_text(path.read_bytes()).text.splitlines() if line.strip()]
    assert lines, prefix
    return lines


def _plain_matches(reg: Register, text: str, begins: list[int],
                   kinds: tuple[str, ...]) -> list[NameMatch]:
    """The register matcher's loop as it was, each start's longest name asked anew."""
    found: list[NameMatch] = []
    done = 0
    for start in begins:
        if start < done:
            continue
        match, words = reg._longest(text, start, kinds)
        later = None
        if match:
            end = words[-1].end()
            for other in begins[bisect_right(begins, words[0].start()):bisect_left(begins, end)]:
                hit, other_words = reg._longest(text, other, kinds)
                if hit and len(other_words) >= len(words) and other_words[-1].end() > end:
                    later = other
                    break
        if later is not None:
            done = later
        elif match:
            found += [*reg._elided(text, words, match), match]
            done = words[-1].end()
        else:
            done = start + 1
    return found


@pytest.mark.parametrize("prefix", [*PREFIXES, "invented"])
def test_register_names_as_each_start_asked_anew(resources, prefix: str) -> None:
    reg = resources.register
    for line in INVENTED if prefix == "invented" else _lines(prefix):
        for kinds in (("person", "place", "org"), ("place",)):
            begins = reg._starts(line)
            assert reg._matches(line, begins, kinds) == _plain_matches(reg, line, begins, kinds)


@pytest.mark.parametrize("prefix", [*PREFIXES, "invented"])
def test_office_surnames_as_every_word_scanned(resources, prefix: str) -> None:
    known = office_surnames(resources.register)
    scanners = _surname_scanner(resources.register)
    assert scanners is not None and "Carter" in known
    gate, scanner = scanners  # (speed26) the scanner asked only where the gate finds a name
    for line in INVENTED if prefix == "invented" else _lines(prefix):
        plain = [m.span() for m in _WORD.finditer(line) if m.group() in known]
        found = scanner.finditer(line) if gate.search(line) else ()
        assert [m.span() for m in found] == plain, line


@pytest.mark.parametrize("prefix", [*PREFIXES, "invented"])
def test_specials_with_needles_as_without(resources, prefix: str) -> None:
    found = rules(resources.patterns)
    assert found.obfuscation_gates
    for line in INVENTED if prefix == "invented" else _lines(prefix):
        quick = specials(line, found.obfuscation, found.obfuscation_gates)
        plain = specials(line, found.obfuscation)
        assert [(m.span(), m.re.pattern) for m in quick] == \
            [(m.span(), m.re.pattern) for m in plain], line


@pytest.mark.parametrize("prefix", [*PREFIXES, "invented"])
def test_name_starts_as_each_token_folded(resources, prefix: str) -> None:
    """Where a name may begin, read in the text folded once: as each token folded alone
    (a text whose folding moves offsets, `Straße`, takes the tokens one by one)."""
    reg = resources.register
    extra = ["Mr. Gaitskell4 met JELEN1 in Straße", "Stalin’s Moscow\u0345 Kim Il-sung1"]
    for line in [*(INVENTED if prefix == "invented" else _lines(prefix)), *extra]:
        plain = [token.start() for token in TOKEN.finditer(line)  # (speed19: in case)
                 if line[token.start()] in reg._heads.get(fold(word := token.group()), ())
                 or ((stem := marker_stem(word))
                     and line[token.start()] in reg._heads.get(fold(stem), ()))]
        assert reg._starts(line) == plain, line
