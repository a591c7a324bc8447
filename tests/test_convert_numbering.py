"""Point numbers (tei/convert/numbering.py): the number after another, the next point of a
message, and a first paragraph's number that opens no list."""

from __future__ import annotations

import pytest

from tei.convert.numbering import lone_number, next_point, point_number, successor
from tei.convert.quoted import Unit
from tei.convert.read import Line


def units(*texts: str) -> list[Unit]:
    return [Unit([Line(n, text)]) for n, text in enumerate(texts, 1)]


@pytest.mark.parametrize(("n", "scheme", "after"), [
    ("3", "arabic", "4"), ("c", "alpha", "d"), ("IV", "roman", "V"), ("IX", "roman", "X"),
    ("XIV", "roman", "XV"), ("一", "cjk", "二"), ("九", "cjk", "十"), ("十", "cjk", "十一"),
    ("十九", "cjk", "二十"), ("二十三", "cjk", "二十四")])
def test_the_number_after_another(n, scheme, after) -> None:
    assert successor(n, scheme) == after


@pytest.mark.parametrize(("text", "found"), [
    ("3. The talks went on.", ("arabic", ("3", "The talks went on."))),
    ("(c) The talks went on.", ("alpha", ("c", "The talks went on."))),
    ("二、请你们随时电告。", ("cjk", ("二", "请你们随时电告。"))),
    ("十二、同長官は述べた。", ("cjk", ("十二", "同長官は述べた。")))])
def test_a_points_scheme_number_and_text(text, found, resources) -> None:
    assert point_number(resources.patterns, units(text)[0]) == found


def test_the_next_point_is_found_past_plain_paragraphs(resources) -> None:
    message = units("1. The talks.", "They went well.", "2. The communiqué.")
    scheme, _ = point_number(resources.patterns, message[0])
    assert next_point(resources.patterns, message, 1, scheme, "2") == 2
    assert next_point(resources.patterns, message, 1, scheme, "3") is None


def test_a_point_inside_an_embedded_document_is_not_the_next(resources) -> None:
    message = units("1. The talks.", "2. The communiqué.")
    message[1] = Unit(message[1].lines, embedded=True)
    scheme, _ = point_number(resources.patterns, message[0])
    assert next_point(resources.patterns, message, 1, scheme, "2") is None


@pytest.mark.parametrize(("texts", "lone"), [
    (("61. Press today announces the change.", "Kirk"), True),
    (("1. The talks.", "2. The communiqué."), False),
    (("6. For Ambassador.", "7. The talks."), False)])
def test_a_first_paragraphs_number_that_opens_no_list(texts, lone, resources) -> None:
    assert lone_number(resources.patterns, units(*texts), 0) == lone


def test_chinese_points_run_on_in_their_numerals(resources) -> None:
    """(invent26) `一、` ... `二、`: the next point is the one numbered `二`, not `一` again."""
    found = units("一、据报。", "说明。", "二、请电告。", "一、另。")
    assert next_point(resources.patterns, found, 1, "cjk", "二") == 2
    assert next_point(resources.patterns, found, 3, "cjk", "三") is None
