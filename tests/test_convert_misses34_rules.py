"""Rules from this session's held samples' misses (misses34), written for their families:

- A FRUS page's typed signature with its note's anchor set off by a space (`Zbigniew
  Brzezinski 4` over the note `4. Brzezinski signed ...`): the anchor is glued to the name, so
  the line is the signature carrying its note (`pages/frus_notes.py`).
- A FRUS telegram's channel line with a caption sentence between the number and the channel
  (`162669. NATUS. For Ambassador Cleveland from the Under Secretary.`, `Nodis.`): the person
  it is for is the addressee (table `frus-channel`).
- An office's own `on` before its holder in parentheses in a heading (`The United States
  Deputy Representative on the North Atlantic Council (Spofford) to the Secretary of State`)
  opens no subject: the heading's parties are read (`parties.py`).
- Register: the parties of the Finnish Blue-White Book (Kollontay, Günther, Wasastjerna), the
  Spanish `Gromiko`, the ROK's `Pak, Tong-Jin`, Spofford, Cabinda, titled forms of Cleveland,
  Brown and Turner.
"""

from __future__ import annotations

import pytest

from tests.cases import text_facts, text_xml

_NOTE_BODY = ("I have prepared the paper you asked for, after consultation with the "
              "agencies concerned.2 The options are set out in it.\n\n")


@pytest.mark.parametrize("heading, signature, name", [
    # the sample's layout (frus37 h1: a Carter-era note)
    ("54. Note From the President’s Assistant for National Security Affairs (Brzezinski) to "
     "President Carter 1", "Zbigniew Brzezinski 3", "Zbigniew Brzezinski"),
    # an invented memorandum of the 1960s volumes, the signature in one word
    ("12. Memorandum From Secretary of State Rusk to President Johnson 1", "Rusk 3", "Rusk"),
])
def test_a_signature_with_its_anchor_after_a_space(
        resources, heading: str, signature: str, name: str) -> None:
    text = (f"{heading}\n\nMr. President:\n\n{_NOTE_BODY}{signature}\n"
            "  1. Source: Presidential Library, Subject File, Box 9. Secret.\n"
            "  2. Not printed.\n"
            "  3. The signature is typed; he initialed above it.\n")
    facts = text_facts(text, resources)
    assert facts["signed"] == name
    assert facts["notes"] == 3


def test_a_number_at_the_end_of_a_sentence_stays_text(resources) -> None:
    """Only a signature-like last line gives up its number (no note 7 here)."""
    text = ("12. Memorandum From Secretary of State Rusk to President Johnson 1\n\n"
            f"Mr. President:\n\n{_NOTE_BODY}Rusk 7\n"
            "  1. Source: Presidential Library, Subject File, Box 9. Secret.\n"
            "  2. Not printed.\n")
    assert text_facts(text, resources)["signed"] != "Rusk"


@pytest.mark.parametrize("channel, addressee", [
    # the sample's layout (frus37 h3: the mission's address word as a sentence)
    ("162669. NATUS. For Ambassador Cleveland from the Under Secretary. Subject: "
     "Czechoslovakia.", "Harlan Cleveland"),
    # an invented Nodis telegram of the same years
    ("98765. Nodis. For Ambassador Bunker from the Secretary.", "Ellsworth Bunker"),
])
def test_a_caption_before_the_channel_line(resources, channel: str, addressee: str) -> None:
    text = ("62. Telegram From the Department of State to the Embassy1\n\n"
            f"{channel}\n\nYou should be guided by the following in your talks with your "
            "colleagues this week.\n"
            "  1. Source: Department of State, Central Files, POL 1. Secret; Immediate.\n")
    assert addressee in text_facts(text, resources)["addressee"]


@pytest.mark.parametrize("heading, sender", [
    # the sample's layout (frus37 h2, FRUS 1951)
    ("The United States Deputy Representative on the North Atlantic Council (Spofford) to "
     "the Secretary of State 1", "Charles M. Spofford"),
    # an invented heading of the same volumes' form, another council
    ("The United States Representative on the Trusteeship Council (Spofford) to the "
     "Secretary of State1", "Charles M. Spofford"),
])
def test_an_office_on_a_council_is_no_subject(resources, heading: str, sender: str) -> None:
    text = (f"740.5/8–2251: Telegram\n\n{heading}\n\ntop secret priority\n\n"
            "Depto 243. Fol are comments on each part of reftel.\n\nSpofford\n"
            "  1. Repeated to Paris.\n")
    assert sender in text_facts(text, resources)["sender"]


@pytest.mark.parametrize("sentence, person", [
    # the sample's layout (other39 h02: the Blue-White Book in English)
    ("Foreign Minister Günther has not stated to Madame Kollontay what was declared.",
     "per-alexandra-kollontai"),
    ("Minister Wasastjerna told Madame Kollontai on December 2 that nothing was settled.",
     "per-harald-wasastjerna"),
    ("Foreign Minister Günther received the Soviet minister yesterday.", "per-christian-gunther"),
    # a Cuban report in translation (wc41 h2) and an invented one
    ("Gromiko spoke with Neto about the situation.", "per-andrei-gromyko"),
    ("Andrei Gromiko arrived in Havana yesterday.", "per-andrei-gromyko"),
    # the ROK ministry's forms (wc41 h1) and an invented record
    ("Pak, Tong-Jin, Minister of Foreign Affairs had a conversation with the Secretary.",
     "per-pak-tong-jin"),
    ("Foreign Minister Park Tong-jin received the Japanese Ambassador.", "per-pak-tong-jin"),
    ("The troops landed in Cabinda last week.", "pla-cabinda"),
])
def test_register_entries(resources, sentence: str, person: str) -> None:
    text = ("Telegram\n\nHelsinki, 11 December 1940\n\nTo the Legation in Moscow\n\n"
            f"{sentence} We shall report further.\n\nWitting\n")
    assert f'ref="#{person}"' in text_xml(text, resources)
