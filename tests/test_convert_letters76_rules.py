"""Rules for diplomatic letters and notes of layouts not sampled before (letters76):

- a note verbale's addressed ministry under a `To:` label alone on its line at the foot
  (`To:` / `The Ministry of Foreign Affairs,` / the state / the seat; table `foot-address`,
  the letters47 `address` row): the foot address, so the dateline over it closes the note
  and dates it;
- a presidential library's collection on its own line over the series and box of an opening
  shelfmark (`Papers of Dwight D. Eisenhower as President (Ann Whitman File)` / `International
  Series, Box 14, folder "..."`; table `archival-reference`, the lead32 row,
  `references._with_collection`): one reference;
- the addressee's name inside a foot address, under its style or office (`His Excellency
  Dwight D. Eisenhower` / `President of the United States of America` / `Washington,
  D.C.`; `processing_lines._addressed_name`): no signature a trailer follows, so the seat
  stays the address's line;
- a translation's mark between the dateline and the salutation (`(Unofficial translation)`,
  `structure._TRANSLATION_MARK`): the opener's language line, the salutation still a salute;
- (after the held samples) the Archives of Yugoslavia's presidential fonds (`Arhiv
  Jugoslavije, KPR I-1/1234, ...`: table `archival-reference`): repository and shelfmark; a
  hyphenated language in a credit (`Translated from Serbo-Croatian by X`: table `citation`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

NOTE_TO_LABEL = (
    "EMBASSY OF THE UNION OF BURMA\n\n"
    "No. 12/4/61\n\n"
    "The Embassy of the Union of Burma presents its compliments to the Ministry of Foreign "
    "Affairs and has the honour to transmit herewith a letter from the Prime Minister.\n\n"
    "The Embassy avails itself of this opportunity to renew to the Ministry the assurances "
    "of its highest consideration.\n\n"
    "Peking, 14th April, 1961.\n\n"
    "To:\n"
    "The Ministry of Foreign Affairs,\n"
    "People's Republic of China,\n"
    "Peking.\n"
)


def test_a_to_label_over_the_foot_address_leaves_the_dateline_closing(
        resources: Resources) -> None:
    facts = text_facts(NOTE_TO_LABEL, resources)
    assert facts["date"] == "1961-04-14"
    assert "<addrLine>To: The" in text_xml(NOTE_TO_LABEL, resources)


LIBRARY_LETTER = (
    "DWIGHT D. EISENHOWER LIBRARY\n"
    "Abilene, Kansas\n\n"
    "Papers of Dwight D. Eisenhower as President (Ann Whitman File)\n"
    "International Series, Box 9, folder \"Macmillan 1957 (2)\"\n\n"
    "Dear Mr. President,\n\n"
    "I thank you for your letter of 2 May about the meeting in Bermuda.\n\n"
    "Yours sincerely,\n\n"
    "Harold Macmillan\n"
)


def test_a_collection_line_over_a_shelfmark_is_one_reference(resources: Resources) -> None:
    facts = text_facts(LIBRARY_LETTER, resources)
    assert facts["archive_idno"] == ("Papers of Dwight D. Eisenhower as President (Ann Whitman "
                                     "File), International Series, Box 9, folder \"Macmillan "
                                     "1957 (2)\"")


ADDRESSED_LETTER = (
    "Dear Mr. President,\n\n"
    "I thank you for your letter of 2 May and for the understanding which your Government "
    "has shown for our position.\n\n"
    "Yours sincerely,\n\n"
    "(signed) Adenauer\n\n"
    "His Excellency Dwight D. Eisenhower\n"
    "President of the United States of America\n"
    "Washington, D.C.\n"
)


def test_the_seat_under_an_addressed_name_stays_in_the_address(resources: Resources) -> None:
    xml = text_xml(ADDRESSED_LETTER, resources)
    address = xml.split("<address>")[1].split("</address>")[0]
    assert "Washington, D.C" in address
    assert 'subtype="processing"' not in xml


MARKED_LETTER = (
    "DER BUNDESKANZLER\n\n"
    "Bonn, den 14. Mai 1958\n\n"
    "(Unofficial translation)\n\n"
    "Dear Mr. President,\n\n"
    "I thank you for your letter of 2 May about the meeting in Bermuda.\n\n"
    "Yours sincerely,\n\n"
    "(signed) Adenauer\n"
)


def test_a_translation_mark_over_the_salutation_stays_in_the_opener(
        resources: Resources) -> None:
    xml = text_xml(MARKED_LETTER, resources)
    assert '<seg type="registry" subtype="language">(Unofficial translation)</seg>' in xml
    assert "<salute>Dear Mr. President,</salute>" in xml


TITO_LETTER = (
    "Arhiv Jugoslavije, KPR I-1/1234, Kabinet Predsjednika Republike\n\n"
    "Translated from Serbo-Croatian by Milan Kovačević\n\n"
    "Dear Comrade Khrushchev,\n\n"
    "We agree that our delegations should meet in Bucharest before the end of the summer.\n\n"
    "With comradely greetings,\n\n"
    "J. B. Tito\n\n"
    "Beograd, 12. jula 1956.\n"
)


def test_a_yugoslav_fonds_and_a_hyphenated_language_credit(resources: Resources) -> None:
    facts = text_facts(TITO_LETTER, resources)
    assert facts["archive_idno"] == "KPR I-1/1234"
    assert facts["translator"] == "Milan Kovačević"
