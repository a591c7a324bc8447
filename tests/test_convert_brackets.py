"""Finding and classifying editorial brackets and note markers (tei.convert.brackets)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tei.convert import load_resources
from tei.convert.brackets import (
    _SPECIAL_START,
    SPECIAL,
    _may_open_special,
    bracket_kind,
    insertion_reason,
    specials,
    superscript,
    title_inlines,
)
from tei.convert.model import Mark

PATTERNS = load_resources().patterns


@pytest.mark.parametrize(("inner", "kind"), [
    ("...", "gap-omitted"), ("", "gap-omitted"), ("illegible", "gap-illegible"),
    ("signature", "signature"), ("your", None),
    # (wc52) the translators' summary of a passage they left out
    ("Introductory remarks", "gap-omitted"), ("Concluding remarks.", "gap-omitted"),
    ("Short review of the Eritrean-Ethiopian conflict.", "gap-omitted"),
    ("handwritten", "description")])
def test_a_bracket_is_classified_by_the_brackets_table(inner: str, kind: str | None) -> None:
    assert bracket_kind(PATTERNS, inner) == kind


def test_a_bracketed_name_next_to_a_capitalised_word_identifies_it() -> None:
    text = "Filippov [Stalin] said [your] words"
    first, second = (m.span() for m in re.finditer(r"\[[^\]]*\]", text))
    assert insertion_reason("Stalin", text, *first) == "identification"
    assert insertion_reason("your", text, *second) == "omitted"
    assert insertion_reason("Him", "said [Him] there", 5, 10) == "omitted"


def test_specials_are_brackets_markers_and_strays_in_order() -> None:
    text = "Molotov³ met [Stalin]^2 and ]"
    assert [m.group() for m in specials(text, [])] == ["³", "[Stalin]", "^2", "]"]
    assert superscript("³¹") == "31"


def test_an_obfuscated_word_hides_the_specials_inside_it() -> None:
    found = specials("see x[x]x here [sic]", [re.compile(r"x\[x\]x")])
    assert [m.group() for m in found] == ["x[x]x", "[sic]"]


@given(st.text(alphabet="ab [x]^1³.", max_size=30))
def test_the_quick_test_skips_no_special(text: str) -> None:
    assert [m.span() for m in specials(text, [])] == [m.span() for m in SPECIAL.finditer(text)]


@given(st.text(alphabet="ab [ ]^³¹é\u00a0.", max_size=12))
def test_the_quick_test_for_specials_tells_what_the_regex_scan_tells(text: str) -> None:
    assert _may_open_special(text) == bool(_SPECIAL_START.search(text))


def _register_name(text: str) -> bool:
    return text.split()[0] in {"Stalin", "Helmut", "China"}


@pytest.mark.parametrize(("title", "marked"), [
    ("Ciphered Telegram No. 709, Filippov [Stalin] to Krasovsky",
     ["Ciphered Telegram No. 709, Filippov ", Mark("supplied", {"reason": "identification"},
                                                   ["Stalin"]), " to Krasovsky"]),
    ("The Chancellor's [Helmut Kohl's] Meeting",
     ["The Chancellor's ", Mark("supplied", {"reason": "identification"}, ["Helmut Kohl's"]),
      " Meeting"]),
    ("Letter, Mao Zedong to Filippov [Stalin]",
     ["Letter, Mao Zedong to Filippov ",
      Mark("supplied", {"reason": "identification"}, ["Stalin"])]),
])
def test_a_titles_identification_of_a_register_name_is_supplied_text(
        title: str, marked: list) -> None:
    assert title_inlines(title, PATTERNS, _register_name) == marked


def _full_name(text: str) -> bool:
    return text.startswith(("Cyrus Vance", "China"))


@pytest.mark.parametrize(("title", "marked"), [
    ("Telegram from K. V. Rajan, 'Agha Shahi’s meeting with [Cyrus] Vance'",
     ["Telegram from K. V. Rajan, 'Agha Shahi’s meeting with ",
      Mark("supplied", {"reason": "identification"}, ["Cyrus"]), " Vance'"]),
])
def test_a_titles_forename_completing_a_register_surname_is_supplied_text(
        title: str, marked: list) -> None:
    assert title_inlines(title, PATTERNS, _full_name) == marked


@pytest.mark.parametrize("title", [
    "Meeting with [Cyrus] Smith",  # forename and surname no register name
    "Report of [the] Embassy",  # lower case
])
def test_a_titles_bracket_before_another_name_stays_as_printed(title: str) -> None:
    assert title_inlines(title, PATTERNS, _full_name) == []


@pytest.mark.parametrize("title", [
    "Note on a Conversation in the East German Embassy [Excerpts]",  # no name
    "Telegram, [redacted] to Comrade Damm",  # a gap
    "Report on the Attitude towards Us [China]'",  # glued to a quotation mark
    "Telegram from Chodorek [Ciphergram No. 15053]",  # no register name
    "a telegram to [Stalin] on arms",  # no name beside it
])
def test_other_brackets_of_a_title_stay_as_printed(title: str) -> None:
    assert title_inlines(title, PATTERNS, _register_name) == []
