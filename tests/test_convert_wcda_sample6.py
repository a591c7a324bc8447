"""Rules from the misses of the sixth blind Wilson Center sample (Polish ciphergrams from
Havana, Itamaraty telegrams, East German and Czechoslovak telegrams): month-first dotted
dates, receipt dates without a year, the telegram number in an Itamaraty message's first
line, bracketed given names after a title, dash-joined classification lines."""

from __future__ import annotations

from tests.cases import text_facts, text_xml


def test_dotted_dates_are_month_first_when_one_is_unambiguously_so(resources) -> None:
    dates = resources.dates
    dates.forget("Dispatched on 10.31.1962 at 13:30\nReceived on 11.01.1962 at 6:50\n")
    assert dates.whole("11.01.1962").iso() == "1962-11-01"
    dates.forget("Sent 31.10.1962, received 11.01.1962")
    assert dates.whole("11.01.1962").iso() == "1962-01-11"
    dates.forget("November 9, 1962\nDispatched on 11.09.1962")
    assert dates.whole("11.09.1962").iso() == "1962-11-09"
    dates.forget("")
    assert dates.whole("11.09.1962").iso() == "1962-09-11"


def test_a_receipt_without_a_year_takes_the_year_in_force(resources) -> None:
    text = ("October 2, 1962\n\nTelegram from Polish Embassy in Havana (Jeleń), 2 October 1962\n\n"
            "Ciphergram No. 14501\n\nDispatched from Havana on 10.02.1962 at 23:10 and "
            "received at 10.03 at 11:05\n\nTo: KRAJEWSKI\n\nFrom: JELEN\n\n"
            "The minister asked for the text of the speech.\n")
    found = text_facts(text, resources)
    assert found["date_received"] == "1962-10-03T11:05"
    assert found["telegram_number"] == "14501"


def test_an_itamaraty_message_opens_with_its_number_weekday_and_hour(resources) -> None:
    text = ("October 30, 1962\nTelegram from the Brazilian Embassy in Washington (Campos)\n"
            "TELEGRAM\nRECEIVED\nFROM THE EMBASSY IN WASHINGTON\nCONFIDENTIAL – URGENT\n"
            "DAS/DNU/600.(24h)\nQuestion of Cuba.\n"
            "801 – TUESDAY – 2000hs – The Department of State expects an answer tonight.\n")
    found = text_facts(text, resources)
    assert found["telegram_number"] == "801"
    assert found["addressee"] == []
    assert 'subtype="classification">CONFIDENTIAL – URGENT' in text_xml(text, resources)


def test_a_bracketed_given_name_after_a_title_is_the_surname_s(resources) -> None:
    text = ("Telegram\n\nThe declaration of [Soviet Ambassador Valerian] Zorin was firm, and "
            "[Foreign Minister Raúl] Roa agreed with it.\n")
    xml = text_xml(text, resources)
    body = xml.split("<text")[1]
    assert '<supplied reason="identification">Soviet Ambassador Valerian</supplied>' in body
    assert "Zorin</persName>" in body
    assert '<supplied reason="identification">Foreign Minister Raúl</supplied>' in body
    assert "Roa</persName>" in body
