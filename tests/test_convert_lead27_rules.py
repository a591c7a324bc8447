"""Rules written after the lead's probes of session 27: a British teleprinter telegram's own
form (`TELNO`, a precedence before the Office, `CYPHER/CAT`) is evidence that its `FOREIGN
OFFICE` is the British one, so a German post among its INFO addressees no longer makes it
the Federal Foreign Office; a German document's Foreign Office keeps its own country. A
letter's close cut short by the editors (`Believe me [etc.]`) is its closer's salute."""

from __future__ import annotations

import pytest

from tests.cases import text_xml

_TELEPRINTER = """CONFIDENTIAL
{cypher}
FM WASHINGTON 271830Z JAN 63
TO {precedence} FOREIGN OFFICE
{number}
INFO ROUTINE PARIS BONN
MY TELNO 201: NASSAU AGREEMENT.
1. I SAW RUSK THIS AFTERNOON. HE SAID THAT THE PRESIDENT HOPED TO SEE THE PRIME
MINISTER IN FEBRUARY.
ORMSBY GORE
"""

_MIXED_CASE = """Cypher/Cat A
From Bonn to Foreign Office
No. 345
{precedence} 12 March 1958
Repeated for information to Washington and Paris.
My telno 340: Brentano's visit.
I saw Herr von Brentano at the Auswärtiges Amt this morning. He said the German Government
would answer the Soviet note next week.
Steel
"""


@pytest.mark.parametrize(("cypher", "precedence", "number"), [
    ("CYPHER/CAT A", "IMMEDIATE", "TELEGRAM NUMBER 205 OF 27 JANUARY"),
    ("", "PRIORITY", "TELNO 205 OF 27 JANUARY"),
    ("CYPHER/CAT A", "ROUTINE", "TELEGRAM NUMBER 205 OF 27 JANUARY"),
])
def test_teleprinter_telegram_to_the_office_is_the_british_one(resources, cypher, precedence,
                                                                number):
    text = _TELEPRINTER.format(cypher=cypher, precedence=precedence, number=number)
    xml = text_xml(text, resources)
    assert '<orgName ref="#org-foreign-office">FOREIGN OFFICE</orgName>' in xml
    assert "org-federal-foreign-office" not in xml


@pytest.mark.parametrize("precedence", ["Immediate", "Priority"])
def test_mixed_case_telegram_from_bonn_is_to_the_british_office(resources, precedence):
    xml = text_xml(_MIXED_CASE.format(precedence=precedence), resources)
    assert '<orgName ref="#org-foreign-office">Foreign Office</orgName>' in xml


def test_a_german_telegram_keeps_its_own_foreign_office(resources):
    text = ("Telegram from Ambassador Kroll, Moscow, to the Foreign Office, Bonn\n"
            "Nr. 512 of 3 May 1959\n\n"
            "Khrushchev received me today. He spoke of the German question at length.\n\n"
            "Kroll\n")
    xml = text_xml(text, resources)
    assert 'ref="#org-foreign-office"' not in xml


_LETTER = """The British Ambassador (Lindsay) to the Secretary of State

No. 412

My dear Mr. Secretary: I have the honour to inform you that His Majesty's Government accept the
proposal made in your note of the 3rd instant.

{close}

{signature}
"""


@pytest.mark.parametrize("close", ["Believe me [etc.]", "Believe me, etc.,", "Believe me etc."])
@pytest.mark.parametrize("signature", ["R. C. Lindsay", "LINDSAY"])
def test_a_letters_close_cut_short_by_the_editors_is_its_closer(resources, close, signature):
    xml = text_xml(_LETTER.format(close=close, signature=signature), resources)
    closer = xml[xml.index("<closer>"):xml.index("</closer>")]
    assert "<salute>Believe me" in closer
    assert "<signed>" in closer


def test_believe_me_in_running_text_stays_text(resources):
    text = _LETTER.format(close="Believe me, the Government will not move before the Council.",
                          signature="R. C. Lindsay")
    xml = text_xml(text, resources)
    assert "<salute>Believe me" not in xml
