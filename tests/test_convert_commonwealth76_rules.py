"""Rules for British and Commonwealth layouts not sampled before (commonwealth76):

- a peer envoy in brackets under the sending office, by his title (`FROM: CANADA` /
  `(U.K. High Commissioner)` / `(Viscount Amory)`), is the sender with his title (table
  `heading-commonwealth`, a `sender` row; register: Derick Heathcoat-Amory);
- a register place right over the date line, under an edition's numbered title (`8. Cable
  to V.K. Krishna Menon` / `New Delhi` / `14 July 1950`), is the document's dateline set
  over two lines, not a reader's page text (`pages/above_head.py`);
- the Government of India's cable opening with its address's series and number (`Primin
  11237.`, `Foreign 4567.`, `Hicomind 1432.`) gives the telegram's number (table
  `message-number`);
- an Indian file line closed by the ministry's initials (`File No. 45-KS/50, MEA.`) is the
  archive's reference, the file number the shelfmark (table `archival-reference`);
- (after the held samples) a printed DCER page pasted without the document's number: the
  file alone under the running head is the shelfmark when the editors' heading stands under
  it, in a bilingual volume under its French version (`pages/dcer.py`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

CRO = (
    "INWARD TELEGRAM\nto Commonwealth Relations Office\n\n"
    "FROM: CANADA\n(U.K. High Commissioner)\n(Viscount Amory)\n\n"
    "Cypher\n\n"
    "D. 6.15 p.m. 3rd December, 1962.     R. 9.20 p.m. 3rd December, 1962.\n\n"
    "No. 1107\n\n"
    "I saw Diefenbaker this afternoon about the Nassau meeting.\n"
)


def test_a_peer_in_brackets_under_the_sending_office_is_the_sender(
        resources: Resources) -> None:
    facts = text_facts(CRO, resources)
    assert facts["sender"] == ["Derick Heathcoat-Amory"]
    assert "per-robert-amory-jr" not in text_xml(CRO, resources)


SELECTED_WORKS = (
    "8. Cable to V.K. Krishna Menon\n\n"
    "New Delhi\n14 July 1950\n\n"
    "Primin 11237. Your 1432 of 13th July. I have seen Bajpai's note of\n"
    "his talk with Henderson. We cannot agree to any proposal which\n"
    "treats Korea as a matter for the Security Council alone while Peking\n"
    "is kept out.\n\n"
    "File No. 45-KS/50, MEA.\n"
)


def test_a_place_over_the_date_under_a_numbered_title_is_the_dateline(
        resources: Resources) -> None:
    facts = text_facts(SELECTED_WORKS, resources)
    assert facts["place_of_origin"] == "New Delhi"
    assert facts["date"] == "1950-07-14"
    assert 'type="source">New Delhi' not in text_xml(SELECTED_WORKS, resources)


def test_an_indian_cable_address_series_gives_the_number(resources: Resources) -> None:
    assert text_facts(SELECTED_WORKS, resources)["telegram_number"] == "11237"


def test_a_file_line_closed_by_the_ministry_is_the_reference(resources: Resources) -> None:
    assert text_facts(SELECTED_WORKS, resources)["archive_idno"] == "45-KS/50"


DCER_PRINT = (
    "                      RELATIONS WITH THE UNITED KINGDOM                     512\n\n"
    "DEA/50219-40\n\n"
    "Le haut-commissaire au Royaume-Uni\n"
    "au secrétaire d'État aux Affaires extérieures\n\n"
    "High Commissioner in United Kingdom\n"
    "to Secretary of State for External Affairs\n\n"
    "TELEGRAM 2231                                     London, August 4, 1958\n\n"
    "CONFIDENTIAL. IMMEDIATE.\n\n"
    "Lloyd told me this morning that the Cabinet will meet tomorrow.\n"
)


def test_a_printed_dcer_file_alone_over_the_bilingual_heading(resources: Resources) -> None:
    facts = text_facts(DCER_PRINT, resources)
    assert facts["title"] == (
        "High Commissioner in United Kingdom to Secretary of State for External Affairs")
    assert facts["archive_idno"] == "DEA/50219-40"
    assert facts["telegram_number"] == "2231"
