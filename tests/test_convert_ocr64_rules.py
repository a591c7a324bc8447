"""Rules for OCR and PDF text of typed and printed archive copies (ocr64):

- an OCR's lookalikes in a word of capitals are read as the capitals (`VlKTOR`, `T0P`,
  `MlNISTRY`; ocr_capitals.py, with the other plain characters of pages/copies.py);
- the Foreign Office print of the war years: a peer's title is the sender's line (`Earl of
  Halifax`); `[CYPHER].` in brackets is the method,
  `WAR CABINET DISTRIBUTION.` a distribution line, `[Repeated to ...]` in square brackets
  a routing line, the Public Record Office's photocopy stamp furniture and its
  `Reference:- FO 371/...` the shelfmark;
- an NSA Venona release: the serial beside its date of issue at the foot
  (`3/NBF/T986    12 June 1953`) is one processing line, no closing dateline; a comment
  glosses a cover name with the person's office after a comma (`MAJ: Stepan Zakharovich
  APRESYAN, Soviet Vice-Consul in NEW YORK.`), not when unidentified, a glossed surname with
  the NSA's digraphs read as a name (`KHEJFETs`); the date under the
  number with a two-digit year at the line's end (`16 Sept. 44`);
- the State Department's forms: the outgoing form's sending stamp is its date
  (`JUN 14 7 23 PM '62`); the receipt's hour alone a party line under its date
  (`Rec'd: OCTOBER 28, 1962` / `TO: Secretary of State` / `6:21 A.M.`: clock_lines.py);
  office symbols set alone between the address cells count as no unknown heading line, and
  the Department's office symbols on their own line (`INR`, `SP NSC`) are routing lines;
  the footer box broken over three lines and a mixed-case
  `NOTE: Passed White House ...` are processing lines; a page's continuation head
  (`-2- 1017, OCTOBER 30, 9 PM, FROM MOSCOW.`) is a page mark;
- a Polish ciphergram's run-on `from X dispatched on ... received on ...` gives both dates;
  a Soviet receipt's `21 hrs. 30 min.` before the date is its time; an organisation in a
  heading's capitals with a country after it without `of` (`MINISTRY OF FOREIGN AFFAIRS
  USSR`) is that country's; a Hungarian ciphered telegram's `Written: Beijing, 12 September
  1966, 14.00` is its dispatch, the MNL's `XIX-J-1-j ...` under a grade closed by `!` its
  shelfmark.
"""

from __future__ import annotations

from tei.convert import Resources
from tei.convert.ocr_capitals import read_capitals
from tests.cases import text_facts, text_xml

VENONA = (
    "TOP SECRET UMBRA\n\nVENONA\n\n"
    "From: MOSCOW\nTo:   NEW YORK\nNo:   954                         16 Sept. 44\n\n"
    "To MAJ[i].\n\n"
    "The proposal to put ANTENNA[ii] in touch with [5 groups unrecovered] is not approved.\n\n"
    "                                                      VlKTOR[iii]\n\n"
    "Comments:\n"
    "     [i]   MAJ: Stepan Zakharovich APRESYAN, Soviet Vice-Consul in NEW YORK.\n"
    "     [ii]  ANTENNA: Julius ROSENBERG.\n"
    "     [iii] VIKTOR: Lt. Gen. P. M. FITIN.\n\n"
    "3/NBF/T986                                        12 June 1953\n\n"
    "Distribution\n"
)


def test_lookalikes_in_capitals_are_read() -> None:
    assert read_capitals("T0P SECRET VlKTOR's MlNISTRY") == "TOP SECRET VIKTOR's MINISTRY"
    assert read_capitals("McCLOY ZhENYa CIA-RDP80B01676R001800010044-7 2O4") == \
        "McCLOY ZhENYa CIA-RDP80B01676R001800010044-7 2O4"


def test_a_venona_release_read_by_ocr(resources: Resources) -> None:
    facts = text_facts(VENONA, resources)
    assert facts["date"] == "1944-09-16"
    assert facts["signed"] == "VIKTOR"
    assert facts["sender"] == ["Pavel Fitin"]
    assert facts["addressee"] == ["Stepan Apresyan"]
    assert facts["notes"] == 3


def test_the_release_serial_and_issue_date_close_no_text(resources: Resources) -> None:
    xml = text_xml(VENONA, resources)
    assert '<ab type="registry" subtype="other">3/NBF/T986 <date' in xml
    assert "<dateline>" not in xml


def test_an_unidentified_cover_name_glosses_no_person(resources: Resources) -> None:
    xml = text_xml(VENONA.replace("Julius ROSENBERG.", "Unidentified, perhaps a Navy officer."),
                   resources)
    assert 'per-unidentified' not in xml


FO_PRINT = (
    "[This telegram is of particular secrecy and should be retained by the\n"
    "authorised recipient and not passed on.]\n\n"
    "                                              [CYPHER].\n\n"
    "       WAR CABINET DISTRIBUTION.\n\n"
    "FROM MOSCOW TO FOREIGN OFFICE.\n\n"
    "Sir S. Cripps.                        D. 11.40 p.m.  12th July, 1941.\n"
    "No. 812.                              R.  8.15 a.m.  13th July, 1941.\n\n"
    "MOST IMMEDIATE.\n\n"
    "      Agreement was signed at the Kremlin at 5 p.m. today by M. Molotov and myself.\n\n"
    "                                [Repeated to Washington.]\n\n"
    "COPYRIGHT - NOT TO BE REPRODUCED PHOTOGRAPHICALLY WITHOUT PERMISSION\n"
    "Ref.: FO 371/29467                                        - 1 -\n"
)


def test_the_war_years_print_heading(resources: Resources) -> None:
    facts = text_facts(FO_PRINT, resources)
    assert facts["sender"] == ["Stafford Cripps"]
    assert facts["telegram_number"] == "812"
    assert facts["date_received"] == "1941-07-13T08:15"
    assert facts["place_of_origin"] == "Moscow"


def test_the_print_foot_routing_stamp_and_shelfmark(resources: Resources) -> None:
    facts = text_facts(FO_PRINT, resources)
    assert facts["archive_idno"] == "FO 371/29467"
    assert facts["registry_notes"] == ["[Repeated to Washington.]"]
    assert "PHOTOGRAPHICALLY" not in text_xml(FO_PRINT, resources)


OUTGOING = (
    "           OUTGOING TELEGRAM Department of State\n\n"
    "  SECRET\n"
    "Origin     ACTION:  Amembassy VIENTIANE    1283\n"
    "FE                  PRIORITY\n"
    "Info       INFO:    Amembassy BANGKOK      2051\n"
    "SS                  Amembassy SAIGON       1547\n"
    "G                   CINCPAC\n"
    "SP                  POLAD\n"
    "L\n"
    "H\n"
    "                                                      JUN 14 7 23 PM '62\n\n"
    "         Department gratified by formation Government of National Union.\n\n"
    "                                                     RUSK\n\n"
    "NOTE: Passed White House 7:05 p.m. 6/14/62\n"
    "REPRODUCTION FROM THIS\n"
    "COPY IS PROHIBITED\n"
    'UNLESS "UNCLASSIFIED"\n'
)


def test_the_outgoing_form_with_symbols_beside_its_posts(resources: Resources) -> None:
    facts = text_facts(OUTGOING, resources)
    assert facts["date"] == "1962-06-14"
    assert facts["signed"] == "RUSK"
    assert facts["telegram_number"] == "1283"


def test_the_footer_box_and_note_are_processing(resources: Resources) -> None:
    xml = text_xml(OUTGOING, resources)
    assert '<ab type="registry" subtype="other">COPY IS PROHIBITED</ab>' in xml
    assert '<ab type="registry" subtype="other">NOTE: Passed' in xml


def test_a_polish_ciphergram_run_on_dates(resources: Resources) -> None:
    facts = text_facts(
        "CIPHERGRAM No. 11876\n\n"
        "from New York dispatched on 02.10.1957 at 22:30 hours received on\n"
        "03.10.1957 at 06:15 hours\n\n"
        "To: Comrade Gomułka\n\nToday I delivered the speech in the General Assembly.\n\n"
        "                                                   Rapacki\n", resources)
    assert facts["date"] == "1957-10-02"
    assert facts["date_received"] == "1957-10-03T06:15"


def test_a_soviet_receipt_in_hours_and_the_ministry_of_its_country(
        resources: Resources) -> None:
    text = ("                        CIPHERED TELEGRAM\n\n"
            "From HAVANA                          Received at 21 hrs. 30 min. 27.10.1962\n\n"
            "TO THE MINISTRY OF FOREIGN AFFAIRS USSR\n\n"
            "      Today I was received by F. Castro.\n\n"
            "      27.X.62                                                ALEKSEEV\n")
    facts = text_facts(text, resources)
    assert facts["date_received"] == "1962-10-27T21:30"
    xml = text_xml(text, resources)
    assert "org-ministry-of-foreign-affairs-of-the-ussr" in xml
    assert "org-ministry-of-foreign-affairs-of-cuba" not in xml


def test_an_office_symbol_line_closes_no_heading(resources: Resources) -> None:
    xml = text_xml(
        "                        INCOMING TELEGRAM   Department of State\n\n"
        "SECRET                                        Control:  9128\n"
        "                                              Rec'd:    MAY 16, 1960\n"
        "Action                                                  11:04 A.M.\n"
        "EUR       FROM: PARIS\n"
        "Info      TO:   Secretary of State\n"
        "SS        NO:   4897, MAY 16, 4 PM\n"
        "SP        NIACT\n"
        "INR\n\n"
        "KHRUSHCHEV DEMANDED THAT PRESIDENT CONDEMN OVERFLIGHT OF MAY 1.\n\n"
        "HERTER\n", resources)
    assert "<head>" not in xml


def test_a_hungarian_ciphered_telegram_copy(resources: Resources) -> None:
    facts = text_facts(
        "                                                        SZIGORÚAN TITKOS!\n"
        "Magyar Nemzeti Levéltár Országos Levéltára\n"
        "XIX-J-1-j Kína 1966, 12. doboz, 004513/1966\n"
        "                         Ciphered telegram\n\n"
        "Written: Beijing, 12 September 1966, 14.00\n"
        "Arrived: Budapest, 13 September 1966, 02.15\n"
        "Number: 318/sz.\n\n"
        "The Red Guards again demonstrated before the Soviet embassy.\n\n"
        "                                                            Martin\n", resources)
    assert facts["date"] == "1966-09-12"
    assert facts["place_of_origin"] == "Beijing"
    assert facts["archive_idno"] == "XIX-J-1-j Kína 1966, 12. doboz, 004513/1966"


def test_a_continuation_head_is_a_page_mark(resources: Resources) -> None:
    xml = text_xml(
        "INCOMING TELEGRAM   Department of State\n\nSECRET\n\n"
        "FROM: MOSCOW\nTO:   Secretary of State\nNO:   1017, OCTOBER 30, 9 PM\n\n"
        "KHRUSHCHEV TOLD ME THAT TROOPS WOULD BE WITHDRAWN FROM BUDAPEST.\n\n"
        "                                                       SECRET\n"
        "-2- 1017, OCTOBER 30, 9 PM, FROM MOSCOW.\n\n"
        "I BELIEVE DECLARATION REPRESENTS CONSIDERED DECISION OF PRESIDIUM.\n\n"
        "BOHLEN\n", resources)
    assert "-2-" not in xml


def test_a_receipt_hour_a_party_line_under_its_date(resources: Resources) -> None:
    facts = text_facts(
        "                        INCOMING TELEGRAM   Department of State\n\n"
        "SECRET       FROM: NEW DELHI                    Control:  20446\n"
        "                                                Rec'd:    OCTOBER 28, 1962\n"
        "             TO:   Secretary of State                     6:21 A.M.\n"
        "             NO:   1176, OCTOBER 28, 3 PM\n\n"
        "I SAW NEHRU FOR AN HOUR THIS MORNING.\n\nGALBRAITH\n", resources)
    assert facts["date_received"] == "1962-10-28T06:21"


def test_a_peer_ambassador_and_a_digraph_surname(resources: Resources) -> None:
    facts = text_facts(FO_PRINT.replace("Sir S. Cripps.", "Earl of Halifax"), resources)
    assert facts["sender"] == ["Lord Halifax"]
    facts = text_facts(VENONA.replace(
        "Lt. Gen. P. M. FITIN.", "Grigorij Markovich KHEJFETs, Soviet Vice-Consul."), resources)
    assert facts["sender"] == ["Grigory Kheifets"]
