"""Rules found on invented layouts (lead14): the microfilm serial and frame numbers an
edition of a foreign ministry's files sets in brackets under a document's heading."""

from __future__ import annotations

import pytest

from tests.cases import text_facts

_HEAD = "The Ambassador in Italy to the Foreign Ministry\n\nTelegram\n\n"
_BODY = "\nCount Ciano told me this evening that the talks would go on.\n"


@pytest.mark.parametrize("frames", ["2130/464020", "F19/088-89", "B15/B002574; 2871/564109"])
def test_bracketed_film_frames_under_a_heading_are_the_shelfmark(frames, resources) -> None:
    text = f"{_HEAD}ROME, August 25, 1939\n[{frames}]\n{_BODY}"
    assert text_facts(text, resources)["archive_idno"] == frames


@pytest.mark.parametrize("bracket", ["1957/1958", "12/3", "Page 71"])
def test_two_years_or_a_short_fraction_in_brackets_are_no_shelfmark(bracket, resources) -> None:
    text = f"{_HEAD}ROME, August 25, 1939\n[{bracket}]\n{_BODY}"
    assert not text_facts(text, resources).get("archive_idno")
