"""Rules for FRUS pages of the 1920s-30s volumes and the wartime conference minutes (frus41):

- a 1920s-30s page numbers its note list afresh (`1.`, `2.`) while the text's anchors keep the
  chapter's running numbers, one of them glued to a year with no date before it (`Geneva in
  192790`): the year's extra digits are an anchor when they run on with a sure anchor of the
  chain (`... Monday.”91`), and only when no chain of sure anchors is found;
- a conference volume's collection line (`Bohlen Collection`, `Truman Papers`) is the source,
  and the minutes named by their keeper under it (`Thompson Minutes`) are the heading and the
  meeting's record; a line of notes (`Archive Notes`) is no such heading.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

TELEGRAM = (
    "500.A15A/31: Telegram\n\n"
    "The Secretary of State to the Ambassador in Great Britain (Dawes)\n\n"
    "88. The delegation reached {text}\n\n"
    "Stimson\n"
    "{notes}"
)
NOTES = "  1. Not printed.\n  2. See Foreign Relations, 1927, vol. i, pp. 1 ff.\n"


def test_an_anchor_glued_to_an_undated_year_runs_on_with_a_sure_one(resources: Resources
                                                                    ) -> None:
    xml = text_xml(TELEGRAM.format(
        text="Geneva as in 192757 and met the Japanese delegates.58", notes=NOTES), resources)
    assert 'in 1927<note place="foot" n="57">Not printed.</note>' in xml
    assert 'delegates.<note place="foot" n="58">' in xml


def test_an_anchor_after_a_year_runs_on_from_a_sure_one(resources: Resources) -> None:
    xml = text_xml(TELEGRAM.format(
        text="Geneva on Monday.”57 The treaty of 192758 was discussed.", notes=NOTES), resources)
    assert '<note place="foot" n="57">Not printed.</note>' in xml
    assert 'treaty of 1927<note place="foot" n="58">' in xml


def test_a_year_with_digits_alone_is_no_chain(resources: Resources) -> None:
    xml = text_xml(TELEGRAM.format(text="Geneva in 192757 as planned.",
                                   notes="  1. Not printed.\n"), resources)
    assert "192757" in xml
    assert 'n="57"' not in xml


def test_sure_anchors_come_before_a_year_s_digits(resources: Resources) -> None:
    xml = text_xml(TELEGRAM.format(text="Geneva in 192712 and saw the Minister.1",
                                   notes="  1. Not printed.\n"), resources)
    assert "192712" in xml
    assert 'Minister.<note place="foot" n="1">Not printed.</note>' in xml


def test_a_signature_over_the_running_notes_is_read(resources: Resources) -> None:
    facts = text_facts(TELEGRAM.format(
        text="Geneva as in 192757 and met the Japanese delegates.58", notes=NOTES), resources)
    assert facts["signed"] == "Stimson"


MINUTES = (
    "{source}\n\n{heading}\n\ntop secret\n\n"
    "Premier Stalin proposed that the Foreign Ministers meet every morning.\n\n"
    "Churchill agreed.\n\n"
    "The President said that he would put the proposal to the meeting.\n"
)


def test_keeper_minutes_under_a_collection_are_the_heading_and_a_record(resources: Resources
                                                                        ) -> None:
    for source, heading in (("Truman Papers", "Thompson Minutes"),
                            ("Bohlen Collection", "Bohlen Minutes"),
                            ("J. C. S. Files", "Combined Chiefs of Staff Minutes")):
        facts = text_facts(MINUTES.format(source=source, heading=heading), resources)
        assert facts["title"] == heading
        assert facts["doc_type"] == "record of conversation"
        assert source in text_xml(MINUTES.format(source=source, heading=heading), resources)


def test_a_line_of_notes_is_no_frus_heading(resources: Resources) -> None:
    for line in ("Archive Notes", "Hopkins Notes", "Field Notes"):
        assert resources.patterns.match("frus", line) is None


def test_a_heading_s_anchor_set_off_from_its_year_by_a_space(resources: Resources) -> None:
    text = ("Eisenhower Library, Eisenhower papers, Whitman file\n\n"
            "Memorandum of Discussion at the 201st Meeting of the National Security Council, "
            "Thursday, June 3, 1954 1\n\ntop secret\n\n"
            "Mr. Cutler briefed the Council on the progress report.\n\n"
            "  1. Drafted by Gleason on June 4.\n")
    facts = text_facts(text, resources)
    assert facts["date"] == "1954-06-03"
    assert facts["title"].endswith("Thursday, June 3, 1954")
