"""Rules for US military and intelligence reporting forms as released (crest62):

- the Defense Department's and DIA's information report form with its fields numbered
  (`1. COUNTRY: ...`, `2. REPORT NUMBER: ...`, `5. DATE OF INFORMATION: ...`): heading lines,
  not numbered points; its `DATE OF REPORT: 820120` (six digits, year first) dates it; the form's
  warning (`THIS REPORT CONTAINS UNEVALUATED INFORMATION`) and its name (`INFORMATION REPORT`,
  a report) head it; the closing fields numbered on (`12. PREPARED BY: ...`,
  `13. APPROVING AUTHORITY: ...`, `14. DISTRIBUTION: ...`) are its foot, no points;
- a six-digit date is read only as a labelled field's whole value (`read_date`), never in the
  text;
- the espionage notice in small print, in capitals or mixed case, wherever its width broke it,
  is the form's furniture; its few wide lines over a text typed at 60 columns do not set the
  width the text was wrapped at (`read_widths`), so a numbered point stays one paragraph; the
  United States Code it cites (`U.S.C. Secs.`) is no person's initials;
- the CIA's classified message form: the day received beside the incoming number
  (`14 NOV 63   IN 58204`) dates the message;
- the State Department's Bureau of Intelligence and Research names its notes and briefs over
  their To/From lines (`INTELLIGENCE NOTE`, `INTELLIGENCE BRIEF`): reports;
- the CIA reading room's print view (`Published on CIA FOIA (foia.cia.gov) (https://...)`) and
  its two-step trail (`Home > CREST`) are page furniture, no source.
"""

from __future__ import annotations

from tei.convert import Resources
from tei.convert.read_widths import wrap_width
from tests.cases import text_facts, text_xml

DOD_FORM = (
    "DEPARTMENT OF DEFENSE\n"
    "INTELLIGENCE INFORMATION REPORT\n"
    "THIS REPORT CONTAINS UNEVALUATED INFORMATION\n"
    "1. COUNTRY: HONDURAS (HO)\n"
    "2. SUBJ: IR 6 859 0044 83/BORDER PATROLS (U)\n"
    "3. DOI: 830410\n"
    "4. REPORT NO: 6 859 0044 83\n"
    "5. DATE OF REPORT: 830415\n"
    "6. SUMMARY: (C) PATROLS WERE DOUBLED ALONG THE BORDER NEAR CHOLUTECA.\n"
    "7. PREPARED BY: MAJ PAUL R. STONE, USA, ARMA\n"
    "8. APPROVING AUTHORITY: COL ALAN T. WEBB, USA, DATT\n"
)


def test_the_dod_form_s_numbered_fields_head_it_and_its_date_of_report_dates_it(
        resources: Resources) -> None:
    facts = text_facts(DOD_FORM, resources)
    xml = text_xml(DOD_FORM, resources)
    assert facts["date"] == "1983-04-15"
    assert facts["doc_type"] == "report"
    assert 'subtype="other">1. COUNTRY:' in xml
    assert 'subtype="date">5. DATE OF REPORT: 830415' in xml
    assert 'n="1">COUNTRY' not in xml
    assert "PATROLS WERE DOUBLED" in xml.split('<div type="message">')[1]
    assert 'subtype="control">7. PREPARED BY:' in xml


def test_a_six_digit_number_in_the_text_is_no_date(resources: Resources) -> None:
    text = "MEMORANDUM\n\nThe shipment 820120 left the port on time.\n"
    assert "<date" not in text_xml(text, resources).split("<text>")[1]


def test_a_small_print_notice_does_not_set_the_wrap_width() -> None:
    typed = [60, 58, 61, 44, 59, 62, 57, 60, 38]
    assert wrap_width([118, 121, *typed]) == wrap_width(typed)
    assert wrap_width([150, 22, 25, 160, 30, 24, 28, 170, 26, 30]) is None


def test_the_mixed_case_notice_is_furniture_and_cites_no_person(resources: Resources) -> None:
    text = (
        "INFORMATION REPORT\n"
        "This material contains information affecting the National Defense of the United "
        "States within the meaning of the\n"
        "Espionage Laws, Title 18, U.S.C. Secs. 793 and 794, the transmission or revelation "
        "of which in any manner to an\n"
        "unauthorized person is prohibited by law.\n"
        "DATE DISTR. 4 October 1961\n"
        "1. On 28 September the Pathet Lao moved two battalions toward the\n"
        "river and asked the North Vietnamese advisers for more artillery for the\n"
        "units facing Vang Vieng before the rains.\n"
        "2. Kong Le's paratroops remain on the Plaine des Jarres and have\n"
        "received a further airlift of supplies from the Soviet transport\n"
        "aircraft based at Hanoi.\n"
    )
    xml = text_xml(text, resources)
    assert 'subtype="other">unauthorized person is prohibited by law.' in xml
    assert "per-u-s-c" not in xml
    assert "<p>" not in xml.split('<div type="message">')[1]


def test_the_cia_message_is_dated_by_the_day_beside_its_in_number(
        resources: Resources) -> None:
    text = ("CLASSIFIED MESSAGE\nTO : DIRECTOR\nFROM : MEXICO CITY\n"
            "2 OCT 62   IN 41877\nDIR CITE MEXI 2210\n1. STATION HAS NO TRACES.\n")
    assert text_facts(text, resources)["date"] == "1962-10-02"


def test_an_inr_brief_is_a_report(resources: Resources) -> None:
    text = ("DEPARTMENT OF STATE\nINTELLIGENCE BRIEF\nOctober 12, 1973\nTO: The Secretary\n"
            "FROM: INR - Ray S. Cline\nSUBJECT: The Battle in Sinai\n\n"
            "Egyptian forces hold the east bank of the canal.\n")
    assert text_facts(text, resources)["doc_type"] == "report"


def test_the_cia_print_view_and_trail_are_no_source(resources: Resources) -> None:
    text = ("Published on CIA FOIA (foia.cia.gov) (https://www.cia.gov/readingroom)\n\n"
            "Home > CREST\n\nMEMORANDUM FOR THE RECORD\n12 May 1972\n\n"
            "The meeting was held in the Director's office.\n")
    xml = text_xml(text, resources)
    assert "Published on" not in xml
    assert "Home &gt; CREST" not in xml
