"""Rules for diplomatic notes as archives and editions publish them (letters47):

- a note opened by its sender's style, not by an article (`His Britannic Majesty's Ambassador
  presents his compliments to His Excellency the Minister ...`), or by a state body's
  statement (`The Ministry of Foreign Affairs of X, in connection with ..., considers it
  necessary to state`) is a third-person note: a memorandum, its `No.` the note's own number
  (no telegram number), the styles no persons (table `third-person-notes`); a stop inside an
  abbreviation or after an initial leaves its parties whole (`The Chargé d'Affaires a.i. of
  ...`, `to His Excellency Mr. Llewellyn E. Thompson, Ambassador ...`);
- its close numbered as the last paragraph is the closing salutation (table `valediction`);
- a note's form line with its number (`NOTE VERBALE No. 47`, `AIDE-MÉMOIRE No. 3`,
  `Circular Note No. 12/61`) gives the note's own number (table `heading`; `verbal note` and
  `circular note` are `doc-types` labels);
- the pages' furniture: Papers Past's site lines (a `|` breadcrumb), the UK National Archives'
  education labels and questions, an edition's name and volume line (`Documents on Irish
  Foreign Policy` / `Volume IX: 1948 - 1951`), `Previous` / `Next` links (table
  `page-furniture`);
- a printed paper's heading naming a note's form and both parties (`Note from His Majesty's
  Ambassador at Rome to ...`) under its `No. 1.` is the title (table `frus`), and such a note
  in the first person, under its salutation, is a letter (`doc_types`);
- a peer signs with his title alone (`PERTH.`: the Earl of Perth; `short_signatures`);
- a foot address run ends at a dateline: initials under the place and date sign (`parts`);
  a note's addressed mission by name alone, closed by its comma over its seat, is a foot
  address (`The High Commission for Pakistan in India,` / `New Delhi.`); an Indian dateline's
  article (`New Delhi, the 14th March, 1959.`);
- a note's first sentence, which names both parties, is no edition heading (`The Ministry ...
  presents its compliments to the Soviet Embassy in China and ...`: table `frus`), and a
  heading `Note of the X to the Y` is the title;
- the body that signs over a placeless dateline gives its seat (`FOREIGN OFFICE, S.W.1.` /
  date: London; `seats`); a mission's name, seat and date on one line is a dateline (table
  `address-dateline`); a foot address may open `His Excellency the` (table `foot-address`);
- an archive title's `Note Verbale, X to Y` names the form, and X is the sender (`parties`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

STYLED = (
    "BRITISH EMBASSY,\nTEHRAN.\n\nNo. 142\n\n"
    "His Britannic Majesty's Ambassador presents his compliments to His Excellency the "
    "Minister for Foreign Affairs and has the honour to refer to the Ministry's note of 3rd "
    "May.\n\n"
    "2. {close}\n\n"
    "14th May, 1951.\n"
)
CLOSE = ("His Britannic Majesty's Ambassador avails himself of this opportunity to renew to "
         "His Excellency the assurance of his highest consideration.")


def test_a_note_opened_by_a_style_is_a_third_person_note(resources: Resources) -> None:
    facts = text_facts(STYLED.format(close=CLOSE), resources)
    assert facts["doc_type"] == "memorandum"
    assert facts["telegram_number"] is None
    assert facts["outgoing_number"] == "142"
    assert facts["date"] == "1951-05-14"
    xml = text_xml(STYLED.format(close=CLOSE), resources)
    assert "<persName" not in xml.split("<text")[1]


def test_a_numbered_close_is_the_salutation(resources: Resources) -> None:
    xml = text_xml(STYLED.format(close=CLOSE), resources)
    assert f"<salute>2. {CLOSE}</salute>" in xml


def test_a_note_opened_by_a_statement_is_a_third_person_note(resources: Resources) -> None:
    text = ("The Soviet Ministry of Foreign Affairs to the American Embassy\n\nNo. 41\n\n"
            "The Ministry of Foreign Affairs of the Union of Soviet Socialist Republics, in "
            "connection with the note of May 13, 1952, considers it necessary to state the "
            "following:\n\nThe Soviet Government cannot agree.\n\nMoscow, May 24, 1952.\n")
    facts = text_facts(text, resources)
    assert facts["doc_type"] == "memorandum"
    assert facts["telegram_number"] is None


def test_papers_past_site_lines_are_furniture(resources: Resources) -> None:
    text = ("Papers Past | Parliamentary Papers | Appendix to the Journals of the House of "
            "Representatives | 1927 Session I | A-07\nA.—7. 2\nNo. 3.\n"
            "The Consul-General for Japan to the Prime Minister.\n"
            "Consulate-General of Japan,\nSydney, 3rd June, 1927.\n"
            "The Consul-General for Japan presents his compliments to the Prime Minister and "
            "has the honour to inform him of the visit.\nT. TOKUGAWA.\n")
    facts = text_facts(text, resources)
    assert facts["title"] == "The Consul-General for Japan to the Prime Minister"
    assert facts["date"] == "1927-06-03"
    assert facts["doc_type"] == "memorandum"


def test_education_labels_and_questions_are_furniture(resources: Resources) -> None:
    text = ("The National Archives\nSource 3\n\n" + STYLED.format(close=CLOSE)
            + "\nWhat does this source tell us about British attitudes?\n")
    xml = text_xml(text, resources)
    assert "What does this source" not in xml
    assert text_facts(text, resources)["title"] != "Source 3"


def test_an_edition_s_masthead_leaves_its_heading_the_title(resources: Resources) -> None:
    text = ("Documents on Irish Foreign Policy\nVolume IX: 1948 - 1951\n\n"
            "No. 214 NAI DFA 305/74/1\n\n"
            "Note verbale from the Department of External Affairs to the Italian Legation "
            "(Dublin)\n\nDUBLIN, 4 June 1949\n\n"
            "The Department of External Affairs presents its compliments to the Italian "
            "Legation and has the honour to refer to the Legation's note.\n")
    assert text_facts(text, resources)["title"] == (
        "Note verbale from the Department of External Affairs to the Italian Legation (Dublin)")


def test_previous_and_next_links_are_no_signatures(resources: Resources) -> None:
    text = ("The British Embassy to the Department of State\n\nAide-Mémoire\n\n"
            "His Majesty's Government have been giving anxious consideration to the matter.\n\n"
            "Washington, April 17, 1940.\n\nPrevious\nNext\n")
    assert "per-previous" not in text_xml(text, resources)
    assert text_facts(text, resources)["signed"] is None


NOTE = (
    "No. 1.\n\n"
    "Note from His Majesty's Ambassador at Rome to the Italian Minister for Foreign Affairs.\n\n"
    "British Embassy, Rome, April 16, 1938.\n\nYour Excellency,\n\n"
    "I have the honour to inform Your Excellency that the Agreement will come into force.\n\n"
    "I avail myself of this opportunity to renew to Your Excellency the assurance of my "
    "highest consideration.\n\n{signature}\n\n"
    "His Excellency the Earl of Perth, G.C.M.G., C.B.,\n&c., &c., &c.\n"
)


def test_a_note_heading_under_a_paper_number_is_the_title_of_a_letter(resources: Resources
                                                                      ) -> None:
    facts = text_facts(NOTE.format(signature="CIANO."), resources)
    assert facts["title"] == ("Note from His Majesty's Ambassador at Rome to the Italian "
                              "Minister for Foreign Affairs")
    assert facts["doc_type"] == "letter"
    assert facts["date"] == "1938-04-16"
    assert facts["place_of_origin"] == "Rome"


def test_a_peer_signs_with_his_title(resources: Resources) -> None:
    xml = text_xml(NOTE.format(signature="PERTH."), resources)
    assert '<signed><persName ref="#per-eric-drummond">PERTH</persName>.</signed>' in xml
    assert "pla-perth" not in xml


def test_a_foot_address_opens_with_his_excellency_the(resources: Resources) -> None:
    xml = text_xml(NOTE.format(signature="CIANO."), resources)
    assert "<addrLine>His Excellency the" in xml


def test_initials_under_the_office_and_dateline_sign(resources: Resources) -> None:
    text = ("The Embassy of the United States of America presents its compliments to the "
            "Ministry of Foreign Affairs and has the honor to refer to the Ministry's note.\n\n"
            "Embassy of the United States of America,\nRome, June 14, 1954.\n\nJ.D.Z.\n")
    assert text_facts(text, resources)["signed"] == "J.D.Z."


def test_a_signing_office_over_a_placeless_date_gives_its_seat(resources: Resources) -> None:
    text = ("The Foreign Office present their compliments to the Royal Norwegian Embassy and "
            "have the honour to refer to the Embassy's note.\n\n"
            "2. Her Majesty's Government have taken note of the Norwegian proposals.\n\n"
            "The Foreign Office avail themselves of this opportunity to renew to the Embassy "
            "the assurance of their high consideration.\n\n"
            "FOREIGN OFFICE, S.W.1.\n2nd April, 1952.\n")
    facts = text_facts(text, resources)
    assert facts["place_of_origin"] == "London"
    assert facts["date"] == "1952-04-02"


def test_a_mission_seat_and_date_on_one_line_are_a_dateline(resources: Resources) -> None:
    text = ("BRITISH EMBASSY, DUBLIN, 9 March 1956\n\n"
            "Her Majesty's Embassy present their compliments to the Department of External "
            "Affairs and have the honour to inform them of the talks.\n")
    facts = text_facts(text, resources)
    assert facts["date"] == "1956-03-09"
    assert facts["place_of_origin"] == "Dublin"


INDIAN = (
    "MINISTRY OF EXTERNAL AFFAIRS\nNEW DELHI\n\nNOTE\n\n"
    "The Ministry of External Affairs presents its compliments to the High Commission for "
    "Pakistan in India and has the honour to state that a party crossed the border.\n\n"
    "The Ministry avails itself of this opportunity to renew to the High Commission the "
    "assurances of its highest consideration.\n\n"
    "New Delhi, the 14th March, 1959.\n\n"
    "The High Commission for Pakistan in India,\nNew Delhi.\n"
)


def test_an_indian_dateline_with_its_article_over_a_foot_address(resources: Resources) -> None:
    facts = text_facts(INDIAN, resources)
    assert facts["date"] == "1959-03-14"
    xml = text_xml(INDIAN, resources)
    assert "<addrLine>The High Commission for" in xml


def test_a_note_s_first_sentence_is_no_heading(resources: Resources) -> None:
    opening = ("The Ministry of Foreign Affairs of the People's Republic of China presents its "
               "compliments to the Soviet Embassy in China and has the honour to state as "
               "follows:\n\nSoviet frontier guards intruded.\n\nPeking, March 2, 1969\n")
    facts = text_facts(opening, resources)
    assert not facts["title"].startswith("The Ministry")
    assert facts["doc_type"] == "memorandum"
    heading = ("Note of the Ministry of Foreign Affairs of the People's Republic of China to "
               "the Soviet Embassy in China")
    assert text_facts(f"{heading}\n\n{opening}", resources)["title"] == heading


def test_abbreviations_leave_the_note_s_parties_whole(resources: Resources) -> None:
    text = ("The Ministry of Foreign Affairs of the Union of Soviet Socialist Republics presents "
            "its compliments to His Excellency Mr. Llewellyn E. Thompson, Ambassador of the "
            "United States of America, and has the honor to state the following.\n\n"
            "Moscow, April 3, 1958\n")
    facts = text_facts(text, resources)
    assert facts["addressee"] == ["Llewellyn Thompson"]
    assert facts["doc_type"] == "memorandum"
    charge = ("The Chargé d'Affaires a.i. of the United States of America presents his "
              "compliments to His Excellency the Minister for Foreign Affairs and has the "
              "honor to refer to the Minister's note.\n\nCanberra, June 3, 1958.\n")
    xml = text_xml(charge, resources)
    assert "<roleName>Chargé d'Affaires a.i. of the United States of America</roleName>" in xml


def test_a_note_s_form_line_gives_its_own_number(resources: Resources) -> None:
    body = ("\n\nThe Government of Canada have given careful consideration to the proposals "
            "of the Government of the United States.\n\nOttawa, May 4, 1952.\n")
    for line, number in (("NOTE VERBALE No. 47", "47"), ("AIDE-MÉMOIRE No. 3", "3"),
                         ("Circular Note No. 12/61", "12/61")):
        facts = text_facts(line + body, resources)
        assert facts["doc_type"] == "memorandum"
        assert facts["outgoing_number"] == number
        assert facts["telegram_number"] is None


def test_a_title_s_note_verbale_is_the_form_not_a_sender(resources: Resources) -> None:
    text = ("Note Verbale, Embassy of the German Democratic Republic in Hanoi to the Ministry "
            "of Foreign Affairs\n\nThe Embassy presents its compliments to the Ministry and "
            "has the honor to inform it of a delegation's visit.\n\nHanoi, 11 September 1970\n")
    xml = text_xml(text, resources)
    assert "Verbale</persName>" not in xml
    assert "<roleName>Embassy of the German Democratic Republic in Hanoi</roleName>" in xml
