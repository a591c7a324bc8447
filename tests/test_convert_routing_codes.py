"""A telegram form's routing block stacked one office symbol a line (`routing_codes`)."""

from __future__ import annotations

import pytest

from tei.convert.routing_codes import routing_codes


def _lines(*texts: str) -> list[tuple[int, str, bool]]:
    return [(n, text, False) for n, text in enumerate(texts, 1)]


def test_each_labels_symbols_join_its_line() -> None:
    out = routing_codes(_lines("SECRET", "Action", "EUR", "Info", "SS", "G", "S/S", "INR-5",
                               "FROM: Moscow"))
    assert [text for _, text, _ in out] == [
        "SECRET", "Action EUR", "Info SS G S/S INR-5", "FROM: Moscow"]
    assert [n for n, _, _ in out] == [1, 2, 4, 9]


@pytest.mark.parametrize("texts", [
    ("Action", "The Embassy will act at once."),  # a sentence, no symbol
    ("Info", ""),  # a blank line under the label
    ("EUR", "SS"),  # symbols without their label
    ("Information", "EUR"),  # not the form's label
])
def test_nothing_else_is_joined(texts: tuple[str, ...]) -> None:
    assert routing_codes(_lines(*texts)) == _lines(*texts)
