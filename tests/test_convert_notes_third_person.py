"""Notes in the third person (lead12): the opening names sender and addressee, the
`avails itself of this opportunity` sentence is the closing salutation."""

from __future__ import annotations

import pytest
from lxml import etree

from tei.convert import convert_text
from tests.tei_facts import xp

_NOTE = ("No. 27\n\nNOTE VERBALE\n\n{opening} has the honour to refer to the talks of "
         "12 May 1961.\n\nThe Ministry avails itself of this opportunity to renew to the "
         "Embassy the assurances of its highest consideration.\n\nWarsaw, 19 May 1961\n")


@pytest.mark.parametrize(("opening", "sender", "addressee"), [
    ("The Ministry of Foreign Affairs of the Polish People's Republic presents its "
     "compliments to the Embassy of the United States of America and",
     "#org-ministry-of-foreign-affairs-of-poland", "Embassy of the United States of America"),
    ("The Embassy of India presents its compliments to the Department of State, and",
     "Embassy of India", "#org-united-states-department-of-state"),
])
def test_the_opening_names_sender_and_addressee(opening: str, sender: str, addressee: str,
                                                resources) -> None:
    root = etree.fromstring(convert_text(_NOTE.format(opening=opening), "note",
                                         resources).xml)
    sent = xp(root, "//tei:correspAction[@type='sent']")[0]
    received = xp(root, "//tei:correspAction[@type='received']")[0]
    assert sender in [*xp(sent, "*/text()"), *xp(sent, "*/@ref")]
    assert addressee in [*xp(received, "*/text()"), *xp(received, "*/@ref")]
    assert xp(root, "//tei:closer/tei:salute/text()")[0].startswith("The Ministry avails")


def test_a_letter_without_the_formula_takes_nothing_from_its_first_sentence(resources) -> None:
    text = _NOTE.format(opening="The Embassy presents a paper to the press and")
    root = etree.fromstring(convert_text(text, "note", resources).xml)
    assert xp(root, "//tei:correspAction[@type='received']/*") == []
