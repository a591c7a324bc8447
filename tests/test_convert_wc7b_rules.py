"""Rules from the misses of the wc7b Wilson Center sample (mirrors, the old layout, PDF
text): an embassy's note `on a Conversation` (written at the embassy's seat), a time span
that is no sender, titles and given names supplied before a surname, Korean `hw`/`kw`
syllables, a day-first receipt under a slipped dispatch date, an ambassador named last,
summaries, a translator's affiliation."""

from __future__ import annotations

from tei.convert.eastasian import is_given_name
from tests.cases import text_facts, text_xml

_NOTE = ("March 15, 1967\n\nNote by the East German Embassy in Vientiane on a Conversation of "
         "Comrade Lindner with Comrade Wróbel, on 14 March 1967, from 9:30 a.m. to 11:00 a.m.\n\n"
         "The conversation took place at the request of Comrade Wróbel, who spoke of the "
         "supply routes through southern Laos.\n")


def test_an_embassy_note_on_a_conversation_is_a_record_written_at_the_embassy(resources) -> None:
    found = text_facts(_NOTE, resources)
    assert found["doc_type"] == "record of conversation"
    assert found["place_of_origin"] == "Vientiane"
    assert found["sender"] == ["Lindner"]  # the embassy's officer who held the conversation


def test_from_before_a_time_opens_a_span_not_a_sender(resources) -> None:
    text = ("June 3, 1965\n\nConversation of Comrade Jarck with Comrade Freybort, on 2 June "
            "1965, from 10:00 a.m. to 10:30 a.m.\n\nThe conversation happened on our request "
            "and lasted half an hour.\n")
    found = text_facts(text, resources)
    assert not any("a.m" in name for name in found["sender"] + found["addressee"])


def test_a_supplied_title_and_given_name_give_the_name_after_the_last_title(resources) -> None:
    text = ("Ciphergram No. 16212\n\nTo: [Foreign Ministry Director Eugeniusz] MILNIKIEL and "
            "[Department Director Tadeusz] ZIELIŃSKI-BRZOZA\n\nFrom: [Ambassador Edward] "
            "DROŻNIAK\n\nThe [Soviet] missiles are to leave soon.\n")
    found = text_facts(text, resources)
    assert found["addressee"] == ["Eugeniusz Milnikiel", "Tadeusz Zieliński-Brzoza"]
    xml = text_xml(text, resources)
    assert "DROŻNIAK</persName>" in xml
    assert "missiles</persName>" not in xml


def test_no_given_name_after_a_function_word(resources) -> None:
    text = ("Memorandum\n\n[DPRK Minister of Construction] Kim Sung-hwa [Kim Sung Hwa] visited "
            "the construction site in the evening and stayed for dinner.\n")
    xml = text_xml(text, resources)
    assert "Construction Kim" not in xml
    assert '<persName ref="#per-kim-sung-hwa">Kim Sung-hwa</persName>' in xml


def test_korean_given_names_with_hw_and_kw_syllables() -> None:
    assert is_given_name("Sung-hwa")
    assert is_given_name("Kwang-hwan")
    assert not is_given_name("Hwx")


def test_a_receipt_within_days_of_the_written_date_is_day_first(resources) -> None:
    dates = resources.dates
    dates.forget("November 03, 1962\nDispatched on 11.03.1962 and received on 04.11.1962")
    assert dates.whole("04.11.1962").iso() == "1962-11-04"
    dates.forget("November 9, 1962\nDispatched on 11.09.1962 and received on 11.10.1962")
    assert dates.whole("11.10.1962").iso() == "1962-11-10"
    dates.forget("")


def test_a_dispatch_line_from_a_post_with_a_comma(resources) -> None:
    text = ("November 03, 1962\n\nTelegram from Polish Embassy in Washington (Drozniak)\n\n"
            "Ciphergram No. 16212\n\nDispatched from Washington, D.C., on 11.03.1962 at 16:00 and "
            "received on 04.11.1962 at 01:50\n\nTo: KATZ-SUCHY\n\nFrom: DROZNIAK\n\n"
            "Rostow compared the first days of the conflict to Pearl Harbor.\n")
    found = text_facts(text, resources)
    assert found["date_received"] == "1962-11-04T01:50"
    assert found["place_of_origin"] == "Washington"


def test_an_ambassador_named_last_kept_the_record(resources) -> None:
    text = ("June 7, 1956\n\nMemorandum of Conversation between Kim Sung-hwa and Ambassador "
            "Ivanov\n\nKim Sung-hwa visited the Embassy construction site in the evening and "
            "passed on a letter.\n")
    assert text_facts(text, resources)["sender"] == ["Vasily Ivanov"]


def test_the_last_line_naming_an_unregistered_title_person_is_the_summary(resources) -> None:
    text = ("Skip to content\n\nJune 7, 1956\n\nMemorandum of Conversation between Kim Sung-hwa "
            "and Ambassador Ivanov\n\n7 June\n\nKim Sung-hwa, whom I had invited to dinner, "
            "visited the Embassy construction site in the evening.\n\nI agreed to meet him at "
            "the dacha on 8 June.\n\nKim Sung-hwa and Ivanov set up a meeting at the dacha.\n\n"
            "Document Information\n")
    assert text_facts(text, resources)["summary"] == (
        "Kim Sung-hwa and Ivanov set up a meeting at the dacha.")


def test_the_old_layout_citation_summary_keeps_the_last_paragraph_in_the_text(resources) -> None:
    text = ("Search in\n\nJune 05, 1963\n\nTELEGRAM FROM POLISH EMBASSY IN WASHINGTON "
            "(DROZNIAK), 5 JUNE 1963\n\n  • Citation\n\n    get citation\n\n"
            "    Drozniak reports on a lunch at the State Department.\n"
            "    \"Telegram from Polish Embassy in Washington (Drozniak), 5 June 1963,\" "
            "June 05, 1963, History and Public Policy Program Digital Archive, AMSZ. "
            "Translated by Piotr Nowicki (University of Łódź). "
            "https://digitalarchive.wilsoncenter.org/document/900417\n\nEnglish HTML\n\n"
            "Ciphergram No. 7415\n\nTo: WINIEWICZ\n\nFrom: DROZNIAK\n\n"
            "Over lunch an official told me that the talks could resume in Moscow in July.\n")
    found = text_facts(text, resources)
    assert found["summary"] == "Drozniak reports on a lunch at the State Department."
    assert found["translator"] == "Piotr Nowicki"


def test_the_archivist_who_obtained_the_document_is_a_person_of_the_header(resources) -> None:
    text = ("Skip to content\n\nJune 7, 1956\n\nMemorandum of Conversation between Kim Sung-hwa "
            "and Ambassador Ivanov\n\n7 June\n\nKim Sung-hwa visited the Embassy construction site "
            "in the evening and passed on a letter.\n\nI agreed to meet him at the dacha on 8 "
            "June.\n\nDocument Information\n\nRGANI, Fond 5, Opis 28, "
            "Delo 410, List 210. Obtained by James F. Person and translated by Gary Goldberg.\n")
    xml = text_xml(text, resources)
    obtained = xml.split("<resp>Obtained</resp>")[1].split("</respStmt>")[0]
    assert ">James F. Person</persName>" in obtained
    assert text_facts(text, resources)["translator"] == "Gary Goldberg"


def test_a_capitals_surname_keeps_its_glued_note_marker(resources) -> None:
    text = ("Ciphergram No. 16230\n\nTo: [Director General Jerzy] MICHALOWSKI\n\n"
            "From: [Ambassador Boleslaw] JELEN1\n\nThe dismantling goes on.\n\n[1] Ambassador.\n")
    assert "JELEN</persName>" in text_xml(text, resources)


def test_a_one_paragraph_document_still_has_its_page_foot(resources) -> None:
    text = ("Skip to content\n\nJune 7, 1956\n\nMemorandum of Conversation between Kim Sung-hwa "
            "and Ambassador Ivanov\n\nKim Sung-hwa visited the Embassy construction site in the "
            "evening and passed on a letter.\n\nDocument Information\n\nRGANI, Fond 5, Opis 28, "
            "Delo 410, List 210. Translated by Gary Goldberg.\n")
    found = text_facts(text, resources)
    assert found["signed"] is None
    assert found["archive_idno"] == "RGANI, Fond 5, Opis 28, Delo 410, List 210"
    assert found["translator"] == "Gary Goldberg"
