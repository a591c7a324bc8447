"""Rules for documents reposted by newspaper archives and archives' exhibition pages, learnt
from real pages (repost88):

- a newspaper's `The message follows:` (`the`, `this`, `his` ... before the form and
  `follows`) introduces the quotation (`pages/introduced_quote._INTRO`, group `follows`);
- a newspaper's `X sent the following message to Y:` introduces it, the quotation run on
  after the colon or on the next line (group `sent`);
- OCR's spaced dash after the introduction's colon (`...: — "On what ...`) stands before
  the quotation mark, or closes the line (`_DASH`);
- the office's holder named in brackets before the sending verb (`The Secretary for the
  Dominions (Mr. Eden) sent ...`) is the sender (`_OFFICE_HOLDER`, `_named_office`);
- `sent to A by B` in the writer's sentence names the sender B, as `handed to A by B` did
  (`_BY`); a word broken at a column's end (`Secre- tary`) is joined in the parties (`_BROKEN`);
- a message the writer's lines call a cablegram (`the "lost cablegram" sent to ...`, over
  `The message follows:`) is a telegram (`_named_form(..., plain=True)`);
- an OCR'd rule after the quotation's closing mark (`...".” /`) still closes it (`_CLOSE`);
- an archive's exhibition page: the item's title naming the message's parties in full and its
  subject after `on` (`Message from A B to C D on ...`), over the date line, is the page's
  title (table `title-over-date`); `Geographic index:` is the site's link (table
  `page-furniture`);
- a collection's receipt line naming the wire (`(Received by telephone at 11 p.m.)`, the
  French Yellow Book on Avalon's mirrors, its heading lost) types a telegram (table
  `doc-types`);
- the Moscow edition's parties line in mixed case with initials, a note's asterisk and number
  after it (`J. V. Stalin to F. Roosevelt*`, `F. Roosevelt and W. Churchill to J. V.
  Stalin*2`: table `heading-edition`);
- register: Myron T. Herrick, Stephan Burián (`Baron Burian`), Karl von Macchio, Giuseppe
  Avarna (`Duke of Avarna`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml


def _text(xml: str) -> str:
    return xml.split("<text>")[1]


FOLLOWS = (
    "Subscribers enjoy higher page view limit, downloads, and exclusive features.\n"
    "MINISTER'S WIRE FOUND Text Was Filed Without Reply. The cablegram sent to Secre- tary of "
    "State Bryan by Ambassador Herrick from Paris on August 2, 1914, was found in the files "
    "today. The message follows: “Secretary of State, Washington. “The Government here asks "
    "that American citizens leave the frontier districts at once and that our consuls be told "
    "without delay. Trains will run for them until Tuesday.”\n"
)


def test_the_message_follows_introduces_the_quotation(resources: Resources) -> None:
    xml = text_xml(FOLLOWS, resources)
    assert "frontier districts" in _text(xml)
    assert "Text Was Filed" not in _text(xml)


def test_sent_to_a_by_b_names_the_sender_and_a_cablegram_types_it(
        resources: Resources) -> None:
    facts = text_facts(FOLLOWS, resources)
    assert facts["doc_type"] == "telegram"
    assert facts["sender"] == ["Myron T. Herrick"]
    assert facts["addressee"] == ["William Jennings Bryan"]
    assert facts["date"] == "1914-08-02"


SENT_FOLLOWING = (
    "Article image\n\n"
    "MESSAGE FROM WELLINGTON\n\n"
    "(Press Association.) WELLINGTON, March 3, 1941. The Prime Minister "
    "(Mr. Fraser) sent the following message to the Governments of Canada and South "
    "Africa: — “The people of this country have followed with admiration the work of your "
    "airmen in the training schools and send their thanks for it.” /\n"
    "In a second message the Minister of Information (Mr. Duff Cooper) says: “The news of "
    "the week will be given out in full tomorrow.”\n"
)


def test_sent_the_following_message_and_the_dash_open_the_quotation(
        resources: Resources) -> None:
    body = _text(text_xml(SENT_FOLLOWING, resources))
    assert "training schools" in body
    assert "news of the week" not in body  # the reporter's line after the closing mark


def test_the_holder_in_brackets_after_the_office_is_the_sender(resources: Resources) -> None:
    assert text_facts(SENT_FOLLOWING, resources)["sender"] == ["Peter Fraser"]


EXHIBITION = (
    "The Common Struggle Against Fascism\n"
    "Geographic index:\n\n"
    "Message from Joseph Stalin to Winston Churchill on the convoys to Murmansk\n\n"
    "18 November 1941\n"
    "Russian State Archive of Social and Political History\n\n"
    "\"Your message received. I agree that the next convoy should sail as soon as the escort "
    "is ready, and I ask you to tell me its day.\"\n"
)


def test_an_exhibition_title_with_its_subject_over_the_date_line(resources: Resources) -> None:
    facts = text_facts(EXHIBITION, resources)
    assert facts["title"] == ("Message from Joseph Stalin to Winston Churchill on the convoys "
                              "to Murmansk")
    assert facts["sender"] == ["Joseph Stalin"]
    assert facts["addressee"] == ["Winston Churchill"]
    assert facts["date"] == "1941-11-18"
    assert "Geographic index" not in text_xml(EXHIBITION, resources)


def test_the_red_book_s_parties_are_registered(resources: Resources) -> None:
    xml = text_xml(
        "No. 12. Baron Burian to Baron Macchio.\n\n[Telegram.]\n\nVienna, May 4, 1915.\n\n"
        "The Duke of Avarna called on me today and left a note of his Government's.\n",
        resources)
    for ref in ("per-stephan-burian", "per-karl-von-macchio", "per-giuseppe-avarna"):
        assert f'ref="#{ref}"' in xml


def test_a_receipt_by_telephone_types_a_telegram(resources: Resources) -> None:
    facts = text_facts(
        "(Received by telephone at 9.30 p.m.)\n"
        "I SAW the Minister for Foreign Affairs this evening and gave him the message of my "
        "Government.\n"
        "He told me that he would reply tomorrow after seeing the Chancellor.\n"
        "Coulondre.\n", resources)
    assert facts["doc_type"] == "telegram"
    assert facts["sender"] == ["Robert Coulondre"]


def test_the_moscow_edition_s_mixed_case_parties_line(resources: Resources) -> None:
    facts = text_facts(
        "Correspondence with Franklin D. Roosevelt\n\n"
        "No. 14\n\nSent on October 3, 1941\n\n"
        "J. V. Stalin to F. Roosevelt*\n\n"
        "I thank you for your message, which Mr. Harriman handed to me, and for the supplies "
        "it promises.\n", resources)
    assert facts["sender"] == ["Joseph Stalin"]
    assert facts["addressee"] == ["Franklin D. Roosevelt"]
