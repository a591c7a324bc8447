"""Rules for diplomatic letters of layouts not sampled before (letters74):

- the East German party letter's address (`An den` / office / `Genossen N. S. X` / seat,
  table `inside-address`, rows `style` and `title`) over the comrade's German salutation
  (`Werter Genosse X!`, table `salutation`): the addressee;
- the Slavonic office's genitive after a title word in a letterhead (`MINISTER SPRAW
  ZAGRANICZNYCH`: table `not-names`) names nobody;
- a presidential library's `Box 118a, Folder 12` line over the letter (table
  `archival-reference`): the shelfmark;
- a receipt stamp at the letter's foot, under the foot address (`RECEIVED` / `DEC 8 1962` /
  the office: table `receipt-stamp`, `foot_receipt`): a registry stamp of the closer, its
  date the date received, and no line of it in the address;
- (after the held samples) an official residence as letterhead (`PRIME MINISTER'S HOUSE` /
  `NEW DELHI`: table `heading`, the general `letterhead` row): its seat the place of origin;
  the Indian `The Rt. Hon'ble X, M.P.,` at the foot (tables `foot-address`, `inside-address`,
  `not-names`): the addressee, `Rt` no name; a library named in full, then a person's papers
  and their file (`Nehru Memorial Museum & Library, Jawaharlal Nehru Papers, Subject File No.
  412`: table `archival-reference`): repository and shelfmark.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

PARTY_LETTER = (
    "Berlin, den 3. März 1965\n\n"
    "An den\n"
    "Ersten Sekretär des ZK der KPdSU\n"
    "Genossen L. I. Breshnew\n"
    "M o s k a u\n\n"
    "Werter Genosse Breshnew!\n\n"
    "Wir danken Ihnen für die Einladung unserer Delegation nach Moskau.\n\n"
    "Mit kommunistischem Gruß\n\n"
    "(W. Ulbricht)\n"
)


def test_a_german_party_letter_address_names_the_addressee(resources: Resources) -> None:
    facts = text_facts(PARTY_LETTER, resources)
    assert facts["addressee"] == ["Leonid Brezhnev"]
    assert facts["sender"] == ["Walter Ulbricht"]
    assert "<salute>Werter Genosse" in text_xml(PARTY_LETTER, resources)


MINISTER_LETTER = (
    "MINISTER SPRAW ZAGRANICZNYCH\n"
    "POLSKIEJ RZECZYPOSPOLITEJ LUDOWEJ\n\n"
    "Esteemed Comrade Minister!\n\n"
    "I thank you for your letter of 2 March about the Geneva conference.\n\n"
    "Please accept, Comrade Minister, the assurances of my highest esteem.\n\n"
    "/-/ A. Rapacki\n\n"
    "Warsaw, 9.III.1964\n"
)


def test_a_letterhead_office_genitive_is_no_name(resources: Resources) -> None:
    xml = text_xml(MINISTER_LETTER, resources)
    assert "<persName" not in xml.split("Esteemed")[0].split("<text")[-1]
    assert text_facts(MINISTER_LETTER, resources)["date"] == "1964-03-09"


LIBRARY_LETTER = (
    "Lyndon Baines Johnson Library\n"
    "National Security File, Head of State Correspondence\n"
    "Box 7, Folder 3\n\n"
    "THE WHITE HOUSE\n"
    "WASHINGTON\n\n"
    "March 4, 1965\n\n"
    "Dear Mr. Prime Minister:\n\n"
    "Thank you for your letter of February 20 on the situation in Vietnam.\n\n"
    "Sincerely,\n\n"
    "/s/ Lyndon B. Johnson\n\n"
    "His Excellency\n"
    "Lester B. Pearson\n"
    "Prime Minister of Canada\n"
    "Ottawa\n\n"
    "RECEIVED\n"
    "MAR 8 1965\n"
    "PRIME MINISTER'S OFFICE\n"
)


def test_a_box_and_folder_line_is_the_shelfmark(resources: Resources) -> None:
    # (letters76) with the collection's line over it, one reference
    assert text_facts(LIBRARY_LETTER, resources)["archive_idno"] == \
        "National Security File, Head of State Correspondence, Box 7, Folder 3"


def test_a_receipt_stamp_at_the_foot_is_the_date_received(resources: Resources) -> None:
    facts = text_facts(LIBRARY_LETTER, resources)
    assert facts["date_received"] == "1965-03-08"
    assert facts["registry_notes"] == ["RECEIVED MAR 8 1965", "PRIME MINISTER'S OFFICE"]
    assert facts["addressee"] == ["Lester Pearson"]
    assert "<addrLine>RECEIVED" not in text_xml(LIBRARY_LETTER, resources)


RESIDENCE_LETTER = (
    "Nehru Memorial Museum & Library, Jawaharlal Nehru Papers, Subject File No. 97, pp. 4-5\n\n"
    "PRIME MINISTER'S HOUSE\n"
    "NEW DELHI\n\n"
    "No. 812-PMH/61                                        3rd March, 1961\n\n"
    "My dear Prime Minister,\n\n"
    "Thank you for your letter about the Congo.\n\n"
    "Yours sincerely,\n"
    "Jawaharlal Nehru\n\n"
    "The Rt. Hon'ble Harold Macmillan, M.P.,\n"
    "Prime Minister of the United Kingdom,\n"
    "London.\n"
)


def test_an_official_residence_letterhead_and_a_styled_foot_address(resources: Resources) -> None:
    facts = text_facts(RESIDENCE_LETTER, resources)
    assert facts["place_of_origin"] == "New Delhi"
    assert facts["addressee"] == ["Harold Macmillan"]
    assert facts["archive_idno"] == "Jawaharlal Nehru Papers, Subject File No. 97, pp. 4-5"
    assert facts["repository"] == "Nehru Memorial Museum & Library"
