"""Rules for FRUS documents in the print volumes' scans and the INR's notes (frus57):

- a Google-digitized volume's credit lines are page furniture wherever they stand
  (`Digitized by Google`, its OCR `Digitized by VjOOQIC`, `Original from` with the library in
  capitals on its line or the next, HathiTrust's `Generated on ... GMT / https://...` and
  `Public Domain, Google-digitized / ...` foot): never a footnote's or the text's words;
- the 1910s-30s volumes' form line with its stop inside the bracket (`[Telegram.]`) is the
  editors' form line, so the number opening the next paragraph is the telegram's;
- an Intelligence Note (INR) is a report;
- a memorandum's party labels in capitals without colons over their values (`TO` / `The
  Secretary`, `FROM` / `INR—Thomas L. Hughes`), a run holding FROM and TO, are labelled lines;
  a title naming an organisation sends with the person its heading's FROM line names;
- a running head found on a page confirms the next page's (`GREAT BRITAIN. 229`, then `230
  CORRESPONDENCE WITH MR. ADAMS.`), and a sentence broken over it after a title's abbreviation
  (`... receipt of Mr.` / `Adams's note`) is joined again;
- a short signature in capitals under a closing formula's comma (`your obedient servant,` /
  `WM. L. DAYTON.`) stands apart as the signature;
- a signature's office line `Minister-Counselor` (or `Counselor of Embassy`) under `For the
  Ambassador:` is a role, no second signer;
- (seen on the held sample after scoring) a `Summary Record of the 524th Meeting of the
  National Security Council` is the meeting's record, though its drafter signs it.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

TELEGRAM = (
    "File No. 763.72/2345.\n"
    "The Ambassador in Germany (Gerard) to the Secretary of State.\n"
    "                         [Telegram.]\n"
    "                          AMERICAN EMBASSY,\n"
    "                    Berlin, February 4, 1916, 11 p.m.\n"
    "                          [Received February 5, 9 a.m.]\n"
    "  3456. Saw von Jagow this afternoon and left with him the memorandum.\n"
    "Zimmermann1 told me that an agreement would be reached.\n"
    "                                                  GERARD.\n\n"
    "  1 Arthur Zimmermann, German Under Secretary of State for Foreign\n"
    "Affairs.\n\n"
    "{credit}"
)


def test_a_scan_s_credit_lines_are_no_footnote_words(resources: Resources) -> None:
    for credit in ("Digitized by Google\n          Original from\nUNIVERSITY OF CALIFORNIA\n",
                   "Digitized by VjOOQIC\n",
                   "Generated on 2021-03-14 18:22 GMT / https://hdl.handle.net/2027/uc1.b35\n"
                   "Public Domain, Google-digitized / http://www.hathitrust.org/access_use#pd-google\n"):
        xml = text_xml(TELEGRAM.format(credit=credit), resources)
        for word in ("Digitized", "Original from", "CALIFORNIA", "Generated on", "Public Domain"):
            assert word not in xml.split("<text")[1], (credit, word)


def test_a_form_line_with_its_stop_lets_the_number_be_read(resources: Resources) -> None:
    facts = text_facts(TELEGRAM.format(credit=""), resources)
    assert facts["telegram_number"] == "3456"
    assert facts["doc_type"] == "telegram"


INR_NOTE = (
    "72. Intelligence Note Prepared by the Bureau of Intelligence and Research1\n\n"
    "Washington, July 17, 1968.\n\n"
    "TO\n    The Secretary\nTHROUGH\n    S/S\nFROM\n    INR—Thomas L. Hughes\n"
    "SUBJECT\n    Czechoslovakia: Warsaw Letter Raises the Stakes\n\n"
    "The letter sent to Prague by the five Warsaw Pact leaders is the sharpest attack yet.\n"
    "  1. Source: National Archives, RG 59, Central Files 1967–69, POL CZECH–USSR. Secret.\n"
)


def test_an_intelligence_note_is_a_report_sent_by_the_bureau_s_head(resources: Resources
                                                                    ) -> None:
    facts = text_facts(INR_NOTE, resources)
    assert facts["doc_type"] == "report"
    assert facts["sender"] == ["Thomas L. Hughes"]


def test_bare_party_labels_over_their_values_are_labelled_lines(resources: Resources) -> None:
    xml = text_xml(INR_NOTE, resources)
    assert 'subtype="sender">FROM: ' in xml
    assert ">TO: The Secretary</ab>" in xml
    assert "<head>TO</head>" not in xml


def test_a_subject_alone_stays_a_block_label(resources: Resources) -> None:
    xml = text_xml(INR_NOTE.replace("TO\n    The Secretary\nTHROUGH\n    S/S\nFROM\n"
                                    "    INR—Thomas L. Hughes\n", ""), resources)
    assert "SUBJECT: " not in xml


DESPATCH = (
    "GREAT BRITAIN.                                    229\n\n"
    "No. 234.]                     Mr. Adams to Mr. Seward.\n\n"
    "            LEGATION OF THE UNITED STATES,\n"
    "                    London, October 17, 1862.\n\n"
    "  SIR: I have the honor to transmit a copy of a note to Earl Russell.\n"
    "  I have the honor to be, sir, your obedient servant,\n"
    "                                        {signature}\n\n"
    "                                [Inclosure.]\n"
    "                        Earl Russell to Mr. Adams.\n"
    "  The undersigned has the honor to acknowledge the receipt of Mr.\n\n"
    "230              CORRESPONDENCE WITH MR. ADAMS.\n\n"
    "Adams's note of the 9th instant.\n"
    "                                                    RUSSELL.\n"
)


def test_a_running_head_confirms_the_next_page_s(resources: Resources) -> None:
    xml = text_xml(DESPATCH.format(signature="CHARLES FRANCIS ADAMS."), resources)
    assert "CORRESPONDENCE WITH" not in xml.split("<text")[1]
    assert "receipt of Mr. <persName" in xml


WRAPPED_DESPATCH = (
    "No. 488.]                     Mr. Dayton to Mr. Seward.\n\n"
    "            LEGATION OF THE UNITED STATES,\n"
    "                    Paris, June 24, 1864.\n\n"
    "  SIR: I have the honor to inclose a copy of my note to Mr. Drouyn\n"
    "de Lhuys of the 20th instant, respecting the presence at Cherbourg\n"
    "of the Kearsarge, and of his reply. The minister assures me that\n"
    "the imperial government will observe the strictest neutrality.\n"
    "  I have the honor to be, sir, your obedient servant,\n"
    "                                        {signature}\n"
    "  Hon. WILLIAM H. SEWARD,\n"
    "        Secretary of State, Washington, D. C.\n"
)


def test_a_short_capitals_signature_under_a_closing_formula_signs(resources: Resources) -> None:
    for signature in ("WM. L. DAYTON.", "JNO. BIGELOW."):
        facts = text_facts(WRAPPED_DESPATCH.format(signature=signature), resources)
        assert facts["signed"] == signature


NSC_RECORD = (
    "97. Summary Record of the 524th Meeting of the National Security Council1\n\n"
    "Washington, March 27, 1964, 12:10 p.m.\n\n"
    "[Here follows a list of participants.]\n\n"
    "Secretary McNamara summarized the report he had made on his return from Saigon.\n\n"
    "Bromley Smith\n"
    "  1. Source: Johnson Library, National Security File, NSC Meetings File. Top Secret.\n"
)


def test_a_summary_record_of_a_meeting_is_its_record(resources: Resources) -> None:
    assert text_facts(NSC_RECORD, resources)["doc_type"] == "record of conversation"


FOR_THE_AMBASSADOR = (
    "765.00/5–1452 : Despatch\n"
    "The Ambassador in Italy (Dunn) to the Department of State\n"
    "CONFIDENTIAL                        ROME, May 14, 1952.\n"
    "No. 2871\n"
    "  The Embassy has the honor to transmit herewith a memorandum prepared by the\n"
    "Consul General at Naples on the prospects of the forthcoming local elections.\n"
    "                                        For the Ambassador:\n"
    "                                             LLEWELLYN E. THOMPSON\n"
    "                                                 {office}\n"
)


def test_a_counselor_s_office_under_the_signature_is_no_signer(resources: Resources) -> None:
    for office in ("Minister-Counselor", "Counselor of Embassy"):
        xml = text_xml(FOR_THE_AMBASSADOR.format(office=office), resources)
        assert f'<persName ref="#per-{office.split()[0].casefold()}' not in xml
        assert "Llewellyn Thompson" in text_facts(
            FOR_THE_AMBASSADOR.format(office=office), resources)["sender"]
