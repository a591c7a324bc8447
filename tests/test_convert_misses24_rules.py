"""Rules from a pass over the newest samples' held misses (misses24).

- A cypher group the decipherers lacked (`… [missing cypher]`, `[cypher missing]`) is an
  omission, and the British spelling with y of an undeciphered group (`[groups
  undecypherable]`, `[2 groups undecyphered]`) an illegible gap (table `brackets`).
- One query mark in brackets after a word or figure (`Lizin[?]`, `4367 [?]`) is the
  editors' doubt of it: an inline editorial note `?`, never supplied text; marks alone
  that stand for a word (`[??]`) stay an illegible gap.
- A debate's speaker in capitals glued to the speech's first word, as copies of the
  historic Hansard run them (`§ MR. ARTHUR ARNOLDasked`, `§ SIR CHARLES W. DILKESir, I`;
  table `glued-speaker`), is parted from it: the name is read as a name, the speech's
  first word is no part of it.
"""

from __future__ import annotations

import re

import pytest

from tests.cases import text_facts, text_xml

_CABLE = ("TELEGRAM\n\nFrom Vienna to London\n\n{body}\n\nSmith\n")


@pytest.mark.parametrize("body, gap, desc", [
    ("As the truth of … [missing cypher] must be precluded, we wait.", 'reason="omitted"',
     "missing cypher"),
    ("The Minister said [cypher missing] and left for the country.", 'reason="omitted"',
     "cypher missing"),
    ("The reply reached us [groups undecypherable] this morning.", 'reason="illegible"',
     "groups undecypherable"),
    ("No. 27. Our troops have [2 groups undecyphered] the frontier.",  # counted (misses43)
     'reason="illegible" quantity="2" unit="group"', "2 groups undecyphered"),
])
def test_a_missing_or_undecypherable_cypher_group_is_a_gap(resources, body: str,
                                                           gap: str, desc: str) -> None:
    xml = text_xml(_CABLE.format(body=body), resources)
    assert f'<gap {gap}><desc>{desc}</desc></gap>' in xml
    assert "<supplied" not in xml


@pytest.mark.parametrize("body", [
    "Pishevari told our trade representative, Cde. Lizin[?], that he would buy vehicles.",
    "The handwritten number 1077/4367 [?] stands in the margin of the cable.",
])
def test_an_editors_query_mark_is_a_note_not_supplied_text(resources, body: str) -> None:
    xml = text_xml(_CABLE.format(body=body), resources)
    assert '<note type="editorial" place="inline">?</note>' in xml
    assert "<supplied" not in xml


def test_question_marks_alone_stay_an_illegible_gap(resources) -> None:
    xml = text_xml(_CABLE.format(body="The journal was kept until [??] December 1958."),
                   resources)
    assert '<gap reason="illegible"' in xml and "<note" not in xml.split("<body>")[1]


@pytest.mark.parametrize("text, speaker, first", [
    ("§ MR. ARTHUR ARNOLDasked the Under Secretary of State for Foreign Affairs, Whether "
     "any further communication has been received from the Russian Ambassador?\n\n"
     "§ SIR CHARLES W. DILKESir, I cannot do better than read to the House an extract.\n",
     "ARTHUR ARNOLD", "asked"),
    ("§ MR. GEORGE HARTLEYasked the Secretary of State for Foreign Affairs whether a "
     "telegram had been received from the Consul at Valparaiso.\n\n"
     "§ THE UNDER SECRETARY OF STATE FOR FOREIGN AFFAIRSThe telegram reached the Office "
     "yesterday and will be laid upon the Table.\n", "GEORGE HARTLEY", "asked"),
])
def test_a_hansard_speaker_glued_to_the_speech_is_parted(resources, text: str,
                                                          speaker: str, first: str) -> None:
    xml = text_xml(text, resources)
    assert re.search(rf">{speaker}</persName> {first}\b", xml) or \
        f"{speaker} {first}" in xml
    assert f"{speaker}{first}" not in xml
    assert first not in str(text_facts(text, resources).get("persons"))


def test_a_speech_opening_with_a_capitalised_word_keeps_its_capital(resources) -> None:
    xml = text_xml("§ THE UNDER SECRETARY OF STATE FOR FOREIGN AFFAIRSThe telegram reached "
                   "the Office yesterday.\n\n§ SIR CHARLES W. DILKESir, I cannot say.\n",
                   resources)
    text = re.sub(r"<[^>]+>", "", xml)  # the speaker may be tagged as a register person
    assert "AFFAIRS The telegram" in text and "DILKE Sir, I cannot" in text
