"""Rules from this session's held samples' misses (misses32), written for their families:

- A FRUS heading closed by a date without its year, the source note's anchor glued to the day
  (`Message from Prime Minister Macmillan to President Kennedy, March 131`, the microfiche
  supplements' headings): where day and anchor together are no day (`131`, `41`), the last
  digit is the anchor, the title ends at the day and the note under the signature is the
  heading's source note, not a numbered point (`pages/frus_notes.py`).
- A printed letter flattened into one paragraph (Avalon's DGFP pages, FRUS copies): the
  dateline before a run-on salutation (`PRAGUE, September 30, 1938. YOUR EXCELLENCY: On the
  ...`) is the opener's dateline, the salutation in capitals too (table
  `salutation-run-on`, `structure.py`).
- A form's name letter-spaced as a heading (`I N F O R M A T I O N`, `B e r i c h t`) names
  the document's type (`doc_types.py`).
- A Hungarian record's `Made in: 12 copies` and `Sent to: Comrade X Comrade Y` in translation
  are registry lines (table `heading-soviet`, rows `copies`, `distribution`).
- The labels and common words of an office's digest in an OCR'd heading (`NOTE: 1. ...`,
  `3. Marginal letter indications`, `the Office of Current Intelligence`) are no names
  (table `not-names`).
"""

from __future__ import annotations

import pytest

from tests.cases import text_facts, text_xml


@pytest.mark.parametrize("heading, title, date", [
    # the sample's layout (frus36 h1, the microfiche supplement)
    ("101. Message from Prime Minister Macmillan to President Kennedy, March 131",
     "Message from Prime Minister Macmillan to President Kennedy, March 13", "March 13"),
    # an invented heading of the same volumes, a one-digit day
    ("57. Letter From Chancellor Adenauer to President Eisenhower, October 41",
     "Letter From Chancellor Adenauer to President Eisenhower, October 4", "October 4"),
])
def test_a_yearless_heading_date_keeps_its_anchor_apart(
        resources, heading: str, title: str, date: str) -> None:
    text = (f"{heading}\n\n[Facsimile Page 1]\nDear Friend,\n\n"
            "I was most grateful for your message about the talks and I would like our "
            "experts to meet yours as soon as possible at working level.\n\n"
            "With warm regards,\n\nHarold Macmillan\n"
            "  1. Agreement to bilateral working-level discussions. Top Secret. 2 pp. "
            "Department of State, Presidential Correspondence: Lot 66 D 204.\n")
    facts = text_facts(text, resources)
    assert facts["title"] == title
    assert facts["notes"] == 1
    assert facts["numbered_points"] == 0
    assert facts["signed"] == "Harold Macmillan"


def test_a_two_digit_day_stays_the_day(resources) -> None:
    """`March 11` may be the 11th: no anchor is taken from it."""
    text = ("12. Message from President Kennedy to Prime Minister Macmillan, March 11\n\n"
            "Dear Friend,\n\nI have your message and will answer it at once.\n\n"
            "John F. Kennedy\n")
    assert text_facts(text, resources)["title"].endswith("March 11")


@pytest.mark.parametrize("line, place, when", [
    # the sample's layout (other37 h02: Avalon's DGFP page)
    ("PRAGUE, September 30, 1938. YOUR EXCELLENCY: On the instructions of my Government I have "
     "the honor to transmit in the enclosure the text of an agreement.", "Prague", "1938-09-30"),
    # an invented FRUS note copied flat, the salutation in mixed case
    ("Washington, March 3, 1926. Sir: Under instructions from my Government I have the honor "
     "to inform you of the following.", "Washington", "1926-03-03"),
])
def test_a_dateline_run_into_the_salutation_opens_the_letter(
        resources, line: str, place: str, when: str) -> None:
    text = ("No. 1\n\nThe Charge d'Affaires in Czechoslovakia to the Czechoslovak Minister of "
            f"Foreign Affairs\n\n{line}\n\nI take this opportunity to assure you of my highest "
            "regard.\n")
    facts = text_facts(text, resources)
    assert facts["date"] == when
    assert facts["place_of_origin"] == place
    xml = text_xml(text, resources)
    assert "<salute>" in xml and "<dateline>" in xml


@pytest.mark.parametrize("spaced", [
    "I N F O R M A T I O N",  # the sample's layout (wc39 h2: a Stasi information)
    "R E P O R T",  # an invented embassy report's heading in translation
])
def test_a_letter_spaced_form_heading_names_the_type(resources, spaced: str) -> None:
    text = (f"Main Department XX\n21 January 1987\nNo. 34/87\n{spaced}\n"
            "Activities of the trade mission in the capital\n"
            "Unofficial information was obtained according to which a meeting of the mission's "
            "members took place at the end of December.\n"
            "This information can be used unofficially only.\n")
    assert text_facts(text, resources)["doc_type"] == "report"


@pytest.mark.parametrize("heading", [
    # the sample's layout (ocr36 h03: CREST's OCR of an OCI digest)
    "OFFICE OF CURRENT INTELLIGENCE\nDAILY DIGEST OF SIGNIFICANT TRAFFIC\nDate:\nMAR 15 1951\n"
    "NOTE: l. This summary has been prepared for the internal use of the Office\n"
    "of Current Intelligence.\n3. Marginal letter indications are defined as\nfollows:\n",
    # an invented weekly summary's heading
    "CURRENT INTELLIGENCE WEEKLY SUMMARY\nNOTE: This summary was prepared by the Office of "
    "Current\nIntelligence. Marginal notes mark the items of interest.\n",
])
def test_digest_heading_words_are_no_names(resources, heading: str) -> None:
    text = (heading + "\nRumors are circulating in Shkoder that an attempt was made on members "
            "of the Hoxha Government at ceremonies in Tirana.\n")
    xml = text_xml(text, resources)
    for local in ("per-note", "per-marginal", "per-current", "per-intelligence"):
        assert f'"#{local}' not in xml


@pytest.mark.parametrize("copies, sent", [
    # the sample's layout (wc39 h3: a Hungarian deputy minister's report in translation)
    ("Made in: 12 copies", "Sent to: Comrade Várkonyi Comrade Roska"),
    # an invented record of the same ministry
    ("Typed in: 4 copies.", "Sent to: Cde. Horváth"),
])
def test_a_hungarian_records_copies_and_distribution_are_registry(
        resources, copies: str, sent: str) -> None:
    """`Made in: N copies` (`Készült: N példányban`) and `Sent to: Comrade ...` (`Kapják:`)
    are registry lines under the classification (table `heading-soviet`)."""
    text = (f"TOP SECRET!\n{copies}\n{sent}\n\nR E P O R T\non consultations\n\n"
            "I conducted consultative discussions in Baghdad between 11 and 13 December 1984 "
            "with the deputy minister.\n")
    xml = text_xml(text, resources)
    assert f'subtype="copies">{copies}</ab>' in xml
    assert 'subtype="distribution">Sent to:' in xml
