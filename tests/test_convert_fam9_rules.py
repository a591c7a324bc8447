"""Three East-bloc layout families: a date-first dateline (`10 May 1966, Bucharest`), a
Soviet heading label whose value wraps onto the next line, bracketed stamp lines between a
dateline and a `To: Comrade ...` line."""

from __future__ import annotations

from tests.cases import text_facts, text_xml

_DATE_FIRST = ("Telegram from the Embassy in Sofia on the Fair\n\n"
               "3.XI.1971, Plovdiv\n\n"
               "Comrade Minister,\n\n"
               "The Bulgarian comrades told us that the fair will open next week. "
               "They ask for our list of exhibitors.\n")


def test_a_date_first_dateline_gives_the_date_and_the_place(resources) -> None:
    found = text_facts(_DATE_FIRST, resources)
    assert found["date"] == "1971-11-03"
    assert found["place_of_origin"] == "Plovdiv"
    assert "<dateline>" in text_xml(_DATE_FIRST, resources)


def test_a_date_first_dateline_at_the_foot_gives_an_unregistered_place(resources) -> None:
    text = ("Telegram on the Fair\n\nComrade Minister,\n\n"
            "The fair will open next week. They ask for our list of exhibitors.\n\n"
            "12 June 1971, Varnaville\n")
    found = text_facts(text, resources)
    assert found["place_of_origin"] == "Varnaville"
    assert found["date"] == "1971-06-12"


def test_a_sentence_with_a_date_and_a_comma_is_no_dateline(resources) -> None:
    text = _DATE_FIRST.replace("3.XI.1971, Plovdiv", "On 3 November 1971, the fair opened.")
    assert "<dateline>" not in text_xml(text, resources)


_WRAPPED = ("Ciphered telegram\n\n"
            "Incoming No. 3318\n"
            "From BERLIN Sent 2.3.53 Received\n"
            "4.3.53 09:40\n"
            "To Cde. MOLOTOV\n\n"
            "The German comrades ask for the list of the delegation by Friday.\n\n"
            "SEMYONOV\n")


def test_a_received_label_ending_a_heading_line_takes_the_next_line_as_its_value(
        resources) -> None:
    found = text_facts(_WRAPPED, resources)
    assert found["date_received"] == "1953-03-04T09:40"
    assert "Received <date" in text_xml(_WRAPPED, resources)  # one line


def test_a_wrapped_yearless_receipt_keeps_its_colon_time(resources) -> None:
    text = "March 2, 1953\n\n" + _WRAPPED.replace("4.3.53 09:40", "4.3. 09:40")
    assert text_facts(text, resources)["date_received"] == "1953-03-04T09:40"


def test_a_sentence_ending_in_sent_keeps_its_next_line(resources) -> None:
    text = _WRAPPED.replace("The German comrades",
                            "The list was sent\n12 days ago; the German comrades")
    assert "was sent 12 days" not in text_xml(text, resources)


_STAMPED = ("Embassy of the Hungarian People's Republic in Moscow\n\n"
            "Moscow, 14 March 1958\n\n"
            "[stamp and signature] Ministry of Foreign Affairs Secretariat of the Deputy "
            "Minister 17.III.58 No. 00412\n\n"
            "[handwriting] to be filed with the papers of the trade talks of last year\n\n"
            "To: Comrade Deputy Minister Gromyko\n\n"
            "The Hungarian trade delegation will arrive on Monday. We ask for your help with "
            "its programme.\n")


def test_long_stamp_lines_between_dateline_and_to_line_keep_the_addressee(resources) -> None:
    found = text_facts(_STAMPED, resources)
    assert any("Gromyko" in name for name in found["addressee"])
    assert found["place_of_origin"] == "Moscow"


def test_a_stamp_line_stays_in_the_heading_as_a_registry_line(resources) -> None:
    heading = text_xml(_STAMPED, resources).split('subtype="heading">')[1].split("</div>")[0]
    assert "00412" in heading and "To: Comrade" in heading
