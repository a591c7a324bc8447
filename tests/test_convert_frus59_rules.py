"""Rules for FRUS documents of the 1860s-1920s, the 1930s-40s and 1969-1980s as the
Office of the Historian's pages, its e-books and the print volumes give them (frus59):

- history.state.gov titles a nineteenth-century document with its number and the
  correspondents by courtesy title (`201. Mr. Washburne to Mr. Fish`): the heading (table
  `frus`), sender and addressee, over the despatch's number alone (`No. 874.]`);
- the page's breadcrumb copied with its chevrons (`Home › Historical Documents › ... ›
  Document 512`), the volume's title without the colon (`Foreign Relations of the United
  States Diplomatic Papers, 1939, ...`), the old volumes' long title (`Papers Relating to
  the Foreign Relations of the United States, ...`) and the foot line `Created by the
  Office of the Historian` are page furniture (so the file, heading and receipt line open
  the document, and the notes at the page's end are read);
- an opening dateline that says the document is undated (`Washington, undated.`, table
  `undated-dateline`) is the dateline: the place of sending, no date; in a FRUS telegram it
  is a heading line, so the number under it is read;
- a White House backchannel number over its series (`WH60781/Tohak 112.`) is the telegram's
  number (table `frus-number`); a first point run on after the number (`... 112. 1. The
  President ...`) over a paragraph opening `2.` opens the list;
- a page copy's notes numbered without a stop, the source note first (`1 Source: ...` /
  `2 See Document 236.`), are the page's note list: their glued anchors are placed; a
  number's thousands after its separator (`17,000`) are never an anchor;
- register: Thiers, MacMahon and the Duke de Broglie (the Paris legation of the 1870s), Ron
  Nessen, `Asad` (FRUS's Hafez al-Assad), `Bonnet` a surname in office; Kirkwall, Bergen and
  Baltimore; the Library of Congress (a source note's repository, not the Congress) and the
  Strategic Arms Limitation Talks (`SUBJECT:` / `SALT`: no person).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

DESPATCH = (
    "Office of the Historian\n"
    "Papers Relating to the Foreign Relations of the United States, Transmitted to Congress, "
    "With the Annual Message of the President, December 4, 1871\n"
    "Document 97\n"
    "97. Mr. Washburne to Mr. Fish\n\n"
    "No. 402.]\n\n"
    "Legation of the United States,\n"
    "Paris, June 2, 1871. (Received June 19.)\n\n"
    "Sir: I have the honor to inform you that M. Thiers received the diplomatic body "
    "yesterday at Versailles.\n\n"
    "I have, &c.,\n\n"
    "E. B. WASHBURNE.\n\n"
    "Created by the Office of the Historian\n"
)


def test_a_numbered_courtesy_heading_names_both_parties(resources: Resources) -> None:
    facts = text_facts(DESPATCH, resources)
    assert facts["title"] == "Mr. Washburne to Mr. Fish"
    assert facts["addressee"] == ["Hamilton Fish"]
    assert facts["doc_type"] == "letter"


def test_the_historian_foot_line_and_old_volume_title_are_furniture(
        resources: Resources) -> None:
    xml = text_xml(DESPATCH, resources)
    assert "Created by the Office" not in xml.split("<text")[1]
    assert "Papers Relating" not in xml.split("<text")[1]
    assert "per-adolphe-thiers" in xml


TELEGRAM = (
    "Home › Historical Documents › Foreign Relations of the United States Diplomatic Papers, "
    "1939, General, Volume I › Document 390\n"
    "740.00/1799: Telegram\n"
    "The Ambassador in France (Bullitt) to the Secretary of State\n"
    "Paris, August 24, 1939—noon.\n"
    "[Received August 24—8:12 a.m.]\n"
    "1511. Bonnet said this morning that the Government would stand by Poland.\n"
    "Bullitt\n"
)


def test_a_chevron_breadcrumb_is_furniture_and_the_receipt_a_heading_line(
        resources: Resources) -> None:
    xml = text_xml(TELEGRAM, resources)
    assert '<ab type="registry" subtype="transmission"><supplied reason="omitted">Received' in xml
    assert "Home ›" not in xml
    facts = text_facts(TELEGRAM, resources)
    assert facts["date_received"] == "1939-08-24T08:12"
    assert "Georges Bonnet" in xml


BACKCHANNEL = (
    "150. Backchannel Message From the President’s Deputy Assistant for National Security "
    "Affairs (Scowcroft) to Secretary of State Kissinger, in Jerusalem1\n\n"
    "Washington, undated.\n\n"
    "WH50519/Tohak 77. 1. The President has read your report on the talks with Asad. "
    "Some 12,500 tons can be shipped at once.2\n\n"
    "2. Nessen will say nothing at the briefing.\n\n"
    "1 Source: Ford Library, National Security Adviser, Kissinger Trip Briefing Books and "
    "Cables, Box 4. Secret; Sensitive; Eyes Only.\n"
    "2 See Document 141.\n"
    "Previous\nNext\n"
    "Created by the Office of the Historian\n"
)


def test_an_undated_dateline_gives_the_place_and_no_date(resources: Resources) -> None:
    facts = text_facts(BACKCHANNEL, resources)
    assert facts["place_of_origin"] == "Washington"
    assert facts["date"] is None
    assert "<dateline><placeName" in text_xml(BACKCHANNEL, resources)


def test_a_backchannel_number_with_its_series_and_a_run_on_first_point(
        resources: Resources) -> None:
    facts = text_facts(BACKCHANNEL, resources)
    assert facts["telegram_number"] == "WH50519/Tohak 77"
    assert facts["numbered_points"] == 2


def test_stopless_page_notes_are_placed_at_their_anchors(resources: Resources) -> None:
    xml = text_xml(BACKCHANNEL, resources)
    assert 'at once.<note place="foot" n="2">' in xml
    assert "12,500 tons" in xml
    assert "per-hafez-al-assad" in xml and "per-ron-nessen" in xml


def test_contraband_ports_are_register_places(resources: Resources) -> None:
    text = ("File No. 763.72112/3501\n\n"
            "The Ambassador in Great Britain (Page) to the Secretary of State\n\n"
            "[Telegram]\n\n"
            "LONDON, March 20, 1917, 6 p. m.\n\n"
            "5901. The steamer from Baltimore to Bergen is held at Kirkwall.\n\n"
            "PAGE.\n")
    xml = text_xml(text, resources)
    for place in ("pla-baltimore", "pla-bergen", "pla-kirkwall"):
        assert f'ref="#{place}"' in xml


def test_salt_and_the_library_of_congress_are_no_person_or_congress(
        resources: Resources) -> None:
    text = ("22. Memorandum of Conversation1\n\n"
            "Washington, March 30, 1977, 3 p.m.\n\n"
            "SUBJECT:\nSALT\n\n"
            "Gromyko said that the Soviet side could not accept the proposal.\n\n"
            "1 Source: Library of Congress, Manuscript Division, Kissinger Papers, Box 3. "
            "Secret.\n")
    xml = text_xml(text, resources)
    assert 'ref="#org-strategic-arms-limitation-talks">SALT<' in xml
    assert 'ref="#org-library-of-congress">Library of Congress<' in xml
    assert "per-salt" not in xml
