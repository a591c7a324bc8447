"""Family rules of the wc19 blind sample, each tried on invented variants: the Czechoslovak
cable's heading line with a series letter and its name-first close, the editors' bracketed
source line over a page's summary, a supplied function word that is no given name, a name
the editors could not identify, and the register entries the sample wanted."""

from __future__ import annotations

import pytest
from lxml import etree

from tei.convert import convert_text
from tests.tei_facts import facts, signed, xp

TEXT = "The minister received me today and spoke about the border talks.\n\n"


def _root(text: str, resources) -> etree._Element:
    return etree.fromstring(convert_text(text, "t", resources).xml)


def _persons(root: etree._Element) -> list[str]:
    return [" ".join("".join(p.itertext()).split()) for p in xp(root, "//tei:text//tei:persName")]


@pytest.mark.parametrize(("line", "seat"), [
    ("Telegram from Cairo File # 3.406 K.", "Cairo"),
    ("Telegram from Havana File # 12540 P.", "Havana"),
    ("Telegram from New Delhi File # 7.204", "New Delhi")])
def test_a_czechoslovak_heading_line_with_a_series_letter_opens_the_heading(
        line: str, seat: str, resources) -> None:
    root = _root(f"{line}\nArrived: 2.5.63 10:15\nDispatched: 2.5.63 12:00\n"
                 f"Re. your 031.583\n\n{TEXT}", resources)
    heading = xp(root, "//tei:div[@type='registry'][@subtype='heading']/tei:ab")
    assert heading[0].xpath("string()") == line
    assert heading[-1].get("subtype") == "reference"
    assert facts(root)["place_of_origin"] == seat


@pytest.mark.parametrize(("close", "number", "signer"), [
    ("Hošek 118.", "118", "Hošek"), ("Kohout 1205.", "1205", "Kohout")])
def test_a_name_before_the_cable_s_number_signs_and_numbers_it(
        close: str, number: str, signer: str, resources) -> None:
    root = _root(f"Telegram from Cairo File # 3.406\n\n{TEXT}{close}\n", resources)
    assert facts(root)["telegram_number"] == number
    assert signed(root) == signer


@pytest.mark.parametrize("close", ["Article 12.", "Point 3."])
def test_a_word_no_person_bears_before_a_number_is_no_close(close: str, resources) -> None:
    root = _root(f"Telegram from Cairo File # 3.406\n\n{TEXT}{close}\n", resources)
    assert signed(root) is None
    assert facts(root)["telegram_number"] is None


PAGE = ("Skip to content\n\nMay 5, 1976\n\nCC CPSU Politburo transcript (excerpt)\n\n"
        "Chaired by: Comrade KIRILENKO, A.P.\n\nThe question of the aid to Angola was "
        "discussed and the draft was approved by the members present.\n\nThe resolution was "
        "adopted.\n\n[Source: RGANI, f. 89, op. 7, d. 12, l. 4; translated by Ann Reid.]\n\n"
        "CC CPSU Politburo transcript (excerpt) approving the aid to Angola\n\n"
        "Document Information\n\nSource\n\nOriginal Archive\n")


def test_an_editors_source_line_over_the_summary_goes_to_the_header(resources) -> None:
    found = facts(_root(PAGE, resources))
    assert found["archive_idno"] == "RGANI, f. 89, op. 7, d. 12, l. 4"
    assert found["translator"] == "Ann Reid"
    assert found["summary"] == ("CC CPSU Politburo transcript (excerpt) approving the aid to "
                                "Angola")
    assert found["notes"] == 0


@pytest.mark.parametrize("sentence", [
    "[In] August of 1956 he visited our country.", "[On] Monday the talks resumed.",
    "[The] Front asked for instructors."])
def test_a_supplied_function_word_is_no_given_name(sentence: str, resources) -> None:
    root = _root(f"Cairo, 3 May 1963\n\n{sentence}\n\n", resources)
    assert _persons(root) == []


@pytest.mark.parametrize(("sentence", "name"), [
    ("He spoke with Ferhat [not further identified] about the tanks.", "Ferhat"),
    ("Lopez [unidentified] is not willing to negotiate.", "Lopez"),
    ("The talks with Ali Nasser [not further identified] went well.", "Ali Nasser")])
def test_a_name_the_editors_could_not_identify_is_a_person(
        sentence: str, name: str, resources) -> None:
    root = _root(f"Cairo, 3 May 1963\n\n{sentence}\n\n", resources)
    assert name in _persons(root)


@pytest.mark.parametrize("sentence", [
    "A colonel [not further identified] came too.",
    "The Vietnamese [not further identified] official came too.",
    "He said that Cuban [unidentified] officers came too.",
    "On Monday [not identified] two officers came too."])
def test_an_unidentified_note_after_a_word_no_name_names_no_one(sentence: str,
                                                                 resources) -> None:
    root = _root(f"Cairo, 3 May 1963\n\n{sentence}\n\n", resources)
    assert _persons(root) == []


def test_the_sample_s_register_entries(resources) -> None:
    root = _root("Moscow, 3 June 1975\n\nComrade Ulianovsky spoke about the Bulgarian "
                 "People's Republic.\n\n", resources)
    assert [p.get("ref") for p in xp(root, "//tei:text//tei:persName")] == [
        "#per-rostislav-ulyanovsky"]
    assert [p.get("ref") for p in xp(root, "//tei:text//tei:placeName")][-1] == "#pla-bulgaria"


CIRCULAR = ("{province} Province Telegram Received\nFrom: Ministry of Foreign Affairs\n"
            "Precedence: Urgent\nDevice No. 52\nSerial No.{serial}\nPrincipal agency "
            "responsible: Foreign Affairs Office\nAlready transmitted to Provincial Party "
            "Standing Committee, public security\nOn the Vietnam Issue\n\nTo the foreign "
            "affairs offices of all provinces:\n\nIn the last week Vietnam has again "
            "shelled the border villages, and foreign visitors have asked about it; please "
            "answer them in the spirit of the ministry's statement.\n\n"
            "Ministry of Foreign Affairs\n")


@pytest.mark.parametrize(("province", "serial"), [("Guangdong", " 7"), ("Yunnan", "")])
def test_a_province_s_copy_of_a_circular_keeps_its_receipt_in_the_heading(
        province: str, serial: str, resources) -> None:
    root = _root(CIRCULAR.format(province=province, serial=serial), resources)
    heading = [ab.get("subtype") for ab in
               xp(root, "//tei:div[@type='registry'][@subtype='heading']/tei:ab")]
    assert heading[-4:] == ["control", "control", "distribution", "distribution"]
    refs = {o.get("ref") for o in xp(root, "//tei:text//tei:orgName")
            if o.xpath("string()") == "Ministry of Foreign Affairs"}
    assert refs == {"#org-ministry-of-foreign-affairs-of-the-prc"}


def test_a_received_form_of_another_country_names_no_province(resources) -> None:
    rows = resources.patterns
    assert rows.match("heading", "Device No. 52")[0] == "control"
    assert rows.match("heading", "Serial number: 02831")[0] == "cable-number"


@pytest.mark.parametrize(("text", "iso"), [
    ("1968.1.29", ["1968-01-29"]), ("Ulaanbaatar, 1972.11.3.", ["1972-11-03"]),
    ("1968.13.2", []), ("version 2011.1.1.5", [])])
def test_a_record_s_date_with_its_year_first_and_dots(text: str, iso: list[str],
                                                       resources) -> None:
    assert [d.iso() for d in resources.dates.find(text)] == iso


def test_a_mongolian_record_s_date_line_stays_in_its_heading(resources) -> None:
    root = _root("FIRST DEPARTMENT OF THE FOREIGN MINISTRY\nRecord of conversation\n"
                 "1972.11.3\n\nToday the counsellor of the embassy called on me.\n\n",
                 resources)
    assert xp(root, "//tei:div[@subtype='heading']/tei:ab[@subtype='dateline']/tei:date"
                    "/@when") == ["1972-11-03"]


@pytest.mark.parametrize(("text", "ref"), [
    ("the Undersecretary [Pablo] Campos Ortiz received him", "#per-pablo-campos-ortiz"),
    ("Ambassador Sánchez Gavito spoke in the Council", "#per-vicente-sanchez-gavito"),
    ("Present: Comrades M.V. Zimianin and Y.P. Riabov", "#per-yakov-ryabov")])
def test_two_word_surnames_and_spellings_the_register_now_holds(
        text: str, ref: str, resources) -> None:
    root = _root(f"Mexico, DF, 7 November 1962\n\n{text}.\n\n", resources)
    assert ref in [p.get("ref") for p in xp(root, "//tei:text//tei:persName")]
