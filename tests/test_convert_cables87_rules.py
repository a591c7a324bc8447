"""Rules for US and other cables as published online, learnt from real pages (cables87: a
Lebanese daily's Cablegate pages on a mirror, Cablegate mirrors and a blog's repost, a news
site's Cablegate post, PlusD pages of 1974-1979, a document store's text of a British FCO
telegram, a Canadian telegram's OCR, CIA reading room records, a Venona translation in an
e-paper viewer):

- a newspaper's cable page (Al-Akhbar): its issue line, the cable's record on one line with
  each label glued to its value (`07DAMASCUS1188 Date14/11/2007 09:41 OriginEmbassy Damascus
  ClassificationCONFIDENTIAL Header`), `Excerpt from document summary` over the excerpt,
  `Full Document` and `Content`: the id a source identifier, the excerpt the summary, the
  labels page text, the cable read from its routing header (`pages/cable_digest.py`, table
  `cable-digest`);
- a SMART cable's corrected-copy caption (`C O R R E C T E D COPY CAPTION`) is a heading
  line (`heading-us-cable` row `handling`), so the distribution lines under it stay heading
  lines;
- officers' surnames parted by slashes after an office's `FOR` (`NSC FOR
  ABRAMS/YERGER/MCDERMOTT`): each a person, five letters or more, never office symbols or
  agencies (`heading-us-cable` row `info`);
- a Department office's symbol before `FOR` and the officer (`AF/E FOR MARIA BEYZEROV`,
  `heading-us-cable` row `info`);
- a British diplomatic telegram run onto one line (`GRS 820 ... FROM FCO 18190OZ NOVEMBER
  1982 IMMEDIATE TO WASHINGTON TELEGRAM NUMBER 2037 OF 17 NOVEMBER ... REPEATED FOR
  INFORMATION PRIORITY TO ...`): each item a heading line (`flattened-heading` rows
  `uk-groups`, `uk-from`, `uk-to`, `uk-number`, `uk-repeated`);
- a document store's viewer lines (`• Upload`, `Embed Size (px)`, `Citation preview`): page
  furniture (`page-furniture` row `document-host`), no sender `Embed Size`;
- a title naming a request, invitation or plan to do something (`PRIME MINISTER OFFICIAL
  REQUEST TO MEET WITH`): a subject, no addressee `Meet` (`title-shapes` rows `subject`);
- a repost's Cablegate record table with its labels on one row (`Reference ID Created
  Released Classification Origin`), perhaps run together with the cable's address on
  wikileaks.org and the id: the id a source identifier, the address the source url, the
  creation time the page's date (`pages/cablerecord.py`, rows `label-row`);
- a headline's verb in title case right after a title (`Cablegate: Ambassador Presents
  Credentials to President`): the title names no one (`titled_names._headline_verb`);
- register: George W. Bush (`President Bush` in 2001-2009; the with-title form no longer
  fixes `President Bush` to his father), Michel Sleiman, Zalmay Khalilzad, Alejandro Wolff,
  Kristie A. Kenney, Gloria Macapagal Arroyo, Navinchandra Ramgoolam, Umaru Yar'Adua,
  Goodluck Jonathan, Iajuddin Ahmed, Friedrich Ruth.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

DIGEST = ("العدد ١٠٠١ الأحد ٥ كانون الأول ٢٠١٠\n\n\n"
          "06AMMAN2210 Date03/04/2006 11:02 OriginEmbassy Amman ClassificationSECRET Header\n\n"
          "Excerpt from document summary\n(C) The Minister said the talks would go on.\n\n\n"
          "Full Document\nVZCZCXRO1234\nPP RUEHDE\nDE RUEHAM #2210/01 0931102\n"
          "ZNY SSSSS ZZH\nP 031102Z APR 06\nFM AMEMBASSY AMMAN\n"
          "TO RUEHC/SECSTATE WASHDC PRIORITY 1188\nContent\nS E C R E T AMMAN 002210\n\n"
          "SIPDIS\n\nC O R R E C T E D COPY CAPTION\nNSC FOR WHITCOMB/PELLEGRINO/ASHFORD\n"
          "NEA/ELA FOR MARTA QUILLEN\n\nE.O. 12958: DECL: 04/02/2016\nTAGS: PREL, JO\n"
          "SUBJECT: JORDAN: TALKS TO GO ON\n\n1. (C) The Minister said the talks would go on.\n")


def test_newspaper_cable_page_record_and_labels(resources: Resources) -> None:
    facts = text_facts(DIGEST, resources)
    assert facts["archive_idno"] == "06AMMAN2210"
    assert facts["doc_type"] == "cable"
    assert facts["telegram_number"] == "002210"
    assert facts["place_of_origin"] == "Amman"
    assert facts["summary"] == "(C) The Minister said the talks would go on."


def test_corrected_copy_caption_is_a_heading_line(resources: Resources) -> None:
    xml = text_xml(DIGEST, resources)
    assert '<ab type="registry" subtype="handling">C O R R E C T E D COPY CAPTION</ab>' in xml


def test_slashed_officers_after_for(resources: Resources) -> None:
    xml = text_xml(DIGEST, resources)
    for name in ("WHITCOMB", "PELLEGRINO", "ASHFORD"):
        assert f'">{name}</persName>' in xml
    assert not any(f'">{office}</persName>' in xml for office in ("NEA", "ELA"))


def test_office_symbol_before_for(resources: Resources) -> None:
    xml = text_xml(DIGEST, resources)
    assert '">MARTA QUILLEN</persName>' in xml


FCO = ("3\nCONFIDENTIAL GRS 300 CONFIDENTIAL FROM FCO 09120OZ MAY 1984 IMMEDIATE TO PARIS "
       "TELEGRAM NUMBER 512 OF 9 MAY 55102 - 3 REPEATED FOR INFORMATION ROUTINE TO BONN "
       "WASHINGTON CHANNEL TUNNEL 1. PLEASE TELL THE MINISTER THAT WE SHALL REPLY BY FRIDAY. "
       "THE DRAFT TREATY IS NEARLY READY AND OUR LAWYERS HAVE SEEN IT. 2. WE HOPE THAT THE "
       "FRENCH SIDE WILL AGREE TO MEET IN LONDON BEFORE THE END OF THE MONTH. 3. YOU SHOULD "
       "ALSO SAY THAT THE PRIME MINISTER ATTACHES GREAT IMPORTANCE TO AN EARLY DECISION.\n\n"
       "  • Upload\n    others\n\n  • Download\n    1\n\nEmbed Size (px)\n\nCitation preview\n")


def test_flattened_british_telegram(resources: Resources) -> None:
    facts = text_facts(FCO, resources)
    assert facts["doc_type"] == "telegram"
    assert facts["telegram_number"] == "512"
    assert facts["date"] == "1984-05-09"


def test_store_viewer_lines_are_furniture(resources: Resources) -> None:
    facts = text_facts(FCO, resources)
    assert "Embed Size" not in facts["sender"]
    assert "Embed Size" not in text_xml(FCO, resources)


MIRROR = ("PRIME MINISTER OFFICIAL REQUEST TO MEET WITH\n\nR 101200Z MAR 09\n"
          "FM AMEMBASSY PORT LOUIS\nTO SECSTATE WASHDC 4400\n"
          "C O N F I D E N T I A L PORT LOUIS 000080\n"
          "SUBJECT: PRIME MINISTER OFFICIAL REQUEST TO MEET WITH\nPRESIDENT OBAMA\n"
          "1. (SBU) Post received the letter.\n")


def test_request_to_title_names_no_addressee(resources: Resources) -> None:
    xml = text_xml(MIRROR, resources)
    assert '">Meet</persName>' not in xml
    assert 'xml:id="per-meet"' not in xml


REPOST = ("Jan 122012\n \n\nhttp://wikileaks.org/cable/2008/02/08LUSAKA140.html# "
          "Reference ID Created Released Classification Origin 08LUSAKA140\n"
          "2008-02-11 09:15\n2011-08-30 01:44\nUNCLASSIFIED\nEmbassy Lusaka\n\n"
          "R 110915Z FEB 08\nFM AMEMBASSY LUSAKA\nTO SECSTATE WASHDC 5512\n"
          "UNCLAS LUSAKA 000140\n\nSIPDIS\n\nE.O. 12958: N/A\nTAGS: PGOV, ZA\n"
          "SUBJECT: ZAMBIA: BUDGET DEBATE\n\n1. (U) Parliament opened the debate.\n")


def test_label_row_with_the_cables_address(resources: Resources) -> None:
    facts = text_facts(REPOST, resources)
    assert facts["archive_idno"] == "08LUSAKA140"
    assert facts["source_url"] == "http://wikileaks.org/cable/2008/02/08LUSAKA140.html"
    assert facts["date"] == "2008-02-11"


def test_president_bush_by_the_documents_year(resources: Resources) -> None:
    later = text_xml("MEMORANDUM\n\nWashington, May 3, 2008\n\nPresident Bush met the "
                     "Prime Minister.\n", resources)
    earlier = text_xml("MEMORANDUM\n\nWashington, May 3, 1990\n\nPresident Bush met the "
                       "Prime Minister.\n", resources)
    assert 'ref="#per-george-w-bush"' in later
    assert 'ref="#per-george-h-w-bush"' in earlier


def test_headline_verb_after_a_title(resources: Resources) -> None:
    xml = text_xml("Cablegate: Ambassador Presents Credentials to President\n\n"
                   "Ambassador Hills spoke. Secretary Vance Meets Gromyko.\n", resources)
    assert '">Presents Credentials</persName>' not in xml
    assert 'per-presents' not in xml
    assert '">Hills</persName>' in xml
    assert '">Vance</persName>' in xml
