"""Rules for memoranda of conversation, records, minutes, notes verbales, aides-mémoire and
leaders' letters in layouts the tables lacked (memlet81):

- a record's form line over its parties' line (`RECORD OF CONVERSATION` / `of the Minister
  ... A. A. Gromyko`) takes the lines going on from it in small letters with `with`, `and`
  or `held` into the title (`with the Ambassador of the USA ...`, `held on 12 October 1956`;
  `form_titles._parties_run_on`);
- a record's heading naming its first party's talk in the possessive (`Record of the Prime
  Minister's talk with Premier Chou En-lai at ...`) is the title
  (`form_titles._POSSESSIVE_TALK`), and `Minutes of X's Conversation with Y` names no keeper
  of the minutes (table `title-shapes`, the `author-of` row for journals and minutes);
- a note's file reference opening in letters with its date after it on one line (`No.
  Afg.(I)-3/55   2nd April, 1955`) dates the note and is no telegram number (table
  `heading`, row `date`);
- the French close `Veuillez croire, ..., à mes sentiments de très haute considération.`
  (table `valediction`) and `Monsieur` with a name in small letters at a letter's foot
  (`Monsieur John F. Kennedy`, table `foot-address`): the addressee, not a signer;
- the head saying who handed an unsigned paper to whom and when (`[Handed to the Secretary
  of State by ... on the afternoon of February 11, 1957]`) dates it (table `meeting-held`);
- an exchange's own heading (`EXCHANGE OF LETTERS BETWEEN THE PRIME MINISTER OF INDIA AND
  ...`) is the title (table `page-title`) and makes the page letters (table `doc-types`); the
  later letter's Roman number alone over its dateline and salutation (`II`) begins the next
  document (`exchange_parts.later_letter`), so the first letter's close, signature and foot
  address (`Mr.` or `Mrs.` and a name, table `foot-address`) are its closer;
- a date label alone over a date with the month's name first (`Date:` / `May 2, 1972`, a
  heading table copied cell by cell) is one field (`stacked_labels._SHORT_VALUE`): `May` is
  no person;
- `Country Director` after a participant's name is no person (table `not-names`), nor
  `Vice-Foreign Minister` (table `role-openers`); Pakistan's `Ministry of Foreign Affairs and
  Commonwealth Relations` and Rashtrapati Bhavan (register).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

WRAPPED_RECORD = ("Top secret. Copy No. 1\n\n"
                  "RECORD OF CONVERSATION\n"
                  "of the Deputy Minister of Foreign Affairs of the USSR V. V. Kuznetsov\n"
                  "with the Ambassador of India K. P. S. Menon\n\n"
                  "\"4\" March 1960\n\n"
                  "Menon called on me at his request and spoke of the border question.\n\n"
                  "Recorded by I. Benediktov\n")


def test_the_parties_lines_under_a_record_form_line_make_the_title(
        resources: Resources) -> None:
    facts = text_facts(WRAPPED_RECORD, resources)
    assert facts["title"] == ("Record of Conversation of the Deputy Minister of Foreign Affairs"
                              " of the USSR V. V. Kuznetsov with the Ambassador of India"
                              " K. P. S. Menon")


HELD_MINUTES = ("Strictly secret\n\n"
                "MINUTES\n"
                "of the meeting of the Presidium of the Council of Ministers\n"
                "held on 3 May 1961\n\n"
                "Comrade Novotny: The delegation leaves tomorrow.\n\n"
                "Recorded by: J. Hajek\n")


def test_the_held_on_line_goes_on_the_minutes_title(resources: Resources) -> None:
    assert text_facts(HELD_MINUTES, resources)["title"].endswith(
        "of the Council of Ministers held on 3 May 1961")


POSSESSIVE = ("SECRET\n\n"
              "Record of the Foreign Secretary's talk with Ambassador Galbraith at South Block"
              " on 6th May, 1962\n\n"
              "F.S.: We are grateful for the assurances.\n\n"
              "Galbraith: The President has asked me to repeat them.\n\n"
              "(M. J. Desai)\n"
              "7.5.1962\n")


def test_a_record_naming_the_talk_in_the_possessive_is_titled_by_it(
        resources: Resources) -> None:
    assert text_facts(POSSESSIVE, resources)["title"] == (
        "Record of the Foreign Secretary's talk with Ambassador Galbraith at South Block on 6th"
        " May, 1962")


POSSESSIVE_MINUTES = ("Minutes of Premier Zhou Enlai's Conversation with Prince Sihanouk\n\n"
                      "Time: 3 June 1963, 10:00 a.m.\n"
                      "Location: Beijing\n\n"
                      "Zhou: You are welcome.\n\n"
                      "Sihanouk: Thank you.\n")


def test_minutes_of_a_partys_conversation_name_no_keeper(resources: Resources) -> None:
    assert text_facts(POSSESSIVE_MINUTES, resources)["sender"] == []


LETTERED_REFERENCE = ("MINISTRY OF EXTERNAL AFFAIRS\n"
                      "NEW DELHI\n\n"
                      "No. F.12/4/62-China\t\t14 September 1962\n\n"
                      "The Ministry of External Affairs present their compliments to the Embassy"
                      " of the People's Republic of China and have the honour to state the"
                      " following.\n\n"
                      "The Ministry avail themselves of this opportunity to renew to the Embassy"
                      " the assurance of their highest consideration.\n\n"
                      "The Embassy of the People's Republic of China,\n"
                      "New Delhi.\n")


def test_a_letter_led_reference_with_its_date_dates_the_note(resources: Resources) -> None:
    facts = text_facts(LETTERED_REFERENCE, resources)
    assert facts["date"] == "1962-09-14"
    assert facts["telegram_number"] is None


FRENCH_FOOT = ("Paris, le 3 mars 1960\n\n"
               "Cher Monsieur le Chancelier,\n\n"
               "Je vous remercie de votre lettre.\n\n"
               "Veuillez croire, Cher Monsieur le Chancelier, à mes sentiments de très haute"
               " considération.\n\n"
               "C. de Gaulle\n\n"
               "Monsieur Konrad Adenauer\n"
               "Chancelier de la République fédérale\n"
               "Bonn\n")


def test_monsieur_and_a_name_in_small_letters_at_the_foot_is_the_addressee(
        resources: Resources) -> None:
    facts = text_facts(FRENCH_FOOT, resources)
    assert facts["addressee"] == ["Konrad Adenauer"]
    assert facts["sender"] == ["Charles de Gaulle"]
    assert "<salute>Veuillez croire" in text_xml(FRENCH_FOOT, resources)


HANDED = ("AIDE-MÉMOIRE\n\n"
          "[Handed to the Under Secretary by the Ambassador of Japan on the morning of"
          " March 2, 1960]\n\n"
          "The Government of Japan has considered the proposals with care.\n")


def test_the_handing_over_head_dates_an_unsigned_paper(resources: Resources) -> None:
    assert text_facts(HANDED, resources)["date"] == "1960-03-02"


EXCHANGE = ("Exchange of Messages between President Eisenhower and Prime Minister Nehru\n\n"
            "Washington, December 3, 1959\n\n"
            "Dear Mr. Prime Minister:\n\n"
            "I look forward to my visit.\n\n"
            "Sincerely,\n"
            "Dwight D. Eisenhower\n")


def test_an_exchange_heading_is_the_title_of_letters(resources: Resources) -> None:
    facts = text_facts(EXCHANGE, resources)
    assert facts["title"] == ("Exchange of Messages between President Eisenhower and Prime"
                              " Minister Nehru")
    assert facts["doc_type"] == "letter"


MONTH_FIRST = ("MEMORANDUM OF CONVERSATION\n\n"
               "Date:\n"
               "June 14, 1973\n"
               "Place:\n"
               "San Clemente\n\n"
               "The President received the Ambassador.\n")


def test_a_date_label_over_a_month_first_date_is_one_field(resources: Resources) -> None:
    facts = text_facts(MONTH_FIRST, resources)
    assert facts["date"] == "1973-06-14"
    assert 'ref="#per-june"' not in text_xml(MONTH_FIRST, resources)


DESK_TITLES = ("MEMORANDUM OF CONVERSATION\n\n"
               "PARTICIPANTS:\n"
               "Mr. Thomas L. Hughes, Country Director, INR\n"
               "Mr. Wang Kuo-chuan, Vice-Foreign Minister\n\n"
               "They spoke of Laos.\n")


def test_desk_and_vice_minister_titles_are_no_persons(resources: Resources) -> None:
    xml = text_xml(DESK_TITLES, resources)
    assert "per-country" not in xml
    assert "per-vice-foreign" not in xml


PAKISTAN = ("MINISTRY OF FOREIGN AFFAIRS AND COMMONWEALTH RELATIONS\n"
            "KARACHI\n\n"
            "No. Ind.(II)-7/52\t\t4th June, 1952\n\n"
            "The Ministry of Foreign Affairs and Commonwealth Relations present their"
            " compliments to the High Commission for India and have the honour to refer to the"
            " Afghan and Indian press reports.\n\n"
            "The Ministry avail themselves of this opportunity to renew to the High Commission"
            " the assurance of their highest consideration.\n")


def test_the_commonwealth_relations_ministry_of_the_1950s_is_pakistans(
        resources: Resources) -> None:
    xml = text_xml(PAKISTAN, resources)
    assert "org-ministry-of-foreign-affairs-of-pakistan" in xml
    assert "org-ministry-of-foreign-affairs-of-afghanistan" not in xml


TWO_LETTERS = ("EXCHANGE OF LETTERS BETWEEN THE PRIME MINISTER OF INDIA AND THE PRESIDENT OF"
               " PAKISTAN\n\n"
               "I\n\n"
               "New Delhi, 3 May 1959\n\n"
               "My dear President,\n\n"
               "I welcome your proposal for a meeting of our officials.\n\n"
               "Yours sincerely,\n"
               "Jawaharlal Nehru\n\n"
               "Mr. Mohammad Ayub Khan\n"
               "President of Pakistan\n"
               "Karachi\n\n"
               "II\n\n"
               "Karachi, 9 May 1959\n\n"
               "My dear Prime Minister,\n\n"
               "Thank you for your letter of 3 May.\n\n"
               "Yours sincerely,\n"
               "Mohammad Ayub Khan\n")


def test_the_first_letter_of_an_exchange_keeps_its_close_and_parties(
        resources: Resources) -> None:
    facts = text_facts(TWO_LETTERS, resources)
    assert facts["sender"] == ["Jawaharlal Nehru"]
    assert facts["addressee"] == ["Ayub Khan"]
    assert facts["date"] == "1959-05-03"
