"""Rules for archive documents copied to other sites (a wiki of Marxist texts, a Google Sites
mirror of Trotsky's writings, Bangladeshi sites reposting Foreign Relations, a Vietnamese
blog's copy of a telegram in capitals), learnt from real pages (repost97):

- a wiki's navigation table flattened by the copy (`Category | Template | Form |`, `Text |
  Text | Text |`, `BrowseLetters | BrowseLetters |`) is kept whole by the read stage
  (`read_cells`) and dropped as page furniture (table `page-furniture`, row
  `wiki-navigation`, with `Special pages :`), so the page's title line is its title;
- a wiki's infobox row flattened so (`Author(s) | Leon Trotsky |`, `Written | 24 March 1930
  |`) is a labelled page field (`read_cells`), and the one person a page's author field names
  is the sender of its letter or telegram when the document names none
  (`authorship.page_author`);
- a works mirror's filing line with the day `00` (`Leon Trotsky 19321100 Letter to ...`) is
  the site's key, its month the work's date (table `page-furniture`, row `site-key`;
  `pages/site_key`); a Google Sites copy's `Kommentare` under the page is furniture;
- a telegram's text in capitals whose first lines the structure reads as heads (`... I BEG
  TO` / `INFORM YOU THAT IN COURSE OF CONVERSATIONS BETWEEN ...`) names no form: the form's
  line (`TELEGRAM`) types it (`cable_text_heads.telegraph_prose`, read by `doc_types`);
- an old Foreign Relations page whose source line breaks a copying site kept inside its
  sentences, its notes set as `/1/` (`Letter` / `From President Nixon to ...Yahya/1/`, `Dear`
  / `Mr. President:`, `/3/` over the note's text): the breaks closed up and the heading's
  anchor bracketed, so the FRUS reader reads the heading, its source note and its notes
  (`pages/wrapped_source`);
- a copyist's FRUS telegram number alone under the receipt line in brackets (`[Received July
  24, 11: 32 a.m.]` / `716.`) opens the text, as in the print (`pages/wrapped_source`);
- an article site's head over a reposted FRUS document (the Bangladeshi 1971 archives: `1972-01-18`
  / `By Zulfikar Ali Bhutto` / `Page: 0` / `Foreign Relations of the United States` / `Volume
  E7` / the volume's title) is the page's; its day the page's date, its by-line the document's
  author, the sender of a letter that names none (`pages/volume_byline`);
- a site's sentence naming a government's reply, closed by its stop, over the quotation (`This
  is the reply the Nazi Government made to ... in September 1939.` / `“The Reich government
  ...`) introduces it: a note, a letter in its form, dated by the sentence
  (`pages/introduced_quote`);
- a book's sentence over a message's address in capitals (`TO THE CHANCELLOR OF THE GERMAN
  REICH,` / `A. HITLER:`) leads in to it: the sentences over it are the page's, so those under
  its signature are too (`pages/lead_in.addressed_opening`);
- register: DeWitt Clinton Poole, Valentin Olberg, Anton Grylewicz, Franz Pfemfert; Swaran
  Singh's surname in his years in office; Ho Chi Minh as his telegrams of 1945-1946 wrote him
  (`HOCHIMINH`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

WIKI = (
    "Category | Template | Form |\n"
    "Text | Text | Text |\n"
    "Author | Author | Author |\n"
    "Template | Form |\n"
    "BrowseLetters | BrowseLetters |\n"
    "Special pages :\n"
    "Letter to Anton Grylewicz, June 2, 1931\n"
    "Author(s) | Leon Trotsky |\n"
    "Written | 2 June 1931 |\n"
    "Dear Comrade,\n"
    "Your parcel of pamphlets came today. Please send the next ones through Pfemfert.\n"
    "With communist greetings.\n"
)


def test_a_wikis_navigation_rows_and_infobox(resources: Resources) -> None:
    facts = text_facts(WIKI, resources)
    assert facts["title"] == "Letter to Anton Grylewicz, June 2, 1931"
    assert facts["date"] == "1931-06-02"
    assert facts["sender"] == ["Leon Trotsky"]
    assert facts["addressee"] == ["Anton Grylewicz"]
    body = text_xml(WIKI, resources)
    assert "BrowseLetters" not in body and "Template" not in body
    assert "per-franz-pfemfert" in body


RECORD = (
    "Category | Template | Form |\n"
    "Record of Conversation with Comrade Frank, June 2, 1931\n"
    "Author(s) | Leon Trotsky |\n"
    "Present: L. Trotsky, P. Frank.\n"
    "Comrade Frank reported on the work of the French group over the past month.\n"
)


def test_an_author_field_makes_no_records_sender(resources: Resources) -> None:
    facts = text_facts(RECORD, resources)
    assert facts["doc_type"] == "record of conversation"
    assert "Leon Trotsky" not in facts["sender"]


SITE_KEY = (
    "Leon Trotsky > 1931 > \n\n"
    "Leon Trotsky 19310300 Letter to a Comrade in Riga\n\n"
    "Leon Trotsky: Letter to a Comrade in Riga\n\n"
    "March 1931\n\n"
    "Dear Comrade:\n\n"
    "Your letter has reached me by way of Berlin. Write again through the same friends.\n\n"
    "Yours,\n\n"
    "L. Trotsky\n\n"
    "Kommentare\n"
)


def test_a_filing_line_with_day_00_and_a_comment_box(resources: Resources) -> None:
    facts = text_facts(SITE_KEY, resources)
    assert facts["title"] == "Leon Trotsky: Letter to a Comrade in Riga"
    assert facts["date"] == "1931-03"
    assert facts["sender"] == ["Leon Trotsky"]
    assert facts["signed"] == "L. Trotsky"


CAPITALS = (
    "BỘ NGOẠI GIAO\n"
    "* TELEGRAM\n"
    "PRESIDENT HOCHIMINH VIETNAM DEMOCRATIC REPUBLIC HANOI\n"
    "TO THE SECRETARY OF STATE WASHINGTON D.C.\n"
    "ON BEHALF OF OUR GOVERNMENT I BEG TO\n"
    "INFORM YOU THAT IN COURSE OF CONVERSATIONS WITH\n"
    "THE FRENCH MISSION NO AGREEMENT WAS REACHED STOP\n"
    "WE ASK YOUR GOOD OFFICES STOP\n"
    "RESPECTFULLY\n"
    "HOCHIMINH\n"
)


def test_a_telegram_in_capitals_read_as_heads_names_no_form(resources: Resources) -> None:
    facts = text_facts(CAPITALS, resources)
    assert facts["doc_type"] == "telegram"
    assert facts["sender"] == ["Ho Chi Minh"]


OLD_FRUS = (
    "Foreign\n"
    "Relations, 1969-1976, Volume XI, South Asia Crisis, 1971\n"
    "Released by the Office of\n"
    "the Historian\n"
    "Letter\n"
    "From President Nixon to Prime Minister Gandhi/1/\n"
    "/1/\n"
    "Source: National Archives, Nixon Presidential Materials, NSC Files, Box 755. Secret.\n"
    "Washington, September\n"
    "2, 1971.\n"
    "Dear\n"
    "Madam Prime Minister:\n"
    "Thank\n"
    "you for your letter/2/ of August 7 on the refugees.\n"
    "/2/ Document 120.\n"
    "I\n"
    "have asked Ambassador Keating to call on you and to discuss with you the\n"
    "measures we have taken.\n"
    "Sincerely,\n"
    "Richard Nixon\n"
)


def test_an_old_frus_page_with_its_source_line_breaks(resources: Resources) -> None:
    facts = text_facts(OLD_FRUS, resources)
    assert facts["title"] == "Letter From President Nixon to Prime Minister Gandhi"
    assert facts["date"] == "1971-09-02"
    assert facts["sender"] == ["Richard Nixon"]
    assert facts["addressee"] == ["Indira Gandhi"]
    assert facts["notes"] == 2
    body = text_xml(OLD_FRUS, resources)
    assert "Dear Madam Prime Minister:" in body


UNSLASHED = (
    "Letter\n"
    "From the Minister\n"
    "Dear\n"
    "Sir,\n"
    "I have your note.\n"
)


def test_no_joining_without_slashed_notes(resources: Resources) -> None:
    body = text_xml(UNSLASHED, resources)
    assert "Letter From the Minister" not in body


VOLUME_HEAD = (
    "1971-11-02\n"
    "By Yahya Khan\n"
    "Page: 0\n"
    "Foreign Relations of the United States\n"
    "Volume XI\n"
    "South Asia Crisis, 1971\n"
    "Source: National Archives, Nixon Presidential Materials, NSC Files, Box 759. Secret.\n"
    "Dear Mr. President,\n"
    "I write to you once more about the situation on our eastern border.\n"
)


def test_an_article_sites_head_over_a_reposted_frus_letter(resources: Resources) -> None:
    facts = text_facts(VOLUME_HEAD, resources)
    assert facts["doc_type"] == "letter"
    assert facts["date"] == "1971-11-02"
    assert facts["sender"] == ["Yahya Khan"]
    assert not facts["title"].startswith("By ")


REPLY = (
    "This is the answer the Polish Government gave to the German demands in March 1939.\n\n"
    "“The Polish Government cannot accept the proposals made by the Reich Government, for they "
    "would end the independence of the Free City and the rights of Poland.\n\n"
    "Poland remains ready to negotiate on every question on an equal footing.”\n"
)


def test_a_sites_sentence_naming_a_reply_over_its_quotation(resources: Resources) -> None:
    facts = text_facts(REPLY, resources)
    assert facts["doc_type"] == "letter"
    assert facts["date"] == "1939-03"
    body = text_xml(REPLY, resources)
    assert "the German demands" not in body[body.index("<body"):]


ADDRESSED = (
    "Late on the evening of the twenty-first the answer reached the Foreign Office at last, "
    "after a day of waiting.\n"
    "TO THE PRIME MINISTER OF GREAT BRITAIN,\n"
    "W. CHURCHILL:\n"
    "I received your message of the nineteenth. The convoys must continue, and the Soviet "
    "Government will do its part to receive them at Archangel.\n"
    "J. STALIN\n"
    "The reply was colder than anything the Prime Minister had received from Moscow before.\n"
)


def test_a_books_sentence_over_an_address_in_capitals(resources: Resources) -> None:
    facts = text_facts(ADDRESSED, resources)
    assert facts["sender"] == ["Joseph Stalin"]
    assert facts["signed"] == "J. STALIN"
    body = text_xml(ADDRESSED, resources)
    assert "colder" not in body[body.index("<body"):]


NUMBER_ALONE = (
    "Poole to Lansing on the Embassy guard\n"
    "File No. 861.00/2410\n"
    "[Telegram]\n"
    "Moscow, July 22, 1918, 6 p.m.\n"
    "[Received July 29, 9:10 a.m.]\n"
    "731.\n"
    "The Commissariat informs me that the guard question has been settled without further "
    "notes.\n"
    "Poole\n"
)


def test_a_copyists_telegram_number_under_the_receipt(resources: Resources) -> None:
    facts = text_facts(NUMBER_ALONE, resources)
    assert facts["telegram_number"] == "731"
    assert facts["sender"] == ["DeWitt Clinton Poole"]


def test_register_persons_of_1918_and_1930(resources: Resources) -> None:
    text = ("Moscow, July 20, 1918.\n\nCommissariat informs me that Olberg and Grylewicz "
            "left for Berlin.\n\nPoole\n")
    body = text_xml(text, resources)
    for ref in ("per-dewitt-clinton-poole", "per-valentin-olberg", "per-anton-grylewicz"):
        assert f'ref="#{ref}"' in body
    minister = "Washington, July 1, 1971.\n\nAs you know, Foreign Minister Singh visited us.\n"
    assert 'ref="#per-swaran-singh"' in text_xml(minister, resources)
