"""Rules for US government cables as their publishers give them (cables63):

- NARA AAD's full record copied with each field's label and value parted by one tab and
  no colon (`Subject<TAB>PINOCHET ON ...`, `TAGS<TAB>PINT, CI`): the label takes its colon
  (`stacked_labels._RECORD_CELL`), so the record's subject is the title and the next row's
  label no longer runs on into it (`... TIMETABLE TAGS`); the record's fields under its
  text keep their tail (row `aad-record` `tail`: a label with its colon);
- the classifying officer's line in capitals without the label's colon (`CLASSIFIED BY
  POLITICAL COUNSELOR. REASON: 1.5 (D).`) is a heading line of the cable (table
  `heading-us-cable`, row `classification`), not its first paragraph;
- `END COMMENT.` (`END SUMMARY.`, `END TEXT.` ...) on a line of its own over the signature
  is no signature (table `section-words`, row `cable-end`);
- a sovereign's title alone (`THE SHAH'S`) names the office's one holder in the office's
  first or last year where no other holder's span meets it (`sovereign_titles.holder`: the
  Shah in 1979); a year of handover still names none;
- the register's US envoys who sign by surname alone where another person claims it:
  Warren Zimmermann (Belgrade 1989-1992; Arthur Zimmermann's `Zimmermann` now read only in
  his years of office, 1911-1917) and Richard W. Murphy (`surname-in-office`);
- (held, after looking) a PlusD page's heading over its table is the title when the cable's
  `SUBJECT:` line says it again, a colon in it or not (`pages/plusd._subject_title`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

AAD_TAB_RECORD = (
    "Access to Archival Databases (AAD)\n"
    "Electronic Telegrams, 1/1/1976 - 12/31/1976\n\n"
    "Draft Date\t03 MAR 1976\n"
    "Document Number\t1976ROME03391\n"
    "Film Number\tD760081-0144\n"
    "From\tROME\n"
    "To\tSECSTATE WASHDC\n"
    "Subject\tMORO SEES NO EARLY END TO THE GOVERNMENT CRISIS IN ROME\n"
    "TAGS\tPINT, IT\n"
    "Message Text\n"
    "P 031540Z MAR 76\n"
    "FM AMEMBASSY ROME\n"
    "TO SECSTATE WASHDC PRIORITY 6120\n"
    "C O N F I D E N T I A L ROME 3391\n"
    "SUBJECT: MORO SEES NO EARLY END TO THE GOVERNMENT CRISIS IN ROME\n"
    "1. PRIME MINISTER MORO TOLD ME TODAY THAT HE EXPECTED TO FORM A\n"
    "MINORITY GOVERNMENT WITHIN THE WEEK.\n"
    "VOLPE\n"
)


def test_an_aad_record_label_before_a_tab_takes_its_colon(resources: Resources) -> None:
    facts = text_facts(AAD_TAB_RECORD, resources)
    assert facts["title"] == "MORO SEES NO EARLY END TO THE GOVERNMENT CRISIS IN ROME"
    assert facts["date"] == "1976-03-03"


CLASSIFIED_CAPITALS = (
    "R 141201Z MAY 96\n"
    "FM AMEMBASSY HARARE\n"
    "TO SECSTATE WASHDC 5512\n"
    "C O N F I D E N T I A L HARARE 003318\n"
    "E.O. 12958: DECL: 05/14/06\n"
    "TAGS: PGOV, ZI\n"
    "SUBJECT: NEW CABINET\n"
    "CLASSIFIED BY POLITICAL COUNSELOR. REASON: 1.5 (D).\n"
    "1. (C) PRESIDENT MUGABE NAMED HIS NEW CABINET MAY 13.\n"
    "2. (C) COMMENT: THE CHANGES ARE FEWER THAN EXPECTED.\n"
    "END COMMENT.\n"
    "CARSON\n"
)


def test_the_classifying_line_in_capitals_is_a_heading_line(resources: Resources) -> None:
    xml = text_xml(CLASSIFIED_CAPITALS, resources)
    assert ('<ab type="registry" subtype="classification">CLASSIFIED BY POLITICAL COUNSELOR.'
            in xml)
    assert "<p>CLASSIFIED BY" not in xml


def test_end_comment_alone_is_no_signature(resources: Resources) -> None:
    facts = text_facts(CLASSIFIED_CAPITALS, resources)
    assert facts["signed"] == "CARSON"
    assert "<signed>END COMMENT.</signed>" not in text_xml(CLASSIFIED_CAPITALS, resources)


def test_the_shah_in_the_last_year_of_his_reign(resources: Resources) -> None:
    xml = text_xml(
        "O 182231Z OCT 79\n"
        "FM SECSTATE WASHDC\n"
        "TO AMEMBASSY MEXICO IMMEDIATE\n"
        "S E C R E T STATE 271840\n"
        "SUBJECT: THE SHAH'S MEDICAL CONDITION\n"
        "1. THE SHAH'S DOCTORS HAVE ADVISED FURTHER TESTS.\n"
        "VANCE\n", resources)
    assert '<persName ref="#per-mohammad-reza-pahlavi">SHAH</persName>' in xml


def test_a_year_of_handover_names_no_shah(resources: Resources) -> None:
    xml = text_xml(
        "O 101200Z SEP 41\n"
        "FM AMLEGATION TEHRAN\n"
        "TO SECSTATE WASHDC\n"
        "1. THE SHAH RECEIVED ME TODAY.\n"
        "DREYFUS\n", resources)
    assert "<persName" not in xml.split("THE ", 1)[1].split("RECEIVED", 1)[0]


def test_a_belgrade_cable_of_1989_is_signed_by_warren_zimmermann(resources: Resources) -> None:
    xml = text_xml(
        "O 231010Z APR 89\n"
        "FM AMEMBASSY BELGRADE\n"
        "TO SECSTATE WASHDC IMMEDIATE 4419\n"
        "S E C R E T BELGRADE 02871\n"
        "1. (S) OUR CONTACTS IN LJUBLJANA SAY KUCAN WILL NOT YIELD.\n"
        "ZIMMERMANN\n", resources)
    assert '<signed><persName ref="#per-warren-zimmermann">ZIMMERMANN</persName>' in xml


def test_the_ambassador_in_damascus_in_1974_is_richard_murphy(resources: Resources) -> None:
    xml = text_xml(
        "O 181405Z MAY 74\n"
        "FM THE SITUATION ROOM\n"
        "TO SECRETARY KISSINGER\n"
        "1. THE MESSAGE, RECEIVED THROUGH AMBASSADOR MURPHY IN DAMASCUS THIS MORNING, HAS\n"
        "BEEN RELAYED.\n", resources)
    assert '<persName ref="#per-richard-w-murphy">MURPHY</persName>' in xml


def test_a_plusd_page_heading_with_a_colon_is_the_title(resources: Resources) -> None:
    facts = text_facts(
        "Cable: 1976LAGOS01789_b\n"
        "ATTEMPTED COUP IN NIGERIA: HEAD OF STATE KILLED\n"
        "Date:\t1976 February 13, 14:05 (Friday)\n"
        "Canonical ID:\t1976LAGOS01789_b\n"
        "Original Classification:\tCONFIDENTIAL\n"
        "From:\tNigeria Lagos\n"
        "To:\tSecretary of State\n"
        "Show Headers\n"
        "O 131405Z FEB 76\n"
        "FM AMEMBASSY LAGOS\n"
        "TO SECSTATE WASHDC NIACT IMMEDIATE 2214\n"
        "C O N F I D E N T I A L SECTION 1 OF 2 LAGOS 1789\n"
        "SUBJECT: ATTEMPTED COUP IN NIGERIA: HEAD OF STATE KILLED\n"
        "1. RADIO NIGERIA ANNOUNCED AT 1300 LOCAL THAT THE HEAD OF STATE WAS KILLED.\n",
        resources)
    assert facts["title"] == "ATTEMPTED COUP IN NIGERIA: HEAD OF STATE KILLED"
