"""Rules for the Central European national editions' own-language headings (series76):

- the Czechoslovak edition's heading with no form word, the sender's office and surname in
  the nominative, the addressee's office and surname in the dative (`Vyslanec v Berlíně
  Mastný ministru zahraničních věcí Kroftovi`): a `frus` `heading` row (the title) and a
  `title-shapes` `parties` row; the masculine dative in -ovi of a surname in -a
  (`Kroftovi`: Krofta, table `declension-cs`);
- its number line `Telegram č. 1093` (table `heading-edition`, row `cable-number`), its
  dateline with no comma after the place (`Berlín 14. září 1938`, row `dateline`) and the
  receipt in brackets (`(odesláno 22.15, došlo 15. září 0.40)`, row `transmission`);
- the Polish edition's heading naming the form and the sender's office, its subject on the
  next line after `w sprawie` (`pages/frus._SUBJECT_HALF`, a `frus` `heading` row), its
  line of the number, the post in the genitive and the receipt with the year's `r.,` before
  `godz.` (`Szyfrogram nr 5673/64 (z Waszyngtonu), otrzymano 13.05.1964 r., godz. 2.40`:
  row `transmission`, `date_shapes`);
- the Polish and Czechoslovak editions' names over the page (table `page-furniture`, row
  `edition-masthead`);
- the German Foreign Office's department journal number under the receipt in Documents on
  German Foreign Policy (`Pol. V 8214.`: `heading-edition`, row `other`), kept in the heading.

Seen on the held samples after scoring:

- the Nordic editions' heading, rank and surname, the post after a comma, `til`/`till` and the
  addressee (`Gesandt Kauffmann, Washington, til Udenrigsministeriet`: a `frus` `heading` row);
- the edition's document number `Nr. 97` over it is no telegram number (the `frus`
  `document-number` row), the number line `Telegram nr. 212` is;
- the Norwegian, Danish and Swedish receipt word (`Mottatt`, `Modtaget`, `Mottaget`: the
  `heading-transmission` row of received words);
- the Norwegian and Danish ministries' archives by their initials before the file key (`UD
  33.2/18, bd. 4`, `UM, 5.D.30, pk. 2`: table `archival-reference`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

CZECH = ("DOKUMENTY ČESKOSLOVENSKÉ ZAHRANIČNÍ POLITIKY\n"
         "Československá zahraniční politika v roce 1938, svazek II            412\n\n"
         "                              287\n\n"
         "   Vyslanec v Berlíně Mastný ministru zahraničních věcí Kroftovi\n\n"
         "Telegram č. 1093                                    Berlín 14. září 1938\n"
         "                                    (odesláno 22.15, došlo 15. září 0.40)\n\n"
         "Dnes odpoledne mne přijal státní sekretář. Sdělil mi, že vláda nemůže převzít "
         "odpovědnost za vývoj v pohraničí.\n\n                                  Mastný\n")

POLISH = ("POLSKIE DOKUMENTY DYPLOMATYCZNE 1964                              317\n\n"
          "                             142\n\n"
          "            Szyfrogram ambasadora w Waszyngtonie\n"
          "            w sprawie rozmowy z sekretarzem stanu\n\n"
          "                                      Waszyngton, 12 maja 1964 r.\n\n"
          "Szyfrogram nr 5673/64 (z Waszyngtonu), otrzymano 13.05.1964 r., godz. 2.40\n\n"
          "Dziś rano przyjął mnie sekretarz stanu na moją prośbę. Przekazałem mu stanowisko "
          "rządu w sprawie planu.\n\n                                    Michałowski\n")


def test_czech_heading_nominative_sender_dative_addressee(resources: Resources) -> None:
    facts = text_facts(CZECH, resources)
    assert facts["title"] == "Vyslanec v Berlíně Mastný ministru zahraničních věcí Kroftovi"
    assert facts["sender"] == ["Vojtěch Mastný"]
    assert facts["addressee"] == ["Kamil Krofta"]


def test_czech_number_dateline_without_comma_and_bracketed_receipt(
        resources: Resources) -> None:
    facts = text_facts(CZECH, resources)
    assert facts["telegram_number"] == "1093"
    assert facts["date"] == "1938-09-14"
    assert facts["place_of_origin"] == "Berlin"
    assert facts["date_received"] == "1938-09-15T00:40"


def test_polish_heading_with_subject_line_and_number_receipt_line(
        resources: Resources) -> None:
    facts = text_facts(POLISH, resources)
    assert facts["title"] == ("Szyfrogram ambasadora w Waszyngtonie w sprawie rozmowy z "
                              "sekretarzem stanu")
    assert facts["telegram_number"] == "5673/64"
    assert facts["date_received"] == "1964-05-13T02:40"
    assert facts["date"] == "1964-05-12"


def test_german_department_journal_number_stays_in_the_heading(resources: Resources) -> None:
    text = ("No. 158\n\n1571/380145-46\n\n"
            "The Chargé d'Affaires in Poland to the Foreign Ministry\n\nTelegram\n\n"
            "URGENT                          WARSAW, August 21, 1939—11:40 p.m.\n"
            "No. 412 of August 21            Received August 22—2:15 a.m.\n"
            "                                                   Pol. V 8214.\n\n"
            "The Under State Secretary asked me to call this evening on the question of "
            "Danzig.\n\n                                            WÜHLISCH\n")
    xml = text_xml(text, resources)
    assert "<p>Pol. V 8214.</p>" not in xml
    assert 'subtype="other">Pol. V 8214.</ab>' in xml
    assert text_facts(text, resources)["sender"] == ["Johann von Wühlisch"]


def test_nordic_heading_document_number_receipt_and_ministry_archive(
        resources: Resources) -> None:
    text = ("Nr. 41\n\nGesandt Kauffmann, Washington, til Udenrigsministeriet\n\n"
            "Telegram nr. 212                          Washington, 9. april 1941 kl. 22.00\n"
            "                                          Modtaget 10. april kl. 05.40\n\n"
            "Udenrigsministeren modtog mig i eftermiddag og talte længe om forhandlingerne, "
            "som han venter genoptaget i næste måned.\n\n"
            "                                                  Kauffmann\n\n"
            "UM, 105.D.24, pk. 3\n")
    facts = text_facts(text, resources)
    assert facts["title"] == "Gesandt Kauffmann, Washington, til Udenrigsministeriet"
    assert facts["telegram_number"] == "212"
    assert facts["date_received"] == "1941-04-10T05:40"
    assert facts["repository"] == "UM"
