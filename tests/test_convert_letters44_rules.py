"""Rules for letters and diplomatic notes as archives and reposting sites give them (letters44):

- a page's first line that is an editors' heading `Form From X to Y` closed by a full stop
  (`Message From Chairmen Khrushchev and Brezhnev to President Kennedy.`) is the page's
  title, without its stop; a sentence opening the page with other words is not;
- a FRUS page's numbered notes under a letter's closing formula or the signature under it are
  notes, kept under the closer, even where the text's anchors are lettered (`instantb`);
- `Accept, Sir, the renewed assurances of my highest consideration.` is a valediction;
- `File No. 1402/7.` (the Numerical File of 1906-1910) is the page's file number;
- `Chairman` and `Chancellor` open a FRUS heading of heads of government as `President` does;
- a FRUS source note's file runs past a middle initial (`Henry A. Kissinger Telephone ...`)
  but stops after a capital ending a file's code (`POL 15 VIET S. Top Secret`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

REPOSTED = ("{heading}\n\n\nWashington, June 3, 1961.\n\nDear Mr. Chairman:\n\n"
            "I have your message of May 30 and thank you for it.\n\nSincerely,\nJohn F. Kennedy\n")

NOTE = ("File No. 1402/7.\n\nThe Secretary of State to the Swiss Minister.\n\nNo. 12.]\n\n"
        "Sir: I have the honor to acknowledge your note of the 4th instanta on the convention.\n\n"
        "{close}\n\nPhilander C. Knox.\n  1. Not printed.\n")


def test_a_stopped_from_heading_is_the_title(resources: Resources) -> None:
    found = text_facts(REPOSTED.format(
        heading="Letter From President Kennedy to Chairman Khrushchev."), resources)
    assert found["title"] == "Letter From President Kennedy to Chairman Khrushchev"
    assert found["addressee"] == ["Nikita Khrushchev"]
    assert found["date"] == "1961-06-03"


def test_a_stopped_sentence_of_other_words_is_no_title(resources: Resources) -> None:
    found = text_facts(REPOSTED.format(
        heading="Protocol 48 shows the Presidium settling the purchases before it turns to "
                "the delegation's report."), resources)
    assert found["title"] != ("Protocol 48 shows the Presidium settling the purchases before it "
                              "turns to the delegation's report")


def test_notes_under_the_closing_with_lettered_anchors(resources: Resources) -> None:
    for close in ("Accept, etc.,", "Accept, Sir, the renewed assurances of my highest "
                  "consideration."):
        found = text_facts(NOTE.format(close=close), resources)
        assert found["notes"] == 1
        assert found["signed"] == "Philander C. Knox."
        assert found["archive_idno"] == "1402/7"  # the Numerical File's case and enclosure
        xml = text_xml(NOTE.format(close=close), resources)
        assert f"<salute>{close}</salute>" in xml
        assert '<note place="foot" n="1">Not printed.</note>' in xml


def test_a_numbered_list_under_a_text_without_closing_stays_points(resources: Resources) -> None:
    text = NOTE.format(close="The convention follows.").replace("Philander C. Knox.\n", "")
    assert text_facts(text, resources)["notes"] == 0


def test_chairman_and_chancellor_open_a_heads_of_government_heading(
        resources: Resources) -> None:
    for heading, sender in (("Chancellor Adenauer to President Eisenhower1", "Konrad Adenauer"),
                            ("Chairman Khrushchev to President Kennedy1", "Nikita Khrushchev")):
        text = (f"No. 90\n{heading}\nMy Dear Mr. President: I thank you for your letter.\n"
                "Sincerely yours,\n- Source: Presidential Correspondence. Secret.↩\n")
        found = text_facts(text, resources)
        assert found["title"] == heading[:-1]
        assert found["sender"] == [sender]
        assert found["notes"] == 1


def test_a_source_note_s_file_runs_past_a_middle_initial(resources: Resources) -> None:
    text = ("235. Transcript of Telephone Conversation Between Kissinger and Dobrynin1\n\n"
            "K: Hello.\n\nD: Hello, Henry.\n\n"
            "  1. Source: National Archives, Nixon Presidential Materials, Henry A. Kissinger "
            "Telephone Transcripts (Telcons), Box 28. No classification marking.\n")
    found = text_facts(text, resources)
    assert found["archive_idno"] == ("Nixon Presidential Materials, Henry A. Kissinger "
                                     "Telephone Transcripts (Telcons), Box 28")
    text = text.replace("Henry A. Kissinger Telephone Transcripts (Telcons), Box 28",
                        "Central Files, POL 15 VIET S")
    assert text_facts(text, resources)["archive_idno"] == (
        "Nixon Presidential Materials, Central Files, POL 15 VIET S")
