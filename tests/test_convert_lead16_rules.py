"""Rules found on invented layouts (lead16): a web page printed to PDF by the browser (its
running head and foot are furniture), and the initials written before a register person's
surname inside the name (`A. GROMYKO`, `Yu. Tsedenbal`)."""

from __future__ import annotations

import pytest
from lxml import etree

from tests.cases import text_facts, text_xml
from tests.tei_facts import referenced, reg_name, xp

_TITLE = "Ciphered Telegram from Yuri Andropov to the USSR Ministry of Foreign Affairs"
_PAGE = ("Skip to content\nJuly 9, 1956\n{title}\nCIPHERED TELEGRAM No. 5236\nFrom BUDAPEST\n"
         "Top Secret\nOn 8 July the Political Committee met.\n{foot}\n{head}\n"
         "The decisions will follow.\nY. ANDROPOV\n")


@pytest.mark.parametrize(("head", "foot"), [
    (f"11/30/26, 4:07 PM {_TITLE} | Wilson Center Digital Archive",
     "https://digitalarchive.wilsoncenter.org/document/123456 1/2"),
    (f"30/11/2026, 16:07 {_TITLE} | Wilson Center Digital Archive",
     "1 of 2 30/11/2026, 16:07"),
])
def test_a_browser_prints_running_head_and_foot_are_furniture(head, foot, resources) -> None:
    text = _PAGE.format(title=_TITLE, head=head, foot=foot)
    facts = text_facts(f"{head}\n{text}{foot.replace('1', '2', 1)}\n", resources)
    assert facts["title"] == _TITLE
    assert facts["date"] == "1956-07-09"
    assert facts["telegram_number"] == "5236"
    body = " ".join(xp(etree.fromstring(text_xml(f"{head}\n{text}", resources).encode()),
                       "//tei:body")[0].itertext())
    assert "Wilson Center Digital Archive" not in body and "1/2" not in body


@pytest.mark.parametrize("line", [
    "10/14/50, 03:15 a.m. the cipher clerk delivered the text.",  # a time in small letters
    "14/10/1950, 03:15 the cipher clerk delivered the text.",  # a sentence's stop at its end
    "https://digitalarchive.wilsoncenter.org/document/123456",  # an address alone
])
def test_lines_like_a_print_head_or_foot_stay_text(line, resources) -> None:
    body = text_xml(f"TELEGRAM\n\nFrom Moscow, 9 July 1956\n\n{line}\n\nGROMYKO\n", resources)
    assert line.split()[0] in body


@pytest.mark.parametrize(("signature", "name"), [
    ("A. GROMYKO", "A. GROMYKO"), ("Yu. V. ANDROPOV", "Yu. V. ANDROPOV"),
    ("Andrei A. Gromyko", "Andrei A. Gromyko"),
])
def test_initials_before_a_register_surname_are_inside_the_name(signature, name,
                                                                resources) -> None:
    root = etree.fromstring(text_xml(
        f"TELEGRAM\n\nFrom Moscow, 9 July 1956\n\nThe talks went well.\n\n{signature}\n",
        resources).encode())
    names = ["".join(n.itertext()) for n in xp(root, "//tei:signed//tei:persName")]
    assert names == [name]


def test_a_transliterated_initial_is_no_surname(resources) -> None:
    root = etree.fromstring(text_xml(
        "RECORD OF CONVERSATION\n\nof Comrade Yu. Tsedenbal with the Ambassador\n\n"
        "12 May 1962\n\nThe talk lasted an hour.\n", resources).encode())
    persons = [reg_name(e) for e in referenced(root, "person")]
    assert persons == ["Yumjaagiin Tsedenbal"]


def test_an_honorific_written_as_an_initial_stays_out_of_the_name(resources) -> None:
    root = etree.fromstring(text_xml(
        "TELEGRAM\n\nFrom Paris, 9 July 1956\n\nM. Gromyko spoke first.\n\nDEJEAN\n",
        resources).encode())
    names = ["".join(n.itertext()) for n in xp(root, "//tei:p//tei:persName")]
    assert "Gromyko" in names and "M. Gromyko" not in names


_COLLECTION = ("{number}\n\nTelegram from the Polish Embassy in Hanoi to the Ministry of Foreign "
               "Affairs, Warsaw\n\nHanoi, 14 February 1965\n\nYesterday Pham Van Dong received "
               "me.\n\nSiedlecki\n{foot}")
_SOURCE = "[Source: AMSZ, zespół 17, wiązka 4, teczka 112, k. 31-32. Translated by Ewa Nowak.]"


@pytest.mark.parametrize("number", ["No. 23", "Nr. 23", "№ 23"])
def test_a_number_alone_over_a_form_title_is_the_collections(number, resources) -> None:
    facts = text_facts(_COLLECTION.format(number=number, foot=""), resources)
    assert facts["title"].startswith("Telegram from the Polish Embassy in Hanoi")
    assert facts["telegram_number"] is None


def test_a_number_over_a_line_that_is_no_title_stays_the_telegrams(resources) -> None:
    facts = text_facts("No. 23\n\nHanoi, 14 February 1965\n\nYesterday Pham Van Dong received "
                       "me.\n\nSiedlecki\n", resources)
    assert facts["telegram_number"] == "23"


def test_an_editors_source_line_closing_the_document_goes_to_the_header(resources) -> None:
    xml = text_xml(_COLLECTION.format(number="No. 23", foot=f"\n{_SOURCE}\n"), resources)
    facts = text_facts(_COLLECTION.format(number="No. 23", foot=f"\n{_SOURCE}\n"), resources)
    assert facts["archive_idno"] == "AMSZ, zespół 17, wiązka 4, teczka 112, k. 31-32"
    assert facts["translator"] == "Ewa Nowak"
    assert facts["registry_notes"] == [] and facts["summary"] is None
    body = " ".join(xp(etree.fromstring(xml.encode()), "//tei:body")[0].itertext())
    assert "wiązka" not in body


@pytest.mark.parametrize(("second", "title"), [
    ("between Comrade J. Kádár and Comrade Yu. V. Andropov",
     "Record of Conversation between Comrade J. Kádár and Comrade Yu. V. Andropov"),
    ("with the Ambassador of Poland", "Record of Conversation with the Ambassador of Poland"),
])
def test_a_form_line_and_the_line_going_on_from_it_are_the_title(second, title,
                                                                  resources) -> None:
    facts = text_facts(f"RECORD OF CONVERSATION\n\n{second}\n\nBudapest, 24 November 1956\n\n"
                       "The talk lasted an hour.\n\nRecorded by: Zs. Halász\n", resources)
    assert facts["title"] == title


def test_a_line_under_the_form_line_that_goes_on_from_nothing_is_no_title(resources) -> None:
    facts = text_facts("RECORD OF CONVERSATION\n\nComrade Kádár received the Ambassador.\n\n"
                       "Budapest, 24 November 1956\n\nRecorded by: Zs. Halász\n", resources)
    assert "Comrade Kádár received" not in facts["title"]


@pytest.mark.parametrize("name", ["Gy. Marosán", "Zs. Halász", "Cs. Nagy"])
def test_a_hungarian_initial_of_two_letters_is_the_names(name, resources) -> None:
    root = etree.fromstring(text_xml(
        f"TELEGRAM\n\nFrom Budapest, 9 July 1956\n\nPresent: interpreter Comrade {name}.\n\n"
        "KÁDÁR\n", resources).encode())
    assert name in ["".join(n.itertext()) for n in xp(root, "//tei:text//tei:persName")]


def test_a_document_with_a_head_and_no_heading_lines_converts(resources) -> None:
    facts = text_facts("On the situation in Canton\n\nSir,\n\nI have the honour to report that "
                       "the city is quiet.\n\nI am, Sir,\nYour obedient servant,\nA. Clark Kerr\n",
                       resources)
    assert facts["title"]


_LETTER = ("\n\nMy dear Krishna,\n\nI have your letter. The position remains difficult.\n\n"
           "Yours,\nBapu\n")


# (reg58) Simla is a register place: the register's town after the comma, as for Allahabad
@pytest.mark.parametrize(("place", "reg"), [("Sevagram", "Sevagram"),
                                            ("Kasauli Hills, Simla", "Shimla"),
                                            ("Anand Bhawan, Allahabad", "Prayagraj")])
def test_a_place_line_opening_a_letter_over_its_date_is_the_dateline(place, reg,
                                                                     resources) -> None:
    facts = text_facts(f"{place}\n14 March 1940{_LETTER}", resources)
    assert facts["date"] == "1940-03-14"
    assert facts["place_of_origin"] == reg


@pytest.mark.parametrize("lead", ["Personal", "Evening", "Monday", "Jawaharlal Nehru"])
def test_a_line_over_the_date_that_names_no_place_is_no_dateline(lead, resources) -> None:
    facts = text_facts(f"{lead}\n14 March 1940{_LETTER}", resources)
    assert not facts.get("place_of_origin")


@pytest.mark.parametrize("received", ["Received 10 May, 2.15 p.m.", "Received May 10, 2.15 p.m."])
def test_a_receipt_names_its_own_day_whichever_comes_first(received, resources) -> None:
    facts = text_facts(f"Sir M. Peterson (Moscow) to Mr. Bevin ({received})\n\n"
                       "No. 1645 Telegraphic\n\nMOSCOW, 9 May 1946, 11.40 p.m.\n\n"
                       "Vyshinski sent for me this evening.\n", resources)
    assert facts["date_received"] == "1946-05-10T14:15"


@pytest.mark.parametrize(("dateline", "written"), [("Kasauli Hills, 12 May 1941", "Kasauli Hills"),
                                                   ("KASAULI HILLS\n12 May 1941", "KASAULI HILLS")])
def test_the_place_of_sending_no_register_names_is_tagged_in_its_dateline(dateline, written,
                                                                           resources) -> None:
    root = etree.fromstring(text_xml(f"{dateline}{_LETTER}", resources).encode())
    tagged = xp(root, "//tei:opener/tei:dateline/tei:placeName")
    assert ["".join(p.itertext()) for p in tagged] == [written]
    sent = xp(root, "//tei:correspAction[@type='sent']/tei:placeName/@ref")
    assert [p.get("ref") for p in tagged] == sent


def test_an_originals_transcript_under_the_translation_is_an_attachment(resources) -> None:
    xml = text_xml("Skip to content\nMarch 3, 1969\nCiphered Telegram from Soviet Ambassador in "
                   "Beijing Tolstikov to the USSR Foreign Ministry\nCIPHERED TELEGRAM No. 1234\n"
                   "Today the Chinese press published a statement.\nTOLSTIKOV\n"
                   "Transcript - Russian\nШИФРТЕЛЕГРАММА № 1234\nСегодня китайская печать.\n"
                   "ТОЛСТИКОВ\n", resources)
    root = etree.fromstring(xml.encode())
    assert ["".join(s.itertext()) for s in xp(root, "//tei:closer/tei:signed")] == ["TOLSTIKOV"]
    attachment = " ".join(xp(root, "//tei:div[@type='attachment']")[0].itertext())
    assert "ШИФРТЕЛЕГРАММА" in attachment and "ТОЛСТИКОВ" in attachment


def test_lines_in_another_script_under_a_transcript_label_are_kept(resources) -> None:
    xml = text_xml("TELEGRAM\n\nFrom Beijing, 12 November 1958\n\nThe press printed it.\n\n"
                   "Embassy in the Soviet Union\n\nTranscript - Chinese\n绝密\n外交部:\n",
                   resources)
    assert "绝密" in xml and "外交部" in xml


@pytest.mark.parametrize("marker", ["1 ", "1. ", "¹ ", "[1] "])
def test_a_frus_source_note_listed_under_any_number_gives_the_file(marker, resources) -> None:
    facts = text_facts("112. Circular Telegram From the Department of State to All Diplomatic "
                       "Posts1\n\nWashington, November 2, 1962, 9:41 p.m.\n\n811. Following is for "
                       "your background information.\n\nRusk\n\n"
                       f"{marker}Source: Department of State, Central Files, 737.00/11–262. "
                       "Secret; Priority.\n", resources)
    assert facts["archive_idno"] == "Department of State, Central Files, 737.00/11–262"


@pytest.mark.parametrize("label", ["NO:", "NR:", "No.:"])
def test_a_forms_number_line_dates_the_telegram(label, resources) -> None:
    facts = text_facts("INCOMING TELEGRAM\nDepartment of State\nSECRET\nRec'd: March 4, 1953\n"
                       f"FROM: Moscow\nTO: Secretary of State\n{label} 1203, March 3, 8 p.m.\n"
                       "Radio Moscow broadcast an announcement this morning.\nBEAM\n", resources)
    assert facts["telegram_number"] == "1203"
    assert facts["date"] == "1953-03-03"
    assert facts["sender"] == ["Jacob Beam"]  # chargé in Moscow in 1953


@pytest.mark.parametrize(("host", "reading"), [("digitalarchive.wilsoncenter.org", "3–4 minutes"),
                                               ("history.state.gov", "5 min read")])
def test_a_reader_views_host_and_reading_time_are_furniture(host, reading, resources) -> None:
    facts = text_facts(f"{host}\nTelegram from Ambassador Shcherbakov to the USSR Foreign "
                       f"Ministry\n{reading}\n\nCIPHERED TELEGRAM No. 2231\nFrom HANOI\n\n"
                       "Today Pham Van Dong received me.\n\nI. SHCHERBAKOV\n", resources)
    assert facts["title"].startswith("Telegram from Ambassador Shcherbakov")
    assert facts["telegram_number"] == "2231"


def test_a_sentence_about_minutes_stays_text(resources) -> None:
    xml = text_xml("TELEGRAM\n\nFrom Hanoi, 9 July 1968\n\nThe talk lasted 40 minutes and ended "
                   "well.\n\nSHCHERBAKOV\n", resources)
    assert "40 minutes" in xml


def test_the_internet_archives_full_text_lines_are_furniture(resources) -> None:
    facts = text_facts('Full text of "Foreign relations of the United States, 1949"\n\n'
                       "See other formats\n\n861.00/3-1249: Telegram\n\nThe Ambassador in the "
                       "Soviet Union (Kirk) to the Secretary of State\n\nMoscow, March 12, "
                       "1949—5 p.m.\n[Received March 12—1:40 p.m.]\n\n612. Pravda today "
                       "publishes a decree.\n\nKirk\n", resources)
    assert facts["title"] == "The Ambassador in the Soviet Union (Kirk) to the Secretary of State"
    assert facts["date_received"] == "1949-03-12T13:40"
