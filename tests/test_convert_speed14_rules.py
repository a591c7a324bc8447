"""Speed without a changed byte (speed14): a pattern row's required characters
(`tei.convert.literals.required_literal`, the row's `needle`) let `Patterns.match` and the
stages that scan a whole text with a table's rows skip a row the text lacks them for, and
office holders are looked up by (country, title) in an index built once per register.
These tests hold the shortcuts to the answers of the plain searches they replace."""

from __future__ import annotations

from pathlib import Path

import pytest

from tei.convert.context import Context
from tei.convert.literals import required_literal
from tei.convert.office_holders import US, _dated_offices, _holders_by_office, office_holder
from tei.xmlio import decode_text

FIXTURES = Path(__file__).parent / "fixtures" / "telegrams"


@pytest.mark.parametrize(("source", "needle"), [
    (r"\bJFK\s++ASSASSINATION\s++SYSTEM", "ASSASSINATION"),  # the longest run
    (r"(?P<x>hello)\s+world", "hello"),  # inside a group
    (r"(?=.*FOO)bar", "FOO"),  # inside a lookahead every match passes
    (r"(?:ab){2}", "abab"),  # a repeat of at least one
    (r"x(?:abcdef)?y", "x"),  # an optional part holds nothing required
    (r"(?!NOTHING)ba", "ba"),  # nor a negative lookaround
    (r"(ab|cd)", ""),  # nor an alternative
    (r"(?i)ABC", ""),  # without case, no run
    (r"a(?i:bcd)e", "a"),  # nor in a part without case
    (r"^\d+$", ""),
])
def test_a_required_run_is_what_every_match_holds(source: str, needle: str) -> None:
    assert required_literal(source) == needle


def test_every_row_example_holds_its_rows_needle(resources) -> None:
    """Over the project's own tables: a row's examples that it matches hold its needle."""
    checked = 0
    for rows in resources.patterns.regexes.values():
        for row in rows:
            for example in row.examples:
                if row.needle and row.regex.search(example):
                    assert row.needle in example, (row.name, row.source, example)
                    checked += 1
    assert checked > 50


@pytest.mark.parametrize("prefix", ["blind_dfat_", "cable_0", "frus", "gen"])
def test_match_answers_as_every_row_tried_in_order(resources, prefix: str) -> None:
    """`Patterns.match` (openings, needles, buckets) gives the first row whose regex
    matches, for every line of fixtures of several layouts and every table."""
    patterns = resources.patterns
    patterns.forget()
    for path in sorted(FIXTURES.glob(f"{prefix}*.txt"))[:2]:
        for line in decode_text(path.read_bytes()).text.splitlines():
            for table in patterns.regexes:
                found = patterns.match(table, line)
                plain = next(((row.name, hit.span()) for row in patterns.rows(table)
                              if (hit := row.regex.search(line))), None)
                assert (found and (found[0], found[1].span())) == plain, (table, line)
    patterns.forget()


def test_offices_by_country_and_title_answer_as_the_walk_over_every_office(resources) -> None:
    """The index gives each (country, title, year) the holders the walk over every dated
    office of every register person gives, in register order."""
    register, patterns = resources.register, resources.patterns
    dated = _dated_offices(register, patterns)
    index = _holders_by_office(register, patterns)
    assert index
    for (country, title), spans in index.items():
        for year in {year for _, start, end in spans for year in (start, start + 1, end)}:
            walk = [person.id for person, offices in dated if any(
                o.country == country and o.title == title and o.start < year < o.end
                for o in offices)]
            assert list(dict.fromkeys(i for i, a, b in spans if a < year < b)) == walk
    ctx = Context(resources, "t")
    assert office_holder("The Secretary of State", 1950, US, ctx).reg == "Dean Acheson"
