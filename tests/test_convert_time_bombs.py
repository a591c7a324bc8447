"""Inputs that once took minutes (issue 8) convert in linear time, keep every word and give
valid TEI: long digit runs, digits and dots, date-like tokens, many `Cde.` lines, one very
long line, many `Deciphered by` lines, many open brackets.

Time is judged by a ratio, never by a limit in seconds: converting twice the input must
cost less than three times as long (linear work doubles, quadratic work quadruples).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest
from lxml import etree

from tei.convert import Resources, convert_text
from tei.convert.read import LINE_LIMIT, logical_lines
from tests.test_convert_words import first_missing, tei_words, words

LIMIT, REPEATS, ATTEMPTS = 3.0, 3, 5
_WORDS = ("the", "embassy", "reports", "that", "talks", "in", "Moscow", "went", "on", "and",
          "Stalin", "agreed", "with", "report", "of", "situation")


def _digit_runs(n: int) -> str:
    """Hard-wrapped lines of digits: one logical line."""
    return "\n".join(str(7 ** (90 + i))[:70] for i in range(n))


def _digits_and_dots(n: int) -> str:
    return ".".join(str(i * 7 % 1000) for i in range(n))


def _date_tokens(n: int) -> str:
    """Dates, and date-like tokens that are no dates (31 February, month 13)."""
    return " ".join(f"{i % 28 + 1}.{i % 12 + 1}.{i % 90 + 10} {30 + i % 2}.2.{i % 90 + 10} "
                    f"13/13/{i % 90 + 10} {i % 28 + 1} July 19{i % 90 + 10}" for i in range(n))


def _cde_lines(n: int) -> str:
    """Addresses to persons the register lacks, each a new local entry."""
    return "\n".join(f"Cde. {chr(65 + i % 26)}. Iva{_letters(i)}ov, Cde. Petrov" for i in range(n))


def _letters(number: int) -> str:
    """A distinct lower-case word for every number (a surname part)."""
    word = ""
    while True:
        number, digit = divmod(number, 26)
        word += chr(97 + digit)
        if not number:
            return word


def _one_long_line(n: int) -> str:
    return " ".join(_WORDS[i * 7 % len(_WORDS)] for i in range(n))


def _deciphered_lines(n: int) -> str:
    lines = (f"Deciphered by Vaganov {i % 24:02d}{i % 60:02d} {i % 28 + 1} July"
             for i in range(n))
    return "The talks went on.\n\n" + "\n".join(lines)


def _open_brackets(n: int) -> str:
    return "Text " + "[" * n + " ends"


BOMBS: dict[str, tuple[Callable[[int], str], int]] = {
    "digit-runs": (_digit_runs, 800),
    "digits-and-dots": (_digits_and_dots, 2_500),
    "date-tokens": (_date_tokens, 800),
    "cde-lines": (_cde_lines, 300),
    "one-long-line": (_one_long_line, 12_000),
    "deciphered-lines": (_deciphered_lines, 300),
    "open-brackets": (_open_brackets, 20_000),
}


def bomb_source(name: str, scale: int = 1) -> str:
    """The text of bomb `name`, `scale` times its test size."""
    make, size = BOMBS[name]
    return f"Telegram\n\n{make(size * scale)}\n"


def _seconds(text: str, resources: Resources) -> float:
    best = float("inf")
    for _ in range(REPEATS):
        start = time.process_time()
        convert_text(text, "bomb", resources)
        best = min(best, time.process_time() - start)
    return best


def _growth(name: str, resources: Resources) -> float:
    """Cost of twice the input over the cost of the input, measured again (up to ATTEMPTS
    times) while it is over the limit, as machines are shared."""
    small, large = bomb_source(name), bomb_source(name, 2)
    for _ in range(ATTEMPTS):
        ratio = _seconds(large, resources) / _seconds(small, resources)
        if ratio < LIMIT:
            break
    return ratio


@pytest.mark.parametrize("name", sorted(BOMBS))
def test_twice_the_input_costs_less_than_three_times(name: str, resources: Resources) -> None:
    assert _growth(name, resources) < LIMIT


@pytest.mark.parametrize("name", sorted(BOMBS))
def test_every_word_is_kept_in_order(name: str, resources: Resources) -> None:
    source = bomb_source(name)
    root = etree.fromstring(convert_text(source, "bomb", resources).xml)
    missing = first_missing(words(source), tei_words(root))
    assert missing is None, f"lost word {missing} of {name}"


def test_the_outputs_pass_our_grammar_and_rules(tmp_path: Path, resources: Resources) -> None:
    from tei.validate import Options, validate_paths

    paths = []
    for name in BOMBS:
        paths.append(tmp_path / f"{name}.xml")
        paths[-1].write_bytes(convert_text(bomb_source(name), name, resources).xml)
    report = validate_paths(paths, Options())
    assert not report.failed(), [(f.path, [str(d) for d in f.findings][:3])
                                 for f in report.failed()]


def test_a_line_over_the_limit_is_read_in_windows_that_keep_every_character() -> None:
    words_line = " ".join(f"w{i}" for i in range(3 * LINE_LIMIT // 4))
    one_word = "9" * (2 * LINE_LIMIT + 7)
    for text in (words_line, one_word, f"{words_line} {one_word} {words_line}"):
        lines = logical_lines(f"Heading\n\n{text}\n")[1:]
        assert all(len(line.text) <= LINE_LIMIT for line in lines)
        assert len(lines) > 1 and {line.no for line in lines} == {3}
        assert "".join("".join(line.text.split()) for line in lines) == "".join(text.split())
    cut = logical_lines(f"{words_line}\n")
    assert [word for line in cut for word in line.text.split()] == words_line.split()


def test_a_line_within_the_limit_stays_whole() -> None:
    text = " ".join(["word"] * (LINE_LIMIT // 5))
    assert [line.text for line in logical_lines(f"{text}\n")] == [text]
