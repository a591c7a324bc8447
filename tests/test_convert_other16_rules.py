"""Rules from the misses of the blind sample other16 (DFAT cablegrams of 1950 and 1975, the
Roosevelt-Stalin correspondence, Lenin's and Trotsky's telegrams, Irish letters): a documents
volume's number alone over its heading, the `EMERGENCY` precedence, volume 23's `Ref` line,
the Irish salutation and close, a Soviet field telegram's day before its number."""

from __future__ import annotations

from tests.cases import text_facts, text_xml

_NUMBERED = ("{number}\n\nCablegram from Casey to Makin\n\nCanberra, 3 March 1952\n\n"
             "3311. EMERGENCY TOP SECRET\n\nPlease pass the following to the Secretary of State.\n")


def test_a_number_alone_over_the_heading_leaves_the_heading_the_title(resources) -> None:
    found = text_facts(_NUMBERED.format(number="412"), resources)
    assert found["title"] == "Cablegram from Casey to Makin"
    assert found["telegram_number"] == "3311"
    assert found["date"] == "1952-03-03"


def test_a_number_line_over_prose_is_no_heading(resources) -> None:
    prose = "The Minister saw the Ambassador this morning and spoke of trade."
    assert text_facts(f"412\n\n{prose}\n", resources)["title"] != prose


_REF = ("Canberra, 4 May 1975\n\nPortuguese Timor\n\nRef O.JA1022 2\n\nFor Woolcott\n\n"
        "We have read your telegram with care.\n")


def test_volume_23_s_ref_line_names_the_answered_cable_not_this_one(resources) -> None:
    found = text_facts(_REF, resources)
    assert found["telegram_number"] is None
    assert any("Woolcott" in name for name in found["addressee"])
    reference = '<ab type="registry" subtype="reference">Ref O.JA1022 2</ab>'
    assert reference in text_xml(_REF, resources)


def test_the_irish_salutation_and_close_make_a_letter(resources) -> None:
    text = ("DUBLIN, 3 May 1931\n\nA Chara,\n\nI am directed to inform you that the matter is"
            " under consideration.\n\nMise, le meas,\n\nS. Ó Ceallaigh\n")
    xml = text_xml(text, resources)
    assert "<salute>A Chara,</salute>" in xml
    assert text_facts(text, resources)["doc_type"] == "letter"


def test_a_day_and_month_before_a_field_telegram_s_number(resources) -> None:
    text = ("From: Kharkov\n\n9/3 No. 118\n\nTo: Moscow, Kremlin – Lenin.\n\n"
            "The division has reached the river and holds both banks.\n\nTrotsky\n")
    found = text_facts(text, resources)
    assert found["telegram_number"] == "118"
    assert "Leon Trotsky" in found["sender"]


_REPOST = ("Telegram to the Revolutionary Military Council\nJump to navigation\nJump to search\n"
           "First published in 1942 in a collection of documents. Printed from the original.\n"
           "Source: Collected Works, Volume 50, page 12.\nKeywords : Telegram\n"
           "The offensive must begin tomorrow at dawn and the reserves must follow it closely.\n"
           "Report the position of the divisions every evening without fail to the staff.\n"
           "Lenin\n")


def test_edition_fields_over_more_prose_are_no_foot(resources) -> None:
    xml = text_xml(_REPOST, resources)
    body = xml[xml.index("<text"):]
    assert "reserves must follow it closely" in body
    assert "Report the position of the divisions" in body


def test_the_mediawiki_skip_links_are_furniture(resources) -> None:
    assert "Jump to navigation" not in text_xml(_REPOST, resources)
