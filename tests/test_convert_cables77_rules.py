"""Rules for the header facts, persons and signers of cables of 1965-1990 as archives and
databases give them (cables77):

- a defense attaché's intelligence information report puts its handling caveats between
  the grade and the section mark (`S E C R E T NOFORN WNINTEL SECTION 01 OF 02 NEW DELHI
  02318`), a cable its dissemination word after the number (`... MOSCOW 14512 EXDIS`):
  the telegram's number (table `heading`, the cable-number row of the spaced grade);
- the report's field labels in capitals (`SERIAL:`, `PASS:`, `COUNTRY:`, `DOI:`, `SOURCE:`,
  `TEXT:`, `PREP:` ...) open a block: the line above never runs on into one (`read.py`);
- in capitals, a given name of table `given-first` after a title goes on to the surname
  as a register given name does (`CHAIRMAN ETIENNE DAVIGNON`, `EXECUTIVE DIRECTOR ULF
  LANTZKE`; `titled_names.py`), and a name the register lacks of two given names and a
  surname is read whole (`JOSE LUIS PADRON CALLED`), a verb's -ed form ending it
  (`given_first.py`);
- a flowed copy of a repeated cable (PlusD) with the close glued to the quoted signer and
  the repeating one (`MARTIN UNQUOTE KISSINGER`, `... AGAIN. MARTIN UNQUOTE KISSINGER`):
  the close is split off, the quoted cable is embedded and the repeating signer is the
  sender (`quoted.py`), the page's trailer under that line furniture
  (`processing_lines.py`); not an inline quotation (`HE SAID QUOTE IN HAND UNQUOTE`);
- an intelligence report's banner, the grade with its caveats (`SECRET NOFORN WNINTEL`), is
  a classification, never the signature (tables `heading`, `page-stamps`).

Seen on the held samples after scoring:

- a Canadian department's release line over a telex it disclosed (`Global Affairs Canada -
  Access to Information Release A-2019-00412`) is a declassification line, no parties
  (table `heading`); the telex's address to the Department itself with its division (`TO
  EXTOTT URR`) is a heading line, no addressee person (table `heading-us-cable`); the
  mission in New York as `PRMNY` or `PMNY` (table `cable-posts`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

IIR = ("O 211145Z FEB 84\nFM USDAO NEW DELHI\nTO DIA WASHDC IMMEDIATE\nINFO SECSTATE WASHDC\n"
       "BT\nS E C R E T NOFORN WNINTEL SECTION 01 OF 02 NEW DELHI 02318\n"
       "SERIAL: (U) IIR 6 826 0045 84.\nCOUNTRY: (U) INDIA (IN).\n"
       "SUMMARY: (S/NF) ELEMENTS OF TWO ARMORED DIVISIONS EXERCISED IN THE DESERT IN THE\n"
       "SECOND WEEK OF THE MONTH. THE EXERCISE TESTED NIGHT RIVER CROSSINGS OF ALL KINDS.\n"
       "TEXT: 1. (S/NF) ON 12 FEB THE ATTACHE DROVE THE ROAD AND COUNTED 46 TANKS\n"
       "MOVING WEST TOWARD THE BORDER WITH PAKISTAN IN TWO LONG COLUMNS OF VEHICLES.\n"
       "2. (C) SOURCE ADDED THAT THE EXERCISE WOULD BE REPEATED IN MARCH NEAR THE\n"
       "BORDER AND THAT THE CHIEF OF STAFF WOULD ATTEND IT HIMSELF THIS TIME.\n"
       "BT\n#2318\nNNNN\n")

EXDIS = ("O 141630Z SEP 79\nFM AMEMBASSY MOSCOW\nTO SECSTATE WASHDC IMMEDIATE 3307\nBT\n"
         "S E C R E T SECTION 01 OF 02 MOSCOW 14512 EXDIS\nE.O. 12065: GDS\n"
         "TAGS: PFOR, UR\nSUBJECT: HEALTH\n1. GROMYKO TOLD ME TODAY THAT ALL WAS WELL.\n"
         "WATSON\n")

NAMES = ("FM USMISSION OECD PARIS\nTO SECSTATE WASHDC 6120\n"
         "LIMITED OFFICIAL USE OECD PARIS 05873\nSUBJECT: IEA GOVERNING BOARD\n"
         "1. THE STANDING GROUP UNDER CHAIRMAN ETIENNE DAVIGNON AGREED ON A TEXT.\n"
         "2. EXECUTIVE DIRECTOR ULF LANTZKE SPOKE NEXT.\n"
         "3. JOSE LUIS PADRON CALLED ME TO HIS OFFICE.\nTURNER\n")


def _repeat(tail: str) -> str:
    return ("R 091240Z SEP 75\nFM SECSTATE WASHDC\nTO AMEMBASSY BONN 2211\nBT\n"
            "C O N F I D E N T I A L STATE 214512\n"
            "FOLLOWING REPEAT SAIGON 4512 ACTION SECSTATE SEP 08.\nQUOTE\n"
            "C O N F I D E N T I A L SAIGON 4512\nSUBJECT: TALKS WITH THIEU\n"
            f"1. THE PRESIDENT SAID THAT THE TALKS WOULD GO ON.\n{tail}\nBT\n")


def test_report_caveats_before_the_section_mark_and_field_labels(resources: Resources) -> None:
    facts = text_facts(IIR, resources)
    assert facts["telegram_number"] == "02318"
    assert facts["place_of_origin"] == "New Delhi"
    assert facts["date"] == "1984-02-21"


def test_dissemination_word_after_the_number(resources: Resources) -> None:
    assert text_facts(EXDIS, resources)["telegram_number"] == "14512"


def test_banner_with_caveats_is_no_signature(resources: Resources) -> None:
    assert text_facts(IIR + "\nSECRET NOFORN WNINTEL\n", resources)["signed"] is None


def test_given_first_names_in_capitals_after_titles_and_double_given(
        resources: Resources) -> None:
    xml = text_xml(NAMES, resources)
    assert ">ETIENNE DAVIGNON</persName>" in xml
    assert "#per-jacques-davignon" not in xml
    assert ">ULF LANTZKE</persName>" in xml
    assert ">JOSE LUIS PADRON</persName>" in xml


def test_close_glued_to_the_signers_of_a_repeated_cable(resources: Resources) -> None:
    for tail in ("2. WE AGREED TO MEET AGAIN.\nMARTIN UNQUOTE KISSINGER",
                 "2. WE AGREED TO MEET AGAIN. MARTIN UNQUOTE KISSINGER",
                 "2. WE AGREED TO MEET AGAIN. MARTIN UNQUOTE KISSINGER\nCONFIDENTIAL\n\n"
                 "<< END OF DOCUMENT >>"):
        xml = text_xml(_repeat(tail), resources)
        assert 'rend="quoted"' in xml
        assert '<signed><persName ref="#per-graham-martin">MARTIN</persName></signed>' in xml
        assert text_facts(_repeat(tail), resources)["sender"] == ["Henry Kissinger"]


def test_inline_quotation_is_no_glued_close(resources: Resources) -> None:
    text = _repeat("2. HE SAID QUOTE IN HAND UNQUOTE.\nMARTIN")
    assert 'rend="quoted"' not in text_xml(text, resources)


TELEX = ("Global Affairs Canada - Access to Information Release A-2019-00412\nPage 7 of 12\n\n"
         "CONFIDENTIAL\nFM PRMNY YUGR4415 14NOV73\nTO EXTOTT URR\nINFO WSHDC LDN PARIS\n"
         "DISTR MINA USS URR GPN\n---UNGA:KOREAN ITEM IN FIRST CTTEE\n"
         "1.FIRST CTTEE TODAY BEGAN DEBATE ON KOREAN ITEM.\n2.WE WILL REPORT FURTHER.\n"
         "BARTON\n\nCCC/019 141920Z YUGR4415\n")


def test_canadian_release_line_department_division_and_mission_code(
        resources: Resources) -> None:
    facts = text_facts(TELEX, resources)
    assert facts["doc_type"] == "cable"
    assert facts["place_of_origin"] == "New York"
    assert facts["telegram_number"] == "YUGR4415"
    assert facts["addressee"] == []
    assert "Extott" not in text_xml(TELEX, resources)
