"""Rules of the misses left by earlier sessions (misses25): paragraphs numbered from the
second on (`2.`, `3.` after an unnumbered first paragraph, as British, Irish and Dominion
despatches, letters and telegrams number them) are numbered paragraphs `p[@n]`, not points;
a real list (`1.`-`3.`, `(a)`-`(c)`) stays points, and a run broken by lettered points
(`2.`, `(a)`, `(b)`, `3.`) stays paragraphs on both sides."""

from __future__ import annotations

import pytest
from lxml import etree

from tei.edition import Edition
from tei.render import Renderer, context_xml
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


@pytest.mark.parametrize("text", [
    _BRITISH + "Dr. Salazar spoke of wolfram.\n\n2. He said exports would be cut.\n",
    _DFAT + "Your telegram 41 received.\n\n2\\. He will reply on Tuesday.\n",
])
def test_numbered_paragraph_shows_its_number(text, resources) -> None:
    renderer = Renderer.shared()
    source = renderer.load(etree.fromstring(text_xml(text, resources).encode()).getroottree(),
                           "t")
    assert "\n2. He " in renderer.text(source, context_xml(Edition()))
    html = renderer.html(source, context_xml(Edition()))
    assert '<span class="para-number">2.</span> He ' in html


@pytest.mark.parametrize(("text", "points"), [
    # a real list from one under the first paragraph stays points
    (_BRITISH + "The Minister listed the Portuguese conditions:\n\n1. No troops ashore.\n\n"
     "2. No aircraft over the mainland.\n\n3. Payment in sterling.\n", 3),
    # a first point run on into the opening paragraph: 2. and 3. are its list's
    (_DFAT + "The Minister made three points: 1. no troops ashore;\n\n"
     "2. no aircraft over the mainland;\n\n3. payment in sterling.\n", 2),
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


_WCDA_CABLE = ("Skip to content\n\nMarch 3, 1957\n\nCable from the Chinese Embassy in Romania, "
               "‘The Romanian Paper Scinteia Printed Our Statement’\n\nThis document was made "
               "possible with support from MacArthur Foundation\n\nTo the Foreign Ministry:\n\n\n"
               "The morning paper[1] printed our statement on the front page, and the editors "
               "asked for a second text on the plenum. Requesting instructions.\n\n\n"
               "Embassy in Romania\n\n09:00, 3 March 1957\n\n"
               "Received: 3 March at 18:40; printed: 4 March at 1:10\n\n\n"
               "[1] Scînteia, the paper of the Romanian Workers' Party.\n\n\n")


@pytest.mark.parametrize("summary", [
    # the sample's: a reporting summary the store cut short
    "The Chinese Embassy in Bucharest reports that the Romanian paper printed China's "
    "statement on t",
    # (not the sample's) another reporting verb, cut after a few words
    "The embassy describes how the Romanian party paper handled the Chinese statement and",
])
def test_cut_summary_under_notes_is_the_pages(summary, resources) -> None:
    facts = text_facts(_WCDA_CABLE + summary, resources)
    assert (facts["signed"], facts["notes"]) == ("Embassy in Romania", 1)
    assert facts["date_received"] == "1957-03-03T18:40"


@pytest.mark.parametrize("sentence", [
    "I HAVE KEPT THEM BRIEF AND I HOPE GENERAL ENOUGH TO PROVIDE ROOM.",  # the sample's
    "THERE WAS GENERAL AGREEMENT ON THE TERMS AND GENERAL ELECTIONS WILL BE HELD IN JUNE.",
])
def test_rank_word_as_adjective_in_capitals_names_no_one(sentence, resources) -> None:
    text = ("FM AMEMBASSY TOKYO\nTO SECSTATE WASHDC IMMEDIATE 5577\nS E C R E T TOKYO 01311\n"
            f"SUBJECT: POLICY\n1. {sentence}\nMANSFIELD\n")
    xml = text_xml(text, resources)
    assert xml.count("<person xml:id=") == 1 and 'xml:id="per-mike-mansfield"' in xml


@pytest.mark.parametrize(("text", "lost"), [
    # the sample's layout: a 1935 volume numbering notes by chapter, one glued to `11`
    ("765.84/2031: Telegram\n\nThe Minister in Switzerland (Wilson) to the Secretary of "
     "State\n\n338. The Council met on October 7,54 and the Assembly from October 9 to 1155 "
     "adopted the recommendations of the Committee.56\n\nWilson\n"
     "  1. Minutes of the Council.\n  2. Ibid., Supplement No. 145.\n  3. Ibid., p. 7.\n", "55"),
    # (not the sample's) the lost anchor glued to a year's figure of a page reference
    ("500.C112/914: Telegram\n\nThe Consul at Geneva (Gilbert) to the Secretary of State\n\n"
     "212. The Secretary General circulated the text,12 the Committee's report of 193113 "
     "and the draft resolution.14\n\nGilbert\n"
     "  1. Not printed.\n  2. Not printed.\n  3. Ibid., p. 4.\n", "13"),
])
def test_frus_note_anchor_glued_to_a_number_between_found_ones(text, lost, resources) -> None:
    xml = text_xml(text, resources)
    assert text_facts(text, resources)["numbered_points"] == 0
    assert xml.count('<note place="foot"') == 3 and f'n="{lost}">' in xml


@pytest.mark.parametrize(("text", "sender", "addressee"), [
    # the sample's layout: a page copied without the sitting's reference, speakers glued
    ("§ MR. JOHN SMITHasked the Under Secretary of State for Foreign Affairs, Whether the "
     "Russian Government had answered the note on the Persian loan?\n"
     "§ SIR CHARLES W. DILKESir, I will read to the House an extract from a Despatch "
     "addressed by my noble Friend Lord Granville to Lord Dufferin on the subject. Lord "
     "Granville writes as follows:—\nThe Russian Ambassador said that his Government had "
     "made no loan and would make none without consulting Her Majesty's Government.\n"
     "§ MR. JOHN SMITHasked, Whether the Despatch would be laid on the Table?\n",
     ["Lord Granville"], ["Lord Dufferin"]),
    # (not the sample's) the sitting's reference over the speeches, a despatch `from`
    ("HC Deb 12 March 1908 vol 185 cc1-2\n§ MR. PONSONBYasked the Secretary of State for "
     "Foreign Affairs whether he could give the House any information about Persia.\n"
     "§ SIR EDWARD GREYI will read a passage from a despatch from Sir Charles W. Dilke to "
     "Lord Dufferin which the House will find of interest:—\nThe Shah has agreed to the "
     "loan on the terms proposed.\n", ["Charles W. Dilke"], ["Lord Dufferin"]),
])
def test_hansard_despatch_read_to_the_house(text, sender, addressee, resources) -> None:
    facts = text_facts(text, resources)
    assert (facts["doc_type"], facts["sender"], facts["addressee"]) == (
        "letter", sender, addressee)


@pytest.mark.parametrize(("line", "names"), [
    ("Recorders: Zhang Yuee, Xiong Jingxian", ["Zhang Yuee", "Xiong Jingxian"]),  # the sample's
    ("Note takers: Cao Guisheng, Yao Dengshan", ["Cao Guisheng", "Yao Dengshan"]),
])
def test_record_takers_plural_label_and_family_names(line, names, resources) -> None:
    text = ("Record of the Conversation between Premier Zhou Enlai and Foreign Minister "
            "Subandrio\n\nTime: 27 January 1965\nLocation: Great Hall of the People\n"
            f"Interpreter: Huang Shuhai\n{line}\n\nPremier Zhou: We welcome you.\n")
    xml = text_xml(text, resources)
    assert 'subtype="participants">' + line.split(":")[0] in xml
    assert all(f">{name}</persName>" in xml for name in names)
