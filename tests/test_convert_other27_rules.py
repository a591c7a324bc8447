"""Rules found on the blind sample other27 (archives other than the Wilson Center: an Omeka
XML export of a Canadian letter, a Comintern telegram on the Marxists Internet Archive, a
Qatar Digital Library folio, PlusD and National Security Archive cables, a War Office cipher
telegram form, The Colonial Despatches, FRUS 1977-80 memoranda of conversation): an item
exported as XML keeps only the text of its `<text>` elements, its `uri` the source URL; a
form's party label alone on its line takes the next line as its value; the War Office's
cipher form gives its number and day (`No 8 cipher 22 Sep.`) and its receipt (`Recd. 241100
Sep 45.`); the Canadian numbered letter form's heading names the form; a cable's
letter-spaced classification with its section and post number ends its line and a channel
line in capitals (`FOR SHINN FROM GARRISON`) names the parties; a reprint introducing `the
following telegram` sent is a telegram, a two-line title block is an article's author over
its title; The Colonial Despatches' `Surname to Surname (office)` over the date line titles
the page and names the parties; the Qatar Digital Library's heading gives the title and the
file's reference; initials going on (`U.K.P.D.`) are no country, a role after a comma
(`Interpreter`) and a verb in capitals (`ADDRESSED`) no name."""

from __future__ import annotations

import pytest

from tests.cases import text_facts, text_xml

_OMEKA_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<item xmlns="http://omeka.org/schemas/omeka-xml/v5" itemId="7" public="1" '
    'uri="https://archive.example.net/items/show/7?output=omeka-xml">\n'
    "  <fileContainer>\n    <file fileId=\"9\">\n"
    "      <src>https://archive.example.net/files/original/ab12.pdf</src>\n"
    "      <authentication>ff00aa11</authentication>\n"
    "      <elementSetContainer>\n        <elementSet elementSetId=\"31\">\n"
    "          <name>PDF Text</name>\n          <elementContainer>\n"
    "            <element elementId=\"131\">\n              <name>Text</name>\n"
    "              <elementTextContainer>\n                <elementText elementTextId=\"5\">\n"
    "                  <text>")
_OMEKA_FOOT = ("</text>\n                </elementText>\n              </elementTextContainer>\n"
               "            </element>\n          </elementContainer>\n        </elementSet>\n"
               "      </elementSetContainer>\n    </file>\n  </fileContainer>\n</item>\n")


@pytest.mark.parametrize(("document", "doc_type"), [
    # a Canadian numbered letter form (the sample's layout)
    ("FILE COPY\n\nLetter No.... 512\n\nSECRET.\n\nFROM:\n\nThe Canadian Ambassador, "
     "Washington, D. C.\n\nTO:\n\nTHE UNDER-SECRETARY OF STATE FOR EXTERNAL AFFAIRS, CANADA"
     "\n\nI attach the paper on tariffs &amp; quotas that the Department asked for.",
     "letter"),
    # a typed memorandum's text, no form
    ("MEMORANDUM FOR THE MINISTER\n\nTrade &amp; Tariffs\n\nThe delegation will arrive on "
     "Tuesday and stay for three days of talks.", "memorandum"),
])
def test_an_omeka_export_keeps_its_text_only(document, doc_type, resources) -> None:
    text = _OMEKA_HEAD + document + _OMEKA_FOOT
    xml = text_xml(text, resources)
    facts = text_facts(text, resources)
    assert facts["source_url"] == "https://archive.example.net/items/show/7?output=omeka-xml"
    assert facts["doc_type"] == doc_type
    body = xml[xml.index("<text"):]
    assert "fileContainer" not in body and "authentication" not in body
    assert "&amp;amp;" not in xml and "&amp;" in body  # unescaped once, escaped by the TEI


def test_a_page_without_an_export_head_is_untouched(resources) -> None:
    text = "<text>not an export</text>\n\nThe delegation will arrive on Tuesday."
    assert "not an export" in text_xml(text, resources)


_CIPHER_TEXT = ("Request early confirmation that the stores allotted will sail as planned.\n\n"
                "Copies to:-\n\nD.M.O.\n")


@pytest.mark.parametrize(("heading", "place"), [
    # the sample's War Office form, every line set off by a blank line
    ("CIPHER TELEGRAM\n\n4471\n\nThis message will not be distributed outside British "
     "Government Departments or Headquarters or re-transmitted, even in cipher, without being "
     "paraphrased.\n\n051218.\n\nRecd. 031740 Nov 45.\n\nFrom: -\n\nC. in C. Hong Kong.\n\n"
     "KM 021905.\n\nTo:-\n\nThe War Office.\n\nIMMEDIATE\n\nNo 214 cipher 2 Nov.\n\nSECRET,"
     "\n\n", "Hong Kong"),
    # without blank lines or the notice, the label's dash glued
    ("CIPHER TELEGRAM\nRecd. 031740 Nov 45.\nFrom:-\nC. in C. Singapore.\nTo:-\n"
     "The War Office.\nNo 214 cypher 2 Nov.\nSECRET,\n", "Singapore"),
])
def test_the_war_office_cipher_form(heading, place, resources) -> None:
    facts = text_facts(heading + _CIPHER_TEXT, resources)
    assert facts["telegram_number"] == "214"
    assert facts["date"] == "1945-11-02"
    assert facts["date_received"] == "1945-11-03T17:40"
    assert facts["place_of_origin"] == place
    assert facts["doc_type"] == "telegram"


@pytest.mark.parametrize("head", [
    # the sample's PlusD printout, hard-wrapped at 60 characters
    ("CONFIDENTIAL\nPAGE 01\nMOSCOW 30511 01 OF 02 081200Z\nACTION EUR-03\n"
     "P 081140Z DEC 78\nFM AMEMBASSY MOSCOW\nTO SECSTATE WASHDC PRIORITY 0051\n"
     "C O N F I D E N T I A L SECTION 01 OF 02 MOSCOW 30511\n"
     "NO DISTRIBUTION OUTSIDE EUR/SOV - 3 COPIES ONLY\nFOR PALMER FROM HOLLISTER\n"),
    # a cable without its page header and handling line
    ("FM AMEMBASSY MOSCOW\nTO SECSTATE WASHDC PRIORITY 0051\n"
     "C O N F I D E N T I A L SECTION 01 OF 02 MOSCOW 30511\nFOR PALMER FROM HOLLISTER\n"),
])
def test_a_sectioned_cable_and_its_channel_line(head, resources) -> None:
    text = head + ("E.O. 12065: GDS - 12/8/84 (HOLLISTER, JOHN) OR-M\nTAGS: OGEN\n"
                   "SUBJECT: OFFICIAL-INFORMAL\n1. (C-ENTIRE TEXT) WE HAVE RECEIVED A LETTER "
                   "FROM THE OFFICE OF THE SECRETARY\nADDRESSED TO AMBASSADOR STOESSEL, "
                   "AMERICAN AMBASSADOR, MOSCOW.\n")
    facts = text_facts(text, resources)
    assert facts["telegram_number"] == "30511"
    # (cables65) where the channel line stands in the heading, the E.O. line's `(HOLLISTER,
    # JOHN)` gives the local entry its given name; without the date-time group no year tells
    # the register's one Palmer (Joseph Palmer 2d) from a namesake
    assert facts["sender"] in (["Hollister"], ["John Hollister"])
    assert len(facts["addressee"]) == 1 and "Palmer" in facts["addressee"][0]
    assert "per-addressed" not in text_xml(text, resources)


@pytest.mark.parametrize(("text", "title"), [
    # the sample's Comintern page: author and title over the edition's fields
    ("Executive Committee of the Communist International\n\nA Decision of the Executive\n\n"
     "Source: The Communist Review, June 1921.\nTranscription/HTML Markup: A volunteer\n"
     "Public Domain: Marxists Internet Archive (2006).\n\n"
     "The following telegram has been sent by the Executive to the Communist Party of "
     "Germany (V.K.P.D.):—\n\n1. The Executive confirms its decision on the question.\n\n"
     "2. The Executive asks the Central Committee to report.\n",
     "A Decision of the Executive"),
    # a reprint without a title block: a letter introduced so
    ("The following letter was addressed by the Central Committee to all organisations:\n\n"
     "Comrades, the congress will open on the first of March.\n", None),
])
def test_a_reprint_introducing_what_was_sent(text, title, resources) -> None:
    facts = text_facts(text, resources)
    assert facts["doc_type"] == ("telegram" if title else "letter")
    if title:
        assert facts["title"] == title
        assert "pla-united-kingdom" not in text_xml(text, resources)


@pytest.mark.parametrize(("heading", "sender", "addressee"), [
    # the sample's heading, the addressee's office in brackets
    ("Hammond to Merivale (Permanent Under-Secretary)", "Edmund Hammond", "Herman Merivale"),
    # both offices in brackets, names the register does not know
    ("Gresley (Chief Clerk) to Ormsby (Assistant Under-Secretary)", "Gresley", "Ormsby"),
])
def test_the_colonial_despatches_heading(heading, sender, addressee, resources) -> None:
    text = (f"{heading}\n9 May 1860\nI am directed to transmit to you a copy of a despatch "
            "from the Governor.\nI am etc.\nE. Hammond\n")
    facts = text_facts(text, resources)
    assert facts["title"] == heading
    assert facts["date"] == "1860-05-09"
    assert facts["addressee"] == [addressee]
    assert sender in " ".join(facts["sender"]) or facts["sender"] == ["Edmund Hammond"]


@pytest.mark.parametrize(("heading", "title", "reference"), [
    # the sample's India Office file
    ("PZ 5749/39(1) 'Propaganda: Articles forwarded to Persian Gulf, Kabul & Katmandu for "
     "dissemination' [227v] (454/715)",
     "Propaganda: Articles forwarded to Persian Gulf, Kabul & Katmandu for dissemination",
     "PZ 5749/39(1)"),
    # a Gulf residency's file, a span of folios
    ("File 19/165 II 'Persian Gulf Residency: Monthly News' [12r-13v] (23/410)",
     "Persian Gulf Residency: Monthly News", "File 19/165 II"),
])
def test_the_qatar_digital_library_heading(heading, title, reference, resources) -> None:
    text = ("Skip to item: of 715\nInformation about this record Back to top\n"
            "Open in Universal viewer\nOpen in Mirador IIIF viewer\n\n" + heading + "\n\n"
            "Transcription\n\nThis transcription is created automatically. It may contain "
            "errors.\n\nApply page layout\n\n12. The Embassy left the capital the following "
            "morning by special train.\n")
    facts = text_facts(text, resources)
    xml = text_xml(text, resources)
    assert facts["title"] == title
    assert facts["archive_idno"] == reference
    assert "Mirador" not in xml and "Skip to item" not in xml


@pytest.mark.parametrize("participant", [
    "Mr. William D. Krimer, Interpreter", "Mr. Karl Oster, Notetaker"])
def test_a_participants_role_after_a_comma_is_no_name(participant, resources) -> None:
    text = ("149. Memorandum of Conversation\n\nPARTICIPANTS\n\n  • The President\n  • "
            f"{participant}\n\nThe President opened the meeting.\n")
    xml = text_xml(text, resources)
    assert "per-interpreter" not in xml and "per-notetaker" not in xml


@pytest.mark.parametrize("text", [
    # the fixture's Canadian letter
    "I enclose a copy of the note which the Ministry of Transport handed to us this morning.",
    # a department's field before `said`
    "The Department of Agriculture said that the prices would rise in the spring.",
])
def test_a_bodys_field_before_a_verb_of_speech_is_no_speaker(text, resources) -> None:
    xml = text_xml(text, resources)
    assert "per-transport" not in xml and "per-agriculture" not in xml
