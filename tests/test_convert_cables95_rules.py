"""Rules for cables as mirrors, blogs and document stores give them, learnt from real pages
(cables95: PlusD pages of 1976-1977 cables from Rome and Brasilia, Cablegate pages from
Yerevan and Riyadh, a mirror's Markdown table of a Tel Aviv cable, an Italian blog's repost
of a Rome cable, a Scribd compilation of Italian cables, an Armenian news site's repost and
a Venona transcription of Ottawa's trade traffic):

- Scribd's older viewer: the votes line without a ratings count (`0% found this document
  useful (0 votes)`) and the rights lines (`Copyright`, `© Attribution Non-Commercial
  (BY-NC)`, `We take content rights seriously. ...`) are the page's (table
  `page-furniture`, rows `repost-site`), and so is the uploader's name alone under a bare
  `Uploaded by` after a blank line (`pages/handles.py`, `uploaders`); before, they opened
  the text as headings, the name became the title and the cable below was typed a
  memorandum;
- a repost's line naming the Cablegate cable by its reference id alone (`cable 10ROME1`,
  table `heading`, a `cable-number` row): the id is the cable's identifier, the post in it
  its place of origin, the serial after it its telegram number; before, the whole id was
  taken for the number and the cable had no place;
- a courtesy title of the other sex before a surname in office in a cable in capitals
  (`MRS. CARTER` in 1977) names the holder's namesake of that sex, not the holder
  (`office_surnames.py`, `_other_sex`); before, it was President Carter;
- register: Rosalynn Carter, `President-elect Carter` (Brasilia, November 1976), John
  Hugh Crimmins, Benigno Zaccagnini, Francesco De Martino,
  Luigi Sturzo, Marie L. Yovanovitch, Edward Nalbandian, Serzh Sargsian, Daniel Fried,
  David H. Thorne, Gianni Letta, Ike Skelton.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

SCRIBD = ("0% found this document useful (0 votes)\n201 views12 pages\n\nCables of Athens\n\n"
          "Uploaded by\n\nNikos\nCopyright\n© Attribution Non-Commercial (BY-NC)\n"
          "We take content rights seriously. If you suspect this is your content, claim it "
          "here.\nAvailable Formats\nDownload as DOC, PDF, TXT or read online on Scribd\n"
          "You are on page 1/ 12\n\nMonday, 02 June 2008, 09:15\n"
          "C O N F I D E N T I A L ATHENS 000731\nSIPDIS\nEO 12958 DECL: 06/01/2018\n"
          "TAGS PREL, GR\nSUBJECT: GREECE: THE NEW CABINET\n"
          "1. (C) The cabinet met on Friday and agreed on the budget.\n")


def test_scribd_older_viewer_lines_and_uploader_are_the_pages(resources: Resources) -> None:
    facts = text_facts(SCRIBD, resources)
    assert facts["doc_type"] == "cable"
    assert facts["telegram_number"] == "000731"
    assert facts["date"] == "2008-06-02"
    assert facts["title"] != "Nikos"
    xml = text_xml(SCRIBD, resources)
    body = xml.split("<text", 1)[1]
    assert "Nikos" not in body and "Copyright" not in body and "content rights" not in body


REPOST = ("Nuovi cablogrammi\n\nPosted on 3 dicembre 2010\n\ncable 10ROME212\n\n\n"
          "Classified By: Ambassador David H. Thorne.\n\n"
          "1. C) Summary: The Ambassador met the Undersecretary on Monday. End Summary\n")


def test_cable_reference_line_names_id_post_and_number(resources: Resources) -> None:
    facts = text_facts(REPOST, resources)
    assert facts["place_of_origin"] == "Rome"
    assert facts["telegram_number"] == "212"
    assert facts["archive_idno"] == "10ROME212"


FORD = ("SECRET\nPAGE 01 PARIS 02500 192131Z\nO 191930Z MAR 75\nFM AMEMBASSY PARIS\n"
        "TO SECSTATE WASHDC NIACT IMMEDIATE 700\nS E C R E T PARIS 2500\nSUBJ: VISIT\n"
        "1. A VISIT TO FRANCE BY MRS. FORD WOULD BE WELCOME IN MAY.\n")


def test_mrs_before_a_surname_in_office_is_not_the_holder(resources: Resources) -> None:
    xml = text_xml(FORD, resources)
    assert 'BY MRS. <persName ref="#per-ford">FORD</persName>' in xml
    assert "per-gerald-ford" not in xml
    carter = text_xml(FORD.replace("PARIS", "BRASILIA").replace("FRANCE", "BRAZIL")
                      .replace("MAR 75", "MAR 77").replace("FORD", "CARTER"), resources)
    assert '<persName ref="#per-rosalynn-carter">MRS. CARTER</persName>' in carter


def test_cables_officials_are_register_entries(resources: Resources) -> None:
    text = ("S E C R E T YEREVAN 001900\nSIPDIS\nE.O. 12958: DECL: 12/30/2033\nTAGS: PREL, AM\n"
            "SUBJECT: THE FOREIGN MINISTER ON THE LETTER\n"
            "Classified By: AMBASSADOR MARIE L. YOVANOVITCH, REASONS 1.4(B)(D)\n"
            "1. (S) The Ambassador met Foreign Minister Nalbandian, who said that the "
            "Crimmins and Zaccagnini papers were no guide.\n")
    xml = text_xml(text, resources)
    assert 'ref="#per-marie-yovanovitch"' in xml
    assert 'ref="#per-edward-nalbandian"' in xml
    elect = text_xml(FORD.replace("MAR 75", "NOV 76")
                     .replace("MRS. FORD", "PRESIDENT-ELECT CARTER"), resources)
    assert '<persName ref="#per-jimmy-carter">PRESIDENT-ELECT CARTER</persName>' in elect
