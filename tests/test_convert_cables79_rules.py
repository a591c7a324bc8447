"""Rules for cables of 1960-1995 as archives and databases give them (cables79):

- the Office of the Secretary of Defense's declassification stamp over a record released
  by mandatory review or FOIA (`Office of the Secretary of Defense 5 U.S.C. §552` /
  `Chief, RDD, ESD, WHS` / `Date: 14 MAR 2019 Authority: EO 13526` / `Declassify: ...` /
  `Declassify in Part: X` / `Reason: 3.3(b)(1)` / `MDR: 17-M-0662`) is page furniture: the
  attaché's cable under it stays a cable (table `page-furniture`, row `release`);
- a PlusD copy's own label of the cable's box (`Cable text:`, `Text:`, `Message text`)
  starts the cable as `Content` does (table `plusd-record`, row `start`);
- the National Archives of Australia's item line may end with the viewer's page (`Series:
  A1838   Control symbol: 3020/11/161 PART 4   Barcode: 1534872   Page 87 of 214`; table
  `archival-reference`);
- the US Mission to the international organisations in Vienna as `USVIENNA` (`FM
  USMISSION USVIENNA`) is Vienna (table `cable-posts`);
- in capitals, a second given name after a title goes on to the surname (`MAJ PABLO EMILIO
  SALAZAR`; `titled_names.py`).

Seen on the held samples after scoring:

- in mixed case, a name the register lacks of a given name, a second given name or a first
  surname, and a last surname is read whole (`Manuel Bernardo Aguirre`, `Oscar Flores
  Sanchez`), none when a capitalised word follows the third (`given_first.py`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

DAO = ("O 111740Z JUN 79\nFM USDAO MANAGUA NU\nTO RUEKJCS/DIA WASHDC IMMEDIATE\n"
       "INFO RUEHC/SECSTATE WASHDC\nBT\nC O N F I D E N T I A L  MANAGUA 0921\n"
       "SUBJ: SITREP NR 14 - FIGHTING IN THE NORTH (U)\n"
       "1. (C) GUARD FORCES UNDER MAJ PABLO EMILIO SALAZAR CLEARED THE DISTRICT AFTER TWO\n"
       "DAYS OF HEAVY FIGHTING. CASUALTIES UNKNOWN.\n2. (U) DAO SENDS.\nMCCOY\nBT\n")

OSD = ("Office of the Secretary of Defense 5 U.S.C. §552\nChief, RDD, ESD, WHS\n"
       "Date: 14 MAR 2019    Authority: EO 13526\nDeclassify: ___    Deny in Full: ___\n"
       "Declassify in Part: X\nReason: 3.3(b)(1)\nMDR: 17-M-0662\n\n")


def test_osd_declassification_stamp_is_furniture(resources: Resources) -> None:
    facts = text_facts(OSD + DAO, resources)
    assert facts["doc_type"] == "cable"
    assert facts["place_of_origin"] == "Managua"
    assert facts["telegram_number"] == "0921"
    assert "RDD" not in text_xml(OSD + DAO, resources).split("<text")[1]


def test_second_given_name_in_capitals_goes_on(resources: Resources) -> None:
    assert ">PABLO EMILIO SALAZAR</persName>" in text_xml(DAO, resources)


PLUSD = ("EC MINISTERS AGREE ON FISHING ZONE\n\nDate: 1976 November 4, 17:21 (Thursday)\n"
         "Canonical ID: 1976ECBRU10871_b\nOriginal Classification: LIMITED OFFICIAL USE\n"
         "TAGS: EFIS, EEC\nType: TE - Telegram (cable)\nFrom: European Communities Brussels\n"
         "To: Department of State\n\n{label}\n\nLIMITED OFFICIAL USE\n"
         "PAGE 01 EC BRU 10871 041744Z\nR 041721Z NOV 76\nFM USMISSION EC BRUSSELS\n"
         "TO SECSTATE WASHDC 2518\nLIMITED OFFICIAL USE EC BRUSSELS 10871\n"
         "SUBJECT: EC MINISTERS AGREE ON FISHING ZONE\n"
         "1. FOREIGN MINISTERS AGREED THAT MEMBER STATES WILL EXTEND FISHING LIMITS.\n"
         "HINTON\n")


def test_plusd_box_label_of_a_copy_starts_the_cable(resources: Resources) -> None:
    for label in ("Cable text:", "Text:"):
        facts = text_facts(PLUSD.format(label=label), resources)
        assert facts["place_of_origin"] == "Brussels", label
        assert facts["telegram_number"] == "10871", label


def test_naa_item_line_with_the_viewer_page(resources: Resources) -> None:
    text = ("NATIONAL ARCHIVES OF AUSTRALIA\nSeries: A1838   Control symbol: 3020/11/161 PART 4"
            "   Barcode: 1534872   Page 87 of 214\n\nINWARD CABLEGRAM\n\nI.43219\nCONFIDENTIAL\n"
            "FROM: NEW YORK\nTO: CANBERRA\n\nThe vote was taken tonight and the resolution was"
            " adopted.\n\nSMITH\n")
    assert "A1838, 3020/11/161 PART 4" in text_xml(text, resources)


def test_usvienna_is_vienna(resources: Resources) -> None:
    text = ("R 041721Z NOV 91\nFM USMISSION USVIENNA\nTO SECSTATE WASHDC 2518\n"
            "C O N F I D E N T I A L USVIENNA 01234\nSUBJECT: IAEA BOARD\n"
            "1. THE BOARD MET TODAY.\nSMITH\n")
    assert text_facts(text, resources)["place_of_origin"] == "Vienna"


def test_three_word_names_in_mixed_case(resources: Resources) -> None:
    text = ("FROM: Amconsul CIUDAD JUAREZ\nDATE: May 3, 1972\nSUBJECT: Race\n\n"
            "1. Local sources confirm that Oscar Flores Sanchez, the outgoing governor, has "
            "accepted Manuel Bernardo Aguirre as the candidate. Maria Teresa Avenue Market "
            "was closed.\n\nKEEFE\n")
    xml = text_xml(text, resources)
    assert ">Oscar Flores Sanchez</persName>" in xml
    assert ">Manuel Bernardo Aguirre</persName>" in xml
    assert "Teresa Avenue</persName>" not in xml
