"""Family rules of the wc18 blind sample, each tried on invented variants: a page title
opened by its form and a comma is no FRUS editors' heading, the Hungarian cipher close
without its last dash, an embassy line opened by its state's initials, Ethiopian places
the register now holds."""

from __future__ import annotations

import pytest
from lxml import etree

from tei.convert import convert_text
from tests.tei_facts import facts, signed, when_sent, xp

TEXT = "The minister received me today and spoke about the border talks.\n\n"


def _root(text: str, resources) -> etree._Element:
    return etree.fromstring(convert_text(text, "t", resources).xml)


@pytest.mark.parametrize("title", [
    "Ciphered telegram, Filippov (Stalin) to Mao Zedong",
    "Cable, Feng Xi (Stalin) to Zhou Enlai",
    "Telegram, Kuznetsov (Stalin) to Kovalev"])
def test_a_form_and_comma_title_under_a_related_summary_keeps_the_page_date(
        title: str, resources) -> None:
    page = ("Telegram from Kim Il Sung to Stalin asking for more anti-aircraft guns for the "
            f"defence of Pyongyang.\nJune 2, 1952\n{title}\n{TEXT}")
    root = _root(page, resources)
    assert when_sent(root) == "1952-06-02"
    assert facts(root)["title"] == title


def test_a_frus_heading_with_the_first_party_in_brackets_is_still_one(resources) -> None:
    rows = resources.patterns
    heading = "Ambassadeur de France à Moscou (Dejean) to Ministre des Affaires étrangères"
    assert rows.match("frus", heading)[0] == "heading"
    assert rows.match("frus", "Ciphered telegram, Filippov (Stalin) to Mao Zedong") is None


@pytest.mark.parametrize(("close", "number", "signer"), [
    ("70 – T.", "70", "T."), ("1204 — Szabó.", "1204", "Szabó."), ("9–K.", "9", "K.")])
def test_a_hungarian_close_without_its_last_dash_numbers_and_signs(
        close: str, number: str, signer: str, resources) -> None:
    root = _root(f"HPR Embassy Hanoi\n\nMarch 3, 1980\n\n{TEXT}{close}\n", resources)
    assert facts(root)["telegram_number"] == number
    assert signed(root) == signer


@pytest.mark.parametrize("line", ["1 - Cde. A. A. Gromyko", "10 - A.", "2 – to file"])
def test_a_copy_list_line_is_no_close(line: str, resources) -> None:
    assert resources.patterns.match("numbered-signature", line) is None


@pytest.mark.parametrize(("embassy", "seat"), [
    ("SFRJ Embassy Addis Ababa", "Addis Ababa"), ("GDR Embassy Hanoi", "Hanoi"),
    ("CSSR Embassy, Havana", "Havana")])
def test_an_embassy_line_opened_by_its_state_s_initials_names_the_seat(
        embassy: str, seat: str, resources) -> None:
    root = _root(f"{embassy}\n\nNo. 311\n\nMay 4, 1979\n\n{TEXT}", resources)
    assert facts(root)["place_of_origin"] == seat


def test_bahr_dar_is_a_place_and_no_person(resources) -> None:
    root = _root("From: Addis Ababa\nDate: 18.8.1981\n\nA plant will be built at Bahr-Dar "
                 "and at Gambella.\n\n", resources)
    places = [p.get("ref") for p in xp(root, "//tei:text//tei:placeName")]
    assert "#pla-bahir-dar" in places and "#pla-gambela" in places
    assert not xp(root, "//tei:text//tei:persName")
