"""Rules from the misses of the blind Wilson Center sample wc9 (the older layout as a page
store flattens it: the summary, quoted citation and first sharing link on one line, no date
line over a capitals title)."""

from __future__ import annotations

from tests.cases import text_facts, text_xml

_FLATTENED = (
    "CABLE, EMBASSY OF BULGARIA IN CUBA TO THE BULGARIAN FOREIGN MINISTRY\n"
    "CITATION SHARE DOWNLOAD-\nCitation\nget citation\n"
    "The embassy reports on a speech by Raúl Roa on relations with the United States."
    '"Cable, Embassy of Bulgaria in Cuba to the Bulgarian Foreign Ministry," June 14, 1961, '
    "History and Public Policy Program Digital Archive, TsDA, f. 1B, op. 9, a.e. 77. "
    "https://digitalarchive.wilsoncenter.org/document/900123 - Share\n"
    "- Download\nVIEW DOCUMENT IN\nEnglish HTML\n"
    "Yesterday the minister spoke for two hours at the university. He said that the\n"
    "government would not negotiate under pressure.\n")


def test_the_flattened_citation_gives_summary_date_and_shelfmark(resources) -> None:
    found = text_facts(_FLATTENED, resources)
    assert found["summary"] == ("The embassy reports on a speech by Raúl Roa on relations "
                                "with the United States.")
    assert found["date"] == "1961-06-14"
    assert found["archive_idno"] == "TsDA, f. 1B, op. 9, a.e. 77"
    assert found["doc_type"] == "telegram"  # `Cable, ...` in a title keeps telegram


def test_the_glued_sharing_links_stay_out_of_the_text(resources) -> None:
    text = text_xml(_FLATTENED, resources).split("<text>")[1]
    assert "Share" not in text and "DOWNLOAD" not in text and "Citation" not in text
    assert "Yesterday the minister spoke" in text


def test_a_capitals_title_over_fields_without_a_date_line_is_the_title(resources) -> None:
    found = text_facts(_FLATTENED, resources)
    assert (found["title"] or "").casefold() == (
        "cable, embassy of bulgaria in cuba to the bulgarian foreign ministry")
    unglued = _FLATTENED.replace("DOWNLOAD-\nCitation", "DOWNLOAD-\nThe embassy wrote.")
    assert text_facts(unglued, resources)["title"] != found["title"]


_RECORD = ("Skip to content\n\nMay 4, 1976\n\n"
           "Record of Conversation between Soviet Ambassador to Syria P.S. Zagorny and "
           "Hafez al-Assad\n\n"
           "[The Ambassador] conveyed the greetings of the Soviet leadership. Hafez al-Assad said "
           "that the situation in Lebanon remained difficult for all sides.\n\n"
           "Record of Conversation between Soviet Ambassador to Syria P.S. Zagorny and "
           "Hafez al-Assad on the situation in Lebanon\n\n"
           "Document Information\n\n"
           "Notes of A.B. Petrov, TsKhSD, f. 5, op. 69, d. 2480, ll. 1-3\n")


def test_a_summary_restating_the_title_needs_no_full_stop(resources) -> None:
    found = text_facts(_RECORD, resources)
    assert found["summary"] == ("Record of Conversation between Soviet Ambassador to Syria "
                                "P.S. Zagorny and Hafez al-Assad on the situation in Lebanon")
    short = _RECORD.replace(" on the situation in Lebanon\n", " again\n")
    assert text_facts(short, resources)["summary"] is None  # one word more is no summary


def test_an_ambassador_named_after_his_post_is_the_sender(resources) -> None:
    assert text_facts(_RECORD, resources)["sender"] == ["P.S. Zagorny"]


def test_the_historian_s_notes_name_a_person_before_the_shelfmark(resources) -> None:
    found = text_facts(_RECORD, resources)
    assert found["archive_idno"] == "TsKhSD, f. 5, op. 69, d. 2480, ll. 1-3"
    assert 'A.B. Petrov</persName>' in text_xml(_RECORD, resources)


def test_a_numbered_memorandum_s_title_names_its_author(resources) -> None:
    comma = ("June 3, 1984\n\nMemorandum DAN/17, Jorge Ferrán Díaz, Head of the Section, "
             "'Visit of the Delegation'\n\nThe delegation will arrive on Monday. It will "
             "visit the plant at Pilcaniyeu.\n")
    assert text_facts(comma, resources)["sender"] == ["Jorge Ferrán Díaz"]
    # (wcdj88) the Wilson Center titles an unnumbered memorandum the same way (`Memorandum,
    # Héctor A. Subiza, Head of the Latin American Department ..., 'Cooperation ...'`)
    unnumbered = comma.replace("Memorandum DAN/17,", "Memorandum,")
    assert text_facts(unnumbered, resources)["sender"] == ["Jorge Ferrán Díaz"]
    unquoted = comma.replace("'Visit of the Delegation'", "Visit of the Delegation")
    assert text_facts(unquoted, resources)["sender"] != ["Jorge Ferrán Díaz"]


def test_a_court_after_a_supplied_word_is_no_person(resources) -> None:
    text = ("Telegram from the Embassy in Hanoi\n\nThe speeches were made by the president of "
            "the [Supreme] Court and by the mayor of Hanoi. The delegation left at noon.\n")
    xml = text_xml(text, resources)
    assert "Court</persName>" not in xml
    assert '<supplied reason="identification">Supreme</supplied>' in xml


def test_a_number_in_brackets_after_a_small_letter_is_a_note_anchor(resources) -> None:
    text = ("Telegram from the Embassy in Cairo\n\nTranslation from Russian[1]\n\n"
            "The ambassador met the minister. Five copies printed v[i]\n")
    xml = text_xml(text, resources)
    assert '<anchor type="note" n="1"/>' in xml
    assert ">i</supplied>" in xml


_CODE_MESSAGE = ("March 2, 1985\n"
                 "Untitled report from Polish Embassy in Pyongyang on the harvest\n"
                 "Ministry of Foreign Affairs\nAfter use, this code message\n"
                 "is to be destroyed according to\nregulations regarding the\n"
                 "handling of secret documents\n"
                 "Code message No 318/III/522\nfrom: Pyongyang\n2 March 1985\n"
                 "Com. Kiciński\n"
                 "Com. Zawada by message no 12 of 1 of this month informs:\n"
                 "The rice harvest was lower than planned. The hosts ask for fertilizer.\n"
                 "Recipients:\nCom. Kiciński\nCom. Wolak\n")


def test_a_polish_code_message_gives_number_addressee_and_relayed_sender(resources) -> None:
    found = text_facts(_CODE_MESSAGE, resources)
    assert found["telegram_number"] == "318/III/522"
    assert found["addressee"] == ["Kiciński"]
    assert "Zawada" in found["sender"]
    assert found["doc_type"] == "telegram"  # the form's, not the archive's `Untitled report`


def test_a_recipients_list_under_the_text_is_registry(resources) -> None:
    found = text_facts(_CODE_MESSAGE, resources)
    assert found["registry_notes"] == ["Recipients:", "Com. Kiciński", "Com. Wolak"]
    assert found["signed"] is None
    spaced = _CODE_MESSAGE.replace("Recipients:\nCom. Kiciński\n",
                                   "Recipients:\n\nCom. Kiciński\n\n")
    assert text_facts(spaced, resources)["registry_notes"][-1] == "Com. Wolak"


_HUNGARIAN = ("June 1982\nTelegram from the Hungarian Embassy in Pyongyang, 'Harvest'\n"
              "Serial number: 01234\nPYONGYANG, 82. 06. 03\nCIPHER TELEGRAM\n"
              "Subject: Harvest\nThe rice harvest will be late this year. The hosts blame "
              "the drought.\nTo be seen by\nComrade Nagy\nSeen by\nComrade Varga\n")


def test_a_month_only_archive_date_yields_to_the_korean_order_dateline(resources) -> None:
    found = text_facts(_HUNGARIAN, resources)
    assert found["date"] == "1982-06-03"
    assert found["telegram_number"] == "01234"
    full = _HUNGARIAN.replace("June 1982\n", "June 5, 1982\n")
    assert text_facts(full, resources)["date"] == "1982-06-05"  # a full date line still wins


def test_reading_marks_one_block_after_another_are_registry(resources) -> None:
    found = text_facts(_HUNGARIAN, resources)
    assert found["registry_notes"] == ["To be seen by", "Comrade Nagy", "Seen by", "Comrade Varga"]
    assert found["sender"] == []


_CHINESE = ("March 2, 1966\n\nCable from the Division of West Asian Affairs to the Chinese "
            "Embassy in Iraq\n\nPeople's Republic of China Ministry of Foreign Affairs Cable\n\n"
            "To: Baghdad\n\nLevel: Extra Urgent\n\nEmbassy in Iraq:\n\n"
            "Please report at once on the new cabinet and its attitude to our trade office.\n\n"
            "    Division of West Asian Affairs\n\n"
            "This cable was sent to the embassy in Iraq on March 2nd at 4:00pm\n\n"
            "Security restricted to staff on duty\n\nMarch 2nd 4:15pm\n")


def test_a_chinese_cable_s_dispatch_notes_are_registry_under_its_office(resources) -> None:
    found = text_facts(_CHINESE, resources)
    assert found["signed"] == "Division of West Asian Affairs"
    assert found["registry_notes"] == [
        "This cable was sent to the embassy in Iraq on March 2nd at 4:00pm",
        "Security restricted to staff on duty", "March 2nd 4:15pm"]
    dated = _CHINESE.replace("March 2nd 4:15pm\n", "Beijing, March 2, 1966\n")
    assert "Beijing, March 2, 1966" not in text_facts(dated, resources)["registry_notes"]


def test_a_level_field_is_the_cable_s_precedence(resources) -> None:
    xml = text_xml(_CHINESE, resources)
    assert '<ab type="registry" subtype="classification">Level: Extra Urgent</ab>' in xml
