"""US State Department cable rules tried on invented variants: quotations opened and
closed in words, INFO addressees one per line, series and airgram numbers, and routing
lines `FOR X FROM Y`."""

from __future__ import annotations

import pytest
from lxml import etree

from tei.convert import convert_text
from tests.tei_facts import facts, signed, xp

HEAD = "CONFIDENTIAL\n\nR 121730Z APR 75\nFM SECSTATE WASHDC\nTO AMEMBASSY CANBERRA\n"
QUOTED = ("C O N F I D E N T I A L SAIGON 4321\n\n"
          "1. THE PRESIDENT SAID HE WOULD ACCEPT THE FIGURE.\n\nMARTIN\n")


def _root(text: str, resources) -> etree._Element:
    return etree.fromstring(convert_text(text, "t", resources).xml)


def _text(root: etree._Element) -> str:
    return " ".join(xp(root, "string(//tei:text)").split())


@pytest.mark.parametrize(("opening", "closing"), [
    ("QUOTE", "UNQUOTE"), ("BEGIN QUOTE", "END QUOTE"), ("QTE", "UNQTE")])
def test_a_cable_quoted_in_words_is_an_embedded_document(opening: str, closing: str,
                                                         resources) -> None:
    source = (HEAD + "\nFOLLOWING REPEAT SAIGON 4321 ACTION SECSTATE APR 11.\n\n"
              f"{opening}\n\n{QUOTED}{closing}\n\nKISSINGER\n")
    root = _root(source, resources)
    assert len(xp(root, "//tei:text//tei:floatingText")) == 1
    assert signed(root) == "KISSINGER"
    text = _text(root)
    assert text.index(opening) < text.index("MARTIN") < text.rindex(closing) < text.rindex(
        "KISSINGER")


def test_an_unclosed_quote_line_opens_nothing(resources) -> None:
    root = _root(HEAD + "\nQUOTE\n\n1. TEXT OF THE NOTE FOLLOWS.\n\nKISSINGER\n", resources)
    assert not xp(root, "//tei:text//tei:floatingText")


@pytest.mark.parametrize("info", [
    ["AMEMBASSY BONN", "AMEMBASSY LONDON", "USMISSION NATO", "AMCONSUL LENINGRAD"],
    ["RUEHLO/AMEMBASSY LONDON PRIORITY 0567", "RUEHFR/AMEMBASSY PARIS PRIORITY 0432"],
    ["WHITE HOUSE IMMEDIATE", "AMEMBASSY TEL AVIV IMMEDIATE", "USDEL GENEVA"],
])
def test_info_addressees_one_per_line_stay_in_the_heading(info: list[str], resources) -> None:
    source = (HEAD + "INFO " + "\n".join(info) + "\n\nC O N F I D E N T I A L MOSCOW 4512\n\n"
              "1. GROMYKO SPOKE FIRST.\n\nSTOESSEL\n")
    root = _root(source, resources)
    heading = [" ".join(ab.xpath("string()").split())
               for ab in xp(root, "//tei:div[@subtype='heading']/tei:ab")]
    assert all(line in heading for line in info[1:])
    assert xp(root, "string(//tei:msIdentifier//tei:idno[@type='telegram'])") == "4512"


@pytest.mark.parametrize(("line", "number"), [
    ("S E C R E T SECTO 412", "SECTO 412"), ("CONFIDENTIAL TOSEC 00215", "TOSEC 00215"),
    ("A-412", "A-412")])
def test_series_and_airgram_numbers(line: str, number: str, resources) -> None:
    root = _root(HEAD + f"\n{line}\n\n1. THE TALKS WENT WELL.\n\nKISSINGER\n", resources)
    assert xp(root, "string(//tei:msIdentifier//tei:idno[@type='telegram'])") == number


def test_a_routing_line_for_an_office_from_an_office_names_no_person(resources) -> None:
    root = _root(HEAD + "\nFOR THE PRESIDENT FROM THE SECRETARY\n\n1. THE TALKS WENT WELL.\n\n"
                 "KISSINGER\n", resources)
    assert [" ".join(p.xpath("string()").split()) for p in xp(root, "//tei:text//tei:persName")
            ] == ["KISSINGER"]


# -- rules found on a blind sample of real Cablegate cables

_PARAGRAPH = "1. (C) THE MINISTER SAID THE TALKS WOULD RESUME IN MARCH.\n\nSMITH\n"


@pytest.mark.parametrize(("heading", "date", "number"), [
    ("P R 281848Z DEC 66\nFM AMEMBASSY LIMA\nTO SECSTATE WASHDC PRIORITY\n\n"
     "UNCLASSIFIED LIMA 2481", "1966-12-28", "2481"),
    ("R 291207Z OCT 08 ZDS\nFM AMEMBASSY LIMA\nTO RUEHC/SECSTATE WASHDC 1234\n\n"
     "UNCLAS SECTION 01 OF 02 LIMA 000355", "2008-10-29", "000355"),
    ("P 050831Z DEC 08\nFM AMEMBASSY LIMA\nTO RUEHC/SECSTATE WASHDC PRIORITY 2532\n"
     "INFO RUCNAFG/AFGHANISTAN COLLECTIVE PRIORITY\nRUEHZG/NATO EU COLLECTIVE PRIORITY\n"
     "RUEKJCS/SECDEF WASHINGTON DC\nRHMFISS/HQ USEUCOM VAIHINGEN GE\nIRAN COLLECTIVE\n"
     "CIA WASHINGTON DC\n\nS E C R E T LIMA 000453", "2008-12-05", "000453")])
def test_real_cable_headings_give_date_place_and_number(heading: str, date: str, number: str,
                                                        resources) -> None:
    found = facts(_root(f"{heading}\n\n{_PARAGRAPH}", resources))
    assert (found["date"], found["place_of_origin"], found["telegram_number"]) == (
        date, "Lima", number)


def test_a_weekday_before_a_datelines_date_names_no_place(resources) -> None:
    source = ("Wednesday, 29 November 2000, 13:59\n"
              "C O N F I D E N T I A L SECTION 01 OF 03 HARARE 006677\n\n" + _PARAGRAPH)
    found = facts(_root(source, resources))
    assert (found["date"], found["place_of_origin"]) == ("2000-11-29", "Harare")


def test_a_cable_archives_banner_names_no_parties(resources) -> None:
    source = ("Viewing cable 08STATE134777, DEMARCHE TO AFGHANISTAN ON CLUSTER MUNITIONS\n\n"
              "O R 291637Z DEC 08\nFM SECSTATE WASHDC\nTO AMEMBASSY KABUL\n\n"
              "C O N F I D E N T I A L STATE 134777\n\n" + _PARAGRAPH)
    root = _root(source, resources)
    parties = xp(root, "//tei:correspAction//*[self::tei:persName or self::tei:roleName]")
    assert not [p for p in parties if "DEMARCHE" in p.text.upper()
                or "AFGHANISTAN" in p.text.upper()]


@pytest.mark.parametrize(("line", "place"), [
    ("S E C R E T STATE 067105", "Washington"),
    ("S E C R E T SECTION 01 OF 03 USNATO 000464", "Brussels"),
    ("C O N F I D E N T I A L SECTION 01 OF 05 UNVIE VIENNA 000540", "Vienna")])
def test_a_post_designator_names_its_seat(line: str, place: str, resources) -> None:
    assert facts(_root(f"{line}\n\n{_PARAGRAPH}", resources))["place_of_origin"] == place


def test_a_printouts_distribution_lines_and_a_partial_extract_keep_the_heading(resources) -> None:
    source = ("CONFIDENTIAL\n\nPAGE 01        CAPE T  00097  01 OF 03  182017Z\n"
              "ACTION AF-00\n\nINFO  LOG-00   ADS-00   INR-05   EUR-00   SS-00\n"
              "CIAE-00\nNSCE-00  NSAE-00  HA-09    L-03\nT-01\n/037 W\n"
              "------------------352654 200910Z /23\n"
              "This record is a partial extract of the original cable. The full text of the "
              "original cable is not available.\n171512Z Jan 90\n"
              "XMT AMCONSUL JOHANNESBURG\n"
              "C O N F I D E N T I A L SECTION 01 OF 03 CAPE TOWN 00097\n\n" + _PARAGRAPH)
    found = facts(_root(source, resources))
    assert (found["date"], found["place_of_origin"], found["telegram_number"]) == (
        "1990-01-17", "Cape Town", "00097")


def test_a_declassification_stamp_after_the_signature_is_a_processing_line(resources) -> None:
    source = ("C O N F I D E N T I A L TEHRAN 2069\n\n" + _PARAGRAPH +
              "\nDeclassified/Released US Department of State EO\nSystematic Review 05 JUL 2006\n")
    root = _root(source, resources)
    assert signed(root) == "SMITH"
    assert facts(root)["registry_notes"][-1] == "Systematic Review 05 JUL 2006"


@pytest.mark.parametrize(("ending", "name"), [
    ("A/S Campbell has cleared this message. STEPHENS", "STEPHENS"),
    ("Please contact Katherine Baker in PM/WRA. RICE", "RICE")])
def test_a_signature_run_on_into_the_last_paragraph_is_the_signature(ending: str, name: str,
                                                                      resources) -> None:
    source = ("C O N F I D E N T I A L SEOUL 001171\n\n"
              f"1. (C) The minister said the talks would resume in March.\n\n2. (U) {ending}\n")
    root = _root(source, resources)
    assert signed(root) == name
    assert _text(root).endswith(f"{ending}")


def test_a_capitals_word_closing_a_capitals_paragraph_stays_in_it(resources) -> None:
    source = ("C O N F I D E N T I A L SEOUL 001171\n\n"
              "1. (C) THE MINISTER SAID THE TALKS WOULD RESUME IN MARCH. SOON\n")
    assert signed(_root(source, resources)) is None


def test_a_signature_with_a_detached_full_stop_is_a_signature(resources) -> None:
    source = ("C O N F I D E N T I A L BRUSSELS 000128\n\n"
              "1. (C) The minister said the talks would resume in March.\n\nKENNARD .\n")
    assert signed(_root(source, resources)) == "KENNARD ."


_TABLE = ("Reference ID\tCreated\tReleased\tClassification\tOrigin\n"
          "05MADRID395\t2005-02-02 15:03\t2010-11-28 18:06\tCONFIDENTIAL\tEmbassy Madrid\n\n")


@pytest.mark.parametrize(("dtg", "date"), [
    ("", "2005-02-02"), ("R 011200Z FEB 05\n", "2005-02-01")])
def test_an_archive_records_created_date_is_the_last_resort(dtg: str, date: str,
                                                           resources) -> None:
    source = (f"{_TABLE}{dtg}C O N F I D E N T I A L SECTION 01 OF 02 MADRID 000395\n\n"
              + _PARAGRAPH)
    assert facts(_root(source, resources))["date"] == date
