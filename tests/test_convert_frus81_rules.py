"""Rules for FRUS print pages and the other US documentary editions (frus81):

- FRUS's printed page as OCR reads it sets the handling (classification or precedence) at the
  left and the editors' receipt in brackets at the right of the line under the dateline
  (`US URGENT    [Received June 12—6:15 p. m.]`): the two are a line each (table
  `run-on-heading`, row `handling-receipt`), so the receipt is read and the delegation's
  series number opens the text;
- the volume line of the other US documentary editions (`Documents on Disarmament, 1961`,
  `American Foreign Policy: Current Documents, 1957`, `Public Papers of the Presidents of the
  United States`, `The Pentagon Papers, Gravel Edition, Volume 3`) is page furniture (table
  `page-furniture`, row `us-documentary-edition`), never the document's text or title;
- a heading closed by the document's date and its note's anchor (`..., September 9,
  1961¹`) gives the page's date when no date line does, and the anchor is the title's note
  (`pages/comma_title.dated_title_note`);
- the Public Papers' heading, one sentence opening with its form and closed by a stop over
  the date line, loses the stop (`pages/comma_title.stopped_title_over_date`);
- a statesman's papers edition's item (The Papers of Dwight David Eisenhower: the number
  alone, `To X`, `Cable. Top secret`, the date, the text, the source line `EM, AWF, ...`) is
  read by `pages/papers_item.py` (table `papers-item`): the edition's author the sender, the
  `To` line the title and the addressee, the form the type, the source line the reference;
- the Pentagon Papers' descriptive heading (`Cablegram from Ambassador X in Saigon to ...,
  Oct. 5, 1963, 7 P.M.`) gives the place of sending and the hour (table `heading`, row
  `date`);
- the Gravel edition's `FROM: Saigon 2052 (Taylor)` gives the post and the cable's number
  (table `heading`, row `sender`);
- a year-first date's comma year is no number after a word (`See telegram Delsec 1889, June
  11`: a telegram's number and its day, not 1889; `date_shapes._late_named_shapes`);
- several telegrams printed as one FRUS document, the heading's form in the plural
  (`61. Telegrams From the Embassy in Laos to the Department of State1`), is a FRUS document
  heading (table `frus`, row `document-heading`) naming telegrams (table `doc-types`);
- the Public Papers' bracketed release line (`[ Released October 14, 1961. Dated October 12,
  1961 ]`) is a heading line (table `heading`, row `date`), so the salutation under it opens
  the letter, and the day it was dated is the letter's date (`pages/comma_title.release_dated`);
- register: `Nhu` alone is Ngo Dinh Nhu in 1954-1963 (surname in office; `Madame Nhu` stays
  his wife), `Huong` alone Tran Van Huong in his years in office, the possessive too
  (`Huong's government`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

PRINT = ("711.61/3–2050: Telegram\n\n"
         "The Ambassador in the Soviet Union (Kirk) to the Secretary of State\n\n"
         "SECRET    MOSCOW, March 20, 1950—5 p. m.\n"
         "NIACT    [Received March 21—2:40 a. m.]\n\n"
         "812. Vyshinsky received me at noon. See my telegram 1877, March 2, on the same "
         "subject.\n\n"
         "KIRK\n")


def test_handling_and_receipt_on_one_line_are_two_heading_lines(resources: Resources) -> None:
    facts = text_facts(PRINT, resources)
    assert facts["date_received"] == "1950-03-21T02:40"
    assert facts["telegram_number"] == "812"


def test_a_telegram_number_before_a_day_is_no_year(resources: Resources) -> None:
    xml = text_xml("Saigon, January 6, 1965, 5 p.m.\n\n2052. See telegram Delsec 1877, March "
                   "2, on this.\n\nTaylor\n", resources)
    assert 'when="1877' not in xml
    assert '<date when="1965-03-02">March 2</date>' in xml


DISARMAMENT = ("Documents on Disarmament, 1959\n\n"
               "Letter From Prime Minister Macmillan to Chairman Khrushchev on the Geneva "
               "Talks, April 14, 1959¹\n\n"
               "Dear Mr. Chairman,\n\n"
               "I write to you about the talks on the suspension of tests.\n\n"
               "Yours sincerely,\n\nHAROLD MACMILLAN\n\n"
               "¹ Department of State Bulletin, May 4, 1959, p. 612.\n")


def test_a_heading_closed_by_its_date_and_anchor_dates_the_document(
        resources: Resources) -> None:
    facts = text_facts(DISARMAMENT, resources)
    assert facts["date"] == "1959-04-14"
    assert facts["title"] == ("Letter From Prime Minister Macmillan to Chairman Khrushchev "
                              "on the Geneva Talks, April 14, 1959")
    assert facts["notes"] == 1


def test_the_editions_volume_line_is_no_text(resources: Resources) -> None:
    xml = text_xml(DISARMAMENT.replace("Documents on Disarmament, 1959",
                                       "American Foreign Policy: Current Documents, 1959"),
                   resources)
    assert "American Foreign Policy" not in xml


PUBLIC_PAPERS = ("Public Papers of the Presidents of the United States\n\n"
                 "412. Letter to Chairman Khrushchev on the Berlin Access Routes.\n\n"
                 "November 2, 1961\n\n"
                 "Dear Mr. Chairman:\n\nI have your letter of October 30.\n\n"
                 "Sincerely,\n\nJOHN F. KENNEDY\n")


def test_a_public_papers_heading_loses_its_stop_over_the_date_line(
        resources: Resources) -> None:
    facts = text_facts(PUBLIC_PAPERS, resources)
    assert facts["title"] == "Letter to Chairman Khrushchev on the Berlin Access Routes"
    assert facts["date"] == "1961-11-02"


PAPERS = ("The Papers of Dwight David Eisenhower, Volume XVII, The Presidency: Keeping the "
          "Peace\n\n"
          "214\n\n"
          "To Harold Macmillan\n"
          "Letter. Personal and confidential\n\n"
          "July 9, 1956\n\n"
          "Dear Harold: Thank you for your note about the canal.\n\n"
          "As ever\n\n"
          "EM, AWF, International Series: Macmillan\n")


def test_a_papers_edition_item_gives_author_addressee_and_reference(
        resources: Resources) -> None:
    facts = text_facts(PAPERS, resources)
    assert facts["title"] == "To Harold Macmillan"
    assert facts["sender"] == ["Dwight D. Eisenhower"]
    assert facts["addressee"] == ["Harold Macmillan"]
    assert facts["date"] == "1956-07-09"
    assert facts["doc_type"] == "letter"
    assert facts["archive_idno"] == "EM, AWF, International Series: Macmillan"


NYT = ("Cablegram From Ambassador Taylor to Secretary Rusk, Nov. 3, 1964\n\n"
       "Cablegram from Ambassador Maxwell D. Taylor in Saigon to Secretary of State Dean Rusk, "
       "Nov. 3, 1964, 9 A.M.\n\n"
       "1. The new Government was installed this morning.\n\n"
       "2. Huong asked for our support.\n")


def test_the_descriptive_heading_gives_post_and_hour(resources: Resources) -> None:
    facts = text_facts(NYT, resources)
    assert facts["place_of_origin"] == "Saigon"
    assert 'when="1964-11-03T09:00:00"' in text_xml(NYT, resources)


GRAVEL = ("The Pentagon Papers, Gravel Edition, Volume 4\n\n"
          "Cable, Sullivan to Rusk, 12 March 1965\n\n"
          "FROM: Vientiane 1140 (Sullivan)\n"
          "TO: Secretary of State\n\n"
          "1. Souvanna agrees to the proposed strikes.\n")


def test_a_gravel_from_line_gives_post_and_number(resources: Resources) -> None:
    facts = text_facts(GRAVEL, resources)
    assert facts["telegram_number"] == "1140"
    assert facts["place_of_origin"] == "Vientiane"


NHU = ("Saigon, September 2, 1963, 6 p.m.\n\n"
       "412. Nhu told me that Madame Nhu would leave for Europe.\n\nLodge\n")


def test_nhu_alone_is_the_brother_in_his_years(resources: Resources) -> None:
    xml = text_xml(NHU, resources)
    assert '<persName ref="#per-ngo-dinh-nhu">Nhu</persName>' in xml
    assert '<persName ref="#per-tran-le-xuan">Madame Nhu</persName>' in xml


PLURAL = ("Document 88\n\n"
          "88. Telegrams From the Embassy in the Congo to the Department of State1\n\n"
          "Leopoldville, August 3 and 4, 1960.\n\n"
          "240. Lumumba left this morning for New York.\n\n"
          "251. Further to Embtel 240. Kasavubu remains in the capital.\n\n"
          "Timberlake\n\n"
          "1 Source: Department of State, Central Files, 770G.00/8–360. Secret.\n")


def test_a_plural_heading_is_a_frus_telegrams_heading(resources: Resources) -> None:
    facts = text_facts(PLURAL, resources)
    assert facts["title"] == "Telegrams From the Embassy in the Congo to the Department of State"
    assert facts["doc_type"] == "telegram"
    assert facts["date"] == "1960-08-03"


RELEASED = ("Public Papers of the Presidents of the United States\n\n"
            "101. Letter to Prime Minister Nehru on the Food Program.\n\n"
            "March 9, 1962\n\n"
            "[ Released March 9, 1962. Dated March 7, 1962 ]\n\n"
            "Dear Mr. Prime Minister:\n\nI have your letter of February 20.\n\n"
            "Sincerely,\n\nJOHN F. KENNEDY\n")


def test_a_release_line_is_a_heading_line_over_the_salutation(resources: Resources) -> None:
    xml = text_xml(RELEASED, resources)
    assert "<salute>Dear Mr. Prime Minister:</salute>" in xml
    assert '<ab type="registry" subtype="date"><supplied' in xml
    assert text_facts(RELEASED, resources)["date"] == "1962-03-07"


def test_huong_possessive_in_office(resources: Resources) -> None:
    xml = text_xml("Saigon, January 9, 1965, 4 p.m.\n\n2101. Huong's government has little "
                   "support among the Buddhists, and General Khanh continues to act alone."
                   "\n\nTaylor\n", resources)
    assert '<persName ref="#per-tran-van-huong">Huong</persName>' in xml
