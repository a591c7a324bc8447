"""Rules for Wilson Center Digital Archive pages of documents that are not cables, dated in
part or by a range, or whose title names neither party (wcda71):

- the archive's date line as a range of two whole dates, each with its year (`August 3,
  1961 - August 5, 1961`, `December 29, 1978 - January 2, 1979`, `March 1975 - April
  1975`), dates the document to its first date, the line's whole text kept
  (`DateReader.date_line`, `action_dates.archive_date`); so does a date marked approximate
  with its month (`c. March 1975`, `circa March 1975`); it is the page's date line, no
  record line or page text above the title (`record_top.record_line`,
  `above_head._page_text_above`, `generic._head_line`);
- a year alone as the date line (`1957`), `Circa 1957` capitalised and a range of years
  (`1961-1962`) date the document to the (first) year (`action_dates.YEAR_ONLY`);
- a letter's or cable's summary that opens with its author and a verb of the `summary-verbs`
  table's `address` row (`writes`, `informs`, `tells`, `asks`, `instructs`) names the one
  after the verb as the addressee (`Fidel Castro writes to Nikita Khrushchev about ...`),
  when no person is the addressee and the author is the sender or none is known; a
  register person only (`summary_author.summary_addressee`);
- the older layout's `Source Citation` label is the citation's (table `page-fields`): its
  shelfmark and translator are read;
- register: Stung Treng.
"""

from __future__ import annotations

import pytest

from tei.convert import Resources
from tests.cases import text_facts, text_xml


def _page(date_line: str) -> str:
    return (
        f"Skip to content\nWilson Center Digital Archive\nSearch\n{date_line}\n"
        "Notes on the Talks between the Delegations of the Lao People's Revolutionary Party "
        "and the Communist Party of Vietnam\nCitation\nShare\nSummary\n"
        "Kaysone Phomvihane and Le Duan discuss the offensive in Cambodia.\n"
        "Document Information\nSource\nNational Archives Center III, Hanoi, ho so 10233.\n"
        "Original Language\nVietnamese\nRecord ID\n220518\n"
        "Comrade Le Duan said that the front had taken Kratie and Stung Treng.\n"
        "Comrade Kaysone Phomvihane said that the Lao party would keep its forces ready.\n"
    )


@pytest.mark.parametrize(("line", "when"), [
    ("August 3, 1961 - August 5, 1961", "1961-08-03"),
    ("December 29, 1978 - January 2, 1979", "1978-12-29"),
    ("3 August 1961 - 5 August 1961", "1961-08-03"),
    ("March 1975 - April 1975", "1975-03"),
    ("c. March 1975", "1975-03"),
    ("1957", "1957"),
    ("Circa 1957", "1957"),
    ("1961-1962", "1961"),
])
def test_a_partial_or_ranged_date_line_dates_the_document(line: str, when: str,
                                                         resources: Resources) -> None:
    xml = text_xml(_page(line), resources)
    assert f'<date when="{when}">{line}</date>' in xml


def test_stung_treng_is_a_place(resources: Resources) -> None:
    assert '<placeName ref="#pla-stung-treng">Stung Treng</placeName>' in text_xml(
        _page("1979"), resources)


_LETTER = (
    "Search in\n\nDigital Archive International History Declassified\n\nNovember 1962\n\n"
    "  • Citation\n\n    get citation\n\n"
    "    {summary}\n"
    "    \"Letter on the Withdrawal of the Bombers,\" November 1962, History and Public Policy "
    "Program Digital Archive, AVP RF, f. 0104, op. 18, p. 120, d. 3, ll. 44-47.\n"
    "  • share document\n\n\nEnglish HTML\n\nDear Comrade,\n\n"
    "We have studied your message on the bombers at a meeting of the Council of Ministers.\n\n"
    "We ask to be consulted on every step that concerns the sovereignty of Cuba.\n"
)


def test_the_summary_names_the_one_written_to(resources: Resources) -> None:
    found = text_facts(_LETTER.format(summary="Fidel Castro writes to Nikita Khrushchev about "
                                              "the withdrawal of the bombers."), resources)
    assert found["sender"] == ["Fidel Castro"]
    assert found["addressee"] == ["Nikita Khrushchev"]


def test_a_verb_of_reporting_names_no_addressee(resources: Resources) -> None:
    found = text_facts(_LETTER.format(summary="Fidel Castro discusses Nikita Khrushchev's "
                                              "proposals on the bombers."), resources)
    assert found["addressee"] == []


def test_the_older_layout_s_source_citation_is_the_citation(resources: Resources) -> None:
    text = ("Digital Archive\nInternational History Declassified\nSearch\n"
            "Diary of the Soviet Ambassador in Hanoi, Record of a Conversation with the Premier\n"
            "September 1958\nDocument Summary\nThe ambassador records a conversation.\n"
            "Source Citation\n\"Diary of the Soviet Ambassador in Hanoi, Record of a Conversation "
            "with the Premier,\" September 1958, History and Public Policy Program Digital "
            "Archive, AVP RF, f. 079, op. 13, p. 14, d. 6, ll. 88-92. "
            "Translated by Gary Goldberg.\n"
            "Original Language\nRussian\nContents\nEnglish Translation\n"
            "The Prime Minister received me at his residence and spoke of the plan.\n")
    found = text_facts(text, resources)
    assert found["archive_idno"] == "AVP RF, f. 079, op. 13, p. 14, d. 6, ll. 88-92"
    assert found["translator"] == "Gary Goldberg"
