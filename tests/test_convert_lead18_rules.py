"""Rules found on invented layouts (lead18): a British telegram's number line carrying its
secrecy, precedence and method words (`No. 612. Confidential. Priority.`)."""

from __future__ import annotations

import pytest

from tests.cases import text_facts

_HEAD = "Sir E. Grey to Sir G. Buchanan.\n\nForeign Office, July 28, 1914.\n\n"
_TEXT = ("I have received your telegram of yesterday. The Russian Government should be told "
         "that we cannot give any undertaking at present.\n\nGREY.\n")


@pytest.mark.parametrize(("line", "number"), [
    ("No. 612. Confidential. Priority.", "612"),
    ("No. 88. Cypher. Most Immediate.", "88"),
    ("No. 4. Top Secret. Emergency.", "4"),
    ("No. 612.", "612")])
def test_a_number_line_with_precedence_words_gives_the_number(line, number, resources) -> None:
    facts = text_facts(f"{_HEAD}{line}\n\n{_TEXT}", resources)
    assert (facts["telegram_number"], facts["date"]) == (number, "1914-07-28")


def test_a_paragraph_opening_with_a_number_is_no_number_line(resources) -> None:
    """Words after the number that are no secrecy or precedence keep the line text."""
    text = f"{_HEAD}No. 612. Confidential papers went by bag today.\n\n{_TEXT}"
    assert text_facts(text, resources).get("telegram_number") in (None, "")
