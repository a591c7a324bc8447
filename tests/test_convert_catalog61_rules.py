"""Rules for archive catalogue and finding-aid pages over a diplomatic document (catalog61):

- a FOIA reading room's record at a page's head (table `release-record`, `pages/release_record.py`:
  the State Department's Virtual Reading Room's `Subject:`, `Case No.:`, `Doc No.:`, `Date:`,
  `Posted Date:`, `Release Type:`) is the release's: its subject is the title, its `Date:` the
  release's, never the document's; a run without the case or document number is no record;
- RecordSearch's digital copy and copy order links (`Digitised item` / `View digital copy`,
  `Print copy` / `Request copy`), Archives New Zealand's request links, Discovery's and Library
  and Archives Canada's bookmark and research-list links and the reading room's name and
  breadcrumb are page furniture (`page-furniture`); Archives New Zealand's name over its item is
  the repository;
- Archives New Zealand's item fields (`Record number:`, `Agency:`) are record data and its
  `Code: R20107788` the item's shelfmark (`archival-reference`);
- a heading's lone Latin letters (a printout's `P 180930Z`, `/033 W`, a spaced-out grade) are no
  evidence of the original's language (`heading_language.py`);
- `EXTERNAL` on a Canadian telegram's `TO:` line is the Department's telegraphic address, never
  a person (`not-names`);
- a page title that is the cable's own `SUBJECT:` line names its matter, not its form: two
  names joined before `TALKS` there make no record of talks (`doc_types.py`);
- the National Archives Catalog's item title numbers an airgram (`Airgram A-214 from ...`,
  table `title-facts` row `number`) when its form's number is misread (`A-2l4`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

CABLE = (
    "P 180930Z JUL 74\nFM AMEMBASSY NEW DELHI\nTO SECSTATE WASHDC PRIORITY 2217\n\n"
    "C O N F I D E N T I A L NEW DELHI 09814\n\nSUBJECT: TRADE TALKS\n\n"
    "1. THE MINISTER RECEIVED ME THIS MORNING.\n\n2. I SAID WE AGREED.\nSAXBE\n"
)
RECORD = (
    "FOIA Virtual Reading Room\n\nSearch Results > Document\n\n"
    "Subject: TRADE TALKS WITH THE MINISTER\n{numbers}Date: 11/30/2018\n"
    "Posted Date: 01/17/2019\n\n"
)


def test_a_release_record_titles_the_cable_and_its_date_is_not_the_cables(
        resources: Resources) -> None:
    facts = text_facts(RECORD.format(numbers="Case No.: F-2016-07731\nDoc No.: C06155210\n")
                       + CABLE, resources)
    assert facts["title"] == "TRADE TALKS WITH THE MINISTER"
    assert facts["date"] == "1974-07-18"


def test_a_subject_without_the_release_numbers_is_no_record(resources: Resources) -> None:
    xml = text_xml("Subject: Trade talks\nDate: 11/30/2018\n\nThe Minister received me.\n",
                   resources)
    assert "<title type=\"main\">Trade talks</title>" not in xml


def test_recordsearch_copy_links_are_furniture(resources: Resources) -> None:
    xml = text_xml(
        "RecordSearch\nItem details\n\nSeries number\tA1838\nControl symbol\t3020/11/2 PART 6\n"
        "Digitised item\tView digital copy\nPrint copy\tRequest copy\n\n"
        "DEPARTMENT OF EXTERNAL AFFAIRS\nOUTWARD CABLEGRAM          O.9215\n\n"
        "FROM:   External Affairs, CANBERRA.\nTO:     Australian Embassy, TOKYO.\n\n"
        "Sent: 2nd July, 1957   1645 hrs.\n\nPlease inform the Minister.\n\nCASEY\n", resources)
    assert "View digital copy" not in xml and "Request copy" not in xml
    assert '<idno type="telegram">O.9215</idno>' in xml


def test_archives_new_zealand_code_is_the_shelfmark(resources: Resources) -> None:
    xml = text_xml(
        "Archives New Zealand Te Rua Mahara o te Kāwanatanga\nCollections\n\nItem\n\n"
        "Malaya - Defence\nCode: R21876543\nRecord number: 111/20/2 part 4\n"
        "Agency: ABHS - Ministry of Foreign Affairs and Trade\nFormat: Paper\n\n"
        "FROM:       SECRETARY OF EXTERNAL AFFAIRS, WELLINGTON\n"
        "TO:         NEW ZEALAND HIGH COMMISSION, KUALA LUMPUR\n\n"
        "Telegram No. 58                     Dated 9 August 1957\n\n"
        "Please tell the Federation Government.\n\nMcINTOSH\n", resources)
    assert '<idno type="shelfmark">R21876543</idno>' in xml
    assert '<idno type="telegram">58</idno>' in xml
    assert "<repository>Archives New Zealand Te Rua Mahara o te Kāwanatanga</repository>" in xml


def test_a_printout_heading_is_no_polish_original(resources: Resources) -> None:
    xml = text_xml(
        "PAGE 01        ISLAMA 13421  221240Z\nACTION NEA-11\n\n"
        "INFO  OCT-01  SS-15  SY-05  NSC-05  /037 W\n"
        "                  ------------------114221  221255Z /43\n"
        "O 221130Z NOV 79\nFM AMEMBASSY ISLAMABAD\nTO SECSTATE WASHDC IMMEDIATE 4521\n\n"
        "C O N F I D E N T I A L ISLAMABAD 13421\n\n"
        "E.O. 12065: GDS 11/22/85 (HUMMEL, ARTHUR W.) OR-M\nTAGS: ASEC, PINS, PK\n"
        "SUBJECT: SITUATION REPORT NO. 4\n\n1. (C - ENTIRE TEXT)\n\n2. ALL PERSONNEL ARE SAFE.\n"
        "HUMMEL\n", resources)
    assert 'mainLang="pl"' not in xml


def test_external_on_a_canadian_to_line_is_no_person(resources: Resources) -> None:
    xml = text_xml("TELEGRAM          SECRET\n\nFROM: MOSCOW          TO: EXTERNAL, OTTAWA\n\n"
                   "No. 312          April 27, 1956\n\nGromyko told me the talks went well.\n\n"
                   "WATKINS\n", resources)
    assert "per-external" not in xml


def test_a_title_that_is_the_cables_subject_keeps_the_cable_form(resources: Resources
                                                                   ) -> None:
    facts = text_facts(
        "Title: VANCE-GROMYKO TALKS: FIRST SESSION\nDate: 03/29/1977\n"
        "Repository: National Archives\n\n"
        "O 291740Z MAR 77\nFM AMEMBASSY MOSCOW\nTO SECSTATE WASHDC NIACT IMMEDIATE 1688\n\n"
        "S E C R E T MOSCOW 04279\n\nSUBJECT: VANCE-GROMYKO TALKS: FIRST SESSION\n\n"
        "1. THE SECRETARY AND GROMYKO MET FOR THREE HOURS.\n\n2. GROMYKO SAID NO.\nTOON\n",
        resources)
    assert facts["doc_type"] == "cable"


def test_a_catalog_title_numbers_the_airgram(resources: Resources) -> None:
    facts = text_facts(
        "National Archives Catalog\n\nAirgram A-214 from the American Consulate General in Hong "
        "Kong to the Department of State Regarding Chinese Nuclear Test\n\n"
        "National Archives Identifier: 6821437\nLocal Identifier: DEF 12-1 CHICOM\n\n"
        "AIRGRAM\n\nA-2l4                    CONFIDENTIAL\n\nTO      : Department of State\n"
        "FROM    : Amcongen HONG KONG                    DATE: October 19, 1964\n"
        "SUBJECT : Peking's Claims\n\nThe People's Daily editorial claims a defensive test.\n\n"
        "RICE\n", resources)
    assert facts["telegram_number"] == "A-214"
