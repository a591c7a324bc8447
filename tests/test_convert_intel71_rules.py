"""Rules for decrypts and intelligence reports in variants not sampled before (intel71):

- Wikisource's foot links run together on one line (`Privacy policy About Wikisource
  Disclaimers Mobile view`) are page furniture (table `page-furniture`, row `mediawiki`), so a
  Venona page's `Notes:` / `Comments:` lists still close the message;
- the British series of the Abwehr's decrypts: the decrypt's serial (`I.S.O.S. No. 27104`) is a
  control line of the heading (`heading`, row `control`), the route line in capitals closed by
  its full stop (`LISBON - BERLIN.`, `MADRID to HAMBURG.`) gives the place of origin, and the
  series is evidence of cover names in capitals (`decrypt-evidence`, row `isos`);
- cypher groups that came through corrupt or mutilated (`[2 groups corrupt]`) are a gap
  (`brackets`, row `gap-illegible`);
- capitals words joined by a particle in capitals (`CITY OF BATH`, `CAPE ST. VINCENT`) name a
  ship or a place, not a cover name (`covernames.py`);
- a release stamp's full year at the foot (`Approved for Release by NSA on 11-30-2005, ...`)
  does not complete the text's dates without a year (`context_years.context_year`);
- a Soviet intelligence cable's notes in the Vassiliev notebooks and the Mitrokhin archive:
  `Cable from Washington, No. 1824, 28.03.45` (place, number, date; `heading`, row
  `transmission`), its parties `Vadim – to Viktor.`, the notebook's page `p. 117` (furniture);
- the JFK collection's identification form with its values set in a column (`RECORD NUMBER :
  104-...`) and its mixed-case name (`JFK Assassination System`; table `rif`), NARA's page
  stamp `NW 50955 DocId:32263541 Page 2` (`page-stamps`, row `release`), and an information
  cable's labels each in its own cell (`DOI   9 - 10 MARCH 1965   DIST 12 MARCH 1965`,
  `stacked_labels.py`): the dissemination day is the date.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

VENONA = ("TOP SECRET   VENONA\n\nFrom: NEW YORK\nTo: MOSCOW\nNo: 1033\n21 July 1944\n\n"
          "To VIKTOR[i].\n\nKALIBR[ii] reports that [14 groups unrecovered] on the 15th.\n\n"
          "No. 567   MAJ[iii]\n\nComments:\n[i] VIKTOR: Lt. Gen. P. M. FITIN.\n"
          "[ii] KALIBR: David GREENGLASS.\n[iii] MAJ: Stepan APRESYAN.\n\n"
          "This page was last edited on 3 March 2021, at 14:02.\n{foot}\n")


def test_wikisource_foot_links_on_one_line(resources: Resources) -> None:
    foot = "Privacy policy About Wikisource Disclaimers Mobile view"
    facts = text_facts(VENONA.format(foot=foot), resources)
    assert facts["signed"] == "MAJ"
    assert facts["sender"] == ["Stepan Apresyan"]
    assert facts["notes"] == 3


ISOS = ("MOST SECRET.\n                                       {serial}\n\n{route}\n"
        "No. 1241.                                  14.5.42.\n\nTo: ALFREDO.\nFrom: LUDOVICO.\n\n"
        "FRITZ reports that the steamer CITY OF BATH left with [2 groups corrupt] passengers. "
        "Convoy expected off CAPE ST. VINCENT on 16/5.\n\nLUDOVICO.\n")


def test_isos_serial_route_and_corrupt_groups(resources: Resources) -> None:
    text = ISOS.format(serial="I.S.O.S. No. 27104", route="LISBON - BERLIN.")
    facts = text_facts(text, resources)
    assert facts["place_of_origin"] == "Lisbon"
    assert facts["telegram_number"] == "1241"
    assert facts["date"] == "1942-05-14"
    assert facts["gaps"] == 1
    xml = text_xml(text, resources)
    assert 'subtype="control">I.S.O.S. No. 27104' in xml
    assert '<persName ref="#per-fritz">FRITZ</persName>' in xml
    assert "CITY OF BATH" in xml and "per-bath" not in xml and "per-vincent" not in xml


def test_a_grade_beside_a_dash_is_no_route(resources: Resources) -> None:
    text = ISOS.format(serial="I.S.O.S. No. 27104", route="URGENTE - SECRETO.")
    assert text_facts(text, resources)["place_of_origin"] != "Urgente"
    assert "pla-urgente" not in text_xml(text, resources)


SIGINT = ("DOCID: 4160542\n                TOP SECRET DINAR\n\n                 3/O/VHN/R22-64\n"
          "                 DTG 041420Z AUG 64\n\nFM DIRNSA\nTO WHITE HOUSE\n\n"
          "SUBJ: DRV NAVAL UNITS\n\n"
          "1. T-142 WAS ORDERED TO MAKE READY ON THE NIGHT OF 4 AUGUST.\n\n"
          "2. THE FIRST INDICATION SINCE 2 AUGUST.\n\n          TOP SECRET DINAR\n"
          "Approved for Release by NSA on 11-30-2005, FOIA Case # 43933\n")


def test_a_foot_release_stamp_gives_no_year(resources: Resources) -> None:
    xml = text_xml(SIGINT, resources)
    assert '<date when="1964-08-04">4 AUGUST</date>' in xml
    assert "2005-08-02" not in xml


VASSILIEV = ("Alexander Vassiliev, White Notebook #1\nTranslated by Steven Shabad\n\np. 117\n\n"
             "Arch. No. 35112, v. 7\n\n{heading}\nVadim – to Viktor.\n\n"
             '"PILOT passed on 42 rolls of film." Vadim\n\np. 118\n')


def test_vassiliev_cable_heading_and_parties(resources: Resources) -> None:
    text = VASSILIEV.format(heading="Cable from Washington, No. 1824, 28.03.45")
    facts = text_facts(text, resources)
    assert facts["date"] == "1945-03-28"
    assert facts["place_of_origin"] == "Washington"
    assert facts["telegram_number"] == "1824"
    assert facts["sender"] == ["Vadim"] and facts["addressee"] == ["Viktor"]
    assert "p. 118" not in text_xml(text, resources)


def test_mitrokhin_residency_cable_heading(resources: Resources) -> None:
    text = ("Telegram from the Kabul residency, No. 217, 14 February 1979\n\n"
            "The resident reported to the Center that the mood had hardened.\n")
    facts = text_facts(text, resources)
    assert facts["date"] == "1979-02-14"
    assert facts["place_of_origin"] == "Kabul"
    assert facts["telegram_number"] == "217"


JFK = ("JFK Assassination System                         Date: 4/26/2018\nIdentification Form\n\n"
       "Agency Information\n\nAGENCY :              CIA\nRECORD NUMBER :       104-10181-10234\n"
       "RECORD SERIES :       JFK\n\nDocument Information\n\nTITLE :               "
       "INTELLIGENCE INFORMATION CABLE\nDATE :                03/12/1965\n"
       "COMMENTS :            JFK64-28 : F7\n\nv9.1                                 1\n"
       "NW 50955 DocId:32263541 Page 1\n\nINTELLIGENCE INFORMATION CABLE\n"
       "                                    SECRET\nCOUNTRY     CUBA\n"
       "                                    TDCS DB-315/00981-65\n"
       "DOI         9 - 10 MARCH 1965       DIST 12 MARCH 1965\n"
       "SUBJECT     PLANS OF AN EXILE GROUP\nACQ         CUBA, HAVANA (11 MARCH 1965)\n"
       "SOURCE      A CUBAN EXILE.\n\n1. THE GROUP MET ON 10 MARCH 1965.\n\n"
       "2. FIELD DISSEM: STATE.\n                                    SECRET\n"
       "NW 50955 DocId:32263541 Page 2\n")


def test_jfk_form_in_columns_and_cable_label_cells(resources: Resources) -> None:
    facts = text_facts(JFK, resources)
    assert facts["archive_idno"] == "104-10181-10234"
    assert facts["telegram_number"] == "TDCS DB-315/00981-65"
    assert facts["date"] == "1965-03-12"
    assert "ACQ: " in text_xml(JFK, resources)
