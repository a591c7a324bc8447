"""Rules for Commonwealth and European documentary editions as real pages showed them (cw84):

- dfat.gov.au's older cablegram line with the date of sending supplied by the editors in
  brackets after the place, perhaps with a note call and the time after it (`Cablegram 62
  WASHINGTON, [18 April 1940] [1], 5.30 p.m.`), or with the time glued to the date's comma
  (`20 May 1940,11.08 p.m.`): number, place and date are read (table `heading-commonwealth`,
  row `cable-number`);
- DIFP's bracketed number line with the grade `Most Secret` among its brackets (`(No. 142)
  (Personal) (Most Secret) (Copy)`) gives the number (row `cable-number`, DIFP's);
- an untitled, unsigned text under a bare dateline (a DIFP page that lost its heading) that
  addresses its reader about the reader's papers or asks the reader to act (`Please refer to
  your report`, `I am to instruct you`, `I, therefore, beg you`) is a letter, not a
  memorandum (table `reader-address`, `dated_only_forms.py`);
- a surname the register gives a person in office (`surname-in-office`) is a name in its
  years as the first of a list of surnames (`Chiefs of Staff Pound, Dill and Portal`), and
  opening a sentence with an edition's note call or note right after it (`Lothian [3] who`)
  (`office_surnames.py`); the register adds Lothian, Dill, Pound and Portal so;
- a note of an edition's foot that the page broke with a blank line before the next note
  (`2 ... President Franklin D.` / blank / `Roosevelt) of ...` / `3 ...`) is one note, and
  Dodis's notes with their numbers on lines of their own (`1` / `(Copie): ...` / `2` /
  `A la séance ...`), the call glued after a guillemet (`»2`), are the document's notes
  (`footnotes.py`; table `footnotes`: a note may open with its copy's kind in brackets);
- the Dominions and Colonial Offices' telegrams of the 1930s as SAS-Space's OCR gives them,
  heading run into the text on one long line (`PARAPHRASE TELEGRAM NEW ZEALAND From the
  Governor-General ... Dated ..., Received ..., No. 57. Secret. ...`): the line is cut at the
  form, the party, the sending and receipt lines and the number with its grade (table
  `flattened-heading`, rows `dominions-*`; a point's cut spares `No. 57.`), the number line
  gives the number even misread (`Ho, 116- Secret*`, row `cable-number`), and the office's
  covering slip over it (`... Transmitted by direction of the Secretary of State for Dominion
  Affairs ...`) is set apart down to the form or the `From` line (table `cover-slip`);
- the register knows Fremantle, Minneapolis and Owen Dixon.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

BRACKETED = (
    "160 Mr R. G. Casey, Minister to the United States, to Department of External Affairs\n\n"
    "Cablegram 48 WASHINGTON, [9 May 1940] [1], 4.15 p.m.\n\n"
    "The Ambassador will call on the Secretary of State tomorrow about the convoy.\n\n"
    "1 The date has been taken from the Legation's copy.\n"
)


def test_bracketed_date_after_the_place(resources: Resources) -> None:
    facts = text_facts(BRACKETED, resources)
    assert facts["date"] == "1940-05-09"
    assert facts["telegram_number"] == "48"
    assert facts["place_of_origin"] == "Washington"


def test_time_glued_to_the_date_comma(resources: Resources) -> None:
    text = ("257 Mr R. G. Casey, Minister to the United States, to Department of External "
            "Affairs\n\nCablegram 83 WASHINGTON, 14 May 1940,10.05 p.m.\n\n"
            "I leave for New York tonight and return on Thursday.\n")
    facts = text_facts(text, resources)
    assert (facts["date"], facts["telegram_number"], facts["place_of_origin"]) == (
        "1940-05-14", "83", "Washington")


def test_difp_number_line_with_most_secret(resources: Resources) -> None:
    text = ("No. 212 NAI DFA Secretary's Files P12\n\n"
            "Code telegram from Robert Brennan to the Department of External Affairs(Dublin)\n"
            "(No. 77) (Personal) (Most Secret) (Copy)\n\n"
            "Washington, 3 June 1940\n\n"
            "Your telegram 41. Have seen Under-Secretary who will reply this week.\n")
    assert text_facts(text, resources)["telegram_number"] == "77"


def test_headless_text_addressing_its_reader_is_a_letter(resources: Resources) -> None:
    text = ("No. 317 NAI DFA/6/417/40\nDublin, 14 March 1957\n"
            "Please refer to your report of the 2nd March on the committee's debate. "
            "The Minister agrees with the line you took.\n"
            "I am to instruct you to abstain on any resolution that names the parties.\n")
    assert text_facts(text, resources)["doc_type"] == "letter"


def test_headless_text_not_addressing_a_reader_stays_a_memorandum(resources: Resources) -> None:
    text = ("No. 268 NAI DFA/5/305/14/57\nDublin, 8 April 1954\n"
            "The Political Section prepares periodic analyses of the news for the Minister. "
            "These are circulated with selected cuttings.\n")
    assert text_facts(text, resources)["doc_type"] == "memorandum"


def test_surname_in_office_first_of_a_list(resources: Resources) -> None:
    text = ("Cablegram 1240 WASHINGTON, 29 December 1941\n\n"
            "The British Chiefs of Staff Pound, Dill and Portal met the President today.\n")
    xml = text_xml(text, resources)
    for person in ("dudley-pound", "john-dill", "charles-portal"):
        assert f'ref="#per-{person}"' in xml


def test_surname_in_office_out_of_a_list_after_a_capital_is_none(resources: Resources) -> None:
    text = ("Cablegram 1240 WASHINGTON, 29 December 1941\n\n"
            "The Chiefs of Staff Pound sterling balances were discussed today.\n")
    assert "per-dudley-pound" not in text_xml(text, resources)


def test_surname_in_office_before_a_note_call(resources: Resources) -> None:
    text = ("Cablegram 62 WASHINGTON, 18 April 1940\n\n"
            "Your telegram No. 40 [1] delayed. Lothian [2] who had no instructions saw Hull.\n\n"
            "1 Document 154.\n\n2 U.K. Ambassador to the United States.\n")
    assert 'ref="#per-lord-lothian">Lothian<' in text_xml(text, resources)


def test_surname_in_office_before_a_note_call_out_of_office(resources: Resources) -> None:
    text = ("Cablegram 62 LONDON, 18 April 1956\n\n"
            "Your telegram No. 40 [1] delayed. Lothian [2] roads are closed by snow.\n\n"
            "1 Document 154.\n\n2 The county, then Midlothian and East Lothian.\n")
    assert "per-lord-lothian" not in text_xml(text, resources)


def test_note_broken_by_a_blank_line_before_the_next(resources: Resources) -> None:
    text = ("Cablegram 332 WASHINGTON, 21 February 1942\n\n"
            "Message from Frankfurter [1] to the Minister and the President's reply. [2]\n\n"
            "1 Associate Justice, a friend of President Franklin D.\n\n"
            "Roosevelt since the first term.\n\n2 Document 355.\n")
    assert text_facts(text, resources)["notes"] == 2


def test_dodis_notes_with_numbers_on_lines_of_their_own(resources: Resources) -> None:
    text = ("dodis.ch/51234\nLe Département politique à la Légation de Suisse à Londres\n1\n\n"
            "Wir haben Ihren Bericht erhalten. Die Schweiz ist «an einer Lösung interessiert».2"
            "\n\nWir erwarten Ihren Bericht.\n\n1\n(Copie): E 2001(E)1/12.\n2\n"
            "Voir le procès-verbal de la séance du 3 mars 1947.\n")
    assert text_facts(text, resources)["notes"] == 2


def test_register_fremantle(resources: Resources) -> None:
    text = ("Cablegram 195 2 May 1940,\n\n"
            "The convoy will reach Fremantle on Tuesday and Minneapolis is told.\n")
    xml = text_xml(text, resources)
    assert 'ref="#pla-fremantle"' in xml and 'ref="#pla-minneapolis"' in xml


SLIP = ("D.O. 3. SECRET Communications on this subject should be addressed to the Under-Secretary "
        "of State, Dominions Office, Downing Street. Transmitted by direction of the Secretary "
        "of State for Dominion Affairs. 2 MAY 1939 T.S. 695\n")
FLAT = ("PARAPHRASE TELEGRAM NEW ZEALAND From the Governor-General of New Zealand Dated 28th "
        "April, 1939, Received 9.10 a.m., 29th April, 1939. Ho, 61- Secret. Your telegram No. 50 "
        "of 20th April. My Prime Minister desires me to say that His Majesty's Government in New "
        "Zealand accept the proposed date for the conference and will send two officers from "
        "Wellington by the next steamer. They ask that the agenda be circulated at least a week "
        "before the first meeting so that their delegation may be instructed in good time.\n")


def test_dominions_office_telegram_on_one_ocr_line(resources: Resources) -> None:
    facts = text_facts(SLIP + FLAT, resources)
    assert (facts["doc_type"], facts["date"], facts["telegram_number"]) == (
        "telegram", "1939-04-28", "61")
    assert str(facts["date_received"]).startswith("1939-04-29")


def test_dominions_office_slip_is_not_the_document(resources: Resources) -> None:
    xml = text_xml(SLIP + FLAT, resources)
    body = xml[xml.index("<body>"):]
    assert "Transmitted by direction" not in body
