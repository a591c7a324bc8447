"""Rules for the Wilson Center's documents in their other forms (wave 94, wcdu94), learnt from
real pages (the Conflict Records Research Center's transcripts of Saddam Hussein's meetings,
the collection the Digital Archive now holds, as cupdf and docslib copy the CRRC's PDF, with
its lines or flattened; the site's older layout; a 2020 layout with the document on one
line; a documents.pub copy of a CWIHP Bulletin telegram; a yumpu copy of the Venona PDF):

- the CRRC transcript's head (the curly-quoted title on one line or wrapped, `Document Date:
  15 Jan 1991` or `Undated`, `CRRC Record Number: SH-SHTP-A-001-042`) gives the page's
  title, date and the archive's reference, and a transcript's form; the site's lines above
  the title and the page heads under the number (the number again, a page number, a site's
  `Page 2:` marker) are the page's text; docslib's flat text, the head and the transcript on
  one line, is cut after the head, the repeated number, the speakers' key and the time stamp
  (`pages/crrc_transcript.py`, table `crrc-transcript`); the Digital Archive's own PDF export
  over a transcript is left to its fields (`Citation:`, `Original Language:`);
- a speaker's label of one word in mixed case opening lines of a dialogue (`‘Amir: Why,
  Sir?`) is a person: the word opens two lines or more and another label opens lines too;
  a stop word is none (`Note:`), unless the ayn's mark before it makes it an Arabic name
  (`‘Amir`, not the title `Amir`) (`turn_labels.py`, called by
  `attendance_names.listed_names`);
- an archive's title naming its parties by a plural office and then a participle (`His
  Advisers Discussing ...`): the participle is no name (table `not-names`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

CRRC = ("Top Banner\nDownload\n\n“Saddam Hussein and the Council of Ministers Discussing\n\n"
        "the Rice Imports”\n\nDocument Date: 4 Feb 1989\n\n"
        "CRRC Record Number: SH-SHTP-A-005-123\n\nSH-SHTP-A-005-123\n\n1\n\n"
        "Saddam: Who signed the contract, ‘Adil?\n\n‘Adil: The ministry did, Sir.\n\n"
        "Saddam: Bring me the papers tomorrow.\n\n‘Adil: Yes, Sir.\n")


def test_crrc_head_gives_title_date_reference(resources: Resources) -> None:
    facts = text_facts(CRRC, resources)
    assert facts["title"] == ("Saddam Hussein and the Council of Ministers Discussing the "
                              "Rice Imports")
    assert facts["date"] == "1989-02-04"
    assert facts["archive_idno"] == "SH-SHTP-A-005-123"
    assert facts["doc_type"] == "record of conversation"


def test_crrc_site_lines_and_page_heads_are_page_text(resources: Resources) -> None:
    xml = text_xml(CRRC, resources)
    body = xml[xml.index("<text>"):]
    assert "Top Banner" not in body and "CRRC Record Number" not in body
    assert "SH-SHTP-A-005-123" not in body


def test_crrc_undated_gives_no_date(resources: Resources) -> None:
    facts = text_facts(CRRC.replace("4 Feb 1989", "Undated"), resources)
    assert facts["date"] is None
    assert facts["archive_idno"] == "SH-SHTP-A-005-123"


FLAT = ("Total Page:16\n\nFile Type:pdf, Size:1020Kb\n\n"
        "Key: UM = Unidentified Male Speaker “Saddam and His Ministers Discussing the Winter "
        "Rations” Document Date: 3 December 1990 CRRC Record Number: SH-SHTP-A-007-218 "
        "SH-SHTP-A-007-218 Key: UM = Unidentified Male Speaker Translator comments are "
        "italicized in brackets [Time Stamp 00:00:14] UM: The silos in Mosul are full, Sir. "
        "Saddam Hussein: Then open the ones in Kirkuk.\n")


def test_crrc_flat_head_cut_from_the_transcript(resources: Resources) -> None:
    facts = text_facts(FLAT, resources)
    assert facts["title"] == "Saddam and His Ministers Discussing the Winter Rations"
    assert facts["date"] == "1990-12-03"
    assert facts["archive_idno"] == "SH-SHTP-A-007-218"
    xml = text_xml(FLAT, resources)
    body = xml[xml.index("<text>"):]
    assert "Document Date" not in body and "The silos in" in body


def test_plain_dialogue_without_crrc_head_unchanged(resources: Resources) -> None:
    text = CRRC[CRRC.index("Saddam: Who"):]
    facts = text_facts(text, resources)
    assert facts["archive_idno"] is None


def _persons(xml: str) -> str:
    return xml[xml.index("<text>"):]


def test_ayn_marked_one_word_speaker_is_person(resources: Resources) -> None:
    body = _persons(text_xml(CRRC, resources))
    assert ">Adil</persName>" in body


def test_one_word_speaker_in_dialogue_is_person(resources: Resources) -> None:
    text = ("Record of the talk, 3 March 1985\n\nHamid: The road to the border is open.\n\n"
            "Saddam: Then the trucks leave tonight.\n\nHamid: Yes, Sir.\n\n"
            "Saddam: Good.\n")
    assert ">Hamid</persName>" in _persons(text_xml(text, resources))


def test_label_opening_one_line_is_no_speaker(resources: Resources) -> None:
    text = ("Record of the talk, 3 March 1985\n\nHamid: The road to the border is open.\n\n"
            "Saddam: Then the trucks leave tonight.\n\nSaddam: Good.\n")
    assert ">Hamid</persName>" not in _persons(text_xml(text, resources))


def test_stop_word_label_is_no_speaker(resources: Resources) -> None:
    text = ("Record of the talk, 3 March 1985\n\nNote: The road to the border is open.\n\n"
            "Saddam: Then the trucks leave tonight.\n\nNote: Yes, Sir.\n\nSaddam: Good.\n")
    assert ">Note</persName>" not in _persons(text_xml(text, resources))


def test_participle_after_plural_office_is_no_name(resources: Resources) -> None:
    text = CRRC.replace("the Council of Ministers Discussing", "Senior Advisers Discussing")
    assert "Discussing</persName>" not in text_xml(text, resources)


def test_wcda_export_over_crrc_transcript_left_to_its_fields(resources: Resources) -> None:
    title = "Meeting between Saddam and His Ministers Discussing Grain"
    text = (f"{title}\n\nTotal Page:16\n\nFile Type:pdf, Size:1020Kb\n\n{title} Digital "
            "Archive digitalarchive.wilsoncenter.org International History Declassified "
            f"December 03, 1990 {title} Citation: “{title},” 1990, History and Public Policy "
            "Program Digital Archive, Conflict Records Research Center, SH-SHTP-A-007-219 "
            "Summary: Transcript of a meeting. Original Language: Arabic Contents: English "
            "Translation “Meeting between Saddam and His Ministers” Document Date: 3 December "
            "1990 CRRC Record Number: SH-SHTP-A-007-219 UM: Yes, Sir.\n")
    facts = text_facts(text, resources)
    assert facts["title"] == title
    assert facts["original_language"] == "Arabic"
