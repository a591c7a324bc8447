"""Rules for documents quoted on social, Q&A and notes pages (repost79):

- a Zhihu question page with its answer: the site's menu, the question's counters, the
  answer's vote line are furniture (rows `navigation`), its edit line and vote bar the
  answer's foot (row `blog-foot`); a line in CJK opened by a year (`1959年...`, the question)
  is the `forum` row's; the English document quoted in the answer keeps its title;
- a Tumblr post: the reblog line, the `Keep reading` cut and the tags line are furniture
  (row `navigation`), the blogs' names the reblog line gives go with it
  (`pages/handles.reblogged_names`), the notes count opens the post's foot (row
  `blog-foot`);
- a record's own form line naming its parties (`RECORD OF CONVERSATION WITH ... LIU
  SHAOQI, 26 MARCH 1958`) is its title, kept as written; a form title in capitals is title-cased
  with its linking words (`a`, `at`, `on`, `by`) lowered and initials (`A.M.`) kept
  (`form_titles.py`);
- a post's source line naming only a site (`Source: Wilson Center Digital Archive`) gives
  no shelfmark (`header.py`);
- a Markdown table row's label cell in bold (`| **DATE** | ... |`) is its field's label
  (`read_cells.py`); a note page's properties as a two-column table under its `# title`
  (a `Created`, `Tags` or `Status` row) are the page's front matter (`pages/note_apps.py`);
  a Markdown heading's FRUS number keeps its stop when its form names a sender (`## 198.
  Airgram From ...`, `pages/markdown_notes.py`);
- a despatch's number in its first sentence (`In my despatch No. 39 of 1 March`) is no
  telegram's (`frus-number` row `channel`);
- after the held score: a forwarded mail's header under the forwarder's note and a
  forwarding line, in any order (Thunderbird's `Subject:` first), is the page's
  (`pages/mail.py`); a mail's signature block under `--` closing the page is the page's
  (`pages/blog_foot.signature_tail`); a transcriber's `Transcribed from RG 59, Central Files
  1964-66, POL 27 VIET S, box 2981:` is no dateline (`heading` row `dateline`) but the source
  line, its shelfmark read by the `record-group` row (`header.py`); a Discourse topic's
  menu, post dates (`Jun '23`) and `Suggested Topics` are furniture (rows `navigation`).
"""

from __future__ import annotations

from tei.convert import Resources
from tei.convert.form_titles import form_title
from tei.convert.pages.blog_foot import read_more_lead
from tests.cases import text_facts, text_xml

ZHIHU = (
    "首页\n知乎直答\n会员\n发现\n等你来答\n\n"
    "1962年中国驻印使馆是怎样报告的?\n关注者\n812\n被浏览\n95,210\n\n"
    "外交史爱好者\n\n213 人赞同了该回答\n\n"
    "贴一个英译本:\n\n"
    "Cable from the Chinese Embassy in India to the Foreign Ministry\n"
    "Urgent\nNo. 0452\n"
    "To the Ministry of Foreign Affairs:\n"
    "(1) Nehru spoke to Parliament this morning for two hours on the border.\n"
    "(2) The Embassy suggests no public answer for the moment.\n"
    "Embassy in India\n3 September 1962\n\n"
    "编辑于 2022-05-03 10:12・IP 属地上海\n赞同 2131 条评论\n分享\n")

TUMBLR = (
    "coldwarpapers\nFollow\n\nmaoistmoments reblogged from coldwarpapers\n\n"
    "coldwarpapers\n\nThe ambassador's record, full text below.\n\nKeep reading\n\n"
    "FROM THE DIARY OF P. F. YUDIN\nSecret\n"
    "RECORD OF CONVERSATION WITH CHAIRMAN LIU SHAOQI, 12 MAY 1958\n\n"
    "I visited Liu Shaoqi at his request. He spoke of the Party congress.\n\n"
    "AMBASSADOR OF THE USSR IN THE PRC\n(P. YUDIN)\n\n"
    "AVP RF, f. 0100, op. 51, p. 432, d. 7, ll. 12-14.\n\n"
    "Source: Wilson Center Digital Archive\n\n"
    "#cold war  #ussr  #china\n\n88 notes\n\nmaoistmoments\n\nwhat a find\n")

NOTION = (
    "# My notes on the airgram\n\n"
    "| Property | Value |\n| --- | --- |\n| Created | May 2, 2024 9:10 AM |\n"
    "| Tags | India |\n\n"
    "## 211. Airgram From the Embassy in India to the Department of State\n\n"
    "A-455\n\n"
    "| | |\n| --- | --- |\n| **FROM** | AmEmbassy NEW DELHI |\n"
    "| **TO** | Department of State |\n| **DATE** | December 3, 1962 |\n\n"
    "Nehru told the Lok Sabha that India would fight on.\n\nGALBRAITH\n")

DESPATCH = (
    "No. 61\n\nSir W. Hayter (Moscow) to Mr. Selwyn Lloyd. (Received 2 May)\n\n"
    "No. 58. Confidential\tMOSCOW, 27 April 1956\n\nSir,\n\n"
    "In my despatch No. 51 of 20 April I reported on the secret speech of Mr. Khrushchev.\n\n"
    "I have, &c.\n\nW. G. HAYTER\n")


def test_a_zhihu_pages_furniture_goes_and_the_quoted_cable_keeps_its_title(
        resources: Resources) -> None:
    facts = text_facts(ZHIHU, resources)
    assert facts["title"] == "Cable from the Chinese Embassy in India to the Foreign Ministry"
    assert facts["telegram_number"] == "0452"
    body = text_xml(ZHIHU, resources).split("<text", 1)[1]
    for furniture in ("首页", "关注者", "人赞同了该回答", "1962年", "编辑于"):
        assert furniture not in body


def test_a_tumblr_posts_reblog_lines_go_and_the_record_is_titled_by_its_form_line(
        resources: Resources) -> None:
    facts = text_facts(TUMBLR, resources)
    assert facts["title"] == "RECORD OF CONVERSATION WITH CHAIRMAN LIU SHAOQI, 12 MAY 1958"
    assert facts["doc_type"] == "record of conversation"
    assert facts["archive_idno"] == "f. 0100, op. 51, p. 432, d. 7, ll. 12-14"
    body = text_xml(TUMBLR, resources).split("<text", 1)[1]
    for furniture in ("reblogged", "coldwarpapers", "maoistmoments", "Keep reading",
                      "#ussr", "88 notes"):
        assert furniture not in body


def test_a_capitals_record_title_lowers_linking_words_and_keeps_initials() -> None:
    assert form_title("RECORD OF A CONVERSATION AT 11 A.M. ON 4 MAY") == \
        "Record of a Conversation at 11 A.M. on 4 May"


def test_a_notion_property_table_and_a_bold_field_table_are_read(
        resources: Resources) -> None:
    facts = text_facts(NOTION, resources)
    assert facts["title"] == "Airgram From the Embassy in India to the Department of State"
    assert facts["date"] == "1962-12-03"
    assert facts["place_of_origin"] == "New Delhi"
    body = text_xml(NOTION, resources).split("<text", 1)[1]
    assert "May 2, 2024" not in body


def test_a_despatchs_number_in_its_first_sentence_is_no_telegrams(
        resources: Resources) -> None:
    facts = text_facts(DESPATCH, resources)
    assert facts["doc_type"] == "letter"
    assert facts["telegram_number"] is None


THUNDERBIRD = (
    "Hi Dan,\n\nsee below, the deptel I mentioned.\n\nBest,\nEllen\n\n"
    "-------- Forwarded Message --------\n"
    "Subject: \tRe: telegram 2011 transcript\n"
    "Date: \tMon, 11 Mar 2024 16:02:19 -0400\n"
    "From: \tKevin Ostrowski <kostrowski@example.edu>\n"
    "To: \tEllen Marsh <emarsh@example.edu>\n\n"
    "Transcribed from RG 59, Central Files 1964-66, POL 27 VIET S, box 2981:\n\n"
    "OUTGOING TELEGRAM Department of State\nSECRET\n"
    "ACTION: Amembassy SAIGON 2011 IMMEDIATE\nMarch 9, 1965, 6:10 p.m.\n\n"
    "1. Please see Quat tomorrow about the Marine landing.\n\n"
    "2. Report reactions soonest.\n\nRUSK\n\n--\nKevin Ostrowski\nPhD candidate, History\n")


def test_a_thunderbird_forwards_header_signature_and_transcriber_line_are_the_pages(
        resources: Resources) -> None:
    facts = text_facts(THUNDERBIRD, resources)
    assert facts["telegram_number"] == "2011"
    assert facts["date"] == "1965-03-09"
    assert facts["sender"] == ["Dean Rusk"]
    assert facts["signed"] == "RUSK"
    assert facts["archive_idno"] == "RG 59, Central Files 1964-66, POL 27 VIET S, box 2981"


DISCOURSE = (
    "History Forum\nCategories  Latest  Top\n\nHalifax and the Soviet note\n\nbwright\nMar '22\n\n"
    "Here is the telegram, my transcription:\n\n"
    "Sir S. Cripps (Moscow)\nto Foreign Office\nNo. 433\n2nd May, 1941\n"
    "D. 8.15 p.m. 2nd May, 1941\nR. 7.00 a.m. 3rd May, 1941\nMOST SECRET.\n"
    "Molotov has let it be known that the Soviet Government will say nothing.\n"
    "Repeated to Ankara.\n\n2 Likes\n\nReply\nSuggested Topics\n")


def test_a_discourse_topics_menu_dates_and_suggestions_are_furniture(
        resources: Resources) -> None:
    facts = text_facts(DISCOURSE, resources)
    assert facts["telegram_number"] == "433"
    assert facts["sender"] == ["Stafford Cripps"]
    body = text_xml(DISCOURSE, resources).split("<text", 1)[1]
    for furniture in ("Categories", "Mar '22", "Suggested Topics"):
        assert furniture not in body


def test_no_read_more_cut_in_an_empty_part() -> None:
    """A page part left with no lines (the furniture stage asked again of an empty rest, as
    a 10,000-telegram scale run met) has no lead above a cut, and no index out of range."""
    assert read_more_lead(0, []) == set()
    assert read_more_lead(1, [None]) == set()
