"""Rules for documents reposted outside their archives: translators' introductions, Marxists
Internet Archive pages of several telegrams, board threads quoting a document in pieces,
Google Books cards in the reader's language, blog posts' tags (repost82):

- a paragraph closing on a stop with its writer's name after a dash (`... are welcome. --
  A. Name`) ends there: the next line does not run on into it (`read._SENTENCE_END`);
- a publisher's introduction may stand under its heading alone on its line (`Translator's
  introduction`, `A note on the translation`), open as a note on the translation (`A note on
  the translation: ...`), close with its writer's line after a dash (`- K. Lindqvist`), and
  stand under a post's few short lines (a newsletter's tagline, the post's title and date:
  the page's text); it is the page's summary (`pages/preamble.take_introduction`);
- a title naming forms in the plural (`Telegrams to the Front, August 1918`, a page of
  several documents) names no parties (`title_subjects.SET_OF_FORMS`,
  `parties._NOTE_WORD`);
- an editors' heading naming the form and its addressee (`TELEGRAM TO THE ... COUNCIL`),
  taken for a letterhead, is none when the place under it is read: that place is where the
  telegram went, not its seat (`heading_tolerance.seat_kinds`);
- a document quoted in pieces in a board's post: each further quote header and the poster's
  short line over it ending in a colon (`And the end:`) are the board's; without a post's
  foot, the next post's line and all under it, with the poster's signature under its rule
  and the sign-off over it (`Regards, NAME`), are the board's (`pages/board.py`);
- Google Books' card in the reader's language with the preview's kind after the year
  (`... · 1992 · Visualizzazione snippet`) and the book page's foot (`Altre edizioni -
  Visualizza tutto`, `Bibliographic information`) are furniture (rows `gbooks-viewer`);
- a blog post's taxonomy with its colon (`Filed under: Egypt, October War`, `Tags: ...,
  telegrams`) is furniture (rows `blog-widgets`);
- a repost's prose giving the archival reference in brackets after the archive's name
  (`held in the Foreign Ministry archive (f. 087, op. 36, ...)`) gives the shelfmark and
  the repository as named, when nothing else gave a shelfmark (table `prose-archive`,
  `archive_field.prose_archive`);
- register: Scott McLeod, Penza, Sviyazhsk.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml


def _text(xml: str) -> str:
    return xml.split("<text")[1]


INTRO = (
    "Translator's introduction\n"
    "This cable comes from the Romanian diplomatic archive (AMAE, Telegrame, Beijing, 1969, "
    "vol. 4) and appears here in English for the first time. The brackets are mine and any "
    "errors are mine too. -- Ioana Petrescu\n"
    "Telegram\n"
    "Beijing, 3 March 1969\n"
    "Number: 81\n"
    "Dumitru to Bucharest\n"
    "The Chinese press today reports fighting on the Ussuri river.\n"
    "Dumitru\n"
)


def test_dash_signed_paragraph_ends_and_introduction_under_its_heading(
        resources: Resources) -> None:
    facts = text_facts(INTRO, resources)
    assert facts["doc_type"] == "telegram"
    assert facts["telegram_number"] == "81"
    assert facts["date"] == "1969-03-03"
    assert "AMAE, Telegrame" in str(facts["summary"])
    assert "first time" not in _text(text_xml(INTRO, resources))


def test_without_the_dash_signature_the_introduction_is_not_closed(
        resources: Resources) -> None:
    text = INTRO.replace(" -- Ioana Petrescu", " Ioana Petrescu")
    assert "first time" in _text(text_xml(text, resources))


POST = (
        "Letters from the Bloc\n"
        "A newsletter on Warsaw Pact diplomacy\n"
        "What Bucharest heard from Beijing\n"
        "Mar 3, 2022\n"
        "A note on the translation: the Romanian ambassador sent this cable to the foreign "
        "ministry. I translated it from the copy in the diplomatic archive; the brackets are "
        "mine.\n"
        "- I. Petrescu\n"
        "Telegram No. 81\n"
        "Beijing, 3.3.1969, 18.20\n"
        "To Comrade Manescu\n"
        "The Chinese press today reports fighting on the Ussuri river.\n"
        "Dumitru\n"
)


def test_note_on_the_translation_under_a_posts_short_lines(resources: Resources) -> None:
    text = POST
    facts = text_facts(text, resources)
    assert facts["telegram_number"] == "81"
    assert facts["doc_type"] == "telegram"
    assert "the brackets are mine" in str(facts["summary"])
    assert "Petrescu" not in _text(text_xml(text, resources))


SET = (
    "Marxists Internet Archive\n"
    "V. I. Lenin\n"
    "Telegrams to the Army, June 1919\n"
    "Source: Collected Works, Volume 51.\n"
    "TELEGRAM TO THE REVOLUTIONARY MILITARY COUNCIL OF THE SOUTHERN FRONT\n"
    "Penza\n"
    "5 June 1919\n"
    "Report on the state of the reserves at once.\n"
    "Lenin\n"
)


def test_forms_in_the_plural_name_no_parties(resources: Resources) -> None:
    facts = text_facts(SET, resources)
    assert facts["title"] == "Telegrams to the Army, June 1919"
    assert "#per-telegrams" not in text_xml(SET, resources)
    assert not facts.get("addressee")


def test_place_under_an_addressed_form_heading_is_no_seat(resources: Resources) -> None:
    assert text_facts(SET, resources)["place_of_origin"] is None
    letterhead = SET.replace("TELEGRAM TO THE REVOLUTIONARY", "REVOLUTIONARY")  # its seat
    assert text_facts(letterhead, resources)["place_of_origin"] == "Penza"


THREAD = (
    "Post by tomasz_w » Mon Mar 02, 2020 10:15 am\n"
    "Does anyone have Thompson's cable from Moscow?\n"
    "Post by archivrat » Mon Mar 02, 2020 11:02 am\n"
    "Yes, from FRUS. The heading:\n"
    "Quote:\n"
    "Telegram from the Embassy in the Soviet Union to the Department of State\n"
    "Moscow, March 9, 1962, 7 p.m.\n"
    "No. 2231\n"
    "The middle part:\n"
    "Quote:\n"
    "Gromyko said the Soviet Government would not discuss Berlin at Geneva.\n"
    "And the last lines:\n"
    "Quote:\n"
    "I do not think he will move before the summer.\n"
    "THOMPSON\n"
    "Cheers, archivrat\n"
    "---\n"
    "Sources first, opinions later.\n"
    "Post by tomasz_w » Mon Mar 02, 2020 12:40 pm\n"
    "Much obliged.\n"
)


def test_document_quoted_in_pieces_on_a_board(resources: Resources) -> None:
    facts = text_facts(THREAD, resources)
    assert facts["telegram_number"] == "2231"
    assert facts["signed"] == "THOMPSON"
    body = _text(text_xml(THREAD, resources))
    for line in ("The middle part", "And the last lines", "Cheers", "Sources first",
                 "Much obliged"):
        assert line not in body
    assert "would not discuss" in body and "before the summer" in body


def test_google_books_card_in_italian_and_blog_tags(resources: Resources) -> None:
    text = (
        "I Documenti diplomatici italiani: Decima serie - Volume 7 - Pagina 88\n"
        "books.google.it › books\n"
        "Ministero degli affari esteri · 1980 · Visualizzazione snippet\n"
        "IL MINISTRO A LONDRA, CARANDINI, AL MINISTRO DEGLI ESTERI, DE GASPERI\n"
        "T. 412/77. Londra, 3 febbraio 1946, ore 20.\n"
        "Bevin mi ha ricevuto oggi e mi ha parlato di Trieste.\n"
        "Altre edizioni - Visualizza tutto\n"
        "Informazioni bibliografiche\n"
        "Filed under: Italy, Trieste\n"
        "Tags: Bevin, telegrams\n"
    )
    body = _text(text_xml(text, resources))
    for line in ("Visualizzazione", "Altre edizioni", "bibliografiche", "Filed under", "Tags:"):
        assert line not in body
    assert text_facts(text, resources)["telegram_number"] == "412/77"


def test_register_mcleod_penza_sviyazhsk(resources: Resources) -> None:
    text = ("TELEGRAM\nFROM: DUBLIN\nTO: SECRETARY OF STATE\nNO: 18, MARCH 2, 1958, 4 PM\n"
            "TROOPS MOVED FROM PENZA AND SVIYAZHSK, SOVIET RADIO SAYS.\nMCLEOD\n")
    facts = text_facts(text, resources)
    assert facts["sender"] == ["Scott McLeod"]
    xml = text_xml(text, resources)
    assert '"#pla-penza"' in xml and '"#pla-sviyazhsk"' in xml


def test_archive_reference_given_in_prose(resources: Resources) -> None:
    text = (
        "Cold War Notes\n"
        "Posted on 2 May 2019 by J. Doe\n"
        "The cable, kept in the Foreign Ministry archive in Prague (TO-T 1965-69, box 4, "
        "file 12), was sent the same night. Here it is:\n"
        "TELEGRAM No. 77\n"
        "Washington, 4 May 1968\n"
        "Rusk told me the United States would not interfere.\n"
        "Duda\n"
    )
    facts = text_facts(text, resources)
    assert facts["archive_idno"] == "TO-T 1965-69, box 4, file 12"
    assert facts["repository"] == "Foreign Ministry archive in Prague"
    no_digit = text.replace("TO-T 1965-69, box 4, file 12", "the cipher series")
    assert text_facts(no_digit, resources).get("archive_idno") is None
