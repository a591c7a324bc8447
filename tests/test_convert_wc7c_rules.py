"""Rules from the misses of the wc7b sample's held documents: a post's seat as the place of
origin (the register's capitals), the Chinese received-telegram heading, participants
written with the family name in capitals."""

from __future__ import annotations

from tei.convert.context import Context
from tei.convert.seats import capital
from tests.cases import text_facts, text_xml


def test_an_embassy_in_a_country_writes_from_its_capital(resources) -> None:
    text = ("March 9, 1958\n\nCable from the Hungarian Embassy in Mongolia\n\nThe herds "
            "were counted again and the figures sent on to the ministry.\n")
    assert text_facts(text, resources)["place_of_origin"] == "Ulaanbaatar"


def test_a_heading_line_names_the_post_when_the_title_does_not(resources) -> None:
    text = ("October 2, 1957\n\nMemorandum of Conversation between Li Zhou and Ambassador "
            "Novak\n\nEmbassy of Czechoslovakia in the DRV Secret\n\nNo. 41 Copy No. 1\n\n"
            "Li Zhou called at the embassy and spoke of the harvest.\n")
    assert text_facts(text, resources)["place_of_origin"] == "Hanoi"


def test_a_capital_that_moved_is_read_on_the_document_s_date(resources) -> None:
    china, ctx = resources.register.entries["pla-china"], Context(resources, "t")
    assert capital(china, "1944-05-02", ctx).reg == "Chongqing"
    assert capital(china, "1948-01", ctx).reg == "Nanjing"
    assert capital(china, "1956", ctx).reg == "Beijing"
    assert capital(china, "", ctx) is None  # several capitals and no date: none
    assert capital(resources.register.entries["pla-hanoi"], "1960", ctx) is None


def test_a_chinese_received_telegram_s_number_and_address(resources) -> None:
    text = ("May 4, 1959\n\nCable from the Chinese Embassy in Hungary\n\nTelegram received by "
            "the [Chinese] Central Committee\n\nUrgent\n\nNo. (59) 1207\n\nTo the Central "
            "Committee and Comrade [Zhou] Enlai:\n\nThe delegation arrived this morning and was "
            "met at the station.\n\n[Chinese] Embassy in Hungary\n\n3 May 1959\n")
    found = text_facts(text, resources)
    assert found["telegram_number"] == "(59) 1207"
    assert found["addressee"] == ["Zhou Enlai"]
    assert found["place_of_origin"] == "Budapest"


def test_a_family_name_in_capitals_marks_a_participant_s_name(resources) -> None:
    text = ("Record of the Talks\n\nParticipants:\n\nFrom Seoul\nYOON Sang-mok Adviser to the "
            "delegation (Ministry of Unification)\nHAN Tae Spokesman for the delegation\n"
            "RYU Min-ho Deputy Director of the office\nKIM Il Sung Premier\n\n"
            "The talks opened at ten. Han River bridges were discussed.\n")
    xml = text_xml(text, resources)
    assert ">YOON Sang-mok</persName> Adviser" in xml
    assert ">HAN Tae</persName> Spokesman" in xml
    assert ">RYU Min-ho</persName> Deputy" in xml
    assert ">KIM Il Sung</persName> Premier" in xml
    assert "River</persName>" not in xml
