"""Rules for the Foreign Office's confidential print and the editions after it (DBPO, DCER,
DIFP, DNZER) as their pages and OCR'd volumes give them (print61):

- the print's place and date parted over two lines at the right, the place closed by a comma
  beside the number or form, the date under it beside `Sir,` or `(Telegraphic)`, are one
  dateline (`parted_datelines`);
- the registry number without brackets beside the print's own number (`EP 1015/12    No.
  23`) is one line (`read_cells`), the shelfmark; the print's number is no despatch's or
  telegram's (table `archival-reference`);
- the parties' heading in capitals with its receipt in small letters after it (`SIR R.
  STEVENS TO MR. SELWYN LLOYD. (Received March 3)`) is read in title case
  (`capitals_heading`); a receipt in brackets alone on its line gives the receipt (table
  `heading-commonwealth`), its number in brackets with precedence and classification (`(No.
  412. Priority. Restricted)`); `(Telegraphic)` is never a name (table `not-names`);
- the OCR's one hyphen before the receipt (`Simon.-(Received February 2.)`) is the print's
  dash; the print's running head or foot (`[14321]   B 2`, `12   PERSIA.   [9876]`) is page
  furniture; `Enclosure in No. 6.` opens an attachment after the closer;
- DBPO's telegram line names its file: `No. 312 Telegraphic [FCO 8/1795]` and `Tel. No. 45
  Immediate. Confidential (ENS 3/548/1)` give the telegram's number and the shelfmark, a
  Kew piece its repository (`heading_places._heading_shelfmark`); so do a despatch's `No. 4
  Confidential (ENS 3/548/1)` and a registry number of two parts alone (`[WRL 2/10]`);
- DBPO's heading of a paper inside the office (`Minute from Mr. Tickell to Mr. Wright`) is
  the title, its number above it the volume's; `FCO, 15 March 1972` is written in London;
- DNZER's circular numbers (`Telegram D. 98`) and the note call on a heading of two offices
  (`... to Minister of External Affairs1`);
- a site's foot (`Date modified:` over its date; `Royal Irish Academy | Privacy | Contact`)
  is no part of the document;
- register: British envoys and Foreign Secretaries of the print (Loraine, Lampson, Clive,
  Hoare, Simon, Shepherd, Middleton, Roger Stevens, Ralph Stevenson, Denis Wright).
"""

from __future__ import annotations

from tei.convert import Resources
from tei.convert.parted_datelines import parted_datelines
from tests.cases import text_facts, text_xml

DESPATCH = (
    "EP 1015/12                                                          No. 23\n\n"
    "SIR R. STEVENS TO MR. SELWYN LLOYD. (Received March 3)\n\n"
    "(No. 45. Confidential)                                           Tehran,\n"
    "Sir,                                                      February 28, 1956.\n\n"
    "     I have the honour to report that the Shah received me on February 25.\n\n"
    "                                              I have, &c.\n"
    "                                                      R. W. STEVENS.\n"
)


def test_a_place_and_date_parted_at_the_right_are_one_dateline() -> None:
    rows = ["(No. 45. Confidential)" + " " * 40 + "Tehran,",
            "Sir," + " " * 40 + "February 28, 1956."]
    assert parted_datelines(rows)[0] == "(No. 45. Confidential)"
    assert parted_datelines(rows)[1].startswith("Tehran, February 28, 1956.")


def test_the_print_s_despatch_heading_in_capitals(resources: Resources) -> None:
    facts = text_facts(DESPATCH, resources)
    assert facts["archive_idno"] == "EP 1015/12"
    assert facts["telegram_number"] is None and facts["outgoing_number"] == "45"
    assert facts["sender"] == ["Roger Stevens"] and facts["addressee"] == ["Selwyn Lloyd"]
    assert facts["place_of_origin"] == "Tehran"
    assert facts["date_received"] == "1956-03-03"
    assert facts["doc_type"] == "letter"


TELEGRAM = (
    "MR. MIDDLETON TO MR. EDEN\n\n(Received July 3)\n\n"
    "(No. 412. Priority. Restricted)                             Tehran,\n"
    "(Telegraphic)                                          July 2, 1952.\n\n"
    "     Dr. Musaddiq told me this morning that he would not resign.\n\n"
    "     (Repeated to Washington.)\n"
)


def test_a_receipt_alone_under_the_heading_and_the_form_in_brackets(resources: Resources
                                                                    ) -> None:
    facts = text_facts(TELEGRAM, resources)
    assert facts["date_received"] == "1952-07-03"
    assert facts["telegram_number"] == "412"
    assert "per-telegraphic" not in text_xml(TELEGRAM, resources)


OCR = (
    "                                                        [9876]           c 3\n\n"
    "[E 512/512/34]\n\nNo. 17.\n\nMr. Hoare to Sir John Simon.-(Received February 2.)\n\n"
    "(No. 14.)\nSir,                                              Tehran, January 9, 1932.\n"
    "     I HAVE the honour to report that the Persian Government will not renew it.\n"
    "                                         I have, &c.\n"
    "                                                 R. H. HOARE.\n\n\n"
    "Enclosure in No. 17.\n\nNote to the Persian Minister for Foreign Affairs.\n\n"
    "     I HAVE the honour to request an answer.\n"
)


def test_the_ocr_d_print_s_running_foot_hyphen_and_enclosure(resources: Resources) -> None:
    facts = text_facts(OCR, resources)
    assert facts["archive_idno"] == "E 512/512/34"
    assert facts["date_received"] == "1932-02-02"
    assert facts["addressee"] == ["John Simon"]
    assert facts["signed"] == "R. H. HOARE."
    xml = text_xml(OCR, resources)
    assert '<div type="attachment">' in xml and "9876" not in xml.split("<text")[1]


def test_dbpo_s_telegram_lines_name_the_file(resources: Resources) -> None:
    head = "No. 112\n\nMr. Ramsbotham (Tehran) to Sir A. Douglas-Home\n\n{}\n\n"
    text = "TEHRAN, 4 May 1972, 9.30 a.m.\n\nI saw the Minister of Court this morning.\n"
    for line, file in (("No. 312 Telegraphic [FCO 8/1795]", "FCO 8/1795"),
                       ("Tel. No. 312 Priority. Confidential (FCO 8/1795)", "FCO 8/1795"),
                       ("Tel. No. 312 Immediate. Confidential (ENS 3/548/1)", "ENS 3/548/1")):
        facts = text_facts(head.format(line) + text, resources)
        assert (facts["telegram_number"], facts["archive_idno"]) == ("312", file)
    facts = text_facts(head.format("Tel. No. 312 Priority. Confidential (FCO 8/1795)") + text,
                       resources)
    assert facts["repository"] == "The National Archives (UK)"


def test_dnzer_s_circular_number_and_heading_note_call(resources: Resources) -> None:
    text = ("47\nSecretary of State for Dominion Affairs to Minister of External Affairs1\n\n"
            "Telegram D. 98                                   LONDON, 20 January 1944\n"
            "MOST SECRET\n\nYour telegram No. 41 of 17th January.\n\n"
            "1 Repeated to the Prime Minister of Australia as No. 23.\n")
    facts = text_facts(text, resources)
    assert facts["telegram_number"] == "D. 98"
    assert facts["title"] == ("Secretary of State for Dominion Affairs to Minister of External"
                              " Affairs")


def test_a_site_s_foot_is_no_signature(resources: Resources) -> None:
    text = ("Letter from Joseph P. Walshe to John W. Dulanty (London)\n\nDUBLIN, 12 April 1938\n\n"
            "Dear High Commissioner,\n\nThe Taoiseach wishes you to see Mr. MacDonald.\n\n"
            "Yours sincerely,\nJ.P. WALSHE\n\nDate modified:\n2021-03-04\n\n"
            "Royal Irish Academy | Privacy | Contact\n")
    assert text_facts(text, resources)["signed"] == "J.P. WALSHE"


def test_dbpo_s_minute_heading_and_office_dateline(resources: Resources) -> None:
    text = ("No. 88\n\nMinute from Mr. Tickell to Mr. Wright\n\n[WRL 2/10]\n\n"
            "Confidential                                                  FCO, 15 March 1972\n\n"
            "Mr. Wright asked for a note on the timetable.\n\nC. C. C. TICKELL\n")
    facts = text_facts(text, resources)
    assert facts["title"] == "Minute from Mr. Tickell to Mr. Wright"
    assert facts["outgoing_number"] is None and facts["archive_idno"] == "WRL 2/10"
    assert facts["place_of_origin"] == "London"
    despatch = ("No. 45\n\nSir J. Killick (Moscow) to Sir A. Douglas-Home\n\n"
                "No. 4 Confidential (ENS 3/548/1)\n\nMOSCOW, 12 January 1973\n\nSir,\n\n"
                "I have the honour to report.\n\nI have the honour to be, Sir, Yours faithfully,"
                "\nJ. E. KILLICK\n")
    assert text_facts(despatch, resources)["archive_idno"] == "ENS 3/548/1"
