"""Rules from the misses of the other43 blind sample (national editions in their original
languages: the Swedish white books on Project Runeberg, histdoc.net's Finnish translations of
German telegrams, the Yugoslav Military History Institute's Zbornik on znaci.org).

The Scandinavian white books head a document with its number and the parties joined by
`till` (`til`) and the day (`90. Richert till Günther 24 april 1940.`): a bare name is the
party's, never a place; an office with its post (`Sändebudet i Moskva`) is the sender, its
post the place. `Rapport 541, ink. till UD 25/4.` and `Telegram. Inl. s. XI.` name the form.
The Finnish translation's heading puts the holder in brackets and the addressee in the
allative (`... (Tippelskirch) Saksan ulkoministeriölle`); `Sähkösanoma` is a telegram,
`Saapunut ...` its receipt, `Nr. 2095 vom 4.10.` the Foreign Office's number; Finnish case
forms of the register's places are read by the Finnish declension table. The Zbornik's
sending and receipt run on in one line with `godine u 06.04 časova`; its series title, part
and pager are furniture, its capitals heading with `OD` and the day the title. A hard-wrapped
line runs on into a line opening with an accented small letter (`önskar`) as into `wished`."""

from __future__ import annotations

import pytest

from tei.convert.declension import declined
from tests.cases import text_facts, text_xml

_SV_BODY = "Telegram.\nEnligt vad jag erfar har tyska regeringen begärt transit.\n"


@pytest.mark.parametrize(("heading", "sender", "place"), [
    ("206. Sändebudet i Moskva till UD 18 maj 1940.", "Sändebudet i Moskva", "pla-moscow"),
    ("12. Sendemannen i Berlin til utenriksministeren 3 mai 1940.", "Sendemannen i Berlin",
     "pla-berlin"),
])
def test_a_white_books_heading_names_the_office_its_post_and_the_day(
        heading: str, sender: str, place: str, resources) -> None:
    xml = text_xml(f"{heading}\n{_SV_BODY}", resources)
    sent = xml.split('<correspAction type="sent">', 1)[1].split("</correspAction>", 1)[0]
    assert f"<roleName>{sender}</roleName>" in sent and f'ref="#{place}"' in sent
    assert text_facts(f"{heading}\n{_SV_BODY}", resources)["doc_type"] == "telegram"


def test_a_white_books_heading_between_persons_gives_no_place_of_a_name(resources) -> None:
    text = ("90. Richert till Günther 24 april 1940.\nRapport 541, ink. till UD 25/4.\n"
            "Berlin den 24 april 1940.\nPå anmodan inställde jag mig i dag hos ministern.\n")
    facts = text_facts(text, resources)
    assert facts["date"] == "1940-04-24" and facts["doc_type"] == "report"
    assert facts["place_of_origin"] == "Berlin"
    assert 'placeName ref="#pla-richert"' not in text_xml(text, resources)


def test_a_finnish_translations_heading_receipt_and_number(resources) -> None:
    text = ("Auf deutsch.\n\nSaksan Moskovan lähetystön asiainhoitaja (Tippelskirch) Saksan "
            "ulkoministeriölle\n\nSähkösanoma\n\nMoskova, 4. lokakuuta 1940 klo 22.40\n"
            "Saapunut 5. lokakuuta 1940 klo 6.30\nNr. 2095 vom 4.10.\n\n"
            "Molotov otti minut vastaan tänään Kremlissä.\n")
    facts = text_facts(text, resources)
    assert facts["sender"] == ["Tippelskirch"] and facts["doc_type"] == "telegram"
    assert facts["date"] == "1940-10-04" and facts["date_received"] == "1940-10-05T06:30"
    assert facts["telegram_number"] == "2095"
    assert "Auf deutsch" not in text_xml(text, resources).split("<text", 1)[1]


def test_a_german_number_line_with_its_year_keeps_the_sending_date(resources) -> None:
    text = "FERNSCHREIBEN\nNr. 3104 vom 26.10.1962\n\nDie Regierung hat heute geantwortet.\n"
    assert text_facts(text, resources)["date"] == "1962-10-26"


def test_finnish_case_forms_of_the_registers_places(resources) -> None:
    assert {"Moskovan", "Moskovaan", "Moskovassa"} <= set(declined("Moskova", "fi"))
    assert {"Berliiniin", "Berliinissä"} <= set(declined("Berliini", "fi"))
    assert "Venäjällä" in declined("Venäjä", "fi")
    xml = text_xml("Helsinki 3. toukokuuta 1940.\n\nLähettiläs palasi Tukholmasta "
                   "Berliiniin ja sieltä Moskovaan.\n", resources)
    for place in ("pla-stockholm", "pla-berlin", "pla-moscow"):
        assert f'ref="#{place}"' in xml.split("<text", 1)[1]


def test_a_zbornik_page_title_and_the_sent_received_line(resources) -> None:
    text = ("ZBORNIK DOKUMENATA VOJNOISTORIJSKOG INSTITUTA: TOM XIV - KNJIGA 3\n\n"
            "Sadržaj Prethodni dokument Sledeći dokument\n\n"
            "TELEGRAM POSLANIKA U ANKARI OD 12. MARTA 1944. PREDSEDNIKU VLADE U KAIRU1\n\n"
            "ŠIFROVANI TELEGRAM\n\nPoslano iz Ankare 12 marta 1944 godine u 19.20 časova "
            "Primljeno u Kairu 13 marta 1944 godine u 08.45 časova\n\n"
            "Turske vlasti obećale su pomoć.\n")
    facts = text_facts(text, resources)
    assert facts["title"] == ("TELEGRAM POSLANIKA U ANKARI OD 12. MARTA 1944. PREDSEDNIKU "
                              "VLADE U KAIRU")
    assert facts["date"] == "1944-03-12" and facts["date_received"] == "1944-03-13T08:45"
    assert facts["doc_type"] == "telegram"
    assert "ZBORNIK" not in text_xml(text, resources).split("<text", 1)[1]


def test_an_english_capitals_title_is_no_zbornik_heading(resources) -> None:
    text = ("TELEGRAM FROM POLISH EMBASSY IN CAIRO (KOWALCZYK), 3 MARCH 1963\n\n"
            "Ciphergram No. 2811\n\nThe minister received me today.\n")
    assert not str(text_facts(text, resources)["title"]).endswith(" 19")


def test_a_wrapped_line_runs_on_into_an_accented_small_letter(resources) -> None:
    text = ("312. Sändebudet i Berlin till UD 3 oktober 1940.\nTelegram.\n"
            "I dag meddelade statssekreteraren Woermann mig att tyska regeringen\n"
            "önskar förhandla om nya transporter över Trelleborg och Haparanda under\n"
            "november. Han bad mig vidarebefordra förfrågan till Stockholm.\n")
    body = text_xml(text, resources).split('<div type="message">', 1)[1]
    assert "<head>" not in body and "regeringen önskar" in body
