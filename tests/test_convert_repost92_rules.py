"""Rules for archive documents copied to other sites (a sources site's item pages, a course
reader's document pages, a translator's blog, a scan's text on a document-sharing site),
learnt from real pages (repost92):

- a poster's or editor's sentence over an undated letter's salutation (`This is Brezhnev's
  reply, which ...:` / `Dear Mister President,`), or over its inside address and salutation
  (`His Excellency` / `HO CHI MINH` / `President, ...` / `DEAR MR. PRESIDENT: ...`), is the
  page's lead-in: the letter opens under it (`pages/lead_in.undated_opening`), never at a
  transcript's speaker (`Comrade Kovar:`), and the persons and places the lead-in names are
  marked in the header's source lines (`press_names.writer_names`, fact `lead-in`);
- a salutation the letter's first sentence runs on from (`DEAR MR. PRESIDENT: I am writing
  ...`) ends an inside address (`inside_address.salutation_head`), so the address names the
  addressee;
- a writer's `sent the following diplomatic note to ...:` (an adjective or two before the
  form) introduces the quoted note, a letter in its form, dated by the writer's line
  (`pages/introduced_quote._INTRO`, `_dated_line`); a sources site's item title over the
  writer's lines closed by its year in round brackets (`Soviet diplomatic note on the U2
  incident (1960)`) is the page's title (`_YEAR_TITLE`);
- the White House's memorandum of conversation giving the hours before the day under `TIME &
  DATE:` (one line, or the hours alone over the day) dates the memorandum (table `heading`,
  rows `date` and `time`; table `meeting-held`);
- `Special` never begins a name (`Kissinger, Special Assistant`; table `not-names`);
- a blog post's title numbering one document of a series (`Cuban Missile Crisis, Document
  36`) and the blog's tagline under it are the page's, over the document's heading opening
  with its date before a slash (`2 November 1962 / Enciphered cable from ...`), which gives
  the title and the date (`pages/series_post.py`, `dates.leading`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

UNDATED = (
    "Khrushchev writes to Kennedy on Berlin (1961)\n\n"
    "In June 1961 President John F. Kennedy met Nikita Khrushchev in Vienna. This is the "
    "letter the Soviet leader sent him afterwards, which repeats his threat over Berlin:\n\n"
    "Dear Mr. President,\n\n"
    "“I have read your message with attention and I consider it necessary to answer you "
    "frankly on the question of a peace treaty with Germany.\n\n"
    "We cannot wait any longer for a settlement of the question of West Berlin.\n"
)


def test_a_posters_sentence_over_an_undated_salutation(resources: Resources) -> None:
    facts = text_facts(UNDATED, resources)
    assert facts["doc_type"] == "letter"
    xml = text_xml(UNDATED, resources)
    body = xml[xml.index("<body"):]
    assert "which repeats his threat" not in body
    head = xml[:xml.index("<body")]
    assert 'ref="#pla-vienna"' in head  # the lead-in's names are marked


READER = (
    "Document 12: A Letter to the President of Egypt (1957)\n\n"
    "The crisis over the canal had ended, but the administration wished to keep open its "
    "line to Cairo. The President wrote to the Egyptian leader in the spring.\n\n"
    "His Excellency\n\n"
    "GAMAL ABDEL NASSER\n\n"
    "President of the Republic of Egypt\n\n"
    "DEAR MR. PRESIDENT: I write to you in the hope that our two countries may find a way to "
    "work together for peace in the Middle East.\n\n"
    "Sincerely,\n\n"
    "Dwight D. Eisenhower\n"
)


def test_a_run_on_salutation_ends_an_inside_address(resources: Resources) -> None:
    facts = text_facts(READER, resources)
    assert facts["doc_type"] == "letter"
    assert facts["addressee"] == ["Gamal Abdel Nasser"]
    assert "<salute>DEAR MR. PRESIDENT:</salute>" in text_xml(READER, resources)


SPEAKERS = (
    "Note on the meeting of Comrade Mielke with Comrade Kovar in Berlin on 14 March 1985\n\n"
    "Participants were the two ministers and their liaison officers, with one interpreter "
    "present.\n\n"
    "Comrade Kovar:\n\n"
    "Thank you for the warm reception. Our minister asked me to convey his greetings.\n\n"
    "Comrade Mielke:\n\n"
    "Welcome to Berlin. Let us begin with the questions of this year.\n"
)


def test_a_speakers_label_is_no_letters_salutation(resources: Resources) -> None:
    assert text_facts(SPEAKERS, resources)["addressee"] == []


NOTE = (
    "Soviet note on the Berlin air corridors (1962)\n\n"
    "On March 14th 1962, the Soviet government in Moscow sent the following official note "
    "to the governments of the Western powers, on the flights in the corridors:\n\n"
    "“The government of the Union of Soviet Socialist Republics considers it necessary to "
    "state the following to the government of the United States of America.\n\n"
    "Flights in the air corridors to West Berlin must be agreed in advance with the Soviet "
    "controllers.”\n"
)


def test_a_note_sent_with_adjectives_is_an_introduced_letter(resources: Resources) -> None:
    facts = text_facts(NOTE, resources)
    assert facts["doc_type"] == "letter"
    assert facts["date"] == "1962-03-14"
    assert facts["title"] == "Soviet note on the Berlin air corridors (1962)"


MEMCON = (
    "MEMORANDUM OF CONVERSATION\n\n"
    "PARTICIPANTS: The President\n\n"
    "Dr. Henry A. Kissinger, Special Assistant to the President\n\n"
    "TIME & DATE: 10:05 A.M. to 11:10 A.M., March 3, 1971\n\n"
    "PLACE: The Oval Office\n\n"
    "The President welcomed the Ambassador and said that the talks had reached a critical "
    "point.\n"
)


def test_the_white_houses_time_and_date_line(resources: Resources) -> None:
    assert text_facts(MEMCON, resources)["date"] == "1971-03-03"
    split = MEMCON.replace("11:10 A.M., March 3, 1971", "11:10 A.M.\n\n\nMarch 3, 1971")
    assert text_facts(split, resources)["date"] == "1971-03-03"


def test_special_begins_no_name(resources: Resources) -> None:
    assert 'persName ref="#per-special"' not in text_xml(MEMCON, resources)


SERIES = (
    "Berlin Crisis, Document 14\n\n"
    "Notes from a translator's desk on the archives of the Cold War\n\n"
    "9 August 1961 / Enciphered cable from Pervukhin on the border measures\n\n"
    "Copy No. 3\n\n"
    "From: Berlin No. 21233 Time: 18:20 Date: 9/VIII/1961\n\n"
    "The friends have completed the preparation of the measures on the sector border and "
    "await the agreed day.\n"
)


def test_a_series_posts_lines_over_a_dated_heading(resources: Resources) -> None:
    facts = text_facts(SERIES, resources)
    assert facts["title"] == "Enciphered cable from Pervukhin on the border measures"
    assert facts["date"] == "1961-08-09"
    assert facts["sender"] == ["Mikhail Pervukhin"]
