"""Rules from the misses of the other35 blind sample (originals and translations outside
the Wilson Center: a German documents edition's item pages, the Diplomatic Documents of
Switzerland, the National Security Archive's readers as OpenEdition carries them). A German
edition's record fields over a telegram are read: `Quelle:` is the archive file,
`Telegramm-Abgang:` / `Telegramm-Ankunft:` the days and hours of sending and receipt,
`Praesentatsdatum:` the registration, `Laufende Botschafts/Konsulats-Nummer: Nr. 312` the
number (a labelled number's repeated `Nr.` dropped); its language switch (`Deutsch :: de`)
and item id (`1912-03-07-DE-011`) are furniture. The German editions' heading `Der <office>
(<holder>) an das/den <addressee>` gives the parties; the German receipt line (`Ankunft den
5. Oktober 1940 6.30 Uhr`) and a dateline's bracketed German or French receipt (`Bern, 18.
März 1919 (Ankunft: 19. März., 10 h)`) the date received. The Swiss edition's permalink
(`dodis.ch/44005`) is the document's reference; a French heading splits its parties at `à
la` / `, à` (`La Division ... à la Légation de Suisse à Paris`) and, broken after its last
preposition, is read with the line that ends it (its note call dropped). A documents
reader's numbered heading (`Document No. 26: <title>, <date>`) under the editors' names is
the title and date; a translation's credit in the platform's language (`Traduction de X`,
`Übersetzt von X`) names the translator. Each is tried on invented variants unlike the
sample's."""

from __future__ import annotations

import pytest

from tests.cases import text_facts, text_xml

_BODY = ("Der Minister sagte mir heute, die Regierung werde keine Truppen schicken. "
         "Ich habe geantwortet, daß ich nach Berlin berichten würde.\n")


@pytest.mark.parametrize(("post", "number", "sent", "received", "when"), [
    ("Botschafts/Konsulats", "2361", "04/02/1916 05:25 PM", "04/02/1916 11:44 PM",
     "1916-04-02T23:44"),
    ("Konsulats", "77", "04/02/1916 10:00 AM", "04/03/1916 01:15 AM", "1916-04-03T01:15"),
])
def test_a_german_editions_record_fields(post: str, number: str, sent: str, received: str,
                                         when: str, resources) -> None:
    text = ("1916-04-02-DE-003\nDeutsch :: de\n"
            "Quelle: DE/PA-AA/R 20111\nZentraljournal: 1916-A-9001\n"
            f"Telegramm-Abgang: {sent}\nTelegramm-Ankunft: {received}\n"
            "Praesentatsdatum: 04/03/1916 a.m.\n"
            f"Laufende {post}-Nummer: Nr. {number}\nZustand: A\n\n"
            "Der Konsul in Aleppo (Rössler) an das Auswärtige Amt\n\nTelegraphischer Bericht\n\n"
            "Aleppo, den 2. April 1916\n\n" + _BODY)
    facts = text_facts(text, resources)
    assert facts["archive_idno"] == "DE/PA-AA/R 20111"
    assert facts["telegram_number"] == number and facts["date_received"] == when
    assert facts["doc_type"] == "telegram" and facts["sender"] == ["Rössler"]
    body = text_xml(text, resources).split("<text")[1]
    assert "Deutsch ::" not in body and "DE-003" not in body


@pytest.mark.parametrize(("heading", "sender", "addressee"), [
    ("Der Botschafter in Wien (Tschirschky) an den Reichskanzler (Bethmann Hollweg)",
     "Tschirschky", "Bethmann Hollweg"),
    ("Der Gesandte in Bern (Romberg) an das Auswärtige Amt", "Romberg", None),
    ("Die Botschaft in Rom (Flotow) an den Staatssekretär (Jagow)", "Flotow", "Jagow"),
])
def test_the_german_editions_heading_names_the_parties(heading: str, sender: str,
                                                       addressee: str | None,
                                                       resources) -> None:
    text = f"{heading}\n\nTelegramm\n\nBerlin, den 3. Mai 1915\n\n{_BODY}"
    facts = text_facts(text, resources)
    assert any(sender in name for name in facts["sender"])
    if addressee:
        assert any(addressee in name for name in facts["addressee"])


@pytest.mark.parametrize(("line", "when"), [
    ("Ankunft den 5. Oktober 1940 6.30 Uhr", "1940-10-05T06:30"),
    ("Eingang am 12. Juli 1939, 9.15 Uhr", "1939-07-12T09:15"),
])
def test_a_german_receipt_line_under_the_dateline(line: str, when: str, resources) -> None:
    text = ("Drahtbericht des Botschafters in Rom\n\nTelegramm\n\n"
            "Rom, den 11. Juli 1939 22.40 Uhr\n" f"{line}\nNr. 412 vom 11. 7.\n\n" + _BODY)
    assert text_facts(text, resources)["date_received"] == when


@pytest.mark.parametrize(("dateline", "place", "date"), [
    ("Bern, 18. März 1919 (Ankunft: 19. März., 10 h)", "Bern", "1919-03-18"),
    ("Paris, 3 mai 1920 (Reçu: 4 mai, 9 h)", "Paris", "1920-05-03"),
])
def test_a_datelines_bracketed_receipt_in_german_or_french(dateline: str, place: str,
                                                           date: str, resources) -> None:
    text = ("dodis.ch/40001\n"
            "La Division des Affaires étrangères du Département politique à la Légation de "
            "Suisse à Vienne\n" f"{dateline}\n" + _BODY)
    facts = text_facts(text, resources)
    assert facts["place_of_origin"] == place and facts["date"] == date
    assert facts["date_received"] and facts["date_received"] > date
    assert facts["archive_idno"] == "dodis.ch/40001"


@pytest.mark.parametrize(("first", "second", "title"), [
    ("Le Chef du Département politique à la Légation de Suisse à", "Berlin 2",
     "Le Chef du Département politique à la Légation de Suisse à Berlin"),
    ("Le Ministre de Suisse à Londres, C. R. Paravicini, au Chef du Département politique à",
     "Berne 1",
     "Le Ministre de Suisse à Londres, C. R. Paravicini, au Chef du Département politique à "
     "Berne"),
])
def test_a_heading_broken_after_its_preposition(first: str, second: str, title: str,
                                                resources) -> None:
    text = f"{first}\n{second}\nBern, 2. April 1920\n{_BODY}"
    assert text_facts(text, resources)["title"] == title


@pytest.mark.parametrize("heading", [
    "L'Ambassadeur de France à Londres, M. Fleuriau, à M. Briand, Ministre des Affaires "
    "étrangères",
    "La Légation de Suisse à Rome à la Division des Affaires étrangères",
])
def test_a_french_headings_parties_split_at_its_a(heading: str, resources) -> None:
    from tei.convert import load_resources  # noqa: F401 (the fixture's resources)
    from tei.convert.context import Context
    from tei.convert.parties import title_parties
    parties = title_parties(heading, Context(resources, "t"))
    assert parties is not None and all(part.strip() for part in parties)
    assert parties[1].lstrip().startswith(("M. Briand", "la Division", "Division"))


@pytest.mark.parametrize(("names", "heading", "title", "date"), [
    ("Svetlana Savranskaya\nThomas Blanton\n",
     "Document No. 26: Notes of CC CPSU Politburo Session, June 20, 1988",
     "Notes of CC CPSU Politburo Session, June 20, 1988", "1988-06-20"),
    ("Anna Novak\n",
     "Document No. 7: Memorandum of Conversation between Kádár and Brezhnev, 4 December 1968",
     "Memorandum of Conversation between Kádár and Brezhnev, 4 December 1968", "1968-12-04"),
])
def test_a_readers_numbered_heading_under_the_editors_names(names: str, heading: str,
                                                            title: str, date: str,
                                                            resources) -> None:
    text = (f"{names}\n\n{heading}\n\n"
            "1The editors' headnote explains why the document matters. It was found in Moscow.\n")
    facts = text_facts(text, resources)
    assert facts["title"] == title and facts["date"] == date


@pytest.mark.parametrize(("credit", "name"), [
    ("Traduction de Svetlana Savranskaya", "Svetlana Savranskaya"),
    ("Übersetzt von Karl Weber", "Karl Weber"),
    ("Traducción de José Luis García", "José Luis García"),
])
def test_a_translation_credit_in_the_platforms_language(credit: str, name: str,
                                                        resources) -> None:
    text = ("Document No. 3: Record of Conversation between Gorbachev and Kohl, June 12, 1989\n\n"
            f"{credit}\n\n"
            "1The two leaders met in Bonn. The talks were frank.\n")
    assert text_facts(text, resources)["translator"] == name
