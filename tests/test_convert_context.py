"""Resources built once per process (tei/convert/context.py)."""

from __future__ import annotations

import gc

from tei.convert.context import Context
from tei.convert.loading import Resources, load_resources
from tei.convert.recall import recall
from tei.convert.segment import heading_groups


def test_loaded_resources_are_left_out_of_the_collectors_generations() -> None:
    res = load_resources()
    trie = res.register._trie
    assert gc.get_freeze_count() > 0
    assert not any(tracked is trie for tracked in gc.get_objects())


def test_a_recalled_answer_is_worked_out_once_while_the_heading_order_stays(
        resources: Resources) -> None:
    ctx = Context(resources, "t.txt")
    asked: list[str] = []

    def answer(text: str, _: Context) -> int:
        asked.append(text)
        return len(asked)

    assert [recall(ctx, "q", "line", answer), recall(ctx, "q", "line", answer)] == [1, 1]
    assert recall(ctx, "other", "line", answer) == 2
    resources.patterns.prefer("heading", ("heading-soviet",))
    try:
        assert recall(ctx, "q", "line", answer) == 3  # the heading rows' order changed
    finally:
        resources.patterns.forget()


def test_each_caller_of_a_recalled_heading_line_gets_its_own_facts(
        resources: Resources) -> None:
    ctx = Context(resources, "t.txt")
    first = heading_groups("Dispatched: Moscow, 12 May 1957", ctx)
    assert first is not None and first[1]
    first[1].clear()
    assert heading_groups("Dispatched: Moscow, 12 May 1957", ctx) != first
