"""Rules for the printed Foreign Relations of 1861-1920 as history.state.gov gives them (frus40):

- the editors' omission is a run of spaced asterisks, run on after a sentence
  (`with France. * * * *`) or a line of five or more between paragraphs: a gap each
  (`obfuscations` row `omitted`; the reader keeps the line instead of dropping it as a rule);
  three asterisks alone on a line stay a page's section break (no gap);
- `Respectfully, yours,` and `Very sincerely, yours,` (a comma before `yours`) close the letter,
  so the name under them is its signature;
- the parties of a heading `Mr. Day to Mr. Hay.` are the register's by title and surname,
  though the page gives no date;
- the addressee at a despatch's foot under the close, with no signature (`Hon. William H.
  Seward, Secretary of State, Washington, D. C.`, `Charles Francis Adams, Esq., &c., &c.`),
  is the closer's address, not its signature (`foot-address`);
- a circular's regional collective addresses (`ALL NEAR EASTERN ... DIPLOMATIC POSTS`) are
  heading lines (`info`), on their own lines or run together.
"""

from __future__ import annotations

import re

from tei.convert import Resources
from tests.cases import text_facts, text_xml

DESPATCH = (
    "Mr. Fay to Mr. Seward.\n\nNo. 426.]\n\n"
    "Sir: The treaty was signed this morning by the plenipotentiaries of both powers.\n\n"
    "{line}\n\n"
    "The copies of the proclamation have been communicated to the federal council.{run}\n\n"
    "{close}\n\nTheodore S. Fay.\n"
)


def _gaps(xml: str) -> list[str]:
    return re.findall(r'<gap reason="omitted"><desc>([^<]*)</desc></gap>', xml)


def test_asterisks_run_on_and_alone_are_the_editors_omissions(resources) -> None:
    xml = text_xml(DESPATCH.format(line="* * * * * * * * *", run=" * * * *",
                                   close="I have the honor to be, etc.,"), resources)
    assert len(_gaps(xml)) == 2
    assert "council. <gap" in xml


def test_three_asterisks_alone_stay_a_section_break(resources) -> None:
    xml = text_xml(DESPATCH.format(line="* * *", run="", close="I have the honor to be, etc.,"),
                   resources)
    assert _gaps(xml) == []


def test_asterisks_inside_a_word_run_are_no_omission(resources) -> None:
    xml = text_xml(DESPATCH.format(line="The note follows.", run=" See the *** marks",
                                   close="I have the honor to be, etc.,"), resources)
    assert _gaps(xml) == []


def test_a_comma_before_yours_closes_the_letter(resources) -> None:
    for close in ("Respectfully, yours,", "Very sincerely, yours,"):
        found = text_facts(DESPATCH.format(line="It is done.", run="", close=close), resources)
        assert found["signed"] == "Theodore S. Fay."
        xml = text_xml(DESPATCH.format(line="It is done.", run="", close=close), resources)
        assert f"<salute>{close}</salute>" in xml


def test_the_heading_s_parties_by_title_and_surname(resources) -> None:
    text = ("Mr. Day to Mr. Hay.\n\nNo. 816.]\n\n"
            "Sir: I inclose a translation of the Department's telegram of the 22d instant.\n\n"
            "Respectfully, yours,\n\nWilliam R. Day.\n")
    found = text_facts(text, resources)
    assert found["sender"] == ["William R. Day"]
    assert found["addressee"] == ["John Hay"]


def test_the_addressee_at_the_foot_is_the_closer_s_address(resources) -> None:
    for foot in ("Hon. William H. Seward, Secretary of State, Washington, D. C.",
                 "Charles Francis Adams, Esq., &c., &c., &c."):
        text = ("Mr. Adams to Mr. Seward\n\nNo. 1090.]\n\n"
                "Sir: Lord Russell has printed the remainder of the correspondence.\n\n"
                f"I have the honor to be, sir, your obedient servant,\n\n\n{foot}\n")
        xml = text_xml(text, resources)
        closer = xml.split("<closer>")[1].split("</closer>")[0]
        assert "<address>" in closer and "<signed>" not in closer
        assert 'ref="#per-john-russell-earl-russell"' in xml


def test_a_foot_address_pattern_is_no_sentence(resources: Resources) -> None:
    patterns = resources.patterns
    assert patterns.match("foot-address", "Hon. William H. Seward, &c., &c., &c.")
    assert not patterns.match("foot-address", "Mr. Seward received the note yesterday.")


def test_regional_collective_addresses_are_heading_lines(resources: Resources) -> None:
    patterns = resources.patterns
    for line in ("ALL NEAR EASTERN AND SOUTH ASIAN DIPLOMATIC POSTS", "ALL NATO CAPITALS",
                 "ALL EAST ASIAN AND PACIFIC DIPLOMATIC POSTS ALL AFRICAN DIPLOMATIC POSTS"):
        found = patterns.match("heading-us-cable", line)
        assert found is not None and found[0] == "info", line
    assert patterns.match("heading-us-cable", "ALL POSTS SHOULD REPORT REACTIONS SOONEST") is None
