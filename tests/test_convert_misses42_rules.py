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


_NOTE = ("SECRET\n\nto Cde. V. M. MOLOTOV\n\nI submit a draft of the instructions to the "
         "Soviet Ambassador in Iran.\n\nPlease examine [it].\n\n{signature}\n\n15 October 1952"
         "\n\nNº 300/Gp\n\n{stamp}\n\nDraft instructions to the Soviet Ambassador in Iran\n\n"
         "1. The Ambassador ought to meet the Prime Minister in the first days after his "
         "arrival and hand him the letter of the Soviet Government.\n\n2. He should then "
         "report to the Ministry on the Prime Minister's answer and on his visits to the "
         "other members of the cabinet.\n")


def test_a_covering_notes_stamp_over_several_lines_closes_its_closer(resources) -> None:
    stamp = "[Stamp:\n\nSecretariat of V. M. Molotov\n\n15 10 1952\n\nIncoming Nº M-14401s]"
    xml = text_xml(_NOTE.format(signature="Signed G. Pushkin", stamp=stamp), resources)
    closer = xml[xml.index("<closer>"):xml.index("</closer>")]
    assert '<seg type="registry" subtype="stamp">Stamp:</seg>' in closer
    assert '<seg type="registry" subtype="stamp">Incoming Nº M-14401s</seg>' in closer
    assert "<signed>Signed <persName" in closer
    assert "Draft instructions" in xml[xml.index('<div type="attachment">'):]


def test_a_stamps_label_closed_on_its_line_takes_the_lines_down_to_its_number(resources) -> None:
    stamp = "[Stamp:] Secretariat of V. M. Molotov\n\n15 October 1952\n\nIncoming Nº M-14401s"
    xml = text_xml(_NOTE.format(signature="[signature] G. Pushkin", stamp=stamp), resources)
    closer = xml[xml.index("<closer>"):xml.index("</closer>")]
    assert '<seg type="registry" subtype="stamp">Stamp: Secretariat of' in closer
    assert '<seg type="registry" subtype="stamp">Incoming Nº M-14401s</seg>' in closer


def test_without_a_stamp_the_note_and_its_draft_stay_one_text(resources) -> None:
    xml = text_xml(_NOTE.format(signature="Signed G. Pushkin", stamp="Copy 3"), resources)
    assert '<div type="attachment">' not in xml and "subtype=\"stamp\"" not in xml
