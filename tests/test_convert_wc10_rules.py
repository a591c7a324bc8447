"""Rules from the wc10 blind sample (Wilson Center: Chinese embassy cables on Hungary 1956,
Mexican and Brazilian telegrams of 1962, Soviet ambassadors' journals and covering letters,
the older page layout as a store flattens it)."""

from __future__ import annotations

import pytest

from tests.cases import text_facts, text_xml

_POINTS = ("(1) The party activists met yesterday and heard a long report.\n\n"
           "(2) The speech was printed in full this morning.\n\n")


def test_a_chinese_cable_closes_with_its_mission_dateline_and_receipt(resources) -> None:
    text = ("Cable from the Chinese Embassy in Romania, ‘Dej’s Report to the Plenum’\n\n"
            "To the Foreign Ministry and the Party Center:\n\n" + _POINTS
            + "Embassy in Romania\n\n9:15, 3 July 1957\n\n"
            "Received: 4 July at 06:40; printed: 4 July at 10:05\n")
    found = text_facts(text, resources)
    assert found["date_received"] == "1957-07-04T06:40"
    assert found["registry_notes"] == ["Received: 4 July at 06:40; printed: 4 July at 10:05"]
    assert found["signed"] == "Embassy in Romania"
    assert found["sender"] == [] and found["addressee"] == []  # a mission; the quote names none
    assert found["numbered_points"] == 2


def test_typist_initials_and_a_particle_surname_close_a_mexican_telegram(resources) -> None:
    text = ("CODED TELEGRAM\nHavana, 2 May 1963\nRELACIONES MEXICO\n"
            "87. - [The] Minister received me today [and] asked [for] news.\n"
            "CARLOS DEL RIO\n501377\nfb\n")
    found = text_facts(text, resources)
    assert found["telegram_number"] == "87"
    assert found["signed"] == "CARLOS DEL RIO"
    assert found["sender"] == ["Carlos del Rio"]
    assert found["registry_notes"] == ["501377", "fb"]
    assert "pla-rio-de-janeiro" not in text_xml(text, resources)


def test_a_journal_entry_title_names_its_keeper(resources) -> None:
    text = ("Skip to content\n\nMay 4, 1956\n\n"
            "Journal Entry of Ambassador Zhukov: Record of Conversation with Sunario\n\n"
            "Copy #3\n\nIskh. #130/ss\n4 May 1956\n\n"
            "Today I visited Sunario. We spoke of the visit of comrs. Petrov and Lebedev.\n")
    found = text_facts(text, resources)
    assert found["sender"] == ["Dmitri Zhukov"]
    assert found["outgoing_number"] == "130/ss"
    xml = text_xml(text, resources)
    assert 'subtype="copy">Copy #3<' in xml
    assert ">Petrov</persName>" in xml and ">Lebedev</persName>" in xml


@pytest.mark.parametrize("address", [
    "[To Amb. Alfonso] García Robles",
    "To the Minister of Foreign Affairs of the Union\nof Soviet Socialist Republics\n"
    "Comrade García Robles",
])
def test_supplied_and_continued_addresses_name_the_addressee(address: str, resources) -> None:
    text = ("TELEGRAM\nMexico, D. F., 23 October 1962\n\n" + address
            + "\n\nThe Council voted this afternoon in favour of the resolution. Brazil and"
            " Bolivia abstained on its second part.\n\nPlease inform the Brazilian Foreign"
            " Ministry of our vote at once.\n\nTELLO\n")
    assert text_facts(text, resources)["addressee"] == ["Alfonso García Robles"]


def test_the_flattened_older_page_gives_summary_signature_and_enclosure(resources) -> None:
    text = ("March 9, 1959\n\n\n    An account of a conversation between the Soviet ambassador"
            " in the DPRK and Kim Il Sung on the treaty. It went to the ministry with a covering"
            " letter.\nEmbassy of the USSR in the DPRK\n\nOutgoing No. 64\n\n"
            "To the Minister of Foreign Affairs\n\nComrade Gromyko\n\n"
            "Enclosed is the record of my conversation with Kim Il Sung.\n\n"
            "Attachment: 4 pages (secret).\n\nAmbassador of the USSR in the DPRK\n\n"
            "[Signature] (A. Puzanov)\n\nTop Secret\n\n2 March 1959\n\n"
            "Today I visited Kim Il Sung at his request to speak of the treaty.\n")
    found = text_facts(text, resources)
    assert found["summary"].startswith("An account of a conversation")
    assert found["signed"] == "Ambassador of the USSR in the DPRK [Signature] (A. Puzanov)"
    assert found["sender"] == ["Alexander Puzanov"]
    assert found["addressee"] == ["Andrei Gromyko"]
