"""Rules for US cable records, forms and intelligence cables (cables66):

- AAD's `Message Text` label with the text's first line beside it (`Message Text:
  CONFIDENTIAL`, also under a `Field Name<TAB>Value` header) is set alone over it
  (`pages/aad.py`, table `aad-record` row `text`): the record's `Subject` stays the title;
- PlusD's `TAGS` field listing its terms parted by pipes is one line of the record
  (`read_cells._LABELLED_LIST`), not a table's cells; a row of labelled cells is still split;
- the central decimal file number alone on its line is the shelfmark (table
  `archival-reference`);
- the outgoing form's empty charge boxes (`[ ] COLLECT`) are no gaps
  (`inline_brackets.checkbox`);
- `STATE 208374` alone is the cable's number (table `heading-us-cable`);
- `NR:` padded out to a series number before a third column gives the number
  (`read_cells`); `DEPTAR` is the Department of the Army (register);
- the intelligence cable's labels with colons (`ACQ:`, `PLACE & DATE ACQ:`, `FIELD NO.`)
  are heading lines, a padded label joining its value before a third column;
- a capitals cable's in-office surname glued after the last sentence signs it
  (`forms/us_cable.py`), also before a run-on record's grade and end mark;
- (after the held samples) the Kennedy Library's folder citation ending in its digital
  identifier is the archival reference; the telegraph branch's `NOTE: Mr. X notified ...`
  and a clerk's three consonant initials are processing lines; `REPORT NO.` before a TDCS
  number gives the number.
"""

from __future__ import annotations

from tei.convert import Resources
from tei.convert.read_cells import cells, tables
from tests.cases import text_facts, text_xml

AAD = (
    "Access to Archival Databases (AAD)\n\n"
    "Field Name\tValue\n"
    "Draft Date\t02 FEB 1977\n"
    "Document Number\t1977ROME01877\n"
    "From\tROME\n"
    "To\tSECSTATE WASHDC\n"
    "TAGS\tPFOR, IT\n"
    "Subject\tANDREOTTI ON THE COMMUNIST QUESTION\n"
    "Message Text\tCONFIDENTIAL\n"
    "PAGE 01        ROME  01877  021530Z\n"
    "O 021500Z FEB 77\n"
    "FM AMEMBASSY ROME\n"
    "TO SECSTATE WASHDC IMMEDIATE 3321\n"
    "C O N F I D E N T I A L ROME 1877\n"
    "SUBJECT: ANDREOTTI ON THE COMMUNIST QUESTION\n"
    "1. ANDREOTTI TOLD ME TODAY THAT HE WOULD NOT TAKE THE PCI INTO THE\n"
    "GOVERNMENT. GARDNER\n"
)


def test_message_text_beside_its_label_keeps_the_subject_title(resources: Resources) -> None:
    facts = text_facts(AAD, resources)
    assert facts["title"] == "ANDREOTTI ON THE COMMUNIST QUESTION"
    assert facts["telegram_number"] == "1877"


def test_the_field_table_leaves_the_message_text_row_to_the_cells() -> None:
    rows = tables(["Field Name\tValue", "Subject\tX", "Message Text\tSECRET", "PAGE 01"])
    assert rows[2] == "Message Text\tSECRET"
    assert cells(rows[2]) == ["Message Text", "SECRET"]


def test_a_pipe_listed_field_is_one_line() -> None:
    assert cells("TAGS:\tPFOR - Foreign Policy and Relations | GR - Greece | TU - Turkey") == [
        "TAGS: PFOR - Foreign Policy and Relations | GR - Greece | TU - Turkey"]
    assert len(cells("FROM: ATHENS | TO: FOREIGN OFFICE | No. 412")) == 3


def test_a_decimal_file_number_alone_is_the_shelfmark(resources: Resources) -> None:
    facts = text_facts(
        "National Archives Catalog\n"
        "Telegram from Tokyo, No. 3321, May 20, 1961\n\n"
        "INCOMING TELEGRAM     Department of State\n"
        "   ACTION COPY                          794.00/5-2061\n\n"
        "CONFIDENTIAL                             Control: 14110\n\n"
        "FROM: Tokyo\nTO: Secretary of State\nNO: 3321, MAY 20, 6 PM\n\n"
        "Ikeda will arrive June 20.\n\nREISCHAUER\n", resources)
    assert facts["archive_idno"] == "794.00/5-2061"


def test_charge_boxes_are_no_gaps(resources: Resources) -> None:
    facts = text_facts(
        "OUTGOING TELEGRAM  Department of State\n\n"
        "INDICATE:  [ ] COLLECT\n"
        "           [ ] CHARGE TO\n\n"
        "ACTION: Amembassy TOKYO 2210\n\n"
        "Your 3321. Department agrees.\n\nRUSK\n", resources)
    assert facts["gaps"] == 0


def test_the_departments_number_alone(resources: Resources) -> None:
    xml = text_xml("SECRET\n\nSTATE 208374\n\nCIRCULAR\n\nSUBJECT: Guidance\n\n"
                   "1. Posts should not take the initiative.\n\nRUSK\n", resources)
    assert '<idno type="telegram">208374</idno>' in xml


def test_an_army_number_label_padded_to_its_series_number() -> None:
    assert cells("NR:     C 56942                                 300255Z")[0] == "NR: C 56942"
    assert cells("NR:      WAR 84681      1 JUL 50")[0] == "NR: WAR 84681"


def test_deptar_is_the_department_of_the_army(resources: Resources) -> None:
    xml = text_xml("FROM: CINCFE TOKYO JAPAN\nTO: DEPTAR WASH DC\nNR: C 50011\n\n"
                   "1. Situation unchanged.\n", resources)
    assert 'ref="#org-department-of-the-army">DEPTAR<' in xml


def test_intelligence_labels_with_colons_are_heading_lines(resources: Resources) -> None:
    xml = text_xml(
        "INTELLIGENCE INFORMATION CABLE\n\n"
        "COUNTRY:      LAOS\n\n"
        "SUBJECT:      PATHET LAO MOVEMENTS\n\n"
        "ACQ:          LAOS, VIENTIANE (4 MAY 1961)          FIELD NO. VTN-0101\n\n"
        "1. TWO BATTALIONS MOVED SOUTH.\n", resources)
    assert '<ab type="registry" subtype="other">FIELD NO. VTN-0101</ab>' in xml
    assert 'subtype="other">ACQ: ' in xml


def test_a_label_joins_its_value_before_a_third_column() -> None:
    assert cells("ACQ:          LAOS, VIENTIANE          FIELD NO. VTN-0101") == [
        "ACQ: LAOS, VIENTIANE", "FIELD NO. VTN-0101"]
    assert cells("TO:       FROM: Paris        X") == ["TO:", "FROM: Paris", "X"]


def test_an_in_office_surname_glued_to_the_last_point_signs(resources: Resources) -> None:
    facts = text_facts(
        "O 181140Z JUN 75\nFM AMEMBASSY KINSHASA\nTO SECSTATE WASHDC IMMEDIATE 4482\n"
        "S E C R E T KINSHASA 2215\nSUBJECT: DEPARTURE\n"
        "1. I AM TO LEAVE WITHIN TWO DAYS. THE DCM WILL ACT AS CHARGE. HINTON\n", resources)
    assert facts["signed"] == "HINTON"
    assert facts["sender"] == ["Deane R. Hinton"]


def test_a_run_on_records_grade_and_end_mark_follow_the_signature(resources: Resources) -> None:
    xml = text_xml(
        "Draft Date\t17 JUL 1979\nDocument Number\t1979MANAGU03327\nFrom\tMANAGUA\n"
        "To\tSECSTATE WASHDC\nSubject\tDEPARTURE\n"
        "Message Text\tSECRET PAGE 01 MANAGU 03327 171448Z ACTION SS-25 INFO OCT-01 "
        "ADS-00 /026 W ------------------034112 171455Z /41 O 171425Z JUL 79 "
        "FM AMEMBASSY MANAGUA TO SECSTATE WASHDC NIACT IMMEDIATE 1877 INFO AMEMBASSY "
        "SAN JOSE S E C R E T MANAGUA 3327 EXDIS E.O. 12065: RDS-3 7/17/99 TAGS: PINT, NU "
        "SUBJECT: DEPARTURE REF: STATE 184110 1. THE PRESIDENT LEFT AT 0435. "
        "2. I WILL SEE HIS SUCCESSOR AT NOON. PEZZULLO SECRET NNN\n", resources)
    assert '<signed><persName ref="#per-lawrence-pezzullo">PEZZULLO</persName></signed>' in xml


def test_the_kennedy_librarys_folder_citation_is_the_reference(resources: Resources) -> None:
    facts = text_facts(
        "JFK Library  -  Digital Collections\n"
        "Papers of John F. Kennedy. Presidential Papers. National Security Files. Countries. "
        "Laos: General, 5/61. JFKNSF-130-004-p0012\n\n"
        "INCOMING TELEGRAM     Department of State\n\n"
        "SECRET                      Control: 1211\n"
        "                            Rec'd: May 4, 1961\n\n"
        "FROM: Vientiane\nTO: Secretary of State\nNO: 2011, May 4, 5 p.m.\n\n"
        "Souvanna arrived this morning.\n\nBROWN\n\nVLP\n\n"
        "NOTE: Mr. Bundy (White House) notified 6:10 p.m. 5/4/61.\n", resources)
    assert facts["archive_idno"].endswith("JFKNSF-130-004-p0012")
    assert facts["telegram_number"] == "2011"
    assert facts["signed"] == "BROWN"


def test_report_no_before_a_tdcs_number(resources: Resources) -> None:
    facts = text_facts(
        "TELEGRAM INFORMATION REPORT             TELEGRAM\n\n"
        "CENTRAL INTELLIGENCE AGENCY\n\n"
        "S E C R E T   NO FOREIGN DISSEM\n\n"
        "COUNTRY        DOMINICAN REPUBLIC          REPORT NO.  TDCS-314/05542-65\n\n"
        "SUBJECT        SITUATION IN SANTO DOMINGO  DATE DISTR.  28 APRIL 1965\n\n"
        "DATE OF INFO   28 APRIL 1965\n\n"
        "1. THE REBELS HOLD THE BRIDGE.\n\n2. FIELD DISSEM: EMBASSY.\n", resources)
    assert facts["telegram_number"] == "TDCS-314/05542-65"
