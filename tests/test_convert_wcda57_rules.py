"""Rules for Wilson Center Digital Archive pages and their copies (wcda57):

- a copy whose `Document Information` block comes first: a whole date right under the
  fields goes on with the page's head (its date line, title and summary; the head's reach
  counted from that date line, `record_top.head_fields`), and a record's one-line field
  (`Original Uploaded Date`) takes no line after a blank one under its value;
- a record's day and place on a line of their own, the day first (`3 June 1963,
  Ulaanbaatar`), under its heading sentence, give the place of origin (`place_lines`);
- a name a register person and a register place share (`Choibalsan`), joined to a place's
  name by a comma, `and` or `or` (`in Ulaanbaatar, Darkhan and Choibalsan`), is the place
  (`place_series`);
- a corporate body's heading in an index of persons (`Mongol Ardyn Khuvsgalt Nam. Tov
  Khoroo`, table `index-headings`, row `org`) is an organisation, none of its words a person;
  an inverted person's heading the register lacks names the text's one local person of that
  surname and initial, the soft sign before `e` read as `ye`, `yo` or `e` (`Solov'ev, Leonid
  Ivanovich`: the text's `L. I. Solovyov`);
- a numbered form line under a signature that opened the page's text with another number
  (`Telegram No. 061.047` under `Telegram No. 061.044`'s `Signed:`) heads the next telegram
  of the page, kept apart after the first one's closer (`repeated_form`); another form's
  numbered line is none, nor are a cable's section lines (`SECTION 02 OF 03 CAPE TOWN`);
- a blog's byline may give a user name and the comments in small letters (`Posted on 2 May
  2016 by nomadarchivist | 4 comments`); an introduction pointing at the Wilson Center's
  collection or digital archive, perhaps ending in a link, is the blogger's; the archive's
  title over its date line right under it is the page's title and date (the headline the
  post's), the link the source URL (`pages/blogpost.py`, table `blog-byline`);
- a Markdown copy's whole line in single-asterisk italics (`*Source: ...*`) is read without
  them (no footnote marked `*`); a source field giving only the publisher's name and the
  page's address is the source URL, no shelfmark;
- a memorandum's heading sentence `..., held on 2 June 1972 in Varna` gives its place;
- an annex's label alone after the closer (`ENCLOSURE`, `Attachment 1`) and the title line
  under it (`List of Urgent Requests of the Government of the DRV`) are the attachment's
  heads (`closing.attachment_heads`, `enclosure_lists.annex_title`), not paragraphs;
- a Reddit thread's lines are a board's (table `page-furniture`, row `forum-post`: `r/NAME`,
  `Posted by u/USER 6 yr. ago`, `12 comments Share Save`, `level 1 USER · 6 yr. ago`); the
  first line a Markdown blockquote marks under the post line opens the reposted document as
  a quote's header would, the post's title and words above it kept as the board's;
- register: the towns Thanh Hoa and Vinh, the river Drin.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

FIELDS_FIRST = (
    "Document Information\nSource\nAVPRF, f. 0102, op. 19, d. 7, l. 21. Translated by Ana Lee.\n"
    "Type\nMemorandum of Conversation\nRecord ID\n240917\nOriginal Uploaded Date\n2019-11-20\n\n"
    "October 8, 1957\n"
    "Note on a Conversation between Veljko Mićunović and Andrei Gromyko\n"
    "Mićunović and Gromyko discuss the declaration of the communist parties.\n\n"
    "English Translation\n\nNOTE\n\n"
    "Gromyko said that the Soviet side expected a Yugoslav delegation in November.\n\n"
    "Recorded by: D. Vidić\n"
)

RECORD = (
    "RECORD OF CONVERSATION\n\n"
    "of Comrade Yu. Tsedenbal, Chairman of the Council of Ministers of the MPR, with the "
    "Ambassador of the USSR in the MPR, Comrade L. I. Solovyov\n\n"
    "{dateline}\n\n"
    "Comrade Tsedenbal said that the flour mills in Ulaanbaatar, Darkhan and Choibalsan should "
    "be ready in 1964. Marshal Choibalsan had planned them before his death.\n"
)

TWO_TELEGRAMS = (
    "Telegram No. 061.044\n\nSender: Beijing\nTo: Comrade Corneliu Mănescu\n\n"
    "Today the Chinese Ministry of Foreign Affairs handed the ambassadors a note on the clash "
    "on the Ussuri River.\n\nSigned: Aurel Duma\n\n"
    "Telegram No. {second}\n\nSender: Beijing\nTo: Comrade Corneliu Mănescu\n\n"
    "Since this morning people have been demonstrating in front of the Soviet embassy.\n\n"
    "Signed: Aurel Duma\n"
)


def test_a_date_line_under_the_fields_opens_the_page_s_head(resources: Resources) -> None:
    facts = text_facts(FIELDS_FIRST, resources)
    assert facts["title"] == "Note on a Conversation between Veljko Mićunović and Andrei Gromyko"
    assert facts["date"] == "1957-10-08"
    assert facts["doc_type"] == "record of conversation"


def test_the_uploaded_date_keeps_its_one_value(resources: Resources) -> None:
    xml = text_xml(FIELDS_FIRST, resources)
    assert '<keywords n="uploaded">\n          <term>2019-11-20</term>\n        </keywords>' in xml


def test_a_day_first_line_under_a_record_heading_gives_its_place(resources: Resources) -> None:
    facts = text_facts(RECORD.format(dateline="3 June 1963, Ulaanbaatar"), resources)
    assert facts["place_of_origin"] == "Ulaanbaatar"


def test_a_namesake_in_a_series_of_places_is_the_place(resources: Resources) -> None:
    xml = text_xml(RECORD.format(dateline="3 June 1963, Ulaanbaatar"), resources)
    assert 'Darkhan</placeName> and <placeName ref="#pla-choibalsan">Choibalsan</placeName>' in xml
    assert 'Marshal <persName ref="#per-khorloogiin-choibalsan">Choibalsan</persName>' in xml


def test_a_corporate_heading_is_an_organisation(resources: Resources) -> None:
    page = (
        "June 3, 1963\n\nRecord of Conversation between Yumjaagiin Tsedenbal and a Delegation\n\n"
        "English Translation\n\nComrade Tsedenbal said that the power station must be ready "
        "before the winter.\n\nDocument Information\n\nSource\n\nMongolian National Central "
        "Archive, Fond 1, Dans 16.\n\nAssociated People & Organizations\n\n"
        "Mongol Ardyn Khuvsgalt Nam. Tov Khoroo\nChina. Da shi guan (Mongolia)\n"
    )
    xml = text_xml(page, resources)
    assert '<term><orgName ref="#org-mongol-ardyn-khuvsgalt-nam-tov-khoroo">' in xml
    assert '<term><orgName ref="#org-china-da-shi-guan-mongolia">' in xml
    assert ">Khoroo</persName>" not in xml


def test_a_form_line_with_another_number_heads_the_next_telegram(resources: Resources) -> None:
    xml = text_xml(TWO_TELEGRAMS.format(second="061.047"), resources)
    assert '<div type="attachment">\n          <head>Telegram No. 061.047</head>' in xml
    assert text_facts(TWO_TELEGRAMS.format(second="061.047"), resources)["telegram_number"] \
        == "061.044"


def test_another_form_s_numbered_line_heads_nothing(resources: Resources) -> None:
    xml = text_xml(TWO_TELEGRAMS.replace("Telegram No. {second}", "Note No. 17"), resources)
    assert "<head>Note No. 17</head>" not in xml


def test_the_new_register_places(resources: Resources) -> None:
    xml = text_xml("The bombing of the railway from Thanh Hoa to Vinh and of the dams on the "
                   "Drin went on.\n", resources)
    for ref in ("pla-thanh-hoa", "pla-vinh", "pla-drin"):
        assert f'ref="#{ref}"' in xml


BLOG = (
    "Steppe and Empire\n\nWhat the embassy saw in Beijing\n"
    "Posted on 2 May 2016 by nomadarchivist | 4 comments\n\n"
    "Another document from the Wilson Center's digital archive. The original is here: "
    "https://digitalarchive.wilsoncenter.org/document/500231\n\n"
    "Ciphered Telegram from the Mongolian Embassy in Beijing to the MPR Ministry of Foreign "
    "Affairs\nAugust 20, 1966\n\nCiphered telegram No. 301\nFrom Beijing\n\n"
    "Today groups of Red Guards put up posters against the Soviet leaders.\n\n"
    "Ambassador B. Jargal\n"
)


def test_a_blog_repost_s_archive_title_and_link(resources: Resources) -> None:
    facts = text_facts(BLOG, resources)
    assert facts["title"].startswith("Ciphered Telegram from the Mongolian Embassy")
    assert facts["date"] == "1966-08-20"
    assert facts["source_url"] == "https://digitalarchive.wilsoncenter.org/document/500231"
    assert "<bibl type=\"source\">What the embassy saw in Beijing</bibl>" \
        in text_xml(BLOG, resources)


def test_a_markdown_italic_source_line_is_the_page_s_address(resources: Resources) -> None:
    text = ("# Report on the Visit\n\n**Date:** October 26, 1973\n\n---\n\nBerlin, 26 October "
            "1973\n\nThe delegation thanked the GDR for the reconstruction of the city.\n\n"
            "H. Axen\n\n---\n\n*Source: Wilson Center Digital Archive, "
            "https://digitalarchive.wilsoncenter.org/document/176402*\n")
    xml = text_xml(text, resources)
    assert '<idno type="URI">https://digitalarchive.wilsoncenter.org/document/176402</idno>' in xml
    assert 'n="*"' not in xml


def test_a_memorandum_held_on_a_day_in_a_place(resources: Resources) -> None:
    text = ("June 2, 1972\n\nMemorandum of Conversation between Todor Zhivkov and Fidel "
            "Castro\n\nMEMORANDUM\n\nof the conversation between Comrade Todor Zhivkov and Comrade "
            "Fidel Castro, held on 2 June 1972 in Varna\n\nComrade Fidel Castro thanked the "
            "Bulgarian comrades for the warm reception.\n")
    assert text_facts(text, resources)["place_of_origin"] == "Varna"


def test_a_soft_sign_heading_names_the_text_s_local_person(resources: Resources) -> None:
    page = ("May 17, 1962\n\nRecord of Conversation between Yumjaagiin Tsedenbal and L. I. "
            "Solovyov\n\nEnglish Translation\n\nComrade L. I. Solovyov came at his own request "
            "and said that the matter had been settled.\n\nDocument Information\n\nSource\n\n"
            "Mongolian National Central Archive, Fond 1.\n\nAssociated People & Organizations"
            "\n\nSolov'ev, Leonid Ivanovich\n")
    xml = text_xml(page, resources)
    assert '<persName ref="#per-l-i-solovyov">Solov\'ev, Leonid Ivanovich</persName>' in xml


def test_an_enclosure_s_label_and_title_are_its_heads(resources: Resources) -> None:
    text = ("Hanoi, 20 April 1965\n\nDear Comrade Zhou Enlai,\n\nI request that your government "
            "consider the requests in the attached list.\n\nWith fraternal greetings,\n\n"
            "Pham Van Dong\n\nENCLOSURE\n\nList of Urgent Requests of the Government of the "
            "DRV\n\n1. Anti-aircraft artillery for the defence of Hanoi.\n\n2. Rails and "
            "sleepers for 300 km of railway.\n")
    xml = text_xml(text, resources)
    assert "<head>ENCLOSURE</head>" in xml
    assert "<head>List of Urgent Requests of the Government of the " in xml


def test_a_reddit_post_s_quoted_document(resources: Resources) -> None:
    text = ("r/ColdWarHistory\nPosted by u/archivist_kim 6 yr. ago\n\n"
            "The ambassador's telegram after the Pueblo seizure\n\n"
            "Thought this was interesting. Full text below:\n\n"
            "> Telegram from the ROK Ambassador to the United States to the ROK Minister of "
            "Foreign Affairs\n>\n> January 24, 1968\n>\n> No. USW-0127\n> From: Ambassador in "
            "Washington\n>\n> Today I met Assistant Secretary Bundy at the State Department.\n"
            ">\n> Ambassador Kim Dong-jo\n\n12 comments  Share  Save\n")
    facts = text_facts(text, resources)
    assert facts["title"].startswith("Telegram from the ROK Ambassador")
    assert facts["date"] == "1968-01-24"
    assert "r/ColdWarHistory" not in text_xml(text, resources)
