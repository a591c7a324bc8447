"""Rules for British, Commonwealth and Irish archives' telegrams and editions (cw68):

- a subject heading naming another's document by a possessive (`SITUATION IN HAVANA AFTER
  KHRUSHCHEV'S LETTER`, `REPLY TO YOUR TELEGRAM`) does not type the document when a form
  line of the heading names the form (`Telegram 142`: DCER's title-case number line);
- DCER's number line run on with its dateline by a narrow gap (`TELEGRAM 142   Havana,
  October 29, 1962`) gives number, place and date (table `heading-commonwealth`);
- the printed secrecy notice in round brackets (`(This telegram is of particular secrecy
  ...)`) is a handling line of the heading (table `heading-commonwealth`, row `handling`);
- BDEEP's running head with the page's document's date in brackets at its inner end (`[MAR
  1957]   GHANA   427`) is page furniture, so the document's number line and bracketed
  heading (`despatch no 9 from Sir C Arden-Clarke to Mr Lennox-Boyd`) are read;
- a UK National Archives department read with a nought by OCR (`D0 142/433`, `F0 371/...`)
  is the shelfmark, with the letter (table `archival-reference`, zones.py);
- an envoy's name in brackets under a London office addressed (`TO COMMONWEALTH RELATIONS
  OFFICE` / `(Sir T. Shone)`) is the sender's, not an addressee (recognise.py);
- a file's item or folio number beside a shelfmark in capitals on the first line
  (`CO 822/440   no. 58`) is page furniture, not the telegram's number (corner_heads.py);
- (after the held samples) the older DIFP pages: a bar of partner institutions parted by `|`
  at the page's top, one an archive's name (`Royal Irish Academy | ... | National Archives of
  Ireland`: pages/partner_bar.py), the site's name after the edition's initials (`DIFP -
  Documents on Irish Foreign Policy`) and the volume line without a comma (`Volume VI
  1939-1941`: `edition-masthead`) and the subject tags at the foot (`Tags: Germany,
  Neutrality`: `page-furniture`) are furniture;
- register: `Nuri` alone is Nuri al-Said in his dated terms; `Patel` alone is Vallabhbhai
  Patel in 1947-1950.
"""

from __future__ import annotations

import re

from tei.convert import Resources
from tests.cases import text_facts, text_xml

DCER = (
    "712.\n\nDEA/2444-40\n\n"
    "The Ambassador in Cuba to Secretary of State for External Affairs\n\n"
    "Telegram 151                                    Havana, November 2, 1962\n\n"
    "Confidential. Immediate.\n\n"
    "REPLY TO PRESIDENT KENNEDY'S LETTER\n\n"
    "Castro spoke for four hours last night and rejected any inspection.\n\n"
    "KIDD\n"
)


def test_a_possessive_subject_heading_does_not_type_the_document(resources: Resources) -> None:
    facts = text_facts(DCER, resources)
    assert facts["doc_type"] == "telegram"
    assert facts["telegram_number"] == "151"


def test_dcer_number_line_run_on_with_its_dateline(resources: Resources) -> None:
    facts = text_facts(re.sub(r"151 +", "151   ", DCER), resources)
    assert facts["telegram_number"] == "151"
    assert facts["date"] == "1962-11-02"
    assert facts["place_of_origin"] == "Havana"


CRO = (
    "D0 35/2210                                                   14\n\n"
    "(This telegram is of particular secrecy and should be\n"
    " retained by the authorised recipient and not passed on.)\n\n"
    "TOP SECRET\nCYPHER\n\n"
    "FROM U.K. HIGH COMMISSIONER IN PAKISTAN\n"
    "TO COMMONWEALTH RELATIONS OFFICE\n"
    "(Sir L. Grafftey-Smith)\n\n"
    "D. 4.10 p.m. 2nd October, 1947.\n"
    "R. 2.05 p.m. 2nd October, 1947.\n\n"
    "No. 118.\n\n"
    "Refugee trains from Lahore were attacked again last night.\n"
)


def test_the_bracketed_secrecy_notice_and_an_ocr_shelfmark(resources: Resources) -> None:
    facts = text_facts(CRO, resources)
    assert facts["archive_idno"] == "DO 35/2210"
    assert facts["telegram_number"] == "118"
    assert facts["date_received"] == "1947-10-02T14:05"
    assert facts["doc_type"] == "telegram"


def test_the_envoy_under_a_london_office_is_the_sender(resources: Resources) -> None:
    facts = text_facts(CRO, resources)
    assert facts["addressee"] == []
    assert facts["sender"] == ["Laurence Grafftey-Smith"]


BDEEP = (
    "                                    [JUN 1956]                     NIGERIA 211\n\n"
    "118                              CO 554/1180, no 7                    14 June 1956\n"
    "[Constitutional conference]: despatch no 31 from Sir J Robertson to Mr Lennox-Boyd\n\n"
    "  I have the honour to report that the regional premiers have agreed to attend.\n"
)


def test_a_bdeep_head_with_its_bracketed_date_is_furniture(resources: Resources) -> None:
    facts = text_facts(BDEEP, resources)
    assert facts["date"] == "1956-06-14"
    assert facts["sender"] == ["J Robertson"]
    assert facts["addressee"] == ["Alan Lennox-Boyd"]


ITEM = (
    "CO 822/461                                                  no. 23\n\n"
    "INWARD TELEGRAM TO THE COLONIAL OFFICE\n\n"
    "FROM: KENYA (Sir E. Baring)\n\n"
    "D. 3rd May, 1953.             R. 3rd May, 1953. 11.40 hrs.\n\n"
    "No. 402. SECRET.\n\n"
    "Following personal for Secretary of State from Governor.\n\n"
    "The situation in Nyeri has improved.\n"
)


def test_an_item_number_beside_the_shelfmark_is_no_telegram_number(
        resources: Resources) -> None:
    facts = text_facts(ITEM, resources)
    assert facts["telegram_number"] == "402"
    assert facts["archive_idno"] == "CO 822/461"


def test_nuri_and_patel_alone_in_office(resources: Resources) -> None:
    baghdad = text_xml("FROM BAGHDAD TO FOREIGN OFFICE\n\nNo. 12\nJuly 10, 1958.\n\n"
                       "I saw Nuri this morning.\n", resources)
    assert '<persName ref="#per-nuri-al-said">Nuri</persName>' in baghdad
    delhi = text_xml("FROM NEW DELHI TO COMMONWEALTH RELATIONS OFFICE\n\nNo. 40\n"
                     "September 3, 1947.\n\nNehru and Patel flew to Lahore today.\n", resources)
    assert '<persName ref="#per-vallabhbhai-patel">Patel</persName>' in delhi


DIFP_OLDER = (
    "DIFP - Documents on Irish Foreign Policy\n"
    "Royal Irish Academy | Department of Foreign Affairs | National Archives of Ireland\n\n"
    "Home  |  Browse Volumes  |  Search  |  About\n\n"
    "Volume VII 1941-1945\n\n"
    "Document No. 31\nArchive Reference: NAI DFA 219/4\nDate: 2 March 1942\n"
    "From: William Warnock\nTo: Joseph P. Walshe\nType: Confidential Report\n\n"
    "Confidential report from William Warnock to Joseph P. Walshe (Dublin)\n"
    "(Confidential)\n\n"
    "BERLIN, 2 March 1942\n\n"
    "The Minister received me today and spoke of the air raids.[1]\n\n"
    "[signed] W. WARNOCK\n\n"
    "[1] See No. 180.\n\n"
    "Previous document | Next document\n\n"
    "Tags: Germany, Neutrality\n\n"
    "Copyright © 2010 Royal Irish Academy. All rights reserved.\n"
)


def test_the_older_difp_page_partner_bar_volume_line_and_tags(resources: Resources) -> None:
    facts = text_facts(DIFP_OLDER, resources)
    assert str(facts["title"]).startswith("Confidential report from William Warnock")
    assert facts["sender"] == ["William Warnock"]
    assert facts["addressee"] == ["Joseph P. Walshe"]
    assert facts["notes"] == 1
    assert facts["signed"] == "[signed] W. WARNOCK"
