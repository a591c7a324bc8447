"""Rules from probing the converter with invented layouts (invent10: bilingual form labels,
the Post Office telegram form, telegraph stamps' dates, the State Department's outgoing and
despatch forms, e-reader clippings, spreadsheet exports, dodis.ch fields, proceedings that
read a telegram, long addresses and offices, a surname that is a city's, ranks and Indian
honorifics), each tried on a variant unlike the fixture's."""

from __future__ import annotations

from lxml import etree

from tests.cases import text_facts, text_xml
from tests.tei_facts import referenced, reg_name, xp

TEXT = "\n\nThe talks ended without a communiqué.\n"


def tei(text: str, resources) -> etree._Element:
    return etree.fromstring(text_xml(text, resources).encode())


def persons(root: etree._Element) -> list[str]:
    return [reg_name(entry) for entry in referenced(root, "person")]


def places(root: etree._Element) -> list[str]:
    return [reg_name(entry) for entry in referenced(root, "place")]


def body_text(root: etree._Element) -> str:
    return " ".join(" ".join(xp(root, "//tei:text")[0].itertext()).split())


def test_a_bilingual_label_joined_by_a_slash_gives_its_fact(resources) -> None:
    found = text_facts("TELEGRAM\nDE/VAN: Ambassade, Bruxelles\nDATE/DATUM: 3 May 1962\n"
                       "TO/AAN: Ambassador Kohler" + TEXT, resources)
    assert (found["date"], found["place_of_origin"], found["addressee"]) == (
        "1962-05-03", "Brussels", ["Foy D. Kohler"])


def test_a_telegraph_stamp_date_with_a_short_year_and_the_office_of_origin(resources) -> None:
    found = text_facts("POST OFFICE TELEGRAM\nHanded in at Karachi at 9.05\n"
                       "Received here at 11.40 3 JAN 50\nTO PRIME MINISTER NEHRU NEW DELHI"
                       + TEXT, resources)
    assert (found["date_received"], found["place_of_origin"], found["addressee"]) == (
        "1950-01-03T11:40", "Karachi", ["Jawaharlal Nehru"])


def test_the_departments_sent_to_line_gives_the_post_and_the_number(resources) -> None:
    root = tei("DEPARTMENT OF STATE\nSENT TO: AMEMBASSY NEW DELHI PRIORITY 1203\n"
               "REPEATED INFO AMEMBASSY KARACHI 887\nDATE: MARCH 3 1959 6 PM" + TEXT, resources)
    assert xp(root, "//tei:idno[@type='telegram']/text()") == ["1203"]
    assert "DEPARTMENT OF STATE" in body_text(root)  # the form's line, no record page's


def test_a_despatch_number_is_the_documents_own(resources) -> None:
    found = text_facts("FOREIGN SERVICE DESPATCH\nFROM: AMEMBASSY, KABUL\nDespatch No. 88\n"
                       "DATE: June 4, 1956" + TEXT, resources)
    assert (found["outgoing_number"], found["telegram_number"], found["doc_type"]) == (
        "88", None, "report")


def test_an_e_readers_clipping_headers_and_book_lines_are_dropped(resources) -> None:
    clipping = ("Cold War Letters (Doe, Jane)\n- Your Note on Location 412 | Added on "
                "Monday, March 3, 2025 9:02:11 PM\n\n{}\n==========\n")
    root = tei(clipping.format("Moscow, 12 May 1962") + clipping.format(
        "The Ambassador called on Gromyko today."), resources)
    text = body_text(root)
    assert "Gromyko" in text and "Your Note" not in text and "Cold War Letters" not in text


def test_an_editions_heading_run_together_in_sentences(resources) -> None:
    found = text_facts("Telegram. From Beijing. To Comrade Filippov. 2 October 1950. Our "
                       "troops will cross on the 15th.\n", resources)
    assert (found["place_of_origin"], found["addressee"], found["date"]) == (
        "Beijing", ["Joseph Stalin"], "1950-10-02")


def test_a_two_column_csv_record_is_read_as_labelled_fields(resources) -> None:
    found = text_facts('"Key","Value"\n"Title","Letter from Mao Zedong to Stalin"\n'
                       '"Date","1950-01-02"\n"From","Mao Zedong"\n"Text","Dear Comrade '
                       'Stalin,\nWe arrived in Moscow.\nMao Zedong"\n', resources)
    assert (found["title"], found["date"], found["sender"]) == (
        "Letter from Mao Zedong to Stalin", "1950-01-02", ["Mao Zedong"])


def test_dodis_labels_alone_over_their_values_go_to_the_header(resources) -> None:
    root = tei("dodis.ch/10412\nLetter from the Swiss Legation in Moscow to the Political "
               "Department\nInformation about the document\nDate\n3.5.1952\nAuthor\nZehnder, "
               "Alfred\nArchival classification\nCH-BAR#E2300#1000/716#412*\n\nMoscow, 3 May "
               "1952\n\nThe minister saw Vyshinsky today.\n", resources)
    assert xp(root, "//tei:msIdentifier/tei:idno/text()")[0] == "CH-BAR#E2300#1000/716#412*"
    assert "Archival classification" not in body_text(root)


def test_a_telegram_read_to_another_parliament_makes_the_page_a_telegram(resources) -> None:
    found = text_facts("RAJYA SABHA DEBATES\nMonday, 7 September 1959\n\nThe following "
                       "telegram has been received from the Chief Minister of Assam:\n\n"
                       '"Situation on the frontier is quiet."\n', resources)
    assert found["doc_type"] == "telegram"


def test_a_long_styled_address_closed_by_comrade_and_a_name(resources) -> None:
    found = text_facts("To the First Secretary of the Central Committee of the Socialist Unity "
                       "Party of Germany, Chairman of the State Council of the German Democratic "
                       "Republic, Comrade W. Ulbricht\n\nDear Comrade Ulbricht,\n\nWe thank you "
                       "for the invitation.\n", resources)
    assert found["addressee"] == ["Walter Ulbricht"]


def test_a_long_office_under_a_signature_is_a_role(resources) -> None:
    found = text_facts("Hanoi, 2 September 1965\n\nDear Comrades,\n\nWe thank you.\n\n"
                       "Ho Chi Minh\nChairman of the Central Committee of the Vietnam Workers' "
                       "Party and President of the Republic\n", resources)
    assert found["registry_notes"] == [] and found["signed"].startswith("Ho Chi Minh Chairman")


def test_a_citys_name_after_a_given_name_and_an_initial_signs_as_a_surname(resources) -> None:
    root = tei("Dear Sir,\n\nThe report follows.\n\nYours faithfully,\n\nHarold J. Adelaide\n",
               resources)
    assert "Adelaide" not in places(root)


def test_distribution_copies_and_form_heads_are_no_names(resources) -> None:
    root = tei("MEMORANDUM\n\nThe meeting was short.\n\nDistribution:\nOrig & 1 - Addressee\n"
               "1 - EUR\n", resources)
    assert not any(name.startswith("Orig") for name in persons(root))


def test_a_rank_and_an_indian_honorific_stand_before_the_name(resources) -> None:
    root = tei("Delhi, 3 August 1958\n\nShri H. V. Kamath asked whether Brigadier Kassem had "
               "answered.\n", resources)
    found = persons(root)
    assert "Abd al-Karim Qasim" in found and not any(n.startswith(("Shri", "Brigadier"))
                                                      for n in found)


def test_a_ministry_named_with_baghdad_is_iraqs(resources) -> None:
    root = tei("From: Embassy, Cairo\nTo: Ministry of Foreign Affairs, Baghdad\n"
               "Date: 3.8.1958" + TEXT, resources)
    orgs = [reg_name(entry) for entry in referenced(root, "org")]
    assert "Ministry of Foreign Affairs of Iraq" in orgs


def test_a_czech_depese_with_feminine_labels_is_a_telegram(resources) -> None:
    found = text_facts("ŠIFROVANÁ DEPEŠE\nOdeslána: Varšava, 3.5.1962, 10.15 hod.\nDošla: "
                       "3.5.1962, 14.40 hod.\nTo Comrade Minister V. David" + TEXT, resources)
    assert (found["doc_type"], found["date"], found["date_received"], found["title"]) == (
        "telegram", "1962-05-03", "1962-05-03T14:40", "Šifrovaná Depeše, to Václav David")


def test_vietnamese_heading_labels_and_the_ministrys_own_name(resources) -> None:
    root = tei("BỘ NGOẠI GIAO [Ministry of Foreign Affairs]\nĐIỆN ĐI\nTừ: Hà Nội\n"
               "Gửi: Đại sứ quán Bắc Kinh [Embassy in Beijing]\nNgày: 23/10/1965\n\n"
               "Tell the Chinese comrades in Beijing that Comrade Pham Van Dong will come to "
               "Beijing next month with the delegation.\n", resources)
    orgs = [reg_name(entry) for entry in referenced(root, "org")]
    assert "Ministry of Foreign Affairs of Vietnam" in orgs
    assert xp(root, "//tei:correspAction[@type='sent']/tei:date/@when") == ["1965-10-23"]
