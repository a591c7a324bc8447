"""Rules from the misses of the other41 blind sample (national editions: Dodis, the French
translation of the German documents of 1914 on Wikisource, the Pearl Harbor hearings'
intercepts of Japanese telegrams, Ciano's telegrams, a Soviet collection's Israeli telegram).
A Wikisource translation's header template names the translator on a line over the
publisher's line with the book's pages (`Traduction par X.` / `Alfred Costes (3p. 27-28).`):
the translator is the header's, the lines the page's; the edition's `N° 491` under them is
the page's too. A French edition's heading of two offices, each after its article, joined by
`à l'`/`à la`/`au` (`Le Chancelier de l’Empire à l’Ambassadeur à Paris[1].`) is an editors'
heading: the title, the parties. An intercept's `From:` field giving the post and an office in
brackets (`From: Tokyo (Foreign Minister)`) names that office as the sender. Each is tried on
invented variants unlike the sample's."""

from __future__ import annotations

import pytest

from tests.cases import text_facts, text_xml

_FR_BODY = ("Veuillez informer le Gouvernement que nous attendons sa réponse. Télégraphiez "
            "immédiatement.\n\nHOLSTEIN.\n")


@pytest.mark.parametrize(("translation", "publisher", "translator"), [
    ("Traduction par Camille Jordan.", "Alfred Costes (3p. 27-28).", "Camille Jordan"),
    ("Traduit par Louis Garnier", "Payot, 1925 (tome 1, p. 12).", "Louis Garnier"),
])
def test_a_wikisource_translations_translator_and_publisher_lines(
        translation: str, publisher: str, translator: str, resources) -> None:
    text = (f"Documents allemands/88\n\nLa bibliothèque libre.\nTélégramme du ministre\n"
            f"{translation}\n{publisher}\nN° 88\n\nLe Ministre des Affaires étrangères à "
            f"l’Ambassadeur à Rome.\n\nTélégramme 41.\n\nBerlin, le 2 août 1914.\n\n{_FR_BODY}")
    xml = text_xml(text, resources)
    header, body = xml.split("<text", 1)
    assert "<resp>Translation</resp>" in header and translator in header
    assert publisher.split(" (")[0] not in body and "N° 88" not in body
    facts = text_facts(text, resources)
    assert facts["telegram_number"] == "41" and facts["date"] == "1914-08-02"


def test_a_translator_line_without_the_publishers_under_it_is_no_wikisource_page(
        resources) -> None:
    text = ("Traduction par Jean Roux.\n\nParis, le 3 mai 1920.\n\nLe Gouvernement a reçu la "
            "note (p. 4).\n")
    assert "Le Gouvernement a reçu la note" in text_xml(text, resources).split("<text", 1)[1]


@pytest.mark.parametrize(("heading", "sender", "addressee"), [
    ("Le Chancelier de l’Empire à l’Ambassadeur à Vienne[1].", "Le Chancelier de l’Empire",
     "l’Ambassadeur à Vienne"),
    ("L'Ambassadeur en Italie au Ministre des Affaires étrangères.", "L'Ambassadeur en Italie",
     "Ministre des Affaires étrangères"),
    ("Le Ministre des Affaires étrangères au Chargé d’affaires à Londres.",
     "Le Ministre des Affaires étrangères", "Chargé d’affaires à Londres"),
])
def test_a_french_heading_of_two_offices_under_the_editions_number(
        heading: str, sender: str, addressee: str, resources) -> None:
    text = f"N° 17\n\n{heading}\n\nTélégramme 12.\n\nRome, le 3 août 1914.\n\n{_FR_BODY}"
    xml = text_xml(text, resources)
    correspondence = xml.split("<correspDesc>", 1)[1].split("</correspDesc>", 1)[0]
    sent, received = correspondence.split('type="received"')
    assert f"<roleName>{sender}</roleName>" in sent
    assert f"<roleName>{addressee}</roleName>" in received
    assert text_facts(text, resources)["telegram_number"] == "12"


@pytest.mark.parametrize(("field", "office"), [
    ("From: Tokyo (Foreign Minister)", "Foreign Minister"),
    ("FROM: Rome (Ambassador)", "Ambassador"),
])
def test_an_intercepts_post_with_its_office_in_brackets(field: str, office: str,
                                                         resources) -> None:
    text = (f"SECRET\n\n{field}\nTo: Washington\n2 October 1941\n#622\n\nPlease report "
            f"at once.\n\nARMY 22990          Trans. 10-3-41 (S)\n")
    sent = text_xml(text, resources).split('type="sent"', 1)[1].split("</correspAction>")[0]
    assert f"<roleName>{office}</roleName>" in sent


def test_a_post_with_a_name_in_brackets_names_the_person(resources) -> None:
    text = ("SECRET\n\nFrom: Tokyo (Toyama)\nTo: Washington\n2 October 1941\n#622\n\n"
            "Please report at once.\n")
    sent = text_xml(text, resources).split('type="sent"', 1)[1].split("</correspAction>")[0]
    assert "<persName" in sent and "<roleName>" not in sent
