"""Rules from the misses of the blind sample wc45 (Wilson Center Digital Archive pages of
Chinese embassy cables, Soviet reports and party records): a Chinese received-cable form's
name (`Cable Received by the Ministry of Foreign Affairs`) is its routing line, not a heading
naming the document; the form's fields run into one line by slashes or dashes end with the
cable's number; a title's surname before `report on` (or `Report,` and a date) sends the
report; a word after a supplied place (`Dunai [Danube] River`) is no surname; the rest of
a register name supplied in two or three words (`Chairman Ho [Chi Minh]`) names that person."""

from __future__ import annotations

import pytest

from tests.cases import text_facts, text_xml

_CABLE = (
    "Skip to content\n\nJune 9, 1964\n\n"
    "Cable from the Chinese Embassy in Vietnam, 'The Premier on the Laos Conference'\n\n"
    "This document was made possible with support from MacArthur Foundation\n\n"
    "{name}\n\n\n{form}\n\n\nTo the Ministry of Foreign Affairs:\n\n\n"
    "Yesterday the Premier received the ambassador and spoke of a new conference.\n")


@pytest.mark.parametrize("name", ["Cable Received by the Ministry of Foreign Affairs",
                                  "Telegram received by the Foreign Ministry", ""])
def test_a_chinese_forms_name_line_is_no_title(resources, name: str) -> None:
    facts = text_facts(_CABLE.format(name=name, form="Received (64) No. 318"), resources)
    assert facts["title"].startswith("Cable from the Chinese Embassy in Vietnam")


def test_a_frus_received_by_heading_still_titles(resources) -> None:
    text = ("Telegram Received by the Naval Attaché in China, Captain Overesch\n\n"
            "Shanghai, March 3, 1938.\n\nThe situation in the city is quiet.\n")
    assert text_facts(text, resources)["title"].startswith("Telegram Received by the Naval")


@pytest.mark.parametrize("form, number", [
    ("Ministry of Foreign Affairs – Received Cable – Urgent – Advance – Vietnam Desk  – "
     "Received (64) No. 318", "318"),
    ("Level: Urgent / From the Hanoi Desk / Received (64) No. 318", "318"),
    ("Received (64) No. 318", "318"),
    ("Ministry of Foreign Affairs – Received Cable – Urgent", None),
])
def test_a_form_line_parted_by_dashes_or_slashes_ends_with_the_number(resources, form: str,
                                                                       number: str | None) -> None:
    facts = text_facts(_CABLE.format(name="Cable Received by the Ministry of Foreign Affairs",
                                     form=form), resources)
    assert facts["telegram_number"] == number


_REPORT = ("November 6, 1956\n{title}\n"
           "During the night the units completed the clearing of the town.\n"
           "The situation in the rest of the country is calm.\n")


@pytest.mark.parametrize("title, sender", [
    ("Konev report on the situation in Hungary as of 9 a.m.", ["Ivan Konev"]),
    ("Andropov Report, 28 October 1956", ["Yuri Andropov"]),
    ("Final report on the situation in Hungary", []),
    ("Situation Report, 6 November 1956", []),
])
def test_a_titles_surname_before_report_sends_it(resources, title: str,
                                                 sender: list[str]) -> None:
    assert text_facts(_REPORT.format(title=title), resources)["sender"] == sender


def test_a_word_after_a_supplied_place_is_no_surname(resources) -> None:
    xml = text_xml(_REPORT.format(title="Konev report on the situation in Hungary")
                   + "They took the bridges across the Dunai [Danube] River at dawn.\n",
                   resources)
    assert "River</persName>" not in xml
    assert '<placeName ref="#pla-danube">Danube</placeName></supplied> River' in xml


@pytest.mark.parametrize("line", [
    "Chairman Ho [Chi Minh] favours a new conference.",
    "President Ho [Chi Minh] favours a new conference.",
    "Comrade Ho [Chi Minh] favours a new conference.",
])
def test_the_rest_of_a_register_name_supplied_in_words(resources, line: str) -> None:
    xml = text_xml(_REPORT.format(title="Konev report on the situation") + line + "\n",
                   resources)
    assert ('Ho</persName> <supplied reason="identification">'
            '<persName ref="#per-ho-chi-minh">Chi Minh</persName></supplied>') in xml
    assert "per-chi-minh" not in xml and "per-ho\"" not in xml


def test_a_two_word_supplied_text_the_register_does_not_know_stays(resources) -> None:
    xml = text_xml(_REPORT.format(title="Konev report on the situation")
                   + "Comrade Ivanov [Second Secretary] spoke next.\n", resources)
    assert "Second Secretary" in xml
