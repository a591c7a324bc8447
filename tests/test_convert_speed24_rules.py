"""Speed without a changed byte (speed24): a plain run repeated at least n times is a run
every match holds written out n times (`literals`: `X{6,}` holds `XXXXXX`, not just `X`);
the obfuscation rows are gated by their rows' needles and needles (`Pattern.may_occur`);
a piece is not scanned for note markers glued to a word when no numbered note waits; the
register's name scanner keeps its source in the on-disk cache. These tests hold each
shortcut to the answers of the plain work it spares."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tei.convert.brackets import specials
from tei.convert.glued_notes import _WORD_GLUED_NOTE, word_glued_markers
from tei.convert.literals import any_literals, required_literal
from tei.convert.namerules import rules
from tei.convert.scanner import _source, scanner
from tei.xmlio import decode_text

FIXTURES = Path(__file__).parent / "fixtures" / "telegrams"
TEXTS = ["XXXXXXX and xxxxxx, XXXXX, Xx", "a . . . . . b", "<...> and <…>", "...",
         "[email protected] 1962", "plain words without any of them"]


@pytest.mark.parametrize(("source", "needle", "needles"), [
    (r"(?<![A-Za-z])(?:X{6,}|x{6,})(?![A-Za-z])", "", ("xxxxxx",)),
    (r"-{3,}x", "---", ("---",)),  # the longer run wins
    (r"(?:ab){2}c", "ababc"[:4], ("abab",)),  # a plain group repeated
    (r"Y{20,}", "Y" * 8, ("y" * 8,)),  # written out eight times at most
    (r"a{1,}b", "a", ("a",)),  # once: as before
    (r"(?:a|b){3}", "", ()),  # an alternative repeated: no run written out
    (r"(?:a\s){3}", "a", ("a",)),  # nor a group holding a class
])
def test_repeated_runs(source: str, needle: str, needles: tuple[str, ...]) -> None:
    assert required_literal(source) == needle
    assert any_literals(source) == needles


def test_every_match_holds_the_repeated_run() -> None:
    for source in (r"(?<![A-Za-z])(?:X{6,}|x{6,})(?![A-Za-z])", r"-{3,}x", r"Y{20,}"):
        run = required_literal(source) or any_literals(source)[0]
        for text in ("XXXXXXXXX", "xxxxxx", "----x", "Y" * 25, "zz-----xzz"):
            for found in re.finditer(source, text):
                assert run.lower() in found.group().lower(), (source, text)


def _lines() -> list[str]:
    return [line for path in sorted(FIXTURES.glob("*.txt"))[::7]
            for line in decode_text(path.read_bytes()).text.splitlines() if line.strip()]


def test_specials_gated_as_ungated(resources) -> None:
    found = rules(resources.patterns)
    assert len(found.obfuscation_gates) == len(found.obfuscation)
    for line in [*TEXTS, *_lines()]:
        quick = specials(line, found.obfuscation, found.obfuscation_gates)
        plain = specials(line, found.obfuscation)
        assert [(m.span(), m.re.pattern) for m in quick] == \
            [(m.span(), m.re.pattern) for m in plain], line


class _Notes:
    """The part of a document's context `word_glued_markers` reads."""

    def __init__(self, footnotes: list[str], placed: set[str]) -> None:
        self.footnotes = dict.fromkeys(footnotes, (1, ""))
        self.placed_notes = placed


@pytest.mark.parametrize(("footnotes", "placed", "taken", "expected"), [
    ([], set(), set(), []),  # no notes: no scan
    (["1", "2"], {"1", "2"}, set(), []),  # every note placed
    (["1", "2"], {"1"}, {"2"}, []),  # the last one glued to a name in the piece
    (["*", "a"], set(), set(), []),  # no numbered note
    (["1", "2"], set(), set(), [(18, 19, "1"), (31, 32, "2")]),
    (["1", "2", "3"], {"1"}, set(), [(31, 32, "2")]),
])
def test_glued_markers_only_where_a_note_waits(footnotes: list[str], placed: set[str],
                                               taken: set[str],
                                               expected: list[tuple[int, int, str]]) -> None:
    piece = "the attached sheet1. The minute2 of 19563 here"
    assert _WORD_GLUED_NOTE.search(piece)
    assert word_glued_markers(piece, _Notes(footnotes, placed), taken) == expected


def test_the_cached_scanner_is_the_one_spelt(resources) -> None:
    register = resources.register
    assert register.key
    assert register._name_scanner.pattern == _source(register._trie)
    assert scanner(register._trie, register.key).pattern == scanner(register._trie).pattern
