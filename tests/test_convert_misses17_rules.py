"""Rules from the misses shared by several blind samples (misses17): a surname the register
gives a person only in office (`surname-in-office`) names them alone in running text in a
year of their dated offices, and in no other; tried on invented texts unlike the samples'."""

from __future__ import annotations

import pytest

from tests.cases import text_facts, text_xml

MEMO = ("MEMORANDUM FOR THE RECORD\n\nLondon, {date}\n\nSUBJECT: Talks on the grain "
        "agreement\n\n{text}\n")


def _tagged(text: str, date: str, resources) -> str:
    return text_xml(MEMO.format(date=date, text=text), resources).split("<text", 1)[1]


@pytest.mark.parametrize(("text", "date", "ref"), [
    ("The officials agreed to brief Carter before the summit.", "4 May 1978", "per-jimmy-carter"),
    ("We then saw Schmidt’s adviser about the credits.", "2 June 1976", "per-helmut-schmidt"),
    ("A note from Spender reached us by bag.", "3 March 1950", "per-percy-spender"),
    ("The papers went to Fraser on Monday.", "9 April 1947", "per-peter-fraser"),
    ("The papers went to Fraser on Monday.", "9 April 1979", "per-malcolm-fraser"),
    ("The radio said that Nagy had spoken again.", "2 November 1956", "per-imre-nagy"),
])
def test_a_surname_in_office_names_its_holder_in_a_year_of_the_office(
        text: str, date: str, ref: str, resources) -> None:
    assert f'ref="#{ref}"' in _tagged(text, date, resources)


@pytest.mark.parametrize(("text", "date"), [
    ("The officials agreed to brief Carter before the summit.", "4 May 1966"),  # out of office
    ("The radio said that Nagy had spoken again.", "2 November 1958"),  # between his offices
    ("Carter briefings for the officials came before the summit.", "4 May 1978"),  # a
    # sentence's start, no verb of speech, opinion or a modal after it (lead97)
    ("The officials agreed to brief Hodding Carter before the summit.", "4 May 1978"),
    ("The talks recalled the Marshall Plan and its credits.", "3 March 1948"),
    ("They spoke of the Battle of Britain at dinner.", "4 May 1966"),
    ("They held the Ball at the embassy that night.", "4 May 1963"),  # `the` before it
])
def test_a_surname_in_office_out_of_office_or_in_a_longer_name_is_not_tagged(
        text: str, date: str, resources) -> None:
    body = _tagged(text, date, resources)
    assert not any(f'ref="#{ref}"' in body for ref in (
        "per-jimmy-carter", "per-george-c-marshall", "per-lucius-d-battle", "per-george-ball",
        "per-imre-nagy"))


def test_a_person_the_document_names_in_full_keeps_the_surname(resources) -> None:
    text = ("Hodding Carter called on the minister. The officials agreed to brief Carter "
            "before the summit.")
    assert "per-jimmy-carter" not in _tagged(text, "4 May 1978", resources)


LETTERGRAM = ("October 30, 1962\n\nLettergram from the Mexican Ambassador\n\nThis document was "
              "made possible with support from Leon Levy Foundation\n\nCORREOGRAMA\n\n{place}\n\n"
              "30 October 1962\n\nC. Secretary of Foreign Relations,\n\nDirectorate of "
              "Political Affairs,\n\nDepartment of the Americas,\n\nMexico, D. F.\n\n"
              "{number} In the following I report on the statement the Prime Minister made in "
              "the House of Commons yesterday about the quarantine.\n")


@pytest.mark.parametrize(("number", "found"), [("212. -", "212"), ("57.-", "57"),
                                               ("The", "")])
def test_a_telegram_number_opens_the_text_under_an_address_block(
        number: str, found: str, resources) -> None:
    text = LETTERGRAM.format(place="Ottawa", number=number)
    assert text_facts(text, resources)["telegram_number"] == (found or None)


def test_washington_dc_without_stops_is_washington(resources) -> None:
    text = LETTERGRAM.format(place="Washington DC", number="212. -")
    assert '<placeName ref="#pla-washington">Washington DC</placeName>' in text_xml(
        text, resources)
