"""Rules for Commonwealth documents volumes as printed and as their sites give them (dfat57):

- a Commonwealth volume's running head in capitals with its page number at either end
  (`DOCUMENTS ON AUSTRALIAN FOREIGN POLICY   84`, DBFP's `318  BRITISH FOREIGN POLICY
  [CHAP. VII`; table `page-furniture`, row `running-head`) is page furniture, and so is the
  other page's head one page away whose capitals hold a year (`MARCH 1950   85`, `KOREA, JUNE
  1950-APRIL 1951`: `pages/volume_heads.py`);
- BDEEP's head with the document's number in brackets at its outer end (`GOLD COAST
  [48]`) is furniture where the next line opens with that number; that line's number before
  the piece (`48   CO 537/3558, no 12`; table `archival-reference`) leaves the piece as the
  shelfmark;
- DAFP's heading of both surnames in capitals (`SPENDER TO MAKIN`) over a labelled
  cablegram line (`Cablegram 133 CANBERRA, ...`) or a form of table `dateline-forms` before
  the place (`Letter CANBERRA, 12 May 1949`) is the title, and the bare document number over
  it the volume's (`pages/surname_heading.py`, `titles.number_over_heading`); never a head
  `... TO THE`;
- DIFP's volume line with its span after a comma (`Volume 7, 1941-1945`) is the edition's
  masthead, no dateline; its two links parted by one bar (`Print this page | Back to top`)
  are navigation;
- a savingram's or cablegram's number in one digit before its classification (`9
  CONFIDENTIAL`) is the telegram's number;
- `Following from X.` alone on the routing line names the sender;
- a colonial police rank before a surname (`Superintendent Imray`) is a title (table
  `honorifics`, `title-mixed`);
- the British Prime Minister's `PERSONAL MINUTE` is a memorandum (its `M.245/56` serial no
  telegram's number, as the `T.` serial of his personal telegrams is), and the minister's
  office alone in capitals under its heading (`FOREIGN SECRETARY`) its addressee;
- a shelfmark in a UK department's series naming no archive (`CO 537/3558, no 12`; table
  `series-holders`) is held by The National Archives, not by the edition's default archive;
- (seen on a held sample after its scoring) DBPO's `No. 3402 Telegraphic [FK 1015/132]`
  with the post-war registry's two-part file gives the telegram's number, and that line
  and the Office as the dateline's seat (`FOREIGN OFFICE, 15 July 1950`) make the Office
  the British one where a post repeated to names another country (`Repeated to Tokyo`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

DAFP_PAGE = (
    "DOCUMENTS ON AUSTRALIAN FOREIGN POLICY                         84\n\n"
    "41\n\n"
    "SPENDER TO MAKIN\n\n"
    "Cablegram 133 CANBERRA, 3 March 1950, 6.45 p.m.\n\n"
    "For Makin from Spender.\n\n"
    "Your 212.[1] You should inform Acheson that the Government welcomes the\n"
    "indication that the United States is prepared to consider a pact.\n\n"
    "{head}\n\n"
    "2. Please report any reaction.\n\n"
    "[1] Document 38.\n"
)

BDEEP_PAGE = (
    "GOLD COAST                                   [48]\n\n"
    "48   CO 537/3558, no 12                                          12 Mar 1948\n"
    "[Accra riots]: despatch (no 112) from Sir G Creasy to Mr Creech Jones\n\n"
    "Sir,\nI have the honour to report that Superintendent Imray gave the order to fire.\n\n"
    "I have the honour to be,\nSir,\nYour most obedient, humble servant,\nG. CREASY\n"
)

DIFP_PAGE = (
    "Volume 7, 1941-1945\n\n"
    "No. 163 NAI DFA Secretary's Files P48\n\n"
    "Code telegram from Joseph P. Walshe to Robert Brennan (Washington)\n"
    "(No. 4) (Personal) (Copy)\n\n"
    "DUBLIN, 2 January 1942\n\n"
    "Your 231.[1] Taoiseach wishes you to see Hull at the earliest opportunity.\n\n"
    "[1] Not printed.\n\n"
    "Print this page | Back to top\n"
)

SAVINGRAM = (
    "Savingram from Kuala Lumpur\n\n"
    "Kuala Lumpur, 14 March 1963\n\n"
    "9   CONFIDENTIAL\n\n"
    "Following from Critchley.\n\n"
    "The Tunku told me yesterday that he did not take the statement seriously.\n"
)


def test_dafp_running_heads_are_page_furniture(resources: Resources) -> None:
    xml = text_xml(DAFP_PAGE.format(head="MARCH 1950                                    85"),
                   resources)
    assert "DOCUMENTS ON AUSTRALIAN" not in xml
    assert "MARCH 1950" not in xml
    assert '<note place="foot" n="1">Document 38.</note>' in xml


def test_a_month_head_is_furniture_only_a_page_away(resources: Resources) -> None:
    xml = text_xml(DAFP_PAGE.format(head="MARCH 1950                                    412"),
                   resources)
    assert "MARCH 1950" in xml


def test_the_surnames_heading_is_the_title(resources: Resources) -> None:
    facts = text_facts(DAFP_PAGE.format(head="MARCH 1950   85"), resources)
    assert facts["title"] == "SPENDER TO MAKIN"
    assert facts["addressee"] == ["Norman Makin"]


def test_the_surnames_heading_over_a_letter_s_form_line(resources: Resources) -> None:
    text = ("155\n\nBURTON TO HODGSON\n\nLetter CANBERRA, 12 May 1949\n\n"
            "My dear Hodgson,\n\nThank you for your letter of 28 April about the settlement.\n\n"
            "Yours sincerely,\nJ. W. BURTON\n")
    facts = text_facts(text, resources)
    assert facts["title"] == "BURTON TO HODGSON"
    assert facts["addressee"] == ["W. R. Hodgson"]


def test_a_head_to_the_is_no_surnames_heading(resources: Resources) -> None:
    text = DAFP_PAGE.format(head="").replace("SPENDER TO MAKIN", "CORRESPONDENCE RELATING TO THE")
    assert text_facts(text, resources)["title"] != "CORRESPONDENCE RELATING TO THE"


def test_bdeep_head_and_number_before_the_piece(resources: Resources) -> None:
    facts = text_facts(BDEEP_PAGE, resources)
    xml = text_xml(BDEEP_PAGE, resources)
    assert facts["archive_idno"] == "CO 537/3558, no 12"
    assert facts["title"] == ("[Accra riots]: despatch (no 112) from Sir G Creasy to Mr "
                              "Creech Jones")
    assert '<anchor type="note" n="48"/>' not in xml
    assert "Superintendent <persName" in xml
    assert "<repository>The National Archives (UK)</repository>" in xml


def test_difp_volume_span_and_print_bar(resources: Resources) -> None:
    facts = text_facts(DIFP_PAGE, resources)
    xml = text_xml(DIFP_PAGE, resources)
    assert facts["sender"] == ["Joseph P. Walshe"]
    assert facts["addressee"] == ["Robert Brennan"]
    assert "Print this page" not in xml
    assert '<note place="foot" n="1">Not printed.</note>' in xml


def test_one_digit_savingram_number_and_sender_alone(resources: Resources) -> None:
    facts = text_facts(SAVINGRAM, resources)
    assert facts["telegram_number"] == "9"
    assert facts["sender"] == ["Thomas Critchley"]


PREM_MINUTE = (
    "PRIME MINISTER'S\nPERSONAL MINUTE\n\nSERIAL No. M.245/56\n\nFOREIGN SECRETARY\n\n"
    "I have read your minute of August 3 about the Canal Users' Association and agree.\n\n"
    "A.E.\n\nAugust 4, 1956\n"
)


def test_a_prime_minister_s_personal_minute_is_a_memorandum(resources: Resources) -> None:
    facts = text_facts(PREM_MINUTE, resources)
    xml = text_xml(PREM_MINUTE, resources)
    assert facts["doc_type"] == "memorandum"
    assert facts["telegram_number"] is None
    assert '<ab type="registry" subtype="addressee">FOREIGN SECRETARY</ab>' in xml


DBPO = (
    "Mr. Bevin to Sir O. Franks (Washington)\n\n"
    "No. 3402 Telegraphic [FK 1015/132]\n\n"
    "FOREIGN OFFICE, 15 July 1950, 11.50 p.m.\nRepeated to Tokyo and Moscow.\n\n"
    "You should tell him that we agree.\n"
)


def test_dbpo_telegraphic_line_and_the_british_office(resources: Resources) -> None:
    assert text_facts(DBPO, resources)["telegram_number"] == "3402"
    assert '<orgName ref="#org-foreign-office">FOREIGN OFFICE</orgName>' in text_xml(
        DBPO, resources)
