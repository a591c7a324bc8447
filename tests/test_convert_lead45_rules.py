"""Rules from the unseen-layout probe of session 37 (lead45: a Swiss documents database's
record page, a Greek documents edition's telegram, a Japanese ministry's incoming telegram
form, a Spanish archives portal's record over a translated telegram):

- a multilingual site's language switch (`Deutsch  Français  Italiano  English`, `EN | FR |
  DE`) is navigation, so a bar of links holding it is the site's bar, not the page's
  heading;
- any government's documents edition named `Documents on <Adjective> Foreign Policy`, its
  years and subtitle after it, is the edition's masthead; a printed edition's imprint
  (`Edited by ... . Athens, 2011.`) is the book's line, not the document's;
- an edition site's buttons in the Spanish, Portuguese, French, German and Italian portals
  (`Imprimir   Añadir a favoritos   Compartir`) are navigation;
- the Spanish portals' `Archivo:` field is the repository;
- a record's title field under the line taken for the page's title (the portal's name over
  the fields) is the title;
- a form's field of the time a telegram was sent or received (`Date received:`, `Time
  sent:`) names nobody.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

BODY = (
    "The Prime Minister received me this morning and spoke of the crisis.\n\n"
    "I shall report again after the Council meets tomorrow.\n"
)


def test_a_language_switch_makes_a_bar_of_links_the_site_s(resources: Resources) -> None:
    text = ("dodis.ch/18811\n"
            "Search  |  Advanced search  |  Help  |  Deutsch  Français  Italiano  English\n\n"
            "Telegram from the Swiss Legation in Paris to the Political Department\n\n"
            "Type: Telegram\nDate: 4.11.1956\nArchival classification: "
            "CH-BAR#E2001E#1970/217#412*\n\n"
            "TELEGRAM No. 88\n\nParis, 4 November 1956, 6 p.m.\n\n" + BODY + "\nBurckhardt\n")
    facts = text_facts(text, resources)
    assert facts["title"] == ("Telegram from the Swiss Legation in Paris to the Political "
                              "Department")
    assert facts["archive_idno"] == "CH-BAR#E2001E#1970/217#412*"
    assert "Advanced search" not in text_xml(text, resources).split("<text")[1]


def test_a_language_switch_in_codes_is_navigation(resources: Resources) -> None:
    found = resources.patterns.match("page-furniture", "EN | FR | DE")
    assert found is not None and found[0] == "navigation"
    assert resources.patterns.match("page-furniture", "English Channel") is None


def test_any_government_s_documents_edition_and_its_imprint_are_the_book_s(
        resources: Resources) -> None:
    text = ("Documents on Turkish Foreign Policy, 1960–1964: The Cyprus Question\n"
            "Edited by the Research Centre of the Ministry. Ankara, 2009.\n\n"
            "— 112 —\n\n"
            "Turkish Embassy, Athens, to the Ministry of Foreign Affairs, Ankara\n\n"
            "Telegram No. 2217\nAthens, 23 December 1963\nMost urgent\n\n" + BODY
            + "\nBayülken\n")
    facts = text_facts(text, resources)
    assert (facts["date"], facts["telegram_number"], facts["place_of_origin"]) == (
        "1963-12-23", "2217", "Athens")


def test_a_portal_s_buttons_in_spanish_are_navigation(resources: Resources) -> None:
    for buttons in ("Imprimir   Añadir a favoritos   Compartir", "Imprimer | Partager",
                    "Drucken Teilen"):
        found = resources.patterns.match("page-furniture", buttons)
        assert found is not None and found[0] == "navigation", buttons


def test_a_portal_s_record_title_field_is_the_title_and_its_archive_the_repository(
        resources: Resources) -> None:
    text = ("PARES. Portal de Archivos Españoles\n"
            "Imprimir   Añadir a favoritos   Compartir\n\n"
            "Código de referencia: ES.28079.AMAE//R-5731/12\n"
            "Título: Despacho del embajador de España en Lisboa sobre la visita del "
            "presidente del Consejo\n"
            "Archivo: Archivo del Ministerio de Asuntos Exteriores\n\n"
            "DESPATCH No. 412\n\nLisbon, 3 May 1958\n\n" + BODY + "\nNICOLÁS FRANCO\n")
    facts = text_facts(text, resources)
    assert str(facts["title"]).startswith("Despacho del embajador de España en Lisboa")
    assert facts["repository"] == "Archivo del Ministerio de Asuntos Exteriores"
    assert facts["archive_idno"] == "ES.28079.AMAE//R-5731/12"


def test_a_form_s_time_fields_name_nobody(resources: Resources) -> None:
    text = ("Telegram (Incoming)\nNumber: 1190\n"
            "Date sent: June 2, 1960, 18:05\nTime received: June 3, 1960, 09:40\n"
            "From: Ambassador Asakai (United States)\nTo: Foreign Minister Fujiyama\n\n"
            "1. Today Secretary Herter asked me to call on him.\n")
    xml = text_xml(text, resources)
    assert "<persName ref=\"#per-time\">" not in xml and 'xml:id="per-date"' not in xml
    assert text_facts(text, resources)["date"] == "1960-06-02"
