"""Rules for typescript telegrams, memoranda and letters as archives' scans are OCR'd (ocr69):

- a date whose digits OCR read as letters or whose month's letters it read as digits (`Ju1y
  l4, l965`, `0ctober 2l, 1958`) is read as if typed right, character for character, so the
  date's span is the source's own (`ocr_dates.py`, used by `dates.DateReader`);
- a heading's date line after its weekday (`Wednesday, March 6, 1968` over `7:15 p.m.`, the
  White House's memoranda) is the sending date (`segment.weekday_dated`, `heading_places`);
- a letterhead and a date line over a salutation make a letter, or with `Mr. President:` and
  no courtesy close a memorandum, though a grade (`S E C R E T -- SENSITIVE`) suggested a cable
  form; a NARA declassification stamp and an hour line are heading lines a letter may have
  (`doc_types`);
- an approval stamp's date under it (`APPROVED IN S` / `4/2/62`) is not the document's
  (`heading_places._approval_dates`);
- a form's name letter-spaced over several words whose gaps OCR lost (`M e m o r a n d u m
  o f  C o n v e r s a t i o n`) names the form (`doc_types._spaced_form`);
- a foot address opened by the addressee's style alone (`The Honorable`, OCR's `The
  Honorab1e`: table `foot-address`) reaches five lines (the office wrapped over two), and its
  office lines name no one (`closing._foot_address_end`, `parts.foot_address_names`);
- a short line of prose ending in a word broken at its hyphen runs on into the line in lower
  case under it (`though the shelling con-` / `tinues ...`: `read._broken_word`);
- (held samples) a scan's margin marks before three lines or more (`|`, `^`, `,`, `'`: an
  officer's pencil or the binder's holes read as punctuation) are spaces
  (`pages/margin_marks.py`);
- (held samples) the War Department message center's stamp cells under a message, the date
  in figures in brackets and the time group alone (`(12/8/41)`, `1150Z`: table `processing`),
  are processing lines, so the name over them signs;
- a place and its country at the right over the date (`New Delhi, India,` / `July 14, 1965.`)
  are one dateline, except beside a letterhead's two lines (`parted_datelines`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

_LETTER = """\
                                        New Delhi, India,
                                        Ju1y l4, l965.

Dear Phil:

     I am sending this letter by pouch because I do not want it to go through the
regular channels, and I hope you will let me have your reaction soon.

                                   Sincerely,

                                   Chester Bowles

The Honorab1e
   Phillips Talbot,
      Assistant Secretary of State for
         Near Eastern and South Asian Affairs,
            Department of State,
               Washington, D.C.
"""


def test_ocr_letters_in_a_date_are_its_digits(resources: Resources) -> None:
    found = text_facts(_LETTER, resources)
    assert found["date"] == "1965-07-14"
    text = "Paris, 0ctober 2l, 1958.\n\nDear Mr. Secretary:\n\nThe General saw me today.\n\n" \
           "Sincerely yours,\n\nAmory Houghton\n"
    assert text_facts(text, resources)["date"] == "1958-10-21"


def test_a_date_span_keeps_the_source_characters(resources: Resources) -> None:
    assert ">Ju1y l4, l965</date>" in text_xml(_LETTER, resources)


def test_foot_address_opened_by_the_style_alone(resources: Resources) -> None:
    found = text_facts(_LETTER, resources)
    assert found["sender"] == ["Chester Bowles"]
    assert "Phillips Talbot" in found["addressee"]
    assert found["signed"] == "Chester Bowles"


_MEMO = """\
                         THE WHITE HOUSE

                            WASHINGTON

                    S E C R E T -- SENSITIVE

                                      Wednesday, March 6, 1968
                                      7:15 p.m.

Mr. President:

Herewith Ambassador Bunker's latest report. He believes the pressure on the base is
lessening, though the shelling con-
tinues at about the same level.

                                      W. W. Rostow
"""


def test_weekday_date_over_its_hour_and_the_staff_memorandum(resources: Resources) -> None:
    found = text_facts(_MEMO, resources)
    assert found["date"] == "1968-03-06"
    assert found["doc_type"] == "memorandum"


def test_short_line_broken_in_a_word_runs_on(resources: Resources) -> None:
    assert "shelling continues at about" in text_xml(_MEMO, resources)


def test_dear_mr_president_stays_a_letter(resources: Resources) -> None:
    pad = " " * 38
    text = _MEMO.replace("Mr. President:", "Dear Mr. President:").replace(
        f"{pad}W. W. Rostow", f"{pad}Sincerely,\n\n{pad}W. W. Rostow")
    assert text_facts(text, resources)["doc_type"] == "letter"


_MEMCON = """\
                                              DEPARTMENT OF STATE
         M e m o r a n d u m   o f   C o n v e r s a t i o n

                                                    DATE:  March 22, 1962
SUBJECT:     Laos; Souvanna Phouma's Visit     APPROVED IN S
             to Washington                        4/2/62
PARTICIPANTS:   The Secretary
                Ambassador Herve Alphand, French Embassy

        The French Ambassador called at his own request to convey his Government's view
that Souvanna Phouma should be invited to Washington before the end of April.
"""


def test_approval_stamp_date_and_spaced_form_title(resources: Resources) -> None:
    found = text_facts(_MEMCON, resources)
    assert found["date"] == "1962-03-22"
    assert found["doc_type"] == "memorandum"


_MARGIN = """\
       FROM CAIRO TO FOREIGN OFFICE

       Sir H. Trevelyan                 D. 9.15 p.m. August 2, 1956
  ^    No. 1645                         R. 11.40 p.m. August 2, 1956
  |    August 2, 1956
  !
       SECRET

  | I saw Dr. Fawzi this evening at his request. He said that the reply
    would not be "negative".
"""


def test_scan_margin_marks_are_no_text(resources: Resources) -> None:
    found = text_facts(_MARGIN, resources)
    assert found["telegram_number"] == "1645"
    assert "^" not in text_xml(_MARGIN, resources)


_WAR = """\
From:  CG USAFFE Manila P I
To:    Chief of Staff
No.    1004              7 December 1941

      Arrangements for cooperation with Admiral Hart completed X Patrols extended to limit
of range over sea approaches to Luzon X Morale of command excellent X

                                               MACARTHUR

ACTION:  WPD
INFORMATION: G-2, Secy of War

CM-IN-2134      (12/8/41)     1150Z
"""


def test_message_center_stamp_cells_under_the_signature(resources: Resources) -> None:
    found = text_facts(_WAR, resources)
    assert found["signed"] == "MACARTHUR"
