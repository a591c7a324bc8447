"""Rules for telegrams as they came off the wire or a telegraph company's blank (telex70):

- a commercial company's blank over the message is heading (table `heading`, rows
  `letterhead` and `other`): Cable and Wireless `LIMITED`, the associated companies' line
  (`ALL AMERICA CABLES - COMMERCIAL CABLES - ...`, a wrapped copy's `RECEIVED AT ...` run on
  to it), the company's officers (`W. P. MARSHALL, PRESIDENT`), Western Union's class-of-service
  legend (`CLASS OF SERVICE`, `SYMBOLS`, `NL=Night Letter`, the note on filing times), Cable
  and Wireless's note on the first line, `STANDARD TIME`;
- the receiving stamp's clock (`1961 OCT 3 PM 5 12`) is the hour of receipt (group `stamp`,
  `action_dates.stamp_hour`); a labelled stamp with its hour (`RECEIVED 17 MAR 1949 1655`);
- the check line's day is the filing day, of the stamp's month (`receipt_days.day_sent`), in
  Western Union's domestic shape (`WA214 PD=NEW YORK NY 3 446P EDT=`), with a letter prefix
  and a route (`Z  SHANGHAI VIA MACKAY  52  13  2140`) or a stroke and the government's
  indicator (`LV/P42 BUENOSAIRES 118 17 1420 = ETAT =`);
- an office's address closed by `=` (`SECRETARY OF STATE WASHDC=`) and `THE HONORABLE X` are
  addressee lines; a signature closed by `=` stays a signature;
- the sender's own number with its grade (`NO 217 CONFIDENTIAL`) is the telegram's number;
- the Post Office form's values with `OHMS` and the office's letter (`OHMS 6.52 LONDON T
  OHMS 41`): the office of origin; the companies' foot notices are processing lines;
- a telex number line with the office between the number and the day (`TLX NR 087 DACCA
  14 JAN 72 1130 GMT`) gives the number, the date and the place;
- `ATTN` lines, with or without a colon or with cablese's `COL`, are addressee lines;
- a telex's points in cablese, `PARA 1 ...` or the number without a stop before capitals
  (`1 I REFER ...`; table `numbering`; a lone count opening a paragraph is no point);
- a UN code cable's party parted by backslashes (`FROM: HOWE\\UNOSOM\\MOGADISHU`) names its
  person, the UN's departments and missions being bodies (`office-words`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

WU = ("WESTERN UNION\nTELEGRAM\nW. P. MARSHALL, PRESIDENT\nCLASS OF SERVICE\nSYMBOLS\n"
      "NL=Night Letter\n\n1962 MAY 21 AM 9 40\n\n{check}\nTHE HONORABLE DEAN RUSK\n"
      "SECRETARY OF STATE WASHDC=\n\nARRIVED SAFELY STOP TALKS BEGIN TOMORROW=\n\n"
      "AVERELL HARRIMAN=\n")


def test_western_union_stamp_check_line_and_address(resources: Resources) -> None:
    facts = text_facts(WU.format(check="WA88 PD=GENEVA 20 1130P EST="), resources)
    assert facts["date_received"] == "1962-05-21T09:40"
    assert facts["date"] == "1962-05-20"
    assert facts["place_of_origin"] == "Geneva"
    assert facts["addressee"] == ["Dean Rusk"]
    assert facts["signed"] == "AVERELL HARRIMAN="


def test_a_check_line_without_its_day_dates_nothing(resources: Resources) -> None:
    facts = text_facts(WU.format(check="WA88 PD=GENEVA"), resources)
    assert facts["date"] is None


CW = ("CABLE AND WIRELESS LIMITED\n"
      "The first line of this Telegram contains the following particulars in the order named:\n"
      "RECEIVED 2 JUN 1950 0940\n\nLV/P7 MONTEVIDEO 64 1 2210 = ETAT =\n\n"
      "FOREIGN OFFICE LONDON =\n\nNO 88 CONFIDENTIAL\n\nELECTIONS POSTPONED STOP\n\nSMITH\n")


def test_cable_and_wireless_first_line_and_own_number(resources: Resources) -> None:
    facts = text_facts(CW, resources)
    assert facts["date_received"] == "1950-06-02T09:40"
    assert facts["date"] == "1950-06-01"
    assert facts["place_of_origin"] == "Montevideo"
    assert facts["telegram_number"] == "88"
    assert "first line of this Telegram" not in text_xml(CW, resources).split("<p>", 1)[-1]


TELEX = ("ZCZC\n22269 CICR CH\n{number}\nTO      INTERCROIX GENEVE\n"
         "ATTN    MR MARCEL NAVILLE PRESIDENT\nFROM    ICRC DELEGATION AMMAN\n\n"
         "CONVOY ARRIVED SAFELY STOP\nREGARDS\nDELEGATE\nNNNN\n")


def test_telex_number_line_with_its_office(resources: Resources) -> None:
    facts = text_facts(TELEX.format(number="TLX NR 412  AMMAN  21 SEP 70  0915 GMT"), resources)
    assert facts["telegram_number"] == "412"
    assert facts["date"] == "1970-09-21"
    assert facts["place_of_origin"] == "Amman"
    assert any("Naville" in name for name in facts["addressee"])


def test_a_number_line_without_a_date_gives_no_date(resources: Resources) -> None:
    facts = text_facts(TELEX.format(number="TLX NR 412  AMMAN"), resources)
    assert facts["date"] is None


UN = ("UNITED NATIONS\nOUTGOING CODE CABLE\n\nDATE:      3 MAY 1993\n"
      "TO:        ANNAN\\DPKO\\UNATIONS NEW YORK\nFROM:      {sender}\nNUMBER:    MOG-0412\n\n"
      "1. SITUATION CALM.\n\nREGARDS.\n")


def test_un_party_parted_by_backslashes(resources: Resources) -> None:
    facts = text_facts(UN.format(sender="HOWE\\UNOSOM\\MOGADISHU"), resources)
    assert facts["sender"] == ["Jonathan Howe"]
    assert facts["addressee"] == ["Kofi Annan"]
    assert facts["place_of_origin"] == "Mogadishu"


POINTS = ("ZCZC\nTELEX NO 88 VIENNA 3.4.91 1200 HRS\nFM INATOM VIENNA\nTO FOREIGN BAGHDAD\n\n"
          "QTE\n{one} THE INSPECTION TEAM OF NINE WILL ARRIVE ON 5 APRIL BY THE ROAD FROM AMMAN"
          " AND WILL STAY FOR TEN DAYS STOP\n{two} PLEASE ARRANGE TRANSPORT AND ACCESS TO THE"
          " SITES LISTED IN MY PREVIOUS TELEX STOP\nUNQTE\n\n"
          "REGARDS\nBLIX\nNNNN\n")


def test_cablese_points_unstopped_or_para(resources: Resources) -> None:
    assert text_facts(POINTS.format(one="1", two="2"), resources)["numbered_points"] == 2
    assert text_facts(POINTS.format(one="PARA 1", two="PARA 2"), resources)["numbered_points"] == 2


def test_a_count_opening_a_paragraph_is_no_point(resources: Resources) -> None:
    facts = text_facts(POINTS.format(one="12 INSPECTORS", two="THEY"), resources)
    assert facts["numbered_points"] == 0
