"""Rules for newspapers and magazines printing or quoting a diplomatic document, learnt from
real pages (news89):

- Papers Past's complete article page ends in the archive's foot: the OCR notice,
  `Permanent link to this item` over the article's address, `Bibliographic details` over the
  paper's citation, `Word Count` over its number, the headline run into the citation twice.
  The address is the page's URI, the citation a source `bibl`, the rest furniture; the
  citation's `Page 7` is no one; the issue's year completes the wire's dateline that has
  none (`WASHINGTON, Dec. 15.`: `pages/press_foot.py`, table `press-archive-foot`, fact
  `press-year` read by `context_years`);
- a wire report's `... to hand the German Government a joint Note as follows:—` introduces
  the quotation, a government's note typed as a letter; `The text of President Roosevelt's
  message to the Emperor of Japan was as follows:` introduces it too, the owner before the
  form's name its sender, the name after `to` its addressee (`pages/introduced_quote._INTRO`,
  groups `asfollows`, `textof`; `_TEXT_OF_PARTIES`);
- a note's heading run on after the writer's sentences in one paragraph (`... to Ambassador
  Gerard in Berlin. DEPARTMENT OF STATE, WASHINGTON, May 13, 1915. The Secretary of State to
  the American Ambassador at Berlin: Please call ...`) is set apart: the writer's words are
  the page's, the parties' line, the office and its dateline head the note
  (`pages/press_heading.py`, table `press-run-on-heading`);
- the places a newspaper writer's lines name are marked in the header's source `bibl` where
  those lines go (`press_names.py`; the grammar allows no `persName` there);
- a newspaper's report opening on `X, in a letter to Y, ...` types the page a letter (table
  `introduced-form`);
- a newspaper site's `Article` alone on its line is no one's name (table `not-names`);
- register: Franz Ferdinand (`Archduke Francis Ferdinand`), Franz Joseph (`Emperor Francis
  Joseph`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml


def _text(xml: str) -> str:
    return xml.split("<text>")[1]


def _header(xml: str) -> str:
    return xml.split("<text>")[0]


FOOT = (
    "Article image\nArticle image\n\n"
    "STRAITS TALKS\n\n"
    "LEADERS' REVIEW (Rec. 9 p.m.) CANBERRA, Nov. 20. The Prime Minister reviewed the "
    "negotiations in the House. He said the talks would resume next week.\n\n"
    "This article text was automatically generated and may include errors. View the full "
    "page to see article in its original form.\n"
    "Permanent link to this item\n\n"
    "https://paperspast.natlib.govt.nz/newspapers/EP19481122.2.41\n\n"
    "Bibliographic details\n\n"
    "Evening Post, Volume CXLVI, Issue 124, 22 November 1948, Page 9\n\n"
    "Word Count\n188\n\n"
    "STRAITS TALKS Evening Post, Volume CXLVI, Issue 124, 22 November 1948, Page 9\n\n"
    "STRAITS TALKS Evening Post, Volume CXLVI, Issue 124, 22 November 1948, Page 9\n"
)


def test_papers_past_foot_goes_to_the_header(resources: Resources) -> None:
    xml = text_xml(FOOT, resources)
    facts = text_facts(FOOT, resources)
    assert facts["source_url"] == "https://paperspast.natlib.govt.nz/newspapers/EP19481122.2.41"
    assert "Evening Post, Volume CXLVI, Issue 124" in _header(xml)
    assert "Bibliographic details" not in _text(xml)
    assert "Word Count" not in _text(xml)
    assert "per-earle-page" not in xml


def test_the_issue_year_completes_the_wire_dateline(resources: Resources) -> None:
    assert 'when="1948-11-20"' in _text(text_xml(FOOT, resources))


AS_FOLLOWS = (
    "Article image\n\n"
    "NOTE TO BELGRADE\n\n"
    "(British Official Wireless.) RUGBY, March 2. The British and French Ministers in "
    "Belgrade have been instructed to hand the Yugoslav Government a joint Note as follows:— "
    "“The two Governments have learnt with concern of the measures announced yesterday on the "
    "frontier, and they trust that the Yugoslav Government will give them an assurance that "
    "no further step will be taken before the talks are resumed.” The terms of the Note were "
    "read in the House this afternoon.\n"
)


def test_a_joint_note_as_follows_introduces_the_quotation(resources: Resources) -> None:
    xml = text_xml(AS_FOLLOWS, resources)
    assert "have learnt with concern" in _text(xml)
    assert "have been instructed to hand" not in _text(xml)
    assert text_facts(AS_FOLLOWS, resources)["doc_type"] == "letter"


TEXT_OF = (
    "Article image\n\n"
    "APPEAL TO THE KING\n\n"
    "(Recd. 9.5 p.m.) LONDON, Feb. 4. The text of President Truman's message to the King "
    "was as follows: “I send Your Majesty the warm greetings of the American people on this "
    "anniversary and our hope that the friendship of our two nations will long endure.”\n"
)


def test_the_text_of_a_message_was_as_follows_introduces_it(resources: Resources) -> None:
    xml = text_xml(TEXT_OF, resources)
    assert "warm greetings of the American people" in _text(xml)
    assert "The text of President" not in _text(xml)
    assert text_facts(TEXT_OF, resources)["sender"] == ["Harry S. Truman"]


RUN_ON = (
    "The note was drafted by the President himself and was sent by cable to Ambassador "
    "Page in London the same evening. DEPARTMENT OF STATE, WASHINGTON, October 21, 1915. The "
    "Secretary of State to the American Ambassador at London: You are instructed to deliver "
    "the following note to His Majesty's Principal Secretary of State for Foreign Affairs. "
    "The Government of the United States has given careful attention to the orders in "
    "council of last spring.\n"
)


def test_a_run_on_note_heading_is_set_apart(resources: Resources) -> None:
    facts = text_facts(RUN_ON, resources)
    xml = text_xml(RUN_ON, resources)
    assert facts["date"] == "1915-10-21"
    assert "drafted by the President himself" not in _text(xml)
    assert "You are instructed to deliver" in _text(xml)


def test_the_writer_lines_names_are_marked_in_the_header(resources: Resources) -> None:
    header = _header(text_xml(AS_FOLLOWS, resources))
    assert '<placeName ref="#pla-belgrade">Belgrade</placeName>' in header


ARCHDUKE = (
    "Vienna, June 29, 1914.\n\n"
    "The funeral of the Archduke Francis Ferdinand will be held on Friday; the Emperor "
    "Francis Joseph returns to the capital tomorrow.\n\n"
    "Article\n"
)


def test_register_archduke_and_emperor_and_article_no_one(resources: Resources) -> None:
    xml = text_xml(ARCHDUKE, resources)
    assert "per-franz-ferdinand" in xml
    assert "per-franz-joseph" in xml
    assert "per-article" not in xml


IN_A_LETTER = (
    "Nehru writes to Eisenhower\n\n"
    "March 3, 1957\n\n"
    "Indian Prime Minister Jawaharlal Nehru, in a letter to US President Dwight Eisenhower, "
    "asked for wheat to be shipped before the monsoon.\n\n"
    "He said, \"Our people will long remember the help that your country gives them in this "
    "hour of need, and I thank you warmly for it.\"\n"
)


def test_x_in_a_letter_to_y_types_the_report_a_letter(resources: Resources) -> None:
    assert text_facts(IN_A_LETTER, resources)["doc_type"] == "letter"
