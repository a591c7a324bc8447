"""Rules for copies whose lines a tool re-wrapped (e-mail, plain-text export, `fold`):

- a heading line does not run on into a telegram's or a point's number under it, however
  full it is (`... (Thurston)` / `1289. 1. Unless ...`), nor into a FRUS marking in lower
  case (`secret`) or a salutation;
- a FRUS heading the width cut runs on up to the officer's name in brackets that ends it;
- a long line cut inside a name runs on into the capitalised line finishing it (`... of
  Foreign` / `Affairs`, `..., 4` / `August 1969`);
- in a telegram in capitals a long open line runs on into a line ending a sentence or
  holding a small word, never into a signature alone nor after `STOP`;
- a funder's name cut before its initials runs on (`... of New` / `York (CCNY)`);
- a question or a quoted stop ends a paragraph as a stop does;
- point labels a wrapped sentence cites (`(1) and (2) of ...`) open no line;
- facts hold when fixtures are wrapped at 60, 72 and 80 columns or indented by tabs
  (`bench/perturb.py` measures the same over a scored set).
"""

from __future__ import annotations

import textwrap

import pytest

from bench.perturb import PERTURBATIONS, wrapped
from tei.convert.read import logical_lines
from tei.convert.rewrap import (
    capitals_run_on,
    cut_inside_heading,
    heading_runs_on,
    heading_shaped,
    starts_apart,
)
from tei.xmlio import decode_text
from tests.cases import TELEGRAMS, text_facts, text_xml


def _wrap(text: str, width: int = 72) -> str:
    return wrapped(width)(text)


FRUS_NUMBERED = ("711.61/1211: Telegram\n"
                 "The Secretary of State to the Ambassador in the Soviet Union (Steinhardt)\n"
                 "2550. 1. Please inform the Foreign Office that the Department has no objection "
                 "to the proposed exchange of notes on the consular convention.\n"
                 "2. Report by telegraph the date fixed for the exchange.\n\nHull\n")
FRUS_PLAIN = ("123 Grady, Henry F./3-1150: Telegram\n"
              "The Secretary of State to the Embassy in Greece at Athens for Grady\n"
              "412. Your 388, March 9. Department concurs in the proposed reply to the "
              "Prime Minister and asks that you deliver it at the earliest opportunity.\n\n"
              "Acheson\n")


@pytest.mark.parametrize(("text", "title", "number"), [
    (FRUS_NUMBERED, "The Secretary of State to the Ambassador in the Soviet Union (Steinhardt)",
     "2550"),
    (FRUS_PLAIN, "The Secretary of State to the Embassy in Greece at Athens for Grady", "412"),
])
def test_a_full_heading_line_does_not_run_on_into_the_telegram_number(
        resources, text: str, title: str, number: str) -> None:
    found = text_facts(_wrap(text), resources)
    assert found["title"] == title
    assert found["telegram_number"] == number


@pytest.mark.parametrize(("text", "title"), [
    ("Moscow Embassy Files: Lot F–88\n\n"
     "The American Ambassador in the Soviet Union (Steinhardt) to the People’s Commissar for "
     "Foreign Affairs of the Soviet Union (Molotov)\n\nNo. 47\n\n"
     "I have the honor to acknowledge the receipt of your note of May 4 concerning the visas "
     "of the members of the Embassy staff.\n\nAccept [etc.]\n\nLaurence A. Steinhardt\n",
     "The American Ambassador in the Soviet Union (Steinhardt) to the People’s Commissar for "
     "Foreign Affairs of the Soviet Union (Molotov)"),
    ("Backchannel Message From the President’s Assistant for National Security Affairs "
     "(Kissinger) to the Ambassador to the Republic of Vietnam (Bunker)\n\n"
     "Washington, May 9, 1972, 0215Z.\n\n"
     "WH20544. Please see President Thieu tomorrow morning and give him the text of the "
     "President's statement before it is released.\n\nWarm regards.\n",
     "Backchannel Message From the President’s Assistant for National Security Affairs "
     "(Kissinger) to the Ambassador to the Republic of Vietnam (Bunker)"),
])
def test_a_frus_heading_cut_by_the_width_runs_on_to_its_officer(
        resources, text: str, title: str) -> None:
    assert text_facts(_wrap(text), resources)["title"] == title


@pytest.mark.parametrize("marking", ["secret", "priority", "confidential"])
def test_a_lower_case_marking_under_a_full_heading_stays_apart(resources, marking: str) -> None:
    text = ("611.94/7-1452: Telegram\nThe Secretary of State to the Embassy in the Philippines\n"
            f"{marking}\nWashington, July 14, 1952—7 p.m.\n"
            "88. Embassy should inform the Foreign Office that the Department agrees.\n\n"
            "Acheson\n")
    assert text_facts(text, resources)["title"] == \
        "The Secretary of State to the Embassy in the Philippines"


def test_a_salutation_under_a_full_title_line_opens_the_letter(resources) -> None:
    text = ("Letter From President Eisenhower to Prime Minister Menzies\n"
            "My dear Prime Minister: Thank you for your letter of March 3 about the conference.\n"
            "Sincerely,\nDwight D. Eisenhower\n")
    lines = [line.text for line in logical_lines(text)]
    assert lines[0] == "Letter From President Eisenhower to Prime Minister Menzies"
    assert starts_apart(lines[0], "My dear Prime Minister: Thank you")


@pytest.mark.parametrize(("text", "title"), [
    ("Document 22\nTelegram from the Embassy in Belgrade to the Department of State, 9\n"
     "March 1971\n\nBELGRADE, March 9, 1971, 1210Z\n\n"
     "1104. Tito received me this morning and spoke at length about the visit.\n\nLEONHART\n",
     "Telegram from the Embassy in Belgrade to the Department of State, 9 March 1971"),
    ("No. 12.\nAustrian Ambassador at Belgrade to Austrian Minister for Foreign\nAffairs.\n"
     "Belgrade, March 3, 1913.\n(Telegram.)\n\n"
     "The Minister told me today that the Government would not change its course.\n\n"
     "(Signed) HALLER.\n",
     "Austrian Ambassador at Belgrade to Austrian Minister for Foreign Affairs"),  # frus83: no stop
])
def test_a_long_line_cut_inside_a_name_runs_on(resources, text: str, title: str) -> None:
    assert text_facts(text, resources)["title"] == title


def test_cut_inside_heading_needs_an_open_end() -> None:
    assert cut_inside_heading("THE AMBASSADOR IN ROME, ROSSI, TO THE MINISTER OF FOREIGN",
                              "AFFAIRS, BIANCHI")
    assert not cut_inside_heading("The Ambassador in Rome to the Minister of Foreign Affairs",
                                  "Ciphered Telegram")


@pytest.mark.parametrize(("text", "signed"), [
    ("CONFIDENTIAL\nFM UKMIS GENEVA 121015Z JUN 68\nTO PRIORITY FCO\n"
     "TELEGRAM NUMBER 311 OF 12 JUNE\n\n1. THE SOVIET DELEGATE ASKED FOR AN ADJOURNMENT AND "
     "THE CHAIRMAN AGREED. I SHALL REPORT THE OUTCOME TO YOU AS SOON AS I HAVE IT.\n\n"
     "2. I SHALL ASK FOR YOUR INSTRUCTIONS BEFORE THE NEXT MEETING.\n\nHAYMAN\n", "HAYMAN"),
    ("POST OFFICE TELEGRAM\n\nTO RT HON ERNEST BEVIN FOREIGN OFFICE LONDON\n\n"
     "MOST GRATEFUL FOR YOUR MESSAGE ON THE CONFERENCE STOP THE GOVERNMENT WILL SEND A "
     "DELEGATION STOP FULL REPLY FOLLOWS BY BAG\n\nLIAQUAT ALI KHAN\n", "LIAQUAT ALI KHAN"),
])
def test_a_wrapped_telegram_in_capitals_keeps_its_signature(
        resources, text: str, signed: str) -> None:
    assert text_facts(_wrap(text), resources)["signed"] == signed


def test_capitals_never_run_on_into_a_name_alone_nor_after_stop() -> None:
    long = "GRATEFUL YOUR MESSAGE ON KASHMIR STOP THE GOVERNMENT WILL NOT WITHDRAW"
    assert capitals_run_on(long, "THE TROOPS BY BAG")
    assert not capitals_run_on(long, "JAWAHARLAL NEHRU")
    assert not capitals_run_on(f"{long} STOP", "THE TROOPS BY BAG.")


@pytest.mark.parametrize(("cut", "funder"), [
    ("This document was made possible with support from Carnegie Corporation of New\n"
     "York (CCNY)", "Carnegie Corporation of New York (CCNY)"),
    ("This document was made possible with support from the Henry Luce\nFoundation",
     "Henry Luce Foundation"),
])
def test_a_funder_cut_before_its_name_s_end_runs_on(resources, cut: str, funder: str) -> None:
    body = textwrap.fill("I was staying in Hanoi between 4 and 11 May. During this time I met the "
                         "head of the department three times and we spoke of the trade talks. "
                         * 4, 78)
    text = (f"May 14, 1968\n\nReport from Kovács Béla, 'Information on the trade talks'\n\n"
            f"{cut}\n\n\nKorean Branch\n\n{body}\n")
    assert text_facts(text, resources)["funder"] == funder


@pytest.mark.parametrize("end", ["other than Ecuador?", "to the Minister.”"])
def test_a_question_or_a_quoted_stop_ends_a_paragraph(resources, end: str) -> None:
    paragraph = ("Please continue to keep us promptly informed of developments with respect to "
                 "the associated nations and of the time at which action may be taken by each "
                 f"of the five countries {end}")
    text = ("Defense Files: Telegram\n\nThe Secretary of State to the Acting Secretary (Grew)\n\n"
            f"{paragraph}\n\nShort paragraph one.\n\nShort paragraph two.\n\n"
            "A line that fills most of the width, then stops at its very end here.\n"
            "Allstate Horseshoe.\n")
    xml = text_xml(_wrap(text, 80), resources)
    assert "action may be taken" in xml
    assert "here. Allstate Horseshoe." in xml


def test_heading_shape_wants_capitalised_words() -> None:
    assert heading_shaped("The Secretary of State to the Chargé in the Soviet Union (Thurston)")
    assert not heading_shaped("from the British Embassy how long Cripps and Eden intend to be")


# fixtures whose facts hold under wrapping and tab indentation (as in the scored sets)
_HELD = ["frus_1944_note_formula_lot_file_invented", "frus_1949v07p2_d374",
         "frus_backchannel_office_on_dateline_wh_invented", "frus_1952_54v12p2_d144",
         "invent12_fco_telegram_dtg_on_fm_line_telno_invented",
         "other30_orange_book_office_heading_dual_date_invented",
         "cable_75tehran2069_page_declassification_stamp"]
_FACTS = ("title", "date", "doc_type", "sender", "addressee", "telegram_number", "signed")


@pytest.mark.parametrize("perturbation", ["wrap60", "wrap72", "wrap80", "tabs"])
@pytest.mark.parametrize("stem", _HELD)
def test_facts_hold_under_wrapping(resources, stem: str, perturbation: str) -> None:
    text = decode_text((TELEGRAMS / f"{stem}.txt").read_bytes()).text
    plain = text_facts(text, resources)
    changed = text_facts(PERTURBATIONS[perturbation](text), resources)
    assert {key: changed.get(key) for key in _FACTS} == {key: plain.get(key) for key in _FACTS}


def test_a_heading_runs_on_to_a_name_not_to_a_marking_in_brackets() -> None:
    cut = "The Ambassador in the Soviet Union (Kennan) to the Secretary of State and the"
    assert heading_runs_on([cut, "Under Secretary (Webb)"]) == {1}
    whole = "Letter to Irish Legations in Rome and Berne from Frederick Boland"
    assert heading_runs_on([whole, "(Confidential)"]) == set()


@pytest.mark.parametrize("cited", ["(1) and (2) of the Interim Committee's report.",
                                   "(a) or (b) of the draft resolution."])
def test_points_a_wrapped_sentence_cites_open_no_line(cited: str) -> None:
    before = textwrap.fill("He replied in effect that there was no reason for surprise, since "
                           "this action was consistent with the attitude of his delegation on "
                           "the veto discussions in the committee from the beginning of its "
                           "work and in all the meetings of the spring. " * 3, 70)
    text = (f"{before}\n\nEncountering him in the Delegates Lounge, I said that I had been\n"
            "surprised when the delegate had reserved his position on recommendations\n"
            f"{cited}\n")
    lines = [line.text for line in logical_lines(text)]
    assert lines[-1].endswith(f"recommendations {cited}")


def test_the_perturbations_keep_every_word_and_the_front_matter() -> None:
    text = ("---\ntitle: Mr M. MacDonald, U.K. Secretary of State for Dominion Affairs, to "
            "Commonwealth Government\n---\n\nCablegram 9 LONDON, 24 January 1938\n\n"
            + "My Secret telegram No. 41 of 15th July, 1937, Timor oil concessions. " * 3 + "\n")
    front = text.split("\n\n")[0]
    for name, change in PERTURBATIONS.items():
        changed = change(text)
        if name not in ("quotes", "nbsp"):
            assert changed.split() == text.split()
        if name != "crlf":
            assert changed.startswith(front)
    assert all(len(line) <= 60 for line in wrapped(60)(text).split("\n")[4:])
