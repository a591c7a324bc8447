"""Rules from the misses of the wc17 blind sample (Wilson Center: Hungarian telegrams from
Hanoi, Dutch cables from Washington and Havana, Chinese provincial copies of Foreign
Ministry circulars of 1979), each tried on invented variants unlike the sample's."""

from __future__ import annotations

import pytest
from lxml import etree

from tests.cases import text_facts, text_xml
from tests.tei_facts import referenced, reg_name

WCDA = "Skip to content\n\nMay 3, 1975\n\n{title}\n\n{text}\n"
HUNGARIAN = "Telegram, Embassy of Hungary in Laos to the Hungarian Foreign Ministry"
DUTCH_FORM = ("REFERENCE No. 512\n\nDATE OF DISPATCH: 3 May 1975\n\n{received}\n\n"
              "FROM: Vientiane\n\nThe Prime Minister received me this morning.\n")


def persons(text: str, resources) -> list[str]:
    """The register names of the persons the TEI of `text` refers to."""
    root = etree.fromstring(text_xml(text, resources).encode())
    return sorted(reg_name(entry) for entry in referenced(root, "person"))


@pytest.mark.parametrize(("closing", "number", "signed"), [
    ("– 41 – Nagy –", "41", "Nagy"),
    ("- 7 - Kovács -", "7", "Kovács"),
    ("– 166 charges d’affaires –", "166", "charges d’affaires"),
])
def test_a_hungarian_closing_line_gives_the_number_and_the_signer(
        closing: str, number: str, signed: str, resources) -> None:
    found = text_facts(WCDA.format(title=HUNGARIAN, text=(
        f"The Lao comrades told us that the talks had ended.\n\n{closing}\n\n"
        "The Hungarian Embassy in Laos reports on the end of the talks.")), resources)
    assert (found["telegram_number"], found["signed"]) == (number, signed)
    assert found["summary"] == "The Hungarian Embassy in Laos reports on the end of the talks."


def test_a_numbered_copy_of_a_distribution_list_stays_a_copy(resources) -> None:
    found = text_facts(WCDA.format(title=HUNGARIAN, text=(
        "The Lao comrades told us that the talks had ended.\n\n1 - Cde. Kádár\n2 - to file")),
        resources)
    assert found["telegram_number"] is None
    assert found["registry_notes"] == ["1 - Cde. Kádár", "2 - to file"]


@pytest.mark.parametrize("received", ["DATE OF RECEIPT: 5 May 1975", "Date of arrival: 5 May 1975"])
def test_a_dutch_forms_receipt_date_is_the_receipt(received: str, resources) -> None:
    found = text_facts(WCDA.format(title="Cable from Dutch Embassy, Vientiane, 3 May 1975",
                                   text=DUTCH_FORM.format(received=received)), resources)
    assert (found["date"], found["date_received"]) == ("1975-05-03", "1975-05-05")
    assert found["telegram_number"] == "512"


@pytest.mark.parametrize(("title", "sender"), [
    ("Cable from Dutch Embassy, Vientiane (Verbeek), 3 May 1975", ["Verbeek"]),
    ("Letter from Belgian Embassy, Bangkok (Van Bellinghen), 3 May 1975", ["Van Bellinghen"]),
    ("Cable from Dutch Embassy, Vientiane, 3 May 1975", []),
])
def test_a_holder_in_brackets_after_the_posts_seat_sends_it(title: str, sender: list[str],
                                                            resources) -> None:
    found = text_facts(WCDA.format(title=title, text="The Prime Minister received me."),
                       resources)
    assert found["sender"] == sender


SIGNED_OFF = ("To the foreign affairs bureaus of all provinces:\n\nBelow is a summary of the talk."
              "\n\nMinistry of Foreign Affairs\n\nMay 3, 1975\n\n{last}")


def test_a_last_paragraph_in_the_first_person_stays_the_documents(resources) -> None:
    last = "The Vice Premier said, we will not accept their terms, and our friends agree."
    found = text_facts(WCDA.format(title="Cable from the Foreign Ministry, 'On the Talks'",
                                   text=SIGNED_OFF.format(last=last)), resources)
    assert found["summary"] is None


def test_a_summary_quoting_the_first_person_is_still_the_summary(resources) -> None:
    last = 'The Foreign Ministry circulates a talk in which the Vice Premier said, "We will wait."'
    found = text_facts(WCDA.format(title="Cable from the Foreign Ministry, 'On the Talks'",
                                   text=SIGNED_OFF.format(last=last)), resources)
    assert found["summary"] == last


def test_a_closing_end_mark_and_a_supplied_bodys_session_name_no_one(resources) -> None:
    assert persons(WCDA.format(title="Cable No. 88 from Ambassador Ogawa to the Foreign Minister",
                               text=("Dorticós will speak at the [UN] Session in October.\n\n"
                                     "Passed to [our Embassy in] Mexico. (End)")),
                   resources) == ["Ogawa", "Osvaldo Dorticós"]


def test_a_cuban_ministers_names_in_the_translators_order_are_one_person(resources) -> None:
    assert persons(WCDA.format(title=HUNGARIAN, text="[Foreign Minister Raúl Garcia] Roa received "
                                                     "me today."), resources) == ["Raúl Roa"]


JAPANESE = ("Number R012345\n\nSent: Korea 10:05 Year Month 3\n\n"
            "Received: MOFA 11:40 1975 May 3\n\n"
            "To: The Foreign Minister From: Ambassador Ogawa\n\n{subject}\n\n"
            "Number 2417 Secret Urgent Q12AB\n\nThe Minister received me.\n")


@pytest.mark.parametrize(("subject", "number"), [
    ("Prime Minister Visit to Korea (Foreign Ministers’ Talks – Fisheries and Trade with the US)",
     "2417"),
    ("Visit of the Minister (Talks)", "2417"),
])
def test_a_long_subject_over_the_cables_number_stays_in_the_heading(subject: str, number: str,
                                                                    resources) -> None:
    found = text_facts(WCDA.format(title="Cable from Ambassador Ogawa to the Foreign Minister",
                                   text=JAPANESE.format(subject=subject)), resources)
    assert found["telegram_number"] == number


def test_a_long_line_over_no_number_ends_the_heading(resources) -> None:
    text = JAPANESE.format(subject="Prime Minister Visit to Korea (Foreign Ministers’ Talks – "
                                   "Fisheries and Trade with the US)").replace(
        "Number 2417 Secret Urgent Q12AB", "Wire 2416 Separate Wire 1")
    found = text_facts(WCDA.format(title="Cable from Ambassador Ogawa to the Foreign Minister",
                                   text=text), resources)
    assert found["telegram_number"] is None
