"""The caches speed67 added give what the code before them worked out at each call: the stop
words gathered once for the loaded tables, a surname's full-name regex compiled once and
tried only where a name ending in the surname can start."""

from __future__ import annotations

import re

from tei.convert import Resources
from tei.convert.attendance_names import surname_stop
from tei.convert.inverted_given import _stop
from tei.convert.surname_places import _full_name, _full_names


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


def test_full_names_are_the_regex_scan_of_the_whole_text() -> None:
    texts = ["Mahmud RIYAD met Hamilton Jordan; Riyad said, then Jordan's King.",
             "Foreign Minister Mahmud Riyad, Mr.  Riyad, Abdel Mahmud Ali Riyad and Riyad Riyad",
             "O'Brien-Smith De Gaulle; l'Ambassadeur De  Gaulle\nGeneral\tDe Gaulle-Smith",
             "Prime Minister İsmet İnönü, Mr Kosygin, A. Kosygin, Alexei N. Kosygin, Aſkar Kelvin",
             "Mr Kosygin Kosygin Kosygin, Ibrahim-Kosygin kosygin, Zhou EnLai ENLAI"]
    for text in texts:
        for surname in ("riyad", "jordan", "gaulle", "kosygin", "inönü", "askar", "kelvin",
                        "enlai", "smith"):
            assert [m.span() for m in _full_names(text, surname)] == \
                [m.span() for m in _full_name(surname).finditer(text)], (text, surname)
