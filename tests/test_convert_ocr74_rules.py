"""Rules for OCR'd scans of archive pages (ocr74):

- a receipt stamp's label alone on its line (`RECEIVED`, the NSC Secretariat's stamp on a
  presidential library's memorandum) dates the receipt by the date line under it, also past
  the page's classification the scan set at the left of the stamp's date (`SECRET/NODIS
  DEC 8 1969`); the memo's own date is its date (`heading_places._stamp_dates`); a label
  alone over a month-first date runs on into it (`rewrap.date_runs_on`);
- a subject field's wrapped rest, a few capitalised words opening with a small word (`on
  Berlin Access`), runs on into the subject; the text's first line starts apart
  (`stacked_labels.subject_runs_on`);
- the Polish year's mark before the hour's word keeps the hour (`7.XII.1962 r. godz.
  01.15`, `date_shapes`);
- the British envoy's style in capitals makes a heading line the sender's (`SIR D. ORMSBY
  GORE` beside `Cypher/OTP`: table `heading-commonwealth`);
- a CIA cable's `CITE` names its station by its city in full on a CREST copy (`CITE LONDON
  6627`: table `heading-us-cable`);
- register: the Polish exonyms of Havana, New York (`w Nowym Jorku`), Czechoslovakia and
  Europe, declined by the Polish declension table.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

NSC = ("                                                        MEMORANDUM\n"
       "               THE WHITE HOUSE\n                  WASHINGTON\n"
       "                                              RECEIVED\n"
       "{marking}                                  DEC 8 1969\n"
       "                                                NSC/S\n"
       "                                         December 6, 1969\n"
       "MEMORANDUM FOR:        THE PRESIDENT\n"
       "FROM:                  Henry A. Kissinger\n"
       "SUBJECT:               Ambassador Rush's Talk with Abrasimov\n"
       "                       on Berlin Access\n"
       "Ambassador Rush reports that he saw Soviet Ambassador Abrasimov in East Berlin on\n"
       "December 4 for about two hours and that the talks will go on next week.\n")


def test_a_stamp_beside_the_marking_dates_the_receipt(resources: Resources) -> None:
    facts = text_facts(NSC.format(marking="SECRET/NODIS"), resources)
    assert facts["date"] == "1969-12-06"
    assert facts["date_received"] == "1969-12-08"


def test_a_stamp_alone_over_its_date_dates_the_receipt(resources: Resources) -> None:
    facts = text_facts(NSC.format(marking="            "), resources)
    assert facts["date"] == "1969-12-06"
    assert facts["date_received"] == "1969-12-08"


def test_a_wrapped_subject_runs_on_and_the_text_starts_apart(resources: Resources) -> None:
    xml = text_xml(NSC.format(marking="SECRET/NODIS"), resources)
    assert ("Talk with <persName ref=\"#per-pyotr-abrasimov\">Abrasimov</persName> on "
            "<placeName ref=\"#pla-berlin\">Berlin</placeName> Access</ab>") in xml


POLISH = ("SZYFROGRAM Nr 14512\n"
          "z Moskwy                         nadany dn. 6.XII.1962 r. godz. 19.30\n"
          "                                 otrzymany dn. 7.XII.1962 r. godz. 01.15\n"
          "Do: Tow. Rapacki\n"
          "Tow. Mikojan po powrocie z Hawany złożył sprawozdanie; rokowania w Nowym Jorku\n"
          "uważa się za zakończone.\n"
          "                                             Gajewski\n")


def test_the_polish_year_mark_keeps_the_hour(resources: Resources) -> None:
    facts = text_facts(POLISH, resources)
    assert facts["date"] == "1962-12-06"
    assert facts["date_received"] == "1962-12-07T01:15"


def test_polish_exonyms_are_declined(resources: Resources) -> None:
    xml = text_xml(POLISH, resources)
    assert '<placeName ref="#pla-havana">Hawany</placeName>' in xml
    assert '<placeName ref="#pla-new-york">Nowym Jorku</placeName>' in xml


def test_the_envoys_style_in_capitals_is_the_sender(resources: Resources) -> None:
    facts = text_facts(
        "FROM WASHINGTON TO FOREIGN OFFICE\n"
        "Cypher/OTP                  SIR D. ORMSBY GORE\n"
        "No. 2731                     D.  11.52 p.m.  October 28, 1962.\n"
        "                             R.   5.10 a.m.  October 29, 1962.\n"
        "EMERGENCY\nCONFIDENTIAL\n"
        "Following personal for Prime Minister from Ambassador.\n"
        "I saw Bundy this evening at the White House.\n", resources)
    assert "David Ormsby-Gore" in facts["sender"]
    assert facts["telegram_number"] == "2731"


def test_a_cite_line_names_its_station_by_its_city(resources: Resources) -> None:
    facts = text_facts(
        "SECRET\nCITE LONDON 6627\nDIRECTOR INFO PARIS BONN\n"
        "SUBJ: DEFECTOR ASKS SAFE PASSAGE\n"
        "1. LIAISON TOLD STATION THE DEFECTOR HAD ASKED FOR SAFE PASSAGE TO UK.\n"
        "SECRET\n12 DEC 62   1441Z\n", resources)
    assert facts["telegram_number"] == "LONDON 6627"
