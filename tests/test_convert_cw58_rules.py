"""Rules for British and Commonwealth archive pages and their documents (cw58):

- a catalogue record's one-line description, over its reference and holding archive (the UK
  National Archives' Discovery: `Reference:`, `Description:`, `Held by:`), is the title even
  when it opens with no document type; it describes the file, so it names no parties and the
  document's own form line gives its type first (`pages/catalogue_title.py`);
- Discovery's chrome (`Discovery`, `Search Discovery`, `Browse by hierarchy`, `Image 7 of 96`)
  and the Government of Canada page's `Date modified: 2019-11-05` are page furniture; Crown
  copyright and Open Government Licence lines go to the header's availability;
- a record page's short lines over a title keep no line closed by a full date (a DCER
  telegram's `Secret. Immediate.    Ottawa, August 3, 1956`: `record_top.record_line`), and
  DCER's number may stand as `Document 74.` over the department's file;
- a Dominions or Commonwealth Relations Office circular's `D. No. 345.` is its number (no
  `D.` despatch time);
- an Archives New Zealand item code (`ABHS 950 W4627 Box 1423 / 111/12/3 part 2`) is the
  shelfmark, Archives New Zealand its repository;
- the British Prime Minister's personal minute signed with initials alone (`A.E.`, `W.S.C.`)
  is signed by the Prime Minister of the document's year when the initials are his (table
  `initialled-forms`, `short_signatures.py`);
- the Thatcher Foundation's telegram title (`FCO to UKE Washington ("...") [Pym telegram
  no.1256]`) names the two posts as the parties, not its quoted subject or its note;
- London's `S.W.1` after an office is the British Foreign Office's context, and `Bonn` in a
  telegram's `Repeated to` line is no evidence for the West German one;
- a Whitehall letter's `From the Private Secretary` under the letterhead is part of it (no
  sender line of a cable form), so `Dear ...` and `Yours ever` make it a letter; its
  addressee at the foot with `Esq` and no stops (`A J Coles Esq`) is the addressee, and the
  street under it (`10 Downing Street`) no footnote.
"""

from __future__ import annotations

from tei.convert import Resources
from tei.convert.context import Context
from tei.convert.parties import title_parties
from tests.cases import text_facts, text_xml

DISCOVERY = (
    "Discovery\nReference: PREM 11/1098\n"
    "Description: Suez Canal: Prime Minister's personal minutes to the Foreign Secretary\n"
    "Date: 1956 Aug-Sept\nHeld by: The National Archives, Kew\n\nImage 14 of 212\n\n"
    "TOP SECRET\n\nPRIME MINISTER'S\nPERSONAL MINUTE\nSERIAL No. M.171/56\n\n"
    "FOREIGN SECRETARY.\n\nI have read Mr. Dulles's message of last night.\n\n{signed}\n\n4.8.56.\n"
)


def test_a_discovery_description_is_the_title_and_names_no_parties(resources: Resources
                                                                   ) -> None:
    facts = text_facts(DISCOVERY.format(signed="A.E."), resources)
    assert facts["title"] == ("Suez Canal: Prime Minister's personal minutes to the Foreign "
                              "Secretary")
    assert facts["doc_type"] == "memorandum"
    assert "Image 14 of 212" not in text_xml(DISCOVERY.format(signed="A.E."), resources)


def test_a_prime_minister_s_initials_are_the_prime_minister_of_the_year(resources: Resources
                                                                      ) -> None:
    assert text_facts(DISCOVERY.format(signed="A.E."), resources)["sender"] == ["Anthony Eden"]
    assert text_facts(DISCOVERY.format(signed="H.M."), resources)["sender"] == []


DCER = (
    "Document 74.\n\nDEA/50372-40\n\n"
    "The Secretary of State for External Affairs to the High Commissioner in the United "
    "Kingdom\n\nTELEGRAM EX-1344\nSecret. Immediate.    Ottawa, August 3, 1956\n\n"
    "SUEZ CANAL CONFERENCE\n\nReference: Your telegram No. 1110 of August 2.\n\n"
    "We do not think that Canada should ask to be included.\n\nDate modified: 2020-03-17\n"
)


def test_a_dcer_dateline_under_its_number_stays_the_document_s(resources: Resources) -> None:
    facts = text_facts(DCER, resources)
    assert facts["telegram_number"] == "EX-1344"
    assert facts["date"] == "1956-08-03"
    assert facts["place_of_origin"] == "Ottawa"
    assert facts["archive_idno"] == "DEA/50372-40"


CIRCULAR = (
    "Item: ABHS 950 W4627 Box 1423 / 111/12/3 part 2\n\nCIRCULAR TELEGRAM.\n\nD. No. 345.\n\n"
    "From the Secretary of State for Dominion Affairs to the Governments of Canada and New "
    "Zealand.\n\n(Sent 10.45 p.m., 1st September, 1939.)\n\nFollowing for Prime Minister.\n\n"
    "Crown copyright\n"
)


def test_a_circular_s_d_number_and_a_new_zealand_item_code(resources: Resources) -> None:
    facts = text_facts(CIRCULAR, resources)
    xml = text_xml(CIRCULAR, resources)
    assert facts["telegram_number"] == "D. No. 345"
    assert facts["archive_idno"] == "ABHS 950 W4627 Box 1423 / 111/12/3 part 2"
    assert "<repository>Archives New Zealand</repository>" in xml
    assert "<p>Crown copyright</p>" in xml.split("<text")[0]


def test_a_foundation_title_names_the_posts(resources: Resources) -> None:
    ctx = Context(resources, "t", text="", warnings=[])
    title = 'FCO to UKE Washington ("Falklands: Security Council veto") [Pym telegram no.1256]'
    assert title_parties(title, ctx) == ("FCO", "UKE Washington")


FO_OUTWARD = (
    "FOREIGN OFFICE, S.W.1.\n\nRepeated to Paris and Bonn.\n\n"
    "I agree that you should speak to Mr. Dulles.\n\nSELWYN LLOYD\n"
)


def test_whitehall_s_postal_district_is_the_british_office(resources: Resources) -> None:
    assert 'ref="#org-foreign-office"' in text_xml(FO_OUTWARD, resources)


WHITEHALL = (
    "FOREIGN AND COMMONWEALTH OFFICE\nLondon SW1A 2AH\n\nFrom the Private Secretary\n\n"
    "2 June 1982\n\nDear Clive,\n\nThe Foreign Secretary has seen the message and recommends "
    "a reply on the lines of the enclosed draft.\n\nYours ever,\n\nBrian Fall\n\n"
    "A J Coles Esq\n10 Downing Street\n"
)


def test_a_private_secretary_s_letter_and_its_foot_address(resources: Resources) -> None:
    facts = text_facts(WHITEHALL, resources)
    xml = text_xml(WHITEHALL, resources)
    assert facts["doc_type"] == "letter"
    assert 'subtype="letterhead">From the Private Secretary</ab>' in xml
    assert any("Coles" in name for name in facts["addressee"])
    assert '<note place="foot" n="10">' not in xml
