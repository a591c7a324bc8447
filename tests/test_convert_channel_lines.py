"""FRUS channel lines: office symbols before the persons a telegram is for (`For S/AL
Thompson and EUR Tyler.`) and a conference series' channel (`Argonaut 12. Crypto-War for
... only from Secretary Stettinius.`)."""

from __future__ import annotations

from tests.cases import text_facts

_HEAD = ("12. Telegram From the Embassy in Italy to the Department of State/1/\n\n"
         "Rome, March 3, 1966, 4 p.m.\n\n")


def test_office_symbols_before_names_are_no_part_of_the_addressees(resources) -> None:
    text = _HEAD + ("2210. For S/S Read and EUR/WE Tyler. The Foreign Minister asked for "
                    "the text before Friday.\n\nReinhardt\n")
    addressees = text_facts(text, resources)["addressee"]
    assert "William R. Tyler" in addressees
    assert not any("S/S" in a or "Eur" in a or "EUR" in a for a in addressees)


def test_a_conference_channel_names_the_sender_after_only_from(resources) -> None:
    text = ("The Secretary of State to the Acting Secretary of State (Grew)\n\n"
            "Cricket 7. Crypto-Navy for Acting Secretary of State only from Secretary "
            "Stettinius. Please send the text of the agreement.\n")
    assert "Edward Stettinius Jr." in text_facts(text, resources)["sender"]
