"""Rules from the misses of the blind sample cables40 (cables as a news site's Cablegate
reprints, a French documents database's records over FOIA releases, Australian cablegrams
and a CIA reading room record present them): a news site's headline `Cablegate: ...` is the
page's title and the cable's date-time group under it opens the heading, never the title's
last words; a French record's labels each alone over its value (`Titre`, `Nom cité`, ...)
under `Fiche du document numéro N` are the page's record, `Titre` its title; a FOIA
release's classification run into the post (`CONFIDENTIALUSUN NEW YORK 001460`) gives the
cable's number, a routing code alone on its line (`CA-02`) none; a written-out
classification with its section, post and number ends its line."""

from __future__ import annotations

import pytest

from tei.convert.read import logical_lines
from tests.cases import text_facts, text_xml

_REPRINT = (
    "Cablegate: {headline}\nO 091420Z FEB 05\nFM AMEMBASSY NAIROBI\n"
    "TO SECSTATE WASHDC IMMEDIATE 5120\nUNCLAS NAIROBI 000612\nE.O. 12958: N/A\n"
    "TAGS: PREL KE\nSUBJECT: KENYA: MINISTER ON THE BUDGET\n"
    "1. (U) THE FINANCE MINISTER TOLD US ON FEBRUARY 8 THAT THE BUDGET WOULD PASS.\n")

_RECORD = (
    "Fiche du document numéro 30117\n\nNum\n30117\nDate\nTuesday June 7, 1994\nAmj\nAuteur\n"
    "Taille\n40960\nPages\n3\nTitre\n{title}\nNom cité\nCote\ncable 02311\nType\n"
    "Document diplomatique, TD\nLangue\nEN\nCitation\nCONFIDENTIAL\nPAGE 01\nINFO LOG-00 AF-01\n"
    "{routing}\n/021W\nO 071530Z JUN 94\nFM USMISSION USUN NEW YORK\n"
    "TO SECSTATE WASHDC IMMEDIATE 6630\n{number}\nE.O. 12356: DECL:OADR\nTAGS: PREL, UNSC\n"
    "SUBJECT: COUNCIL CONSULTATIONS\n1. CONFIDENTIAL - ENTIRE TEXT.\n"
    "2. THE COUNCIL MET ON JUNE 7 AND AGREED TO MEET AGAIN.\n")


@pytest.mark.parametrize("headline", [
    "Kenya: Minister on the Budget",
    "Kenya: Finance Minister Outlines Budget Plans to",  # cut short by the site
])
def test_a_news_reprints_headline_is_the_title_over_the_heading(resources,
                                                                  headline: str) -> None:
    facts = text_facts(_REPRINT.format(headline=headline), resources)
    assert facts["title"] == headline
    assert facts["date"] == "2005-02-09"
    assert facts["telegram_number"] == "000612"
    assert facts["place_of_origin"] == "Nairobi"


def test_a_headlines_verb_after_a_title_word_is_no_name(resources) -> None:
    xml = text_xml(_REPRINT.format(headline="Kenya: Finance Minister Outlines Budget Plans to"),
                   resources)
    assert "Outlines Budget" not in xml.split("<standOff")[-1]


def test_a_date_time_group_line_never_runs_on_into_the_line_over_it() -> None:
    text = ("Cablegate: A headline the site cut short after some words of the cable's subject\n"
            "R 140930Z JUN 06\nFM AMEMBASSY ANKARA\n")
    assert [line.text for line in logical_lines(text)][1] == "R 140930Z JUN 06"


@pytest.mark.parametrize("title", [
    "Council Consultations on the Mission",
    "Security Council Discusses Expanded Mandate for Peacekeepers",  # fills the wrap width
])
def test_a_french_records_title_field_is_the_title(resources, title: str) -> None:
    facts = text_facts(_RECORD.format(title=title, routing="C-01", number=(
        "CONFIDENTIAL USUN NEW YORK 002311")), resources)
    assert facts["title"] == title
    assert facts["date"] == "1994-06-07"


@pytest.mark.parametrize("number, routing, want", [
    ("CONFIDENTIALUSUN NEW YORK 002311", "C-01", "002311"),  # the classification run on
    ("CONFIDENTIAL USUN NEW YORK 002311", "CA-02", "002311"),  # a routing code alone
    ("UNCLASSIFIEDUSUN NEW YORK 002311", "A-01", "002311"),
])
def test_the_number_beside_the_classification_not_a_routing_code(
        resources, number: str, routing: str, want: str) -> None:
    facts = text_facts(_RECORD.format(title="Council Consultations", routing=routing,
                                      number=number), resources)
    assert facts["telegram_number"] == want


def test_a_circular_airgrams_number_is_still_read(resources) -> None:
    text = ("CA-4567\nFROM: Department of State\nTO: All Diplomatic Posts\n"
            "SUBJECT: Visa Fees\n\n1. The new fees take effect on July 1.\n\nRUSK\n")
    assert text_facts(text, resources)["telegram_number"] == "CA-4567"


def test_a_written_out_classification_with_its_section_ends_its_line() -> None:
    text = ("E.O. 12356: DECL:OADR\nCONFIDENTIAL SECTION 01 OF 04 KIGALI 03188\n"
            "STATE FOR AF/C, AF/RA, AND IO/PEACEKEEPING\n")
    texts = [line.text for line in logical_lines(text)]
    assert "CONFIDENTIAL SECTION 01 OF 04 KIGALI 03188" in texts
