"""Rules found on the blind samples' misses (lead12): a file-number style telegram number
in a page title, a documents volume's cablegram heading without its place, a date whose
year follows the comma without a space."""

from __future__ import annotations

from lxml import etree

from tei.convert import convert_text
from tests.cases import text_facts
from tests.tei_facts import xp

_BODY = "\nThe Minister received me this morning and spoke about the talks.\n"
_TITLED = ("Skip to content\n\nMarch 2, 1961\n\nTelegram No. WAS/212/3/61 Indian Ambassador "
           "to the United States to Ministry of External Affairs\n" + _BODY)


def test_a_titles_lettered_number_is_the_telegram_number(resources) -> None:
    assert text_facts(_TITLED, resources)["telegram_number"] == "WAS/212/3/61"


def test_the_sender_part_of_a_numbered_title_drops_the_form_and_number(resources) -> None:
    root = etree.fromstring(convert_text(_TITLED, "t", resources).xml)
    roles = xp(root, "//tei:correspAction[@type='sent']/tei:roleName/text()")
    assert roles == ["Indian Ambassador to the United States"]


def test_a_cablegram_heading_without_its_place_gives_number_and_date(resources) -> None:
    text = "58 Curtin to Churchill\n\nCablegram 58 12 March 1942, 4.10 p.m.\n" + _BODY
    found = text_facts(text, resources)
    assert found["telegram_number"] == "58"
    assert str(found["date"]).startswith("1942-03-12")


def test_a_year_after_a_comma_without_a_space_is_the_dates(resources) -> None:
    text = ("Text of Telegram dated November 8,1947 from the Prime Minister of India to the "
            "Prime Minister of Pakistan\n" + _BODY)
    assert text_facts(text, resources)["date"] == "1947-11-08"


_QUOTED = ("Ciphered Telegram\n\nfor Comrade Kim Il Sung\n\n“Comrade Kim Il Sung!\n\n"
           "We have received your telegram of 8 September.\n\nWe agree with your proposal.\n\n"
           "FILIPPOV [Stalin].”\n")


def test_a_quotation_holding_the_whole_message_is_the_message(resources) -> None:
    root = etree.fromstring(convert_text(_QUOTED, "t", resources).xml)
    assert xp(root, "//tei:floatingText") == []
    assert xp(root, "//tei:body/tei:div//tei:closer/tei:signed//tei:persName/@ref")[0] == \
        "#per-joseph-stalin"


def test_a_quotation_a_line_introduces_stays_a_quoted_document(resources) -> None:
    text = _QUOTED.replace(
        "for Comrade Kim Il Sung\n\n", "The following telegram was received:\n\n")
    root = etree.fromstring(convert_text(text, "t", resources).xml)
    assert len(xp(root, "//tei:floatingText")) == 1


def test_an_in_place_date_dateline_opens_the_heading_over_its_fields(resources) -> None:
    text = ("In Bratislava 3 May 1956 Strictly confidential!\nFrom: The Ministry of Foreign "
            "Trade\nTo: Comrade Major L. David, the Prime Minister's Office\nSubject: "
            "Deliveries\n" + _BODY)
    found = text_facts(text, resources)
    assert found["date"] == "1956-05-03"
    assert found["place_of_origin"] == "Bratislava"
    assert found["addressee"] == ["L. David"]


def _sender_roles(title: str, resources) -> list[str]:
    root = etree.fromstring(convert_text(f"{title}\n{_BODY}", "t", resources).xml)
    return xp(root, "//tei:correspAction[@type='sent']/tei:roleName/text()")


def test_a_post_abroad_keeps_its_to_after_its_country(resources) -> None:
    assert _sender_roles("Report, Permanent Mission of Hungary to the International "
                         "Organizations in Vienna to the Hungarian Foreign Ministry",
                         resources) == [
        "Permanent Mission of Hungary to the International Organizations in Vienna"]
    assert _sender_roles("Telegram, Ambassador of Poland to India to the Polish Foreign "
                         "Ministry", resources) == ["Ambassador of Poland to India"]


def test_a_governments_own_office_before_to_is_split_there(resources) -> None:
    assert _sender_roles("The Prime Minister of Canada to the Prime Minister of New Zealand",
                         resources) == ["Prime Minister of Canada"]
