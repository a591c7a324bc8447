"""Rules for cables learnt from real pages (cables97: PlusD pages of 1973-1979 cables from
Rome, Warsaw, Beirut, Tel Aviv, Jerusalem and the Department; Cablegate pages from Riyadh,
Madrid and Brasilia on wikileaks.jcvignoli.com and wikileaks.dugumkume.org; a Scribd
compilation of the Riyadh embassy's cables as a PDF print):

- a PDF print of a Cablegate page wraps the record table's values in their cells under the
  label row (`Reference ID Created Released Classification Origin` over `2010-02-12
  2010-12-10 Embassy` / `10RIYADH184 SECRET` / `14:02 21:09 Riyadh`): the id is a source
  identifier, the first day and time the page's date, the office's post the place sent from
  (table `cable-record`, row `wrapped-cells`; `pages/cablerecord.py`, `_cells_row` and
  `_unwrap_cells`), the row under at most eight short lines of the print's debris, the first
  line of cells perhaps run on into it (row `label-row-cells`); before, the row and its
  run-on values stayed a heading and the cable under it was a memorandum with no date, place
  or number;
- the officers a Cablegate passing line names in brackets after their office symbols
  (`EEB/ESC/IEC (MONOSSON)`, `S/SECC (STERN, PERSHING, ROCHBERG)`), also in a bracket that
  opens a piece the PDF parted before the next symbol (`(GOLDWYN, SULLIVAN), S/SECC`) or is
  closed on the next piece: each a person, a local one for a plain surname
  (`drafting_lines._bracketed_officers`); places and office words are none;
- the classifying officer in brackets on the E.O. 12065 line before a comma and his office
  symbol (`(GARDNER, R. N.), OR-M`) is a person (table `heading-us-cable`, row
  `declassification`);
- a US cable's sender alone by his surname under the subject (`FROM KEATING`, an
  ambassador reporting from a consulate) is a line of its own (`read._NEW_BLOCK`,
  `release_lines._page_line`) and the cable's sender (table `routing-line`, row
  `from-capitals`); before, it ran on into the subject;
- the plurals of abstract nouns (`MAJOR CONFRONTATIONS`) and a setting's nouns after
  `GENERAL` (`THE GENERAL CONTEXT`) begin no name after a rank in capitals
  (`titled_names._ABSTRACT`, table `capitals-common-words`);
- `INTAF` (a US command's international affairs office: `USDOCOSOUTH FOR INTAF`) is an
  office as `POLAD` is, no person;
- register: Richard N. Gardner, Filippo Maria Pandolfi, Arthur R. Day, James F. Jeffrey,
  Arturo Valenzuela, Lisa Kubiske; `APHSCT Townsend`; Palermo.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

WRAPPED = ("You are on page 1of 40\n\nCairo\n2\n"
           "Reference ID Created Released Classification Origin\n"
           "2008-05-14 2011-08-30 Embassy\n08CAIRO977 CONFIDENTIAL\n09:40 01:44 Cairo\n"
           "VZCZCXRO1201\nPP RUEHDE\n\nDE RUEHEG #0977/01 1350940\n\nZNY CCCCC ZZH\n"
           "P 140940Z MAY 08\nFM AMEMBASSY CAIRO\nTO RUEHC/SECSTATE WASHDC PRIORITY 9021\n"
           "C O N F I D E N T I A L CAIRO 000977\n\nSIPDIS\n\n"
           "DEPARTMENT FOR NEA/ELA (HOLLOWAY), EEB/TPP\n\n\n(MARCHETTI, DUNLEAVY), S/P (OKAFOR,\n"
           "WESTBROOK)\n\nE.O. 12958 DECL: 05/13/2018\n\nTAGS ECON, EG\n"
           "SUBJECT: WHEAT PRICES AND THE BREAD LINES\n\n"
           "¶1. (C) The Supply Ministry told EconOff on May 12 that the bakeries will stay open.\n")


def test_wrapped_record_cells_give_id_date_place_and_number(resources: Resources) -> None:
    facts = text_facts(WRAPPED, resources)
    assert facts["doc_type"] == "cable"
    assert facts["date"] == "2008-05-14"
    assert facts["place_of_origin"] == "Cairo"
    assert facts["telegram_number"] == "000977"
    assert facts["archive_idno"] == "08CAIRO977"


def test_wrapped_cells_need_an_id(resources: Resources) -> None:
    text = WRAPPED.replace("08CAIRO977 CONFIDENTIAL", "CONFIDENTIAL")
    assert text_facts(text, resources)["archive_idno"] != "08CAIRO977"


def test_bracketed_officers_after_office_symbols_are_persons(resources: Resources) -> None:
    xml = text_xml(WRAPPED, resources)
    for ref, word in (("holloway", "HOLLOWAY"), ("marchetti", "MARCHETTI"),
                      ("dunleavy", "DUNLEAVY"), ("okafor", "OKAFOR"),
                      ("westbrook", "WESTBROOK")):
        assert f'<persName ref="#per-{ref}">{word}</persName>' in xml
    assert "per-nea" not in xml and "per-tpp" not in xml


def test_bracket_without_an_office_symbol_names_no_officer(resources: Resources) -> None:
    text = ("C O N F I D E N T I A L CAIRO 000977\n\nSIPDIS\n\nE.O. 12958: DECL: 05/13/2018\n"
            "TAGS: ECON, EG\nSUBJECT: BREAD\n\n1. (C) The bakers (HOLLOWAY) met on Monday.\n")
    assert "per-holloway" not in text_xml(text, resources)
    cleared = ("UNCLASSIFIED\nPAGE 01 STATE 118406\nORIGIN AID-59\n"
               "DRAFTED BY AFR/SFWA:RKNOWLES:BT\nAPPROVED BY AFR/SFWA:GMCANDREWS\n"
               "AFR/DR:TWARDELL (SUBS)\nPPC/PB:LMORRIS (INFO)\n"
               "P 141522Z MAY 75\nFM SECSTATE WASHDC\nTO AMEMBASSY NIAMEY PRIORITY\n"
               "UNCLAS STATE 118406\nSUBJECT: GRAIN STORAGE\n1. AID/W APPROVES THE AMENDMENT.\n")
    xml = text_xml(cleared, resources)  # a clearance's remark after the clearing officer
    assert "per-subs" not in xml and "per-info" not in xml


NAPLES = ("CONFIDENTIAL\nPAGE 01\nNAPLES 00388 121530Z\nACTION EUR-12\n"
          "INFO OCT-01 ISO-00 SS-15 /028 W\n------------------104201 121544Z /43\n"
          "R 121420Z APR 78\nFM AMCONSUL NAPLES\nTO SECSTATE WASHDC 3301\nINFO AMEMBASSY ROME\n"
          "USDOCOSOUTH NAPLES\nC O N F I D E N T I A L NAPLES 0388\nUSDOCOSOUTH FOR INTAF\n"
          "E.O. 12065: GDS, 04/12/84 (GARDNER, R. N.), OR-M\nTAGS: PGOV, IT\n"
          "SUBJECT: THE MAYOR ON THE PORT STRIKE\nFROM GARDNER\n"
          "1. THE MAYOR TOLD ME APRIL 11 HE FEARS NO MAJOR CONFRONTATIONS AT THE PORT.\n"
          "2. HE SPOKE ONLY IN THE GENERAL CONTEXT OF THE CITY'S BUDGET.\n")


def test_from_surname_line_is_the_sender_not_the_subject(resources: Resources) -> None:
    facts = text_facts(NAPLES, resources)
    assert facts["sender"] == ["Richard N. Gardner"]
    xml = text_xml(NAPLES, resources)
    assert "PORT STRIKE FROM" not in xml


def test_eo_classifier_before_comma_and_office(resources: Resources) -> None:
    text = NAPLES.replace("FROM GARDNER\n", "")
    xml = text_xml(text, resources)
    assert '<persName ref="#per-richard-n-gardner">GARDNER, R. N.</persName>' in xml


def test_ranks_before_abstract_plurals_and_context_name_no_one(resources: Resources) -> None:
    xml = text_xml(NAPLES, resources)
    for word in ("confrontations", "context", "intaf"):
        assert f"per-{word}" not in xml


def test_register_additions_of_the_wave(resources: Resources) -> None:
    text = ("CONFIDENTIAL\nSUBJECT: VISITS\n1. TREASURY MINISTER PANDOLFI MET APHSCT TOWNSEND "
            "AND ASSISTANT SECRETARY ARTURO VALENZUELA.\n")
    xml = text_xml(text, resources)
    for ref in ("filippo-maria-pandolfi", "frances-townsend", "arturo-valenzuela"):
        assert f"#per-{ref}" in xml
