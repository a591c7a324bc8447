"""Rules written for documents that are not telegrams (letters43: a third blind sample of
presidential library letters, FRUS minutes and memoranda, statements pages and diaries),
each checked on two layouts or more: an enclosure list between a letter's signature and its
addressee at the foot (`Enclosures:` / items / `The President,` / `The White House.`), the
foot address's office ending at its comma; a statements catalogue's item page (the speaker's
name over the title and the record fields, perhaps under the site's section lines and the
catalogue's date) and its venue; a foundation's shop widgets and date picker over a diary."""

from __future__ import annotations

import pytest

from tests.cases import text_facts, text_xml

_WELLES = """                    DEPARTMENT OF STATE

                            WASHINGTON

                           July 9, 1942

                      My dear Mr. President:

I enclose a draft of a reply to the Prime Minister's letter for your signature.

                     Faithfully yours,

                          Sumner Welles

{enclosures}
                          The President,

      The White House.
"""


@pytest.mark.parametrize("enclosures", [
    "                        Enclosures:\n\n                       From Prime Minister;\n\n"
    "                        To Prime Minister.\n",
    "Enclosures (2)\n1. Copy of the Prime Minister's letter\n2. Draft reply\n",
])
def test_enclosure_list_over_a_foot_address_stays_in_the_closer(resources, enclosures):
    text = _WELLES.format(enclosures=enclosures)
    facts = text_facts(text, resources)
    assert facts["sender"] == ["Sumner Welles"]
    assert facts["signed"] == "Sumner Welles"
    xml = text_xml(text, resources)
    # the office the address names, its holder that year (not `President, The White House`)
    assert '<roleName ref="#per-franklin-d-roosevelt">President</roleName>' in xml
    assert '<seg type="registry" subtype="other">Enclosure' in xml
    assert "<addrLine>The President,</addrLine>" in xml


def test_a_long_last_line_is_no_enclosure_item(resources):
    text = _WELLES.format(enclosures="Enclosures:\nThe Prime Minister asked me to say that he "
                                     "hopes to hear from you before the end of the month.\n")
    assert "<signed>Sumner Welles</signed>" not in text_xml(text, resources)


@pytest.mark.parametrize("head", [
    "Speeches, etc.\n\nMargaret Thatcher\n\n",
    "Speeches, Interviews & Other Statements\n\nComplete list of 8,000+ Thatcher statements "
    "& texts of many of them\n\n1982 Mar 4 Th\nMargaret Thatcher\n\n",
    "Margaret Thatcher\n\n",
])
def test_statements_catalogue_page_speaker_title_and_venue(resources, head):
    text = (f"{head}Remarks arriving at the embassy in Washington (\"a long flight, a short "
            "night and a great deal to do\")\n\nDocument type: Speeches, interviews, etc.\n"
            "Venue: Front steps, British Embassy, Washington DC\nSource: Thatcher Archive\n"
            "Editorial comments: Exact time unknown.\nImportance ranking: Minor\n"
            "Word count: 40 words\n\nMT: Good evening. I am delighted to be back in "
            "Washington and I look forward to my talks tomorrow.\n")
    facts = text_facts(text, resources)
    assert facts["title"].startswith("Remarks arriving at the embassy")
    assert facts["sender"] == ["Margaret Thatcher"]
    assert facts["place_of_origin"] == "Washington"
    if "1982 Mar 4" in head:
        assert facts["date"] == "1982-03-04"


def test_an_archive_name_over_a_record_is_no_speaker(resources):
    text = ("Bundesarchiv\nBestand: B 136 Bundeskanzleramt\nSignatur: B 136/6412\n"
            "Titel: Fernschreiben der Botschaft Washington an das Auswärtige Amt\n"
            "Datum: 12. Aug. 1961\nUmfang: 3 Bl.\n\nTranskription (englische Übersetzung):\n\n"
            "The Secretary of State said today that the Berlin question would be settled.\n")
    assert "Bundesarchiv" not in text_facts(text, resources)["sender"]


@pytest.mark.parametrize("top", [
    "Shopping Cart\nYour Shopping Cart is empty\nVisit StoreYour Shopping Cart is empty\n"
    "Visit StoreMarch\n12\n1982\n",
    "Shopping Cart\n\nYour Shopping Cart is empty\n\nVisit Store\nChange Font Size\n\n",
])
def test_shop_widgets_and_date_picker_over_a_diary_are_furniture(resources, top):
    text = f"{top}March 12, 1982\nA long morning of briefings on the budget and on Poland.\n"
    facts = text_facts(text, resources)
    assert facts["date"] == "1982-03-12"
    xml = text_xml(text, resources)
    assert "Shopping" not in xml.split("<text")[1] and "Visit Store" not in xml
    assert "<head>12</head>" not in xml
