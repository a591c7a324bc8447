"""Rules from the misses of the blind Wilson Center sample wc7a (Yugoslav and Japanese
foreign ministry cable forms, Polish titles naming the post in brackets, a West German
Chancellery note, names completed by a supplied surname)."""

from __future__ import annotations

from tests.cases import text_facts, text_xml


def test_a_yugoslav_form_names_its_post_and_keeps_its_processing_lines(resources) -> None:
    text = ("Telegram from the Yugoslav Ambassador to the Yugoslav Foreign Ministry\n\n"
            "Ministry of Foreign Affairs, FPRY\n\nSending: Athens\n\n"
            "Received: 9.IV 63. at 17.20\n\nNo. 233\n\nTaken into process: teletypewriter\n\n"
            "Date: 8.IV 1963\n\nCompleted: 9.IV 63. at 18.05\n\n"
            "The minister received me this morning and spoke of the frontier.\n")
    found = text_facts(text, resources)
    assert found["place_of_origin"] == "Athens"
    assert found["date_received"] == "1963-04-09T17:20"
    assert found["telegram_number"] == "233"
    heading = text_xml(text, resources).split('subtype="heading"')[1].split("</div>")[0]
    assert 'subtype="other">Completed: <date when="1963-04-09T18:05:00">' in heading


def test_a_japanese_cable_gives_its_own_number_not_the_record_number(resources) -> None:
    text = ("May 3, 1985\n\nCable from Ambassador Nakae to the Foreign Minister, 'Visit of the "
            "Delegation'\n\nNumber R051122\n\nPrimary: Asia and China\n\n"
            "Received: MOFA 09:12 1985 May 3\n\n"
            "To: The Foreign Minister From: Ambassador Nakae\n\n"
            "Number 2207 Confidential Urgent K15TX\n\n"
            "The delegation was received by Premier Zhao Ziyang in the afternoon.\n")
    found = text_facts(text, resources)
    assert found["telegram_number"] == "2207"
    assert found["sender"] == ["Yosuke Nakae"]
    assert found["addressee"] == []
    titled = text.replace("'Visit of the Delegation'", "'Prime Minister Visit to China'")
    assert "per-visit" not in text_xml(titled, resources)


def test_a_numbered_title_s_quoted_subject_names_no_party(resources) -> None:
    text = ("Cable No. 1190, Foreign Minister to Ambassador Nakae, 'The Minister's Visit to "
            "Korea'\n\nFrom: Foreign Minister\n\nTo: Ambassador to China\n\n"
            "Please convey the following to the Chinese side.\n")
    found = text_facts(text, resources)
    assert found["addressee"] == ["Yosuke Nakae"]
    assert found["sender"] == []


def test_the_title_s_sender_post_in_brackets_is_the_place_of_origin(resources) -> None:
    text = ("Secret Telegram from Jeleń (Havana) to Rapacki (Warsaw)\n\nNo. 4410\n\n"
            "The ambassador was received by the minister.\n")
    assert text_facts(text, resources)["place_of_origin"] == "Havana"


def test_a_dateline_with_an_article_and_a_letter_spaced_form_name(resources) -> None:
    text = ("Abteilungsleiter 2\n\nBonn, den 7. Mai 1990\n\nA u f z e i c h n u n g\n\n"
            "über das Gespräch des Bundeskanzlers mit Außenminister Levy.\n\n"
            "Der Bundeskanzler begrüßt den Gast herzlich und erinnert an das letzte Gespräch "
            "in Jerusalem, das in einer freundlichen Atmosphäre stattgefunden habe.\n\n"
            "Der Gast dankt für die Einladung und berichtet über die Lage in der Region, die "
            "sich seit dem Winter nur wenig verändert habe.\n")
    found = text_facts(text, resources)
    assert found["place_of_origin"] == "Bonn"
    assert found["date"] == "1990-05-07"
    assert found["doc_type"] == "memorandum"


def test_a_given_name_with_its_surname_supplied_is_the_register_s_person(resources) -> None:
    text = ("Telegram\n\nComrade [Yugoslav Foreign Minister] Koča [Popović] spoke with "
            "[Brazilian UN Ambassador Afonso] Arinos; Anastas [Mikoyan] was not there.\n")
    body = text_xml(text, resources).split("<text")[1]
    assert 'ref="#per-koca-popovic">Koča</persName>' in body
    assert 'ref="#per-afonso-arinos">Arinos</persName>' in body
    assert 'ref="#per-anastas-mikoyan">Anastas</persName>' in body
    assert "Yugoslav Foreign Koča" not in text_xml(text, resources)


def test_an_address_closing_a_supplied_surname_names_the_addressee(resources) -> None:
    text = ("Telegram from the Yugoslav Embassy in Athens\n\n"
            "Ministry of Foreign Affairs, FPRY\n\nSending: Athens\n\nNo. 240\n\n"
            "Comrade [State Secretary] Koča [Popović]. Talks with the minister on the 9th of "
            "April about the frontier and the trade agreement.\n\n"
            "He said that the government would answer within the month.\n")
    found = text_facts(text, resources)
    assert found["addressee"] == ["Koča Popović"]
    assert 'ref="#org-federal-secretariat-for-foreign-affairs-of-yugoslavia">Ministry of ' \
        'Foreign Affairs</orgName>, <placeName' in text_xml(text, resources)


def test_kennedy_alone_is_the_one_the_context_points_to(resources) -> None:
    president = ("Telegram\n\nThe blockade of Cuba continues, and Kennedy has reached the top "
                 "of his popularity.\n")
    assert 'ref="#per-john-f-kennedy">Kennedy<' in text_xml(president, resources)
    brother = ("Telegram\n\nThe Attorney General received the ambassador; Kennedy spoke of "
               "the inquiry of his department.\n")
    assert 'ref="#per-robert-f-kennedy">Kennedy<' in text_xml(brother, resources)


def test_an_empty_label_of_a_form_takes_no_number_line_as_its_value(resources) -> None:
    text = ("Telegram from the Yugoslav Foreign Ministry to Yugoslav Embassies\n"
            "Ministry of Foreign Affairs, FPRY\nSending: IV department\nReceived:\nNo. 435110\n"
            "Taken into process:\nDate: 5.XI 1962\nCompleted:\nTelegram\n"
            "The embassies are asked to report the reactions of the governments.\n")
    assert 'subtype="cable-number">No. 435110</ab>' in text_xml(text, resources)
    assert text_facts(text, resources)["telegram_number"] == "435110"


def test_a_closing_place_and_date_ends_the_document_over_the_summary(resources) -> None:
    text = ("Skip to content\n\nJuly 3, 1972\n\nReport from Etre Sándor, 'Korean Interest in "
            "Trade'\n\nSubject: Korean interest in trade\n\nOn June 30 the Korean ambassador "
            "asked about the prices of buses, and about the credit the bank had offered.\n\n"
            "Budapest, 1972 July 3.\n\n"
            "A report by Etre Sándor on the Korean ambassador's questions about trade.\n\n"
            "Document Information\n")
    found = text_facts(text, resources)
    assert found["place_of_origin"] == "Budapest"
    assert found["summary"] == ("A report by Etre Sándor on the Korean ambassador's questions "
                                "about trade.")


def test_given_names_follow_the_office_words_of_a_bracket(resources) -> None:
    text = ("Report\n\nThe ambassador asked about the objective of [US Secretary of State "
            "William] Rogers' visit and of the talks in Budapest.\n")
    body = text_xml(text, resources).split("<text")[1]
    assert 'ref="#per-william-p-rogers">Rogers</persName>' in body


def test_a_local_name_respelled_in_brackets_is_one_person(resources) -> None:
    text = ("Report\n\nVice Minister Ri Man-seok [Ri Man Sok] left Budapest on June 29; "
            "before leaving, Ri Man-seok asked about the visit.\n")
    body = text_xml(text, resources).split("<text")[1]
    assert body.count('ref="#per-ri-man-sok"') == 3
    assert "per-ri-man-seok" not in text_xml(text, resources)


def test_a_gdr_note_on_a_conversation_is_its_officer_s_record(resources) -> None:
    text = ("April 4, 1967\n\nNote by the East German Embassy in Hanoi on a Conversation of "
            "Comrade Jarck with the Attache of the Hungarian Embassy, Comrade Vass, on 3 April "
            "1967\n\nThis document was made possible with support from Leon Levy Foundation\n\n"
            "The conversation happened at the request of the Hungarian side and lasted "
            "for an hour in the embassy.\n\nComrade Vass spoke about the aid deliveries and "
            "the situation on the railways of the country.\n")
    found = text_facts(text, resources)
    assert found["doc_type"] == "record of conversation"
    assert found["sender"] == ["Jarck"]
    assert found["place_of_origin"] == "Hanoi"


def test_a_chinese_cable_s_received_number_after_the_year(resources) -> None:
    text = ("Ministry of Foreign Affairs Cable\n\nLevel: Urgent\n\nFrom the Hanoi Desk\n\n"
            "Received (66) No. 1120\n\nTo the Ministry of Foreign Affairs:\n\n"
            "The embassy reports on the talks held yesterday with the Vietnamese side.\n")
    assert text_facts(text, resources)["telegram_number"] == "1120"
