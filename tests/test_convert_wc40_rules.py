"""Rules from the blind Wilson Center sample wc40 (collections no sample had used: Chinese
records on Africa, East German records on Cuba, Hungarian telegrams on India's nuclear
programme, the Soviet Union and the 1967 war): a Hungarian telegram closed by its number
alone between dashes (`-- 118 --`) keeps that close when the page's title names the
telegram's number (else it is a page mark), and one closed by its number and the signer's
initial between dashes (`– 213 – T. –`) is a numbered signature; the archive's summary under
such a close may run over two lines; a PRC record's distribution and printing lines and an
East German paper's reference (`Dr. Nau/Wi`) are heading rows; pinyin family names that are
English words too (`Gong`, `Tong`, `Lu`) take a two-syllable given name written as one word
(`Gong Dafei`). Tried on invented texts in two layouts or more each."""

from __future__ import annotations

import re

import pytest

from tests.cases import text_facts, text_xml


def _persons(text: str, resources) -> set[str]:
    """The names the text's TEI tags as persons."""
    return set(re.findall(r'<persName ref="[^"]*">([^<]+)<', text_xml(text, resources)))


_SUMMARY = ("Three days after the vote the Hungarian Embassy in Colombo reports that the "
            "government welcomed the socialist countries' restraint.")
_CURRENT = ["Skip to content", "", "March 9, 1976", "",
            "Telegram No. 57, Embassy of Hungary in Sri Lanka to the Hungarian Foreign Ministry",
            "", "This document was made possible with support from Carnegie Corporation of "
            "New York (CCNY)", "",
            "On March 8, the foreign secretary received the departing Polish ambassador and "
            "thanked him for the support of the socialist countries.", "",
            "-- 57 --", "", _SUMMARY, "", "Document Information", ""]
_COMPACT = ["March 9, 1976",
            "Ciphered Telegram No. 57, Embassy of Hungary in Sri Lanka to the Hungarian "
            "Foreign Ministry",
            "On March 8, the foreign secretary received the departing Polish ambassador and "
            "thanked him for the support of the socialist countries.",
            "– 57 –", _SUMMARY]


@pytest.mark.parametrize("lines", [_CURRENT, _COMPACT], ids=["current", "compact"])
def test_a_number_between_dashes_named_by_the_title_closes_the_telegram(
        lines: list[str], resources) -> None:
    text = "\n".join(lines)
    assert "57 –" in text_xml(text, resources) or "-- 57 --" in text_xml(text, resources)
    assert text_facts(text, resources)["summary"].startswith("Three days after the vote")


def test_a_number_between_dashes_the_title_does_not_name_stays_a_page_mark(resources) -> None:
    lines = ["Skip to content", "", "March 9, 1976", "",
             "Report of the Hungarian Embassy in Sri Lanka on the elections", "",
             "The elections were held on March 8 in an orderly way.", "", "-- 2 --", "",
             "The government party lost a third of its seats."]
    xml = text_xml("\n".join(lines), resources)
    assert "-- 2 --" not in xml
    assert "lost a third" in xml


_TWO_LINE_SUMMARY = [
    "Skip to content", "", "June 2, 1986", "",
    "Ciphered Telegram No. 141, Embassy of Hungary in Pakistan to the Hungarian Foreign Ministry",
    "", "A Chinese diplomat told our counsellor that the reactor talks had stalled.", "",
    "The Pakistani side had asked for fuel without the necessary safeguards.", "",
    "– 141 – K. –", "",
    "A Chinese diplomat told the Hungarian counsellor that the reactor talks had stalled.", "",
    "The Pakistani side had asked for fuel without the necessary safeguards, which was refu"]


def test_an_initial_between_dashes_signs_and_the_summary_runs_over_two_lines(resources) -> None:
    text = "\n".join(_TWO_LINE_SUMMARY)
    facts = text_facts(text, resources)
    assert facts["summary"].startswith("A Chinese diplomat told the Hungarian counsellor")
    assert "which was refu" in facts["summary"]
    assert "<signed>K.</signed>" in text_xml(text, resources)


_PRC_MIRROR = ["Skip to content", "", "May 4, 1964", "",
               "Record of Conversation from Vice Premier Chen Yi's Reception of the Malian "
               "Trade Delegation", "", "Ministry of Foreign Affairs of the PRC", "",
               "Classification: Secret", "", "Distribution within the Ministry", "",
               "Printed and Distributed by the General Office of the Ministry on May 9, 1964",
               "", "Time: May 4, 1964", "Accompanying: Gong Dafei, Tong Xiaopeng, Lu Yaowu", "",
               "Chen Yi: Is this your first visit?", ""]
_PRC_COMPACT = ["May 4, 1964",
                "Record of Conversation from Vice Premier Chen Yi's Reception of the Malian "
                "Trade Delegation",
                "Classification: Secret", "Distribution within the Ministry",
                "Printed and Distributed by the General Office of the Ministry on May 9, 1964",
                "Our side: Gong Dafei, Tong Xiaopeng and Lu Yaowu",
                "Chen Yi: Is this your first visit?"]


@pytest.mark.parametrize("lines", [_PRC_MIRROR, _PRC_COMPACT], ids=["mirror", "compact"])
def test_a_prc_records_distribution_lines_and_pinyin_names(lines: list[str], resources) -> None:
    text = "\n".join(lines)
    xml = text_xml(text, resources)
    assert re.search(r'<ab type="registry" subtype="distribution">Printed and Distributed', xml)
    assert {"Gong Dafei", "Tong Xiaopeng", "Lu Yaowu"} <= _persons(text, resources)


def test_english_words_after_gong_or_tong_are_no_names(resources) -> None:
    text = "\n".join(["March 1, 1964", "Report on the Festival",
                      "The Gong Show was broadcast. The Tong Kong troupe sang."])
    assert not {"Gong Show", "Tong Kong"} & _persons(text, resources)


@pytest.mark.parametrize("reference", ["Dr. Baumann/Sch", "Kr/Bö"])
def test_an_east_german_papers_reference_is_a_heading_row(reference: str, resources) -> None:
    lines = ["Skip to content", "", "March 5, 1969", "",
             "Embassy of the GDR in the Republic of Cuba, 'Note on the Economic Situation'", "",
             "Embassy of the GDR in the Republic of Cuba", "", "Havana, March 5, 1969", "",
             reference, "", "Note on the economic situation", "",
             "The sugar harvest fell short of the plan by a fifth this year."]
    xml = text_xml("\n".join(lines), resources)
    assert re.search(r'<ab type="registry" subtype="other">[^\n]*/', xml)
