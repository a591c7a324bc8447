"""Rules for documents reposted outside their archives: books' PDF text, course readers and
sites, news pages, forums' BBCode, mail forwards, Wikisource and the Trotsky archive
(repost81):

- a printed book's page head opening a paste (its folio alone and the chapter's running head
  in capitals, either order, or both on one line) is dropped when the text under it opens
  inside a sentence or the paste closes on the next folio (`running.book_head`);
- a lead-in ending in a colon that names the telegram it hands over to (`... Text of the
  telegram:`, `he cabled the Foreign Office:`) gives the document's form (table
  `edition-form-note`);
- a book's footnotes under the quoted telegram's signature go with the author's prose there
  when one of them is anchored in that prose, even if another is anchored in the telegram's
  body (a note on its words, `Bourse.14`); one anchored in the heading keeps them the
  document's (`repost_tail._notes_anchored`);
- a reader's count of every fifth or tenth line in its left margin (`5`, `10`, `15`, the
  lines between indented to the text), or in the right margin after the line's words (three
  at least, their ends in one column), is dropped (`line_numbers._unmargined`,
  `_right_margined`);
- a DCER heading wrapped inside the addressee's office (`... to the Secretary of State` /
  `for External Affairs`) is read as one line (`dcer._heading`);
- the Trotsky (MIA) archive's name with its section's link (`Trotsky Internet Archive |
  Military Writings`) and the page's `Last updated on: 3.2.2004` are furniture (rows
  `mia-navigation`);
- a page's rights or credits field (`Public Domain: ... this work.`) is no lead-in over a
  quoted document (`lead_in._page_field`);
- a reader's `Questions for discussion` with numbered questions, or a pack's one
  `Questions: ...?` line, under the signature are the page's on any page
  (`repost_tail.commentary_under_signature`);
- a field list's or front matter's telegram number (`:Number: 47`, `telegram_number:`) is
  the telegram's number and makes the document a telegram (table `front-matter-keys`,
  `frontmatter._facts`, `doc_types`); its `:Source:` telling how the copy was made
  (`Transcribed from ...`) is page text, no shelfmark;
- a news site's related headlines under its `Read more` (row `related-links`) are the
  site's (`blog_foot.related_links`);
- a forum post's BBCode quotation (`[quote]` ... `[/quote]`, `[quote="USER"]`) is read as a
  block quote, its inline tags dropped (`pages/bbcode.py`);
- a PDF layout's two text columns interleaved row by row (an article's prose beside the
  telegram it quotes) are read column by column (`pages/two_columns.py`);
- MediaWiki's 2022 skin (`Create account`, `View history`, `Read`, `Edit`, `Tools`) and
  Wikisource's translation licence template are furniture and licence (rows `mediawiki`,
  `licence`);
- a British telegram's order `Please pass to Budapest as my telegram No. 12.` is a
  registry line (table `processing`, row `sent`);
- register: Anatoly Lavrentiev, Robert Mayhew, Oryol (`Orel`), Attlee's initials `C.R.A.`
  as a monogram.
"""

from __future__ import annotations

from tei.convert import Resources
from tei.convert.pages.bbcode import unbbcode
from tei.convert.pages.line_numbers import unnumber
from tei.convert.pages.two_columns import uncolumn
from tests.cases import text_facts, text_xml

BOOK = (
    "114\nTHE WAR OF NERVES\n"
    "the minister's patience was wearing thin by the end of the month, and the\n"
    "embassy's reports said so. On 30 March the ambassador telegraphed again.\n"
    "Text of the telegram:\n"
    "Moscow, 30th March, 1948.\n"
    "No. 412. Molotov received me for twenty minutes this evening and said that the\n"
    "Soviet Government had nothing to add to its note of 12 March.7\n"
    "2. He refused to discuss the Berlin traffic regulations.\n"
    "PETERSON\n"
    "The reply surprised no one in London, and Bevin minuted that the Russians\n"
    "had shown their hand at last and would not take it back.8\n"
    "7 The note is printed in Cmd. 7534.\n"
    "8 FO 371/70493, minute by Bevin, 31 March 1948.\n"
    "115\n"
)


def test_book_page_head_dropped_and_lead_in_names_the_form(resources: Resources) -> None:
    facts = text_facts(BOOK, resources)
    assert facts["doc_type"] == "telegram"
    assert facts["telegram_number"] == "412"
    assert facts["signed"] == "PETERSON"
    xml = text_xml(BOOK, resources)
    assert "THE WAR OF NERVES" not in xml.split("<text")[1]


def test_book_head_on_one_line(resources: Resources) -> None:
    text = BOOK.replace("114\nTHE WAR OF NERVES\n", "THE WAR OF NERVES 114\n").replace(
        "\n115\n", "\n116 THE BERLIN BLOCKADE\n")
    xml = text_xml(text, resources).split("<text")[1]
    assert "NERVES" not in xml and "BLOCKADE" not in xml
    assert text_facts(text, resources)["signed"] == "PETERSON"


def test_book_notes_under_signature_go_with_the_prose(resources: Resources) -> None:
    xml = text_xml(BOOK, resources).split("<text")[1]
    assert "Bevin minuted" not in xml
    assert "Cmd. 7534" not in xml


def test_margin_count_of_every_fifth_line_dropped() -> None:
    text = ("      Moscow, May 2, 1947.\n"
            " 5    The Minister received me today and spoke for an hour\n"
            "      about reparations and the coal of the Ruhr, on which he\n"
            "      would not move. He asked whether the Secretary would\n"
            "      come to Moscow again before the autumn.\n"
            "10    I said I could not answer for the Secretary.\n"
            "      He did not press the point.\n")
    lines = unnumber(text).split("\n")
    assert lines[1].strip().startswith("The Minister") and lines[5].strip().startswith("I said")
    table = "Item  5    wheat\nItem  10   coal\n"  # no margin: left as it is
    assert unnumber(table) == table


def test_right_margin_count_dropped() -> None:
    rows = ["Tehran, August 19, 1953.", "The Shah left Baghdad this morning for Rome, the",
            "Embassy is told, and Zahedi is said to be in hiding", "in the city with officers",
            "loyal to him. Crowds are in the streets", "but the army has not moved.",
            "Mossadeq received me at his house", "and said he had the situation in",
            "hand. I do not believe he has.", "The Tudeh have not come out",
            "in force and their papers are quiet.", "The bazaar is closed and the",
            "police stand aside at the crossings.", "I shall report again tonight.",
            "No reply is needed from the Department."]
    text = "\n".join(f"{row:<56}{(k // 5 + 1) * 5 if k % 5 == 4 else ''}".rstrip()
                     for k, row in enumerate(rows)) + "\nHENDERSON"
    lines = unnumber(text).split("\n")
    assert lines[4].endswith("streets") and lines[9].endswith("come out")
    assert lines[14].endswith("Department.")
    table = "\n".join(f"{row:<56}{k}" for k, row in enumerate(rows))  # a number on every row
    assert unnumber(table) == table


def test_dcer_heading_wrapped_inside_the_office(resources: Resources) -> None:
    text = ("SECTION B: INDIA\n"
            "512. DEA/50412-40\n"
            "The High Commissioner in India to the Secretary of State\n"
            "for External Affairs\n"
            "Telegram 88 New Delhi, March 3, 1953\n"
            "Confidential.\n"
            "Mr. Nehru told me this morning that he would not attend the conference in person "
            "and would send the Secretary-General of the Ministry instead.\n"
            "Escott Reid\n")
    assert text_facts(text, resources)["title"] == (
        "The High Commissioner in India to the Secretary of State for External Affairs")


def test_trotsky_archive_section_link_and_updated_foot(resources: Resources) -> None:
    text = ("Leon Trotsky\nTelegram to Frunze\n"
            "Written: 2 June 1920.\n"
            "Public Domain: Leon Trotsky Internet Archive 2005. You can freely copy and "
            "distribute this work.\n"
            "Trotsky Internet Archive | Military Writings\n\n"
            "No. 577\nKharkov, 2.VI.20\n"
            "To the Commander of the Southern Front, Frunze.\n"
            "Wrangel's landing at Kirillovka must be met at once with all reserves.\n"
            "Trotsky\n"
            "Last updated on: 8.5.2005\n")
    facts = text_facts(text, resources)
    assert facts["telegram_number"] == "577"
    assert facts["title"] == "Telegram to Frunze"
    xml = text_xml(text, resources).split("<text")[1]
    assert "Last updated" not in xml and "Military Writings" not in xml


def test_questions_under_the_signature_without_a_lead_in(resources: Resources) -> None:
    text = ("Telegram from the Ambassador in France (Caffery) to the Secretary of State\n"
            "Paris, June 4, 1947—8 p.m.\n"
            "2201. Bidault told me tonight that the Cabinet will accept the invitation "
            "to the conference on the Marshall proposals without conditions.\n"
            "CAFFERY\n"
            "Questions: Why does Bidault accept without conditions?\n")
    facts = text_facts(text, resources)
    assert facts["signed"] == "CAFFERY"
    assert not any("Questions" in note for note in facts["registry_notes"])


def test_field_list_number_and_copy_note(resources: Resources) -> None:
    text = ("Stalin to Churchill, 3 April 1945\n"
            "==================================\n\n"
            ":From: Premier J. V. Stalin\n:To: Prime Minister W. Churchill\n"
            ":Date: 3 April 1945\n:Number: 318\n"
            ":Source: Typed from the printed collection for the seminar.\n\n"
            ".. note::\n\n   Spelling as printed.\n\n"
            "Text\n----\n\n"
            "I have received your message about the negotiations in Berne and must say "
            "that my colleagues see the matter differently.\n\n"
            "**J. Stalin**\n")
    facts = text_facts(text, resources)
    assert facts["telegram_number"] == "318"
    assert facts["doc_type"] == "telegram"
    assert facts["archive_idno"] is None


def test_related_headlines_under_read_more(resources: Resources) -> None:
    text = ("Declassified: Moscow's view of the Prague spring\n"
            "By Jan Novák\n"
            "The Courier prints below a telegram from the Soviet embassy that historians "
            "have long cited.\n"
            "CIPHERED TELEGRAM No. 1187\n"
            "From Prague, sent 12.IV.1968, 22:40\n"
            "To Comrade Gromyko.\n"
            "Dubček told me today that the action programme would be published in full.\n"
            "CHERVONENKO\n"
            "Read more\n"
            "Prague remembers 1968\n"
            "The last days of the censors\n")
    xml = text_xml(text, resources).split("<text")[1]
    assert "Prague remembers" not in xml and "censors" not in xml
    assert text_facts(text, resources)["signed"] == "CHERVONENKO"


def test_bbcode_quotation_read_as_block_quote() -> None:
    text = ("Post by someone\n[quote]TELEGRAM\nNo. 12\n[b]Moscow[/b]\n\nText.[/quote]\n"
            "[quote=\"reader\"]Nested?[/quote]\nAfter.")
    assert unbbcode(text) == ("Post by someone\n> TELEGRAM\n> No. 12\n> Moscow\n>\n> Text.\n"
                              "> Nested?\nAfter.")
    assert unbbcode("[b]bold[/b] only") == "[b]bold[/b] only"  # no quotation: as it is


def test_bbcode_forum_post_telegram(resources: Resources) -> None:
    text = ("Board index ‹ Diplomacy\n"
            "Post by archivist » 4 Feb 2012, 10:15\n"
            "Here it is as printed:\n"
            "[quote]PRIME MINISTER'S PERSONAL TELEGRAM\n"
            "Serial No. T.61/46\n"
            "Prime Minister to President Truman\n"
            "Dated 12 March 1946\n\n"
            "I am grateful for your message about the loan and hope that Congress will "
            "act on it before the summer recess.\n\n"
            "C.R.A.[/quote]\n")
    facts = text_facts(text, resources)
    assert facts["telegram_number"] == "T.61/46"
    assert facts["date"] == "1946-03-12"
    assert facts["signed"] == "C.R.A."


def test_two_text_columns_read_column_by_column() -> None:
    rows = [("the embassy had warned of this", "Moscow, June 3, 1955, 6 p.m."),
            ("for weeks, and Bohlen's tele-", "1802. Bulganin told me tonight"),
            ("gram of 3 June shows how little", "that the Soviet delegation will"),
            ("he had expected from the talks,", "come to Geneva with proposals"),
            ("and how much from the private", "on European security and would"),
            ("meetings which were to follow", "welcome private talks there."),
            ("in the Swiss capital later on.", "BOHLEN")]
    text = "\n".join(f"{a:<38}{b}" for a, b in rows)
    out = uncolumn(text).split("\n")
    assert out[:7] == [a for a, _ in rows] and out[7] == "" and out[8:] == [b for _, b in rows]
    table = "\n".join(f"{'Draft Date':<38}06/21/1975" for _ in range(8))
    assert uncolumn(table) == table  # a record's labels and values keep their rows


def test_wikisource_2022_skin_and_translation_licence(resources: Resources) -> None:
    text = ("Main menu\nCreate account\nLog in\n"
            "Telegram from Sazonov to Benckendorff (25 July 1914)\n"
            "Read\nEdit\nView history\nTools\n"
            "Telegram from Sazonov to Benckendorff (25 July 1914)\n"
            "by Sergey Sazonov\n"
            "Telegram.\nSt. Petersburg, July 25, 1914.\n"
            "Please inform Sir Edward Grey at once that we cannot remain indifferent "
            "to the fate of Serbia.\n"
            "This work is a translation and has a separate copyright status to the "
            "applicable copyright protections of the original content.\n")
    xml = text_xml(text, resources).split("<text")[1]
    assert "View history" not in xml and "separate copyright" not in xml


def test_please_pass_as_my_telegram_is_a_registry_line(resources: Resources) -> None:
    text = ("Sir D. Kelly (Moscow) to Mr. Bevin\nNo. 2214\nMoscow, 9th May, 1947.\n\n"
            "Vyshinsky told me today that the Soviet Government would reply to the note on "
            "Austria within the week.\n\n"
            "Please pass to Vienna as my telegram No. 41.\n\nKELLY\n")
    assert "Please pass to Vienna as my telegram No. 41." in text_facts(
        text, resources)["registry_notes"]


def test_register_additions(resources: Resources) -> None:
    lookup = resources.register.lookup
    assert lookup("Lavrentiev") is not None and lookup("Lavrentiev").kind == "person"
    assert lookup("R. W. Mayhew") is not None
    assert lookup("Orel") is not None and lookup("Orel").kind == "place"
