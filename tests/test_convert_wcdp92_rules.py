"""Rules for the Wilson Center Digital Archive's records as its current site and staging
mirror show them, from collections earlier waves had least (wave 92, wcdp92), learnt from real
pages (Soviet records on Afghanistan 1979-1987, Yugoslav telegrams from Havana in 1962, Japanese
Foreign Ministry cables of the 1980s, Soviet ambassadors' journals from Beijing and Havana, a
Romanian telegram from Beirut):

- a Japanese MOFA cable's form field `Number: [blacked out]` holds only a redaction: no
  telegram number is read from it, and the cable's own `No. 3175 Secret Urgent` gives the
  number (`segment.py`, the labelled `number` fact);
- the same cable's foot naming where it was relayed (`Relayed to [Embassy in] China (End)`)
  is its routing, a processing line, no signature or sender (`processing` row `sent`, now
  with `relayed` and the editors' bracket before the first name);
- (reverted by the lead) a journal's record whose page title ends with the conversation's day
  (`..., 'Record of a Conversation with Raúl Roa, ..., 14 May 1962'`) under the archive's
  later date line keeps that date line, which the record's own heading repeats (`1 June
  1962`): the day the record was written, as five earlier golds of this shape have it;
- a Yugoslav telegram form's two columns run onto one line on the current site (`Sending:
  Havana Received: 9.XI 62`) give the post and the day of receipt (`heading` row `sender`);
- a Korean name's form with its given name's syllables spaced (`Chung Il Kwon`) of a person
  registered with the hyphen (`Chung Il-kwon`) opens with the family name: `Kwon` alone is
  not that person's surname (`eastasian.korean_spaced`, read by `name_index._add_surname`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

JAPANESE_CABLE = ("Skip to content\n\nJune 2, 1986\n\nCable No. 1450, Ambassador Mikanagi to "
                  "the Foreign Minister, 'Talks on Fisheries'\n\nNumber: [blacked out]\n\n"
                  "Sent: Republic of Korea, June 2, 1986 [blacked out]\n\n"
                  "Received: MOFA, June 2, 1986 [blacked out]\n\nTo: The Foreign Minister\n\n"
                  "From: Ambassador Mikanagi\n\nTalks on Fisheries\n\n"
                  "No. 1450 Secret Urgent [blacked out]\n\n"
                  "On the 2nd, the Director conveyed that the talks may resume in July.\n\n"
                  "Relayed to [Embassy in] China (End)\n")


def test_redacted_number_field_gives_no_number(resources: Resources) -> None:
    facts = text_facts(JAPANESE_CABLE, resources)
    assert facts["telegram_number"] == "1450"


def test_relayed_foot_is_no_signature(resources: Resources) -> None:
    facts = text_facts(JAPANESE_CABLE, resources)
    assert facts["signed"] is None
    assert "Relayed to [Embassy in] China (End)" in facts["registry_notes"]
    assert "Relayed" not in " ".join(facts["sender"])


def test_journal_record_keeps_the_day_it_was_written(resources: Resources) -> None:
    text = ("June 1, 1962\nFrom the Journal of A.I. Alekseyev, 'Record of a Conversation with "
            "Raúl Roa, Minister of Foreign Affairs, 14 May 1962'\nTop Secret Copy Nº 1\n"
            "1 June 1962\nfrom the journal of\nA. I. ALEKSEYEV\nRECORD OF A CONVERSATION\n"
            "with Raúl ROA, Minister\nof Foreign Affairs\n14 May 1962\n"
            "I visited Roa to pass him the text of the statement.\n"
            "USSR AMBASSADOR IN THE REPUBLIC OF CUBA (A. ALEKSEYEV)\n")
    assert text_facts(text, resources)["date"] == "1962-06-01"


def test_korean_spaced_form_gives_no_given_surname(resources: Resources) -> None:
    text = ("Seoul, June 3, 1951\n\nGeneral Chung Il Kwon met the Ambassador today.\n\n"
            "Director Kwon agreed to the plan.\n")
    xml = text_xml(text, resources)
    assert '<persName ref="#per-chung-il-kwon">Chung Il Kwon</persName>' in xml
    assert '<persName ref="#per-chung-il-kwon">Kwon</persName>' not in xml


def test_yugoslav_form_sending_and_received_on_one_line(resources: Resources) -> None:
    text = ("Skip to content\n\nNovember 12, 1962\n\nTelegram from Yugoslav Embassy in Havana "
            "(Vidaković) to Yugoslav Foreign Ministry\n\nMinistry of Foreign Affairs, FPRY\n\n"
            "Sending: Havana Received: 13.XI 62\n\nNo. 71\n\nTaken into process: 13.XI 62\n\n"
            "Date: 12.XI 1962\n\nCompleted: 13.XI 62. at 11.00\n\nTelegram\n\n"
            "MINISTRY OF FOREIGN AFFAIRS\n\nThe press printed the statement today.\n")
    facts = text_facts(text, resources)
    assert facts["date_received"] == "1962-11-13"
    assert facts["place_of_origin"] == "Havana"
