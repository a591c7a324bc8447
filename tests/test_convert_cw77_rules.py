"""Rules for British Foreign and Commonwealth Office layouts not sampled before (cw77):

- a guidance telegram's number line names its kind before `TELEGRAM NUMBER`, alone on its
  line (table `heading`, a `cable-number` row) or run on to the address (table
  `heading-commonwealth`, the teleprinter `addressee` row): the number is the telegram's;
- the collective address `CERTAIN MISSIONS AND DEPENDENT TERRITORIES` is an office, no
  person (table `office-words`: `territories`);
- the distribution's lists side by side under `FILES` and `COPIES TO:` are read column by
  column (`column_blocks.py`): the departments are not readers;
- a Diplomatic Report's `SUMMARY` paragraphs between its heading and the mission's dateline
  stay in the heads, so the dateline still gives the date and place; the report's subject in
  capitals is its title (`summary_lead.py`);
- DBPO's `No. 1412 Telegraphic [NS 3/304]` line run on with the precedence, classification
  and dateline gives number, reference, place and date (table `heading`, `cable-number`);
- (after the held samples) a Nordic national archive before its foreign ministry's name in
  full is the archive's reference (table `archival-reference`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

GUIDANCE = (
    "FM FCO 071930Z APR 82\n"
    "TO IMMEDIATE CERTAIN MISSIONS AND DEPENDENT TERRITORIES\n"
    "GUIDANCE TELEGRAM NUMBER 41 OF 7 APRIL\n\n"
    "1. YOU SHOULD SAY THAT WE WELCOME THE MISSION.\n\n"
    "PYM\n"
)


def test_a_guidance_telegrams_number_line_gives_the_number(resources: Resources) -> None:
    facts = text_facts(GUIDANCE, resources)
    assert facts["telegram_number"] == "41"
    assert facts["addressee"] == []
    assert "per-dependent-territories" not in text_xml(GUIDANCE, resources)


def test_a_guidance_number_line_alone_gives_the_number(resources: Resources) -> None:
    text = GUIDANCE.replace("IMMEDIATE CERTAIN MISSIONS AND DEPENDENT TERRITORIES",
                            "ROUTINE CERTAIN MISSIONS")
    text = "RESTRICTED\n\n" + text
    assert text_facts(text, resources)["telegram_number"] == "41"


COLUMNS = GUIDANCE + (
    "\nFILES                                   COPIES TO:\n"
    "SAMD                                    PS/NO 10 DOWNING ST\n"
    "NEWS D                                  MR GILLMORE\n"
    "PUSD\n"
)


def test_side_by_side_distribution_lists_are_read_by_column(resources: Resources) -> None:
    xml = text_xml(COLUMNS, resources)
    assert "per-samd" not in xml and "per-pusd" not in xml
    assert 'subtype="distribution">COPIES TO:</ab>' in xml
    assert "per-gillmore" in xml


REPORT = (
    "FCO 21/1712                                                        [f. 63]\n\n"
    "CONFIDENTIAL\n\n"
    "DIPLOMATIC REPORT No. 121/79\n\n"
    "MONGOLIA: ANNUAL REVIEW FOR 1978\n\n"
    "Her Majesty's Ambassador at Ulan Bator to the Secretary of State\n"
    "for Foreign and Commonwealth Affairs\n\n"
    "SUMMARY\n\n"
    "A quiet year in which the Mongolian leadership stayed close to Moscow\n"
    "and kept its distance from Peking (paragraphs 1-3).\n\n"
    "                                                British Embassy,\n"
    "                                                Ulan Bator.\n"
    "                                                2 January 1979.\n\n"
    "Sir,\n\n"
    "     I have the honour to submit my review of events during 1978.\n\n"
    "                                        I am, Sir,\n"
    "                                        Yours faithfully,\n\n"
    "                                        (Sd.) R. J. F. TREVELYAN-HOLT\n"
)


def test_a_summary_over_the_dateline_leaves_the_dateline_read(resources: Resources) -> None:
    facts = text_facts(REPORT, resources)
    assert facts["date"] == "1979-01-02"
    assert facts["place_of_origin"] == "Ulaanbaatar"


def test_a_diplomatic_reports_subject_is_its_title(resources: Resources) -> None:
    assert text_facts(REPORT, resources)["title"] == "MONGOLIA: ANNUAL REVIEW FOR 1978"
    plain = REPORT.replace("DIPLOMATIC REPORT No. 121/79\n\n", "")
    assert text_facts(plain, resources)["title"] != "MONGOLIA: ANNUAL REVIEW FOR 1978"


def test_a_numbered_summary_leaves_the_date_over_the_salutation(resources: Resources) -> None:
    text = REPORT.replace(
        "A quiet year in which the Mongolian leadership stayed close to Moscow\n"
        "and kept its distance from Peking (paragraphs 1-3).\n",
        "1. A quiet year in which the Mongolian leadership stayed close to Moscow\n"
        "and kept its distance from Peking (paragraphs 2-3).\n\n"
        "2. Trade with the United Kingdom remained small (paragraph 4).\n")
    assert "2. Trade" in text
    assert text_facts(text, resources)["date"] == "1979-01-02"


DBPO_RUN_ON = (
    "No. 143\n\n"
    "Sir H. Trevelyan (Moscow) to Mr. Stewart\n\n"
    "No. 1412 Telegraphic [NS 3/304] Immediate. Confidential MOSCOW, 21 August 1968, 2.10 a.m.\n\n"
    "Kuznetsov summoned me at 1 a.m. and read me a statement.\n"
)


def test_a_printed_telegram_line_run_on_with_its_dateline(resources: Resources) -> None:
    facts = text_facts(DBPO_RUN_ON, resources)
    assert facts["telegram_number"] == "1412"
    assert facts["date"] == "1968-08-21"
    assert facts["archive_idno"] == "NS 3/304"


DANISH_REPORT = (
    "THE DANISH EMBASSY                                      Warsaw, 24 October 1956.\n\n"
    "To the Minister for Foreign Affairs, Copenhagen.\n\n"
    "The Eighth Plenum ended last night with the election of a new First Secretary.\n\n"
    "Rigsarkivet, Udenrigsministeriet, 1945-72 gruppeordnede sager, 5.D.44/b, pk. 12.\n"
)


def test_a_nordic_archive_with_its_ministry_in_full_is_the_reference(
        resources: Resources) -> None:
    assert "5.D.44/b, pk. 12" in (text_facts(DANISH_REPORT, resources)["archive_idno"] or "")
