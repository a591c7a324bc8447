"""Rules for leaders' letters copied to other sites (newspapers' and columns' printed letters,
forums, blogs, Indymedia reposts, document stores' flattened PDFs, Google Books pages of
printed state papers, a collected works' pages), learnt from real pages (repost94):

- a head of state's salutation by his office (`Mr. President:`, `ESTEEMED MR. PRESIDENT:`),
  a sovereign's (`Great and Good Friend:`, `Your Majesty,`) and `Mr NAME,` are a letter's
  under a writer's lead-in (`pages/lead_in._LETTER_SALUTE`, `_NAMED_SALUTE`), an invocation
  (`In the Name of God, ...`) over them (`INVOCATION`); `Great and Good Friend` is a
  salutation (table `salutation`);
- a headline naming the writer in the possessive or after `Text of` (`Text of Bush’s Letter
  to Saddam Hussein`, `Nehru’s letter to Kennedy`) gives both parties (table `title-shapes`,
  a `given` row) and is the page's title over a lead-in (`lead_in._headline`);
- an undated letter under a lead-in takes the date of the writer's line naming its form
  (`lead_in._lead_in_date`);
- a salutation the first sentence runs on from, closed by a comma too (`Dear Mr. President,
  Within ...`), perhaps after the place (`New Delhi Dear Mr. President, ...`), is split off
  (`inside_address.RUN_ON_SALUTE`, `opening_datelines._split_run_on_salutation`); a toast's
  list of those it greets is none;
- a post's heading opened by the letter's date names its form and parties (`Dec. 25, 2018
  letter from X to Y`: `lead_in._undated`);
- docslib's flattened CVCE PDF is cut into its title, fields, heading and text (table
  `run-on-heading`, row `cvce-export`);
- Indymedia's menu lines and an image's file name are page furniture (table
  `page-furniture`);
- a date's year in words (`... in the year of the Christian Era, one thousand eight hundred
  and fifty-five`: `date_ordinal_words`); `Written at the City of Washington this first day
  of August, 1861.` closes a letter (table `address-dateline`);
- a President's superscription to a sovereign (`Abraham Lincoln, President of the United
  States of America. To His Majesty the Tycoon of Japan.`: table `heading`, a `letterhead`
  row), the close and signature run on after the dating clause
  (`opening_datelines._split_run_on_close`), `By the President:` over the countersignature
  (table `signed-for`), `Annotation` over the notes (`footnotes`), the Michigan collected
  works' `Jump to section` glued after the heading (table `glued-navigation`);
- a printed page's signature read after the addressee's first line (`Hon. WM. H. SEWARD,` /
  `CHARLES FRANCIS ADAMS.`) is the signature (`column_signature`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

NEWSPAPER = (
    "Text of Truman’s Letter to Stalin\n\n"
    "WASHINGTON — Following is the text of the letter that President Truman sent to Premier "
    "Stalin last week.\n\n"
    "The State Department made it public on Friday, saying that parts of it had already been "
    "printed abroad:\n\n"
    "Mr. President:\n\n"
    "I write to you about the question of the prisoners of war, which remains open between "
    "our two governments.\n\n"
    "We hope that an answer may be found before the winter.\n"
)


def test_a_newspapers_lead_in_over_a_salutation_by_office(resources: Resources) -> None:
    facts = text_facts(NEWSPAPER, resources)
    assert facts["doc_type"] == "letter"
    assert facts["title"] == "Text of Truman’s Letter to Stalin"
    assert facts["sender"] == ["Harry S. Truman"]
    assert facts["addressee"] == ["Joseph Stalin"]
    body = text_xml(NEWSPAPER, resources)
    assert "State Department made it public" not in body[body.index("<body"):]


COLUMN = (
    "The Daily Review\n\n"
    "Nasser’s letter to Eisenhower\n\n"
    "A long-forgotten exchange deserves to be read again.\n\n"
    "In the spring of 1957 the Egyptian leader wrote several times to the American President. "
    "The letters Nasser sent to Eisenhower in April 1957 are now public. I quote one of them "
    "in full.\n\n"
    "“Dear Mr. President, “I thank you for your message of last week and for the frankness "
    "with which you set out the views of your Government.\n\n"
    "“2. We have no wish to see the canal closed to any nation.\n"
)


def test_a_columns_headline_and_a_quoted_run_on_salutation(resources: Resources) -> None:
    facts = text_facts(COLUMN, resources)
    assert facts["title"] == "Nasser’s letter to Eisenhower"
    assert facts["sender"] == ["Gamal Abdel Nasser"]
    assert facts["addressee"] == ["Dwight D. Eisenhower"]
    assert facts["date"] == "1957-04"
    assert "<salute>Dear Mr. President,</salute>" in text_xml(COLUMN, resources)


FORUM = (
    "1959年的一封信 |\n"
    "送交者: 2020年05月02日10:11:12 于 [论坛] |\n"
    "|\n"
    "New Delhi Dear Mr. Prime Minister, Thank you for your letter of the fourth which reached "
    "me yesterday and which I have read with great care and attention.\n"
)


def test_a_place_and_salutation_run_on_into_the_text(resources: Resources) -> None:
    facts = text_facts(FORUM, resources)
    assert facts["doc_type"] == "letter"
    assert "<salute>Dear Mr. Prime Minister,</salute>" in text_xml(FORUM, resources)


TOAST = (
    "Toasts of the President and President Tito at a Dinner in Belgrade\n\n"
    "October 1, 1970\n\n"
    "Mr. President, Madame Broz, and our distinguished guests:\n\n"
    "I speak tonight for all the Americans who have come to this beautiful city.\n"
)


def test_a_toasts_greeting_list_is_no_run_on_salutation(resources: Resources) -> None:
    assert "<salute>Mr. President,</salute>" not in text_xml(TOAST, resources)


DATED_HEADING = (
    "Transcript: the letters of the two leaders\n\n"
    "The reporter was shown the letters but could not copy them. He read them aloud, and these "
    "are the transcripts:\n\n"
    "Dec. 30, 2019 letter from Kim Jong Un to Trump\n"
    "30 December 2019\n"
    "Your Excellency,\n"
    "The year is almost at its end, and I remember with pleasure our meetings of this year.\n"
)


def test_a_heading_opened_by_the_letters_date(resources: Resources) -> None:
    facts = text_facts(DATED_HEADING, resources)
    assert facts["title"] == "Dec. 30, 2019 letter from Kim Jong Un to Trump"
    assert facts["sender"] == ["Kim Jong Un"]
    assert facts["addressee"] == ["Donald Trump"]
    assert facts["date"] == "2019-12-30"


CVCE = (
    "Letter from Guy Mollet to Nikolai Bulganin (10 November 1956)\n"
    "Total Page:12\n"
    "File Type:pdf, Size:1020Kb\n"
    "Letter from Guy Mollet to Nikolai Bulganin (10 November 1956) Caption: On 10 November "
    "1956, the French Prime Minister answers the Soviet letter on Suez. Source: Documents on "
    "International Affairs 1956. London: Oxford University Press, 1959. Copyright: All rights "
    "of reproduction are strictly reserved in all countries. URL: http://www.cvce.eu/obj/letter_"
    "from_guy_mollet-en.html Last updated: 05/07/2016 1/2 Letter from Guy Mollet to Nikolai "
    "Bulganin (Paris, 10 November, 1956) MR. CHAIRMAN: I have received your message and I "
    "answer it at once, for the matters it raises are grave.\n"
)


def test_docslibs_flattened_cvce_export(resources: Resources) -> None:
    facts = text_facts(CVCE, resources)
    assert facts["title"].startswith("Letter from Guy Mollet to Nikolai Bulganin")
    assert facts["date"] == "1956-11-10"
    assert facts["sender"] == ["Guy Mollet"]
    assert facts["addressee"] == ["Nikolai Bulganin"]


INDYMEDIA = (
    "From the Open-Publishing Calendar\n"
    "From the Open-Publishing Newswire\n"
    "Indybay Feature\n\n"
    "Full text of President Khatami's letter to Kofi Annan\n\n"
    "by IRNA (reposted)\n"
    "President Mohammad Khatami has written a letter to the UN Secretary-General.\n\n"
    "The following is the full text of Khatami's letter to Kofi Annan:\n"
    "khatami_letter_page1.jpg\n"
    "In the Name of God, the Compassionate, the Merciful,\n"
    "Mr Kofi Annan,\n"
    "Secretary-General of the United Nations,\n"
    "I write to you at a time when the region faces grave dangers and the voice of reason "
    "must be heard.\n"
)


def test_indymedia_menus_an_image_line_and_an_invocation(resources: Resources) -> None:
    facts = text_facts(INDYMEDIA, resources)
    assert facts["title"] == "Full text of President Khatami's letter to Kofi Annan"
    assert facts["doc_type"] == "letter"
    xml = text_xml(INDYMEDIA, resources)
    assert "khatami_letter_page1.jpg" not in xml
    assert "Open-Publishing" not in xml
    assert "has written a letter" not in xml[xml.index("<body"):]  # the lead-in's


PRESIDENT = (
    "Page 512\n"
    "To the King of Siam1Jump to section\n"
    "Abraham Lincoln, President of the United States of America. To His Majesty the King of "
    "Siam.\n"
    "Great and Good Friend: I have received the letter which Your Majesty addressed to me, and "
    "the gifts which came with it.\n"
    "I pray God to have Your Majesty always in His safe and holy keeping.\n"
    "Written at the City of Washington this third day of February, 1862. Your Good Friend, "
    "ABRAHAM LINCOLN.\n"
    "By the President:\n"
    "WILLIAM H. SEWARD, Secretary of State.\n"
    "Annotation\n"
    "[1] Copy, DNA FS RG 59, Communications to Foreign Sovereigns and States.\n"
)


def test_a_presidents_letter_to_a_sovereign(resources: Resources) -> None:
    facts = text_facts(PRESIDENT, resources)
    assert facts["doc_type"] == "letter"
    assert facts["sender"] == ["Abraham Lincoln"]
    assert facts["date"] == "1862-02-03"
    assert facts["place_of_origin"] == "Washington"
    assert facts["notes"] == 1
    xml = text_xml(PRESIDENT, resources)
    assert "Jump to section" not in xml
    assert "<salute>Great and Good Friend:</salute>" in xml


WORDED = (
    "Franklin Pierce, President of the United States of America. To His Majesty the Emperor "
    "of Japan.\n\n"
    "Great and Good Friend!\n\n"
    "I have made choice of the bearer of this letter to confer with Your Majesty's "
    "Ministers.\n\n"
    "Given at the City of Washington, the fifth day of March, in the year of our Lord one "
    "thousand eight hundred and fifty-six.\n\n"
    "Franklin Pierce.\n"
)


def test_a_year_in_words(resources: Resources) -> None:
    assert resources.dates.find("the fifth day of March, in the year of our Lord one thousand "
                                "eight hundred and fifty-six")[0].year == 1856
    assert "Great and Good Friend!</salute>" in text_xml(WORDED, resources)


ADDRESS = (
    "No. 512.]\n\n"
    "Mr. Adams to Mr. Seward.\n\n"
    "LEGATION OF THE UNITED STATES,\n\n"
    "London, October 2, 1863.\n\n"
    "SIR: I have the honor to transmit a copy of a note from Lord Russell of the 30th "
    "ultimo.\n\n"
    "I have the honor to be, sir, your obedient servant,\n\n"
    "Hon. WM. H. SEWARD,\n\n"
    "CHARLES FRANCIS ADAMS.\n\n"
    "Secretary of State, Washington, D. C.\n"
)


def test_a_signature_beside_the_addressees_first_line(resources: Resources) -> None:
    assert text_facts(ADDRESS, resources)["signed"].startswith("CHARLES FRANCIS ADAMS")
