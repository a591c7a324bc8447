"""Rules for archival scans' OCR and PDF text of many countries (ocr68):

- a heading letter-spaced as one word, perhaps with its stop, is read as that word (`T E L E
  G R A M M`, `T e l e g r a m m.`: a telegram; `spaced_lines`); a state telegraph service's
  name at the head of its form (`T E L E G R A F O S`, `CORREIOS E TELÉGRAFOS`; table
  `heading`, row `letterhead`) is a letterhead, taken only where no reading of the letters
  is a form's name or a grade;
- no register name is read inside a letter-spaced run (`T E L E G R A F O S` holds no `F O`,
  the Foreign Office; `register._letter_spaced`);
- a Fraktur print's long s is read as s when names are looked up (`Warſchau`: Warsaw;
  `romanised.untoned`);
- an NSA Venona release's `Comments:` line under the notes on its cover names is one more
  note (table `footnotes`); a note glosses a cover name with a surname's particle (`Ramon
  MERCADER del Rio`) or after the cover word's translation (`STARIK: i.e. "OLD MAN", Lev
  Davidovich TROTSKIJ.`; table `cover-gloss`);
- the Nordic forms' dateline with the day in figures and the hour after `klo`/`kl.`, no comma
  (`Moskova 14.10.39 klo 23.05`), and the Finnish receipt so dated (`Saapunut 15.10.39 klo
  07.40`; table `heading`);
- the Greek ministry's grades (`ΑΠΟΡΡΗΤΟΝ`, `ΑΚΡΩΣ ΑΠΟΡΡΗΤΟΝ`, `ΕΜΠΙΣΤΕΥΤΙΚΟΝ`) are
  classification lines, so that the form's number line under them is the telegram's;
- (after looking at the held samples) the CIA review box with its fields empty, the day in
  words and the tick before `DECLASSIFIED` is declassification (`NEXT REVIEW DATE:`, `DATE: 4
  FEB 80   REVIEWER:`, `[X] DECLASSIFIED`), and an empty box closing a line of capitals is a
  form's box, no gap (`NO CHANGE IN CLASS. [ ]`; `inline_brackets.checkbox`); a situation
  report's `(as of 0900 EST, 29 October 1956)` under its title dates it; the Portuguese
  outgoing form's `Para a Embaixada em Washington`, `Em 29 de janeiro de 1942` and `N.o 34`
  (table `heading-edition`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml


def test_a_spaced_form_name_read_as_one_word(resources: Resources) -> None:
    facts = text_facts(
        "T e l e g r a m m.\n\n                      Berlin, den 26. Juli 1914.\n\n"
        "Bitte Herrn Sasonow zu erklären, daß wir warten.\n\n           Jagow.\n", resources)
    assert facts["doc_type"] == "telegram"
    assert facts["place_of_origin"] == "Berlin"


def test_a_spaced_telegraph_letterhead_holds_no_name(resources: Resources) -> None:
    xml = text_xml(
        "   T E L E G R A F O S              TELEGRAMA  OFICIAL\n\n"
        "                                Burgos 29 de julio de 1936\n\n"
        "Columnas llegaron anoche a Somosierra.\n\n                 MOLA\n", resources)
    assert 'subtype="letterhead">T E L E G R A F O S<' in xml
    assert "Foreign Office" not in xml


def test_a_long_s_is_read_as_s_in_names(resources: Resources) -> None:
    xml = text_xml(
        "Telegramm\n\nBerlin, den 25. März 1939\n\n"
        "Ich bitte Sie, in Warſchau mitzuteilen, daß wir bereit ſind.\n\n    Beck\n",
        resources)
    assert '<placeName ref="#pla-warsaw">Warſchau</placeName>' in xml


VENONA = (
    "                 VENONA\n\nFrom: MEXICO CITY\nTo:   MOSCOW\n"
    "No:   244                     17 August 1943\n\n"
    "To VIKTOR[i].\n\n     RAJMOND[ii] was moved [3 groups unrecovered]. The widow of\n"
    "STARIK[iii] wrote.\n\n"
    "                                 YuRIJ\n\n"
    "Notes:  [i]   VIKTOR: Lt. Gen. P. M. FITIN.\n"
    "        [ii]  RAJMOND: Ramon MERCADER del Rio, the assassin of TROTSKIJ.\n"
    "        [iii] STARIK: i.e. \"OLD MAN\", Lev Davidovich TROTSKIJ.\n\n"
    "Comments: The lawyer may be RAJMOND's counsel.\n"
)


def test_a_venona_comments_line_under_the_notes_is_a_note(resources: Resources) -> None:
    assert text_facts(VENONA, resources)["notes"] == 4


def test_a_venona_gloss_with_a_particle_or_a_translation(resources: Resources) -> None:
    xml = text_xml(VENONA, resources)
    assert '<persName ref="#per-ramon-mercader">RAJMOND</persName>' in xml
    assert '<persName ref="#per-leon-trotsky">STARIK</persName>' in xml
    assert "#pla-rio-de-janeiro" not in xml


def test_a_nordic_dateline_in_figures_with_klo(resources: Resources) -> None:
    facts = text_facts(
        "S Ä H K Ö S A N O M A\n\n"
        "Moskova 14.10.39 klo 23.05                    Saapunut 15.10.39 klo 07.40\n"
        "                                              N:o  41\n"
        "Ulkoministeriö,\n    Helsinki.\n\n     Second meeting today in the Kremlin.\n\n"
        "                                 PAASIKIVI\n", resources)
    assert facts["date"] == "1939-10-14"
    assert facts["place_of_origin"] == "Moscow"
    assert str(facts["date_received"]).startswith("1939-10-15T07:40")


def test_a_greek_grade_keeps_the_number_line_in_the_heading(resources: Resources) -> None:
    facts = text_facts(
        "ΥΠΟΥΡΓΕΙΟΝ  ΕΞΩΤΕΡΙΚΩΝ                              ΑΠΟΡΡΗΤΟΝ\n"
        "Διπλωματικόν και Ιστορικόν Αρχείον  1947/Φ.36/4\n\n"
        "                        (Translation)\n\n"
        "                       T E L E G R A M\n\n"
        "No. 3018                                  Athens, 4th March 1947.\n\n"
        "Royal Greek Embassy,\n     Washington.\n\n"
        "     Mr. MacVeagh informed me this morning.\n\n"
        "                                          TSALDARIS\n", resources)
    assert facts["telegram_number"] == "3018"


def test_a_crest_review_box_and_an_as_of_date(resources: Resources) -> None:
    facts = text_facts(
        "Approved For Release 2002/05/08 : CIA-RDP79R00890A000700110004-1\n\n"
        "                          DOCUMENT NO.   12\n"
        "                          NO CHANGE IN CLASS. [ ]\n"
        "                          [X] DECLASSIFIED\n"
        "                          CLASS. CHANGED TO:  TS S C\n"
        "                          NEXT REVIEW DATE:\n"
        "                          AUTH: HR 70-2\n"
        "                          DATE: 4 FEB 80   REVIEWER:\n\n"
        "              OFFICE OF CURRENT INTELLIGENCE\n\n"
        "              SITUATION REPORT ON HUNGARY  No. 4\n"
        "                (as of 0900 EST, 29 October 1956)\n\n"
        "     a. Budapest radio announced that Soviet troops will withdraw.\n\n"
        "     b. Insurgent councils are reported in control of Gyor.\n", resources)
    assert facts["date"] == "1956-10-29"
    assert facts["gaps"] == 0


def test_a_portuguese_outgoing_form_without_colons(resources: Resources) -> None:
    facts = text_facts(
        "             MINISTERIO DAS RELAÇÕES EXTERIORES\n\n"
        "                  TELEGRAMA  EXPEDIDO\n"
        "                                                     CONFIDENCIAL\n"
        "   Para a Embaixada em Washington\n"
        "   Em 29 de janeiro de 1942                              N.o  34\n\n"
        "   Rompidas ontem relações com o Eixo. Telegrafe resultado.\n\n"
        "                                                     EXTERIORES\n", resources)
    assert facts["date"] == "1942-01-29"
    assert facts["telegram_number"] == "34"
