"""Rules for US cables as published online, learnt from real pages (cables92: PlusD pages of
1974-1978 telegrams from Kinshasa, Maputo, Lima and Bucharest and of the Department to the
Secretary's party, Cablegate pages of 2009 from Tegucigalpa, one of them flattened, and a
CIA release's copy on faqs.org):

- a Cablegate page run onto one line is cut into its heading items where it holds the
  classifying officer's line (`Classified By: Ambassador ..., reasons 1.4 (b & d)`, row
  `cablegate-classified` of `flattened-heading`, one of `flattened._STRONG`) and a lettered
  reference opening it (`B. TEGUCIGALPA 1289`, row `reference`): the page is a cable; a
  day of a month closing a sentence (`on December 14. While`) is no point's number (row
  `point`);
- a Department telegram's page line with its TOSEC serial and no date-time group (`PAGE 02
  STATE 016933 TOSEC 010179`) is a printout page line: its number and post are the cable's
  (tables `printout-page`, `page-stamps`, `heading-us-cable`);
- the classifying officer on the E.O. line with an initial before his middle name
  (`(AGGREY, O. RUDOLPH) OR-M`) is a person (`heading-us-cable` row `declassification`);
- an abstract noun after a title word in capitals is no name (`THE MAJOR PORTION OF`,
  `CANNOT JUDGE TOPICALITY OF`: `titled_names._ABSTRACT`; `THE GENERAL CONCEPT`: table
  `not-names`);
- the Spanish and Portuguese newspapers' names a press review cites (`daily El Heraldo
  reported`, `La Prensa said`) are no persons (table `not-names`);
- a Spanish name of a given name and two surnames named in full is named by the father's
  surname alone after it (`Carlos Lopez Contreras` ... `Lopez`), a local person's or a
  register person's (`surnames.local_surnames`, `surnames.form_surnames`);
- a year in two figures is put in the century of the cable's declassification date
  (`WRAP-UP 07/13/09` under `E.O. 12958: DECL: 07/13/2019`: 2009), so the persons of 2009
  are alive (`context_years._declassified_century`);
- a sentence's line closing on a month runs on into the line under it opening with the day
  and a stop (`... scheduled for November` / `29. Zelaya reiterated ...`): the day, no
  point (`stacked_labels.day_runs_on`, asked by `read.logical_lines`);
- a title's telegraphese contractions (`ASST SECY ROGERS`) fit the office they contract
  (`surnames._CONTRACTED`: the Assistant Secretary, William D. Rogers, in 1975);
- register: Nguza Karl-i-Bond, Umba di Lutete, Charles H. Percy, Armando Panguene, Miguel
  Ángel de la Flor, Matthew Nimetz, Sheldon B. Vance, Manuel Zelaya, Roberto Micheletti,
  Carlos López Contreras, Carlos Roberto Flores, Patricia Rodas, Hugo Llorens; `President
  Velasco` and `Velasco` in office for Juan Velasco Alvarado.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

FLAT = ("B. STATE 104455 Classified By: Ambassador Hugo Llorens, reasons 1.4 (b & d) 1. (C) "
        "The Ambassador called on the Foreign Minister of the transitional government on "
        "October 14. They discussed the talks that the mediators had proposed for the coming "
        "week, and the Foreign Minister said his side would send a delegation once the "
        "agenda was agreed. The Ambassador replied that the United States wanted the talks "
        "to begin without conditions and to end with an agreement both sides could sign. "
        "He added that the Department would follow the talks closely from Washington. "
        "2. (C) The Foreign Minister asked whether the United States would observe the "
        "talks. The Ambassador said that a decision would be taken in Washington after "
        "the agenda was settled, and that he would report the Minister's views to the "
        "Department the same evening. The two agreed to meet again next week. "
        "3. (C) Comment: The Minister seemed less confident than at their last meeting.\n")


def test_flattened_cablegate_page_is_a_cable(resources: Resources) -> None:
    facts = text_facts(FLAT, resources)
    assert facts["doc_type"] == "cable"
    xml = text_xml(FLAT, resources)
    assert '<ab type="registry" subtype="reference">B. ' in xml
    assert '<item n="14">' not in xml and '<item n="3">' in xml


TOSEC = ("1. I MET THE PRESIDENT ALONE FOR AN HOUR ON THE EVENING OF\n"
         "FEBRUARY 2. HE SPOKE OF THE RAILWAY AND OF THE COPPER PRICE.\n"
         "SECRET\nSECRET\nPAGE 02 STATE 021118 TOSEC 020044\n"
         "2. HE ASKED THAT THE SECRETARY RECEIVE HIS ENVOY NEXT MONTH.\n")


def test_tosec_page_line_gives_number_and_post(resources: Resources) -> None:
    facts = text_facts(TOSEC, resources)
    assert facts["doc_type"] == "cable"
    assert facts["telegram_number"] == "021118"
    assert facts["place_of_origin"] == "Washington"


EO = ("CONFIDENTIAL\nPAGE 01 BUCHAR 04417 221530Z\nACTION EUR-12\n"
      "INFO OCT-01 ISO-00 /013 W\n------------------040122 221541Z /46\n"
      "R 221500Z JUN 78\nFM AMEMBASSY BUCHAREST\nTO SECSTATE WASHDC 2210\n"
      "C O N F I D E N T I A L BUCHAREST 4417\n"
      "E.O. 12065: GDS 6/22/84 (MILLER, J. DOUGLAS) OR-M\nTAGS: PEPR, RO\n"
      "SUBJECT: TRADE TALKS\n1. THE TALKS OPENED THIS MORNING IN THE MINISTRY.\n")


def test_eo_classifier_with_middle_name_is_a_person(resources: Resources) -> None:
    xml = text_xml(EO, resources)
    assert '>MILLER, J. DOUGLAS</persName>' in xml


ABSTRACT = ("1. THE BUDGET DEBATE TOOK THE MAJOR PORTION OF THE SESSION.\n"
            "2. THE EMBASSY CANNOT JUDGE TOPICALITY OF A VISIT NOW.\n"
            "3. THE MINISTER SUPPORTS THE GENERAL CONCEPT OF A CONFERENCE.\n")


def test_abstract_noun_after_title_is_no_name(resources: Resources) -> None:
    xml = text_xml(ABSTRACT, resources)
    assert "<persName" not in xml.split("<text")[1]


PRESS = ("1. (U) The daily El Heraldo reported on May 3 that the talks had stalled.\n"
         "2. (U) La Prensa said the opposite, and El Tiempo wrote nothing.\n")


def test_spanish_newspapers_are_no_persons(resources: Resources) -> None:
    xml = text_xml(PRESS, resources)
    assert "<persName" not in xml.split("<text")[1]


FATHER = ("1. (C) The Ambassador met with Foreign Minister Carlos Lopez Contreras and with "
          "the businessman Ramon Trejo Quesada. Lopez said the talks would resume; "
          "Trejo said nothing.\n")


def test_fathers_surname_names_the_full_name(resources: Resources) -> None:
    xml = text_xml(FATHER, resources)
    assert '<persName ref="#per-carlos-lopez-contreras">Lopez</persName>' in xml
    assert '<persName ref="#per-ramon-trejo-quesada">Trejo</persName>' in xml


DECL = ("C O N F I D E N T I A L TEGUCIGALPA 000610 \n \nSIPDIS \n \n"
        "E.O. 12958: DECL: 07/20/2019 \nTAGS: PGOV, HO \n"
        "SUBJECT: POLITICAL WRAP-UP 07/20/09 \n \n"
        "1. (U) On July 19 President Manuel Zelaya spoke by telephone from Managua. \n")


def test_two_digit_year_in_the_declassification_century(resources: Resources) -> None:
    xml = text_xml(DECL, resources)
    assert '<date when="2009-07-19">July 19</date>' in xml
    assert '<persName ref="#per-manuel-zelaya">Manuel Zelaya</persName>' in xml


CONTRACTED = ("CONFIDENTIAL\nPAGE 01 STATE 061402\nORIGIN SS-10\n"
              "O 172201Z MAR 75\nFM SECSTATE WASHDC\nTO AMEMBASSY LIMA IMMEDIATE\n"
              "C O N F I D E N T I A L STATE 061402\nEXDIS\n"
              "FOR AMBASSADOR FROM ASST SECY ROGERS\nE.O. 11652: GDS\nTAGS: PFOR, PE\n"
              "SUBJECT: VISIT\n1. PRESIDENT VELASCO AND FONMIN DE LA FLOR AGREED TO THE DATE.\n")


def test_contracted_title_fits_the_office(resources: Resources) -> None:
    xml = text_xml(CONTRACTED, resources)
    assert 'ref="#per-william-d-rogers">ROGERS</persName>' in xml
    assert 'ref="#per-juan-velasco-alvarado">PRESIDENT VELASCO</persName>' in xml
    assert 'ref="#per-miguel-angel-de-la-flor">DE LA FLOR</persName>' in xml


REGISTER = ("1. FONMIN NGUZA AND SENATOR PERCY MET IN KINSHASA ON 3 AUGUST 1976;\n"
            "UMBA, PANGUENE AND COUNSELOR NIMETZ WERE NOT PRESENT.\n")


def test_register_names_of_the_pages(resources: Resources) -> None:
    xml = text_xml(REGISTER, resources)
    for ident in ("per-nguza-karl-i-bond", "per-charles-h-percy", "per-umba-di-lutete",
                  "per-armando-panguene", "per-matthew-nimetz"):
        assert f'ref="#{ident}"' in xml, ident


WRAPPED_DAY = ("C O N F I D E N T I A L TEGUCIGALPA 000702 \n \nSIPDIS \n \n"
               "E.O. 12958: DECL: 08/12/2019 \nTAGS: PGOV, HO \nSUBJECT: ELECTIONS \n \n"
               "1. (C) The Foreign Minister said that the vote scheduled for November \n"
               "29. Nobody in the cabinet doubted it, he said. \n"
               "2. (C) The Ambassador took note. \n")


def test_day_under_a_month_is_no_point(resources: Resources) -> None:
    xml = text_xml(WRAPPED_DAY, resources)
    assert '<item n="29">' not in xml
    assert '<item n="2">' in xml
