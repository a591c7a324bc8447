"""Rules for telegrams reposted outside the archives (repost68):

- a FRUS document quoted under a page's lead-in of short, hard-wrapped lines (a PDF
  handout's instructions and source line) starts where `quoted_edition` found its heading;
  a lead-in sentence over an edition's heading the FRUS reader took near the page's top
  (a thread's first post) is the page's text too (`pages/quoted_edition.py`);
- a post's lead-in of one sentence ending in a colon hands over to the quoted document on a
  page with a head too (`pages/lead_in.py`); a book's note (`[13] Received ...`) is none;
- `Declassified` in small letters is a stamp only alone or before its authority, part or
  date, never a headline's first word (table `page-furniture`, row `declassification`);
- Slashdot's bar, story line, comment head and poster's line; Mastodon's handle with its
  server, the post's time with visibility and client, boosts and favourites; a chat export's
  head and foot, message heads, reactions and a Markdown code fence; a Telegram channel's
  counts, views and reactions (table `page-furniture`); a year's hashtag after the first;
- a thread's posts counted against their total (`2/5`; the first post's `1/5` closing its
  text) (`pages/thread.py`); a display name over a dropped handle (`pages/handles.py`);
- the war leaders' correspondence heading (`PRIME MINISTER TO PRESIDENT TRUMAN`) names
  both parties (table `frus`, row `heading`);
- a wiki talk page's signed comments under the quoted document's signature, and a handout's
  numbered questions under their heading, are the page's (`pages/repost_tail.py`); a
  handout's foot (`HIST 247 Handout 9B`) and a PDF's page of its pages (`1 / 2`);
- a collection's next parties' heading over its form or dateline ends the document
  (`pages/next_document.py`); Project Gutenberg's italics over a centred heading's lines;
- a cable's closing lines (`SECRET`, `NNN`) stay under its signature and a line the page's
  text holds already (a channel's name over its next post) is the reposter's tail;
- after the held score: Dreamwidth's entry chrome and a journal's tags under the signature;
  Google Groups' bar and buttons and a Usenet poster's `--` signature block; Studocu's
  watermark and download lines; Project Gutenberg's site bar; a lead-in read as a form line
  over a FRUS source line; the addressee's post after `in` in a collection's heading
  (`Count Berchtold to Count Szápáry in St. Petersburg.`); `Telegram No. 188.` under the
  next number and `[Pg 172]` over it end the document.
"""

from __future__ import annotations

import re

from tei.convert import Resources
from tei.convert.markup import normalise
from tests.cases import text_facts, text_xml

FRUS_BODY = (
    "793.94/1827: Telegram\n"
    "The Minister in China (Johnson) to the Secretary of State\n"
    "Peiping, September 19, 1931—noon.\n"
    "[Received September 19—7:40 a.m.]\n\n"
    "683. Japanese troops have occupied the walled city of Mukden and the arsenal.\n"
    "JOHNSON\n"
)

HANDOUT = (
    "HIST 247 · Japan and the World                        Week 9 · Manchuria\n"
    "Prof. R. Iwasaki · Handout 9B\n\n"
    "Instructions: Read the telegram below before Thursday's seminar. Note (a)\n"
    "what the Minister knows, (b) what he does not say.\n\n"
    "Source: Foreign Relations of the United States, Japan: 1931–1941,\n"
    "vol. I, p. 1.\n\n" + FRUS_BODY + "\n"
    "Discussion questions\n"
    "1. Why does Johnson relay the consul's text?\n"
    "2. What does he leave out?\n\n"
    "HIST 247 Handout 9B                                                  1 / 2\n"
)


def test_a_handout_quoting_frus_under_short_lines(resources: Resources) -> None:
    facts = text_facts(HANDOUT, resources)
    assert facts["date"] == "1931-09-19"
    assert facts["place_of_origin"] == "Beijing"
    assert facts["signed"] == "JOHNSON"
    xml = text_xml(HANDOUT, resources)
    body = xml[xml.index("<body"):]
    assert "Instructions" not in body and "Discussion questions" not in body
    assert "1 / 2" not in body


SLASHDOT = (
    "Slashdot\n\n"
    "Declassified Files Show Missile Swap Was On the Table From Day One 312\n\n"
    "Posted by msmash on Saturday October 27, 2012 @10:05AM from the fifty-years-on dept.\n\n"
    "Re:The Jupiters were obsolete anyway (Score:5, Informative)\n"
    "by cold_fusion_77 ( 1183492 ) on Saturday October 27, 2012 @11:42AM (#41789231) Journal\n\n"
    "The embassy told Washington so the night before. From FRUS, doc. 457:\n\n"
    "Telegram From the Embassy in Turkey to the Department of State\n"
    "Ankara, October 26, 1962, midnight.\n\n"
    "587. Eyes only for the Secretary.\n\n"
    "1. Turkish Government attaches great importance to Jupiters.\n\n"
    "Hare\n\n"
    "Parent\n"
)


def test_a_slashdot_comment_quoting_a_telegram(resources: Resources) -> None:
    facts = text_facts(SLASHDOT, resources)
    assert facts["title"] == "Telegram From the Embassy in Turkey to the Department of State"
    assert facts["date"] == "1962-10-26"
    assert facts["sender"] == ["Raymond A. Hare"]


MASTODON = (
    "Mastodon\n\n"
    "Dr. Helen Marsh\n@hmarsh@historians.social\n\n"
    "🧵 Eighty years ago today Churchill cabled Truman. Here is the whole thing, as "
    "printed in the correspondence. 1/3\n\n"
    "May 12, 2025, 09:14 · 🌐 · Web\n14 boosts 38 favourites\n\n"
    "Dr. Helen Marsh\n@hmarsh@historians.social\n\n"
    "2/3\n\nPRIME MINISTER TO PRESIDENT TRUMAN\nPersonal and Top Secret\nNo. 44\n12 May 1945\n\n"
    "1. I am profoundly concerned about the European situation.\n\n"
    "May 12, 2025, 09:16 · 🌐 · Web\n\n"
    "Dr. Helen Marsh\n@hmarsh@historians.social\n\n"
    "3/3\n\n2. Meanwhile what is to happen about Russia?\n"
)


def test_a_mastodon_thread_of_a_war_leaders_message(resources: Resources) -> None:
    facts = text_facts(MASTODON, resources)
    assert facts["addressee"] == ["Harry S. Truman"]
    assert facts["date"] == "1945-05-12"
    assert facts["telegram_number"] == "44"
    assert facts["numbered_points"] == 2
    assert "Helen Marsh" not in text_xml(MASTODON, resources)


_HASH = re.compile(r'<desc type="[a-z]+-sha256">[0-9a-f]{64}</desc>')


def _without_hashes(xml: str) -> str:
    """The TEI without its header's content hashes (`412` may stand in one)."""
    return _HASH.sub("", xml)


def test_a_chat_export_and_a_channel_post(resources: Resources) -> None:
    xml = text_xml(
        "Guild: Cold War Reading Group\nChannel: Reading Room / primary-sources\n\n"
        "[05-Mar-23 07:43 PM] teletype_ghost\n```\n"
        "FROM: GENERAL CLAY, BERLIN\nTO: LIEUTENANT GENERAL S. J. CHAMBERLIN\n5 MARCH 1948\n\n"
        "Within the last few weeks, I have felt a subtle change in Soviet attitude.\n```\n"
        "{Reactions}\n👀 (7) 📜 (4)\n\nExported 1 message(s)\n", resources)
    for chrome in ("Guild", "teletype_ghost", "```", "Reactions", "Exported", "👀"):
        assert chrome not in _without_hashes(xml)
    channel = text_xml(
        "Cold War Cables\n@coldwarcables\n18.2K subscribers\n\n"
        "On this day the embassy reported the coup. Full text:\n\n"
        "SECRET\nFM AMEMBASSY SANTIAGO\nTO SECSTATE WASHDC IMMEDIATE 6121\n"
        "S E C R E T SANTIAGO 4322\nSUBJECT: MILITARY MOVE\n"
        "1. ARMED FORCES DEMANDED THAT THE PRESIDENT SURRENDER POWER.\nDAVIS\n\n"
        "#Chile #1973 #StateDept\n👍 412 🔥 96\n👁 9.7K edited 16:04\n", resources)
    for chrome in ("subscribers", "#1973", "9.7K", "412"):
        assert chrome not in _without_hashes(channel)
    body = channel[channel.index("<body"):]
    assert "<signed>" in body and "Tomorrow" not in body


def test_a_channels_next_post_under_a_cables_closing_lines(resources: Resources) -> None:
    xml = text_xml(
        "Cold War Cables\n@coldwarcables\n\n"
        "On this day the embassy reported the coup. Full text:\n\n"
        "SECRET\nFM AMEMBASSY SANTIAGO\nTO SECSTATE WASHDC IMMEDIATE 6121\n"
        "S E C R E T SANTIAGO 4322\nSUBJECT: MILITARY MOVE\n"
        "1. ARMED FORCES DEMANDED THAT THE PRESIDENT SURRENDER POWER.\nDAVIS\nSECRET\nNNN\n\n"
        "Cold War Cables\nTomorrow: the telephone call of the next morning, in full.\n", resources)
    body = xml[xml.index("<body"):]
    assert "<signed>" in body and "Tomorrow" not in body


def test_a_talk_page_quote_ends_at_its_signature(resources: Resources) -> None:
    facts = text_facts(
        "Talk:July Crisis\n\nHere is the text from Geiss, so we can agree on it:\n\n"
        "The Imperial Chancellor to the Ambassador at Vienna\nTelegram No. 192\n"
        "Berlin, 30 July 1914, 2.55 a.m.\n"
        "We must decline to be drawn by Vienna into a world conflagration.\n"
        "Bethmann Hollweg\n\n"
        "I'd change the date. Mackensen1914 (talk) 14:22, 3 March 2021 (UTC)\n"
        "Done. Mackensen1914 (talk) 17:40, 6 March 2021 (UTC)\n", resources)
    assert facts["signed"] == "Bethmann Hollweg"
    assert facts["sender"] == ["Theobald von Bethmann Hollweg"]


def test_the_next_parties_heading_ends_a_collections_document(resources: Resources) -> None:
    xml = text_xml(
        "EXHIBITS.\n\n"
        "The Imperial Chancellor to the Imperial Ambassador at St. Petersburg.\n\n"
        "Telegram. Urgent.\n\nBerlin, July 31, 1914.\n\n"
        "Russia has mobilized her entire army and navy, hence also against us.[13]\n\n"
        "BETHMANN HOLLWEG.\n\n[13] Received in St. Petersburg at 11.10 p.m. the same day.\n\n"
        "The Imperial Chancellor to the Imperial Ambassador at Paris.\n\n"
        "Telegram. Urgent.\n\nBerlin, July 31, 1914.\n\n"
        "Russia has ordered mobilization of her entire army and fleet.\n", resources)
    body = xml[xml.index("<body"):]
    assert "navy" in body and "fleet" not in body


def test_gutenberg_italics_over_a_centred_heading() -> None:
    assert normalise("   _The Imperial Chancellor to the Ambassador at St.\n"
                     "          Petersburg._\n") == (
        "   The Imperial Chancellor to the Ambassador at St.\n          Petersburg.\n")


def test_a_declassified_headline_is_no_stamp(resources: Resources) -> None:
    rows = resources.patterns
    assert rows.match("heading", "Declassified Files Show Missile Swap") is None
    assert rows.match("heading", "Declassified per E.O. 13526") is not None


def test_a_journal_entry_and_a_usenet_post_end_at_the_signature(resources: Resources) -> None:
    entry = text_xml(
        "[personal profile] archivist_of_sorts\nEntry tags:\nhistory, ww2\n\n"
        "This is the cable Bullitt sent that afternoon, from FRUS 1939 vol. I, as printed.\n\n"
        "740.0011 European War 1939/17: Telegram\n"
        "The Ambassador in France (Bullitt) to the Secretary of State\n"
        "Paris, September 1, 1939—5 p.m.\n\n"
        "1612. Daladier said to me at 3 o'clock that the Cabinet had decided to mobilize.\n\n"
        "BULLITT\n\n(The ultimatum in the end went separately on the 3rd, at noon.)\n\n"
        "mood: contemplative\n\nTags:\nhistory, primary sources, ww2\n\n"
        "8 comments | Leave a comment | Share | Link\n\n"
        "(Anonymous) 2019-09-01 04:53 pm (UTC)\nThe Received time is the time zones, right?\n"
        "Reply | Thread | Link\n", resources)
    body = entry[entry.index("<body"):]
    assert "<signed>" in body and "ultimatum" not in body and "mood" not in body
    post = text_xml(
        "All groups and messages\n\nBill Thorsby\nunread,\n\n"
        "Here is what Winant sent Hull on the 5th, from FRUS 1944 vol. III (typed in by me):\n\n"
        "851.01/6-544: Telegram\n"
        "The Ambassador in the United Kingdom (Winant) to the Secretary of State\n"
        "London, June 5, 1944--midnight.\n\n"
        "4563. General de Gaulle arrived from Algiers yesterday.\n\nWINANT\n\n"
        "So yes, he was told, and the quarrel was about the broadcast.\n\n--\nBill Thorsby\n"
        "Reply all\nReply to author\nForward\n", resources)
    body = post[post.index("<body"):]
    assert "<signed>" in body and "quarrel" not in body and "Forward" not in body


def test_a_study_sites_download_and_a_gutenberg_page(resources: Resources) -> None:
    xml = text_xml(
        "lOMoARcPSD|38412756\n\nScan to open on Studocu\n\n"
        "Studocu is not sponsored or endorsed by any college or university\n"
        "Downloaded by Lukas Brenner (lukas.brenner@student.uni-graz.at)\n\n"
        "Budapest, 1 November 1956\n\nFurther Soviet units are entering into Hungary.\n\n"
        "IMRE NAGY\n", resources)
    assert "Studocu" not in xml and "lOMoARcPSD" not in xml
    opening = (
        "Project Gutenberg\nFrequently Downloaded\n\n[Pg 171]\n\nNo. 42.\n\n"
        "Count Berchtold to Count Szápáry in St. Petersburg.\n\n"
        "Telegram No. 174.                                   Vienna, July 25, 1914.\n\n"
        "Strictly confidential.\n\n"
        "I leave it to your discretion to explain to M. Sazonow that we want no territory.\n\n"
        "You will add that we cannot tolerate a further postponement of the settlement.\n\n"
        "Should M. Sazonow raise the question of the time limit, you will decline it.\n\n")
    assert text_facts(opening, resources)["addressee"] == ["Friedrich Szápáry"]
    page = text_xml(opening + "[Pg 172]\n\nNo. 43.\n\n"
                    "Count Berchtold to Count Mensdorff in London.\n\n"
                    "Telegram No. 188.                              Vienna, July 25, 1914.\n",
                    resources)
    assert "Mensdorff" not in page[page.index("<body"):]
