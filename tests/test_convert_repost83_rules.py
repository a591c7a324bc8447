"""Rules for documents reposted outside their archives: book PDFs and OCR'd Bulletins,
Wikisource's Venona pages, blog posts, newspapers quoting a telegram, course readers
(repost83):

- a document's title naming its form and parties with `from` and `to` in lower case, which
  the page cut before its date, runs on into the short line of capitalised words, a comma
  and the date ending on its year (`... to the CPSU` / `CC, 17 October 1956`), not into a
  date alone under it nor into a dateline's place in capitals under a title closed by a
  post in brackets (`dated_title_wrap`, called from `narrow_heading.heading_runs_on`);
- the next document's number and dated title on one line (`Document No. 22: Notes of ...,
  20 October 1956`) ends the document (`pages/next_document._numbered_dated`);
- a title closing on a place and its date (`... to the CC CPSU, Beijing, 2 August 1958`)
  names where the document was sent from, not the addressee's seat; unless the addressee is
  a post abroad (`... to Soviet Embassy, Belgrade, ...`) (`party_places.titled_place`);
- a blog post's headline naming no form or parties and not opening with a person or an
  office (`Why Harriman stopped ...`) is the poster's: page text, the title is built; a
  byline in small letters with the reading time (`posted 3 February 2019 by NAME · 6 min
  read`) is one (`pages/blogpost._headline`, row `blog-byline`);
- English Wikisource's header template of a page in a series (`← Venona 405`, the name
  again, the template's author, `Venona 419 →`) is the page's; the page's name is the title
  (`pages/wikisource._linked_name`);
- the Venona translators' `[Comment: ...]` is an editorial note (`brackets.REMARK`);
- a document quoted whole in quotation marks by a news article or a post (the opening mark
  on its first line, the closing one at its last line's end, a heading row in it, no
  editors' heading over it) is the document, the writer's lines around it the page's, its
  marks taken off (`pages/quoted_marks`, `pages/quoted_run`);
- the Foreign Office print's parties heading with the sender's post in brackets closed by a
  stop (`Sir M. Peterson (Angora) to Foreign Office.`) opening the document is its title
  (`pages/posted_parties`, `titles._stopped_heading`);
- a PDF paste's first line is the first page's running head when it stands again beside a
  page mark (not a grade the print repeats) (`pages/running.running_lines`);
- the editors' prose crediting the translation in a sentence, unlabelled (`... and
  translated by Stephen Carter.1`, `translation below is by NAME.`) names the translator
  when nothing else did (`prose_translator`, called from `header.py`);
- register: Bukharin, Rykov, Yagoda, Krestinsky, Krasin, Sir Robert Horne, Losonczy's
  surname, Oxford.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml


def _text(xml: str) -> str:
    return xml.split("<text")[1]


WRAPPED = (
    "in the archive of the ministry, as the editors explain on the previous page of the book.\n"
    "Document No. 7: Ciphered Telegram from Ambassador Puzanov to the CPSU\n"
    "CC, 12 March 1958\n"
    "TOP SECRET\n"
    "CIPHERED TELEGRAM No. 3310\n"
    "Today Kim Il Sung received me and spoke about the withdrawal of the Chinese volunteers.\n"
    "A. PUZANOV\n"
)


def test_title_cut_before_its_date_runs_on(resources: Resources) -> None:
    facts = text_facts(WRAPPED, resources)
    assert facts["title"] == ("Ciphered Telegram from Ambassador Puzanov to the CPSU CC, "
                              "12 March 1958")
    assert facts["date"] == "1958-03-12"


def test_a_date_alone_under_a_title_does_not_run_on(resources: Resources) -> None:
    text = ("Ciphered Telegram from Ambassador Puzanov to the CPSU Central Committee\n"
            "March 12, 1958\n"
            "Today Kim Il Sung received me and spoke about the withdrawal of the volunteers.\n")
    assert "March 12, 1958" not in str(text_facts(text, resources)["title"])


def test_a_dateline_in_capitals_under_a_closed_title_stands_apart(resources: Resources) -> None:
    text = ("Letter from Frederick H. Boland to the Irish Ambassador in London (Nunan)\n"
            "DUBLIN, 14 November 1949\n"
            "Dear Ambassador,\n"
            "I enclose the note of which we spoke on the telephone yesterday afternoon.\n"
            "F. H. Boland\n")
    assert "DUBLIN" not in str(text_facts(text, resources)["title"])


NEXT = (
    "Ciphered Telegram from Ambassador Puzanov to the CPSU CC, 12 March 1958\n"
    "CIPHERED TELEGRAM No. 3310\n"
    "Today Kim Il Sung received me and spoke about the withdrawal of the Chinese volunteers.\n"
    "A. PUZANOV\n"
    "Document No. 8: Record of a Meeting of the Presidium, 14 March 1958\n"
)


def test_next_numbered_dated_title_ends_the_document(resources: Resources) -> None:
    facts = text_facts(NEXT, resources)
    assert facts["signed"] == "A. PUZANOV"
    assert "Presidium" not in _text(text_xml(NEXT, resources))


def test_title_place_before_its_date_is_the_sending_place(resources: Resources) -> None:
    text = ("Ciphered Telegram from S. V. Chervonenko to the CC CPSU, Beijing, 4 May 1960\n"
            "CIPHERED TELEGRAM No. 9012\n"
            "Today Zhou Enlai received me at his request.\n"
            "S. CHERVONENKO\n")
    assert text_facts(text, resources)["place_of_origin"] == "Beijing"


def test_title_place_after_a_post_abroad_is_its_seat(resources: Resources) -> None:
    text = ("Ciphered Telegram, Gromyko to Soviet Embassy, Warsaw, 3 May 1960\n"
            "CIPHERED TELEGRAM No. 412\n"
            "Visit Comrade Rapacki and tell him that the answer will follow.\n"
            "A. GROMYKO\n")
    assert text_facts(text, resources)["place_of_origin"] != "Warsaw"


BLOG = (
    "Marginalia to the Archives\n"
    "Notes on old telegrams\n"
    "How Kennan read the purges\n"
    "posted 9 May 2020 by Ruth Abel · 4 min read\n"
    "The telegram below was sent from Moscow in the spring of 1937 and I reproduce it whole.\n"
    "Moscow, April 2, 1937—5 p.m.\n"
    "[Received April 2—2:15 p.m.]\n"
    "61. The arrests continue in the commissariats.\n"
    "Henderson\n"
)


def test_poster_headline_is_no_title(resources: Resources) -> None:
    facts = text_facts(BLOG, resources)
    assert facts["title"] not in ("How Kennan read the purges", "Marginalia to the Archives")
    assert facts["sender"] == ["Loy Henderson"]
    assert facts["date"] == "1937-04-02"


def test_headline_naming_the_form_stays_the_title(resources: Resources) -> None:
    text = BLOG.replace("How Kennan read the purges", "A Telegram from Moscow, April 1937")
    assert text_facts(text, resources)["title"] == "A Telegram from Moscow, April 1937"


SERIES = (
    "Venona 77 KGB Mexico City to Moscow, 2 March 1944, Couriers\n"
    "← Venona 70\n"
    "Venona 77 KGB Mexico City to Moscow, 2 March 1944, Couriers\n"
    "National Security Agency\n"
    "Venona 81 →\n"
    "From: MEXICO CITY\n"
    "To: MOSCOW\n"
    "No: 77\n"
    "2 March 1944\n"
    "To VIKTOR.\n"
    "In reply to your No. 301 [Comment: Not available.]. The couriers left on 1 March.\n"
)


def test_wikisource_series_template_is_the_page(resources: Resources) -> None:
    facts = text_facts(SERIES, resources)
    assert facts["title"] == "Venona 77 KGB Mexico City to Moscow, 2 March 1944, Couriers"
    text = _text(text_xml(SERIES, resources))
    assert "Venona 81" not in text and "National Security Agency" not in text


def test_venona_comment_is_an_editorial_note(resources: Resources) -> None:
    text = _text(text_xml(SERIES, resources))
    assert '<note type="editorial" place="inline">Comment: Not available.</note>' in text


NEWS = (
    "The Evening Courier\n"
    "HISTORY\n"
    "Archive shows Cairo embassy warned of riots\n"
    "By Tom Reid\n"
    "A telegram opened this month shows that the embassy saw trouble coming a week early.\n"
    '"Sir R. Campbell (Cairo) to Foreign Office.\n'
    "No. 66.\n"
    "D. 4.10 p.m. 18th January, 1952.\n"
    "R. 7.30 p.m. 18th January, 1952.\n"
    "IMMEDIATE.\n"
    "Police in Ismailia have been disarmed and the mood in the capital is ugly.\n"
    '2. I have asked for an audience with the King tomorrow."\n'
    "A week later much of central Cairo was burning.\n"
)


def test_document_in_quotation_marks_is_the_document(resources: Resources) -> None:
    facts = text_facts(NEWS, resources)
    assert facts["doc_type"] == "telegram"
    assert facts["telegram_number"] == "66"
    assert facts["date_received"] == "1952-01-18T19:30"
    assert "was burning" not in _text(text_xml(NEWS, resources))


def test_stopped_parties_heading_with_post_is_the_title(resources: Resources) -> None:
    assert text_facts(NEWS, resources)["title"] == "Sir R. Campbell (Cairo) to Foreign Office"


READER = (
    "POL 210  The Cold War in Europe                      Reader, Part III\n"
    "Week 6. The Berlin crisis\n"
    "Source: an edition of documents, translated for this course.\n"
    "Telegram from Ambassador Pervukhin to the CPSU CC, 2 August 1961\n"
    "CIPHERED TELEGRAM No. 1450\n"
    "Today Ulbricht received me and spoke about the measures on the sector border.\n"
    "- 12 -\n"
    "POL 210  The Cold War in Europe                      Reader, Part III\n"
    "He asked that the Soviet side give its answer before the end of the week.\n"
    "M. PERVUKHIN\n"
    "- 13 -\n"
)


def test_first_line_running_head_is_furniture(resources: Resources) -> None:
    text = _text(text_xml(READER, resources))
    assert "Reader, Part III" not in text and "POL 210" not in text


def test_register_names(resources: Resources) -> None:
    text = ("Moscow, March 14, 1938—noon.\n"
            "80. Bukharin, Rykov, Yagoda and Krestinsky were sentenced. Krasin's widow and "
            "Horne's old secretary attended; Losonczy did not.\n"
            "Davies\n")
    persons = str(text_facts(text, resources).get("persons", "")) + _text(text_xml(text, resources))
    for ref in ("per-nikolai-bukharin", "per-alexei-rykov", "per-genrikh-yagoda",
                "per-nikolay-krestinsky", "per-leonid-krasin", "per-robert-horne",
                "per-geza-losonczy"):
        assert ref in persons


def test_prose_translator_credit(resources: Resources) -> None:
    text = ("The document printed below comes from the Russian archive. The\n"
            "translation below is by Olga Ivanova.\n"
            "Ciphered Telegram from Ambassador Yudin to the CPSU CC, 4 April 1957\n"
            "CIPHERED TELEGRAM No. 7711\n"
            "Today Mao Zedong received me at his request and spoke about the rectification.\n"
            "P. YUDIN\n")
    assert text_facts(text, resources)["translator"] == "Olga Ivanova"
