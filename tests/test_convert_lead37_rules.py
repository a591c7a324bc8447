"""Rules from the stop's unseen-layout probe of session 34 (lead37):

- an archive's name with its holder and country after commas, alone on a copy's first line
  (`Diplomatic Archives, Ministry of Foreign Affairs, Republic of Korea`), is the repository
  (table `archive-name`), so the cable form under it keeps its heading;
- a catalogue's fields of a filmed file on one line (`Classification Number: 722.12US
  Registration Number: 1523 Roll: C-0011 ...`) are the archival reference;
- the Mexican foreign ministry's file with its bundle and leaves after commas (`Expediente:
  III-5541-2, Legajo 3, Fojas 45-46`) is the reference, and the archive's name among the
  letterhead lines over it (`ACERVO HISTÓRICO DIPLOMÁTICO`, in capitals too) the repository.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts

KOREAN_CABLE = (
    "Diplomatic Archives, Ministry of Foreign Affairs, Republic of Korea\n"
    "Classification Number: 721.1JA   Registration Number: 904   Roll: P-0007   "
    "Frames: 0031-0033\n\n"
    "Telegram\n"
    "Number: JAW-1102\n"
    "Date: November 2, 1964 10:20\n"
    "To: Minister of Foreign Affairs\n"
    "From: Ambassador to Japan\n\n"
    "1. The Japanese side agreed to resume the talks on fisheries next week.\n\n"
    "2. I shall report the date by the next telegram.\n\n"
    "Ambassador Kim Dong-jo\n"
)


def test_an_archive_named_with_its_holder_keeps_the_form_under_it(
        resources: Resources) -> None:
    facts = text_facts(KOREAN_CABLE, resources)
    assert facts["repository"] == (
        "Diplomatic Archives, Ministry of Foreign Affairs, Republic of Korea")
    assert facts["telegram_number"] == "JAW-1102"
    assert facts["date"] == "1964-11-02"
    assert facts["doc_type"] == "telegram"


def test_a_catalogue_line_of_filmed_fields_is_the_reference(resources: Resources) -> None:
    assert text_facts(KOREAN_CABLE, resources)["archive_idno"] == (
        "Classification Number: 721.1JA Registration Number: 904 Roll: P-0007 "
        "Frames: 0031-0033")


def test_an_archive_named_with_a_number_is_no_repository_line(resources: Resources) -> None:
    facts = text_facts(KOREAN_CABLE.replace(
        "Diplomatic Archives, Ministry of Foreign Affairs, Republic of Korea",
        "National Archives, RG 59, Central Files"), resources)
    assert facts["repository"] != "National Archives, RG 59, Central Files"


def test_the_mexican_file_with_its_bundle_and_the_archive_over_it(
        resources: Resources) -> None:
    facts = text_facts(
        "SECRETARÍA DE RELACIONES EXTERIORES\n"
        "ACERVO HISTÓRICO DIPLOMÁTICO\n"
        "Expediente: III-1422-7, Legajo 2, Fojas 12-13\n\n"
        "CIPHERED TELEGRAM No. 87\n\n"
        "From: Embamex Guatemala\n"
        "To: Secretary of Foreign Relations, Mexico City\n"
        "Date: June 18, 1954\n\n"
        "The fighting has reached the capital.\n\n"
        "Ambassador Primo Villa Michel\n", resources)
    assert facts["archive_idno"] == "III-1422-7"
    assert facts["repository"] == "ACERVO HISTÓRICO DIPLOMÁTICO"
    assert facts["telegram_number"] == "87"


def test_a_dateline_with_a_roman_month_and_a_two_digit_year(resources: Resources) -> None:
    """(lead38) `Moscow, 14.IV.70` in a cable's heading: the place and the day."""
    facts = text_facts(
        "CABLE No. 318\nURGENT\n\nMoscow, 14.IV.70\nTo: Minister Raúl Roa, Havana\n\n"
        "Comrade Kosygin received our delegation.\n\nAmbassador Alfredo Yánez\n", resources)
    assert (facts["date"], facts["place_of_origin"]) == ("1970-04-14", "Moscow")
