"""Rules for OCR'd typescripts and printed papers as document stores and archives' text
layers give them, learnt from real pages (ocr94: UK Cabinet conclusions and agendas of
1934-1962 as studylib, vdocuments and vdocument.in copy the National Archives' CAB 23 and
CAB 128 scans, a UN Archives letter and an item scan, a JFK-records site's transcript of a
Justice Department memorandum, Canada Declassified's letter forms, a CIA CREST letter of
1953 in the older export, an FBI memorandum of 1947 on archive.org):

- the Cabinet's conclusions headed by their meeting sentence as the OCR of the print gives
  it: the clock's figures set apart (`at 1 0 - 3 0 a.m.`), the weekday and month in
  capitals (`on SATURDAY, 2nd SEPTEMBER, 1939`), the sentence broken after `held at` with
  the venue and day on the next line, the record's number heading run on before it on the
  same line (`C A B I N E T 48 (39). CONCLUSIONS of a Meeting ...`) (table
  `meeting-heading`, `pages/meeting_heading.py`);
- a name half letter-spaced in capitals, the surname spaced after its given name or title
  (`SELWYN L L O Y D`, `CHARLES H I L L`, `LORD M I L L S`) or the given name spaced before
  the surname (`H E N R Y BROOKE`): one name when the two words are a whole register name,
  never a name read inside the run (`CHARLES H`) (`spaced_names.py`, called from
  `register._letter_spaced`);
- a Cabinet paper's copyright and catalogue head run on with its text on one line
  (studylib): the head split off (table `run-on-heading`, row `crown-copyright-head`), its
  catalogue reference the archive's reference (table `page-furniture`);
- a JFK-records site's transcript named by a released file's redacted copy
  (`Transcript of 124-10183-10277_multirif_redacted.pdf`): the archive's reference;
- CREST's older record page, its scan's text flattened after the release stamp, perhaps
  repeated for each page (`Approved For Release 2002/06/26 : CIA-RDP... Approved For Release
  ... 0 -4-5642 17 September 1953 The Honorable ...`): each stamp a line, the registry
  number's figures and the date right after them each a line, the text the document's
  (table `run-on-heading`, row `release-run-on`); a copies line is short (table
  `processing`, row `distribution`: no flattened text after a garbled registry number);
- register persons: members of the UK Cabinets of 1935-1962 (Arthur Greenwood, William
  Jowitt, James Chuter Ede, Viscount Kilmuir, David Eccles, Lord Mills, Henry Brooke,
  Ernest Marples, Frederick Erroll, Maurice Hankey, Lord Maugham, the Marquess of Zetland,
  Lord Chatfield, W. S. Morrison, Earl Stanhope, Samuel Hoare, ...), Joseph M. Dodge,
  Percival F. Brundage, the FBI's D. M. Ladd and V. P. Keay, George V. Strong, Georges F.
  Doriot, John A. Mintz, C. S. Jha's UN post.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

CABINET = ("Printed for the Cabinet. May 1 9 4 7 .\nSECRET. Copy No.\nC M . (47)\n"
           "44th Conclusions.\nCABINET 44 (47).\n"
           "CONCLUSIONS of a Meeting of the Cabinet held at 1 0 Downing Street, S.W.1, on "
           "Thursday, 8th May, 1 9 4 7 , at 1 1 - 0 a.m.\n"
           "Present : The Right Hon. C. R. ATTLEE, M.P., Prime Minister (in the Chair).\n"
           "The Right Hon. HERBERT MORRISON, M.P., Lord President of the Council.\n")


def test_meeting_sentence_with_spaced_clock(resources: Resources) -> None:
    facts = text_facts(CABINET, resources)
    assert facts["date"] == "1947-05-08"
    assert facts["doc_type"] == "record of conversation"


BROKEN = ("COPY NO.\nCABINET 12 (38).\n"
          "CONCLUSIONS of a Meeting of the Cabinet held at\n\n"
          "10, Downing Street, S.W.1., on WEDNESDAY, 16th MARCH, 1938, at 11.0 a.m.\n\n"
          "P R E S E N T .\n\nThe Rt. Hon. Neville Chamberlain, M.P., Prime Minister.\n")


def test_meeting_sentence_broken_after_held_at(resources: Resources) -> None:
    facts = text_facts(BROKEN, resources)
    assert facts["date"] == "1938-03-16"
    assert facts["doc_type"] == "record of conversation"


NUMBERED = BROKEN.replace("CABINET 12 (38).\nCONCLUSIONS", "C A B I N E T 12 (38). CONCLUSIONS")


def test_meeting_sentence_after_its_number_heading(resources: Resources) -> None:
    facts = text_facts(NUMBERED, resources)
    assert facts["date"] == "1938-03-16"
    assert facts["place_of_origin"] == "Downing Street"


SPACED = CABINET + ("The Right H o n . SELWYN L L O Y D , Q . C , M.P., Chancellor of the "
                    "Exchequer\nDr. The Right Hon. CHARLES H I L L , M.P., Minister of Housing\n"
                    "The Right H o n . H E N R Y BROOKE, M . P . , Paymaster General\n"
                    "The Right H o n . LORD M I L L S , Minister without Portfolio\n")


def test_half_spaced_names(resources: Resources) -> None:
    xml = text_xml(SPACED, resources)
    assert 'ref="#per-selwyn-lloyd">SELWYN L L O Y D<' in xml
    assert 'ref="#per-charles-hill">CHARLES H I L L<' in xml
    assert 'ref="#per-henry-brooke">H E N R Y BROOKE<' in xml
    assert 'ref="#per-percy-mills">LORD M I L L S<' in xml
    assert ">CHARLES H</persName>" not in xml


FLAT_AGENDA = ("(c) crown copyright Catalogue Reference:CAB/23/91 Image Reference:0004 "
               "(THIS DOCUMENT IS THE PROPERTY OF HIS BRITANNIC MAJESTY'S GOVERNMENT) S E C R E T "
               "COPY NO. C A B I N E T 9 (38). Meeting of the Cabinet to be held at No. 10, "
               "Downing Street, S.W.1., on WEDNESDAY, 9th MARCH, 1938, at 11.0 a.m. A G E N D A . "
               "1. FOREIGN AFFAIRS - (if required).\n")


def test_crown_copyright_head_run_on(resources: Resources) -> None:
    facts = text_facts(FLAT_AGENDA, resources)
    assert facts["archive_idno"] == "CAB/23/91"
    assert "Image Reference" not in text_xml(FLAT_AGENDA, resources).split("<text>")[1]


TRANSCRIPT = ("Transcript of 124-10204-10118_multirif_redacted.pdf\n"
              "==================================================\nPage 1\n"
              "==================================================\n"
              "MEMORANDUM FOR THE FILE\nMarch 3, 1976\n"
              "The committee's staff asked today for the manual's older sections.\n")


def test_redacted_transcript_reference(resources: Resources) -> None:
    assert text_facts(TRANSCRIPT, resources)["archive_idno"] == "124-10204-10118"


CREST = ("Body:\nApproved For Release 2003/04/02 : CIA-RDP80B01676R000300050012-1 Approved For "
         "Release 2003/04/02 : CIA-RDP80B01676R000300050012-1 0 -7-1123 12 March 1957 The "
         "Honorable Percival F. Brundage Director, Bureau of the Budget Washington 25, D. C. "
         "Dear Mr. Brundage: The Agency has reviewed the proposed reduction of the posts abroad "
         "and would ask that the two geographic attaches be kept for another year.\n")


def test_release_stamps_run_on_with_the_text(resources: Resources) -> None:
    body = text_xml(CREST, resources).split("<text>")[1]
    assert "geographic attaches be kept" in body
    assert 'subtype="distribution"' not in body
    assert body.count('subtype="declassification"') >= 1
    assert "geographic attaches be kept" not in body.split('subtype="declassification"')[1]\
        .split("</ab>")[0]
    assert text_facts(CREST, resources)["date"] == "1957-03-12"  # the date after the stamps
