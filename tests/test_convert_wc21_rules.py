"""Family rules of the wc21 blind sample, each tried on invented variants: a date whose year
is glued to its month under a signature, a delegation sent to a state (a visit, no post), a
surname alone set off by a title and commas, and the register's misspelling of Yang
Shangkun."""

from __future__ import annotations

import pytest
from lxml import etree

from tei.convert import convert_text
from tests.tei_facts import facts, names_of, referenced, signed, xp

TEXT = "The looms of the new mill will run in three shifts from the autumn.\n\n"


def _root(text: str, resources) -> etree._Element:
    return etree.fromstring(convert_text(text, "t", resources).xml)


@pytest.mark.parametrize(("text", "iso"), [
    ("14 March1965", "1965-03-14"), ("9 June1961", "1961-06-09"), ("2 MAY1970", "1970-05-02")])
def test_a_year_glued_to_its_month_is_read(text: str, iso: str, resources) -> None:
    line = f"sent on {text} by courier"
    found = resources.dates.find(line)
    assert [(line[value.start:value.end], value.iso()) for value in found] == [(text, iso)]


def test_a_number_glued_to_a_month_is_no_year(resources) -> None:
    assert not any(value.year for value in resources.dates.find("on 9 June196 and 3 May12"))


def test_an_embassy_s_signature_over_a_glued_date_closes_the_cable(resources) -> None:
    root = _root(f"To the Ministry of Foreign Affairs:\n{TEXT}[Chinese] Embassy in the DPRK\n"
                 "9 June1961\n", resources)
    assert signed(root) == "[Chinese] Embassy in the DPRK"
    assert facts(root)["date"] == "1961-06-09"


HEAD = ("Information on the Visit of the {who} Delegation\n\nINFORMATION\n\n"
        "on the visit of the {who} delegation to {where}\n\n" + TEXT)


@pytest.mark.parametrize("where", ["DPRK", "the Mongolian People's Republic", "Poland"])
def test_a_delegation_to_a_state_names_no_place_of_origin(where: str, resources) -> None:
    root = _root(HEAD.format(who="party and government", where=where), resources)
    assert facts(root)["place_of_origin"] is None


def test_a_delegation_to_a_conference_sits_at_its_place(resources) -> None:
    root = _root("Telegram From the Delegation to the Geneva Conference to the Department of "
                 f"State\n\n{TEXT}", resources)
    assert facts(root)["place_of_origin"] == "Geneva"


def _persons(root: etree._Element) -> set[str]:
    return {name for entry in referenced(root, "person") for name in names_of(entry)}


@pytest.mark.parametrize("name", ["Surgov", "Dashdavaa", "Oscar Montes"])
def test_a_name_set_off_by_a_title_and_commas_is_a_person(name: str, resources) -> None:
    root = _root(f"Report\n\nOn Monday the Bulgarian Second Secretary, {name}, told our "
                 "counsellor that the plenum would meet in March.\n", resources)
    assert name in _persons(root)


@pytest.mark.parametrize("word", ["However", "Tsu", "Today"])
def test_a_short_or_common_word_after_a_title_is_no_person(word: str, resources) -> None:
    root = _root(f"Report\n\nOn Monday the Second Secretary, {word}, told our counsellor that "
                 "the plenum would meet in March.\n", resources)
    assert word not in _persons(root)


def test_the_misspelling_yang_shankun_is_yang_shangkun(resources) -> None:
    root = _root("Report\n\nThe Chinese delegation, led by Yang Shankun, Chairman of the PRC, "
                 "was welcomed in the streets.\n", resources)
    assert "Yang Shangkun" in _persons(root)


ROUTED = "{title}\n\n{text}Signed: N. Ionescu\n"


@pytest.mark.parametrize(("title", "place"), [
    ("Telegram from Pyongyang to Bucharest, SECRET, No. 76.042, Regular", "Pyongyang"),
    ("Telegram from Beijing to Hanoi, Urgent, No. 112", "Beijing"),
    ("Telegram from Warsaw to Bucharest, No. 031.215", "Warsaw")])
def test_a_title_s_place_alone_is_where_not_who(title: str, place: str, resources) -> None:
    root = _root(ROUTED.format(title=title, text=TEXT), resources)
    roles = [" ".join(r.itertext()) for r in xp(root, "//tei:correspAction/tei:roleName")]
    assert roles == []
    assert facts(root)["place_of_origin"] == place


def test_an_office_in_a_title_stays_a_role(resources) -> None:
    title = "Telegram from the Soviet Ambassador in Hanoi to the Foreign Ministry"
    root = _root(ROUTED.format(title=title, text=TEXT), resources)
    roles = [" ".join(r.itertext()) for r in xp(root, "//tei:correspAction/tei:roleName")]
    assert roles == ["Soviet Ambassador in Hanoi", "Foreign Ministry"]
