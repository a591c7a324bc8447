"""Quick screens of the generic page reader tell the same as the regexes they spare."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tei.convert.pages.generic import _SPACED_LABEL, spaced


@given(st.text(alphabet="Draft ate:\t\u00a0\u2003 0617/x", max_size=30))
def test_a_spaced_label_is_never_screened_out(text: str) -> None:
    if _SPACED_LABEL.match(text):
        assert spaced(text)


def test_the_screen_passes_a_record_table_field() -> None:
    assert spaced("Draft Date          06/21/1975")
    assert spaced("Draft Date:\t06/21/1975")
    assert not spaced("A paragraph of prose, with one space between words.")
