"""Rules for printed documentary editions copied from their PDF or OCR text, where headings
and datelines end with a stop (docs37a: Bhasin's India-China and India-Pakistan studies, the
Pakistani, Bangladeshi and Yugoslav collections, Soviet collections in English):

- the edition's number with its stop or `No.` (`1021.`, `No. 188.`) over a heading closed by
  its stop (`Telegram from the Ambassador in China to Foreign Secretary.`) is read as the
  number over the heading without the stops (`pages/numbered_heading`), also with a grade
  between them (`SECRET`, set under the heading), and also as the page's first line; the
  heading's line repeats the title with its stop (`title_again.repeats_title`);
- a heading `Form from the X to Y.` closed by its stop opening the page is its title
  (`titles._FROM_HEADING`: `the` after `from`);
- table `page-title`: the study's heading `Note from the Ministry ... to the Embassy ...`,
  `Telegram of the Ambassador ... to ...`; the heading in capitals names an accented
  sender (`MIĆUNOVIĆ`) or one with initials (`K. V. NOVIKOV`) and may be longer;
- table `page-furniture`, row `running-head`: a collection's running head in capitals with
  its page number at either end (`INDIA-CHINA RELATIONS 1947-2000: A DOCUMENTARY STUDY
  2341`), or without one `DOCUMENTS` with its years, `DOCUMENTS ON` or `VOLUME` (`BRITISH
  DOCUMENTS ON THE ORIGINS OF THE WAR`, which the read stage parts from its page number);
- a foot source line in round brackets holding a digit (`(MEA File No. 3(12)-China/59, Vol.
  II.)`) is the archival reference when a row reads it (`pages/references`); table
  `archival-reference`: a ministry's initials before `File No.` with the file's volume;
  `DA MSP RS` is the Serbian diplomatic archive's sigla; the older prints' `F.O. 371/2159.`
  is a National Archives piece;
- table `heading`, row `cable-number`: grades before the number (`Strictly confidential.
  No. 1245.`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

BHASIN = (
    "INDIA-CHINA RELATIONS 1947-2000: A DOCUMENTARY STUDY                    2298\n\n"
    "                                   0987.\n"
    "Telegram from the Ambassador in China to Foreign Secretary.\n"
    "                                                    Peking, March 21, 1959.\n\n"
    "No. 112. Most Immediate.\n\n"
    "The Vice Foreign Minister called me in this evening about the situation in Lhasa.\n\n"
    "2. I said that I would report his remarks.\n\n"
    "                                                          PARTHASARATHY\n\n"
    "      (MEA File No. 5(4)-China/59, Vol. I.)\n"
)


def test_a_stopped_heading_under_a_stopped_number_is_the_title(resources: Resources) -> None:
    facts = text_facts(BHASIN, resources)
    assert facts["title"] == "Telegram from the Ambassador in China to Foreign Secretary"
    assert facts["date"] == "1959-03-21"
    assert facts["place_of_origin"] == "Beijing"
    assert facts["telegram_number"] == "112"


def test_the_collection_running_head_is_furniture(resources: Resources) -> None:
    assert "DOCUMENTARY STUDY" not in text_xml(BHASIN, resources)
    pakistani = BHASIN.replace("INDIA-CHINA RELATIONS 1947-2000: A DOCUMENTARY STUDY",
                               "PAKISTAN AND THE UNITED STATES: DOCUMENTS, 1947-1971")
    assert "UNITED STATES: DOCUMENTS" not in text_xml(pakistani.replace("2298", ""), resources)


def test_the_round_bracketed_file_at_the_foot_is_the_reference(resources: Resources) -> None:
    assert text_facts(BHASIN, resources)["archive_idno"] == "MEA File No. 5(4)-China/59, Vol. I"


def test_a_grade_between_number_and_heading(resources: Resources) -> None:
    facts = text_facts(BHASIN.replace("0987.\n", "0987.\n                SECRET\n"), resources)
    assert facts["title"] == "Telegram from the Ambassador in China to Foreign Secretary"
    assert facts["date"] == "1959-03-21"


def test_a_stopped_heading_opening_the_page(resources: Resources) -> None:
    text = BHASIN.split("\n", 3)[3]  # no running head, no number
    facts = text_facts(text, resources)
    assert facts["title"] == "Telegram from the Ambassador in China to Foreign Secretary"
    assert facts["date"] == "1959-03-21"


def test_a_telegram_of_the_office_to_the_ministry(resources: Resources) -> None:
    facts = text_facts(BHASIN.replace(
        "Telegram from the Ambassador in China to Foreign Secretary.",
        "Telegram of the High Commissioner in Pakistan to the Ministry of External Affairs."),
        resources)
    assert facts["title"] == ("Telegram of the High Commissioner in Pakistan to the Ministry "
                              "of External Affairs")


def test_a_capitals_heading_with_an_accented_sender_and_grade_first(
        resources: Resources) -> None:
    facts = text_facts(
        "YUGOSLAV-SOVIET RELATIONS 1955-1958: DOCUMENTS                    211\n\n"
        "                                  No. 64\n"
        "TELEGRAM FROM THE AMBASSADOR IN MOSCOW, VELJKO MIĆUNOVIĆ, TO THE STATE "
        "SECRETARIAT FOR FOREIGN AFFAIRS.\n"
        "                                           Moscow, October 24, 1956.\n"
        "Strictly confidential. No. 1190.\n\n"
        "Khrushchev spoke to me tonight about Hungary.\n\n"
        "                                                    MIĆUNOVIĆ\n\n"
        "      (DA MSP RS, PA, 1956, f. 80, No. 412001.)\n", resources)
    assert facts["sender"] == ["Veljko Mićunović"]
    assert facts["date"] == "1956-10-24"
    assert facts["telegram_number"] == "1190"
    assert facts["repository"] == "DA MSP RS"


def test_british_documents_head_and_the_stopped_office_reference(resources: Resources) -> None:
    text = ("212                 BRITISH DOCUMENTS ON THE ORIGINS OF THE WAR\n\n"
            "                                   No. 301.\n\n"
            "                       Sir E. Goschen to Sir Edward Grey.\n\n"
            "F.O. 371/2160.\n"
            "                                                     Berlin, July 30, 1914.\n"
            "Tel. (No. 102.)                                       D. 2 P.M.\n\n"
            "   The Chancellor asked me to call this afternoon.\n")
    facts = text_facts(text, resources)
    assert facts["archive_idno"] == "F.O. 371/2160"
    assert facts["telegram_number"] == "102"
    assert "ORIGINS OF THE WAR" not in text_xml(text, resources)
