"""Rules for the Commonwealth archives' telegrams and the Canadian web edition (cw66):

- the Government of Canada's page chrome (`Skip to "About government"`, `Language
  selection`, `Government of Canada`, `Search Global Affairs Canada`, `Report a problem on
  this page`) is furniture (table `page-furniture`, row `canada-site`), so the DCER reader
  takes the editors' heading as the title and the file as the shelfmark;
- `Secretary of State for External Affairs` and `Under-Secretary of State for External
  Affairs` alone are Canada's offices (table `sole-offices`), resolved to their holders;
- a serial of up to four figures before `For X from Y` keeps it the routing line
  (`377. For Makin from Spender.`; table `numbered-for-from`), `the` allowed before the party;
- the Australian cablegram's `Rec.` after `Dated` is the receipt (the `R.` row);
- `DISTRIBUTION TO:-` labels the distribution (`heading-labels`); the Colonial Office's
  words are British context for `Foreign Office` (`name-context`);
- the register knows David Lange as a surname in office in 1985;
- (after the held samples) the wartime cablegram's letter-spaced form name (`D E C Y P H E R .
  C A B L E G R A M .`, table `heading` row `document-type`) is a heading line; the NAA
  citation's control symbol may hold a comma (`NAA: A3196, 1941, 0.8812`); `Please pass
  following personal message from X to Y. Begins:` names both parties (row `from-for`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

DCER_DOCUMENT = (
    "Documents on Canadian External Relations\n"
    "Volume #26 - 1959\n"
    "Chapter II. United Nations\n"
    "88.\n"
    "DEA/50271-A-40\n"
    "Permanent Representative to United Nations to Secretary of State for External Affairs\n"
    "TELEGRAM 1402\n"
    "New York, October 14, 1960\n"
    "SECRET. IMMEDIATE.\n"
    "The Assembly adjourned this afternoon without a vote.\n"
)
DCER_PAGE = (
    "Skip to main content\n"
    'Skip to "About government"\n'
    "Language selection\n"
    "Français\n"
    "Government of Canada\n"
    "Search Global Affairs Canada\n"
    "Menu\n"
    f"{DCER_DOCUMENT}"
    "Report a problem on this page\n"
)


def test_the_canadian_site_chrome_is_furniture(resources: Resources) -> None:
    facts = text_facts(DCER_PAGE, resources)
    assert facts["title"] == ("Permanent Representative to United Nations to Secretary of "
                              "State for External Affairs")
    assert facts["archive_idno"] == "DEA/50271-A-40"
    assert "Language selection" not in text_xml(DCER_PAGE, resources)


def test_canadas_foreign_minister_by_office_alone(resources: Resources) -> None:
    xml = text_xml(DCER_DOCUMENT, resources)
    assert 'roleName ref="#per-howard-green"' in xml


def test_the_under_secretary_by_office_alone(resources: Resources) -> None:
    xml = text_xml(DCER_DOCUMENT.replace("Permanent Representative to United Nations",
                                     "Under-Secretary of State for External Affairs"),
                   resources)
    assert 'roleName ref="#per-norman-robertson"' in xml


CABLEGRAM = (
    "DEPARTMENT OF EXTERNAL AFFAIRS\n"
    "OUTWARD CABLEGRAM\n\n"
    "O.4412\n\n"
    "SECRET\n\n"
    "TO: Australian Embassy, WASHINGTON.\n"
    "SENT: 8.50 p.m. 28th June, 1950.\n\n"
    "377.   For Makin from Spender.\n\n"
    "You should inform Acheson at once.\n\n"
    "SPENDER\n"
)


def test_a_serial_before_for_from_gives_the_addressee(resources: Resources) -> None:
    facts = text_facts(CABLEGRAM, resources)
    assert facts["addressee"] == ["Norman Makin"]
    assert facts["sender"] == ["Percy Spender"]


def test_the_cablegram_rec_field_is_the_receipt(resources: Resources) -> None:
    facts = text_facts(
        "DEPARTMENT OF EXTERNAL AFFAIRS\nINWARD CABLEGRAM\nI.14102\n\n"
        "FROM: High Commissioner, LONDON.\n\n"
        "Dated:   12th June, 1941.               Rec.  6.25 a.m. 13th June, 1941.\n\n"
        "For Menzies from Bruce.\n\nI saw Churchill this evening.\n\nBRUCE.\n", resources)
    assert facts["date_received"] == "1941-06-13T06:25"


DECYPHER = (
    "PALESTINE.       DECYPHER OF TELEGRAM\n\n"
    "From the High Commissioner for Palestine (Sir A. Cunningham)\n"
    "To the Secretary of State for the Colonies.\n\n"
    "Dated 22nd April, 1948.\n\n"
    "No. 1104.\n\n"
    "Troops are holding the port.\n\n"
    "DISTRIBUTION TO:-\n"
    "Middle East Dept.      Defence Dept.\n"
    "Foreign Office.\n"
)


def test_distribution_to_labels_the_distribution(resources: Resources) -> None:
    facts = text_facts(DECYPHER, resources)
    assert facts["registry_notes"][0] == "DISTRIBUTION TO:-"
    assert facts["signed"] is None


def test_the_colonial_office_makes_the_foreign_office_british(resources: Resources) -> None:
    assert 'orgName ref="#org-foreign-office"' in text_xml(DECYPHER, resources)


def test_lange_in_office_in_1985(resources: Resources) -> None:
    xml = text_xml(
        "O 170415Z JUL 85\nFM WELLINGTON\nTO PARIS\nBT\n\n"
        "1. MR LANGE WISHES THE FRENCH GOVERNMENT TO UNDERSTAND OUR POSITION.\n\n"
        "NORRISH\nBT\n", resources)
    assert 'persName ref="#per-david-lange"' in xml


WARTIME = (
    "NAA: A3196, 1941, 0.8812                                    Item 1 of 1\n\n"
    "          D E C Y P H E R .              C A B L E G R A M .\n\n"
    "FROM:    HIGH COMMISSIONER FOR AUSTRALIA, LONDON.\n\n"
    "Dated:   12th June, 1941.               Rec.  6.25 a.m. 13th June, 1941.\n\n"
    "                                                 I.14102\n\n"
    "412.    For the Prime Minister from Bruce.\n\n"
    "I saw Churchill this evening.\n\n"
    "                                                               BRUCE.\n"
)


def test_the_letter_spaced_form_name_heads_the_cablegram(resources: Resources) -> None:
    facts = text_facts(WARTIME, resources)
    assert facts["telegram_number"] == "I.14102"
    assert facts["place_of_origin"] == "London"


def test_an_naa_control_symbol_with_a_comma(resources: Resources) -> None:
    assert text_facts(WARTIME, resources)["archive_idno"] == "A3196, 1941, 0.8812"


def test_please_pass_following_message_names_both_parties(resources: Resources) -> None:
    facts = text_facts(
        "FROM COMMONWEALTH RELATIONS OFFICE TO CANADA\n\n"
        "No. 412         4th March, 1961\n\n"
        "Please pass following personal message from Mr. Macmillan to Mr. Diefenbaker. "
        "Begins:\n\nI have been thinking about the coming meeting.\n\nEnds.\n", resources)
    assert facts["addressee"] == ["John Diefenbaker"]
    assert facts["sender"] == ["Harold Macmillan"]
