"""Rules of the misses left by earlier sessions (misses25): paragraphs numbered from the
second on (`2.`, `3.` after an unnumbered first paragraph, as British, Irish and Dominion
despatches, letters and telegrams number them) are numbered paragraphs `p[@n]`, not points;
a real list (`1.`-`3.`, `(a)`-`(c)`) stays points, and a run broken by lettered points
(`2.`, `(a)`, `(b)`, `3.`) stays paragraphs on both sides."""

from __future__ import annotations

import pytest

from tests.cases import text_facts, text_xml

_BRITISH = ("FOREIGN OFFICE AND WHITEHALL DISTRIBUTION\n\nLISBON TO FOREIGN OFFICE\n\n"
            "Cypher/OTP\n\nSir R. Campbell\nTelegram No. 77 of 9 March\n"
            "D. 6.10 p.m. 9th March, 1944.\nR. 8.05 p.m. 9th March, 1944.\n\nSECRET\n\n")
_DFAT = ("Cablegram 12 OTTAWA, 3 May 1946, 4.15 p.m.\n\nSECRET\n\n")


@pytest.mark.parametrize("text", [
    # a Foreign Office printed telegram (the family of gen47, invented wording)
    _BRITISH + "Dr. Salazar received me this morning and spoke of the wolfram question.\n\n"
    "2. He said that exports would be cut by half before the summer.\n\n"
    "3. I think he means it.\n",
    # a DFAT cablegram in the Markdown edition's escaped numbers (d34's layout)
    _DFAT + "Your telegram 41 received and passed to the Prime Minister.\n\n"
    "2\\. He will reply after the Cabinet meets on Tuesday.\n\n"
    "3\\. Grateful for any news of the conference date.\n",
])
def test_paragraphs_numbered_from_the_second(text, resources) -> None:
    xml = text_xml(text, resources)
    assert text_facts(text, resources)["numbered_points"] == 0
    assert '<p n="2">' in xml and '<p n="3">' in xml and "<list type=" not in xml


@pytest.mark.parametrize(("text", "points"), [
    # a real list from one under the first paragraph stays points
    (_BRITISH + "The Minister listed the Portuguese conditions:\n\n1. No troops ashore.\n\n"
     "2. No aircraft over the mainland.\n\n3. Payment in sterling.\n", 3),
    # lettered points inside paragraph 2 stay points; paragraphs 2 and 3 do not
    (_DFAT + "Your telegram 41 received.\n\n2. The conditions are:\n\n(a) no publicity;\n\n"
     "(b) no date before June.\n\n3. I shall report further.\n", 2),
])
def test_real_lists_stay_points(text, points, resources) -> None:
    assert text_facts(text, resources)["numbered_points"] == points


_AAD_TOP = ("Access to Archival Databases (AAD)\nCentral Foreign Policy Files, created "
            "7/1/1973 - 12/31/1979, documenting the period ca. 1973 - 12/31/1979\n"
            "Electronic Telegrams, 1/1/1975 - 12/31/1975\nRecord 3 of 11\n\n")


@pytest.mark.parametrize(("text", "place"), [
    # a record copied without its search page, fields by colon and tab
    ("Draft Date:\t14 MAR 1975\nDocument Number:\t1975ANKARA01944\nFilm Number:\t"
     "D750089-0412\nFrom:\tAMEMBASSY ANKARA\nTo:\tSECSTATE WASHDC\nTAGS:\tPFOR, TU, CY\n"
     "Subject:\tCYPRUS NEGOTIATIONS\nOriginal Classification:\tCONFIDENTIAL\nMessage Text:\n"
     "1. FOREIGN MINISTER TOLD ME THIS MORNING THAT TURKEY WOULD ACCEPT TALKS IN VIENNA.\n"
     "2. HE ASKED THAT WE PASS THIS TO THE GREEKS.\nMACOMBER\n", "Ankara"),
    # the search page's record table, label and value apart by spaces, the post alone
    (_AAD_TOP + "Draft Date          05/02/1975\nDocument Number     1975OSLO01822\n"
     "From                OSLO\nTo                  SECSTATE WASHDC\nTAGS                "
     "PFOR, NO, US\nSubject             FISHERIES TALKS\nMessage Text\n"
     "1. THE NORWEGIAN GOVERNMENT WILL PROPOSE A FIFTY MILE ZONE AT THE NEXT ROUND.\n"
     "2. EMBASSY WILL REPORT FURTHER.\nBYRNE\n", "Oslo"),
])
def test_aad_record_fields_head_a_cable_without_its_heading(text, place, resources) -> None:
    facts = text_facts(text, resources)
    assert (facts["doc_type"], facts["place_of_origin"]) == ("cable", place)
    assert 'subtype="addressee">To: SECSTATE' in text_xml(text, resources)


def test_aad_record_with_its_cable_heading_keeps_fields_in_header(resources) -> None:
    text = (_AAD_TOP + "Draft Date:\t30 DEC 1974\nDocument Number:\t1974LISBON05921\n"
            "From:\tLISBON\nTo:\tSECSTATE WASHDC\nMessage Text:\nCONFIDENTIAL\n"
            "P 302334Z DEC 74\nFM AMEMBASSY LISBON\nTO SECSTATE WASHDC PRIORITY 4127\n"
            "C O N F I D E N T I A L LISBON 5921\nSUBJECT: SOARES ON ELECTIONS\n"
            "1. SOARES TOLD ME ELECTIONS WILL TAKE PLACE IN MARCH.\nSCOTT\n")
    assert "To: SECSTATE" not in text_xml(text, resources).split("<text>")[1]


@pytest.mark.parametrize(("sentence", "person", "letters"), [
    # the sample's: FRUS 1917, the German ambassador's name completed after its initial
    ("If you will send me copies of B[ernstorff]’s cipher telegrams, the British "
     "authorities will decipher them.", "per-johann-heinrich-von-bernstorff", "B"),
    # a 1914 colour book's abbreviated name (not the sample's), a few letters completed
    ("Sch[elking] told me that the Ambassador had left for Berne.", "per-eugene-de-schelking",
     "Sch"),
    ("He said that L[enin] would arrive in Stockholm on Monday.", "per-vladimir-lenin", "L"),
])
def test_name_completed_in_brackets_is_the_register_person(sentence, person, letters,
                                                             resources) -> None:
    text = ("The Ambassador in Great Britain (Page) to the Secretary of State\n"
            f"London, March 1, 1917.\n\n{sentence}\n\nPage\n")
    xml = text_xml(text, resources)
    assert f'<persName ref="#{person}">{letters}<supplied' in xml


@pytest.mark.parametrize("sentence", [
    "The Am[erican] Mission will report.",  # a word, no person
    "He met D[ondogiin] Tsevegmid in Beijing.",  # a given name before its surname
])
def test_completed_word_that_is_no_register_person_stays_plain(sentence, resources) -> None:
    text = ("The Ambassador in Great Britain (Page) to the Secretary of State\n"
            f"London, March 1, 1917.\n\n{sentence}\n\nPage\n")
    xml = text_xml(text, resources)
    assert "Am<supplied" in xml or "D<supplied" in xml
