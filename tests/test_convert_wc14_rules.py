"""Rules from the misses of the wc14 blind sample (Wilson Center: Polish ciphergrams from Rio
and Havana, a Soviet ciphered telegram of the Korean War, Chinese foreign ministry cables, a
Soviet journal, Czechoslovak intelligence letters, an Algerian GPRA note), each tried on
invented variants unlike the sample's."""

from __future__ import annotations

import pytest
from lxml import etree

from tests.cases import text_facts, text_xml
from tests.tei_facts import referenced, reg_name

POLISH = ("Ciphergram No. 2231\nFrom: Sofia dispatched on 03.02.1965 at 10:00 and received on "
          "03.02.1965 at 15:40\nTo: RAPACKI\n\nThe talks ended yesterday without a "
          "communiqué.\n\n{tail}")


def persons(text: str, resources) -> list[str]:
    """The register names of the persons the TEI of `text` refers to."""
    root = etree.fromstring(text_xml(text, resources).encode())
    return sorted(reg_name(entry) for entry in referenced(root, "person"))


def test_a_labelled_dispatch_line_gives_the_place_and_the_receipt(resources) -> None:
    found = text_facts(POLISH.format(tail=""), resources)
    assert (found["place_of_origin"], found["date_received"]) == ("Sofia", "1965-02-03T15:40")


@pytest.mark.parametrize("readers", [
    "Comrade Gomulka Comrade Ochab\nComrade Rapacki",
    "\n".join(f"Comrade {name}" for name in ("Gomulka", "Ochab", "Rapacki", "Gierek", "Kliszko",
                                              "Spychalski", "Zawadzki", "Cyrankiewicz",
                                              "Winiewicz", "Michalowski", "Naszkowski",
                                              "Jedrychowski", "Zambrowski", "Strzelecki")),
])
def test_a_reader_list_over_the_decoding_line_is_registry(readers: str, resources) -> None:
    found = text_facts(POLISH.format(
        tail=f"Received by:\n{readers}\nDecoded on 03.02.1965 at 16:10 by Wrona, checked by "
             "Sikora\n"), resources)
    assert found["signed"] is None and found["sender"] == []
    assert found["registry_notes"][0] == "Received by:"
    assert found["registry_notes"][-1].startswith("Decoded on")


def test_two_honorific_names_on_a_line_are_two_persons(resources) -> None:
    names = persons(POLISH.format(tail="Received by:\nComrade Kliszko Comrade Wrona\n"),
                    resources)
    # (reg56) Kliszko, the PUWP secretary the ciphergrams of 1957-1970 go to, is a register
    # person: his register name, or the local surname
    assert {"Kliszko", "Zenon Kliszko"} & set(names) and "Wrona" in names \
        and "Kliszko Comrade Wrona" not in names


def test_the_decoding_line_names_its_clerk_and_checker(resources) -> None:
    names = persons(POLISH.format(tail="Decoded on 03.02.1965 at 16:10 by Wrona, checked by "
                                       "Sikora\n"), resources)
    assert {"Wrona", "Sikora"} <= set(names)


@pytest.mark.parametrize(("line", "place"), [
    ("From Beijing.Sent 2.12.50 03:15", "Beijing"),
    ("From Pyongyang. Sent 14.10.50 03:15", "Pyongyang"),
])
def test_a_place_glued_to_sent_is_the_place_of_origin(line: str, place: str,
                                                      resources) -> None:
    found = text_facts(f"Ciphered Telegram\n\n{line}\n\nReceived 2.12 09:40\n\nTo Filippov\n\n"
                       "The first echelon has crossed the river.\n", resources)
    assert found["place_of_origin"] == place


def test_a_copies_list_left_open_on_a_comma_runs_on(resources) -> None:
    found = text_facts("Ciphered Telegram\n\nFrom Beijing.Sent 2.12.50 03:15\n\nTo Filippov\n\n"
                       "Zhou Enlai told me today that the first echelon has crossed the river "
                       "and that the second follows.\n\nROSHCHIN\n\nCopies: Stalin (2), Molotov,"
                       "\nMalenkov, Beria,\nFile of 8th Directorate\n", resources)
    assert found["registry_notes"] == [
        "Copies: Stalin (2), Molotov, Malenkov, Beria, File of 8th Directorate"]


@pytest.mark.parametrize(("line", "number"), [
    ("Cipher No. 4410", "4410"),
    ("Foreign Ministry Outgoing (62) March No.318", "318"),
    ("Outgoing (62) No. 318", "318"),
])
def test_form_number_lines(line: str, number: str, resources) -> None:
    found = text_facts(f"{line}\nWarsaw, March 4, 1962\n\nThe delegation left today for the "
                       "talks in the capital.\n", resources)
    assert found["telegram_number"] == number and found["doc_type"] == "telegram"


def test_a_numbered_point_ending_a_page_is_no_summary(resources) -> None:
    found = text_facts("March 4, 1962\nCable from the Foreign Ministry, 'On the Delegations'\n"
                       "Grade: Urgent\nTo the Embassies in Africa:\nBulletin 4\n1. [We] have "
                       "received your cables and ask you to report the remarks of the receiving"
                       " governments.\n", resources)
    assert found["summary"] is None and found["numbered_points"] == 1


def test_a_note_to_an_office_is_a_memorandum_without_sender(resources) -> None:
    found = text_facts("Skip to content\n\nMay 2, 1960\n\nNote to the Minister of Information, "
                       "'Mission to Mali'\n\nNote to the Minister of Information\n\nSubject: "
                       "Mission to Mali\n\n1. I stayed in Bamako for a week.\n\n2. The "
                       "government will open an office.\n", resources)
    assert (found["doc_type"], found["sender"], found["place_of_origin"]) == (
        "memorandum", [], None)


@pytest.mark.parametrize(("letterhead", "place"), [
    ("2nd Directorate of the Ministry of the Interior Brno, 14 June 1963", "Brno"),
    ("Ministry of Foreign Trade Warsaw, June 14, 1963", "Warsaw"),
])
def test_a_letterhead_ending_with_its_place_and_date_gives_the_place(
        letterhead: str, place: str, resources) -> None:
    found = text_facts(f"{letterhead}\n\nSecret\n\nComrade Minister,\n\nThe delegation "
                       "returned yesterday.\n", resources)
    assert found["place_of_origin"] == place


def test_an_intelligence_messages_copies_lines_are_registry(resources) -> None:
    found = text_facts("Prague, 3 April 1964\n\nThe resident reports no change.\n\nThis message "
                       "was made twice\n1 x to file 0211\n1 x Cuba\n", resources)
    assert found["registry_notes"] == ["This message was made twice", "1 x to file 0211",
                                       "1 x Cuba"]


def test_a_short_line_under_the_address_is_no_trailer(resources) -> None:
    found = text_facts("Ciphered Telegram\n\nFrom Beijing.Sent 2.12.50 03:15\n\nTo Filippov\n\n"
                       "The first echelon has crossed the river.\n\nCopies: Stalin (2), "
                       "Molotov,\nMalenkov, Beria,\nFile of 8th Directorate\n", resources)
    assert found["registry_notes"] == [
        "Copies: Stalin (2), Molotov, Malenkov, Beria, File of 8th Directorate"]
