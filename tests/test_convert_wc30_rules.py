"""Rules from the blind Wilson Center sample wc30 (the Iranian Azerbaijan crisis of 1945-1946
in Baku's messages and Tehran's cables, an East German letter of November 1989, an Indian
record on Pakistan of 1977, Chinese and Soviet records of 1965 and 1979): an archive's title
`Message from X to Y` that runs on into its subject is the page's title, not a documents
edition's parties line; a Soviet incoming cable's distribution list (`Nº 2 – to Stalin`,
`Nº 11 – Silin`, `Nº 12 – Copy`) is heading, and its 24-hour receipt time over the heading's
dateline (`Received at 1710` / `2 October 1946`) the received date; a mission's wing in
brackets after an officer's rank (`First Secretary (Pol)`, `Counsellor (Econ)`) names no one;
nor does the chair's part after his name in a meeting's heading (`Comrade L. I. BREZHNEV,
Presiding`); the stop of `File No.` in a citation ends no shelfmark; and the register knows
the crisis's persons and northern Iran's places. Tried on invented texts in two or more
layouts each."""

from __future__ import annotations

import pytest

from tests.cases import text_facts, text_xml

MESSAGE_TITLE = "Message from Maslennikov to Molotov on the fedai detachments near Mianeh."
MESSAGE_LINES = ["To Cde. Molotov",
                 "Our people in Tabriz report that Pishevari has ordered the fedai detachments "
                 "to leave Mianeh for the road to Ardabil.", "I request your instructions."]
MESSAGE_LAYOUTS = {
    # the current site: blank lines, no funder line
    "current": "Skip to content\n\nMay 5, 1946\n\n" + MESSAGE_TITLE + "\n\n"
               + "\n\n \n\n".join(MESSAGE_LINES) + "\n",
    # a mirror's compact page: one line each
    "compact": "May 5, 1946\n" + MESSAGE_TITLE + "\n" + "\n".join(MESSAGE_LINES) + "\n",
}


@pytest.mark.parametrize("layout", sorted(MESSAGE_LAYOUTS))
def test_message_title_running_on_into_its_subject_is_the_title(layout: str,
                                                                resources) -> None:
    facts = text_facts(MESSAGE_LAYOUTS[layout], resources)
    assert facts["title"] == MESSAGE_TITLE
    assert facts["sender"] == ["Ivan Maslennikov"]
    assert facts["addressee"] == ["Vyacheslav Molotov"]
    assert 'subtype="transmission">Message from' not in text_xml(MESSAGE_LAYOUTS[layout],
                                                                 resources)


@pytest.mark.parametrize("title", [
    "Message from Bagirov to Stalin and Molotov Containing a Record of a Conversation "
    "between Rossow and Pishevari",
    "Message from Bagirov to Stalin and Molotov on Qavam’s trip to Moscow.",
])
def test_message_title_with_a_subject_is_no_parties_line(title: str, resources) -> None:
    facts = text_facts(f"February 7, 1946\n{title}\nto Cde. Stalin\nto Cde. Molotov\n"
                       "On 4 February the consul visited the Prime Minister.\n", resources)
    assert facts["title"] == title
    assert facts["place_of_origin"] is None  # no `Bagirov` read as the post


def test_edition_parties_line_still_reads(resources) -> None:
    found = text_facts("No. 41\nPersonal and Secret Message from Premier Stalin to Prime "
                       "Minister Churchill\nI have received your message of 5 May.\n",
                       resources)
    assert found["sender"] == ["Joseph Stalin"]
    assert found["addressee"] == ["Winston Churchill"]


CABLE_HEAD = ["CABLE", "STRICTLY SECRET", "Copy Nº 1 – DISTRIBUTION LIST", "Nº 2 – to Molotov",
              "Nº 3 – Kavtaradze", "Nº 4 – Copy", "Nº 5 – to the 3rd Department",
              "Nº 6 – to file", "from TABRIZ", "Nº 7715", "Received at 2205", "9 April 1946",
              "Copy Nº 2", "URGENT",
              "Today Pishevari received the delegation and asked for instructions."]
CABLE_LAYOUTS = {
    # a staging mirror: space-only lines between the lines
    "mirror": "Skip to content\n\nApril 9, 1946\n\nCable Nº 7715 from Tabriz\n\n"
              + "\n\n \n\n".join(CABLE_HEAD) + "\n",
    # the lines one by one under the archive's date and title
    "compact": "April 9, 1946\nCable Nº 7715 from Tabriz\n" + "\n".join(CABLE_HEAD) + "\n",
}


@pytest.mark.parametrize("layout", sorted(CABLE_LAYOUTS))
def test_distribution_list_is_heading(layout: str, resources) -> None:
    xml = text_xml(CABLE_LAYOUTS[layout], resources)
    assert '<ab type="registry" subtype="distribution">Nº 4 – Copy</ab>' in xml
    assert ('<ab type="registry" subtype="distribution">Nº 3 – '
            '<persName ref="#per-kavtaradze">Kavtaradze</persName></ab>') in xml
    assert "<head>Nº 2" not in xml and "<p>Copy Nº 2</p>" not in xml


@pytest.mark.parametrize("layout", sorted(CABLE_LAYOUTS))
def test_receipt_clock_over_the_headings_dateline(layout: str, resources) -> None:
    facts = text_facts(CABLE_LAYOUTS[layout], resources)
    assert facts["date_received"] == "1946-04-09T22:05"
    assert facts["telegram_number"] == "7715"
    assert facts["place_of_origin"] == "Tabriz"


@pytest.mark.parametrize("line", ["No. 5 - Secret", "Nº 5 – Top Secret"])
def test_a_marking_after_a_number_is_no_recipient(line: str, resources) -> None:
    xml = text_xml(f"CABLE\n{line}\nfrom TABRIZ\nNº 7716\nThe talks go on.\n", resources)
    assert 'ref="#per-secret"' not in xml


WING_LAYOUTS = {
    # the older page: citation block, then the labelled lines
    "older": "Search in\n\nDigital Archive International History Declassified\n\nMay 2, 1978\n\n"
             "  • Citation\n\n    get citation\n\n    \"Letter from P. N. Kaul, Second Secretary "
             "(Pol), 'Talks in Kabul'\" May 2, 1978, History and Public Policy Program Digital "
             "Archive, File No. WII/121/3/78. Obtained by a reader.\n  • share document\n\n"
             "DATE: May 2, 1978\n\nNo. 88/PS/78\n\nFROM: P.N. Kaul (Second Secretary, Pol)\n\n"
             "TO: Shri R. Dass, Counsellor (Econ), Embassy of India, Kabul\n\n"
             "…The talks were brief.\n",
    # a plain page: title, date and the labelled lines
    "plain": "Letter from P. N. Kaul, Second Secretary (Pol), to R. Dass, Counsellor (Econ)\n"
             "May 2, 1978\nFROM: P.N. Kaul (Second Secretary, Pol)\n"
             "TO: Shri R. Dass, Counsellor (Econ), Embassy of India, Kabul\n"
             "The talks were brief.\n",
}


@pytest.mark.parametrize("layout", sorted(WING_LAYOUTS))
def test_a_missions_wing_in_brackets_is_no_name(layout: str, resources) -> None:
    xml = text_xml(WING_LAYOUTS[layout], resources)
    facts = text_facts(WING_LAYOUTS[layout], resources)
    assert 'ref="#per-pol"' not in xml and 'ref="#per-econ"' not in xml
    assert facts["sender"] == ["P. N. Kaul"]
    assert facts["addressee"] == ["R. Dass"]


@pytest.mark.parametrize("citation", [
    # the older page's citation block
    "  • Citation\n\n    get citation\n\n    \"Letter from P. N. Kaul, 'Talks in Kabul',\" May 2, "
    "1978, History and Public Policy Program Digital Archive, File No. WII/121/3/78. Obtained "
    "by a reader.\n  • share document\n\n",
    # a PDF export's labelled citation
    "Citation:\n\n“Letter from P. N. Kaul, 'Talks in Kabul',” May 2, 1978, History and Public "
    "Policy Program Digital Archive, File No. WII/121/3/78. Obtained by a reader.\n\n",
])
def test_file_number_stop_ends_no_shelfmark(citation: str, resources) -> None:
    text = ("Digital Archive International History Declassified\n\nMay 2, 1978\n\n" + citation
            + "DATE: May 2, 1978\n\nFROM: P.N. Kaul\n\nTO: Shri R. Dass\n\nThe talks were brief.\n")
    assert text_facts(text, resources)["archive_idno"] == "File No. WII/121/3/78"


@pytest.mark.parametrize("chair", ["Comrade L. I. BREZHNEV, Presiding",
                                   "Comrade A. N. Kosygin, Chairing"])
def test_the_chairs_part_is_no_name(chair: str, resources) -> None:
    text = (f"March 17, 1979\nTranscript of CPSU CC Politburo Discussions\nTOP SECRET\n\n"
            f"17 March 1979\n\n{chair}\n\nIn attendance: Y.V. ANDROPOV, A.A. GROMYKO\n\n"
            "GROMYKO. The situation has deteriorated sharply.\n")
    xml = text_xml(text, resources)
    assert 'ref="#per-presiding"' not in xml and 'ref="#per-chairing"' not in xml


@pytest.mark.parametrize("text", [
    "April 12, 1946\nMessage from Bagirov on a meeting with Pishevari\nTo Cde. Stalin\n\n"
    "I, Bagirov, met Pishevari in Soviet Jul’fa; Kuchuk Khan and Sattar Khan were recalled, "
    "and the roads to Rasht, Ardabil and Urmia discussed.\n\nM. D. Bagirov\n",
    "Skip to content\n\nApril 20, 1946\n\nLetter from Bagirov and Maslennikov to Stalin\n\n"
    "To Cde. Stalin\n\nIranian troops advance from Takab and Saqqez towards Mahabad; "
    "Pishevari asks for help.\n\nM. D. Bagirov\n\nI. I. Maslennikov\n",
])
def test_the_crisis_persons_and_places_are_known(text: str, resources) -> None:
    xml = text_xml(text, resources)
    assert 'ref="#per-jafar-pishevari"' in xml
    assert 'ref="#per-mir-jafar-bagirov"' in xml
    places = ("rasht", "ardabil", "urmia") if "Rasht" in text else ("takab", "saqqez", "mahabad")
    assert all(f'ref="#pla-{place}"' in xml for place in places)
