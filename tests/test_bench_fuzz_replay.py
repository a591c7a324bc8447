"""The replay tool (bench/fuzz_replay.py): which stage dropped a lost word, from which line."""

from __future__ import annotations

from bench.fuzz_replay import Cause, causes, trace
from tei.convert import Resources

SOURCE = ("Home > Archive > Collections\n\nTELEGRAM No. 5\n\nThe minister called on me.\n\n"
          "He spoke of the frontier.\n")


def test_a_word_of_page_furniture_is_dropped_by_the_page_readers(resources: Resources) -> None:
    [(cause, line)] = causes(SOURCE, {"archive"}, trace(SOURCE, resources))
    assert cause == Cause("pages", "-", "Home > Archive > Collections")
    assert line == "Home > Archive > Collections"


def test_a_word_kept_to_the_zones_is_dropped_when_encoding(resources: Resources) -> None:
    [(cause, _)] = causes(SOURCE, {"frontier"}, trace(SOURCE, resources))
    assert (cause.stage, cause.zone) == ("encode", "message")
    [(cause, _)] = causes(SOURCE, {"telegram"}, trace(SOURCE, resources))
    assert (cause.stage, cause.zone, cause.shape) == ("encode", "heading", "TELEGRAM No. 9")
