"""Rules for British and Commonwealth documents as users copy them (cw63):

- a telegram number opening the text keeps a Government of India series letter (`No.
  2401-S. Gandhi ...`; table `message-number`) and stands before a classification sentence
  (`No. 362. Confidential. Your telegram No. 410.`, a colonial governor's);
- that series letter is no initial of a name (`No. 387-S. Ratings of the Royal Indian Navy`:
  no person `S. Ratings`; `namerules.INITIALS_NAME`);
- a record of conversation's heading gives its place between `AT` and the day (`... AT 10
  DOWNING STREET ON 7TH AUGUST, 1956`, `... AT 10 DOWNING STREET AT 4.30 P.M. ON ...`: row
  `document-type` of `heading-commonwealth`): the place of origin;
- the documentary editions' dateline with the place supplied in square brackets (`[CANBERRA],
  12 March 1959`; table `heading-commonwealth`, row `dateline`) gives the date and place;
- a surname several register persons fit is the one an edition's note names in full (`Mr
  Webb [1]` with the note `1 T.C. Webb.`; `ambiguity.named_in_full`), and only a note's name
  decides (a text's `Generalissimo Chiang Kai-shek` does not make `General Chiang` his);
- the Confidential Print's heading `From: Washington to Foreign Office.` (with its colon) is
  British context for `Foreign Office` (table `name-context`);
- a post's place after `IN` in a heading in capitals (`FROM U.K. HIGH COMMISSIONER IN CANADA
  TO COMMONWEALTH RELATIONS OFFICE`: Ottawa, not London; `party_places._IN_PLACE`);
- the Transfer of Power's bare number opening the text before a telegram's opening words
  (`13845. Your telegram 2390-S of 8 August.`; `message-number`), and the register's Leo
  Amery at the India Office in 1942 (his years and office), Lord Cranborne, Claude
  Auchinleck;
- the Viceroy and the Secretary of State for India by office alone (`From Viceroy to
  Secretary of State for India.`) are their holders in the year (`sole-offices`; `Viceroy` a
  title, no surname);
- the British teleprinter heading's sending office is London (`FM FCO 121800Z JUNE 73`, the
  month in full; `cable-posts`), and so is the India Office's dateline (`INDIA OFFICE, 8
  August 1942, 5.50 pm`);
- the Australian edition's heading `Minute by Mr J.R. Colville, Private Secretary, for Mr
  Churchill` names writer and addressee (the office between commas; `title-shapes` row
  `of-to`), and the dateline of the house's number and street alone (`10 DOWNING STREET, 14
  May 1941`; `address-dateline`) gives date and place;
- a signature in capitals with its note's anchor over the note (`NASH [1]` / `1 Acting
  Minister ...`) is no volume's running head over a document's number line (`GOLD COAST
  [48]` / `48 ...`; `pages/volume_heads._signer`): its words are a register person's;
- a routing line closed by the editors' note anchor (`Following from Hodgson. [1]`;
  `routing-line`) still names the sender;
- the Transfer of Power's source line (`Telegram, L/PO/6/106b: f 212`; `archival-reference`)
  gives the shelfmark, and its number before a name and comma (`No. 2401-S. Gandhi, ...`);
- a documents volume's numbered heading closed by its note's anchor (`41 Prime Minister of
  New Zealand to Prime Minister of Australia [1]`; `page-title`): the anchor is the title's;
- a DCER page of a document in French: the editors' French heading alone is the title
  (`pages/dcer.py`), its parties cut before `au`, `aux`, `à la` or `à l'` and an office word
  (`title-shapes` row `given`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml


def test_an_india_series_letter_stays_with_the_number(resources: Resources) -> None:
    text = ("CYPHER TELEGRAM\n\nFrom Viceroy to Secretary of State for India.\n\n"
            "Dated New Delhi, 22nd February 1946.\n\n"
            "No. 387-S. Ratings of the Royal Indian Navy in Bombay refused duty yesterday.\n")
    assert text_facts(text, resources)["telegram_number"] == "387-S"
    assert "S. Ratings" not in text_xml(text, resources).split("<text")[0]


def test_a_classification_sentence_after_the_number(resources: Resources) -> None:
    text = ("TELEGRAM\n\nFrom: The Governor, Hong Kong.\n\n"
            "To: The Secretary of State for the Colonies.\n\nDated 21st April, 1949.\n\n"
            "No. 362. Confidential. Your telegram No. 410.\n\n"
            "The situation in the Colony is quiet.\n\nGRANTHAM.\n")
    assert text_facts(text, resources)["telegram_number"] == "362"


def test_a_record_of_conversation_gives_its_place(resources: Resources) -> None:
    text = ("SECRET\n\nRECORD OF A CONVERSATION BETWEEN THE PRIME MINISTER AND THE PRIME "
            "MINISTER OF AUSTRALIA AT 10 DOWNING STREET ON 7TH AUGUST, 1956, AT 3.30 P.M.\n\n"
            "The Prime Minister said that he was grateful to Mr. Menzies.\n")
    facts = text_facts(text, resources)
    assert facts["place_of_origin"] == "Downing Street"
    assert facts["date"] == "1956-08-07"


def test_a_supplied_place_opens_a_dateline(resources: Resources) -> None:
    text = ("Record of Conversation between Mr R.G. Menzies, Prime Minister, and President "
            "Sukarno\n\n[CANBERRA], 12 March 1959\n\nSECRET\n\n"
            "The President called on the Prime Minister at 11 a.m.\n")
    facts = text_facts(text, resources)
    assert facts["date"] == "1959-03-12"
    assert facts["place_of_origin"] == "Canberra"


def test_a_note_names_the_surname_in_full(resources: Resources) -> None:
    text = ("Mr P.C. Spender, Ambassador in the United States, to Mr R.G. Casey, Minister "
            "for External Affairs\n\nSavingram 34 WASHINGTON, 12 June 1952\n\n"
            "Acheson hopes that Mr Webb [1] will be able to attend for New Zealand.\n\n"
            "SPENDER\n\n\n\n1 T.C. Webb, New Zealand Minister of External Affairs.\n")
    xml = text_xml(text, resources)
    assert '<persName ref="#per-clifton-webb">Webb</persName>' in xml


def test_the_print_heading_with_its_colon_is_british(resources: Resources) -> None:
    text = ("No. 2876.\n\nCypher.\n\nFrom: Washington to Foreign Office.\n\nLord Halifax.\n"
            "D. 3.40 a.m. 8th December, 1941.\n\n"
            "I saw the President late last night.\n")
    assert 'ref="#org-foreign-office"' in text_xml(text, resources)


def test_a_post_in_capitals_gives_its_place(resources: Resources) -> None:
    text = ("FROM U.K. HIGH COMMISSIONER IN CANADA TO COMMONWEALTH RELATIONS OFFICE\n\n"
            "No. 312                                   D. 6.10 p.m. 15th March, 1957\n\n"
            "CONFIDENTIAL\n\nYour telegram No. 498.\n\n"
            "I spoke to Mr. Pearson this afternoon.\n")
    assert text_facts(text, resources)["place_of_origin"] == "Ottawa"


def test_a_french_dcer_heading_alone(resources: Resources) -> None:
    text = ("Documents on Canadian External Relations\n\n346.    DEA/50055-B-40\n\n"
            "L'ambassadeur en France au secrétaire d'État aux Affaires extérieures\n\n"
            "TÉLÉGRAMME 812                                    Paris, le 4 novembre 1956\n\n"
            "SECRET. IMMÉDIAT.\n\nLe Ministre des Affaires étrangères m'a reçu ce matin.\n")
    facts = text_facts(text, resources)
    assert facts["title"] == ("L'ambassadeur en France au secrétaire d'État aux Affaires "
                              "extérieures")
    assert "<roleName>L'ambassadeur en France</roleName>" in text_xml(text, resources)


TOP_TELEGRAM = (
    "470\n\nMr Amery to the Marquess of Linlithgow\n\nTelegram, L/PO/6/106b: f 198\n\n"
    "MOST IMMEDIATE                                INDIA OFFICE, 8 August 1942, 5.50 pm\n"
    "SECRET\n\n13845. Your telegram 2390-S of 8 August. Cabinet have approved the text.\n\n"
    "2. Statement will be made in both Houses on Monday.\n")


def test_a_bare_number_opens_a_printed_telegram(resources: Resources) -> None:
    assert text_facts(TOP_TELEGRAM, resources)["telegram_number"] == "13845"


def test_amery_at_the_india_office(resources: Resources) -> None:
    facts = text_facts(TOP_TELEGRAM, resources)
    assert facts["sender"] == ["Leo Amery"]
    assert facts["addressee"] == ["Victor Hope"]


def test_the_fco_sends_from_london(resources: Resources) -> None:
    text = ("CONFIDENTIAL\n\nFM FCO 121800Z JUNE 73\n\nTO PRIORITY CANBERRA\n\n"
            "TELNO 301 OF 12 JUNE 1973\n\nYOUR TELNO 498: FRENCH NUCLEAR TESTS\n\n"
            "1. WE CANNOT JOIN IN THE AUSTRALIAN APPLICATION TO THE COURT.\n\nDOUGLAS-HOME\n")
    facts = text_facts(text, resources)
    assert facts["place_of_origin"] == "London"
    assert facts["date"] == "1973-06-12"


def test_the_india_office_dateline_is_london(resources: Resources) -> None:
    assert text_facts(TOP_TELEGRAM, resources)["place_of_origin"] == "London"


def test_the_viceroy_by_office(resources: Resources) -> None:
    text = ("CYPHER TELEGRAM\n\nFrom Viceroy to Secretary of State for India.\n\n"
            "Dated New Delhi, 22nd February 1946.\n\n"
            "No. 387-S. Ratings of the Royal Indian Navy in Bombay refused duty yesterday.\n")
    xml = text_xml(text, resources)
    assert '<roleName ref="#per-archibald-wavell">Viceroy</roleName>' in xml
    assert 'ref="#per-frederick-pethick-lawrence">Secretary of State for India<' in xml


def test_a_minute_by_for_and_a_street_dateline(resources: Resources) -> None:
    text = ("Minute by Mr J.R. Colville, Private Secretary, for Mr Churchill\n\n"
            "10 DOWNING STREET, 14 May 1941\n\nPrime Minister\n\n"
            "Lord Halifax telephoned from Washington this morning.\n\nJ.R.C.\n")
    facts = text_facts(text, resources)
    assert facts["sender"] == ["John Colville"]
    assert facts["addressee"] == ["Winston Churchill"]
    assert facts["date"] == "1941-05-14"
    assert facts["place_of_origin"] == "Downing Street"


def test_a_signature_with_its_anchor_is_kept(resources: Resources) -> None:
    text = ("Telegram 412          WELLINGTON, 3 October 1951\n\n"
            "Please inform the Office.\n\nNASH [1]\n\n1 Acting Minister.\n")
    assert '<signed><persName ref="#per-walter-nash">NASH</persName>' in text_xml(
        text, resources)


def test_a_routing_line_with_its_anchor(resources: Resources) -> None:
    text = ("Australian Delegation, United Nations, to Department of External Affairs\n\n"
            "Cablegram UN1234 NEW YORK, 14 October 1948, 11.50 p.m.\n\n"
            "Following from Hodgson. [1]\n\nSecurity Council will resume on Monday.\n\n"
            "1 W.R. Hodgson, Australian Representative on the Security Council.\n")
    assert "W. R. Hodgson" in text_facts(text, resources)["sender"]


def test_the_transfer_of_power_source_line(resources: Resources) -> None:
    text = ("484\n\nMarquess of Linlithgow to Mr Amery\n\nTelegram, L/PO/6/106b: f 212\n\n"
            "IMMEDIATE                                 NEW DELHI, 9 August 1942, 11.30 pm\n\n"
            "No. 2401-S. Gandhi, Nehru and the Working Committee were arrested.\n")
    xml = text_xml(text, resources)
    assert '<idno type="shelfmark">L/PO/6/106b: f 212</idno>' in xml
    assert '<idno type="telegram">2401-S</idno>' in xml


def test_a_numbered_heading_with_its_anchor(resources: Resources) -> None:
    text = ("DOCUMENTS ON NEW ZEALAND EXTERNAL RELATIONS                                   118\n\n"
            "41 Prime Minister of New Zealand to Prime Minister of Australia [1]\n\n"
            "Telegram 12                                        WELLINGTON, 24 January 1944\n\n"
            "Your telegram 14. We agree.\n\nFRASER\n\n__________\n"
            "1 Repeated to the High Commissioner in Canberra.\n")
    facts = text_facts(text, resources)
    assert facts["title"] == "Prime Minister of New Zealand to Prime Minister of Australia"
    assert facts["notes"] == 1
