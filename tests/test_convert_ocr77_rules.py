"""Rules for OCR'd scans of archive pages (ocr77):

- a British inward telegram form whose two columns OCR read across: the route line with the
  method after it (`FROM BAGHDAD TO FOREIGN OFFICE Cypher/OTP`) and the envoy's name with
  the number beside it (`Sir M. Wright No. 742`) (table `heading`); the cypher room's row of
  V's under the text (`VVVVV`) is no signature (table `processing`);
- a folio in brackets over a blank line (`(39)`) is no point label joined to the line under
  it (`read._BARE_POINT`);
- a first page's counter in the scan's first lines (`1/3`) is page furniture, a lone
  counter further down still a margin's date (`furniture._page_counts`);
- a Polish ciphergram's printed `Z` in capitals before the post (`Z Hanoi`, table `heading`);
- an embassy memorandum's subject in capitals, the one head under an inside address closed
  by its city, is the title (`form_titles.subject_head_title`);
- `board` is an office word (`Chairman` / `Board of National Estimates` under a signature);
- Polish adjectival surnames in -ski/-cki/-dzki are declined (`Rapackiemu`: table
  `declension-pl`), and Saigon's Polish exonym `Sajgon` (register);
- a US declassification stamp's hyphened date after the archives' name is month first
  (`NARS, Date 4-11-95`: `dotted_order._US_STAMP`);
- a memorandum's salutation `Mr. President:` names the President in office on its date
  (`named_parties._OFFICE_SALUTE`, resolved by `office_holders`);
- a Soviet journal record's head `with <interlocutor>` / `<day>` under `RECORD OF
  CONVERSATION` dates it by the conversation, not by its dateline (table `meeting-held`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

FO = ("FO 371/118832\n\n"
      "CONFIDENTIAL                                          (39)\n\n"
      "FROM BAGHDAD TO FOREIGN OFFICE Cypher/OTP\n"
      "Sir M. Wright No. 742\n"
      "D. 4.35 p.m. 3rd August, 1956\n"
      "R. 6.10 p.m. 3rd August, 1956\n\n"
      "Your telegram No. 1366: Suez Canal.\n\n"
      "     I saw Nuri this morning. He asked that his views be conveyed to the\n"
      "Secretary of State personally.\n\n"
      "                                    VVVVV\n")


def test_a_form_read_across_gives_route_envoy_and_number(resources: Resources) -> None:
    facts = text_facts(FO, resources)
    assert facts["place_of_origin"] == "Baghdad"
    assert facts["sender"] == ["Michael Wright"]
    assert facts["telegram_number"] == "742"


def test_the_v_row_is_no_signature(resources: Resources) -> None:
    assert not text_facts(FO, resources)["signed"]


def test_a_bracketed_folio_stays_apart_from_the_route(resources: Resources) -> None:
    assert "(39) FROM" not in text_xml(FO, resources)


PL = ("AMSZ, Z-17, W-44, t-1236                                        1/3\n"
      "            MINISTERSTWO SPRAW ZAGRANICZNYCH\n"
      "                  SZYFROGRAM NR 4512\n"
      "Z Hanoi                    nadany dnia 14.III.1966 godz. 18.30\n"
      "                           otrzymany dnia 15.III.1966 godz. 09.10\n"
      "        Tow. Michałowski\n\n"
      "W dniu dzisiejszym przyjął mnie premier. Prosił o przekazanie tego stanowiska\n"
      "tow. Rapackiemu. Pytał o kontakt z ambasadorem w Sajgonie.\n"
      "                                                  Siedlecki\n")


def test_a_first_page_counter_leaves_the_heading_whole(resources: Resources) -> None:
    facts = text_facts(PL, resources)
    assert facts["date"] == "1966-03-14"
    assert facts["telegram_number"] == "4512"
    assert facts["addressee"] == ["Jerzy Michałowski"]


def test_a_capital_z_before_the_post(resources: Resources) -> None:
    assert text_facts(PL, resources)["place_of_origin"] == "Hanoi"


def test_polish_adjectival_surname_and_exonym_declined(resources: Resources) -> None:
    xml = text_xml(PL, resources)
    assert 'ref="#per-adam-rapacki">Rapackiemu<' in xml
    assert 'ref="#pla-saigon">Sajgonie<' in xml


NAA = ("                    AUSTRALIAN EMBASSY,\n"
       "                      WASHINGTON, D.C.\n\n"
       "                                              2nd June, 1958.\n"
       "Memorandum No. 1207\n\n"
       "The Secretary,\n"
       "Department of External Affairs,\n"
       "CANBERRA, A.C.T.\n\n"
       "              INDONESIA: UNITED STATES POLICY\n\n"
       "        Mr. Robertson told me yesterday that the State Department now regards\n"
       "the rebellion in Sumatra as a lost cause.\n\n"
       "                                          (Howard Beale)\n"
       "                                            Ambassador.\n")


def test_a_subject_under_the_inside_address_is_the_title(resources: Resources) -> None:
    assert text_facts(NAA, resources)["title"] == "INDONESIA: UNITED STATES POLICY"


CIA = ("MEMORANDUM FOR: The Director\n"
       "SUBJECT      : Talk with Ambassador Tran Van Chuong\n\n"
       "1. At his request I lunched yesterday with him.\n\n"
       "                                        /s/\n"
       "                                  SHERMAN KENT\n"
       "                                    Chairman\n"
       "                          Board of National Estimates\n")


def test_a_board_under_the_signature_is_no_person(resources: Resources) -> None:
    assert "per-board" not in text_xml(CIA, resources)


LBJ = ("                                                          SANITIZED\n"
       "                                              Authority NLJ 94-218\n"
       "                                        By  cb  , NARS, Date 4-11-95\n\n"
       "                          THE WHITE HOUSE\n\n"
       "                            WASHINGTON\n"
       "SECRET\n"
       "                                        Wednesday, May 17, 1967\n\n"
       "Mr. President:\n\n"
       "     Ambassador Bunker reports that the generals have agreed.\n\n"
       "                                        W. W. Rostow\n")


def test_a_us_stamps_hyphened_date_is_month_first(resources: Resources) -> None:
    assert 'when="1995-04-11"' in text_xml(LBJ, resources)


def test_mr_president_salutes_the_president_in_office(resources: Resources) -> None:
    received = text_xml(LBJ, resources).split('type="received"')[1].split("</correspAction>")[0]
    assert 'ref="#per-lyndon-b-johnson">President<' in received


JOURNAL = ("                                                          Copy No. 2\n"
           "                                                          Outgoing No. 117\n"
           "                                                          \"26\" February 1962\n\n"
           "FROM THE JOURNAL OF\n"
           "S. V. CHERVONENKO\n\n"
           "                    RECORD OF CONVERSATION\n"
           "       with General Secretary of the CC CPC Deng Xiaoping\n"
           "                      12 February 1962\n\n"
           "     I visited Deng Xiaoping at the CC CPC building and handed him the text.\n\n"
           "        AMBASSADOR OF THE USSR IN THE PRC\n"
           "                                          /S. CHERVONENKO/\n")


def test_a_journal_record_is_dated_by_its_conversation(resources: Resources) -> None:
    assert text_facts(JOURNAL, resources)["date"] == "1962-02-12"
