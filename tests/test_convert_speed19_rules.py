"""Speed without a changed byte (speed19), in the register's name starts: a token is a
start only when it opens with a character that some name form under its head word may
open with in case (`name_index.head_openings`: the form's first word as spelt, in capitals
or capitalised, the spellings `register._case_ok` takes), so `the` before a noun walks no
trie for `The Hague`. These tests hold the gated starts to the names the ungated starts
give, over fixture lines of several layouts and invented lines, and the openings to the
register's forms."""

from __future__ import annotations

from pathlib import Path

import pytest

from tei.convert.glued import marker_stem
from tei.convert.name_index import TOKEN, head_openings
from tei.convert.register import Register
from tei.convert.romanised import fold
from tei.xmlio import decode_text

FIXTURES = Path(__file__).parent / "fixtures" / "telegrams"
PREFIXES = ["blind_dfat_", "cable_0", "frus", "invent9", "wc", "other2"]
INVENTED = [
    "the talks at The Hague; THE HAGUE; the hague court and the Hague Convention",
    "The Soviet Union's note; the soviet union; THE SOVIET UNION'S NOTE",
    "Mr. Gaitskell4 met JELEN1 in Straße; Stalin’s Moscow\u0345 and Kim Il-sung1",
    "a state of the state department; State Department and STATE DEPARTMENT",
    "new york, New York, NEW YORK and the New York Times; he said that He Long",
]
KINDS = (("person", "place", "org"), ("place",))


def _lines(prefix: str) -> list[str]:
    lines = [line for path in sorted(FIXTURES.glob(f"{prefix}*.txt"))[:3]
             for line in decode_text(path.read_bytes()).text.splitlines() if line.strip()]
    assert lines, prefix
    return lines


def _ungated_starts(reg: Register, text: str) -> list[int]:
    """Every token whose folded word (or glued marker's stem) begins some name form."""
    return [token.start() for token in TOKEN.finditer(text)
            if fold(word := token.group()) in reg._heads
            or ((stem := marker_stem(word)) and fold(stem) in reg._heads)]


@pytest.mark.parametrize("prefix", [*PREFIXES, "invented"])
def test_gated_starts_give_the_names_every_head_gives(resources, prefix: str) -> None:
    reg = resources.register
    for line in INVENTED if prefix == "invented" else _lines(prefix):
        gated, every = reg._starts(line), _ungated_starts(reg, line)
        assert set(gated) <= set(every), line
        for kinds in KINDS:
            assert reg._matches(line, gated, kinds) == reg._matches(line, every, kinds), line


@pytest.mark.parametrize(("text", "gated", "kept"), [
    ("talks at the Hague", "the", "Hague"),
    ("the State Department", "the", "State"),
    ("Mr. Stalin1 met the JELEN1", "the", "Stalin1"),
])
def test_a_start_opens_as_a_form_may(resources, text: str, gated: str, kept: str) -> None:
    starts = resources.register._starts(text)
    assert text.index(f"{gated} ") not in starts
    assert text.index(kept) in starts


def test_head_openings_of_first_words() -> None:
    heads = head_openings({"the": {"T"}, "nato": {"N"}, "de": {"d"}, "stalin": {"S"},
                           "stalin's": {"S"}, "ǆemal": {"ǆ"}})
    assert heads["the"] == {"T"} and heads["nato"] == {"N"} and heads["de"] == {"d", "D"}
    assert heads["stalin's"] == {"S"} and heads["the's"] == {"T"}
    assert heads["ǆemal"] == {"ǆ", "Ǆ", "ǅ"}  # capitals and title case


def test_register_openings_cover_its_forms(resources) -> None:
    reg = resources.register
    for words, *_ in _forms(reg._trie):
        assert words[0][:1] in reg._heads[fold(words[0])], words
        assert words[0][:1].upper()[:1] in reg._heads[f"{fold(words[0])}'s"], words
    assert "t" not in reg._heads["the"] and "T" in reg._heads["the"]


def _forms(node: dict) -> list[tuple[list[str], int, str]]:
    found, pending = [], [node]
    while pending:
        for key, child in pending.pop().items():
            if key is None:
                found += child
            else:
                pending.append(child)
    return found
