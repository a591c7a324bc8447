"""Rules for copies whose heading lost its line breaks (the first block run onto one line,
as `bench/perturb.py`'s `flat_head` writes it; table `flattened-heading`):

- a FRUS heading opening the line with its file number and form is cut back into the file
  line, the title, the dateline with its hour, the bracketed receipt and the telegram's
  number, at a shorter length and with one kind of item fewer than other flattened forms;
- a Wilson Center heading is cut back at its date (after a sentence's end or opening the
  line), its funder's line (ending at its institution's last word) and the Soviet
  telegram's marks (`TOP SECRET`, `Making copies is forbidden`, `Copy No. 1`);
- a point is not cut from a telegram number just before it (`1289. 1. Unless ...`);
- the same headings with their line breaks, or a paragraph that mentions a date or a
  funder, are left as they are.
"""

from __future__ import annotations

import pytest

from bench.perturb import PERTURBATIONS
from tei.convert.rewrap import date_runs_on, starts_apart
from tests.cases import text_facts

FLAT = PERTURBATIONS["flat_head"]

FRUS_RECEIVED = (
    '811.2345/3–1452: Telegram\n'
    'The Ambassador in Italy (Dunmore) to the Secretary of State\n'
    'Rome, March 14, 1952—6 p.m.\n'
    '[Received March 14—4:10 p.m.]\n'
    '3307. Prime Minister told me this afternoon that the Cabinet would meet again on'
    ' Tuesday to consider the wheat agreement and that he expected no difficulty with'
    ' the Parliament. He asked that the Department be informed without delay.\n'
    'Dunmore\n'
)

FRUS_PLAIN = (
    '740.0019 Council/8–2146: Telegram\n'
    'The Acting Secretary of State to the Chargé in Norway (Halvorsen)\n'
    '812. 1. Please inform the Foreign Minister that this Government welcomes the '
    'proposal for a meeting of the council in the autumn and would be glad to receive'
    ' his views on the agenda at his early convenience.\n'
    '\n'
    '2. You may add that the Department has no objection to the date he suggested.\n'
    '\n'
    'Acheson\n'
)

WCDA_FUNDED = (
    'The ambassador reports a conversation with the foreign minister on the border '
    'question and the coming talks in Moscow.\n'
    'April 3, 1958\n'
    'Ciphered Telegram from Ambassador Yudin to the CC CPSU\n'
    'This document was made possible with support from Blavatnik Family Foundation\n'
    'Ciphered Telegram\n'
    'Strictly Secret\n'
    'Making copies is forbidden\n'
    'From BEIJING\n'
    'Today the foreign minister received me at his request and said that the '
    'government had studied the proposal on the border and would answer within the '
    'week.\n'
)

WCDA_MARKED = (
    'August 9, 1961\n'
    'Telegram from Soviet Ambassador to the GDR Pervukhin to the USSR MFA\n'
    'TOP SECRET\n'
    'Making Copies Prohibited\n'
    'Copy No. 2\n'
    'CIPHERED TELEGRAM\n'
    'At noon the First Secretary asked me to call on him and told me that the '
    'measures on the sector border were ready and that he awaited only the final word'
    ' from Moscow before they began.\n'
)

HEADING_FACTS = ["title", "date", "doc_type", "sender", "addressee", "place_of_origin",
                 "telegram_number", "date_received", "funder"]


@pytest.mark.parametrize("text", [FRUS_RECEIVED, FRUS_PLAIN, WCDA_FUNDED, WCDA_MARKED],
                         ids=["frus-received", "frus-plain", "wcda-funded", "wcda-marked"])
def test_a_flattened_heading_keeps_its_facts(text: str, resources) -> None:
    plain = text_facts(text, resources)
    flat = text_facts(FLAT(text), resources)
    assert {key: flat[key] for key in HEADING_FACTS} == {key: plain[key] for key in HEADING_FACTS}


@pytest.mark.parametrize(("text", "key", "value"), [
    (FRUS_RECEIVED, "telegram_number", "3307"),
    (FRUS_RECEIVED, "date_received", "1952-03-14T16:10"),
    (FRUS_RECEIVED, "title", "The Ambassador in Italy (Dunmore) to the Secretary of State"),
    (FRUS_PLAIN, "telegram_number", "812"),
    (WCDA_FUNDED, "funder", "Blavatnik Family Foundation"),
    (WCDA_FUNDED, "date", "1958-04-03"),
    (WCDA_MARKED, "title", "Telegram from Soviet Ambassador to the GDR Pervukhin to the USSR MFA"),
])
def test_a_flattened_heading_gives_the_fact(text: str, key: str, value: str, resources) -> None:
    assert text_facts(FLAT(text), resources)[key] == value


@pytest.mark.parametrize("text", [
    "The minister said on March 14, 1952 that the talks in Rome would go on. " * 8,
    ("This document was made possible with support from the Leon Levy Foundation, and the "
     "editors thank the archive for its help with the translation of the text. ") * 3,
])
def test_a_paragraph_is_left_whole(text: str, resources) -> None:
    facts = text_facts(f"Memorandum\n\n{text.strip()}\n", resources)
    assert facts["numbered_points"] in (0, None)
    assert facts["date"] is None or facts["date"].startswith("1952") or facts["date"] is None


@pytest.mark.parametrize(("heading", "marks"), [
    ("Telegram from Conor Dwyer to Patrick Lennon (Berne)", "(No. 63) (Immediate)"),
    ("Cypher telegram from Conor Dwyer to Patrick Lennon (Lisbon)", "(No. 8) (Personal)"),
    ("Letter to Irish Legations in Rome and Berne from Conor Dwyer", "(Confidential)"),
    ("The Consul General at Mukden (Harlow) to the Secretary of State", "[Paraphrase]"),
])
def test_a_line_of_bracketed_marks_stands_apart(heading: str, marks: str) -> None:
    assert starts_apart(heading, marks)


@pytest.mark.parametrize(("physical", "following"), [
    ("The Government have decided to accept the proposal in principle and will", "(Berne)"),
    ("the delegation met the minister this morning and said that the", "(No. 4) (Immediate)"),
])
def test_a_bracket_in_a_sentence_runs_on(physical: str, following: str) -> None:
    assert not starts_apart(physical, following)


_BODY = ("Delegation met this morning on the agenda item concerning the refugees and the "
         "majority of delegations favour a moderate resolution which we propose to support "
         "unless you instruct otherwise. Text of the draft will follow by bag. The chairman "
         "hopes to close the debate on Thursday and the vote may be taken the same evening "
         "if no amendment is moved by the eastern delegations.")


@pytest.mark.parametrize(("heading", "marks", "number"), [
    ("Telegram from Conor Dwyer to Patrick Lennon (Berne)", "(No. 63) (Immediate)", "63"),
    ("Cypher telegram from Conor Dwyer to Patrick Lennon (Lisbon)", "(No. 8) (Personal)", "8"),
])
def test_a_wrapped_difp_heading_keeps_its_number(heading: str, marks: str, number: str,
                                                  resources) -> None:
    text = (f"No. 88 NAI DFA/5/301/12\n\n{heading}\n{marks}\n\nGeneva, 3 May 1956\n\n"
            f"{_BODY}\n\n{_BODY}\n\n{_BODY}\n\nDWYER\n")
    facts = text_facts(PERTURBATIONS["wrap72"](text), resources)
    assert facts["telegram_number"] == number
    assert facts["title"] == heading


@pytest.mark.parametrize(("physical", "following"), [
    ("otrzymany", "21.03.1971 godz. 07.15"),
    ("Dispatched from Hanoi on 02.11.1966 at 09:40 and received on", "02.11.1966 at 17:30"),
    ("The telegram was handed in at the post office and received on", "4 June 1958 at noon."),
])
def test_a_date_cut_from_its_label_runs_on(physical: str, following: str) -> None:
    assert date_runs_on(physical, following)


@pytest.mark.parametrize(("physical", "following"), [
    ("The delegation will leave on Thursday and arrive in Geneva on", "the following day."),
    ("Received the minister's reply and sent it on.", "12.03.1970 was the date."),
])
def test_no_date_no_run_on(physical: str, following: str) -> None:
    assert not date_runs_on(physical, following)


@pytest.mark.parametrize(("physical", "following"), [
    ("Expedido en Lisboa el 2 de junio de 1961 a las 11,45 y cifrado por el",
     "Recibido en Madrid el 2 de junio de 1961 a las 16,20"),
    ("Despatched from Ottawa on 3 May 1951 at 10.15 a.m. by the High Commissioner's",
     "Received in London on 3 May 1951 at 5.40 p.m."),
])
def test_a_receipt_line_stands_apart(physical: str, following: str) -> None:
    assert starts_apart(physical, following)
