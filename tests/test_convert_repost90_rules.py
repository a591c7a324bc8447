"""Rules for archive documents copied to other sites (works mirrors, e-book readers, book
scans, the Avalon Project), learnt from real pages (repost90):

- a works mirror's rights statement under its label alone, broken a phrase a line (MIA's
  `Public Domain:` / `Lenin Internet Archive` / `You may freely copy, distribute,` / ... /
  `Archive” as your source.`), runs to the line closing its sentence
  (`pages/cut_label.statement_goes_on`), and the item's `README` link alone on its line,
  its bullet kept (`• README`), is the site's (table `page-furniture`, row `navigation`);
- a `Source:` value broken a part a line (`Lenin` / `Collected Works,` / ... / `pages
  185b-186a.`) is one source, one shelfmark (`pages/fields.fields`);
- a postscript under the signature (`P.S. ...`) stays the writer's, never a reposter's
  commentary (`pages/repost_tail.commentary_under_signature`), so the notes under it are
  read as the document's notes;
- an edition's date in its editors' brackets alone under the heading (`[January 3,1940]`,
  DGFP) is the opening dateline (`opening_datelines._EDITOR_DATE`);
- a book's letter whose date and salutation share the line (`July 18, 1905 Dear Mr.
  Roosevelt:`) is read as a dateline over the salutation
  (`opening_datelines._split_date_salutation`);
- the Nuremberg prosecution's document number (`Document No. 1823-PS`) is the document's
  identifier (table `archival-reference`);
- the German Foreign Office telegram's head as the Nuremberg translations set it (`Sent
  Berlin 27 Aug 1939 00-32 hours`, `Rec Rome same day 02-25`, `Deciphering Nr. 403 of ...`)
  is its transmission lines, the post sending it its place (table `heading-soviet`, rows
  `transmission`);
- a works mirror's `Dictated:` field (`Dictated: Dictated by phone on August 22, 1921`) is the
  item's date field (table `page-fields`, row `date`);
- a web edition's title closed by its date and a note call in round brackets (Avalon:
  `Letter from Mussolini to Hitler, August 25, 1939 (1)`) loses the call as the title's note
  when a note `(1) ...` opens a line below, and its date is the page's
  (`pages/comma_title._DATE_NOTE`);
- the content farms' search block over a stolen page (`We are searching data for your
  request:` ... `Upon completion, a link will appear to access the found materials.`) is
  page furniture (table `page-furniture`, row `navigation`), so the dateline under it opens
  the letter;
- register: Clara Zetkin, Rosa Luxemburg, Leo Jogiches, Béla Kun, Julian Marchlewski,
  Wilhelm Koenen, Karl Radek, Roman Rosen.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

MIRROR = (
    "Written: Written on March 3, 1921\n"
    "Published:\n"
    "First published in 1932 in Lenin Miscellany XX.\n"
    "Printed from the original.\n"
    "Source:\n"
    "Lenin\n"
    "Collected Works,\n"
    "Progress Publishers,\n"
    "1976,\n"
    "Moscow,\n"
    "Volume 45,\n"
    "pages 90a-90b.\n"
    "Translated: Yuri Sdobnikov\n"
    "Public Domain:\n"
    "Lenin Internet Archive\n"
    "You may freely copy, distribute,\n"
    "display and perform this work; as well as make derivative and\n"
    "commercial works. Please credit “Marxists Internet\n"
    "Archive” as your source.\n"
    "• README\n"
    "Comrade Krasin\n"
    "3/III.\n"
    "Comrade Krasin:\n"
    "I have read the draft on the Baku concessions,\n"
    "and I return it to you with my remarks.[1]\n"
    "Greetings,\n"
    "Lenin\n"
    "P.S. Send me the copy of my letter to Zetkin without fail.[2]\n"
    "[1] The remarks have not been found.—Ed.\n"
    "[2] The letter of February 20, 1921.\n"
)


def test_a_broken_rights_statement_runs_to_its_stop(resources: Resources) -> None:
    xml = text_xml(MIRROR, resources)
    body = xml[xml.index("<body"):]
    assert "as your source" not in body
    assert "README" not in body
    assert text_facts(MIRROR, resources)["addressee"] == ["Leonid Krasin"]


def test_a_broken_source_is_one_shelfmark(resources: Resources) -> None:
    facts = text_facts(MIRROR, resources)
    assert facts["archive_idno"] == (
        "Lenin Collected Works, Progress Publishers, 1976, Moscow, Volume 45, pages 90a-90b")


def test_a_postscript_under_the_signature_stays_the_writers(resources: Resources) -> None:
    xml = text_xml(MIRROR, resources)
    assert "<postscript>" in xml
    assert "P.S. Send me" not in xml[:xml.index("<body")]
    assert text_facts(MIRROR, resources)["notes"] == 2
    assert 'ref="#per-clara-zetkin"' in xml


EDITOR_DATE = (
    "The Duce to the Führer and Chancellor\n"
    "[February 11,1940]\n\n"
    "Führer: [...]\n\n"
    "The supplies of coal by sea are now held up at Rotterdam, and our industry cannot wait "
    "long for them.\n"
)


def test_an_editors_bracketed_date_is_the_dateline(resources: Resources) -> None:
    facts = text_facts(EDITOR_DATE, resources)
    assert facts["date"] == "1940-02-11"
    assert facts["doc_type"] == "letter"


ONE_LINE = (
    "The letters they exchanged that summer were these:\n\n"
    "August 2, 1905 Dear Mr. Roosevelt:\n\n"
    "I write to thank you for the good offices you have lent to the conference at "
    "Portsmouth.\n\n"
    "Believe me, yours sincerely,\n\n"
    "Nicholas\n"
)


def test_a_date_and_salutation_on_one_line(resources: Resources) -> None:
    facts = text_facts(ONE_LINE, resources)
    assert facts["date"] == "1905-08-02"
    assert facts["addressee"] == ["Theodore Roosevelt"]


NUREMBERG = (
    "Nazi Conspiracy and Aggression Volume V\n"
    "Document No. 2817-PS\n\n"
    "Telegram in Cipher\n"
    "Sent Berlin 14 Aug 1939 21-15 hours\n"
    "Rec Rome same day 23-40\n"
    "Rec Embassy 15 Aug 1939 00-55\n"
    "Deciphering Nr. 377 of 14 Aug 1939\n\n"
    "For the Ambassador personally. The Reich Minister asks that the enclosed note be handed "
    "to Count Ciano tomorrow morning without comment.\n"
)


def test_the_nuremberg_number_is_the_identifier(resources: Resources) -> None:
    assert text_facts(NUREMBERG, resources)["archive_idno"] == "2817-PS"


def test_the_foreign_office_telegram_head(resources: Resources) -> None:
    facts = text_facts(NUREMBERG, resources)
    assert facts["place_of_origin"] == "Berlin"
    assert facts["date"] == "1939-08-14"
    xml = text_xml(NUREMBERG, resources)
    assert 'subtype="transmission">Deciphering Nr. 377' in xml
    assert 'subtype="transmission">Rec <placeName ref="#pla-rome">Rome</placeName> same day' in xml


def test_register_additions(resources: Resources) -> None:
    text = ("Comrade Radek:\n\nMarchlewski, Koenen and Jogiches saw Béla Kun and Rosa "
            "Luxemburg's friends in Berlin; Baron Rosen was not there.\n\nLenin\n")
    xml = text_xml(text, resources)
    for ref in ("per-julian-marchlewski", "per-wilhelm-koenen", "per-leo-jogiches",
                "per-bela-kun", "per-rosa-luxemburg", "per-roman-rosen"):
        assert f'ref="#{ref}"' in xml


DICTATED = (
    "V. I.   Lenin\n\n"
    "TELEPHONE MESSAGE TO L. B. KRASIN\n\n"
    "Comrade Krasin\n\n"
    "Dictated: Dictated by phone on March 14, 1921\n"
    "Published: Printed for the first time, from a typewritten copy.\n"
    "Source: Lenin Collected Works, Progress Publishers, 1976, Moscow, Volume 45, page 98.\n"
    "Translated: Yuri Sdobnikov\n\n"
    "Please send me today the figures for the coal delivered to Petrograd this month.\n"
)


def test_a_dictated_field_is_the_date(resources: Resources) -> None:
    facts = text_facts(DICTATED, resources)
    assert facts["date"] == "1921-03-14"
    assert "Dictated by phone" not in text_xml(DICTATED, resources).split("<body")[1]


AVALON_TITLE = (
    "Letter from Hitler to Mussolini, March 8, 1940 (1)\n"
    "Previous Document Nazi-Soviet Relations Page Next Document\n\n"
    "DUCE: For some weeks I have wished to write to you about the position of our two "
    "countries. (2)\n\n"
    "The situation on the Western front remains quiet, and the winter has favoured us.\n\n"
    "ADOLF HITLER\n\n"
    "Notes\n\n"
    "(1) Translated from the German text of the file copy.\n\n"
    "(2) See the letter of January 3.\n"
)


def test_a_title_note_call_in_round_brackets(resources: Resources) -> None:
    facts = text_facts(AVALON_TITLE, resources)
    assert facts["title"] == "Letter from Hitler to Mussolini, March 8, 1940"
    assert facts["date"] == "1940-03-08"


FARM = (
    "Letter From President Kennedy to Chairman Khrushchev - History\n\n"
    "We are searching data for your request:\n\n"
    "Forums and discussions:\n"
    "Manuals and reference books:\n"
    "Data from registers:\n"
    "Wait the end of the search in all databases.\n"
    "Upon completion, a link will appear to access the found materials.\n\n"
    "Washington, February 3, 1963.\n\n"
    "DEAR MR. CHAIRMAN, I have your letter about the seismic stations and I shall answer it "
    "at length once our experts have studied it.\n"
)


def test_a_content_farm_block_is_furniture(resources: Resources) -> None:
    facts = text_facts(FARM, resources)
    assert facts["date"] == "1963-02-03"
    assert facts["place_of_origin"] == "Washington"
    assert "searching data" not in text_xml(FARM, resources).split("<body")[1]
