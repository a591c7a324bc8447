"""Rules for US cables as WikiLeaks, NARA and the CIA reading room publish them (cables83):

- a PlusD page copied with the cable first and the record's table after it (`Content` over
  the cable, `Metadata` over `Date:` ... `To:` at the page's foot) is a PlusD page: the
  table goes to the header (`pages/plusd._table`, a run of labels holding `Canonical ID`
  at the top of the page or ending at its foot; table `plusd-record`, row `over` for the
  `Metadata` tab label), and the head over the cable is read as the page's head: the
  canonical id alone as the source's identifier, the heading as the title where the cable's
  SUBJECT says it again (`pages/plusd._head_lines`);
- a PlusD page whose table the copy lost (cut at the store's length under the cable): the
  canonical id alone in its head over the box label `Content` is enough (reader
  `plusd-head`: `pages/plusd.head_evidence`, `head_unwrap`);
- the White House Situation Room relay's page line of a later page inside the text
  (`PSN:051190 PAGE 02 OF 03`, CREST's LOC-HAK cables) is the page's turn: never joined to
  the line above, dropped as furniture, the sentence running on over it (table
  `page-stamps`, row `psn-page`; `release_lines._grade`, `pages/page_stamps._relay_page`);
- a title in apposition that resolves a place named like a surname to an office holder
  (`Lyons, British Minister at Washington`) must be the occupation's whole words: a cable's
  TAGS list `UK, IC, NATO` names no Vice President (`name_surroundings._holder`);
- (after the held samples) a back-channel message's sender by name with his place after a
  comma (`FM HENRY A. KISSINGER, DAMASCUS`) and its addressee by name and office (`TO
  GENERAL SCOWCROFT, WHITE HOUSE`) are the heading's sender and addressee lines (table
  `heading-us-cable`, rows `sender`, `addressee`); its grade line with the caveats after a
  slash and the series number (`T O P S E C R E T / SENSITIVE/EXCLUSIVELY EYES ONLY HAKTO
  41`) is the cable-number line (row `cable-number`), parted from the text's first line the
  read stage ran on into it (table `run-on-heading`, row `channel-number`): the HAKTO
  number, not the Situation Room's WH serial, is the message's number;
- a surname in office in a capitals text after a form of address (`MRS. MEIR'S CABINET`)
  is read as after a title (`office_surnames._titled_capitals`);
- a post's cable signed with a surname the register gives no one alone (`BROWN` under
  Amman's cable of 1971: several Browns, none claiming the surname then) is the post's
  ambassador of that surname in that year, its first and last years too
  (`office_holders.envoy_by_surname`, from `resolve_offices`): the local person becomes him
  (not a surname in office: Winthrop G. Brown still signs Vientiane's of 1961);
- register: `WASH DC` (the Department's address typed with a space), Abdelmunim al-Rifai,
  Mordechai Gur, Einar Ágústsson, Klaus Schütz, Mamdouh Salem, Hikmat al-Shihabi,
  Thomas P. Shoesmith; Tarapur, Tancos, Hummar.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

CABLE = ("CONFIDENTIAL\nPAGE 01 ROME 03312 101530Z\nACTION EUR-12\nINFO OCT-01 ISO-00 /013 W\n"
         "R 101500Z JUN 76\nFM AMEMBASSY ROME\nTO SECSTATE WASHDC 8812\n"
         "C O N F I D E N T I A L ROME 3312\nE.O. 11652: GDS\nTAGS: PINT, IT\n"
         "SUBJECT: ITALIAN ELECTION CAMPAIGN ENTERS LAST WEEK\n"
         "1. THE CHRISTIAN DEMOCRATS EXPECT TO HOLD THEIR VOTE IN THE SOUTH.\n"
         "2. THE COMMUNISTS CLAIM THE CITIES.\nVOLPE\nCONFIDENTIAL\nNNN\n")
HEAD = "1976ROME03312_b\nITALIAN ELECTION CAMPAIGN ENTERS LAST WEEK\nContent\n"
FOOT = ("Metadata\nDate: 1976 June 10, 15:00 (Thursday)\nCanonical ID: 1976ROME03312_b\n"
        "Original Classification: CONFIDENTIAL\nCurrent Classification: UNCLASSIFIED\n"
        "Handling Restrictions: -- N/A or Blank --\nCharacter Count: 640\n"
        "Type: TE - Telegram (cable)\nArchive Status: Electronic Telegrams\nFrom: Italy Rome\n"
        "To: Secretary of State\n")


def test_plusd_table_at_the_foot(resources: Resources) -> None:
    xml = text_xml(HEAD + CABLE + FOOT, resources)
    facts = text_facts(HEAD + CABLE + FOOT, resources)
    assert facts["title"] == "ITALIAN ELECTION CAMPAIGN ENTERS LAST WEEK"
    assert facts["archive_idno"] == "1976ROME03312_b"
    assert "Thursday" not in xml.split("<text")[1]  # the table is no text of the cable
    assert "Canonical ID" not in xml.split("<text")[1]


def test_plusd_head_without_its_table(resources: Resources) -> None:
    xml = text_xml(HEAD + CABLE, resources)
    facts = text_facts(HEAD + CABLE, resources)
    assert facts["title"] == "ITALIAN ELECTION CAMPAIGN ENTERS LAST WEEK"
    assert facts["archive_idno"] == "1976ROME03312_b"
    assert ">Content<" not in xml.split("<text")[1]


def test_plusd_head_needs_the_canonical_id(resources: Resources) -> None:
    text = "ITALIAN ELECTION CAMPAIGN ENTERS LAST WEEK\nContent\n" + CABLE
    assert text_facts(text, resources)["archive_idno"] != "1976ROME03312_b"


def test_relay_page_line_inside_a_sentence(resources: Resources) -> None:
    text = ("CONFIDENTIAL\nPSN:012345 PAGE 01 OF 02\nO 101500Z JUN 76\nFM AMEMBASSY ROME\n"
            "TO SECSTATE WASHINGTON DC IMMEDIATE 8812\nC O N F I D E N T I A L ROME 3312\n"
            "1. THE FOREIGN MINISTER SAID THAT THE GOVERNMENT WOULD NOT ASK FOR A\n"
            "PSN:012345 PAGE 02 OF 02\n"
            "VOTE OF CONFIDENCE BEFORE THE SUMMER.\nVOLPE\n")
    xml = text_xml(text, resources)
    assert "ASK FOR A VOTE OF CONFIDENCE" in xml
    assert "PAGE 02 OF 02" not in xml.split("<text")[1]


def test_apposed_title_whole_words(resources: Resources) -> None:
    text = ("CONFIDENTIAL\nR 101500Z JUN 76\nFM AMEMBASSY LONDON\nTO SECSTATE WASH DC 8812\n"
            "C O N F I D E N T I A L LONDON 3312\nTAGS: PFOR, EFIS, UK, IC, NATO\n"
            "1. NO CHANGE.\nARMSTRONG\n")
    xml = text_xml(text, resources)
    assert "per-kang-ryang-uk" not in xml
    assert '<placeName ref="#pla-washington">WASH DC</placeName>' in xml


def test_brown_signing_amman_in_office(resources: Resources) -> None:
    text = ("SECRET\nO 041915Z SEP 71\nFM AMEMBASSY AMMAN\nTO SECSTATE WASHDC IMMEDIATE 4471\n"
            "BT\nS E C R E T AMMAN 4471\nNODIS\n1. THE KING RECEIVED ME TODAY.\nBT\nBROWN\n"
            "#4471\nNNNN\n")
    facts = text_facts(text, resources)
    assert facts["sender"] == ["L. Dean Brown"]
    assert facts["signed"] == "BROWN"


HAKTO = ("T O P S E C R E T SENSITIVE EXCLUSIVELY EYES ONLY\nWH41877\nO 201530Z JAN 74\n"
         "FM HENRY A. KISSINGER, ASWAN\nTO GENERAL SCOWCROFT, WHITE HOUSE\n"
         "T O P S E C R E T / SENSITIVE/EXCLUSIVELY EYES ONLY HAKTO 12 PLEASE PASS THE "
         "FOLLOWING TO THE PRESIDENT AT ONCE AND\nTELL HIM THAT THE TALKS GO WELL.\n"
         "1. SADAT ACCEPTED THE LINE THIS MORNING.\n")


def test_back_channel_heading_by_names(resources: Resources) -> None:
    facts = text_facts(HAKTO, resources)
    assert facts["sender"] == ["Henry Kissinger"]
    assert facts["addressee"] == ["Brent Scowcroft"]
    assert facts["place_of_origin"] == "Aswan"
    assert facts["telegram_number"] == "HAKTO 12"
    assert "PLEASE PASS THE FOLLOWING" in text_xml(HAKTO, resources)


def test_form_of_address_before_surname_in_office(resources: Resources) -> None:
    text = ("SECRET\nO 161840Z MAY 74\nFM AMEMBASSY TEL AVIV\nTO SECSTATE WASHDC 4411\n"
            "S E C R E T TEL AVIV 4411\n1. I TOLD HIM THAT MRS. MEIR WOULD NOT AGREE.\n"
            "KEATING\n")
    assert "per-golda-meir" in text_xml(text, resources)


def test_brown_signing_vientiane_is_that_posts_envoy(resources: Resources) -> None:
    text = ("SECRET\nO 061200Z MAY 61\nFM AMEMBASSY VIENTIANE\nTO SECSTATE WASHDC NIACT 1914\n"
            "BT\nS E C R E T VIENTIANE 1914\n1. SOUVANNA AGREED TODAY.\nBT\nBROWN\n")
    assert text_facts(text, resources)["sender"] == ["Winthrop G. Brown"]
