"""Rules for English-language editions of diplomatic documents of other eras and publishers
(misses50):

- a 19th-century FRUS despatch's number with the print's half bracket set on the line of the
  editors' heading (`No. 412.] Mr. Adams to Mr. Seward.`) is split from it (run-on-heading row
  `despatch-heading`): the heading is the title and names the parties;
- a 19th-century circular instruction (`Circular.] Mr. Fish to the diplomatic and consular
  officers of the United States.`): its form in the number's place, the heading naming the
  Secretary and the officers addressed;
- the volume lines over a history.state.gov document of other eras (`Papers Relating to
  Foreign Affairs, ...`; `..., 1969–1976, Volume E–12, ...`) are site furniture, not its title;
- a DCER page's heading (`Volume #23 - 624.`) over the number line is the volume's, not a
  sentence (dcer row `volume`); `EMERGENCY` is a precedence;
- a note marked with a dagger (`†`, `‡`: DCER's documents not located) is a footnote, placed
  at its anchor glued after a word or stop;
- a place's name after one person's honorific and initials (`Mr C.W. Jordan`) is a surname,
  in a heading's party and in the text, and so is one in a salutation (`My dear Jordan,`);
- an AAD record's `Reference` field citing cables (`76 OTTAWA 611`) is no shelfmark
  (table `cited-cables`);
- a PlusD record whose cable text keeps no heading of its own: the record's `From` and `To`
  fields head the text (`From: STATE`: sent from Washington);
- a documents volume's form set before the place of the dateline (`Minute CANBERRA, 12 May
  1954`; table `dateline-forms`) is the document's type;
- a UK Cabinet conclusions' heading sentence (`CONCLUSIONS of a Meeting of the Cabinet held at
  ... on Thursday, 1st November, 1956, at 9.45 a.m.`, row `meeting-heading`) dates the
  record, and it and the number line (`C.M. (56) 85th Conclusions`) make it a meeting's record;
- FRUS's printed page as OCR reads it sets the classification and the dateline with its hour
  on one line (`SECRET Moscow, March 20, 1946—5 p. m.`): the classification is a line of its
  own (run-on row `classified-dateline`), the place no `Secret Moscow`;
- `The Ambassador in the Soviet Union (Smith)` of 1946-1949 is Walter Bedell Smith (his
  dated offices in the register's words);
- a FRUS memorandum of conversation's dateline with the meeting's span of hours (`Madrid,
  September 8, 1983, 10:20 a.m.–2:05 p.m.`, `3:30–4:45 p.m.`) is read, its start the time
  (found on the held sample h01 after its blind score);
- Ivone Kirkpatrick's surname alone is his only in his dated offices (1950-1957).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

DESPATCH = (
    "{above}No. 412.] Mr. Adams to Mr. Seward.\n\n"
    "Legation of the United States,\nLondon, March 7, 1863.\n(Received March 23.)\n\n"
    "Sir: On Thursday I saw Lord Russell at the Foreign Office.\n\n"
    "I have the honor to be, sir, your obedient servant,\n\nCHARLES FRANCIS ADAMS.\n"
)
VOLUME_LINE = ("Office of the Historian\nPapers Relating to Foreign Affairs, Accompanying the "
               "Annual Message of the President to the Third Session Thirty-seventh Congress, "
               "Part I\nGreat Britain\n\n")
DCER = (
    "{above}412.                                                  DEA/50219-40\n\n"
    "High Commissioner in United Kingdom to Secretary of State for External Affairs\n\n"
    "TELEGRAM 1533                                    London, November 2, 1956\n\n"
    "SECRET. {precedence}\n\n"
    "Reference: Our telegram 1501 of November 1.{mark}\n\n"
    "I saw the Minister of State this morning.\n\n"
    "ROBERTSON\n\n"
    "{mark} Not located.\n"
)
DFAT = (
    "Mr R.G. Casey, Minister for External Affairs, to Mr C.W. Jordan, High Commissioner in "
    "Ceylon\n\nLetter CANBERRA, 3 March 1954\n\nMy dear Jordan,\n\n"
    "I saw Mr H.T. Chad and the Governor yesterday.\n\nYours sincerely,\n\nR.G. CASEY\n"
)


def test_a_despatch_number_on_the_heading_line_leaves_the_heading_the_title(
        resources: Resources) -> None:
    facts = text_facts(DESPATCH.format(above=""), resources)
    assert facts["title"] == "Mr. Adams to Mr. Seward"
    assert facts["date"] == "1863-03-07"
    assert facts["date_received"] == "1863-03-23"
    assert facts["addressee"] == ["William H. Seward"]


def test_a_nineteenth_century_volume_line_is_no_title(resources: Resources) -> None:
    apart = DESPATCH.replace("No. 412.] Mr. Adams to Mr. Seward.", "Mr. Adams to Mr. Seward.\n"
                                                                   "No. 412.]")
    facts = text_facts(apart.format(above=VOLUME_LINE), resources)
    assert facts["title"] == "Mr. Adams to Mr. Seward"
    assert facts["place_of_origin"] == "London"
    assert "Papers Relating" not in text_xml(apart.format(above=VOLUME_LINE), resources)


def test_an_electronic_volume_line_is_no_heading(resources: Resources) -> None:
    xml = text_xml(
        "Foreign Relations of the United States, 1969–1976, Volume E–12, Documents on East "
        "and Southeast Asia, 1973–1976\n\n"
        "214. Memorandum From the President’s Assistant for National Security Affairs "
        "(Kissinger) to President Nixon1\n\nWashington, April 11, 1973.\n\n"
        "Secretary Romulo will call on you tomorrow.\n\n"
        "  1. Source: National Archives, Nixon Presidential Materials, NSC Files, Box 1087. "
        "Confidential.\n", resources)
    assert "Volume E–12" not in xml.split("<text")[1]


def test_a_dcer_page_heading_lets_the_number_line_be_read(resources: Resources) -> None:
    facts = text_facts(DCER.format(above="Documents on Canadian External Relations\n"
                                         "Volume #23 - 412.\n\n", precedence="IMMEDIATE.",
                                   mark=""), resources)
    assert facts["archive_idno"] == "DEA/50219-40"
    assert facts["telegram_number"] == "1533"
    assert facts["date"] == "1956-11-02"


def test_emergency_is_a_precedence(resources: Resources) -> None:
    facts = text_facts(DCER.format(above="", precedence="EMERGENCY.", mark=""), resources)
    assert facts["telegram_number"] == "1533"
    assert facts["date"] == "1956-11-02"


def test_a_dagger_note_is_placed_at_its_anchor(resources: Resources) -> None:
    xml = text_xml(DCER.format(above="", precedence="IMMEDIATE.", mark="†"), resources)
    assert 'November 1</date>.<note place="foot" n="†">Not located.</note>' in xml


def test_a_place_s_name_after_an_honorific_and_initials_is_a_surname(
        resources: Resources) -> None:
    facts = text_facts(DFAT, resources)
    assert facts["addressee"] == ["C.W. Jordan"]
    xml = text_xml(DFAT, resources)
    assert '>H.T. Chad</persName>' in xml
    assert 'ref="#pla-jordan"' not in xml and 'ref="#pla-chad"' not in xml


def test_an_aad_reference_citing_cables_is_no_shelfmark(resources: Resources) -> None:
    facts = text_facts(
        "Draft Date: 23 FEB 1976\nDocument Number: 1976STATE044118\nFilm Number: D760068-0551\n"
        "From: SECSTATE WASHDC\nTo: AMEMBASSY OTTAWA\nReference: 76 OTTAWA 611\n"
        "Message Text:\nLIMITED OFFICIAL USE\nR 232245Z FEB 76\nFM SECSTATE WASHDC\n"
        "TO AMEMBASSY OTTAWA\nLIMITED OFFICIAL USE STATE 044118\n"
        "1. THE ASSISTANT SECRETARY WILL RECEIVE THE MINISTER ON MARCH 4.\nKISSINGER\n",
        resources)
    assert facts["archive_idno"] == "1976STATE044118"
    assert "76 OTTAWA 611" not in text_xml(
        "Document Number: 1976STATE044118\nDraft Date: 23 FEB 1976\n"
        "Reference: 76 OTTAWA 611\nMessage Text:\nFM SECSTATE WASHDC\nTO AMEMBASSY OTTAWA\n"
        "1. TEXT.\nKISSINGER\n", resources).split("<msIdentifier>")[1].split("</msIdentifier>")[0]


def test_a_plusd_record_s_parties_head_a_text_without_its_own_heading(
        resources: Resources) -> None:
    facts = text_facts(
        "Date: 1978 March 2, 00:00 (Thursday)\nCanonical ID: 1978STATE053304_d\n"
        "Original Classification: SECRET\nCharacter Count: 1540\nTAGS: PEPR, ET, SO, US\n"
        "Type: TE - Telegram (cable)\nFrom: STATE\nTo: ADDIS ABABA\n"
        "1. THE SECRETARY MET THE SOMALI AMBASSADOR TODAY.\nVANCE\n", resources)
    assert facts["place_of_origin"] == "Washington"
    assert facts["doc_type"] == "telegram"


def test_kirkpatrick_alone_is_ivone_kirkpatrick_in_his_offices(resources: Resources) -> None:
    text = ("Ambassador in United States to Secretary of State for External Affairs\n\n"
            "Letter WASHINGTON, {date}\n\nI saw Kirkpatrick at lunch today.\n\nHEENEY\n")
    assert "per-ivone-kirkpatrick" in text_xml(text.format(date="3 May 1956"), resources)
    assert "per-ivone-kirkpatrick" not in text_xml(text.format(date="3 May 1983"), resources)


def test_a_circular_instruction_s_heading_names_the_secretary(resources: Resources) -> None:
    facts = text_facts(
        "Circular.] Mr. Fish to the diplomatic and consular officers of the United States.\n\n"
        "Department of State,\nWashington, April 15, 1873.\n\n"
        "Gentlemen: The President directs me to call your attention to the act.\n\n"
        "I am, gentlemen, your obedient servant,\n\nHAMILTON FISH.\n", resources)
    assert facts["title"] == ("Mr. Fish to the diplomatic and consular officers of the "
                              "United States")
    assert facts["date"] == "1873-04-15"
    assert facts["place_of_origin"] == "Washington"


def test_a_minute_s_form_on_its_dateline_is_the_type(resources: Resources) -> None:
    facts = text_facts(
        "Mr A.H. Tange, Secretary of Department of External Affairs, to Mr R.G. Casey, "
        "Minister for External Affairs\n\nMinute CANBERRA, 12 May 1954\n\nSECRET\n\n"
        "I attach a draft reply to the letter of 5 May.\n\nA.H. TANGE\n", resources)
    assert facts["doc_type"] == "memorandum"
    assert facts["date"] == "1954-05-12"


def test_cabinet_conclusions_are_dated_by_their_heading_sentence(resources: Resources) -> None:
    facts = text_facts(
        "C.M. (56)\n85th Conclusions\n\nCABINET\n\n"
        "CONCLUSIONS of a Meeting of the Cabinet held at 10 Downing Street, S.W.1, on "
        "Thursday, 1st November, 1956, at 9.45 a.m.\n\nPresent:\n"
        "The Right Hon. Sir Anthony Eden, M.P., Prime Minister (in the Chair)\n\n"
        "1. The Cabinet were informed that the air operations had begun.\n", resources)
    assert facts["date"] == "1956-11-01"
    assert facts["doc_type"] == "record of conversation"


def test_a_classification_run_into_a_dateline_with_its_hour_is_split(
        resources: Resources) -> None:
    facts = text_facts(
        "861.00/3-2046: Telegram\n"
        "The Ambassador in the Soviet Union (Smith) to the Secretary of State\n"
        "SECRET Moscow, March 20, 1946—5 p. m.\n"
        "871. Yesterday I called on Vyshinski.\nSMITH\n", resources)
    assert facts["place_of_origin"] == "Moscow"
    assert facts["sender"] == ["Walter Bedell Smith"]


def test_a_dateline_with_a_span_of_hours_is_read(resources: Resources) -> None:
    text = ("57. Memorandum of Conversation1\n\n{dateline}\n\n"
            "The Secretary opened the meeting by welcoming the Minister and his party, and "
            "said that he hoped the talks would be useful.\n\n"
            "  1. Source: Department of State, Lot 81D113. Secret.\n")
    for dateline, when in (("Madrid, September 8, 1983, 10:20 a.m.–2:05 p.m.",
                            "1983-09-08T10:20:00"),
                           ("Washington, June 5, 1978, 3:30–4:45 p.m.", "1978-06-05T15:30:00"),
                           ("Washington, June 5, 1978, 11:30–12:15 p.m.",
                            "1978-06-05T11:30:00")):
        xml = text_xml(text.format(dateline=dateline), resources)
        assert f'<date when="{when}">' in xml
