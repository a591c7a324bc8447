"""speed79: memos that must give the plain computation's answer.

`DateReader.whole` and `Register.lookup` keep their answers until the next document
(`forget`, and for the register `read_in`); the read stage's `stands_alone` test keeps its
answers for the document it was made for.
"""

from __future__ import annotations

from itertools import islice

import pytest

from tei.convert import Resources, release_lines
from tei.convert.read import _physical
from tei.xmlio import decode_text
from tests.conftest import FIXTURES

_TEXTS = sorted((FIXTURES / "telegrams").glob("*.txt"))


def _lines(count: int) -> list[str]:
    return [content for path in islice(_TEXTS, count)
            for _, content, _ in _physical(decode_text(path.read_bytes()).text) if content]


@pytest.mark.parametrize("text", ["12 March 1962", "12 March 1962.", " 3.IV.1962 ",
                                  "Moscow, 12 March 1962", "", "March", "1962"])
def test_whole_asked_again_is_the_plain_answer(resources: Resources, text: str) -> None:
    dates = resources.dates
    dates.forget(text)
    first = dates.whole(text)
    assert dates.whole(text) == first == dates._whole(text)


def test_whole_is_forgotten_with_the_document(resources: Resources) -> None:
    dates = resources.dates
    dates.forget("3.4.1962 and 25.12.1962")  # day first (a day above 12)
    day_first = dates.whole("3.4.1962")
    dates.forget("4.25.1962 and 3.4.1962")  # month first
    assert dates.whole("3.4.1962") == dates._whole("3.4.1962")
    dates.forget("3.4.1962 and 25.12.1962")
    assert dates.whole("3.4.1962") == day_first


def test_lookup_asked_again_is_the_plain_answer(resources: Resources) -> None:
    register = resources.register
    register.forget()
    for line in _lines(40):
        for text in (line, line.split(",")[0].strip()):
            assert register.lookup(text) is register._lookup(text)
            assert register.lookup(text) is register._lookup(text)
    register.read_in("ru")
    assert register.lookup("Moscow") is register._lookup("Moscow")
    register.forget()


def test_stands_alone_keeps_the_plain_answer(resources: Resources) -> None:
    resources.patterns.forget()
    alone = release_lines.stands_alone(resources.patterns)
    for line in _lines(60):
        assert alone(line) == alone(line) == bool(release_lines._alone(line,
                                                                       resources.patterns))
