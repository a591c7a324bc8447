"""Rules from the held misses of four blind samples (misses26: wc34, ocr33, wc33, other32),
by family.

- A typist's or transcriber's full stop for the comma after the day (`March 1. 1947.`) is
  a full date (the date shape of month, day and year).
- A writer's address on one line closed by the city after a comma (`The Viceroy's House,
  New Delhi`, table `address-city`) over the letter's date line gives the place of origin
  (not a country: `Government House, Kenya`).
- A blog's post over a document it reposts: the post's date line (`Wednesday, August 18,
  2010`, table `blog-post`) over a title naming the document's form or parties is the
  page's, not the document's; a post title that the document's heading under it repeats
  with more after it (`Letter from A to B - October 26, 1962` over `Letter from A to B`)
  is the post's too. Both go to the page text.
- A printed collection's page copied from a document's middle (the CWIHP Bulletin in a
  book viewer): the end of the previous document's source note may be an edited volume's
  citation (`... eds., Title, 142.]`); the document's heading under it may carry the
  collection's number (`Document 26: Telegram, Mao Zedong`, table `numbered-document`)
  and wrap before its addressee (`to Liu Shaoqi, 12 February 1950`).
- A Venona release's two-line caption whose first line ends in a phrase after `FOR`
  (`REQUEST FOR CANCELLATION OF PROJECTED`) is the caption's, not a handling line; the
  release's issue line keeps its role when a PDF's text garbles the redacted initials
  (`XgggXXXXXX Issued: XXXX/5/3/1954`).
- A person's birth or death date (`born 21 October 1910`, table `handling-stamp`, row
  `life-date`) is not the document's time: its year completes no yearless date and no
  short year.
- A title closed by a month's date, maybe qualified (`... to Leonid Brezhnev Early December
  1979`, `..., mid-June 1961`; table `title-facts`), dates the document by the month.
- Register: Bohemia and Moravia, the Czech lands (with their German names).
- A flip-book site's advertising lines (yumpu's `You also want an ePaper? ...`) are page
  furniture.
"""

from __future__ import annotations

import pytest

from tests.cases import text_facts, text_xml

_LETTER = ("Many thanks for your letter of February 21. I much appreciate what you say about "
           "the work of the commission and the new arrangements for the spring.\n\n"
           "Yours sincerely\n")


@pytest.mark.parametrize("head, date, addressee", [
    # a catalogue's transcript of a Viceroy's letter (sample other32 h04's layout)
    ("The Viceroy's House, New Delhi\nMarch 1. 1947.\nMy dear Pethick-Lawrence\n",
     "1947-03-01", "Frederick Pethick-Lawrence"),
    # an invented typed letter, the ordinal day
    ("Government House\n\nNovember 14th. 1938.\n\nMy dear Chamberlain,\n\n",
     "1938-11-14", "Neville Chamberlain"),
])
def test_a_full_stop_after_the_day_gives_a_full_date(resources, head: str, date: str,
                                                     addressee: str) -> None:
    facts = text_facts(head + _LETTER + "Halifax\n", resources)
    assert facts["date"] == date
    assert facts["addressee"] == [addressee]


_POST_TEXT = ("Given the analysis of the situation and the reports which have reached us, we "
              "consider the danger of an attack to be considerable within the coming days. "
              "The people's morale is high and they will meet any aggression.\n\n")


@pytest.mark.parametrize("post, title, date, sender, addressee", [
    # a Blogger repost (sample wc34 h2's layout): post date, post title, the heading again
    ("Wednesday, August 18, 2010\n\nLetter from Fidel Castro to Nikita Khrushchev - "
     "October 28, 1962\n\nLetter from Fidel Castro to Nikita Khrushchev\nOctober 28, 1962\n\n"
     "Dear Comrade Khrushchev:\n\n",
     "Letter from Fidel Castro to Nikita Khrushchev", "1962-10-28", "Fidel Castro",
     "Nikita Khrushchev"),
    # an invented WordPress post: the day first, the heading at once under the post date
    ("Sunday, 3 March 2013\n\nTelegram from Mao Zedong to Joseph Stalin, 14 May 1950\n\n"
     "Comrade Stalin:\n\n",
     "Telegram from Mao Zedong to Joseph Stalin, 14 May 1950", "1950-05-14", "Mao Zedong",
     "Joseph Stalin"),
])
def test_a_blog_posts_date_line_is_the_pages(resources, post: str, title: str, date: str,
                                             sender: str, addressee: str) -> None:
    facts = text_facts(post + _POST_TEXT, resources)
    assert facts["title"] == title
    assert facts["date"] == date
    assert facts["sender"] == [sender]
    assert facts["addressee"] == [addressee]


def test_a_weekday_date_over_prose_stays_the_documents(resources) -> None:
    facts = text_facts("Wednesday, August 18, 2010\n\nThe minister received the ambassador "
                       "this morning and spoke of the harvest and the new treaty.\n", resources)
    assert facts["date"] == "2010-08-18"


_BULLETIN_TEXT = ("Here is an internal party telegram I have just drafted. Please give it some "
                  "consideration as soon as you receive it and dispatch it quickly.\n\n")


@pytest.mark.parametrize("page, title, date, sender, addressee", [
    # the Bulletin in Google Books' text view (sample wc34 h1's layout)
    ("tion from Shuguang Zhang and Jian Chen, eds., Chinese Communist Foreign Policy and the "
     "Cold War in Asia, 142.]\n\nDocument 26: Telegram, Mao Zedong\n\nto Liu Shaoqi, "
     "12 February 1950\n\nComrade [Liu] Shaoqi:\n\n",
     "Telegram, Mao Zedong to Liu Shaoqi, 12 February 1950", "1950-02-12", "Mao Zedong",
     "Liu Shaoqi"),
    # an invented page: the source note's end over two lines, the heading on one
    ("Archive, fond 3, opis 65; translated by\nJohn Smith.]\nDocument No. 7: Ciphered "
     "Telegram, Mao Zedong to Joseph Stalin, 14 May 1950\nComrade Filippov:\n",
     "Ciphered Telegram, Mao Zedong to Joseph Stalin, 14 May 1950", "1950-05-14",
     "Mao Zedong", "Joseph Stalin"),
])
def test_a_collections_numbered_heading_under_a_source_notes_end(
        resources, page: str, title: str, date: str, sender: str, addressee: str) -> None:
    text = page + _BULLETIN_TEXT
    facts = text_facts(text, resources)
    assert facts["title"] == title
    assert facts["date"] == date
    assert facts["sender"] == [sender]
    assert facts["addressee"] == [addressee]
    number = page.split("Document", 1)[1].split(":", 1)[0]
    assert f"Document{number}:" in text_xml(text, resources)  # kept in the page's text


_VENONA = ("From: NEW YORK\nTo: MOSCOW\nNo.: 1583 12 Nov. 1944\n\nTo VIKTOR.\n\nThe General "
           "refuses to cancel the mission. Telegraph reply without fail before the departure, "
           "by 24th November.\n\nANTON\n")


@pytest.mark.parametrize("issued, caption", [
    # yumpu's text of the NSA release (sample other32 h01's layout)
    ("XgggXXXXXX Issued: XXXX/5/3/1954",
     'REQUEST FOR CANCELLATION OF PROJECTED\nTRIP TO "SMYRNA" BY "ARSENIJ"'),
    # an invented transcription: a caption asking for a person's papers
    ("XXXXXXXX Issued: XXXX/4/7/79", "REQUEST FOR DOCUMENTS OF\nENGINEER \"KALIBR\""),
])
def test_a_release_caption_over_two_lines_and_a_garbled_issue_line(
        resources, issued: str, caption: str) -> None:
    text = f"USSR Ref No: S/NBF/T483\n\n{issued}\n\n" + caption.replace("\n", "\n\n") + \
        "\n\n" + _VENONA
    facts = text_facts(text, resources)
    assert facts["title"] == caption.replace("\n", " ")
    assert facts["date"] == "1944-11-12"
    assert 'when="1944-11-24"' in text_xml(text, resources)


@pytest.mark.parametrize("life", [
    # a Venona report on a person (sample other32 t02's layout)
    "Josiah Ellis DuBOIS, born 21 October 1910, in the town of CAMDEN",
    # an invented report on a person's father
    "his father, who died in 12 June 1902, in the town of ODESSA",
])
def test_a_life_date_completes_no_yearless_date(resources, life: str) -> None:
    text = ("XXXXXXXXXX Issued: XXXXXX/9/3/78\nFrom: WASHINGTON\nTo: MOSCOW\nNo: 1759\n\n"
            f"A young lawyer, {life}, married. He had talks about his trip on 23 March and "
            "the bank enquired about a visa for him.\n")
    xml = text_xml(text, resources)
    assert 'when="1978-09-03"' in xml
    assert 'when="--03-23"' in xml


@pytest.mark.parametrize("advert", [
    "You also want an ePaper? Increase the reach of your titles",
    "YUMPU automatically turns print PDFs into web optimized ePapers that Google loves.",
])
def test_a_flipbook_sites_adverts_are_furniture(resources, advert: str) -> None:
    text = (f"SHOW MORE\nSHOW LESS\n\n{advert}\n\nTelegram from Mao Zedong to Joseph Stalin, "
            "14 May 1950\n\nComrade Stalin:\n\n" + _BULLETIN_TEXT)
    assert "ePaper" not in text_xml(text, resources)  # nor as the header's source


@pytest.mark.parametrize("title, date", [
    # an OCR text running the heading on (sample wc34 h3's layout)
    ("Personal Memorandum from Yurii Andropov to Leonid Brezhnev Early December 1979",
     "1979-12"),
    # an invented reprint's title, the month after a comma
    ("Letter from Walter Ulbricht to Nikita Khrushchev, mid-June 1961", "1961-06"),
])
def test_a_titles_closing_month_dates_the_document(resources, title: str, date: str) -> None:
    facts = text_facts(f"{title}\n\n1. After the coup the situation in the country began to "
                       "take an undesirable turn for us, and the party was weakened.\n",
                       resources)
    assert facts["date"] == date


@pytest.mark.parametrize("address, place", [
    # a catalogue's transcript (sample other32 h04's layout)
    ("The Viceroy's House, New Delhi", "New Delhi"),
    # an invented governor's letter
    ("Government House, Nairobi.", "Nairobi"),
])
def test_a_houses_address_line_over_the_date_gives_the_place(resources, address: str,
                                                              place: str) -> None:
    facts = text_facts(f"{address}\nMarch 1, 1947.\nMy dear Pethick-Lawrence,\n\n" + _LETTER
                       + "Wavell\n", resources)
    assert facts["place_of_origin"] == place


def test_a_houses_address_closed_by_a_country_gives_no_place(resources) -> None:
    facts = text_facts("Government House, Kenya\nMarch 1, 1947.\nMy dear Pethick-Lawrence,\n\n"
                       + _LETTER + "Wavell\n", resources)
    assert facts.get("place_of_origin") in (None, "")


@pytest.mark.parametrize("sentence", [
    # a Ukrainian report of 1968 (sample wc33 h1's wording)
    "They are plotting to create a federation of Bohemia, Moravia, and Slovakia.",
    # an invented German-language form of the lands' names in a translation's bracket
    "The Czech lands [Böhmen and Mähren] would form one state with Slovakia.",
])
def test_the_czech_lands_are_places(resources, sentence: str) -> None:
    xml = text_xml("Telegram from Prague to Moscow, 10 July 1968\n\n" + sentence
                   + " The meeting ended at six.\n", resources)
    assert 'ref="#pla-bohemia"' in xml
    assert 'ref="#pla-moravia"' in xml
