"""Rules for the header facts of East European documents in English translation (bloc73):

- the Bulgarian archives' references in Cyrillic (`ЦДА, ф. 1-Б, оп. 35, а.е. 5612, л. 3-5`,
  `АМВнР, оп. 14, а.е. 412`): the sigla the repository, the rest the shelfmark, a fond
  maybe left out (table `archival-reference`, the Cyrillic row);
- an archive's full name with its sigla in brackets, then the file (`Arhiva Ministerului
  Afacerilor Externe (AMAE), fond Telegrame, ...`): the name with its sigla the repository;
- a registration number with its day after a slash or `of` (`Ref. № 187/ 9 VI 1975`):
  the sender's own number and the document's date (table `heading`, row `outgoing`);
- the Romanian telegram number with its day after `din` (`Nr. 20/04123 din 7.06.1973`,
  `Telegramă nr. 066.940 din 23.05.1978`): the telegram's number and date (table
  `heading`, rows `cable-number`);
- the Czech incoming and outgoing forms (`Došlý telegram č. 7412`), the English form
  after a slash repeating the number (same row);
- the Hungarian cipher form's `Tel. szám:` and its kin: the telegram's number (table
  `heading-labels`, item `number`);
- an East-bloc mission's letterhead with its seat after a comma (`Embassy of the People's
  Republic of Bulgaria, Hanoi`): the place of origin (table `heading`, row `letterhead`;
  `heading_places._MISSION` in ordinary case);
- an ordinal copy line (`2nd copy`): the heading's copy line, no heading of the text
  (table `heading`, row `copy`);
- Pyongyang's names in the East European languages (`Phenian`, ...): the register;
- a Hungarian-order date with the translation's English month after the year's stop, the
  day closed by its own (`Moscow, 1975. April 14.`): read (`date_shapes`);
- a form's labelled line whose clock ends in two figures after a stop (`Dispatch:
  14.IV.1978 – 19.10`) is no FRUS heading without its number, its minutes no note anchor
  (`pages/frus._unnumbered_heading`): the page stays a telegram, its lines its own;
- an inside address's `Comrade` (`Towarzysz`, `Genosse`, `Soudruh`) alone over the name, no
  blank line between: one line with it (`read._BARE_COMRADE`), the addressee read.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

BULGARIAN = ("Embassy of the People's Republic of Bulgaria, Hanoi\n\n"
             "Strictly Secret!\nCopy No. 1\nRef. № 187/ 9 VI 1975\n\nINFORMATION\n\n"
             "about the talks with Comrade Hoang Van Loi\n\n"
             "On 6 June I was received by Comrade Hoang Van Loi.\n\n"
             "Ambassador: Ivan GANEV\n\n{reference}. Translated by Kalina Bratanova.\n")


def test_a_registration_number_dated_after_a_slash_dates_the_document(
        resources: Resources) -> None:
    facts = text_facts(BULGARIAN.format(reference="ЦДА, ф. 1-Б, оп. 35, а.е. 5612, л. 3-5"),
                       resources)
    assert facts["date"] == "1975-06-09"
    assert facts["outgoing_number"] == "187"
    assert facts["telegram_number"] is None
    assert facts["place_of_origin"] == "Hanoi"


def test_bulgarian_cyrillic_references(resources: Resources) -> None:
    facts = text_facts(BULGARIAN.format(reference="ЦДА, ф. 1-Б, оп. 35, а.е. 5612, л. 3-5"),
                       resources)
    assert (facts["repository"], facts["archive_idno"]) == (
        "ЦДА", "ф. 1-Б, оп. 35, а.е. 5612, л. 3-5")
    assert facts["signed"] == "Ambassador: Ivan GANEV"
    facts = text_facts(BULGARIAN.format(reference="АМВнР, оп. 14, а.е. 412, л. 33-35"),
                       resources)
    assert (facts["repository"], facts["archive_idno"]) == ("АМВнР", "оп. 14, а.е. 412, л. 33-35")


ROMANIAN = ("TELEGRAM\n\n{number}\nStrictly secret\n2nd copy\n\n"
            "To the Embassy in Moscow\nComrade Gheorghe BADRUS, Ambassador\n\n"
            "Please request an audience with Comrade Andrei Gromyko.\n\nGeorge MACOVESCU\n\n"
            "{reference}\n")


def test_a_romanian_number_dated_after_din(resources: Resources) -> None:
    text = ROMANIAN.format(number="Nr. 20/04123 din 7.06.1973", reference="")
    facts = text_facts(text, resources)
    assert (facts["telegram_number"], facts["date"]) == ("20/04123", "1973-06-07")
    assert 'subtype="copy">2nd copy</ab>' in text_xml(text, resources)
    facts = text_facts(ROMANIAN.format(number="Telegramă nr. 066.940 din 23.05.1978",
                                       reference=""), resources)
    assert (facts["telegram_number"], facts["date"]) == ("066.940", "1978-05-23")


def test_an_archive_named_in_full_with_its_sigla_in_brackets(resources: Resources) -> None:
    facts = text_facts(ROMANIAN.format(
        number="Nr. 20/04123 din 7.06.1973",
        reference="Arhiva Ministerului Afacerilor Externe (AMAE), fond Telegrame, Moscova, "
                  "1973, vol. 3, f. 45-46"), resources)
    assert facts["repository"] == "Arhiva Ministerului Afacerilor Externe (AMAE)"
    assert facts["archive_idno"] == "fond Telegrame, Moscova, 1973, vol. 3, f. 45-46"


def test_a_czech_form_with_its_english_form_after_a_slash(resources: Resources) -> None:
    facts = text_facts(
        "Došlý telegram č. 7412 / Incoming telegram No. 7412\n\n"
        "Odesláno / Dispatched: Moskva, 24.VIII.1968, 22.15 hod.\n"
        "Přijato / Received: 25.VIII.1968, 0.40 hod.\n\nFor Comrade Jiří HÁJEK\n\n"
        "Comrade Kuznetsov did not wish to comment.\n\nKOUCKÝ\n", resources)
    assert facts["telegram_number"] == "7412"
    assert facts["date_received"] == "1968-08-25T00:40"


def test_a_hungarian_telegram_number_label_and_phenian(resources: Resources) -> None:
    facts = text_facts(
        "Hungarian Embassy\nCiphered telegram\nTel. szám: 232\n"
        "Phenian, 14 December 1968\n\nThe Foreign Ministry informed us today.\n\nKádas\n",
        resources)
    assert facts["telegram_number"] == "232"
    assert facts["place_of_origin"] == "Pyongyang"


def test_a_hungarian_order_date_with_an_english_month(resources: Resources) -> None:
    facts = text_facts(
        "Embassy of the Hungarian People's Republic\nMoscow\n\nMEMORANDUM\n\n"
        "Moscow, 1975. April 14.\n\nOn 11 April I visited the head of the Korean desk.\n\n"
        "Szűcs Ferenc\n", resources)
    assert facts["date"] == "1975-04-14"


def test_a_dispatch_line_with_its_clock_is_no_frus_heading(resources: Resources) -> None:
    text = ("Ciphered telegram\nNo. 412\nDispatch: 14.IV.1978 – 19.10\n"
            "Received: 14.IV.1978 – 21.45\n\nTo Comrade Fischer\n\n"
            "Comrade Czyrek informed me today.\n\nMoldt\n")
    facts = text_facts(text, resources)
    assert (facts["date"], facts["telegram_number"]) == ("1978-04-14", "412")
    assert facts["doc_type"] == "telegram"
    assert 'bibl type="source">Dispatch' not in text_xml(text, resources)


def test_comrade_alone_over_the_addressees_name(resources: Resources) -> None:
    facts = text_facts(
        "Central Committee of the Polish United Workers' Party\nForeign Department\n\n"
        "Warsaw, 3 November 1980\nSecret\n\nComrade\nStanisław KANIA\n"
        "First Secretary of the CC PUWP\n\nDear Comrade,\n\n"
        "I submit the proposals for the programme of talks.\n\n"
        "With comradely greetings\nWacław Piątkowski\n", resources)
    assert facts["addressee"] == ["Stanisław Kania"]
