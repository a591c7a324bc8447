"""Rules from the misses of the other34 blind sample (documents as document sites, wikis,
exhibitions and blogs reprint them): the FDR Library's link bar on a folder's middle pages
(`View Original View Next Page Return to ...`), a reading site's back link with its arrow
(`← Back to index`) and a blog's empty taxonomy label (`Tagged with:`) are page furniture;
a MediaWiki page's notes keep their number and back-link arrow (`1. ↑ ...`, `2. ^ a b ...`)
and a wiki's language-coded tagline (`From Marxists-en`) is furniture, not a `From` line; a
reprint title's kind word before its addressee (`Message to W. Churchill ...`) is no
person; a history site's headline naming the parties by a verb of writing (`Khrushchev
writes Kennedy`, `Nixon writes to Brezhnev (1973)`) over the date line, first or under the
site's section line, is the title and gives sender and addressee; an American letter's
addressee at its foot by office alone (`The President` / `of the United States of
America.`) is the office's holder on the letter's date. Each is tried on
invented variants unlike the sample's."""

from __future__ import annotations

import pytest

from tests.cases import text_facts, text_xml


@pytest.mark.parametrize("bar", [
    "View Original View Next Page Return to Folder IndexReturn to Box Index",
    "View Original View Previous Page View Next Page Return to Folder Index",
    "View Original View Previous Page Return to Box Index",
])
def test_the_fdr_librarys_middle_page_link_bar_is_furniture(bar: str, resources) -> None:
    text = ("Text Version\n\n                 THE WHITE HOUSE\n"
            "                              March 4, 1943.\n"
            "     My dear Mr. Secretary:\n"
            "     I have read your memorandum on the shipping figures with care.\n"
            "                         Faithfully yours,\n"
            "                         Harold Ickes\n"
            f"{bar}\n")
    xml = text_xml(text, resources)
    assert "View Original" not in xml and "Next Page" not in xml.split("<text")[1]
    assert text_facts(text, resources)["signed"] == "Harold Ickes"


@pytest.mark.parametrize("link", ["← Back to index", "« Back to the list",
                                  "Back to search results"])
def test_a_back_link_over_the_item_is_furniture(link: str, resources) -> None:
    text = (f"{link}\n\nLetter to the Minister of Supply\n\n"
            "London, 12 May 1943\n\nDear Minister,\n\nThe tanks have arrived.\n\n"
            "Yours sincerely,\n\nA. Eden\n")
    xml = text_xml(text, resources)
    assert "Back to" not in xml.split("<text")[1]


@pytest.mark.parametrize("label", ["Tagged with:", "Filed under:", "Posted in"])
def test_a_blogs_empty_taxonomy_label_is_furniture(label: str, resources) -> None:
    text = ("The Viceroy's cable\n\nSimla, 4 June 1916\n\nTelegram\n\n"
            "Troops leave Bombay to-morrow.\n\n"
            f"{label}\n")
    assert label.rstrip(":") not in text_xml(text, resources).split("<text")[1]


@pytest.mark.parametrize(("notes", "count"), [
    ("  1. ↑ March 2, 1919, new style.—Ed.\n  2. ↑ The station lies east of Samara.—Ed.\n", 2),
    ("1. ^ a b Ibid., p. 40.\n2. ^ The wire was cut at Orsha.\n", 2),
])
def test_a_mediawiki_pages_notes_keep_their_arrow(notes: str, count: int, resources) -> None:
    text = ("Telegram to the Commissar of the Volga Flotilla, March 15, 1919\n\n"
            "From Wikisource\nJump to navigation Jump to search\n\n"
            "Commissar of the Volga Flotilla\n\n"
            "Have received your telegram of 2/3[1] concerning the ice on the river. I thank "
            "the crews for their work and earnestly request you to hold the station at all "
            "costs and to report by telegraph each day.[2]\n\n"
            f"Chairman, Council of People’s Commissars\n\n{notes}")
    found = text_facts(text, resources)
    assert found["notes"] == count
    assert found["numbered_points"] == 0
    assert found["signed"] == "Chairman, Council of People’s Commissars"


@pytest.mark.parametrize("tagline", ["From Marxists-en", "From Wikiquote", "From Wikisource"])
def test_a_wikis_tagline_is_no_from_line(tagline: str, resources) -> None:
    text = ("Telegram to the Soviet of Tsaritsyn, May 3, 1918\n\n"
            f"{tagline}\nJump to navigation Jump to search\n\n"
            "Chairman of the Tsaritsyn Soviet\n\nSend the grain trains at once.\n\n"
            "Chairman, Council of People’s Commissars\n")
    xml = text_xml(text, resources)
    assert 'subtype="sender"' not in xml and tagline not in xml.split("<text")[1]


@pytest.mark.parametrize(("title", "addressee"), [
    ("Message to W. Churchill (Correspondence Vol. 1, No. 93)", "Winston Churchill"),
    ("Message to J. V. Stalin (Correspondence Vol. 2, No. 12)", "Joseph Stalin"),
    ("Memo to Harry Hopkins", "Harry L. Hopkins"),
])
def test_a_kind_word_before_the_addressee_is_no_person(title: str, addressee: str,
                                                       resources) -> None:
    text = (f"{title}\n\nYour message of June 3 received. I agree with the date "
            "proposed for the meeting.\n")
    xml = text_xml(text, resources)
    assert "per-message" not in xml and "per-memo" not in xml
    assert addressee in text_facts(text, resources)["addressee"]


@pytest.mark.parametrize(("lines", "sender", "addressee"), [
    ("The Cuban Missile Crisis\nKhrushchev writes Kennedy\n\nOctober 27, 1962\n",
     "Nikita Khrushchev", "John F. Kennedy"),
    ("Nixon writes to Brezhnev (1973)\n\nJune 10, 1973\n",
     "Richard Nixon", "Leonid Brezhnev"),
    ("Cold War Sources\nStalin replies to Churchill\n\n14 March 1946\n",
     "Joseph Stalin", "Winston Churchill"),
])
def test_a_headline_naming_the_parties_by_a_verb_of_writing(
        lines: str, sender: str, addressee: str, resources) -> None:
    text = f"{lines}\nDear Mr. President:\n\nI have received your letter. We agree.\n"
    found = text_facts(text, resources)
    assert found["title"] == next(line for line in lines.splitlines() if " " in line
                                  and (" writes " in line or " replies " in line))
    assert sender in found["sender"] and addressee in found["addressee"]


def test_a_long_sentence_over_the_headline_is_no_section_line(resources) -> None:
    text = ("In the autumn of 1962 the two leaders exchanged many letters.\n"
            "Khrushchev writes Kennedy\n\nOctober 27, 1962\n\n"
            "Dear Mr. President:\n\nI have received your letter.\n")
    assert text_facts(text, resources)["title"] != "Khrushchev writes Kennedy"


@pytest.mark.parametrize(("foot", "date", "addressee"), [
    ("The President\n     of the United States of America.", "3rd August, 1941",
     "franklin-d-roosevelt"),
    ("The President of the United States of America.", "4 May 1943", "franklin-d-roosevelt"),
    ("The Secretary of State of the United States.", "June 2, 1942", "cordell-hull"),
])
def test_a_foot_address_by_office_names_its_holder(foot: str, date: str, addressee: str,
                                                    resources) -> None:
    text = (f"                    EMBASSY OF THE NETHERLANDS\n                    {date}.\n"
            "     My dear Sir:\n"
            "     I have the honour to send you the enclosed note on the shipping of the "
            "Netherlands fleet, as you asked at our meeting.\n"
            "                         Believe me\n"
            "                         Yours very sincerely\n"
            "                         A. Loudon\n"
            f"{foot}\n")
    received = text_xml(text, resources).split('<correspAction type="received">')[1]
    assert f'ref="#per-{addressee}"' in received.split("</correspAction>")[0]
