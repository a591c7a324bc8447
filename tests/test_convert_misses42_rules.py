"""misses42: a page title's unquoted subject after the addressee's comma names no party;
a translator's or editors' remark in parentheses inside the text is an inline note."""

from __future__ import annotations

from tei.convert.brackets import specials
from tei.convert.context import Context
from tei.convert.parties import title_parties
from tests.cases import text_xml


def test_a_subject_after_the_addressees_comma_is_no_party(resources) -> None:
    ctx = Context(resources, "t")
    title = ("Memorandum from Brazilian Foreign Minister Silveira to President Geisel, "
             "US Threats and Promises and Brazilian Responses")
    assert title_parties(title, ctx) == ("Brazilian Foreign Minister Silveira",
                                         "President Geisel")
    title = "Letter from Ambassador Campos to President Goulart, Coffee Prices and the Sugar Quota"
    assert title_parties(title, ctx)[1] == "President Goulart"


def test_an_office_a_post_or_one_more_party_after_the_comma_stays(resources) -> None:
    ctx = Context(resources, "t")
    title = "Department of External Affairs to Mr S. M. Bruce, High Commissioner in London"
    assert title_parties(title, ctx)[1] == "Mr S. M. Bruce, High Commissioner in London"
    title = "Telegram, Reinert to Gen. Axen, Gen. Sieber, and Gen. Krolikowski"
    assert title_parties(title, ctx)[1].endswith("and Gen. Krolikowski")
    title = "Letter from Mao Zedong to Stalin, Molotov and Vyshinsky"
    assert title_parties(title, ctx)[1] == "Stalin, Molotov and Vyshinsky"


def test_a_parenthesised_remark_is_found_among_the_specials() -> None:
    text = "they eat trepang (translator’s note: sea cucumbers), while (the others) eat"
    found = specials(text, [])
    assert [m.group("remark") for m in found] == ["translator’s note: sea cucumbers"]
    assert specials("he said (as noted before) that the note was sent", []) == []


def test_parenthesised_translators_and_editors_notes_are_inline_notes(resources) -> None:
    text = ("RECORD OF CONVERSATION\n\n12 May 1962\n\nKosygin remarks that Russians prefer "
            "salo (translator's note: cured pork fat) and kvass (Editor's Note: a rye drink) "
            "in winter.\n")
    xml = text_xml(text, resources)
    assert ('<note type="translation" place="inline">translator\'s note: cured pork fat</note>'
            in xml)
    assert '<note type="editorial" place="inline">Editor\'s Note: a rye drink</note>' in xml
