"""Rules from the unseen-layout probe of session 40 (lead55: a documents edition's volume as
archive.org's OCR gives it, a cultural portal's record over a transcription, a researcher's
transcription notes):

- a transcriber's preface opening a transcription (`Transcribed by ...`, `Transcription
  notes - ...`, `Source: ...`), closed by a rule, is the page's: its `Source:` is the
  archival reference, the document starts under the rule (`pages/transcriber_preface.py`,
  table `transcriber-preface`);
- a printed edition's two-column heading run onto one line by OCR, the telegram's number
  at the left and its receipt at the right (`No. 197 of August 21 Received August 22—2:05
  a.m.`), is two heading lines (`run-on-heading`, row `number-receipt`); so are its
  precedence and dateline (`MOST URGENT Moscow, August 21, 1939—11:40 p.m.`: row
  `precedence-dateline`).
"""

from __future__ import annotations

import pytest

from tei.convert import Resources
from tests.cases import text_facts, text_xml

_PREFACE = """{credit}
Source: Public Record Office, FO 371/84001, file F 1015/12.

{rule}

CYPHER TELEGRAM
FROM: Peking
TO: Foreign Office
No. 211, 3rd March, 1950.

The Vice-Minister received me this morning and said that the question of the consulates was
still under study.

HUTCHISON
"""


@pytest.mark.parametrize("credit", [
    "Transcribed by A. Lee, 2 May 2021, from a photocopy.",
    "Transcription notes - Peking telegrams, 1950\n"
    "Typed from a carbon copy by the society's volunteers."])
@pytest.mark.parametrize("rule", ["----", "* * *"])
def test_a_transcribers_preface_over_a_rule_is_the_pages(resources: Resources, credit: str,
                                                          rule: str) -> None:
    text = _PREFACE.format(credit=credit, rule=rule)
    facts = text_facts(text, resources)
    assert facts["doc_type"] == "telegram" and facts["telegram_number"] == "211"
    assert facts["date"] == "1950-03-03" and facts["place_of_origin"] == "Beijing"
    assert facts["archive_idno"] == "Public Record Office, FO 371/84001, file F 1015/12"
    body = text_xml(text, resources).split("<body>", 1)[1]
    assert "Transcri" not in body and "Typed from" not in body


_EDITION = """No. 158

The Ambassador in the Soviet Union to the Foreign Ministry

Telegram

MOST URGENT Moscow, August 21, 1939—11:40 p.m.
{numbers}

Molotov handed me at 3 p.m. today the Soviet Government's reply.

SCHULENBURG
"""


@pytest.mark.parametrize("numbers", [
    "No. 197 of August 21 Received August 22—2:05 a.m.",
    "No. 197 Received August 22, 2:05 a.m."])
def test_a_number_and_a_receipt_run_onto_one_line_are_two_heading_lines(
        resources: Resources, numbers: str) -> None:
    facts = text_facts(_EDITION.format(numbers=numbers), resources)
    assert facts["telegram_number"] == "197"
    assert facts["date_received"] == "1939-08-22T02:05"


@pytest.mark.parametrize("precedence", ["MOST URGENT", "IMMEDIATE", "NIACT"])
def test_a_precedence_run_onto_the_dateline_is_a_heading_line_of_its_own(
        resources: Resources, precedence: str) -> None:
    text = _EDITION.format(numbers="No. 197").replace("MOST URGENT", precedence)
    xml = text_xml(text, resources)
    assert f'<ab type="registry" subtype="precedence">{precedence}</ab>' in xml
    assert text_facts(text, resources)["place_of_origin"] == "Moscow"
