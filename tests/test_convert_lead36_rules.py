"""Rules written after the lead's probe (lead36, session 33): eleven documents in layouts none
of the sets had (a statesman's collected works, a Kissinger telcon in the Digital National Security
Archive, a nuncio's report from the Vatican's archive, a Japanese ministry's telegram, a FRUS
telegram and a letter on English Wikisource, blog posts reprinting translated telegrams).

A wiki page's foot is furniture: its menus under their headings (`Navigation menu`, `Personal
tools`, `Namespaces`, `Views`), its categories under `Categories:` or on that line, its edit
date and site links, a licence template; the address after `Retrieved from` is the page's
source URL; English Wikisource's template title with its year over `by AUTHOR` is the page's.
A blogger's announcement of a translation or transcription (`Below is our translation of
...`, `Here is the full text of ...`) introduces the document; WordPress's entry meta (`Posted
in ... | Tagged ... | Leave a comment`) and `Like Loading...` are widgets. The DNSA's item
number is the record's id and its collection's name with its years never the title; `DATE &
TIME:` labels the date. A number after the office that numbers it, its handling words in
brackets (`Main Office No. 842 (Top Secret, Urgent)`), is the telegram's; `Telegram (Code)`
names how it went, no person; `Plenipotentiary` is a title. A nuncio's foot address opens
with `To His Most Reverend Excellency`; `Substitute` and `Pro-Secretary` are offices; the
Holy See's missions are letterheads; an Italian archive's citation by its units (`b.`,
`fasc.`, `ff.`) is a shelfmark, an archive's name in capitals the repository, and `English
translation from the Italian` the original's language (no sign of a cable form). A letter's
personal close (`Love,`, `With much love,`) closes it. Notes numbered as points under the
text are notes when superscript anchors call them; a page's mark may stand under them; a
note called in the title line stays out of the title. A collected works' volume line is
another edition's masthead (not the edition's own archive). A telegram's number set over its
first point (`2041. 1. Embassy was informed ...`) is its number. A letterhead's street line
by its house number (`54 PARKSIDE, WIMBLEDON`) stands between it and its city."""

from __future__ import annotations

import pytest

from tests.cases import text_facts, text_xml

_WIKI_FOOT = [
    "Retrieved from \"https://en.wikisource.org/w/index.php?title=Telegram_X&oldid=12\"",
    "Categories:", "Works by Walter J. Stoessel", "1968 works", "PD-USGov",
    "Navigation menu", "Personal tools", "Not logged in", "Talk", "Create account", "Log in",
    "Namespaces", "Page", "Discussion", "Views", "Read", "Edit", "View history",
    "This page was last edited on 3 March 2021, at 17:42.", "Privacy policy",
    "About Wikisource", "Disclaimers"]


def _wiki_telegram(foot: list[str]) -> str:
    return "\n".join([
        "Telegram from the Embassy in Poland to the Department of State (5 May 1968)",
        "From Wikisource", "Jump to navigation", "Jump to search",
        "Telegram from the Embassy in Poland to the Department of State  (1968)",
        "by Walter J. Stoessel", "", "Warsaw, May 5, 1968, 1400Z.", "",
        "1522. 1. Gomulka spoke today to the party activists.", "",
        "2. He attacked the students once more.", "", "Stoessel", "", *foot]) + "\n"


def test_a_wiki_pages_foot_menus_and_categories_are_furniture(resources) -> None:
    xml = text_xml(_wiki_telegram(_WIKI_FOOT), resources)
    body = xml[xml.index("<text>"):]
    for word in ("Disclaimers", "View history", "PD-USGov", "Works by", "Personal tools"):
        assert word not in body
    facts = text_facts(_wiki_telegram(_WIKI_FOOT), resources)
    assert facts["signed"] == "Stoessel"
    assert facts["source_url"] == "https://en.wikisource.org/w/index.php?title=Telegram_X&oldid=12"


def test_categories_on_their_line_are_furniture(resources) -> None:
    foot = ["Categories: 1968 works | PD-USGov | Works by Walter J. Stoessel", "Privacy policy"]
    xml = text_xml(_wiki_telegram(foot), resources)
    assert "1968 works" not in xml[xml.index("<text>"):]


def test_wikisources_title_line_is_the_pages_its_author_line_the_texts(resources) -> None:
    xml = text_xml(_wiki_telegram(_WIKI_FOOT), resources)
    body = xml[xml.index("<text>"):]
    assert "(1968)" not in body and "Walter J. Stoessel</persName></head>" in body


def test_a_telegrams_number_set_over_its_first_point(resources) -> None:
    facts = text_facts(_wiki_telegram(_WIKI_FOOT), resources)
    assert facts["telegram_number"] == "1522"
    assert facts["date"] == "1968-05-05"


def _blog(intro: str) -> str:
    return "\n".join([
        "Cold War Documents Blog", "", "A Telegram from Havana",
        "Posted on 27 October 2012 by admin", "", intro, "", "Ciphered telegram",
        "Havana, 27 October 1962, 18:00", "No. 274", "",
        "Castro spoke today to the commanders of the militia.", "", "Beck", "",
        "Posted in Cables, Cuba | Tagged Havana, Castro | Leave a comment", "Share this:",
        "Twitter", "Like Loading..."]) + "\n"


@pytest.mark.parametrize("intro", [
    "Below is our translation of a ciphered telegram found in the Hungarian archives.",
    "Here is the full text of the telegram as the ministry's file keeps it.",
    "What follows is my translation of the telegram, made from a microfilm copy."])
def test_a_bloggers_announced_translation_opens_the_document(intro, resources) -> None:
    facts = text_facts(_blog(intro), resources)
    assert (facts["date"], facts["telegram_number"]) == ("1962-10-27", "274")
    assert facts["signed"] == "Beck"


def test_a_blogs_entry_meta_bar_and_like_button_are_widgets(resources) -> None:
    xml = text_xml(_blog("Below is our translation of a telegram from the archives."),
                   resources)
    body = xml[xml.index("<text>"):]
    assert "Posted in" not in body and "Tagged" not in body and "Loading" not in body


def _telcon(label: str) -> str:
    return "\n".join([
        "Digital National Security Archive", "Kissinger Telephone Conversations, 1969-1977",
        "Item Number: KA10921", "", "TELEPHONE CONVERSATION", "",
        "PARTICIPANTS:     Secretary Kissinger", "                  Ambassador Dobrynin", "",
        f"{label}      October 12, 1973", "                  7:40 p.m.", "",
        "K: We will begin an airlift tomorrow.", "", "D: I will report it to Moscow."]) + "\n"


@pytest.mark.parametrize("label", ["DATE & TIME:", "Date and Time:"])
def test_a_telcons_date_and_time_label(label, resources) -> None:
    assert text_facts(_telcon(label), resources)["date"] == "1973-10-12"


def test_the_dnsa_collection_is_no_title_and_its_item_number_the_records(resources) -> None:
    xml = text_xml(_telcon("DATE & TIME:"), resources)
    title = xml[xml.index("<title"):xml.index("</title>")]
    assert "1969-1977" not in title
    assert "<term>KA10921</term>" in xml[:xml.index("<text>")]


def _japanese(method: str, number: str) -> str:
    return "\n".join([
        f"Telegram ({method})", number, "",
        "Sent: London, 10 August 1955, 21:15", "Received: Tokyo, 11 August 1955, 08:40", "",
        "To: Foreign Minister Shigemitsu", "From: Plenipotentiary Matsumoto", "",
        "1. At today's meeting Malik stated the Soviet position.", "",
        "2. I replied that I would report it."]) + "\n"


@pytest.mark.parametrize(("number", "expected"), [
    ("Main Office No. 842 (Top Secret, Urgent)", "842"),
    ("Circular No. 17 (Confidential)", "17"),
    ("No. 512 (Secret and Urgent)", "512")])
def test_a_number_with_its_handling_words_in_brackets(number, expected, resources) -> None:
    assert text_facts(_japanese("Code", number), resources)["telegram_number"] == expected


@pytest.mark.parametrize("method", ["Code", "Plain language"])
def test_how_a_telegram_went_is_no_person_and_a_plenipotentiary_signs(method, resources) -> None:
    text = _japanese(method, "Main Office No. 842 (Top Secret, Urgent)")
    xml = text_xml(text, resources)
    assert f'per-{method.split()[0].lower()}"' not in xml
    facts = text_facts(text, resources)
    assert facts["sender"] == ["Shunichi Matsumoto"]
    assert facts["doc_type"] == "telegram"


def _nuncio(foot_style: str, office: str) -> str:
    return "\n".join([
        "ARCHIVIO APOSTOLICO VATICANO", "Arch. Nunz. Vienna, b. 1112, fasc. 3, ff. 45-46",
        "English translation from the Italian", "", "APOSTOLIC NUNCIATURE", "IN AUSTRIA", "",
        "No. 4521/56", "", "Vienna, 6 November 1956", "", "Most Reverend Excellency,", "",
        "I have the honour to inform Your Excellency that, according to reliable news reaching"
        " this Nunciature from the frontier, the refugees are crossing the border in great"
        " numbers, and that the Austrian Government will do everything possible to receive"
        " them.", "",
        "With sentiments of profound veneration I remain", "",
        "Your Excellency's most devoted servant", "+ Giovanni Dellepiane", "Apostolic Nuncio",
        "", foot_style, "Mgr. Angelo Dell'Acqua", office, "VATICAN CITY"]) + "\n"


@pytest.mark.parametrize(("style", "office"), [
    ("To His Most Reverend Excellency", "Substitute of the Secretariat of State of His Holiness"),
    ("His Most Reverend Excellency", "Pro-Secretary of State")])
def test_a_nuncios_foot_address_names_the_addressee(style, office, resources) -> None:
    text = _nuncio(style, office)
    facts = text_facts(text, resources)
    assert facts["addressee"] == ["Angelo Dell'Acqua"]
    assert facts["doc_type"] == "letter"
    xml = text_xml(text, resources)
    assert "per-substitute" not in xml and "per-pro-secretary" not in xml


def test_an_italian_archives_citation_and_its_name_in_capitals(resources) -> None:
    facts = text_facts(_nuncio("To His Eminence", "Substitute"), resources)
    assert facts["archive_idno"] == "Arch. Nunz. Vienna, b. 1112, fasc. 3, ff. 45-46"
    assert facts["repository"] == "ARCHIVIO APOSTOLICO VATICANO"
    assert facts["original_language"] == "Italian"


def test_the_holy_sees_mission_is_a_letterhead_over_its_street_and_city(resources) -> None:
    text = "\n".join([
        "APOSTOLIC DELEGATION", "54 PARKSIDE, WIMBLEDON", "LONDON, S.W.19", "",
        "10 March 1958", "", "Your Eminence,", "", "I called yesterday on the Foreign Secretary.",
        "", "Your Eminence's most humble and devoted servant,", "+ Gerald P. O'Hara"]) + "\n"
    assert text_facts(text, resources)["place_of_origin"] == "London"


def _collected(close: str) -> str:
    return "\n".join([
        "Selected Works of Jawaharlal Nehru, Second Series, Volume 21 (1 January - 31 March 1953)",
        "", "312. To Vijaya Lakshmi Pandit¹", "", "New Delhi", "14 March 1953", "",
        "Nan dear,", "", "The news from Moscow since Stalin's death² is confused.", "",
        close, "Jawahar", "", "1. JN Collection.", "2. Stalin died on 5 March 1953.", "",
        "[Page 513]"]) + "\n"


@pytest.mark.parametrize("close", ["Love,", "With much love,", "Affectionately,"])
def test_a_personal_close_and_the_given_name_sign_a_collected_letter(close, resources) -> None:
    facts = text_facts(_collected(close), resources)
    assert facts["signed"] == "Jawahar"
    assert facts["sender"] == ["Jawaharlal Nehru"]


def test_superscript_anchors_call_notes_numbered_as_points(resources) -> None:
    facts = text_facts(_collected("Love,"), resources)
    assert facts["notes"] == 2
    xml = text_xml(_collected("Love,"), resources)
    title = xml[xml.index("<title"):xml.index("</title>")]
    assert "JN Collection" not in title and "¹" not in title


def test_a_collected_works_volume_line_is_another_editions_masthead(resources) -> None:
    facts = text_facts(_collected("Love,"), resources)
    assert facts["repository"] == "unknown"
    xml = text_xml(_collected("Love,"), resources)
    assert "Second Series" not in xml[xml.index("<text>"):]


def test_a_polish_editions_ciphergram_number_and_foreign_ministry_archive(resources) -> None:
    """(the stop's probe) `Szyfrogram nr 3456 from ...` numbers the telegram; `AMSZ, ZD
    34/76, w. 2, t. 12` at its foot is the Polish foreign ministry archive's shelfmark."""
    text = "\n".join([
        "Szyfrogram nr 3456 from the Embassy in Washington to the Ministry of Foreign Affairs",
        "", "Washington, 12 March 1972", "Top secret", "", "To Minister Olszowski", "",
        "Today I was received by Secretary Rogers.", "", "Spasowski", "",
        "AMSZ, ZD 34/76, w. 2, t. 12"]) + "\n"
    facts = text_facts(text, resources)
    assert facts["telegram_number"] == "3456"
    assert facts["archive_idno"] == "ZD 34/76, w. 2, t. 12"
