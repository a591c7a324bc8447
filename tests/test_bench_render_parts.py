"""The part timers of bench/render_parts.py: parts handing results on, the interleaved run."""

from __future__ import annotations

from pathlib import Path

from bench.render_parts import evictor, interleaved, stored
from tei.render.passes import DocumentTask


def test_a_stored_part_hands_its_result_to_the_later_parts() -> None:
    state: dict[str, object] = {}
    stored("tree", lambda task, _: task.stem.upper())(DocumentTask(Path("a"), "a", "", None, None),
                                                       state)
    assert state == {"tree": "A"}


def test_the_interleaved_run_gives_each_document_its_own_state_in_part_order(capsys) -> None:
    seen: list[tuple[str, str, tuple[str, ...]]] = []
    parts = [("first", stored("x", lambda t, _: t.stem)),
             ("second", lambda t, s: seen.append(("second", t.stem, tuple(s))))]
    tasks = [DocumentTask(Path(n), n, "", None, None) for n in ("a", "b")]
    interleaved(tasks, parts, runs=1)
    assert seen == [("second", "a", ("x",)), ("second", "b", ("x",))]
    printed = capsys.readouterr().out
    assert "first" in printed and "sum of the parts" in printed


def test_eviction_is_off_at_zero_and_a_callable_otherwise() -> None:
    assert evictor(0) is None
    evict = evictor(1)
    assert callable(evict)
    evict()
