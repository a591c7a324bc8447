"""Rules from probing the converter with invented layouts (invent8: a record's `Time:` field,
participants by side, telcons, a zapiska to the CC, a mission's one-line letterhead, forms in
Spanish, tab-separated fields, Markdown tables, broken words, CIA information reports, front
matter, telexes, the Foreign Office's letterhead), each tried on a variant unlike the
fixture's."""

from __future__ import annotations

from lxml import etree

from tei.convert.read import logical_lines
from tests.cases import text_facts, text_xml
from tests.tei_facts import referenced, reg_name, xp

TEXT = "\n\nThe talks ended without a communiqué.\n"


def tei(text: str, resources) -> etree._Element:
    return etree.fromstring(text_xml(text, resources).encode())


def subtypes(root: etree._Element, subtype: str) -> list[str]:
    """The texts of the heading's registry lines of `subtype`."""
    return [" ".join("".join(ab.itertext()).split())
            for ab in xp(root, f"//tei:ab[@type='registry'][@subtype='{subtype}']")]


def test_a_time_field_holding_a_full_date_dates_the_record(resources) -> None:
    found = text_facts("Record of talks\n\nTime: 3 March 1965, 10:00 to 11:30\nPlace: Great Hall "
                       "of the People" + TEXT, resources)
    assert (found["date"], found["doc_type"]) == ("1965-03-03", "record of conversation")


def test_minutes_of_the_conversation_under_its_title_dated_by_its_time_field(resources) -> None:
    found = text_facts("Minutes of the Conversation between Chairman Mao Zedong and Ambassador "
                       "Yudin\n\nTime: 31 March 1958, 3:00 p.m.\nLocation: Zhongnanhai\n\nMao "
                       "Zedong: We welcome the Soviet comrades.\n", resources)
    assert found["date"] == "1958-03-31"
    assert found["title"] == ("Minutes of the Conversation between Chairman Mao Zedong and "
                              "Ambassador Yudin")


def test_a_telcon_is_a_record_of_conversation(resources) -> None:
    found = text_facts("TELCON\nThe President/Kissinger\n3/4/72\n9:15 p.m.\n\nP: Henry, what "
                       "is the news?\nK: The Chinese have agreed.\n", resources)
    assert (found["date"], found["doc_type"]) == ("1972-03-04", "record of conversation")


def test_a_time_field_with_the_hours_only_dates_nothing(resources) -> None:
    found = text_facts("Record of talks\n\nTime: 10:00 to 11:30\nPlace: Great Hall of the "
                       "People" + TEXT, resources)
    assert found["date"] is None


def test_participants_by_side_and_the_interpreter_are_participants_lines(resources) -> None:
    root = tei("MEMORANDUM OF CONVERSATION\nDate: May 4, 1964\nAmerican participants: Secretary "
               "Rusk\nSoviet participants: Ambassador Dobrynin\nInterpreters: Mr. Akalovsky\n"
               + TEXT, resources)
    assert len(subtypes(root, "participants")) == 3


def test_a_telephone_conversation_is_dated_by_its_date_line(resources) -> None:
    root = tei("Memorandum of Telephone Conversation\nMay 5, 1971\n4:05 p.m.\n\nK: The "
               "President agrees.\nR: Good.\n", resources)
    found = text_facts("Memorandum of Telephone Conversation\nMay 5, 1971\n4:05 p.m.\n\nK: The "
                       "President agrees.\nR: Good.\n", resources)
    # a memorandum, as the State Department's memoranda of conversation are
    assert (found["date"], found["doc_type"]) == ("1971-05-05", "memorandum")
    # (cables55) the time under the date line is read with it: the dateline's own time
    assert root.xpath("//tei:ab[@subtype='dateline']/tei:date/@when",
                      namespaces={"tei": "http://www.tei-c.org/ns/1.0"}) == ["1971-05-05T16:05:00"]


def test_an_address_to_the_central_committee_under_marks_makes_a_memorandum(resources) -> None:
    found = text_facts("Top Secret\nCopy No. 3\n\nTo the CPSU Central Committee\n\nThe KGB "
                       "reports on the mood of the students.\n\nYu. Andropov\n", resources)
    assert found["doc_type"] == "memorandum"
    root = tei("Top Secret\nCopy No. 3\n\nTo the CPSU Central Committee\n" + TEXT, resources)
    assert [reg_name(e) for e in referenced(root, "org")] == [
        "Central Committee of the All-Union Communist Party (Bolsheviks)"]


def test_a_ciphered_telegram_to_the_central_committee_stays_a_telegram(resources) -> None:
    found = text_facts("CIPHERED TELEGRAM\nTop Secret\n\nTo the CPSU Central Committee\n" + TEXT,
                       resources)
    assert found["doc_type"] == "telegram"


def test_a_missions_one_line_letterhead_names_its_seat(resources) -> None:
    found = text_facts("EMBASSY OF INDIA, KATHMANDU\nTelegram No. 88\nTo: Foreign, New Delhi"
                       + TEXT, resources)
    assert found["place_of_origin"] == "Kathmandu"


def test_a_missions_letterhead_naming_a_country_gives_no_seat(resources) -> None:
    found = text_facts("EMBASSY OF INDIA, NEPAL\nTelegram No. 88" + TEXT, resources)
    assert found["place_of_origin"] is None


def test_a_first_line_dated_with_its_hour_is_the_documents_heading(resources) -> None:
    root = tei("3 May 1961, 09.40\nFrom: Belgrade\nTelegram No. 88" + TEXT, resources)
    assert subtypes(root, "dateline") == ["3 May 1961, 09.40"]
    assert text_facts("3 May 1961, 09.40\nFrom: Belgrade\nTelegram No. 88" + TEXT,
                      resources)["date"] == "1961-05-03"


def test_spanish_form_lines_number_address_and_salutation(resources) -> None:
    found = text_facts("TELEGRAMA CIFRADO N° 77\nDe: Embajada en Lima\nA: Cancillería, Santiago"
                       "\n\nSeñor Ministro Almeyda:" + TEXT, resources)
    assert (found["telegram_number"], found["addressee"]) == ("77", ["Clodomiro Almeyda"])


def test_an_interviews_answer_is_no_spanish_address(resources) -> None:
    found = text_facts("Q: Will the talks go on?\nA: Yes, they will go on tomorrow.\n" + TEXT,
                       resources)
    assert found["addressee"] == []


def test_chiles_ministry_under_the_republics_name(resources) -> None:
    root = tei("MINISTERIO DE RELACIONES EXTERIORES\nREPÚBLICA DE CHILE\nTelegram No. 4\n\n"
               "Castro told me that he would leave Havana tomorrow and return to Havana by the "
               "end of the month.\n", resources)
    assert [reg_name(e) for e in referenced(root, "org")] == [
        "Ministry of Foreign Affairs of Chile"]


def test_tab_separated_label_value_pairs_give_one_line_each() -> None:
    lines = logical_lines("Nr.:\t88\tDatum:\t4.5.1961\n\nThe talks ended.\n")
    assert [line.text for line in lines[:2]] == ["Nr.: 88", "Datum: 4.5.1961"]


def test_a_tab_row_of_values_alone_stays_one_line() -> None:
    lines = logical_lines("Moscow\t4.5.1961\t88\tSecret\n")
    assert len(lines) == 1


def test_a_markdown_field_table_and_blockquote(resources) -> None:
    found = text_facts("| Label | Entry |\n|---|---|\n| From | Embassy Warsaw |\n| Sent | "
                       "3 May 1961 |\n\n> The talks ended.\n>\n> No communiqué.\n", resources)
    assert (found["date"], found["place_of_origin"]) == ("1961-05-03", "Warsaw")
    assert ">" not in "".join(tei("| Sent | 3 May 1961 |\n\n> The talks ended.\n",
                                  resources).find(".//{*}text").itertext())


def test_a_word_broken_at_a_long_lines_end_is_joined() -> None:
    lines = logical_lines("The minister told the ambassador that the delegation and its move-\n"
                          "ments were a matter for the government.\n\nSECRET\n")
    assert lines[0].text.endswith("its movements were a matter for the government.")


def test_a_compound_broken_before_a_capital_is_not_joined() -> None:
    lines = logical_lines("The minister told the ambassador that the delegation of the Sino-\n"
                          "Indian commission would arrive.\n")
    assert len(lines) == 2


def test_a_cia_information_report_dated_by_its_distribution(resources) -> None:
    found = text_facts("Approved For Release 2001/03/02 : CIA-RDP80-00810A001200340005-1\n"
                       "INFORMATION REPORT\nCOUNTRY       Hungary\nSUBJECT       Mood in Budapest\n"
                       "DATE DISTR.   2 May 1957\n\n1. The workers are quiet.\n\n25X1\n", resources)
    assert (found["date"], found["doc_type"], found["archive_idno"], found["registry_notes"]) == (
        "1957-05-02", "report", "CIA-RDP80-00810A001200340005-1", ["25X1"])


def test_front_matter_translator_language_and_keywords(resources) -> None:
    root = tei("---\ntitle: Telegram from Warsaw\ntranslated_by: Ann Smith\noriginal_language: "
               "Polish\nkeywords: [Berlin, Warsaw Pact]\n---\n\nTelegram No. 4\n" + TEXT,
               resources)
    found = text_facts("---\ntitle: Telegram from Warsaw\ntranslated_by: Ann Smith\n"
                       "original_language: Polish\n---\n\nTelegram No. 4\n" + TEXT, resources)
    assert (found["translator"], found["original_language"]) == ("Ann Smith", "Polish")
    assert [t.text for t in xp(root, "//tei:keywords/tei:term")] == ["Berlin", "Warsaw Pact"]


def test_a_drahtbericht_number_line_with_its_date(resources) -> None:
    found = text_facts("ZCZC\n123456 AA D\nDrahtbericht Nr. 412 vom 3.5.1965\nVon: Botschaft "
                       "Warschau" + TEXT + "\nKROLL\n+\nNNNN\n", resources)
    assert (found["telegram_number"], found["date"], found["registry_notes"]) == (
        "412", "1965-05-03", ["+", "NNNN"])


def test_the_foreign_offices_letterhead_sits_in_london(resources) -> None:
    found = text_facts("Foreign Office, London, S.W.1\n12th May, 1961.\n\nDear Ambassador,\n"
                       "\nThe talks ended.\n\nYours sincerely,\nF. Hoyer Millar\n", resources)
    assert (found["place_of_origin"], found["doc_type"]) == ("London", "letter")
