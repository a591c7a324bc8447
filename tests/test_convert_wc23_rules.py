"""Family rules of the wc23 blind sample (Chinese foreign ministry forms of 1960-1964,
Czechoslovak cables on Afghanistan, Soviet reports of 1968), each tried on invented
variants: a body's name with its own ` to ` in a title, a cable form read to its end and its
dispatch number, a body that signs by its whole name, a cable's close without its full stop,
an address set letter-spaced, and a title naming a report's writer by its verb."""

from __future__ import annotations

import pytest

from tei.convert.context import Context
from tei.convert.parties import title_parties
from tei.convert.parts import numbered_close
from tests.cases import text_facts

CHINESE_FORM = ("Level: Urgent\nResponse No.\nDispatch No. {number}\nCopied to: [...]\n\n"
                "To the Embassy in Ceylon:\n\nPlease book two seats to Colombo for the "
                "delegates on 4 May.\n\n{closer}\n2 May 1963\n")


@pytest.mark.parametrize(("title", "sender"), [
    ("Cable from the Chinese People's Committee to Defend World Peace and Combat U.S. "
     "Aggression", "Chinese People's Committee to Defend World Peace and Combat U.S. Aggression"),
    ("Letter from the Chinese People's Committee to Defend World Peace and Combat U.S. "
     "Aggression to the Embassy in Ceylon",
     "Chinese People's Committee to Defend World Peace and Combat U.S. Aggression")])
def test_a_to_inside_a_register_body_is_no_cut(title: str, sender: str, resources) -> None:
    parties = title_parties(title, Context(resources, "t"))
    assert parties is not None and parties[0].removeprefix("the ") == sender
    assert "Defend" not in parties[1]


def test_a_to_after_a_body_still_cuts(resources) -> None:
    parties = title_parties("Cable from the Chinese Embassy in Ceylon to the Foreign Ministry",
                            Context(resources, "t"))
    assert parties is not None
    assert [part.removeprefix("the ") for part in parties] == [
        "Chinese Embassy in Ceylon", "Foreign Ministry"]


@pytest.mark.parametrize(("heading", "number"), [
    ("Dispatch No. 1432\n", "1432"), ("Response No. 17\nDispatch No. 88\n", "88")])
def test_a_cables_dispatch_number_is_its_own(heading: str, number: str, resources) -> None:
    text = ("Cable from the Chinese Foreign Ministry, 'Seats to Colombo'\n\nLevel: Urgent\n"
            f"{heading}\nTo the Embassy in Ceylon:\n\nPlease book two seats.\n")
    assert text_facts(text, resources)["telegram_number"] == number


def test_a_registry_outgoing_number_is_no_cables(resources) -> None:
    text = ("Cable from the Chinese Foreign Ministry, 'Seats to Colombo'\n\nLevel: Urgent\n"
            "Outgoing No. 82\n\nTo the Embassy in Ceylon:\n\nPlease book two seats.\n")
    assert text_facts(text, resources)["telegram_number"] is None


def test_a_blank_response_field_keeps_the_form_going(resources) -> None:
    text = "Cable from the Chinese Foreign Ministry, 'Seats'\n\n" + CHINESE_FORM.format(
        number="1432", closer="Ministry of Foreign Affairs")
    found = text_facts(text, resources)
    assert found["telegram_number"] == "1432" and found["gaps"] == 1


def test_a_register_body_signs_by_its_whole_name(resources) -> None:
    closer = "Chinese People's Committee to Defend World Peace and Combat U.S. Aggression"
    text = "Cable from the Committee, 'Seats'\n\n" + CHINESE_FORM.format(number="7", closer=closer)
    assert text_facts(text, resources)["signed"] == closer


@pytest.mark.parametrize(("line", "name", "number"), [
    ("Karmelita 0354", "Karmelita", "0354"), ("Hrubeš 217", "Hrubeš", "217")])
def test_a_cables_close_without_its_stop_names_signer_and_number(
        line: str, name: str, number: str, resources) -> None:
    match = numbered_close(line, Context(resources, "t"))
    assert match is not None and (match.group("name"), match.group("outgoing")) == (name, number)


@pytest.mark.parametrize("line", ["Berlin 1961", "Article 120", "Moscow 12"])
def test_a_year_a_part_or_a_short_number_is_no_close(line: str, resources) -> None:
    assert numbered_close(line, Context(resources, "t")) is None


@pytest.mark.parametrize("spaced", ["C P S U C C", "C C C P S U"])
def test_an_address_set_letter_spaced_names_the_cc(spaced: str, resources) -> None:
    found = resources.register.find(spaced, ("org",))
    assert len(found) == 1 and "CPSU CC" in {found[0].entry.reg, *_forms(found[0].entry)}


def test_letter_spaced_capitals_that_name_no_body_are_none(resources) -> None:
    assert not resources.register.find("S E C R E T", ("org",))


@pytest.mark.parametrize(("title", "sender"), [
    ("P. Shelest Reports on a Meeting Between Ukrainian and Slovak Party Officials",
     "Pyotr Shelest"),
    ("V. Shcherbitsky Reports about the Harvest", "Vladimir Shcherbitsky")])
def test_a_title_naming_a_report_by_its_verb_names_its_writer(
        title: str, sender: str, resources) -> None:
    text = f"May 5, 1969\n{title}\nThe committee reports that the districts remain calm.\n"
    assert text_facts(text, resources)["sender"] == [sender]


def _forms(entry) -> set[str]:
    return {" ".join("".join(name.itertext()).split())
            for name in entry.element.iter("{http://www.tei-c.org/ns/1.0}orgName")}
