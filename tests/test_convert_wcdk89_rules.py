"""Rules for the Wilson Center Digital Archive's documents of the forms earlier waves had
least (wave 89, wcdk89), learnt from real pages (Politburo and Presidium working notes on
docslib, a plenum speech in docslib's copy of an older PDF export, a Hungarian report to the
Political Committee, Romanian notes of talks in the old layout, a CPSU Secretariat resolution
at its `.pdf` address, a foreign party's resolution forwarded to the CPSU CC):

- the PDF export's one-paragraph head read when its banner has no site address
  (`Digital Archive International History Declassified` alone) and its citation no link
  (table `run-on-heading`, row `pdf-export-paragraph`);
- a quoted Polish or Russian file title in a shelfmark naming a comrade after `tow.` / `tov.`:
  its stop ends no shelfmark (table `citation`, row `citation`);
- `Translated from Russian and Polish by X`: two source languages before the translator
  (table `citation`, row `translator`);
- `Contributed by X and translated by Y` in a source line: X a person who obtained the
  document, no part of the shelfmark (table `citation`, row `obtainer`);
- `SESSION OF THE CPSU CC POLITBURO 22 January 1981` (the day after the body, no `of`): the
  session's form and date (table `heading`, row `document-type`);
- a WCDA title `Notes from Meeting of ... with ...`: a record of conversation (table
  `doc-types`);
- a record's title closed by `in Moscow, 17 July 1964 (excerpts)` and a speech's by `,
  Warsaw`: the place of origin (table `title-facts`, rows `place`, `registered-place`);
- docslib's `[Show full text]` under the export's text: the store's line (table
  `page-furniture`, row `docbox-viewer`);
- a surname alone closing its line after the signature mark (`[signed] Ivanov`): a person
  (`signed_names.py`, called by `supplied_names.supplied_surnames`);
- an initial and a Slavic surname alone on their line (`V. Gorbunov`): no Roman-numbered
  section (table `sections`);
- register: Andrzej Żabiński; Khrushchev's Polish declined forms `Chruszczowa`,
  `Chruszczowem`.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

EXPORT = ("Digital Archive International History Declassified May 5, 1958 Speech by Comrade "
          "Gomulka at the 11th PUWP CC Plenum, Warsaw Citation: “Speech by Comrade Gomulka at the "
          "11th PUWP CC Plenum, Warsaw,” May 5, 1958, History and Public Policy Program Digital "
          "Archive, AAN, KC PZPR 2811, \"Przemówienie tow. Gomułki na XI Plenum K.C.,\" k. 3-9. "
          "Translated from Russian and Polish by Jan Kowal. Summary: Gomulka speaks on the "
          "harvest. Original Language: Polish Contents: English Translation\n"
          "Comrades, the harvest was good this year.\n")


def test_export_banner_without_site_address(resources: Resources) -> None:
    facts = text_facts(EXPORT, resources)
    assert facts["summary"] == "Gomulka speaks on the harvest."
    assert facts["original_language"] == "Polish"


def test_comrade_abbreviation_ends_no_shelfmark(resources: Resources) -> None:
    facts = text_facts(EXPORT, resources)
    assert facts["archive_idno"].endswith("k. 3-9")


def test_two_source_languages_before_translator(resources: Resources) -> None:
    assert text_facts(EXPORT, resources)["translator"] == "Jan Kowal"


def test_speech_title_closed_by_city(resources: Resources) -> None:
    assert text_facts(EXPORT, resources)["place_of_origin"] == "Warsaw"


def test_contributor_is_a_person_and_no_shelfmark(resources: Resources) -> None:
    text = ("Skip to content\n\nMarch 3, 1958\n\nResolution of the Central Committee on the "
            "Decisions\n\nThe plenum approves the Declaration.\n\nThe Chilean party informs the "
            "CPSU CC of its approval.\n\nDocument Information\n\nRGANI, f. 89, op. 32, d. 40, "
            "ll. 1-2. Contributed by Anna Nowak and translated by John Smith.\n")
    facts = text_facts(text, resources)
    assert facts["archive_idno"] == "RGANI, f. 89, op. 32, d. 40, ll. 1-2"
    assert facts["translator"] == "John Smith"
    assert ">Anna Nowak</persName>" in text_xml(text, resources)


SESSION = ("<<\n\nTop Secret Single Copy (Working Notes)\n\n"
           "SESSION OF THE CPSU CC POLITBURO 9 April 1981\n\nCde. L. I. BREZHNEV presiding.\n\n"
           "GROMYKO. The Polish comrades must act.\n")


def test_session_heading_dates_the_notes(resources: Resources) -> None:
    facts = text_facts(SESSION, resources)
    assert facts["date"] == "1981-04-09"
    assert facts["doc_type"] == "record of conversation"


def test_notes_from_meeting_title_in_city_with_day(resources: Resources) -> None:
    text = ("July 20, 1964\n\nNotes from Meeting of Romanian Delegation with Mao Zedong in "
            "Beijing, 20 July 1964 (excerpts)\n\nAfter the delegation arrived, a short walk "
            "was arranged.\n")
    facts = text_facts(text, resources)
    assert facts["doc_type"] == "record of conversation"
    assert facts["place_of_origin"] == "Beijing"


def test_show_full_text_is_the_stores(resources: Resources) -> None:
    xml = text_xml(EXPORT + "[Show full text]\n", resources)
    assert "Show full text" not in xml


STAMP = ("Skip to content\n\nMay 2, 1957\n\nLetter of the Central Committee\n\n"
         "We forward the resolution of the plenum.\n\n[signed] Petrenko\n\n"
         "V. Kolesov\n\n12 May\n\nThe plenum approves the decisions.\n")


def test_surname_after_signature_mark_is_a_person(resources: Resources) -> None:
    xml = text_xml(STAMP, resources)
    assert ">Petrenko</persName>" in xml


def test_initial_and_slavic_surname_is_no_section(resources: Resources) -> None:
    xml = text_xml(STAMP, resources)
    assert 'type="section"' not in xml
    assert ">V. Kolesov</persName>" in xml


def test_register_polish_declined_khrushchev_and_zabinski(resources: Resources) -> None:
    text = ("Warsaw, 16 January 1981\n\nNote on the talk of tow. Chruszczowa with "
            "Andrzej Zabinski in Katowice.\n")
    xml = text_xml(text, resources)
    assert "per-nikita-khrushchev" in xml
    assert "per-andrzej-zabinski" in xml


def test_session_title_with_comma_stays_the_title(resources: Resources) -> None:
    text = ("Skip to content\n\nOctober 4, 1984\n\nSession of the CC CPSU Politburo, 4 October 1984"
            "\n\nTop secret\n\nSESSION OF THE CC CPSU POLITBURO\n\n4 October 1984\n\n"
            "CHERNENKO. Let us begin.\n")
    title = text_facts(text, resources)["title"]
    assert title == "Session of the CC CPSU Politburo, 4 October 1984"
