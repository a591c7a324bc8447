"""Rules for archive documents copied to other sites (the English mirrors of Russian document
collections, works mirrors, a blog's translated letter, a document-based lesson on Scribd,
OpenEdition's page of a documents reader), learnt from real pages (repost96):

- a collection's own number (`Number 3`, `No. 173`) over a letter's heading by its parties is
  the collection's, not a telegram's: it goes to the page's text with the lines over it (the
  site's menu, the collection's title and compilers; `pages/collection_number.py`);
- a heading by the writer and addressee with their initials joined by a dash (`I. V. Stalin -
  R. V. Malinovsky`) names both parties (table `title-shapes`, a `given` row);
- a familiar greeting (`Hello Friend!`, `Hello Sergo! Greetings to Zina!`) is a salutation
  (table `salutation`), and a salutation under an edition's parties heading makes it a letter,
  not an edition's message (`forms/edition.py`);
- a document-based lesson's lettered document (`Document C: Novikov Telegram (Modified)`) is
  titled without its letter (table `page-title`), and the source line describing it (`Source:
  Excerpt from a telegram sent by ... Novikov to ... in September 1946.`) gives its sender and
  date where nothing else does (`described_source`, read by `correspondence_parties` and
  `pages/titled_date`);
- OpenEdition's reader page: its numbered title is the page's title under the viewer's
  switch, the book's title, its editors and a translator line (`pages/openedition`), and a
  paragraph left unnumbered skips one number;
- a letter's title closed by its date without a comma (`Letter from X to Y January 17,
  1989`) dates it (table `title-facts`);
- a works mirror's line of the year and each language's source (`1925 en:SCW;ru:...`) dates
  an undated work (table `page-furniture`, row `site-year`; `pages/site_key`);
- a news page's chrome (`Sign up to`, `news feeds:`, `Back to newsline`, a language switch
  `Русский Русский`) is page furniture (row `news-menu`), and its headline of a greeting
  (`X Greets Y Sr. on His 85th Birth Anniversary`) names both parties (table `title-shapes`);
- a Vietnamese blog's telegram (`Điện tín từ Terebin, 17 tháng Bảy 1948`): the form's word
  (table `doc-types`), the writer after `từ` (table `title-shapes`), the month's word after
  `tháng` (`date_eras`, table `title-facts`), the salutation `Kính gửi đồng chí X,` (table
  `salutation`); the Vietnamese names of Mao Zedong, Ren Bishi and the Soviet Union are
  register forms.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

COLLECTION = (
    "Bolshevik Leaders correspondence\n\n"
    "Marx-Engels | Lenin | Stalin | Home Page\n\n"
    "Collection of documents 1997.\n\n"
    "Compiled by: A.B.Ivanova, C.D.Petrov.\n\n"
    "No. 41\n\n"
    "G. L. Pyatakov to I. V. Stalin\n\n"
    "March 3, 1924\n\n"
    "Hello Friend!\n\n"
    "Your note reached me only today. The work here goes slowly, but it goes.\n"
)


def test_a_collections_number_over_a_parties_heading(resources: Resources) -> None:
    facts = text_facts(COLLECTION, resources)
    assert facts["doc_type"] == "letter"
    assert facts["telegram_number"] is None
    assert facts["title"] == "G. L. Pyatakov to I. V. Stalin"
    assert facts["sender"] == ["Georgy Pyatakov"]
    assert facts["addressee"] == ["Joseph Stalin"]
    body = text_xml(COLLECTION, resources)
    assert "Compiled by" not in body[body.index("<body"):]


DASHED = (
    "Number 7\n\n"
    "L. B. Kamenev - I. V. Stalin\n\n"
    "June 2, 1913\n\n"
    "Dear comrade!\n\n"
    "The parcel with the books came safely. Write how you live there.\n"
)


def test_a_dashed_parties_heading(resources: Resources) -> None:
    facts = text_facts(DASHED, resources)
    assert facts["title"] == "L. B. Kamenev - I. V. Stalin"
    assert facts["addressee"] == ["Joseph Stalin"]
    assert facts["date"] == "1913-06-02"


GREETING = (
    "I. V. Stalin to G. K. Ordzhonikidze\n\n"
    "October 12, 1926\n\n"
    "Hello Sergo! Greetings to Zina!\n\n"
    "Your letter came yesterday. We shall talk of the plan when you are back.\n"
)


def test_a_familiar_greeting_is_a_letters_salutation(resources: Resources) -> None:
    facts = text_facts(GREETING, resources)
    assert facts["doc_type"] == "letter"
    assert "<salute>Hello Sergo! Greetings to Zina!</salute>" in text_xml(GREETING, resources)


LESSON = (
    "Document B: Wallace Letter (Modified)\n\n"
    "I have been troubled about the course of our relations with other nations since the "
    "end of the war, and I set down my reasons here.\n\n"
    "Source: Excerpt from a letter sent by Secretary of Commerce Henry Wallace to President "
    "Truman in July 1946.\n"
)


def test_a_lessons_lettered_document_and_its_describing_source(resources: Resources) -> None:
    facts = text_facts(LESSON, resources)
    assert facts["title"] == "Wallace Letter (Modified)"
    assert facts["sender"] == ["Henry A. Wallace"]
    assert facts["addressee"] == ["Harry S. Truman"]
    assert facts["date"] == "1946-07"


READER = (
    "Version classiqueVersion mobile\n\n"
    "Masterpieces of History\n\n"
    "Anna Editor\n\n"
    "Boris Editor\n\n"
    "Document No. 12: Letter from Mikhail Gorbachev to George H.W. Bush March 2, 1990\n\n"
    "Traduction de Anna Editor\n\n"
    "Texte intégral\n\n"
    "1The letter answers the President's proposal for a meeting in the summer.\n\n"
    "Delivered by the Soviet Embassy\n\n"
    "3Dear Mr. President,\n\n"
    "4I have received your letter and I thank you for it.\n\n"
    "5Sincerely,\n\n"
    "6M. Gorbachev\n\n"
    "Le texte seul est utilisable sous licence Licence OpenEdition Books. Les autres "
    "éléments sont « Tous droits réservés », sauf mention contraire.\n"
)


def test_an_openedition_readers_title_under_its_chrome(resources: Resources) -> None:
    facts = text_facts(READER, resources)
    assert facts["title"] == "Letter from Mikhail Gorbachev to George H.W. Bush March 2, 1990"
    assert facts["date"] == "1990-03-02"
    assert facts["sender"] == ["Mikhail Gorbachev"]
    assert "3Dear" not in text_xml(READER, resources)


WORKS_MIRROR = (
    "← Back to index\n\n"
    "A LETTER TO COMRADE PETROV\n\n"
    "1926 en:SCW;ru:marxists.org\n\n"
    "Dear Comrade Petrov,\n\n"
    "I have received your letter. The question you raise is not new to us.\n"
)


def test_a_works_mirrors_year_line_dates_the_work(resources: Resources) -> None:
    facts = text_facts(WORKS_MIRROR, resources)
    assert facts["date"] == "1926"
    assert "en:SCW" not in text_xml(WORKS_MIRROR, resources).split("<body")[1]


NEWS_PAGE = (
    "Sign up to\n\n"
    "news feeds:\n\n"
    "Select RSS feed catergory:\n\n"
    "Русский Русский\n\n"
    "Back to newsline\n"
    "2 March 2011\n\n"
    "Mikhail Gorbachev Greets Helmut Kohl on His Birthday\n\n"
    "Dear Helmut,\n\n"
    "I send you my warmest wishes on this day and remember our work together with gratitude.\n"
)


def test_a_news_pages_chrome_and_greeting_headline(resources: Resources) -> None:
    facts = text_facts(NEWS_PAGE, resources)
    assert facts["doc_type"] == "letter"
    assert facts["sender"] == ["Mikhail Gorbachev"]
    assert facts["addressee"] == ["Helmut Kohl"]
    assert facts["date"] == "2011-03-02"
    assert "newsline" not in text_xml(NEWS_PAGE, resources).split("<body")[1]


VIETNAMESE = (
    "Điện tín từ Terebin, 20 tháng Tám 1948\n"
    "Kính gửi đồng chí F. Kuznetsov,\n"
    "Sau khi nhận điện tín, Mao Trạch Đông và Nhậm Bật Thời đã họp với tôi ở Liên Xô.\n"
)


def test_a_vietnamese_blogs_telegram(resources: Resources) -> None:
    facts = text_facts(VIETNAMESE, resources)
    assert facts["doc_type"] == "telegram"
    assert facts["date"] == "1948-08-20"
    assert facts["sender"] == ["Andrei Orlov"]
    xml = text_xml(VIETNAMESE, resources)
    assert "<salute>Kính gửi đồng chí" in xml
    assert 'ref="#per-mao-zedong">Mao Trạch Đông<' in xml
    assert 'ref="#per-ren-bishi">Nhậm Bật Thời<' in xml
