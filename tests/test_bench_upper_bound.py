"""bench/upper_bound.py: a stage answered from a memo (made free) converts to the same bytes,
and the stage's method is restored afterwards."""

from __future__ import annotations

import pytest

from bench.upper_bound import replayed, stages
from tei.convert import convert_text, load_resources

TEXTS = (
    "TELEGRAM\nFrom Moscow to Beijing, 5 July 1951\nComrade Mao Zedong,\nI agree.\nFilippov\n",
    "Memorandum of Conversation\nWashington, March 3, 1962, 11:30 a.m.\nSUBJECT: Berlin\n"
    "The Ambassador said that Secretary Rusk would see him on 4 March.\n",
)


@pytest.mark.parametrize("text", TEXTS)
def test_replayed_stages_give_the_same_bytes_and_are_restored(text: str) -> None:
    res = load_resources()
    every = stages(res)
    originals = [getattr(owner, name) for _, owner, name, _ in every]
    expected = convert_text(text, "d1", res).xml
    memos: dict[str, dict] = {}
    for _ in range(2):  # recorded, then answered from the memo
        with replayed(every, memos):
            assert convert_text(text, "d1", res).xml == expected
    assert [getattr(owner, name) for _, owner, name, _ in every] == originals
    assert all(memos[label] for label, *_ in every)
