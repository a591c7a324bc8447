"""Rules for FRUS and US documentary editions learnt from real pages (frus84: the older
volumes' pages that keep the print's line breaks, the 1860s instructions, the 1898 telegrams
printed in a letter's heading, the 1950s conference telegrams):

- a printed heading or dateline a page's markup broke short of any width runs on: a
  heading by courtesy titles cut after `to` or the addressee's title (`Mr. Woodford to Mr.`
  / `Sherman.`, `Mr. Woodford to` / `Señor Gullon.`), a dateline cut before its year
  (`Madrid, February 19,` / `1898.`) or before the hour's `p.m.`, a salutation's line with
  the text run on after it and cut open (`Sir: I have the honor to acknowledge the` /
  `receipt ...`) (`print_wraps`, called by `narrow_heading.heading_runs_on`);
- an office's letterhead closed by a comma over a dateline that names no place
  (`Department of State,` / `December 21, 1864.`) gives the office's seat as the place of
  sending, by the register's headquarters relation (`seats.office_letterhead_seat`);
- an unsaluted, unsigned text under a courtesy heading and its dateline (`Mr. Woodford to
  Mr. Sherman.` / `Madrid, March 3, 1898.` / telegraphese) is a telegram, as a text under a
  dateline alone is (`printed_wire.unheaded`, asked by `doc_types.document_type`);
- FRUS's distribution caption in lower case alone (`no distribution`) is a handling line,
  never the message's head, so the series number under it is read (`Tedul 127.`) (table
  `heading`, row `handling`);
- a channel line's office alone (`Eyes only for Under Secretary from Secretary.`) joins a
  side the heading names by bodies only (`... to the United States Delegation`), and a bare
  `Under Secretary` on a FRUS channel line is the Under Secretary of State, resolved to the
  holder of the year (`named_parties._bodies_only`, `pages/frus_numbers._channel`);
- a 1930s page numbers its notes' anchors through the chapter (`Heath43`) and its list
  afresh (`1.`): an anchor glued to a question's mark (`... desires to give?46`) is one of
  the chain too, so the list under the signature is the notes, not a numbered list
  (`pages/frus_notes._GLUED`);
- a courtesy heading whose addressee's name the page lost (`Mr. Plumb to Mr.`, the 1867
  volume) is the heading as given, its sender named and no addressee from it (tables `frus`
  row `heading`, `title-shapes` row `given`); a foot address opening with `Hon.` under a
  courtesy close's comma stands apart from it (`rewrap._CAPITALS_SIGNATURE`), so it names
  the addressee; `City of Mexico` is Mexico City;
- a note that prints another paper in full under its own line ending on a colon (`1. The
  telegraphic despatch referred to ... follows:` over that telegram's dateline, text and
  signature) holds every line to the page's end, when it stands under the signature and its
  anchor is glued in the text (`pages/quoted_notes.quoted_note_start`, called by
  `pages/frus_notes.footnotes`);
- the Lansing Papers' omission line of a dozen spaced stops or more is a gap (table
  `obfuscations`, row `omitted`);
- register: Edward Lee Plumb, Thomas H. Dudley, Pío Gullón, Henry Morgenthau Sr.
  (1913-1916, his son's `Morgenthau` the Treasury's), Raymond H. Geist, Jefferson
  Patterson, Lacy Baggallay, Tetsuma Hashimoto, Teikichi Toda, Gerald L. Warren (`Jerry
  Warren`), Dimitri Zarechnak, Pavel Palazhchenko, Robert Linhard, Charles Z. Wick.
"""

from __future__ import annotations

from tei.convert import Resources
from tei.convert.print_wraps import runs_on
from tests.cases import text_facts, text_xml

WRAPPED = (
    "Mr. Olney to Mr.\n"
    "Bayard.\n"
    "Department of State,\n"
    "Washington, June 4,\n"
    "1896.\n"
    "No. 711.]\n"
    "Sir: I inclose for your information a copy of the note which I have\n"
    "addressed to the British ambassador in regard to the sealing season.\n"
    "I am, etc.,\n"
    "Richard Olney.\n")


def test_a_courtesy_heading_and_a_dateline_cut_short_run_on(resources: Resources) -> None:
    facts = text_facts(WRAPPED, resources)
    assert facts["title"] == "Mr. Olney to Mr. Bayard"
    assert facts["date"] == "1896-06-04"
    assert facts["doc_type"] == "letter"


def test_the_salutation_line_runs_on_into_the_text_going_on(resources: Resources) -> None:
    xml = text_xml(WRAPPED, resources)
    assert "I inclose for your information a copy of the note which I have addressed" in xml


def test_print_wraps_join_only_what_the_print_cut() -> None:
    assert runs_on("Mr. Woodford to", "Señor Gullon.")
    assert runs_on("Tokyo, December 27, 1940—6", "p.m.")
    assert not runs_on("Mr. Woodford to Mr. Sherman.", "Madrid, March 3, 1898.")
    assert not runs_on("Madrid, February 19,", "No. 150.]")
    assert not runs_on("Sir: I have the honor to report.", "receipt of the note")


INSTRUCTION = (
    "Mr. Seward to Mr. Dayton\n"
    "No. 290]\n"
    "Department of State,\n"
    "February 2, 1863.\n"
    "Sir: Your despatch of January 12, No. 250, has been received.\n"
    "I am, sir, your obedient servant,\n"
    "WILLIAM H. SEWARD.\n")


def test_the_department_over_a_placeless_dateline_writes_from_its_seat(
        resources: Resources) -> None:
    facts = text_facts(INSTRUCTION, resources)
    assert facts["place_of_origin"] == "Washington"
    assert facts["date"] == "1863-02-02"


TELEGRAM = (
    "Mr. Woodford to Mr. Sherman.\n"
    "Madrid, February 2, 1898.\n"
    "Minister of state informs me that the Government will publish reform decrees tomorrow. "
    "He asks that the President be told in advance. I expressed no opinion.\n")


def test_an_unsaluted_text_under_a_courtesy_heading_is_a_telegram(
        resources: Resources) -> None:
    facts = text_facts(TELEGRAM, resources)
    assert facts["doc_type"] == "telegram"
    letter = TELEGRAM.replace("Minister of state", "Sir: The minister of state")
    assert text_facts(letter, resources)["doc_type"] == "letter"


TEDUL = (
    "110.11 DU/5–2854: Telegram\n\n"
    "The Secretary of State to the United States Delegation 1\n\n\n"
    "no distribution\n\n"
    "Tedul 140. Eyes only for Under Secretary from Secretary. Your Dulte 130.2 I agree.\n\n"
    "  1. Drafted by the Secretary of State.\n"
    "  2. Under Secretary Smith reported on May 27 on the Indochina phase.\n")


def test_a_lower_case_distribution_caption_is_no_head(resources: Resources) -> None:
    xml = text_xml(TEDUL, resources)
    assert "<head>no distribution</head>" not in xml
    assert 'subtype="handling">no distribution<' in xml
    assert text_facts(TEDUL, resources)["telegram_number"] == "Tedul 140"


def test_a_bare_under_secretary_on_the_channel_line_is_the_holder(
        resources: Resources) -> None:
    xml = text_xml(TEDUL, resources)
    received = xml.split('<correspAction type="received">', 1)[1].split("</correspAction>")[0]
    assert 'ref="#per-walter-bedell-smith">Under Secretary of State<' in received
    assert "United States Delegation" in received


def test_the_register_knows_the_frus84_parties(resources: Resources) -> None:
    register = resources.register
    for name in ("Pío Gullón", "Henry Morgenthau", "Lacy Baggallay", "Dimitri Zarechnak",
                 "Charles Z. Wick", "Thomas H. Dudley", "Jerry Warren"):
        assert register.lookup(name) is not None, name


QUESTION_ANCHOR = (
    "740.00/1300: Telegram\n\n"
    "The Chargé in Germany (Geist) to the Secretary of State\n\n"
    "301. Mr. Heath71 called at the Foreign Office this morning.72 The official text was "
    "handed to him.73 Does the Department wish me to acknowledge it?74\n\n"
    "Geist\n"
    "  1. Donald R. Heath, First Secretary of Embassy.\n"
    "  2. The Foreign Office's note is not printed.\n"
    "  3. The text was released to the press.\n"
    "  4. The Department replied that no acknowledgment was needed.\n")


def test_an_anchor_glued_to_a_question_mark_keeps_the_note_chain(
        resources: Resources) -> None:
    xml = text_xml(QUESTION_ANCHOR, resources)
    facts = text_facts(QUESTION_ANCHOR, resources)
    assert facts["notes"] == 4
    assert facts["numbered_points"] == 0
    assert 'acknowledge it?<note place="foot" n="74">' in xml


LOST_ADDRESSEE = (
    "Mr. Plumb to Mr.\n"
    "No. 40.]\n"
    "Legation of the United States,\n"
    "City of Mexico,\n"
    "February 2, 1868.\n"
    "Sir: The mail from Vera Cruz has not arrived, and as the road to the\n"
    "coast is again closed by the rains I have nothing further to report to\n"
    "the Department by this opportunity, nor any news from the interior of\n"
    "the country, where the elections are said to be going on quietly.\n"
    "I have the honor to be, very respectfully, your obedient servant,\n"
    "Hon. William H. Seward,\n"
    "Secretary of State, Washington, D. C.\n")


def test_a_heading_that_lost_its_addressee_still_names_the_sender(
        resources: Resources) -> None:
    facts = text_facts(LOST_ADDRESSEE, resources)
    assert facts["title"] == "Mr. Plumb to Mr."
    assert facts["doc_type"] == "letter"
    assert facts["place_of_origin"] == "Mexico City"
    xml = text_xml(LOST_ADDRESSEE, resources)
    received = xml.split('<correspAction type="received">', 1)[1].split("</correspAction>")[0]
    assert "<roleName>Mr</roleName>" not in received


def test_the_foot_address_under_the_close_stands_apart(resources: Resources) -> None:
    xml = text_xml(LOST_ADDRESSEE, resources)
    assert "<salute>I have the honor to be, very respectfully, your obedient servant,</salute>" \
        in xml
    facts = text_facts(LOST_ADDRESSEE, resources)
    assert facts["addressee"] == ["William H. Seward"]


QUOTING_NOTE = (
    "File No. 711.0012/500\n\n"
    "The Ambassador in Germany (Gerard) to the Secretary of State\n\n"
    "[Telegram]\n\n"
    "Foreign Office again declines to discuss the treaty for the reasons given in my "
    "telegram of March 2.1 No change expected.\n\n"
    "Gerard\n"
    "  1. The telegram referred to, dated March 2, 1914 (File No. 711.0012/470), follows:\n"
    "    American Embassy,\n"
    "    Berlin, March 2, 1914.\n\n"
    "    Foreign Office states Germany cannot sign at present.\n\n"
    "    Gerard\n")


def test_a_note_printing_a_paper_to_the_page_end_is_one_note(resources: Resources) -> None:
    facts = text_facts(QUOTING_NOTE, resources)
    assert facts["notes"] == 1
    assert facts["numbered_points"] == 0
    xml = text_xml(QUOTING_NOTE, resources)
    assert "follows: American Embassy," in xml.split('<note place="foot" n="1">', 1)[1]


def test_a_numbered_paragraph_quoting_to_the_end_stays_the_text(resources: Resources) -> None:
    text = QUOTING_NOTE.replace("March 2.1 No", "March 2. No")
    assert text_facts(text, resources)["notes"] == 0


LANSING_PAPERS = (
    "The Ambassador in Germany (Gerard) to the Secretary of State\n\n"
    "My Dear Mr. Secretary:\n\n"
    ". . . . . . . . . . . . . . . .\n\n"
    "The harvest is good and the people are quieter than in the spring.\n\n"
    "Yours ever\n\n"
    "J. W. G[erard]\n")


def test_a_long_line_of_spaced_stops_is_an_omission(resources: Resources) -> None:
    assert text_facts(LANSING_PAPERS, resources)["gaps"] == 1
