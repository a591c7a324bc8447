"""Form readers: the signs each form counts beside its rows."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from tei.convert.forms.soviet import _SIGNS


@given(st.text(alphabet="NºC°desomraPSUVKP(b). x_1", max_size=14))
def test_soviet_signs_are_found_where_the_word_boundary_regex_finds_them(text: str) -> None:
    plain = re.compile(r"\bNº|\bN°|\bCdes?\.|\bComrades?\b|\bVKP\(b\)|\bCPSU\b")
    assert bool(_SIGNS.search(text)) == bool(plain.search(text))
