"""Rules for FRUS learnt from real pages (frus96: Samoa 1888, the Russia volumes of 1918 on
history.state.gov and on the Marxists Internet Archive's copy, the Far Eastern crisis of
1931-1932, the Council of Foreign Ministers 1946-1947, Suez 1956, the Horn of Africa 1964 and
1978, Cyprus 1974):

- the 1945-1949 volumes' Council of Foreign Ministers source line (`C.F.M. Files: Lot M–88:
  Box 2063: US Delegation Minutes`) is the archive's reference (table `frus`, row `source`),
  and the delegation's record under it (`United States Delegation Record, Council of Foreign
  Ministers, ..., Paris, June 29, 1946, 4 p.m.88`) the heading: title, date and place (row
  `document-heading`), a meeting's record (table `meeting-titles`);
- the Marxists Internet Archive's title of a FRUS 1918 paper (`Francis to Lansing on ...`) is
  the heading (table `frus`, row `heading`), its two surnames the parties (table
  `title-shapes`, row `given`), so the `No. 1117` line under the dateline is the number;
- the 1860s-1890s volumes' heading calling its one note with an asterisk (`Mr. Bayard to Mr.
  Pendleton.*`) calls the note the page numbers `1.` (table `frus`, row `heading`, group
  `marker`; `pages/frus.py` reads the star as 1): a note, no point of a list;
- a channel line after a delegation's series number and with `the` before its first
  addressee, the notes' anchor glued after its stop (`741. Delsec 1288. For the President and
  Acting Secretary Acheson from Marshall.2`; `153. Personal for Dillon from Harriman.1`):
  its persons join the parties (table `frus-channel`, row `channel`);
- a Russian party's member (`Mr. Zubov, a Cadet, ...`) and a delegate named by his country's
  adjective in a list of names (`Spaak, Belaunde and the Iranian asked ...`) are no persons
  (table `not-names`);
- register: Puyi, Mikhail Kedrov, Tupua Tamasese Titimaea, Mataafa Iosefo, Abdirizak Haji
  Hussein, William B. Buffum, George H. Pendleton, Chapman Coleman.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml


def test_a_council_record_under_its_lot_file_line(resources: Resources) -> None:
    facts = text_facts(
        "C.F.M. Files: Lot M–88: Box 2080: US Delegation Minutes\n\n"
        "United States Delegation Record, Council of Foreign Ministers, Sixth Session, Second "
        "Meeting, Palais Rose, Paris, May 24, 1949, 3:30 p.m.7\n\n"
        "secret\n\n"
        "M. Schuman opened the meeting and asked the Ministers to take up the agenda.\n",
        resources)
    assert facts["title"].startswith("United States Delegation Record")
    assert facts["date"] == "1949-05-24"
    assert facts["place_of_origin"] == "Paris"
    assert facts["doc_type"] == "record of conversation"
    assert facts["archive_idno"] == "C.F.M. Files: Lot M–88: Box 2080: US Delegation Minutes"


def test_a_marxists_archive_title_names_the_parties(resources: Resources) -> None:
    facts = text_facts(
        "Lansing to Francis on the question of the Embassy's funds\n\n"
        "File No. 124.61/80\n[Telegram]\n\n"
        "Washington, May 3, 1918, 4 p.m.\n\n"
        "No. 121\n\n"
        "    The Department has placed further funds at your disposal through London.\n\n"
        "    Lansing\n", resources)
    assert facts["title"] == "Lansing to Francis on the question of the Embassy's funds"
    assert facts["sender"] == ["Robert Lansing"]
    assert facts["addressee"] == ["David R. Francis"]
    assert facts["telegram_number"] == "121"


def test_a_star_called_heading_note_is_a_note(resources: Resources) -> None:
    facts = text_facts(
        "No. 310.\n"
        "Mr. Bayard to Mr. Pendleton.*\n\n"
        "[Telegram.]\n\n"
        "Mr. Bayard instructs Mr. Pendleton to ask whether the German consul at Apia has "
        "received the same instructions as the American consul.\n\n"
        "  1. The same was sent to Mr. Phelps.\n", resources)
    assert facts["title"] == "Mr. Bayard to Mr. Pendleton"
    assert facts["notes"] == 1
    assert facts["numbered_points"] == 0


def test_a_channel_line_after_a_series_number(resources: Resources) -> None:
    facts = text_facts(
        "740.00119 Council/3–1447: Telegram\n\n"
        "The Ambassador in the Soviet Union (Smith) to the Acting Secretary of State\n\n"
        "secret\n\n"
        "870. Delsec 1311. For the President and Acting Secretary Acheson from Marshall.1 "
        "The Deputies finished their report on Austria this morning.\n\n"
        "Smith\n"
        "  1. George C. Marshall, Secretary of State.\n", resources)
    assert facts["telegram_number"] == "870"
    assert "Dean Acheson" in facts["addressee"]


def test_a_party_member_and_a_country_adjective_are_no_persons(resources: Resources) -> None:
    xml = text_xml(
        "The Ambassador in Russia (Francis) to the Secretary of State\n\n"
        "Vologda, June 2, 1918.\n\n"
        "315. The mayor, Mr. Zubov, a Cadet, called today. Spaak, Belaunde and the Iranian "
        "asked pointed questions.\n", resources)
    assert ">Cadet</persName>" not in xml
    assert ">Iranian</persName>" not in xml
    assert ">Zubov</persName>" in xml
