"""Speed without a changed byte (speed17): a pattern row without a required run
(`literals.required_literal`) may still have `needles`, lower-cased runs one of which every
match holds (`tei.convert.literals.any_literals`: the branches of an alternative taken
together, a row matching regardless of case read as plain characters), and `Patterns.match`
(and `Pattern.may_occur`) skip the row for a text that, folded (`literals.fold`), holds
none of them. These tests hold the shortcut to the answers of the plain searches it
replaces."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tei.convert.literals import any_literals, fold
from tei.xmlio import decode_text

FIXTURES = Path(__file__).parent / "fixtures" / "telegrams"


@pytest.mark.parametrize(("source", "needles"), [
    (r"(?i)^(?:From|Sent|Date)\s*:", ("date", "from", "sent")),  # an alternative's branches
    (r"(?i)^tags\s*:.*$|^TAGS\s[A-Z]{4}$", ("tags",)),  # lower-cased, the same run once
    (r"(?i)must not be (?:disclosed|copied)", ("must not be ",)),  # the rarer of two sets
    (r"(?:ab|cd)+x", ("ab", "cd")),  # a repeat of at least one
    (r"(?=.*SECRET)\w+", ("secret",)),  # a lookahead every match passes
    (r"(?:ab|c?)d", ("d",)),  # a branch without a run: the alternative holds none
    (r"(?!NOT)x?", ()),  # nor a negative lookaround or an optional part
    (r"^[A-ZА-Я]\.?$", ()),
    (r"Jan|Fév", ("fév", "jan")),  # a run beyond ASCII folding plainly (speed29)
    (r"Jan|Σep", ()),  # one with a character of other equivalents (`σ ς`): no needles
])
def test_runs_one_of_which_every_match_holds(source: str, needles: tuple[str, ...]) -> None:
    assert any_literals(source) == needles


@pytest.mark.parametrize("text", ["DİSTRİBUTİON", "Diſtribution", "ıN TRANSIT", "\u212aEY"])
def test_a_folded_text_holds_what_a_row_without_case_matches(text: str) -> None:
    """The characters beyond ASCII that `re` takes for an ASCII letter fold to it."""
    for needle in ("distribution", "in transit", "key"):
        if re.search(f"(?i){needle}", text):
            assert needle in fold(text)


def test_every_row_example_holds_one_of_its_rows_needles(resources) -> None:
    """Over the project's own tables: an example a row matches holds a needle, folded."""
    checked = 0
    for rows in resources.patterns.regexes.values():
        for row in rows:
            for example in row.examples:
                if row.needles and row.regex.search(example):
                    assert any(needle in fold(example) for needle in row.needles), (
                        row.name, row.source, example)
                    checked += 1
    assert checked > 50


@pytest.mark.parametrize("prefix", ["blind_dfat_", "cable_0", "frus", "gen", "wcda"])
def test_match_answers_as_every_row_tried_in_order(resources, prefix: str) -> None:
    """`Patterns.match` with the needles gives the first row whose regex matches, for
    every line (and its upper- and lower-cased forms) of fixtures of several layouts."""
    patterns = resources.patterns
    patterns.forget()
    for path in sorted(FIXTURES.glob(f"{prefix}*.txt"))[:2]:
        for text in decode_text(path.read_bytes()).text.splitlines():
            for line in (text, text.upper(), text.lower()):
                for table in patterns.regexes:
                    found = patterns.match(table, line)
                    plain = next(((row.name, hit.span()) for row in patterns.rows(table)
                                  if (hit := row.regex.search(line))), None)
                    assert (found and (found[0], found[1].span())) == plain, (table, line)
