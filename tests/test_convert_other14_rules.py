"""Rules from the misses of the blind sample other14 (FRUS telegrams of 1950-1965 from
Asian, African and Latin American posts, circulars, CIA cables, a British cypher telegram,
Lenin's telegrams): a CIA cable's number before its in- or out-number."""

from __future__ import annotations

from tests.cases import text_facts, text_xml


def test_a_cia_cable_s_number_stands_before_its_in_or_out_number(resources) -> None:
    text = ("88. Telegram From the Station in Laos to the Central Intelligence Agency1\n\n"
            "Vien 4417 (In 30215). Ref Dir 29901 (Out 51123).\n\n"
            "1. Station agrees with the proposal.\n")
    assert text_facts(text, resources)["telegram_number"] == "Vien 4417"


def test_a_cable_referred_to_with_its_in_number_is_no_number_of_its_own(resources) -> None:
    text = ("88. Telegram From the Embassy in Laos to the Department of State1\n\n"
            "Station reports that Vien 4417 (In 30215). was received late.\n")
    assert text_facts(text, resources)["telegram_number"] is None


_DIPLOMATIC_SERVICE = ("SECRET\n\nFM ACCRA 031210Z\n\n"
                       "TO IMMEDIATE FOREIGN AND COMMONWEALTH OFFICE TELEGRAM NUMBER 96 OF"
                       " 3 MAY 1971.\n\n1. THE PRESIDENT RECEIVED ME THIS MORNING.\n\n"
                       "CLARKE\n\nFILES\nW AF D\nNEWS D\n")


def test_a_diplomatic_service_telegram_s_heading_gives_post_addressee_number_and_day(
        resources) -> None:
    found = text_facts(_DIPLOMATIC_SERVICE, resources)
    assert found["place_of_origin"] == "Accra"
    assert found["telegram_number"] == "96"
    assert found["date"] == "1971-05-03"
    assert "IMMEDIATE" not in " ".join(found["addressee"])


def test_its_files_block_under_the_signature_is_distribution(resources) -> None:
    xml = text_xml(_DIPLOMATIC_SERVICE, resources)
    assert '<ab type="registry" subtype="distribution">FILES</ab>' in xml
    assert "<signed>FILES</signed>" not in xml


def test_a_title_repeating_the_number_gives_up_the_anchor_glued_after_it(resources) -> None:
    page = ("12. Circular Telegram {title}\nWashington, May 2, 1956, 6 p.m.\n"
            "{number}. Posts should report reactions.\n"
            "- Source: Department of State, Central Files, 611.00/5–256. Secret.↩\n")
    found = text_facts(page.format(title="3401", number="340"), resources)
    assert (found["title"], found["telegram_number"]) == ("Circular Telegram 340", "340")
    found = text_facts(page.format(title="3401", number="3401"), resources)
    assert found["title"] == "Circular Telegram 3401"


def test_a_modal_verb_after_a_title_in_capitals_is_no_name(resources) -> None:
    text = ("SECRET\n\nI GAVE THE MESSAGE TO THE SECRETARY. THE PRESIDENT WOULD BE MUCH PLEASED,"
            " AND THE MINISTER SHOULD SEE IT.\n")
    xml = text_xml(text, resources)
    assert ">WOULD</persName>" not in xml and ">SHOULD</persName>" not in xml


def test_an_edition_item_page_gives_its_title_and_date_over_the_fields(resources) -> None:
    text = ("V. I. Lenin\n\nTelegram To V. M. Molotov\n\n3 May, 1920\n\n"
            "Wired: 3 May, 1920\nSource: Collected Works, Volume 44\n"
            "Translated: Clemens Dutt\n\nThe trains must leave today.\n")
    found = text_facts(text, resources)
    assert (found["title"], found["date"]) == ("Telegram To V. M. Molotov", "1920-05-03")
    assert found["addressee"] == ["Vyacheslav Molotov"]


def test_a_book_s_title_block_is_no_item_page(resources) -> None:
    text = ("V. I. Lenin\n\nCollected Works\n\nVolume 44\n\nSource: Progress Publishers\n"
            "Transcription/HTML Markup: Invented\n\nTelegram To V. M. Molotov\n\n"
            "The trains must leave today.\n")
    assert text_facts(text, resources)["title"] != "Collected Works"
