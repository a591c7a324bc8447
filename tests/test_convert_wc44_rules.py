"""Rules from the misses of the blind sample wc44 (Wilson Center Digital Archive pages of
Brazilian, Yugoslav, Romanian, Indian, South African and Soviet party records): a title
naming a party leadership's protocol by its number is the minutes of a meeting; a title's
bracketed forename before a surname (`[Cyrus] Vance`) is the editors' supplied text; a page
that gives only the archive's summary of a record it does not transcribe keeps the summary
in the header and no text; `South African` before an office is a role, no person."""

from __future__ import annotations

import pytest

from tests.cases import text_facts, text_xml

_PROTOCOL = (
    "June 4, 1962\n{title}\n"
    "This document was made possible with support from Leon Levy Foundation\n"
    "Present: Brezhnev, Kozlov, Kosygin, Mikoyan, Suslov, Khrushchev.\n"
    "I. On the report of the delegation. Approve the work of the delegation.\n")


@pytest.mark.parametrize("title, doc_type", [
    ("Central Committee of the Communist Party of the Soviet Union Presidium Protocol No. 34",
     "record of conversation"),
    ("CC CPSU Politburo Protocol 12", "record of conversation"),
    ("Protocol No. 7 of the Session of the CC CPSU Presidium", "record of conversation"),
    ("Extract from Protocol No. 66 of the Session of the CC CPSU Presidium", "memorandum"),
])
def test_a_titles_party_protocol_is_the_meetings_minutes(resources, title: str,
                                                         doc_type: str) -> None:
    assert text_facts(_PROTOCOL.format(title=title), resources)["doc_type"] == doc_type


_OLD_PAGE = (
    "Search in\n\nDigital Archive International History Declassified\n\nMay 2, 1978\n\n\n"
    "This document was made possible with support from the Carnegie Corporation\n\n"
    "  • Citation\n\n    get citation\n\n"
    "    An Indian diplomat reports on a meeting between two foreign ministers.\n"
    "    \"Telegram from A. B. Menon, First Secretary (Pol), 'Meeting of [{forename}] {surname} "
    "with the Pakistani Foreign Minister',\" May 2, 1978, History and Public Policy Program "
    "Digital Archive, File No. WII/1/1/78. Invented.\n  • share document\n\n\n\n"
    "DATE: May 2, 1978\n\nNo. 101/FSP/78\n\nFROM: A.B. Menon (First Secretary, Pol)\n\n"
    "TO: Shri R. K. Nath, Counsellor, Embassy of India, Islamabad\n\n"
    "The meeting was short and was not considered useful by either side.\n")


def test_a_titles_forename_before_a_register_surname_is_supplied(resources) -> None:
    xml = text_xml(_OLD_PAGE.format(forename="Cyrus", surname="Vance"), resources)
    title = xml[xml.index("<title"):xml.index("</title>")]
    assert '<supplied reason="identification">Cyrus</supplied>' in title
    assert "[Cyrus]" not in title


def test_a_titles_bracket_before_an_unknown_name_stays_as_printed(resources) -> None:
    xml = text_xml(_OLD_PAGE.format(forename="Xavier", surname="Quillbrook"), resources)
    title = xml[xml.index("<title"):xml.index("</title>")]
    assert "[Xavier] Quillbrook" in title


_SUMMARY_ONLY = (
    "June 2, 1981\n"
    "Notes on Meeting between South African Minister of Foreign Affairs R. F. Botha and "
    "US Secretary of State Haig\n"
    "This document was made possible with support from Carnegie Corporation of New York (CCNY)\n"
    "{line}\n"
    "Associated Places\nAssociated Topics\nDocument Information\nSource\nOriginal Archive\n"
    "Rights\nThe History and Public Policy Program welcomes reuse of Digital Archive materials "
    "for research and educational purposes.\n")
_SUMMARY = ("South African Minister of Foreign Affairs Botha and Secretary Haig meet in "
            "Washington, DC, and discuss Namibia and the supply of nuclear fuel.")


def test_a_page_with_only_a_summary_has_no_text(resources) -> None:
    xml = text_xml(_SUMMARY_ONLY.format(line=_SUMMARY), resources)
    body = xml[xml.index("<text>"):]
    assert "Namibia" not in body
    assert f"<summary>{_SUMMARY}</summary>" in xml


def test_a_lone_line_that_tells_of_no_titled_person_stays_text(resources) -> None:
    line = "We have received the fuel and thank the Department for its help in the matter."
    xml = text_xml(_SUMMARY_ONLY.format(line=line), resources)
    assert "thank the Department" in xml[xml.index("<text>"):]


def test_south_african_before_an_office_is_no_person(resources) -> None:
    xml = text_xml(_SUMMARY_ONLY.format(line=_SUMMARY), resources)
    assert "South African</persName>" not in xml


_ABOVE = ("{line}\nAugust 14, 1962\n"
          "Central Committee of the Communist Party of the Soviet Union Presidium Protocol No. 48\n"
          "This document was made possible with support from Leon Levy Foundation\n"
          "Those who took part: Cdes. L. I. Brezhnev and A. N. Kosygin. Chaired by Cde. N. S. "
          "Khrushchev.\nPoint 1. On the purchase of grain abroad\n"
          "Cde. N. S. Khrushchev says the grain must be bought in Canada before the prices rise.\n")


def test_a_summary_over_the_date_naming_the_titles_form_is_the_pages(resources) -> None:
    line = "Protocol 48 shows the Presidium settling the grain purchases for the coming year."
    assert text_facts(_ABOVE.format(line=line), resources)["summary"] == line


def test_a_related_documents_summary_over_the_date_is_no_summary(resources) -> None:
    line = "Protocol 47 shows the Presidium approving the delegation's report on its journey."
    assert text_facts(_ABOVE.format(line=line), resources)["summary"] is None


_CURRENT = (
    "Skip to content\n\nMarch 30, 1960\n\n"
    "Letter, South African Department of Foreign Affairs, on Nuclear Materials\n\n"
    "This document was made possible with support from Carnegie Corporation of New York (CCNY)"
    "\n\n{line}\n\nAssociated Places\n\nDocument Information\n\nSource\n\nRights\n\n"
    "The History and Public Policy Program welcomes reuse of Digital Archive materials for "
    "research and educational purposes.\n")


def test_a_current_page_with_only_a_summary_of_a_titled_body_has_no_text(resources) -> None:
    line = ("An official of the South African Department of Foreign Affairs writes to the US "
            "Ambassador that South Africa will apply for nuclear materials.")
    xml = text_xml(_CURRENT.format(line=line), resources)
    assert "apply for nuclear" not in xml[xml.index("<text>"):]
    assert text_facts(_CURRENT.format(line=line), resources)["summary"] == line
