"""The per-stage CPU timers of bench/convert.py (bench/stages.py)."""

from __future__ import annotations

from bench import stages
from bench.stages import STAGES, stage_timers
from tei.convert import convert_text, load_resources
from tei.convert.inline import InlineReader

TEXT = "TELEGRAM\nFrom Moscow to Beijing, 5 July 1951\nComrade Mao Zedong,\nI agree.\nFilippov\n"


def test_every_stage_of_a_conversion_is_timed_and_the_stages_are_restored() -> None:
    res = load_resources()
    originals = [getattr(owner, name) for owner, name, _ in STAGES]
    with stage_timers() as spent:
        convert_text(TEXT, "d1", res)
    assert [getattr(owner, name) for owner, name, _ in STAGES] == originals
    assert set(spent) == {label for _, _, label in STAGES}
    for label in ("read: logical lines", "segment", "recognise (with inline annotation)",
                  "  of which inline annotation", "encode"):
        assert spent[label] > 0, label


def test_a_nested_call_of_a_timed_stage_counts_once(monkeypatch) -> None:
    ticks = iter(range(100))
    monkeypatch.setattr(stages.time, "process_time", lambda: next(ticks))
    calls = []

    def annotate(self, text, line, names=()):
        calls.append(text)
        return [] if len(calls) > 1 else InlineReader.annotate(self, text, line)

    monkeypatch.setattr(InlineReader, "annotate", annotate)
    with stages.stage_timers() as spent:
        InlineReader.annotate(InlineReader.__new__(InlineReader), "x", 1)
    assert len(calls) == 2
    assert spent["  of which inline annotation"] == 1  # one start and one end reading
