"""Rules for British, Australian and Indian documents as archives' pages give them
(commonwealth43):

- an education page's catalogue reference alone in brackets under its caption
  (`(Catalogue ref: PREM 4/49/3)`, table `catalogue-caption` row `reference`) makes the
  caption the title, its form after a classification (`Secret telegram`) the document's
  type, and `Top of page | Close` the page's foot;
- a caption's subject in a participle after the parties (`... to the Foreign Office
  commenting on ...`) is no part of the addressee;
- a cablegram's number supplied in brackets before a note's call (`Cablegram [4] [1]
  CANBERRA, ...`) is the telegram's number and an insertion, not a note's call; a bracket
  alone after the form stays a call;
- an AtoM record's area headings (`Identity area`, `Context area` ...) are record furniture
  with no value; the record's fields give title, type, parties, date and reference.
"""

from __future__ import annotations

import pytest

from tei.convert.brackets import supplied_number
from tests.cases import text_facts, text_xml

_CAPTION = (
    "Empire\n"
    "The end of empire - India\n"
    "full transcript - source3\n"
    "{caption}\n"
    "(Catalogue ref: {ref})\n"
    "The Congress leaders were arrested this morning without incident and the city is "
    "quiet. I have informed the Governors by telegram.\n"
    "Top of page | Close\n"
)


@pytest.mark.parametrize("caption, form", [
    ("Secret telegram from the Viceroy of India to the Secretary of State for India "
     "commenting on the arrests, 9 August 1942", "telegram"),
    ("Letter from the Viceroy of India to the Secretary of State for India "
     "describing the arrests, 9 August 1942", "letter"),
])
def test_a_reference_under_its_caption(resources, caption: str, form: str) -> None:
    facts = text_facts(_CAPTION.format(caption=caption, ref="PREM 4/51/2"), resources)
    assert facts["title"] == caption
    assert facts["archive_idno"] == "PREM 4/51/2"
    assert facts["doc_type"] == form
    assert facts["date"] == "1942-08-09"
    xml = text_xml(_CAPTION.format(caption=caption, ref="PREM 4/51/2"), resources)
    received = xml.split('<correspAction type="received">', 1)[1].split("</correspAction>")[0]
    assert "Secretary of State for India" in received
    assert "commenting" not in received and "describing" not in received
    assert "Top of page" not in xml.split("<body", 1)[1]


def test_a_reference_line_without_a_caption_above_is_no_caption(resources) -> None:
    text = "(Catalogue ref: PREM 4/51/2)\nThe leaders were arrested this morning.\n"
    assert text_facts(text, resources)["title"] != "(Catalogue ref: PREM 4/51/2)"


@pytest.mark.parametrize("text, start, end, supplied", [
    ("Cablegram [4] [1] CANBERRA, 3 January 1942", 10, 13, True),
    ("Cablegram [1] CANBERRA, 3 January 1942", 10, 13, False),
    ("Your telegram [4] of today", 14, 17, False),
])
def test_a_number_supplied_before_a_call(text: str, start: int, end: int,
                                         supplied: bool) -> None:
    assert supplied_number(text, start, end) is supplied


def test_a_supplied_cablegram_number_is_read(resources) -> None:
    text = ("Evatt to Casey\n\nCablegram [4] [1] CANBERRA, 3 January 1942\n\n"
            "Your telegrams of yesterday. The Government cannot accept the draft as it "
            "stands and asks you to say so today.\n\n"
            "1 The number is supplied from the file copy.\n")
    facts = text_facts(text, resources)
    assert facts["telegram_number"] == "4"
    assert facts["place_of_origin"] == "Canberra"
    assert facts["date"] == "1942-01-03"
    assert "4" in facts["editorial_insertions"]


def test_an_atom_record_with_labels_over_values(resources) -> None:
    text = ("Identity area\nReference code\nMONT II/A/9/9\nTitle\n"
            "Telegram from Edwin Montagu to Lord Reading\nDate(s)\n- 3 Mar. 1922 (Creation)\n"
            "Level of description\nItem\nExtent and medium\nContext area\n"
            "Content and structure area\nScope and content\n"
            "Reports the Cabinet's decision on the Sèvres treaty and asks for the Government "
            "of India's views by return.\n(Typed.)\n")
    facts = text_facts(text, resources)
    assert facts["title"] == "Telegram from Edwin Montagu to Lord Reading"
    assert facts["doc_type"] == "telegram"
    assert facts["date"] == "1922-03-03"
    assert facts["archive_idno"] == "MONT II/A/9/9"
    assert facts["sender"] == ["Edwin Montagu"]
    assert facts["addressee"] == ["Rufus Isaacs"]
    body = text_xml(text, resources).split("<body", 1)[1]
    assert "Identity area" not in body and "Context area" not in body


def test_a_caption_closing_with_a_year_dates_the_document_to_it(resources) -> None:
    caption = ("Secret telegram from the Viceroy of India to the British government "
               "commenting on the Congress leaders in 1943")
    facts = text_facts(_CAPTION.format(caption=caption, ref="PREM 4/49/3"), resources)
    assert facts["date"] == "1943"
    assert facts["doc_type"] == "telegram"
