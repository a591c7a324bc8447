"""The caches speed67 added give what the code before them worked out at each call: the stop
words gathered once for the loaded tables, a surname's full-name regex compiled once."""

from __future__ import annotations

import re

from tei.convert import Resources
from tei.convert.attendance_names import surname_stop
from tei.convert.inverted_given import _stop
from tei.convert.surname_places import _full_name


def test_stop_words_are_the_tables_words(resources: Resources) -> None:
    patterns = resources.patterns
    assert surname_stop(patterns) == {*patterns.words("not-names"),
                                      *patterns.words("office-words"),
                                      *patterns.words("document-parts")}
    assert _stop(patterns) == {*patterns.words("not-names"), *patterns.words("office-words")}
    assert surname_stop(patterns) is surname_stop(patterns)


def test_full_name_regex_is_the_one_built_at_each_call() -> None:
    text = "Mahmud RIYAD met Hamilton Jordan; Riyad said, then Jordan's King."
    for surname in ("riyad", "jordan", "o'neill"):
        built = re.compile(r"(?<![\w'’.-])[A-Z][\w'’-]*+(?:\s[A-Z][\w'’-]*+){0,2}\s(?i:"
                           + re.escape(surname) + r")(?![\w'’-])")
        assert _full_name(surname).pattern == built.pattern
        assert [m.span() for m in _full_name(surname).finditer(text)] == \
            [m.span() for m in built.finditer(text)]
        assert _full_name(surname) is _full_name(surname)
