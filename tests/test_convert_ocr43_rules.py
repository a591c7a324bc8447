"""Rules from ocr43's sample of OCR'd and PDF-extracted documents, each checked on a second
layout of its family:

- a British department's letter opening with its printed reply instruction (`Any further
  communication on this subject should be addressed to—` ... `and the following number
  quoted.`; the Foreign Office's `In any further communication ...`): the instruction stands
  in the heading, the letter is read under it;
- the addressee's office alone at the foot (`The Under-Secretary of State,` / `Colonial
  Office.`, `The Secretary, Admiralty.`), under the signature or above the close, which may
  open with `I am,` alone: the addressee, the signature under the close the sender's;
- a phrase of a text read line by line (`the Government of China`) signs nothing.
"""

from __future__ import annotations

from tei.convert.model import Part
from tei.convert.parts import foot_address
from tei.convert.signature_shape import signature_like
from tests.cases import text_facts

_WAR_OFFICE = ("Any further communication on this subject should be addressed to—\n"
               "The Secretary,\nWar Office,\nLondon, S.W.\nand the following number quoted.\n"
               "0154/2217\nWar Office,\nLondon, S.W.\n3rd May, 1912.\nSir,\n"
               "I am commanded by the Army Council to acquaint you that the cable to the "
               "garrison at Bermuda will be closed for repair during June.\n{close}")
_CLOSE_UNDER = ("I am,\nSir,\nYour obedient servant,\nE. W. D. Ward.\n"
                "The Under-Secretary of State,\nColonial Office.\n")
_CLOSE_OVER = ("The Under-Secretary of State,\nColonial Office.\nI am,\nSir,\n"
               "Your obedient servant,\nE. W. D. Ward.\n")


def test_reply_instruction_heads_a_letter(resources) -> None:
    for close in (_CLOSE_UNDER, _CLOSE_OVER):
        facts = text_facts(_WAR_OFFICE.format(close=close), resources)
        assert facts["doc_type"] == "letter"
        assert facts["date"] == "1912-05-03"
        assert facts["place_of_origin"] is not None


def test_foot_address_ends_at_the_close() -> None:
    parts = [Part("address", ["The Secretary, Admiralty."]), Part("salute", ["I am,"]),
             Part("salute", ["Sir,"]), Part("signed", ["R. L. Craigie."])]
    assert [p.kind for p in foot_address(parts)] == ["address", "salute", "salute", "signed"]
    under = [Part("address", ["His Eminence"]), Part("signed", ["Cardinal X"])]
    assert [p.kind for p in foot_address(under)] == ["address", "address"]


def test_phrase_of_a_text_signs_nothing() -> None:
    assert not signature_like("the Government of China")
    assert not signature_like("of the Colonial Office")
    assert signature_like("Charles de Gaulle")
    assert signature_like("van Kleffens")


def test_i_am_line_is_a_close(resources) -> None:
    patterns = resources.patterns
    assert patterns.match("valediction", "I am,")
    assert patterns.match("valediction", "I am, Sir,")
    assert not patterns.match("valediction", "I am")
    assert patterns.match("reply-instruction", "and the following number quoted.")[0] == "close"


def test_garbled_initials_sign_over_a_speck(resources) -> None:
    text = _WAR_OFFICE.format(close="I am,\nSir,\nYour obedient servant,\nnn Ward.\n"
                                    "The Secretary to the Treasury.\n'S\n")
    facts = text_facts(text, resources)
    assert facts["sender"] == ["Ward"]
    sentence = _WAR_OFFICE.format(close="I am,\nSir,\nYour obedient servant,\nto Paris.\n")
    assert text_facts(sentence, resources)["sender"] == []


def test_garbled_initials_are_not_a_short_word() -> None:
    from tei.convert.signer_lines import garbled_initials_name
    assert garbled_initials_name("nn Cubitt.").group("name") == "Cubitt"
    assert garbled_initials_name("to Paris.") is None
    assert garbled_initials_name("the Treasury.") is None
