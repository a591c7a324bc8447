"""Rules written after the lead's probes of session 31 (a reading site's page of a wartime
correspondence edition): a bar of links between the edition's items (`« Previous | Contents |
Next »`, each cell alone once the bar is split) and a bare volume line (`Volume II`) are the
page's furniture; a collection's title in title case may stand over the first heading even with
three small words; a heading in capitals opening with its handling words and naming both
parties (`PERSONAL AND SECRET FROM PREMIER J. V. STALIN TO THE PRESIDENT, ...`) is the title,
numbered or not, but a cable's handling line (`PERSONAL FOR GENERAL X FROM ADMIRAL Y`) is no
title; `for X from Y` names the addressee first; a Prime Minister takes no `to` of a role."""

from __future__ import annotations

import pytest

from tei.convert.context import Context
from tei.convert.pages.titles import handled_message
from tei.convert.parties import title_parties
from tests.cases import text_facts

_PAGE = """{collection}
Volume II
{bar}

{number}PERSONAL AND SECRET FROM PREMIER J. V. STALIN TO THE PRESIDENT, MR. F. D. ROOSEVELT

I have received your message of November 8 and thank you for it.

1. I see no objection to Teheran as the place of our meeting.

November 10, 1943
"""


@pytest.mark.parametrize("bar", ["« Previous | Contents | Next »", "Previous Next",
                                 "<< Prev | Index | Next >>", "Table of Contents"])
@pytest.mark.parametrize("number", ["", "No. 150\n\n"])
def test_a_correspondence_page_gives_title_parties_and_date(bar, number, resources) -> None:
    text = _PAGE.format(collection="Correspondence of the Heads of Government, 1941-1945",
                        bar=bar, number=number)
    facts = text_facts(text, resources)
    assert facts["title"].startswith("PERSONAL AND SECRET FROM PREMIER")
    assert facts["sender"] == ["Joseph Stalin"]
    assert facts["addressee"] == ["Franklin D. Roosevelt"]
    assert facts["date"] == "1943-11-10"


def test_a_sentence_over_the_heading_is_no_collection_title(resources) -> None:
    text = _PAGE.format(collection="The editors found this message in the archive of the "
                        "ministry.", bar="", number="")
    assert not text_facts(text, resources)["title"].startswith("PERSONAL AND SECRET")


@pytest.mark.parametrize(("heading", "parties"), [
    ("PERSONAL AND SECRET FROM PREMIER J. V. STALIN TO THE PRESIDENT, MR. F. D. ROOSEVELT",
     ("PREMIER J. V. STALIN", "THE PRESIDENT, MR. F. D. ROOSEVELT")),
    ("MOST SECRET AND PERSONAL MESSAGE FROM THE PRIME MINISTER TO MARSHAL STALIN",
     ("THE PRIME MINISTER", "MARSHAL STALIN")),
])
def test_a_handled_heading_names_both_parties(heading, parties, resources) -> None:
    ctx = Context(resources, "t")
    assert handled_message(heading, ctx)
    assert title_parties(heading, ctx) == parties


@pytest.mark.parametrize("line", ["PERSONAL FOR GENERAL HARLOWE FROM ADMIRAL VANTREES",
                                  "SECRET", "PERSONAL AND SECRET",
                                  "Secret talks from the start to the end were held."])
def test_a_cable_handling_line_is_no_handled_heading(line, resources) -> None:
    assert not handled_message(line, Context(resources, "t"))


@pytest.mark.parametrize(("title", "parties"), [
    ("PERSONAL AND TOP SECRET FOR MARSHAL STALIN FROM PRESIDENT ROOSEVELT",
     ("PRESIDENT ROOSEVELT", "MARSHAL STALIN")),
    ("Message for Marshal Stalin from President Roosevelt.",
     ("President Roosevelt", "Marshal Stalin")),
    ("Following personal for Prime Minister from President", ("President", "Prime Minister")),
])
def test_for_x_from_y_names_the_addressee_first(title, parties, resources) -> None:
    assert title_parties(title, Context(resources, "t")) == parties


def test_a_prime_minister_takes_no_to_of_a_role(resources) -> None:
    ctx = Context(resources, "t")
    assert title_parties("Message from the Prime Minister to Marshal Stalin", ctx) == (
        "the Prime Minister", "Marshal Stalin")
    assert title_parties("Letter from the Minister to Hungary", ctx) == (
        "the Minister to Hungary", "")
