"""Rules from the misses of the blind sample other14 (FRUS telegrams of 1950-1965 from
Asian, African and Latin American posts, circulars, CIA cables, a British cypher telegram,
Lenin's telegrams): a CIA cable's number before its in- or out-number."""

from __future__ import annotations

from tests.cases import text_facts


def test_a_cia_cable_s_number_stands_before_its_in_or_out_number(resources) -> None:
    text = ("88. Telegram From the Station in Laos to the Central Intelligence Agency1\n\n"
            "Vien 4417 (In 30215). Ref Dir 29901 (Out 51123).\n\n"
            "1. Station agrees with the proposal.\n")
    assert text_facts(text, resources)["telegram_number"] == "Vien 4417"


def test_a_cable_referred_to_with_its_in_number_is_no_number_of_its_own(resources) -> None:
    text = ("88. Telegram From the Embassy in Laos to the Department of State1\n\n"
            "Station reports that Vien 4417 (In 30215). was received late.\n")
    assert text_facts(text, resources)["telegram_number"] is None
