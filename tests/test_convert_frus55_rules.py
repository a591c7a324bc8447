"""Rules for FRUS documents as the printed volumes' OCR and the e-volumes give them (frus55):

- a printed volume's odd-page running head (the chapter or country in capitals with the page
  number at one end: `CHINA   173`, `GERMANY 421`) is page furniture where the page tells:
  its number one away from the volume's `FOREIGN RELATIONS` head (the number maybe in a cell
  apart) or the scan's page mark's (`## p. 519 (#553) ###`), or it stands first over the
  source note or the editors' heading; a sentence broken over it is joined, and a head the
  read stage ran on at a broken line's end is cut off (`pages/volume_heads.py`); a capitals
  line with a number elsewhere (`TD BONN 412`) stays;
- the file line with the OCR's colon set apart (`893.00/1-1445 : Telegram`) is the source
  note; the dateline closed by a stop after the hour's word (`1945—noon.`) or with the
  editors' receipt run on (`... 2 p. m. [Received ...]`) is a block of its own; an hour's
  colon set apart (`3 : 52 p. m.`) is read, and so is a month the OCR read with n for u
  or h for b (`Jannary`, `Angust`, `Octoher`; table `months`);
- a printed page's notes under its rule or the signature in capitals, numbered without a
  stop as the chapter numbers them (`14 Member of ...`), stand at their anchors, glued
  (`En-lai,14`) or set off by a space (`Chou En-lai 14 left`), and so do a page's notes
  standing mid-text over its turn, the sentence broken over them joined (`pages/print_notes.py`);
- a surname in office opening a sentence is a name when `and` joins it to another register
  person's surname (`Matthews and Hiss have ...`); `Smith` alone (1969-1973) is Gerard C.
  Smith only where the arms talks are the context (`name-context` row);
- a heading closed by its date and a stop, the time maybe a Zulu group (`..., January 3,
  1973, 1530Z.`), dates the document (`title-facts`); a source line's classification
  (`... POL 7 US–USSR. Secret; Exdis.`) is no part of the shelfmark (`classified_tail`);
- a chapter named by its country alone over the source note (`Union of Soviet Socialist
  Republics`, a page copy's breadcrumb) is page text;
- a channel's number or a six-digit one before the first point (`WH10452. 1. Please ...`) is
  the telegram's, and the point is the list's first (`points.py`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

PRINTED = (
    "{head}\n\n"
    "893.00/1-1445 : Telegram\n"
    "The Ambassador in China (Hurley) to the Secretary of State\n"
    "CHUNGKING, January 14, 1945—noon.\n"
    "[Received January 15—4 : 20 a. m.]\n"
    "62. General Chou En-lai{anchor} left Yenan for Chungking this morn-\n"
    "ing and will see the Generalissimo on the 16th.\n"
    "HURLEY\n"
    "{rule}"
    "  14 Member of the Central Executive Committee.\n"
)


def test_an_odd_page_head_over_the_source_note_is_furniture(resources: Resources) -> None:
    text = PRINTED.format(head="CHINA                    173", anchor=",14", rule="")
    facts = text_facts(text, resources)
    assert facts["title"] == "The Ambassador in China (Hurley) to the Secretary of State"
    assert facts["archive_idno"] == "893.00/1-1445"
    assert facts["date"] == "1945-01-14"
    assert facts["date_received"] == "1945-01-15T04:20"
    assert "173" not in text_xml(text, resources).split("<text")[1]


def test_a_print_note_stands_at_its_spaced_anchor(resources: Resources) -> None:
    for rule in ("", "__________\n"):
        xml = text_xml(PRINTED.format(head="CHINA 173", anchor=" 14", rule=rule), resources)
        assert 'En-lai</persName><note place="foot" n="14">Member of' in xml
        assert "<signed>" in xml


def test_a_capitals_line_with_a_number_alone_stays(resources: Resources) -> None:
    xml = text_xml("TD BONN 412\n\nThe Minister called on me this morning.\n\nSmith\n",
                   resources)
    assert "BONN" in xml.split("<text")[1]


DODD = (
    "862.00/3311 : Telegram\n"
    "The Ambassador in Germany (Dodd) to the Secretary of State\n"
    "BERLIN, April 8, 1935—5 p. m. [Received April 8—1 : 40 p. m.]\n"
    "71. He said that the Chancellor regarded the air pact as the most\n"
    "urgent matter{turn}and that he hoped the Ambassador would call.\n"
    "DODD\n"
    "420        FOREIGN RELATIONS, 1935, VOLUME II\n"
)


def test_an_odd_head_one_page_away_goes_and_the_sentence_is_joined(resources: Resources
                                                                   ) -> None:
    for turn in ("\nGERMANY 419\n", " GERMANY 421\n"):
        xml = text_xml(DODD.format(turn=turn), resources)
        assert "urgent matter and that he hoped" in xml
        assert "GERMANY" not in xml.split("<text")[1]


def test_a_dateline_with_its_receipt_run_on_is_the_heading(resources: Resources) -> None:
    facts = text_facts(DODD.format(turn="\n"), resources)
    assert facts["date"] == "1935-04-08"
    assert facts["date_received"] == "1935-04-08T13:40"
    assert facts["place_of_origin"] == "Berlin"


def test_a_surname_in_office_paired_at_a_sentence_s_opening(resources: Resources) -> None:
    text = ("Defense Files: Telegram\n"
            "The Acting Secretary of State (Grew) to the Secretary of State, at Malta\n"
            "Washington, January 31, 1945—9 p.m.\n"
            "Cricket 7. For the Secretary from Grew.\n"
            "Matthews and Hiss have the papers with them.\n"
            "Grew\n")
    assert '<persName ref="#per-h-freeman-matthews">Matthews</persName> and' in text_xml(
        text, resources)


EVOLUME = (
    "62. Telegram 2231 From the Embassy in the Soviet Union to the Department of State, "
    "March 3, 1972, 1045Z.\n\n"
    "Source: National Archives, RG 59, Central Files 1970–73, POL 7 US–USSR. Secret; Exdis.\n\n"
    "1. Kozyrev said the talks in Helsinki under Semenov and {smith} went well.\n\n"
    "Beam\n"
)


def test_an_evolume_heading_dates_the_telegram(resources: Resources) -> None:
    facts = text_facts(EVOLUME.format(smith="Smith"), resources)
    assert facts["date"] == "1972-03-03"
    assert facts["archive_idno"] == "National Archives, RG 59, Central Files 1970–73, POL 7 US–USSR"


def test_kozyrev_and_smith_by_year_and_context(resources: Resources) -> None:
    xml = text_xml(EVOLUME.format(smith="Smith"), resources)
    assert 'ref="#per-semyon-kozyrev"' in xml
    assert 'ref="#per-gerard-c-smith">Smith<' in xml
    plain = EVOLUME.format(smith="Smith").replace("talks in Helsinki under Semenov and",
                                                  "lunch with Jones and")
    assert 'ref="#per-gerard-c-smith">Smith<' not in text_xml(plain, resources)


def test_an_odd_page_head_over_the_editors_heading_is_furniture(resources: Resources) -> None:
    text = ("THE SOVIET UNION                    1123\n\n"
            "Memorandum of Conversation, by the Secretary of State\n"
            "SECRET                    [WASHINGTON,] June 5, 1951.\n"
            "The Soviet Ambassador called at his request and handed me a note\n"
            "on the Japanese peace treaty.\n"
            "DEAN ACHESON\n")
    assert "1123" not in text_xml(text, resources)
    assert text_facts(text, resources)["date"] == "1951-06-05"


def test_a_month_the_ocr_misread_is_read(resources: Resources) -> None:
    text = PRINTED.format(head="", anchor="", rule="").replace("January 14", "Jannary 14")
    assert text_facts(text, resources)["date"] == "1945-01-14"
    assert 'when="1945-08-03"' in text_xml("Moscow, Angust 3, 1945.\n\nText.\n", resources)


def test_a_channel_number_before_the_first_point(resources: Resources) -> None:
    text = ("137. Backchannel Message From the President’s Assistant for National Security "
            "Affairs (Kissinger) to the Ambassador to Pakistan (Farland)\n\n"
            "Washington, June 12, 1971, 0115Z.\n\n"
            "WH10452. 1. Please deliver following message to President Yahya.\n\n"
            "2. Begin text: The President is grateful. End text.\n\n"
            "3. Warm regards.\n")
    facts = text_facts(text, resources)
    assert facts["telegram_number"] == "WH10452"
    assert facts["numbered_points"] == 3


def test_a_country_chapter_over_the_source_note_is_page_text(resources: Resources) -> None:
    text = ("Union of Soviet Socialist Republics\n"
            "740.0011 European War 1939/33412: Telegram\n\n"
            "The Ambassador in the Soviet Union (Harriman) to the Secretary of State\n\n"
            "Moscow, March 3, 1944—5 p.m.\n\n"
            "713. At my meeting with Molotov last evening I raised the question again.\n\n"
            "Harriman\n")
    body = text_xml(text, resources).split("<text")[1]
    assert "Union of Soviet Socialist Republics" not in body
    assert text_facts(text, resources)["telegram_number"] == "713"


def test_a_page_s_notes_over_its_turn_stand_at_their_anchors(resources: Resources) -> None:
    text = ("893.00/1-1445 : Telegram\n"
            "The Ambassador in China (Hurley) to the Secretary of State\n"
            "CHUNGKING, January 14, 1945—noon.\n"
            "62. General Chou En-lai,14 left Yenan this morning and said that the\n"
            "Communist Party would send delegates to the\n\n"
            "14 Member of the Central Executive Committee.\n\n"
            "174         FOREIGN RELATIONS, 1945, VOLUME VII\n\n"
            "conference if the talks are not made public.\n"
            "HURLEY\n")
    xml = text_xml(text, resources)
    assert 'En-lai</persName>,<note place="foot" n="14">Member of' in xml
    assert "delegates to the conference if" in xml


def test_an_odd_head_under_the_scan_s_page_mark(resources: Resources) -> None:
    text = ("761.94/1022: Telegram\n\n"
            "The Ambassador in Japan (Grew) to the Secretary of State\n\n"
            "Tokyo, August 14, 1937—6 p.m.\n\n"
            "284. The Vice Minister told me that the Government could not answer for the\n\n"
            "## p. 519 (#553) ##############################################\n\n"
            "THE FAR EAST                                              519\n\n"
            "Chinese forces now gathering north of the city.\n\n"
            "GREW\n")
    xml = text_xml(text, resources)
    assert "FAR EAST" not in xml
    assert "answer for the Chinese forces" in xml
