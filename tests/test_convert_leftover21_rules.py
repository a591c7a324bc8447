"""leftover21: page and form families earlier sessions left alone.

(1) A WikiLeaks PlusD cable page copied as text: its metadata table (`Date:`, `Canonical
ID:`, `Original Classification:`, `Handling Restrictions`, `Character Count:` ... `From:`,
`Markings:`, `To:`), two fields a row or each label over its value, is the collection's
record: it goes to the header (the canonical id as the archive's identifier, its date as the
page's date), and the cable's own heading gives its number and post (`pages/plusd.py`).
"""

from __future__ import annotations

import pytest

from tests.cases import text_facts

_CABLE = """S E C R E T ANKARA 3391
E.O. 11652: GDS
TAGS: PFOR, TU
SUBJECT: DEMIREL ON CYPRUS TALKS
1. PRIME MINISTER DEMIREL TOLD ME THAT HE WOULD SEE THE GREEK
FOREIGN MINISTER IN BRUSSELS NEXT WEEK.
MACOMBER
SECRET
NNN"""

_TABLE_TABS = """Cable: 1975ANKARA03391_b
Date:\t1975 April 30, 07:40 (Wednesday)\tCanonical ID:\t1975ANKARA03391_b
Original Classification:\tSECRET\tCurrent Classification:\tUNCLASSIFIED
Handling Restrictions\t-- N/A or Blank --\tCharacter Count:\t980
Executive Order:\tGS\tLocator:\tTEXT ON MICROFILM,TEXT ONLINE
TAGS:\tPFOR, TU\tConcepts:\t-- N/A or Blank --
Enclosure:\t-- N/A or Blank --\tType:\tTE
Office Origin:\t-- N/A or Blank --
Archive Status:\tElectronic Telegrams
From:\tTurkey Ankara
Markings:\tDeclassified/Released US Department of State EO Systematic Review 30 JUN 2005
To:\tSecretary of State
Raw content
"""

_TABLE_LINES = """Cable: 1975ANKARA03391_b
Date:
1975 April 30, 07:40 (Wednesday)
Canonical ID:
1975ANKARA03391_b
Original Classification:
SECRET
Handling Restrictions
-- N/A or Blank --
Character Count:
980
TAGS:
PFOR - Foreign Policy | TU - Turkey
From:
Turkey Ankara
Markings:
Declassified/Released US Department of State EO Systematic Review 30 JUN 2005
To:
Secretary of State
Content
"""


@pytest.mark.parametrize("table", [_TABLE_TABS, _TABLE_LINES], ids=["tabs", "lines"])
def test_plusd_table_is_the_record_and_the_cable_gives_its_number(table: str, resources) -> None:
    facts = text_facts(table + _CABLE, resources)
    assert facts["telegram_number"] == "3391"
    assert facts["archive_idno"] == "1975ANKARA03391_b"
    assert facts["date"] == "1975-04-30"
    assert facts["place_of_origin"] == "Ankara"
    assert facts["signed"] == "MACOMBER"


def test_plusd_reader_wants_the_canonical_id(resources) -> None:
    """An AAD-like record with `From:`/`To:`/`TAGS:` but no `Canonical ID` is not PlusD's."""
    text = "From:\tAMEMBASSY ANKARA\nTo:\tSECSTATE WASHDC\nTAGS:\tPFOR\nType:\tTE\n" + _CABLE
    assert text_facts(text, resources)["archive_idno"] != "1975ANKARA03391_b"
