"""A place's name in its period (places25): the register dates some of a place's names
(`placeName` with @from / @to, inclusive), and the header's place of sending is written as
the place was called on the document's date (`Petrograd` in 1916, `Stalingrad` in 1955),
its @ref still the one entry (a post named by its country sits in that year's capital:
Russia's St. Petersburg to 1918, Turkey's Constantinople to 1923); a document with no date,
or a date no dated name covers, keeps the register's regular name."""

from __future__ import annotations

import re

import pytest

from tei.convert.period_names import name_in_period
from tests.cases import text_facts, text_xml

_SENT = re.compile(r'<correspAction type="sent">.*?</correspAction>', re.S)
_PLACE = re.compile(r'<placeName ref="#(?P<ref>[^"]+)">(?P<name>[^<]+)</placeName>')


def _sent_place(text: str, resources) -> tuple[str, str]:
    """The (ref, name) of the first place in the header's sent correspAction."""
    found = _PLACE.search(_SENT.search(text_xml(text, resources)).group(0))
    return found["ref"], found["name"]


@pytest.mark.parametrize(("text", "ref", "name"), [
    # a FRUS-style telegram of the war years: heading over a dateline
    ("Telegram from the Ambassador in Russia (Marsh) to the Secretary of State\n\n"
     "Petrograd, October 12, 1916\n\nThe Foreign Minister will not change course.\n",
     "pla-leningrad", "Petrograd"),
    # a letter before the war: the city's name before 1914
    ("Telegram from the Embassy in Russia to the Department of State\n\n"
     "St. Petersburg, May 3, 1910\n\nNo change in the port this week.\n",
     "pla-leningrad", "St. Petersburg"),
    # a 1950s cable (routing lines): Leningrad is the name of its period and the reg
    ("CABLEGRAM\n\nFROM: AMCONSUL LENINGRAD\nTO: SECSTATE WASHDC\nDATE: 3 MARCH 1952\n\n"
     "1. PORT TRAFFIC UNCHANGED THIS WEEK.\n", "pla-leningrad", "Leningrad"),
    # a Commonwealth cablegram's dateline, day first
    ("Cablegram from the Legation, Stalingrad\n\nStalingrad, 14 May 1955\n\n"
     "The tractor works were shown to the delegation today.\n",
     "pla-volgograd", "Stalingrad"),
    ("Despatch from the High Commissioner to the Foreign Office\n\n"
     "Constantinople, 4 June 1922\n\nThe delegation was received today.\n",
     "pla-istanbul", "Constantinople"),
])
def test_the_place_of_sending_is_named_as_in_the_document_s_year(text, ref, name,
                                                                 resources) -> None:
    assert _sent_place(text, resources) == (ref, name)


@pytest.mark.parametrize(("text", "ref", "reg"), [
    ("CABLEGRAM\n\nFROM: AMCONSUL STALINGRAD\nTO: SECSTATE WASHDC\n\n"
     "1. TRACTOR WORKS SHOWN TO DELEGATION.\n", "pla-volgograd", "Volgograd"),
    ("CABLEGRAM\n\nFROM: AMCONSUL LENINGRAD\nTO: SECSTATE WASHDC\n\n"
     "1. PORT TRAFFIC UNCHANGED THIS WEEK.\n", "pla-leningrad", "Leningrad"),
])
def test_a_document_with_no_date_keeps_the_register_s_name(text, ref, reg, resources) -> None:
    assert _sent_place(text, resources) == (ref, reg)


def test_the_fact_of_the_place_of_origin_is_still_the_entry(resources) -> None:
    text = ("Telegram from the Ambassador in Russia (Marsh) to the Secretary of State\n\n"
            "Petrograd, October 12, 1916\n\nThe Foreign Minister will not change course.\n")
    assert text_facts(text, resources)["place_of_origin"] == "Leningrad"


@pytest.mark.parametrize(("ident", "when", "name"), [
    ("pla-leningrad", "1914-08-30", "St. Petersburg"),
    ("pla-leningrad", "1914-08-31", "Petrograd"),
    ("pla-leningrad", "1924-01-26", "Leningrad"),
    ("pla-leningrad", "1992", "Saint Petersburg"),
    ("pla-beijing", "1912-02-12", "Peking"),
    ("pla-beijing", "1937-07-07", "Peiping"),
    ("pla-beijing", "1950-02-14", "Beijing"),  # a romanisation is no renaming
    ("pla-volgograd", "1961-11-10", "Volgograd"),
    ("pla-kaliningrad", "1945-04", "Königsberg"),
    ("pla-saigon", "1976-07-02", "Ho Chi Minh City"),
    ("pla-jakarta", "1947-11-20", "Batavia"),
    ("pla-oslo", "1905-06-07", "Christiania"),
    ("pla-tbilisi", "1921", "Tiflis"),
    ("pla-kinshasa", "1960-06-30", "Léopoldville"),
    ("pla-leningrad", "", "Leningrad"),
])
def test_the_register_s_dated_names(ident, when, name, resources) -> None:
    assert name_in_period(resources.register.entries[ident], when) == name


@pytest.mark.parametrize(("text", "ref", "name"), [
    # a FRUS heading whose dateline gives no place: the post's country's capital that year
    ("Telegram from the Ambassador in Russia (Marsh) to the Secretary of State\n\n"
     "No. 812, October 12, 1916\n\nThe Foreign Minister will not change course.\n",
     "pla-leningrad", "Petrograd"),
    ("The Ambassador in Turkey (Morgan) to the Secretary of State\n\n[Telegram]\n\n"
     "May 3, 1915.\n\nThe Grand Vizier received me today.\n", "pla-istanbul", "Constantinople"),
    ("The Ambassador in Turkey (Wadsworth) to the Secretary of State\n\n[Telegram]\n\n"
     "May 3, 1950.\n\nThe Foreign Minister received me today.\n", "pla-ankara", "Ankara"),
])
def test_a_post_sits_in_the_capital_of_its_year_named_as_then(text, ref, name,
                                                              resources) -> None:
    assert _sent_place(text, resources) == (ref, name)
