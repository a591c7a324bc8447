"""Rules for the header facts of reposted documents (repost75):

- a document quoted as a Markdown block quote that opens the lines left after an earlier
  stage took the page's head (a Q&A site's question title, `Asked ...`, `Viewed 2k times`)
  is still the quoted run: the lines under it are the page's (`pages/quoted_run.py`);
- the poster's citation right under the quoted document, bracketed or not, opening with an
  archival reference, is the source field: shelfmark and translator
  (`quoted_run.cited_under`, read by `pages/furniture.py`);
- a Stack Exchange page's lines (`Asked ... ago`, `Viewed 2k times`, `Improve this
  question`, `asked Mar 3, 2021 at 14:22`, `2 Answers`) are furniture (table
  `page-furniture`, row `navigation`), and the user card under a signature date (display
  name, reputation) is the page's, never the signature (`pages/handles.carded_users`); the
  question's tags (`soviet-union china cold-war`) and an answer's score (`9`) are the
  poster's lines under the signature (`pages/repost_tail.py`);
- a WeChat article's byline (`原创 ... 2023-05-12 08:00 发表于北京`), collection line and tags
  are furniture, its foot (`阅读原文`, counts, `喜欢此内容的人还喜欢`) opens the page's foot
  (table `page-furniture`, rows `navigation`, `blog-foot`); `编者按` labels the publisher's
  note (table `page-fields`, row `summary`) and `来源` the source line (row `source`);
- an archival reference closing the document in brackets is read inside them first (the
  archive's name without the bracket) and a FRUS source note's classification after the
  file (`. Secret; Niact.`) is no part of the shelfmark (`pages/references.py`, `zones.py`);
  the register knows Joseph E. Jacobs's later posts (Prague, Warsaw);
- after the held score: a Kindle's citation under a passage pasted mid-post opens the page's
  foot (table `page-furniture`, row `blog-foot`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

QUOTED = (
    "> **CIPHERED TELEGRAM No. 3315**\n>\n> From Beijing, 8 October 1962\n>\n"
    "> To: Comrade GROMYKO, MFA USSR\n>\n"
    "> On 7 October Deputy Foreign Minister Zhang Hanfu received me at my request and spoke "
    "of the border.\n>\n"
    "> In my opinion the Chinese leadership has decided on a large-scale operation.\n>\n"
    "> S. CHERVONENKO\n\n")
QUESTION_HEAD = (
    "History Stack Exchange\n"
    "Did the Soviet embassy in Beijing warn Moscow before the war?\n"
    "Asked 3 years, 2 months ago\nModified 1 year ago\nViewed 2k times\n14\n\n"
    "In a collection of translated documents I came across the following telegram:\n\n")
QUESTION_FOOT = (
    "Does this mean Moscow was told in advance? Why did Khrushchev say otherwise?\n\n"
    "Share\nImprove this question\nFollow\nasked Mar 3, 2021 at 14:22\nPavel Tretyakov\n"
    "1,234 5 20\n")


def test_a_quoted_telegram_under_a_question_closes_at_its_signature(
        resources: Resources) -> None:
    facts = text_facts(QUESTION_HEAD + QUOTED + QUESTION_FOOT, resources)
    assert facts["sender"] == ["Stepan Chervonenko"]
    assert facts["signed"] == "S. CHERVONENKO"
    assert "Khrushchev" not in text_xml(QUESTION_HEAD + QUOTED + QUESTION_FOOT, resources
                                        ).split("<text")[1]


def test_the_posters_bracketed_citation_under_the_quote_is_the_source(
        resources: Resources) -> None:
    facts = text_facts(
        QUESTION_HEAD + QUOTED + "(AVP RF, f. 0100, op. 55, p. 481, d. 12, ll. 44-45. "
        "Translated by Nikolai Orlov.)\n\n" + QUESTION_FOOT, resources)
    assert facts["archive_idno"] == "AVP RF, f. 0100, op. 55, p. 481, d. 12, ll. 44-45"
    assert facts["translator"] == "Nikolai Orlov"


def test_a_question_copied_plain_gives_no_user_card_as_signature(
        resources: Resources) -> None:
    plain = "\n".join(line.lstrip("> ").strip("*") for line in QUOTED.splitlines()
                      if line.strip(">"))
    source = QUESTION_HEAD + plain + "\n\n" + QUESTION_FOOT.replace(
        "\n\nShare", "\n\nsoviet-union china cold-war\n\nShare") + (
        "\n2 Answers\n9\n\nYes. The telegram is quite clear, and there are two others "
        "in the same file.\n\nShare\nImprove this answer\nFollow\n"
        "answered Mar 4, 2021 at 8:03\nSemaphore\n52.1k 12 180 240\n")
    xml = text_xml(source, resources)
    assert "Viewed 2k times" not in xml.split("<text")[1]
    assert "Pavel Tretyakov" not in xml.split("<text")[1]
    facts = text_facts(source, resources)
    assert facts["sender"] == ["Stepan Chervonenko"]
    assert facts["signed"] == "S. CHERVONENKO"


WECHAT = (
    "冷战史料 | Subandrio on the Afro-Asian Conference (1965)\n"
    "原创 档案君 冷战国际史读书会 2023-05-12 08:00 发表于北京\n收录于合集\n#冷战史料 36个\n\n"
    "编者按: This week we share another translation from the Foreign Ministry Archive.\n\n"
    "Cable from the Chinese Embassy in Indonesia to the Foreign Ministry, "
    "\"Subandrio's Remarks\"\n\nJakarta, 18 March 1965\nNo. 0417\n\nForeign Ministry:\n\n"
    "On the afternoon of the 17th, Foreign Minister Subandrio received Ambassador Yao "
    "Zhongming and spoke of the conference in Algiers.\n\nPlease instruct.\n\n"
    "Chinese Embassy in Indonesia\n18 March 1965\n\n"
    "来源: PRC FMA 105-01912-03, 45-47. Translated by Zhang Lili.\n\n"
    "阅读原文\n阅读 2.1万\n赞 156\n喜欢此内容的人还喜欢\n"
    "冷战史料 | 周恩来与尼赫鲁的会谈记录(1960)\n")


def test_a_wechat_articles_byline_and_foot_are_the_pages(resources: Resources) -> None:
    facts = text_facts(WECHAT, resources)
    assert facts["date"] == "1965-03-18"
    assert facts["place_of_origin"] == "Jakarta"
    assert facts["telegram_number"] == "0417"
    assert facts["title"].startswith("Cable from the Chinese Embassy in Indonesia")
    assert facts["summary"].startswith("This week we share")
    assert facts["archive_idno"] == "PRC FMA 105-01912-03, 45-47"
    assert facts["translator"] == "Zhang Lili"


def test_a_bracketed_frus_source_note_under_the_signature_gives_the_file(
        resources: Resources) -> None:
    facts = text_facts(
        "Telegram From the Embassy in Poland to the Department of State\n"
        "Warsaw, October 18, 1956, 6 p.m.\n"
        "587. Embassy has reliable reports that Soviet armored units began moving toward "
        "Warsaw during the night.\nJacobs\n"
        "(National Archives, RG 59, Central Files, 748.00/10–1856. Secret; Niact.)\n",
        resources)
    assert facts["archive_idno"] == "RG 59, Central Files, 748.00/10–1856"
    assert facts["repository"] == "National Archives"
    assert facts["sender"] == ["Joseph E. Jacobs"]


def test_a_kindle_citation_mid_post_ends_the_pasted_telegram(resources: Resources) -> None:
    facts = text_facts(
        "Cold War History Forum\ngrainger_ml\nOct '23\n\n"
        "Reading the new collection and this one stood out, about the 25th:\n\n"
        "CIPHERED TELEGRAM\nFrom Budapest\n25 October 1956\nTO THE CC CPSU\n"
        "Comrades Mikoyan and Suslov arrived here today and spoke with members of the "
        "Politburo.\nKadar has replaced Gero as First Secretary.\nANDROPOV\n\n"
        "Halloran, Peter. Budapest and Moscow, 1956 (p. 112). Danube Press. Kindle Edition.\n\n"
        "(Original reference given in the book: AVP RF, f. 059a, op. 4, p. 6, d. 5.)\n\n"
        "4 Likes\neastbound_historian\nOct '23\n\nThe number is the cipher department's "
        "serial, not the embassy's own. Worth checking against the Russian edition.\n"
        "2 Likes\nRelated topics\nTopic\tReplies\tViews\tActivity\n"
        "Gero's last Politburo meeting\t3\t412\tSep '23\n",
        resources)
    assert facts["sender"] == ["Yuri Andropov"]
    assert facts["signed"] == "ANDROPOV"
