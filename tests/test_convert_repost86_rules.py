"""Rules for documents reposted by blogs, sourcebooks, course pages, e-book readers and
newspaper archives, learnt from real pages (repost86):

- a letter's inside address may name the addressee with no style, his name alone over his
  office (`F.D. Roosevelt,` / `President of the United States,` / `White House` /
  `Washington, D.C.` over `Sir,`): the address, the addressee's (`inside_address.
  named_over_office`; an office closed by a comma over up to three seat lines stands in it,
  `_office_over_salutation`); a name in capitals over an office is a letter's own heading,
  not an address;
- a poster's sentence over a letter's opening, its date alone perhaps under a short place
  line, over the inside address or the salutation, is the page's; the letter starts at the
  place or date line (`lead_in.letter_opening`);
- a letter's signature in mixed case the register does not know as written (`A Einstein`),
  right under the close (`Sincerely,`), closes the letter when the poster's paragraphs stand
  under it, unless an enclosure's bracketed heading or a next letter's salutation is among
  them (`repost_tail._signed_under_close`, `_plain`);
- a line naming the printed book a page copies its document from (`From Kenneth M. Jensen,
  editor. Origins of the Cold War. ...: Washington, D.C., 1991. 3-7.`, table
  `book-source-line`) is the page's source (`bibl`), and the short line over it the page's
  title (`source_under_summary.title_over_book_source`, `take_book_source`);
- a title naming a document by its sender's surname (`The Novikov Telegram, 1946`) gives the
  sender (`title-shapes` row `author-of`), not `The Kruger Telegram`, `The Long Telegram`
  or `The Editorial Note`;
- a writer's `Its text follows:` or `It is as follows:` introduces the quotation as `... the
  telegram reads:` did; the introduction may close a long paragraph of the writer's with no
  line over it (a hard-wrapped book page); the quotation's run-in dateline may abbreviate the
  month (`“Berlin, Jan. 19, 1917. “On the first ...`); the sender is the name after `from`
  (`a message from Count Johann von Bernstorff, ..., addressed to the Imperial Chancellor`)
  or before a possessive (`Zimmermann's instructions to von Eckardt, sent ...`), the
  addressee the name or office after `to`, cut at `and`, `sent` or a comma
  (`pages/introduced_quote.py`);
- a title's trailing note call (`To: G. V. CHICHERIN[1]`) is no part of it
  (`lossy_title._NOTE_CALL`);
- (after the held score) a mirror's `Other Formats:` field broken one link a line (`Text` /
  `• README`) takes no salutation under it (`Comrade Chicherin,`): the letter's
  (`fields._field_value`, name `formats`);
- (after the held score) a president's message as a periodical prints it, dateline and address
  on one line (`Washington, D. C., March 1, 1917. To the Senate :`): two lines (table
  `run-on-heading`, row `dateline-address`), and the address to a house of the legislature,
  its colon perhaps spaced off (`To the Senate :`), names the addressee (table `address`);
- register: Albert Einstein, Leo Szilard, Enrico Fermi, Frédéric Joliot-Curie; Heinrich von
  Eckardt (`von Eckhardt`), Venustiano Carranza, `Zimmerman` for Arthur Zimmermann in his
  years; Liman von Sanders, Radoslavov (`Radoslavoff`), Tonchev (`Tontschew`); Victor Kopp,
  Isidor Gukovsky, Pyotr Wrangel.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml


def _text(xml: str) -> str:
    return xml.split("<text")[1]


LETTER = (
    "Albert Einstein\n"
    "Princeton\n\n"
    "May 3, 1940\n\n"
    "F. D. Roosevelt,\n"
    "President of the United States,\n"
    "White House\n"
    "Washington, D.C.\n\n"
    "Sir:\n\n"
    "I write again about the experiments of which I told you last year, since their pace has "
    "quickened a good deal in the last months.\n\n"
    "Yours very truly,\n"
    "A. Einstein\n"
)


def test_a_name_alone_over_the_office_is_the_inside_address(resources: Resources) -> None:
    facts = text_facts(LETTER, resources)
    assert facts["addressee"] == ["Franklin D. Roosevelt"]
    assert facts["date"] == "1940-05-03"


def test_a_name_in_capitals_over_an_office_is_no_address(resources: Resources) -> None:
    text = ("JOHN SMITH\nPRESIDENT OF THE REPUBLIC\n\nto His Excellency\nMr. Urho Kekkonen\n"
            "President of the Republic of Finland\n\nMr. President,\n\nI have the honour to "
            "inform Your Excellency of my decision to recall our envoy to other duties.\n")
    assert text_facts(text, resources)["addressee"] == ["Urho Kekkonen"]


POSTED = (
    "Long before the bomb a scientist wrote to the President about a discovery that worried "
    "him a great deal.\n"
    "Princeton, New Jersey\n"
    "May 3rd, 1940\n"
    "FD Roosevelt\n"
    "President of the United States\n"
    "White House\n"
    "Washington DC\n"
    "Sir,\n"
    "I write again about the experiments of which I told you, since their pace has quickened "
    "a good deal in the last months.\n"
    "Sincerely,\n"
    "H Whitcombe\n"
    "The President read the letter twice and then put it away for the summer.\n"
    "Nobody in the White House seems to have taken it very seriously at first.\n"
)


def test_a_poster_s_sentence_over_a_letter_s_opening_is_the_page_s(resources: Resources) -> None:
    facts = text_facts(POSTED, resources)
    assert facts["date"] == "1940-05-03"
    assert facts["doc_type"] == "letter"
    assert "scientist wrote" not in _text(text_xml(POSTED, resources))


def test_a_mixed_case_signature_under_the_close_closes_the_letter(resources: Resources) -> None:
    facts = text_facts(POSTED, resources)
    assert facts["signed"] == "H Whitcombe"
    assert "read the letter twice" not in _text(text_xml(POSTED, resources))


def test_an_enclosure_under_the_signature_is_no_poster_s_prose(resources: Resources) -> None:
    text = (POSTED.split("The President read")[0]
            + "[Inclosure 1 in No. 12.]\nDear Lord Salisbury: I beg to call your attention once "
              "more to the case of the schooner that was seized last week.\n")
    assert "Lord Salisbury" in _text(text_xml(text, resources))


SOURCEBOOK = (
    "The Maisky Telegram, 1939\n\n"
    "From Jane Roe, editor. Soviet Diplomacy on the Eve of War. Harbour House Books: Boston, "
    "1988. 41-44.\n\n"
    "London, August 2, 1939\n\n"
    "Today I called on Halifax at his request. He spoke at length of the talks of the military "
    "missions but would not name a day on which they would leave. . . .\n"
)


def test_a_book_source_line_is_the_page_s_source(resources: Resources) -> None:
    xml = text_xml(SOURCEBOOK, resources)
    facts = text_facts(SOURCEBOOK, resources)
    assert facts["title"] == "The Maisky Telegram, 1939"
    assert facts["date"] == "1939-08-02"
    assert "Harbour House Books" not in _text(xml)
    assert '<bibl type="source">From Jane Roe' in xml


def test_a_title_naming_the_sender_s_surname_gives_the_sender(resources: Resources) -> None:
    assert text_facts(SOURCEBOOK, resources)["sender"] == ["Ivan Maisky"]
    kruger = SOURCEBOOK.replace("The Maisky Telegram", "The Kruger Telegram")
    assert text_facts(kruger, resources)["sender"] != ["Paul Kruger"]


BOOK_PAGE = (
    "of the ambassador's long silence during the autumn. The first sign of the change was a\n"
    "cablegram which reached the Foreign Office on the morning of October 9. It was a\n"
    "message from Count Johann von Bernstorff, German Ambassador at Washington,\n"
    "addressed to the Imperial Chancellor and sent through the legation. Its text follows:\n"
    "\"The President has let it be known to me that he is ready to offer his good\n"
    "offices as soon as the election is behind him, and asks that nothing be done\n"
    "in the meantime to turn opinion here against us.\"\n"
    "The warning was read in Berlin with some impatience, and came to nothing.\n"
)


def test_its_text_follows_introduces_the_quotation(resources: Resources) -> None:
    facts = text_facts(BOOK_PAGE, resources)
    assert facts["doc_type"] == "telegram"
    assert facts["sender"] == ["Johann Heinrich von Bernstorff"]
    assert "long silence" not in _text(text_xml(BOOK_PAGE, resources))


def test_the_addressee_after_addressed_to_is_cut_at_and(resources: Resources) -> None:
    assert "legation" not in text_facts(BOOK_PAGE, resources)["title"]


NEWSPAPER = (
    "PLOT LAID BARE\n\n"
    "Washington, March 2. The government holds a paper which shows that Berlin looked for "
    "allies against this country. A copy of Zimmermann's instructions to von Eckardt, sent on "
    "through the embassy here, was handed to the press. It is as follows: “Berlin, Jan. 16, "
    "1917. “We mean to open unrestricted submarine war on the first of February, and shall try "
    "none the less to keep the United States neutral.\n"
)


def test_it_is_as_follows_and_a_possessive_sender(resources: Resources) -> None:
    facts = text_facts(NEWSPAPER, resources)
    assert facts["sender"] == ["Arthur Zimmermann"]
    assert facts["addressee"] == ["Heinrich von Eckardt"]
    assert facts["date"] == "1917-01-16"
    assert facts["place_of_origin"] == "Berlin"


def test_a_title_s_trailing_note_call_is_dropped(resources: Resources) -> None:
    text = ("V. I.   Lenin\n\n\nTo:   G. V. CHICHERIN[1]\n\n"
            "Published: Printed from the original. Published for the first time in 1965.\n"
            "Source: Lenin Collected Works, Progress Publishers, 1976, Moscow, Volume 45.\n"
            "Translated: A. N. Translator\n"
            "Transcription\\Markup: A. Volunteer\n\n"
            "June 3, 1920\n\nTo Comrade Chicherin\n\n1) The draft reply to be approved by "
            "telephone through the members of the Political Bureau.\n\n2) Krasin to be told at "
            "once.\n\n\n[1] Written on the back of a note from Chicherin.\n")
    assert text_facts(text, resources)["title"] == "To: G. V. CHICHERIN"


def test_register_names_of_the_einstein_letter_and_of_1920(resources: Resources) -> None:
    register = resources.register
    for name, key in (("Szilard", "per-leo-szilard"), ("Joliot", "per-frederic-joliot-curie"),
                      ("von Eckhardt", "per-heinrich-von-eckardt"),
                      ("Gukovsky", "per-isidor-gukovsky"),
                      ("Radoslavoff", "per-vasil-radoslavov"), ("Wrangel", "per-pyotr-wrangel")):
        entry = register.lookup(name)
        assert entry is not None and entry.id == key


def test_a_salutation_is_no_link_of_the_formats_field(resources: Resources) -> None:
    text = ("Written: Written on May 30, 1920\nPublished:\nFirst published in 1959.\n"
            "Source:\nLenin\nCollected Works,\nVolume 44.\nTranslated: A. N. Translator\n"
            "Other Formats:\nText\n• README\nComrade Chicherin,\n"
            "Be sure to take advantage of Comrade Stalin’s presence in Moscow to have a talk "
            "with him about the material for the Note of protest.\nGreetings,\nLenin\n")
    assert text_facts(text, resources)["addressee"] == ["Georgy Chicherin"]


def test_a_message_to_the_senate_dateline_and_address_run_on(resources: Resources) -> None:
    text = ("the following reply was sent by the Executive on the same day, after a long debate in "
            "both houses of the Congress:\n\n"
            "Washington, D. C., April 3, 1917. To the Senate :\n\n"
            "In response to the resolution adopted by the Senate yesterday, I transmit herewith a "
            "report by the Secretary of State, which has my approval.\n")
    facts = text_facts(text, resources)
    assert facts["date"] == "1917-04-03"
    assert facts["place_of_origin"] == "Washington"
    received = text_xml(text, resources).split('<correspAction type="received">')[1]
    assert received.split("</correspAction>")[0].strip().startswith(
        '<orgName ref="#org-united-states-senate">')
