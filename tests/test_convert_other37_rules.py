"""Rules from the misses of the other37 blind sample (European editions' originals and
translations: the Kautsky documents on the BYU archive, the Documents diplomatiques français
on French Wikisource, Ciano's ciphered telegrams, a Spanish legation's despatch, Documents on
German Foreign Policy on Avalon, a Dutch inquiry's annex). A dateline's civil year may carry
Fascist Italy's era year after it (`Roma, 30 luglio 1936 - XIV`: the civil date) and a
printed edition's several note markers (`Juli 19142 3`). The German `Telegramm 36` (and the French,
Italian and Spanish words) labels the telegram's number, which wins over the edition's bare
`Nr. 162`; the Italian and German words for telegram, singular or plural, name the
form (`TELEGRAMMI CIFRATI`). A French edition's heading, an honorific, a name and an office
for each party (`M. X, Ministre ..., à M. Y, Ambassadeur ....`), is the title and gives the
parties, even under the edition's number; a Wikisource page's tagline (`La bibliothèque
libre.`) is furniture, and the header template's citation (`..., Texte établi par ...`)
closes the page's head, the lines between them the editors' analysis (the summary). After an
office the Romance `di`/`de` and a place or a body (`l'ambasciatore di Francia`, `Incaricato
di Affari`, `Presidente del Congreso`) name no person; the register knows the Italian,
French, Spanish, German and Dutch names of the European powers. A Spanish `Despacho oficial`
(and the French `dépêche`) is a letter; a page's first line said again below it (alone or
closing a line) is the page's title. A mission's letterhead in its own language (`LEGACIÓN DE
ESPAÑA`, `AMBASCIATA D'ITALIA`) with its seat under it (`EN WASHINGTON.`) gives the place.
DGFP's film serial and frame under the document's number (`140/75622`) is the archive's
reference, Avalon's title line (`<collection> - <heading>`) page text, and a receipt's day
and hour joined by a hyphen (`October 1-12: 20 a.m.`) reads as the day and the hour. Each is
tried on invented variants unlike the sample's."""

from __future__ import annotations

import pytest

from tests.cases import text_facts, text_xml

_IT_BODY = ("L'Incaricato di Affari di Gran Bretagna ha protestato ieri; ho risposto che "
            "istruzioni venivano inviate all'ambasciatore di Francia.\n")


@pytest.mark.parametrize(("dateline", "when"), [
    ("Roma, 30 luglio 1936 - XIV", "1936-07-30"),
    ("Milano, 12 ottobre 1938-XVI", "1938-10-12"),
    ("Berlino, 5 maggio 1937, anno XV", "1937-05-05"),
    ("Roma, 2 febbraio 1940 XVIII E.F.", "1940-02-02"),
])
def test_the_fascist_era_year_after_the_civil_year(dateline: str, when: str,
                                                   resources) -> None:
    facts = text_facts(f"{dateline}\n\n{_IT_BODY}", resources)
    assert facts["date"] == when


@pytest.mark.parametrize(("title", "office"), [
    ("TELEGRAMMI CIFRATI", "Roma"),
    ("Telegramma cifrato", "Napoli"),
])
def test_the_italian_telegram_words_and_the_romance_of_after_an_office(
        title: str, office: str, resources) -> None:
    text = f"{title}\n\n{office}, 3 marzo 1937 - XV\n\n{_IT_BODY}"
    facts = text_facts(text, resources)
    assert facts["doc_type"] == "telegram"
    body = text_xml(text, resources).split("<text")[1]
    assert "per-di-francia" not in body and "per-di-affari" not in body
    assert 'ref="#pla-france"' in body and 'ref="#pla-united-kingdom"' in body


@pytest.mark.parametrize(("number_line", "dateline", "signature"), [
    ("Telegramm 36", "Sofia, den 25. Juli 19142 3", "Michahelles"),
    ("Telegramm Nr. 215", "Bukarest, den 3. August 19142 3", "Waldthausen"),
])
def test_a_german_editions_telegram_with_its_numbers(number_line: str, dateline: str,
                                                     signature: str, resources) -> None:
    number = number_line.split()[-1]
    text = (f"Nr. 417\nDer Gesandte in {dateline.split(',')[0]} an das Auswärtige Amt1\n\n"
            f"{number_line}                          {dateline}\nGeheim !\n\n"
            "Ministerpräsident sprach mir heute davon, daß die Regierung jetzt gefestigt sei.\n\n"
            f"                                   {signature}\n\n"
            "1 Nach der Entzifferung.\n2 Aufgegeben vormittags.\n3 Siehe Nr. 22.\n")
    facts = text_facts(text, resources)
    assert facts["telegram_number"] == number and facts["doc_type"] == "telegram"
    assert facts["date"] and facts["date"].startswith("1914-0")
    assert facts["signed"] == signature


@pytest.mark.parametrize(("heading", "sender", "addressee", "place"), [
    ("M. de Freycinet, Ministre des Affaires étrangères, à M. de Saint-Vallier, Ambassadeur "
     "de France à Berlin.", "Freycinet", "Saint-Vallier", "Paris"),
    ("M. Jules Cambon, Ambassadeur de France à Berlin, à M. Stephen Pichon, Ministre des "
     "Affaires étrangères.", "Cambon", "Pichon", "Berlin"),
])
def test_a_french_editions_heading_on_a_wikisource_page(heading: str, sender: str,
                                                        addressee: str, place: str,
                                                        resources) -> None:
    text = ("Documents diplomatiques français (1871-1914), série 2, tome 5/14\n\n"
            "La bibliothèque libre.\n"
            "Entretien avec le chancelier. Dispositions conciliantes du Gouvernement impérial.\n"
            "Documents diplomatiques français (1871-1914), série 2, tome 5, Texte établi par "
            "Pierre Durand (Commission de publication), Imprimerie nationale (p. 17).\n\n"
            f"14.\n\n{heading}\n\nD. s. no .\n{place}, 4 mars 1905.\n\n"
            "J'ai l'honneur de vous rendre compte de mon entretien avec le chancelier.\n")
    facts = text_facts(text, resources)
    assert facts["title"] == heading and facts["doc_type"] == "letter"
    assert any(sender in name for name in facts["sender"])
    assert any(addressee in name for name in facts["addressee"])
    assert facts["summary"] and facts["summary"].startswith("Entretien avec le chancelier")
    assert "bibliothèque libre" not in text_xml(text, resources).split("<text")[1]


@pytest.mark.parametrize(("letterhead", "seat", "place"), [
    ("LEGACIÓN DE ESPAÑA", "EN WASHINGTON.", "Washington"),
    ("AMBASCIATA D'ITALIA", "A BERLINO", "Berlin"),
])
def test_a_missions_despatch_under_a_repeated_page_title(letterhead: str, seat: str,
                                                         place: str, resources) -> None:
    text = ("Modelo de Despacho oficial.\nArchivo histórico. Modelo de Despacho oficial.\n\n"
            f"{letterhead}\n{seat}\nNúm. 118.\nExcmo. Señor:\n"
            "Muy Señor mío: El Ministro de Negocios Extranjeros me recibió ayer en audiencia.\n")
    facts = text_facts(text, resources)
    assert facts["title"] == "Modelo de Despacho oficial."
    assert facts["doc_type"] == "letter" and facts["place_of_origin"] == place


@pytest.mark.parametrize(("reference", "received", "when"), [
    ("140/75622", "Received October 1-12: 20 a.m.", "1938-10-01T00:20"),
    ("2871/D 565278-80", "Received March 4-11: 45 p.m.", "1939-03-04T23:45"),
])
def test_dgfp_film_numbers_and_a_hyphened_receipt_hour(reference: str, received: str,
                                                       when: str, resources) -> None:
    year = when[:4]
    heading = "The Minister in Rumania to the Foreign Ministry"
    text = (f"Series D Documents - {heading}\n\nNo. 12\n{reference}\n\n{heading}\n\n"
            f"Telegram\n\nNo. 88 of March 4\n\nBUCHAREST, March 4, {year} 9:00 p.m.\n"
            f"{received}\n\nThe Foreign Minister told me today that the Government would "
            "not change its course.\n")
    facts = text_facts(text, resources)
    assert facts["archive_idno"] == reference and facts["date_received"] == when
    assert facts["title"] == heading
