"""Rules for British, Commonwealth and Irish documents as their editions and archives publish
them (cw67):

- a site's breadcrumb after its label on the same line (`You are here: Home / Volume IX:
  1948-1951 / Document No. 163`, DIFP's newer theme) is furniture (table `page-furniture`,
  row `breadcrumb`);
- a site's head menu with no heading of its own (`Menu` / `Volumes` over `Documents`, DIFP's
  `Skip to content` / `DIFP` over its masthead) ends at any furniture line, not only at a
  navigation line (`pages/furniture.py`);
- `Cite this document:` over the page's citation is the citation field (table `page-fields`),
  not the document's text;
- the Global Affairs Canada page's foot with its label capitalised (`Date Modified:
  2013-04-22`) is furniture, not the document's date (row `archive-catalogue`);
- DCER's line of the posts a telegram is repeated to, each with its number and parted by
  semicolons (`Repeat London No. 87; Washington No. 412.`), is a heading line (row `info`);
- a form's date field with its clock time in a column of its own (an Australian cablegram's
  `REC'D:   29th April, 1965          2140`) is one line, the hour the date's
  (`read_cells.py`);
- the British address line with the office by its initials (`Addressed to C.R.O. telegram
  No. 215 of 16th March.`) is a heading line (row `info`);
- a form's `Time:` field of four figures run together (`Time: 1645`) gives the hour of the
  date above it (`action_dates.hour_field`);
- (after the held samples' scoring) the United Kingdom Representative's letterhead broken
  before `TO EIRE,` is a letterhead line, no addressee line (so the date under the address
  is the despatch's); DFAT's banner names on lines of their own (`Department of Foreign
  Affairs and Trade` / `Australian Government`) are furniture; an envoy's name in brackets
  under a `TO:` line (`(Sir A. Snelling)`) is the addressee (`recognise.py`); Heath's
  offices of 1960-1970 date his surname;
- register: the Commonwealth Relations Office's and South African figures of 1949-1961
  (`Sir J. Maud`, `Sir De Villiers Graaff`, `Sir A. Clutterbuck`, `Sir E. Machtig`),
  `Mr. Costello` in office, `Kaul` in his offices, `Mrs Gandhi`, Howard Green's initials
  (`[H.C.] GREEN`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

DIFP_PAGE = (
    "Skip to content\nDIFP\nDocuments on Irish Foreign Policy\nMenu\nVolumes\nDocuments\n"
    "Search\nAbout\nContact\n\n"
    "You are here: Home / Volume X: 1951-1957 / Document No. 88\n\n"
    "Volume X: 1951-1957\n\n"
    "No. 88  NAI DFA 305/74/2\n\n"
    "Letter from Frederick H. Boland to Seán Nunan (Washington)\n(Secret)\n\n"
    "DUBLIN, 3 June 1952\n\n"
    "Dear Ambassador,\n\n"
    "The Minister has read your report with great interest and asks that you keep him "
    "informed of any change in the State Department's attitude.\n\n"
    "Yours sincerely,\n\n[signed] F.H. BOLAND\n\n"
    "Cite this document:\nDocuments on Irish Foreign Policy, Volume X, No. 88 (difp.ie).\n"
)


def test_the_newer_difp_theme_heading_is_read_past_its_menu_and_trail(
        resources: Resources) -> None:
    facts = text_facts(DIFP_PAGE, resources)
    assert facts["title"].startswith("Letter from Frederick H. Boland to Seán Nunan")
    assert facts["sender"] == ["Frederick H. Boland"]
    assert facts["addressee"] == ["Seán Nunan"]
    xml = text_xml(DIFP_PAGE, resources)
    body = xml[xml.index("<text"):]
    for furniture in ("Volumes", "DIFP", "You are here"):
        assert furniture not in body


def test_the_citation_under_its_button_words_leaves_the_text(resources: Resources) -> None:
    xml = text_xml(DIFP_PAGE, resources)
    body = xml[xml.index("<text"):]
    assert "difp.ie" in xml[:xml.index("<text")]
    assert "difp.ie" not in body and "Cite this document" not in body


DCER_PAGE = (
    "Documents on Canadian External Relations\n\nVolume #25 - 1957-1958 (Part I)\n\n"
    "201.\n\nDEA/50102-U-40\n\n"
    "The Ambassador in United States to Secretary of State for External Affairs\n\n"
    "TELEGRAM 1788\n\nWashington, June 2, 1958\n\nCONFIDENTIAL. IMMEDIATE.\n\n"
    "Repeat London No. 112; Paris No. 64; Permis New York No. 30.\n\n"
    "Dulles told me this afternoon that he would not attend the meeting.\n\n"
    "[N.A.] ROBERTSON\n\n"
    "Date Modified: 2013-04-22\n"
)


def test_dcer_repeat_line_is_a_heading_line(resources: Resources) -> None:
    xml = text_xml(DCER_PAGE, resources)
    assert '<ab type="registry" subtype="info">Repeat' in xml


def test_the_capitalised_date_modified_foot_is_furniture(resources: Resources) -> None:
    xml = text_xml(DCER_PAGE, resources)
    assert "2013-04-22" not in xml[xml.index("<text"):]
    facts = text_facts(DCER_PAGE, resources)
    assert facts["date"] == "1958-06-02"
    assert facts["signed"] == "[N.A.] ROBERTSON"


NAA_CABLEGRAM = (
    "              DEPARTMENT OF EXTERNAL AFFAIRS\n\n"
    "                   INWARD CABLEGRAM                    I.9921\n\n"
    "    SECRET\n\n"
    "    FROM:    WASHINGTON\n\n"
    "    DATED:   3rd March, 1966          2245\n"
    "    REC'D:   4th March, 1966          0910\n\n"
    "    No. 611.  For Secretary from Waller.\n\n"
    "    Rusk asked me to call this afternoon.\n\n"
    "                                                    WALLER\n"
)


def test_a_date_field_keeps_its_clock_column(resources: Resources) -> None:
    xml = text_xml(NAA_CABLEGRAM, resources)
    assert 'when="1966-03-03T22:45:00"' in xml
    facts = text_facts(NAA_CABLEGRAM, resources)
    assert facts["date_received"] == "1966-03-04T09:10"


def test_commonwealth_relations_office_figures_are_registered(resources: Resources) -> None:
    xml = text_xml(
        "INWARD TELEGRAM TO COMMONWEALTH RELATIONS OFFICE\n\n"
        "FROM:    U.K. HIGH COMMISSIONER IN SOUTH AFRICA\n         (Sir J. Maud)\n\n"
        "CAPE TOWN, 2nd February, 1960\n\nNo. 88\n\n"
        "Sir De Villiers Graaff spoke in the debate this afternoon.\n\n"
        "Copies to:-\nSir A. Clutterbuck\nSir E. Machtig\n", resources)
    for ref in ("per-john-maud", "per-de-villiers-graaff", "per-alexander-clutterbuck",
                "per-eric-machtig"):
        assert f'<persName ref="#{ref}">' in xml


def test_costello_kaul_and_mrs_gandhi(resources: Resources) -> None:
    xml = text_xml(
        "FM NEW DELHI 081200Z DEC 71\nTO IMMEDIATE F C O\nTELEGRAM NUMBER 3410 OF 8 DECEMBER\n\n"
        "1. MRS GANDHI WILL SPEAK IN PARLIAMENT TODAY.\n\n"
        "GARVEY\n", resources)
    assert '<persName ref="#per-indira-gandhi">MRS GANDHI</persName>' in xml
    xml = text_xml("New Delhi, 6 December 1971.\n\nI saw Kaul again this morning.\n", resources)
    assert '<persName ref="#per-t-n-kaul">Kaul</persName>' in xml
    xml = text_xml(
        "DUBLIN, 12th January, 1950.\n\nSir,\n\n"
        "I called on Mr. Costello this morning at his request.\n\n"
        "I have the honour to be, Sir, Your obedient Servant,\n\nRUGBY\n", resources)
    assert '<persName ref="#per-john-a-costello">Costello</persName>' in xml


def test_the_address_line_names_the_office_by_its_initials(resources: Resources) -> None:
    xml = text_xml(
        "FROM SALISBURY TO COMMONWEALTH RELATIONS OFFICE\n\nMr. Johnston\nNo. 1402\n"
        "11th November, 1965\n\nIMMEDIATE\n\n"
        "Addressed to C.R.O. telegram No. 1402 of 11th November.\n\n"
        "The Governor has seen Mr. Smith this morning.\n", resources)
    assert '<ab type="registry" subtype="info">Addressed to C.R.O. telegram' in xml


def test_a_time_field_of_four_figures_gives_the_hour(resources: Resources) -> None:
    facts = text_facts(
        "INWARD TELEGRAM\n\nFrom:    NZ High Commission, Canberra\n"
        "To:      Minister of External Affairs, Wellington\nNo.:     412\n"
        "Date:    29 April 1965        Time: 1645\n"
        "Recd:    29 April 1965        Time: 1820\n\n"
        "SECRET\n\nMenzies will make a statement tonight.\n\nHIGH COMMISSIONER\n", resources)
    assert facts["date_received"] == "1965-04-29T18:20"


def test_the_canadian_minister_by_his_initials(resources: Resources) -> None:
    xml = text_xml(
        "TELEGRAM EX-2341\n\nTO:   Canadian High Commissioner, Accra\n"
        "FROM: Secretary of State for External Affairs\n\nDATE: August 12, 1960\n\n"
        "Please inform Nkrumah that Canada will provide signals personnel.\n\n"
        "[H.C.] GREEN\n", resources)
    assert '<persName ref="#per-howard-green">GREEN</persName>' in xml


def test_the_representative_s_letterhead_broken_before_to_eire(resources: Resources) -> None:
    facts = text_facts(
        "SECRET\n\n                OFFICE OF THE UNITED KINGDOM REPRESENTATIVE\n"
        "                              TO EIRE,\n"
        "                                 DUBLIN.\n\n"
        "                              3rd May, 1945.\n\nSir,\n\n"
        "I have the honour to report that Mr. de Valera called on me yesterday.\n\n"
        "I have the honour to be,\nSir,\nYour obedient Servant,\n\nMAFFEY\n", resources)
    assert facts["date"] == "1945-05-03"
    assert facts["place_of_origin"] == "Dublin"


def test_dfat_banner_names_on_lines_of_their_own(resources: Resources) -> None:
    facts = text_facts(
        "Skip to main content\nDepartment of Foreign Affairs and Trade\nAustralian Government\n"
        "Historical documents\n\n"
        "412 Mr R.G. Casey, Minister for External Affairs, to Mr P.C. Spender, Ambassador in "
        "Washington\n\nCablegram 88 CANBERRA, 3 March 1953\n\nSECRET\n\n"
        "Please see Dulles at once.\n\n[AA: A1838, 250/9/1, i]\n\n"
        "Last Updated: 2 February 2011\n", resources)
    assert facts["title"].startswith("Mr R.G. Casey, Minister for External Affairs")
    assert facts["sender"] == ["Richard Casey"]


def test_an_envoy_in_brackets_under_the_to_line_is_the_addressee(
        resources: Resources) -> None:
    facts = text_facts(
        "OUTWARD TELEGRAM FROM COMMONWEALTH RELATIONS OFFICE\n\nCYPHER (O.T.P.)\n\n"
        "TO:     U.K. HIGH COMMISSIONER IN CANADA\n        (Sir A. Clutterbuck)\n\n"
        "No. 412\n(Sent 4.15 p.m. 2nd March, 1949)\n\n"
        "Please inform the Canadian Government at once.\n", resources)
    assert facts["addressee"] == ["Alexander Clutterbuck"]
    assert facts["sender"] == []


def test_heath_in_office_in_1962(resources: Resources) -> None:
    xml = text_xml("LONDON, 8 September 1962.\n\nI saw Heath again this afternoon.\n",
                   resources)
    assert '<persName ref="#per-edward-heath">Heath</persName>' in xml
