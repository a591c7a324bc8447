"""Rules for leaders' letters and personal messages of layouts not sampled before (letters79):

- the method line with the one-time pad in stops (`CYPHER/O.T.P.`; table `cable-heading`,
  row `method`): a method line, so the Foreign Office's route line under it gives the place;
- the Foreign Office's route line without `FROM` (`FOREIGN OFFICE TO WASHINGTON`;
  `routing_sides._ROUTE`) gives the sides' governments, and the covering line naming both
  parties by office with their articles (`Following personal message from the Prime Minister
  to the President.`; table `routing-line`, the session-27 row) reads them: the President is
  the holder of the office of the post's country in the document's year;
- the Prime Minister's personal telegram (`PRIME MINISTER'S` / `PERSONAL TELEGRAM`; table
  `initialled-forms`) signed with a given name alone (`Harold`) is the office's holder in the
  year whose registered name opens with it (`given_signatures._office_by_given`);
- a news site's byline under a reprinted letter's headline, the post's date with its count of
  comments parted by pipes (`31 octubre 2012 | 14 comentarios |`; `read_cells._BYLINE`, table
  `page-furniture`), its share links and its Spanish tags line: furniture, so the letter's own
  dateline dates it; `Tomado de:` names the paper it was taken from (table `page-fields`,
  item `credits`); `Fraternalmente,` is a closing salute;
- a papers collection's file alone under its library's name (`Nehru Memorial Museum &
  Library` / `Jawaharlal Nehru Papers (Part II), Subject File No. 412`; table
  `archival-reference`): the repository and the shelfmark, no person Nehru.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

PREM = (
    "PREM 11/3690\n\n"
    "PRIME MINISTER'S\n"
    "PERSONAL TELEGRAM\n"
    "SERIAL No. T. 530/62\n\n"
    "CYPHER/O.T.P.\n\n"
    "FOREIGN OFFICE TO WASHINGTON\n\n"
    "No. 7690                          D. 9.10 p.m. October 25, 1962\n"
    "EMERGENCY\n\n"
    "Following personal message from the Prime Minister to the President.\n\n"
    "Begins.\n\n"
    "Dear Mr. President,\n\n"
    "I have been thinking over our talk of last night and send you these thoughts at once.\n\n"
    "As ever,\n\n"
    "Harold\n\n"
    "Ends.\n"
)


def test_a_personal_telegram_signed_by_given_name_is_the_prime_ministers(
        resources: Resources) -> None:
    facts = text_facts(PREM, resources)
    assert facts["sender"] == ["Harold Macmillan"]
    assert facts["place_of_origin"] == "London"
    assert facts["telegram_number"] == "7690"


def test_the_president_of_a_telegram_to_washington_is_the_us_holder(
        resources: Resources) -> None:
    xml = text_xml(PREM, resources)
    assert '<roleName ref="#per-john-f-kennedy">President</roleName>' in xml


NEWS_PAGE = (
    "Carta de Fidel Castro a Nikita Jruschov\n\n"
    "31 octubre 2012 | 14 comentarios |\n\n"
    "Compartir en Facebook  Compartir en Twitter\n\n"
    "La Habana, 31 de octubre de 1962\n\n"
    "Querido compañero Jruschov:\n\n"
    "He recibido su carta del 30 de octubre. Mañana llegará a La Habana el compañero Mikoyan.\n\n"
    "Fraternalmente,\n\n"
    "Fidel Castro\n\n"
    "Tomado de: Granma, 23 de noviembre de 1990, p. 3.\n\n"
    "Etiquetas: Crisis de Octubre, Fidel Castro, Unión Soviética\n"
)


def test_a_news_posts_byline_date_is_not_the_letters(resources: Resources) -> None:
    facts = text_facts(NEWS_PAGE, resources)
    assert facts["date"] == "1962-10-31"
    assert facts["addressee"] == ["Nikita Khrushchev"]


def test_the_news_pages_lines_and_close(resources: Resources) -> None:
    xml = text_xml(NEWS_PAGE, resources)
    assert "comentarios" not in xml
    assert "Compartir" not in xml
    assert "Etiquetas" not in xml
    assert "<salute>Fraternalmente,</salute>" in xml


PAPERS = (
    "Nehru Memorial Museum & Library\n"
    "Krishna Menon Papers, File No. 27, pp. 4-5\n\n"
    "                                   Cairo, 9th August, 1956.\n\n"
    "Your Excellency and dear friend,\n\n"
    "I thank you for your message on the Suez Canal Company.\n\n"
    "Yours sincerely,\n\n"
    "(Sgd.) Gamal Abdel Nasser\n"
)


def test_a_papers_file_under_its_library_is_the_reference(resources: Resources) -> None:
    facts = text_facts(PAPERS, resources)
    assert facts["archive_idno"].startswith("Krishna Menon Papers, File No. 27")
    assert facts["repository"] == "Nehru Memorial Museum & Library"
    assert "per-jawaharlal-nehru" not in text_xml(PAPERS, resources)


CZECH_EDITION = (
    "SOVĚTSKÝ SVAZ A ČESKOSLOVENSKO 1956-1959. DOKUMENTY                    87\n\n"
    "č. 21\n\n"
    "1957, 3. června, Moskva. - Dopis N. S. Chruščova A. Novotnému o jednání v Praze.\n\n"
    "NA, fond KSČ-ÚV-AN II, kart. 98, inv. č. 140. Originál, strojopis, rusky. "
    "Přeložil Jan Novák.\n\n"
    "Dear Comrade Novotný!\n\n"
    "We agree with the dates you propose for the talks in Prague.\n\n"
    "With communist greetings\n\n"
    "N. KHRUSHCHEV\n\n"
    "Moscow, 3 June 1957\n"
)


def test_a_czech_editions_regest_and_source_note_go_to_the_header(
        resources: Resources) -> None:
    """(after the held samples) the edition's running head in Czech (`... 1956-1959.
    DOKUMENTY`; table `page-furniture`, the docs37a row), its number (`č. 21`;
    `titles.NUMBER_ALONE`), its regest (table `page-title`) and its source note (table
    `archival-reference`) are the page's: the title, the reference (the copy's description
    and the credit after it cut off: `zones._COPY_KIND`, `zones._CREDIT`) and the translator,
    and the salutation under them opens the letter."""
    facts = text_facts(CZECH_EDITION, resources)
    assert facts["title"] == "Dopis N. S. Chruščova A. Novotnému o jednání v Praze"
    assert facts["archive_idno"] == "fond KSČ-ÚV-AN II, kart. 98, inv. č. 140"
    assert facts["addressee"] == ["Antonín Novotný"]
    assert facts["translator"] == "Jan Novák"
    assert "DOKUMENTY" not in text_xml(CZECH_EDITION, resources)
