"""Rules for documents reposted by blogs, newspaper archives, library text versions, book
readers and university collections, learnt from real pages (repost87):

- a page's last paragraph quoted whole, its marks at both ends, is the quoted document's
  text, never an archive's summary (`pages/summary._QUOTED_WHOLE`);
- a heading's `From:` or `To:` line ending on a comma after the name, the party's office on
  the next line, is one line (`field_offices.join_field_offices`);
- `M. N. Pashitch`: Monsieur, then the initial of the register person's given name
  (`initials.initials_fit`, `given_runs.other_persons_surname`);
- a Blogger post's title under its date line naming both parties and the document's date,
  with no form (`91 - PM A to President B, February 14, 1956`), is the page's title
  (`pages/above_head._post_header`);
- a book of one man's letters to another: the page's heading naming both again over a
  dateline ends the document (`pages/next_document._title_again_over_dateline`);
- a typist's salutation closed by a colon or comma and a dash (`My dear Dodd:-`, table
  `salutation`);
- a US carbon copy's inside address at the foot, `Honorable` with no `the` (table
  `foot-address`);
- an editors' headnote in square brackets opening the page over the salutation or the
  dateline is the page's summary (`pages/bracket_headnote.py`); its passive `was written by
  X` names the sender (`summary_author._SUMMARY_WRITTEN`);
- a university collection's record flattened to one space between label and value, four
  such lines or more (`pages/padded_fields._one_space_label`); `Parent` names the item's
  title, `Box` and `Folder` are the record's (table `page-fields`);
- a newspaper's print of a message introduced by `The despatch runs: "`, its address run on
  before a stop and a dash (`Right Hon. Mr X, Prime Minister, ..., Melbourne.—' Thanks
  ...`): the address on its own line, the addressee's (`pages/introduced_quote._ADDRESS`,
  table `address`);
- a letter's inside address under its date, a name closed by a comma over a seat closed by
  one (`Mahatma Gandhi,` / `Segaon Wardha,`), is no page title (`pages/address_title.py`,
  `inside_address._seat_under`);
- a book page viewer's uploader line and download link (`(Name) #1`, `Free download pdf`:
  table `page-furniture`);
- the Foreign Office print's heading as a library's text version types it, a comma and two
  hyphens before the receipt (`Mr. X to Mr. Y,--(Received 31st May)`: table `heading`);
- a newspaper's `Following is the text of the note handed to A by B:` introduces the note,
  sent by B to A (`pages/introduced_quote._FOLLOWING`, `_BY`);
- register: Zhou Enlai as `Prime Minister of China` (the Indian White Papers' style),
  Alfred Deakin, Joseph Ward, Wilmot Fawkes, Stresa, `Parthasarthi`.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml


def _text(xml: str) -> str:
    return xml.split("<text>")[1]


FROM_TO = (
    "The telegram that began the Great War, July 28, 1914.\n\n"
    "From: Count Albrecht Hoyos,\n"
    "Austro-Hungarian Minister for Foreign Affairs.\n\n"
    "To: M. N. Pashitch, Serbia's Prime Minister and Minister for Foreign Affairs\n\n"
    "Vienna, July 15/28, 1914.\n\n\n"
    "\"THE Royal Government having failed to give a satisfactory answer to the note of July "
    "10/23, 1914, handed over at Belgrade, the Imperial Government see themselves compelled to "
    "have recourse to arms.\"\n"
)


def test_a_paragraph_quoted_whole_is_no_summary(resources: Resources) -> None:
    xml = text_xml(FROM_TO, resources)
    assert "compelled to have recourse" in _text(xml)
    assert "<abstract" not in xml


def test_an_office_under_a_from_line_closed_by_a_comma_is_the_field_s(
        resources: Resources) -> None:
    facts = text_facts(FROM_TO, resources)
    assert facts["date"] == "1914-07-28"
    assert facts["place_of_origin"] == "Vienna"


def test_monsieur_before_an_initial_and_a_surname(resources: Resources) -> None:
    assert text_facts(FROM_TO, resources)["addressee"] == ["Nikola Pašić"]


POST = (
    "Tuesday, March 8, 2011\n\n"
    "17 - PM David Ben-Gurion to President Dwight D. Eisenhower, March 2, 1957\n\n"
    "            I have received your message of yesterday and laid it before my colleagues "
    "this morning.\n"
    "            We shall give our answer in the Knesset before the week is out.\n"
)


def test_a_post_title_naming_the_parties_and_date_is_the_title(resources: Resources) -> None:
    facts = text_facts(POST, resources)
    assert facts["date"] == "1957-03-02"
    assert facts["sender"] == ["David Ben-Gurion"]
    assert facts["addressee"] == ["Dwight D. Eisenhower"]


PAIR = (
    "Lord Lyons to Lord Russell.\n\n"
    "Washington, May 2, 1862.\n\n"
    "The news from the river is bad for the Government here, and they take it ill.\n\n"
    "He had written in the same strain a week before, and his fears grew as the spring wore "
    "on.\n\n"
    "Lord Lyons to Lord Russell.\n\n"
    "Washington, May 9, 1862.\n"
)


def test_the_same_pair_s_heading_again_ends_the_letter(resources: Resources) -> None:
    facts = text_facts(PAIR, resources)
    assert facts["date"] == "1862-05-02"
    assert "May 9" not in _text(text_xml(PAIR, resources))


CARBON = (
    "Text Version\n\n"
    "June 3, 1936.\n"
    "My dear Bullitt:-\n"
    "Your letter came this morning and I read it through twice over with great care.\n"
    "As ever yours,\n"
    "Honorable William C. Bullitt,\n"
    "American Embassy,\n"
)


def test_a_dashed_salutation_and_an_honorable_foot_address(resources: Resources) -> None:
    facts = text_facts(CARBON, resources)
    assert facts["addressee"] == ["William C. Bullitt"]
    assert facts["sender"] == []


HEADNOTE = (
    "[The letter printed below was written by Gandhiji at Wardha in the spring of 1940, but "
    "it was never posted to the Viceroy.]\n"
    "Dear Friend,\n"
    "I write to you once more about the prisoners, whose case grows worse every week.\n"
    "Yours sincerely,\n"
)


def test_a_bracketed_headnote_over_the_salutation_is_the_summary(resources: Resources) -> None:
    xml = text_xml(HEADNOTE, resources)
    facts = text_facts(HEADNOTE, resources)
    assert facts["doc_type"] == "letter"
    assert facts["sender"] == ["Mohandas Gandhi"]
    assert "never posted" in xml.split("<text")[0]


RECORD = (
    "Page 1\n\n"
    "Parent Official Letter to Cordell Hull\n"
    "Date 2 May 1941\n"
    "Language English\n"
    "Collection R.T. Grey Collection\n"
    "Box Box 4\n"
    "Folder Third Scrap Book\n"
    "Repository University Law Library\n"
    "Dear Mr. Secretary: I have the honour to acknowledge your note of the first instant.\n"
)


def test_one_space_record_labels_are_fields(resources: Resources) -> None:
    facts = text_facts(RECORD, resources)
    assert facts["title"] == "Official Letter to Cordell Hull"
    assert facts["date"] == "1941-05-02"
    assert "Box 4" not in _text(text_xml(RECORD, resources))


EDITORIAL = (
    "THE Evening Star. SATURDAY, MARCH 14, 1908. A CORDIAL MESSAGE.\n\n"
    "The message which the Premier sent across the Tasman last week by wireless telegraphy has "
    "been printed at last, and it says nothing that all of us would not say. The despatch runs: "
    "\"Right Hon. Mr Deakin, Prime Minister, Commonwealth of Australia, Melbourne.—' Greetings "
    "to you and to all your people from this side of the water on the day the new station "
    "opens.\"\n"
)


def test_a_newspaper_s_run_on_address_names_the_addressee(resources: Resources) -> None:
    assert text_facts(EDITORIAL, resources)["addressee"] == ["Alfred Deakin"]


HOME_ADDRESS = (
    "(Tom Reed) #3\n"
    "12 October 1939\n\n"
    "Mahatma Gandhi,\n"
    "Segaon Wardha,\n"
    "Central Provinces,\n\n"
    "Dear Mr Gandhi,\n\n"
    "Thank you for your kind letter, which reached me only this week.\n\n"
    "Yours sincerely,\n"
    "Sd/- Philip Hartog\n\n\n"
    "Free download pdf\n"
)


def test_a_name_over_its_seat_under_the_date_is_the_address(resources: Resources) -> None:
    xml = text_xml(HOME_ADDRESS, resources)
    facts = text_facts(HOME_ADDRESS, resources)
    assert facts["addressee"] == ["Mohandas Gandhi"]
    assert facts["date"] == "1939-10-12"
    assert "Tom Reed" not in xml and "download" not in xml


def test_a_print_heading_typed_with_a_comma_and_dashes(resources: Resources) -> None:
    text = ("Mr. O'Malley to Mr. Eden,--(Received 9th June)\n(No. 60.)\n\n"
            "Sir,\n\nI have the honour to report that the Polish Government met again today "
            "to consider the latest note.\n\nI have, &c.\n")
    facts = text_facts(text, resources)
    assert facts["sender"] == ["Owen O'Malley"]
    assert facts["addressee"] == ["Anthony Eden"]


NOTE = (
    "The Commoner 12 German Reply to the President A Washington dispatch, dated May 5, says: "
    "Following is the text of the note handed to Secretary Lansing by Count von Bernstorff, "
    "the German ambassador: \"Mr. Secretary of State: The Imperial Government have given the "
    "most earnest consideration to the note of your Government and beg to reply as follows.\"\n"
)


def test_following_is_the_text_of_the_note_handed_to_a_by_b(resources: Resources) -> None:
    facts = text_facts(NOTE, resources)
    assert facts["sender"] == ["Johann Heinrich von Bernstorff"]
    assert facts["addressee"] == ["Robert Lansing"]


def test_the_prime_minister_of_china_in_1959(resources: Resources) -> None:
    text = ("Letter from the Prime Minister of China to the Prime Minister of India, 9 March "
            "1959\n\nPEKING, March 9, 1959.\n\nDEAR MR. PRIME MINISTER,\n\nI have received "
            "your letter of February 2, forwarded by Mr. Ambassador Parthasarthi.\n")
    xml = text_xml(text, resources)
    sent = xml.split('<correspAction type="sent">')[1].split("</correspAction>")[0]
    assert 'ref="#per-zhou-enlai"' in sent
    assert 'ref="#per-g-parthasarathy"' in xml
