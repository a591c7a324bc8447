"""Names after a title in a text in capitals (caps23): a common English word right after a
title (a verb with its -s, -ed and -ing forms, a function word, an adverb, an adjective or a
noun of telegraphese: table `capitals-common-words`) begins no name (`REQUEST SECRETARY
GENERAL COMMUNICATE THIS`, `MINISTER EXPLAINING`, `GENERAL SUPPORT`), unless the register
knows it as a person's surname or given name (`SECRETARY BALL`, `AMBASSADOR YOUNG`); a mixed
case text keeps its own rules."""

from __future__ import annotations

import pytest

from tei.convert.titled_names import _verb_forms
from tests.cases import text_xml

# a State Department cable in capitals (header fields, numbered points, a surname signature)
_STATE = (
    "TELEGRAM\n\nFROM: USUN NEW YORK\nTO: SECSTATE WASHDC\nDATE: 14 MARCH 1968\n\n"
    "CONFIDENTIAL\n\n"
    "1. REQUEST SECRETARY GENERAL {verb} THIS TO MEMBERS OF COUNCIL.\n"
    "2. AMBASSADOR DOBRYNIN CALLED ON SECRETARY RUSK THIS MORNING.\n\nYOST\n")
# a Commonwealth cablegram in capitals (`FOLLOWING FOR ... FROM ...`, an inward number)
_CABLEGRAM = (
    "CABLEGRAM\n\nFROM: HIGH COMMISSIONER, LONDON\nTO: PRIME MINISTER, CANBERRA\n"
    "NO. 412 dated 3rd June, 1941\n\n"
    "FOLLOWING FOR PRIME MINISTER FROM BRUCE. PRIME MINISTER {verb} THAT DOMINIONS SHOULD "
    "BE CONSULTED BEFORE ANY DECISION. I SAW SECRETARY OF STATE THIS MORNING.\n\nBRUCE\n")
# a League of Nations cable in telegraphese (`STOP`), invented for this rule
_LEAGUE = (
    "CABLE\n\nGENEVA 21 SEPTEMBER 1931\n\nTO MINISTER FOREIGN AFFAIRS NANKING\n\n"
    "COUNCIL MET THIS MORNING STOP PRESIDENT {verb} BOTH PARTIES TO WITHDRAW TROOPS STOP "
    "SECRETARY GENERAL DRUMMOND WILL TRANSMIT TEXT STOP\n\nSZE\n")


@pytest.mark.parametrize("layout", [_STATE, _CABLEGRAM, _LEAGUE])
@pytest.mark.parametrize("verb", ["COMMUNICATE", "URGED", "EXPLAINING", "INSISTS", "HOPES"])
def test_a_common_word_after_a_title_in_capitals_is_no_name(resources, layout: str,
                                                            verb: str) -> None:
    xml = text_xml(layout.format(verb=verb), resources)
    assert f">{verb}</persName>" not in xml and f"#per-{verb.casefold()}" not in xml


@pytest.mark.parametrize("text, name", [
    (_STATE.format(verb="COMMUNICATE"), "Rusk"),
    (_STATE.format(verb="COMMUNICATE").replace("SECRETARY RUSK", "SECRETARY BALL"), "Ball"),
    (_CABLEGRAM.format(verb="URGED").replace("PRIME MINISTER URGED",
                                              "AMBASSADOR YOUNG URGED"), "Young"),
    (_LEAGUE.format(verb="URGED"), "Drummond"),
])
def test_a_name_after_a_title_stays_a_name(resources, text: str, name: str) -> None:
    assert f">{name.upper()}</persName>" in text_xml(text, resources).split("<text")[1]


def test_a_verb_form_is_its_base_with_its_endings() -> None:
    assert {"agrees", "agreed", "agreeing"} <= _verb_forms("agree")
    assert {"applies", "applied", "applying"} <= _verb_forms("apply")
    assert {"planned", "planning", "plans"} <= _verb_forms("plan")
    assert {"stresses", "stressed"} <= _verb_forms("stress")


@pytest.mark.parametrize("layout", [_STATE, _CABLEGRAM])
def test_adverbs_past_forms_and_adjectives_after_a_title_are_no_names(resources,
                                                                      layout: str) -> None:
    body, _, signature = layout.format(verb="THEREFORE PROPOSES").rpartition("\n\n")
    text = body + (
        " FOREIGN SECRETARY TOOK OCCASION TO STRESS POINT. THE AMBASSADOR STRONGLY OBJECTED."
        " MINISTER PRESENT IN LONDON WILL ATTEND. COUNSELLOR RECEIVING INSTRUCTIONS.\n\n"
    ) + signature
    xml = text_xml(text, resources)
    for word in ("THEREFORE", "TOOK", "STRONGLY", "PRESENT", "RECEIVING"):
        assert f">{word}</persName>" not in xml, word
