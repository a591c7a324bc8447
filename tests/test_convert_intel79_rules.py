"""Rules for intelligence documents in forms not sampled before (intel79):

- a Red Army intelligence telegram in translation (`Intelligence Directorate of the General
  Staff of the Red Army`, `Razvedupr`) is a decrypt whose agents sign with cover names (table
  `decrypt-evidence`, row `military-intelligence`);
- its notes numbered with a stop that gloss cover names without anchors in the text (`1.
  RAMSAY: Richard SORGE, ...`, table `footnotes`) are the document's notes, not the page's
  foot nor a repost's tail (`footnotes.glossed_notes_below`, `footnotes._cover_glosses`),
  and they resolve the cover names (the signature's `RAMSAY` gives the sender); the
  unplaced notes read their glosses too (`InlineReader.note_content`);
- `Deciphered: 2 June 1941, 11.30` with the month's name is a transmission line (table
  `heading`);
- `telex` names a telegram (table `doc-types`), so its `TELEX No.` is the telegram's number;
- a three-letter cover name a note glosses (`OTT: Eugen OTT, ...`) is a cover name in the
  text too, not an acronym (`CoverNames.glossed_short_spans`);
- the White House Situation Room's serial `WHS 0214` is the message's number (row
  `cable-number`), its `SUBJECT:` the title (`form_titles.situation_room_title`), and a seat
  of government alone on a first heading line (`THE WHITE HOUSE`) the place of origin with
  its city (`seats.heading_seat`);
- a presidential library or the Nixon materials project named on one line with files and
  box is the archival reference (table `archival-reference`);
- the CIA's foreign documents report (FDD form of 1949-1955) has its two-line labels joined
  with their values (`pages/fdd_report.py`, table `fdd-report`), is dated by `DATE DIST.`,
  and its `- E N D -` is a processing line;
- (seen on the held samples) the page's date alone under a bare `Document` panel heading is
  the page's date over its title, no value of that panel (`pages/fields._is_value`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

RAZVEDUPR = ("From: Tokyo\nFrom whom: RAMSAY\n"
             "To: Director, Intelligence Directorate of the General Staff of the Red Army\n"
             "Date of despatch: 1 June 1941\nReceived: 2 June 1941, 04.15\n"
             "Deciphered: 2 June 1941, 11.30\n\nTo the Director.\n\n"
             "OTT believes that war is now certain.\n\nRAMSAY\n\nNotes\n"
             "1. RAMSAY: Richard SORGE, resident in Tokyo.\n"
             "2. OTT: Eugen OTT, German Ambassador.\n")


def test_razvedupr_notes_resolve_the_signing_cover_name(resources: Resources) -> None:
    facts = text_facts(RAZVEDUPR, resources)
    assert facts["sender"] == ["Richard Sorge"]
    assert facts["notes"] == 2
    assert facts["date_received"] == "1941-06-02T04:15"
    xml = text_xml(RAZVEDUPR, resources)
    assert '<ab type="registry" subtype="transmission">Deciphered:' in xml
    assert '<persName ref="#per-eugen-ott">OTT</persName> believes' in xml


def test_numbered_capitals_notes_outside_a_decrypt_stay_as_they_were(
        resources: Resources) -> None:
    text = ("MEMORANDUM\n\nWashington, 3 May 1962\n\nThe meeting was short.\n\nJ. Smith\n\n"
            "Notes\n1. SUBJECT: the meeting of 2 May.\n")
    assert text_facts(text, resources)["notes"] == 0


def test_telex_number_is_the_telegrams(resources: Resources) -> None:
    text = ("Ministry for State Security\nDistrict Administration Leipzig\n\n"
            "Leipzig, 9 October 1989\n\nTELEX No. 418/89\n\nTo the\nMinister for State Security\n"
            "Comrade Army General Mielke\n\nThe situation is calm.\n\nHummitzsch\n")
    facts = text_facts(text, resources)
    assert facts["doc_type"] == "telegram" and facts["telegram_number"] == "418/89"
    assert facts["sender"] == ["Manfred Hummitzsch"]


def test_situation_room_message(resources: Resources) -> None:
    text = ("THE WHITE HOUSE\nSITUATION ROOM\n\nWHS 0214\n\nDATE: 18 SEPTEMBER 1970\n\n"
            "TO: THE PRESIDENT\nFROM: HENRY A. KISSINGER\nSUBJECT: JORDAN - EVENING SITUATION\n\n"
            "1. FIGHTING CONTINUED IN AMMAN.\n\n"
            "NIXON PRESIDENTIAL MATERIALS PROJECT, NSC FILES, BOX 615, JORDAN VOL. V\n")
    facts = text_facts(text, resources)
    assert facts["title"] == "JORDAN - EVENING SITUATION"
    assert facts["telegram_number"] == "WHS 0214"
    assert facts["place_of_origin"] == "White House"  # the seat, its city beside it
    assert '<placeName ref="#pla-washington">Washington</placeName>' in text_xml(text, resources)
    assert facts["archive_idno"] == "NSC FILES, BOX 615, JORDAN VOL. V"


def test_foreign_documents_report_labels(resources: Resources) -> None:
    text = ("CENTRAL INTELLIGENCE AGENCY\nINFORMATION FROM\nFOREIGN DOCUMENTS OR RADIO BROADCASTS\n"
            "REPORT\nCOUNTRY          China\nSUBJECT          Sociological - Land reform\n"
            "WHERE\nPUBLISHED        Peking\nDATE\nPUBLISHED        3 Feb 1951\n"
            "DATE DIST.       27 Feb 1951\nSOURCE           New China News Agency.\n"
            "Land reform has been completed in southern Kiangsu.\n- E N D -\n")
    facts = text_facts(text, resources)
    assert facts["date"] == "1951-02-27" and facts["place_of_origin"] is None
    xml = text_xml(text, resources)
    assert "WHERE PUBLISHED: <placeName" in xml
    assert '<ab type="registry" subtype="other">E N D -</ab>' in xml


def test_page_date_under_a_bare_document_heading(resources: Resources) -> None:
    text = ("Wilson Center Digital Archive\nDocument\n\nApril 11, 1983\n"
            "Stasi HV A Information on the Position of the SPD on the Missiles\n\n"
            "Ministry for State Security\nMain Administration A\nBerlin, 11 April 1983\n\n"
            "Information No. 147/83\n\nThe SPD will decide in the autumn.\n\n"
            "Document Information\nSource: BStU, MfS, HV A, Nr. 41, Bl. 102-104.\n")
    facts = text_facts(text, resources)
    assert facts["title"] == "Stasi HV A Information on the Position of the SPD on the Missiles"
    assert "April 11" not in (facts["archive_idno"] or "")
