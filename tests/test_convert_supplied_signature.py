"""Family rule (FRUS 1914-1950): the editors' bracketed name closing a message (`[Wiley.]`),
alone on its line or glued to the last sentence, is the message's signature; a bracketed
word of the `brackets` table, or one in the middle of the text, is not."""

from __future__ import annotations

import pytest
from lxml import etree

from tei.convert import convert_text
from tests.tei_facts import signed, xp

_HEAD = ("811.20/1274: Telegram\n\nThe Minister in Hungary (Harcourt) to the Secretary of State\n\n"
         "Budapest, March 9, 1927—4 p.m.\n\n")


def _root(text: str, resources) -> etree._Element:
    return etree.fromstring(convert_text(_HEAD + text + "\n", "t", resources).xml)


@pytest.mark.parametrize("ending", [
    "The Regent will receive him on Monday. [Ormsby.]",
    "The Regent will receive him on Monday.\n\n[Ormsby.]",
    "The Regent will receive him on Monday! [Ormsby Gore.]"])
def test_the_supplied_name_closing_the_message_is_its_signature(ending: str, resources) -> None:
    root = _root(f"41. From Ormsby. I called on the Foreign Minister today.\n\n{ending}", resources)
    assert "Ormsby" in (signed(root) or "")
    last = " ".join(xp(root, "string((//tei:div[@type='message']/tei:p)[last()])").split())
    assert last.rstrip(".!").endswith("on Monday")


@pytest.mark.parametrize("ending", [
    "The Regent will receive him on Monday. [Omitted.]",
    "The Regent will receive him on Monday. [Garbled.] He sails on Friday."])
def test_an_editorial_word_or_a_bracket_inside_the_text_signs_nothing(ending: str,
                                                                      resources) -> None:
    root = _root(f"41. I called on the Foreign Minister today.\n\n{ending}", resources)
    assert signed(root) is None
