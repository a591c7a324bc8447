"""Rules for the European editions as their publishers print and post them (cw65):

- the French and Belgian editions' heading with a capitalised title of nobility after `Le`
  (`Le Vicomte Davignon, ...`), a name's particle (`à M. van Zeeland`) and two offices after
  the addressee, the second perhaps in small letters (`Premier Ministre, Ministre des
  Affaires étrangères`; `Garde des Sceaux, chargé de l'intérim ...`) (table `frus`);
- an edition's bare number without a stop (`No 42`, `N° 17`) over the heading is the
  document's number in the volume, not the telegram's (`frus` row `document-number`);
- the AAPD's file line with an early volume's desk in Roman figures (`VS-Bd. 2225 (I A 1)`);
- the Italian edition's number with its series' letters after a space, alone in the left
  column of a PDF line (`T. 5621/312 R.`);
- the confidential print's number and form in one bracket (`(No. 38. Telegraphic.)`), and
  its head (property notice, `CHINA.`, `CONFIDENTIAL.`, `[F 1083/2/10]`: table `print-head`,
  `pages/print_head.py`) standing over the heading does not hide the heading's receipt;
- the Dutch edition's web page furniture: the Huygens site's name, the editions' names with
  their years, a menu holding a search link in another language, the pager in Dutch, French
  or German; its number line with handling words (`Nr. 217. Zeer urgent.`);
- the edition's archive line under the notes (`Archief Ministerie van Buitenlandse Zaken,
  ..., inv.nr. 2417.`; the Belgian `..., dossier 11.123.`) is none of the last note's;
- `'s-Gravenhage, 10 mei 1940` is a dateline; `Hr. Ms. Van Galen` is a ship;
- a hyphenated surname names its register person alone (`M. Bienvenu-Martin`); the French
  offices `garde des sceaux` and `chargé de l'intérim` in capitals are no names.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

DDB = (
    "DOCUMENTS DIPLOMATIQUES BELGES 1920-1940 — TOME IV                        117\n\n"
    "No 42\n\n"
    "Le Vicomte Davignon, Ambassadeur de Belgique à Berlin,\n"
    "à M. van Zeeland, Premier Ministre, Ministre des Affaires étrangères.\n\n"
    "TÉLÉGRAMME No 45.\n\n"
    "Berlin, le 7 mars 1936.\n\n"
    "Le Baron von Neurath m'a remis le mémorandum (1).\n\n"
    "DAVIGNON.\n\n"
    "(1) Voir le document n° 43.\n\n"
    "Archives du Ministère des Affaires étrangères, Bruxelles, Allemagne 1936, dossier 11.123.\n"
)


def test_a_capitalised_noble_title_a_particle_and_two_offices(resources: Resources) -> None:
    facts = text_facts(DDB, resources)
    assert facts["sender"] == ["Jacques Davignon"]
    assert facts["addressee"] == ["Paul van Zeeland"]
    assert facts["date"] == "1936-03-07"


def test_a_bare_edition_number_is_not_the_telegrams(resources: Resources) -> None:
    assert text_facts(DDB, resources)["telegram_number"] == "45"


def test_the_archive_line_under_the_notes(resources: Resources) -> None:
    facts = text_facts(DDB, resources)
    assert facts["notes"] == 1
    assert str(facts["signed"]).startswith("DAVIGNON")
    assert "dossier 11.123" in (facts["archive_idno"] or "")


def test_an_early_aapd_desk_in_roman_figures(resources: Resources) -> None:
    facts = text_facts(
        "Botschafter Blankenhorn, Paris, an das Auswärtige Amt\n\n"
        "114-11234/63 geheim                       Aufgabe: 12. März 1963, 19.40 Uhr\n"
        "Fernschreiben Nr. 412                     Ankunft: 12. März 1963, 21.05 Uhr\n\n"
        "De Gaulle received me today.\n\n[Blankenhorn]\n\n"
        "VS-Bd. 2225 (I A 1); B 150, Aktenkopien 1963\n", resources)
    assert facts["archive_idno"] == "VS-Bd. 2225 (I A 1); B 150, Aktenkopien 1963"


def test_the_italian_number_with_letters_alone_in_its_column(resources: Resources) -> None:
    facts = text_facts(
        "L'AMBASCIATORE A MOSCA, ROSSO,\nAL MINISTRO DEGLI ESTERI, CIANO\n\n"
        "T. 5621/312 R.                                      Mosca, 23 agosto 1939, ore 23,50\n"
        "                                                    (per. ore 6,10 del 24).\n\n"
        "Ribbentrop è stato ricevuto da Stalin.\n", resources)
    assert facts["telegram_number"] == "5621/312 R."
    assert facts["doc_type"] == "telegram"
    assert facts["date_received"] == "1939-08-24T06:10"


def test_the_confidential_print_head_and_its_bracket(resources: Resources) -> None:
    text = (
        "THIS DOCUMENT IS THE PROPERTY OF HIS BRITANNIC MAJESTY'S GOVERNMENT.\n\n"
        "CHINA.                                              CONFIDENTIAL.\n\n"
        "                                                    [F 1083/2/10]\n\n"
        "No. 45.\n\n"
        "Sir M. Lampson to Sir Austen Chamberlain.—(Received February 3.)\n\n"
        "(No. 38. Telegraphic.)                             Peking, February 2, 1927.\n\n"
        "O'Malley has seen Chen at Hankow.\n")
    facts = text_facts(text, resources)
    assert facts["telegram_number"] == "38"
    assert facts["doc_type"] == "telegram"
    assert facts["date_received"] == "1927-02-03"
    assert '"#per-owen-omalley">O\'Malley</persName>' in text_xml(text, resources)


DUTCH = (
    "Huygens ING - Resources\n"
    "Documenten betreffende de buitenlandse politiek van Nederland 1919-1945\n"
    "Zoeken   Inleiding   Register van personen\n\n"
    "Nr. 12\n\n"
    "De gezant te Londen (Michiels van Verduynen) aan de minister van Buitenlandse Zaken "
    "(Van Kleffens)\n\n"
    "TELEGRAM\n's-Gravenhage, 13 mei 1940\nNr. 217. Zeer urgent.\n\n"
    "Lord Halifax ontving mij¹. Hr. Ms. Hereward ligt gereed.\n\nMICHIELS\n\n"
    "¹ Koningin Wilhelmina vertrok dezelfde dag.\n\n"
    "Archief Ministerie van Buitenlandse Zaken, Londens archief, inv.nr. 2417.\n\n"
    "Vorige document | Volgende document\n"
)


def test_the_dutch_web_page_its_number_and_dateline(resources: Resources) -> None:
    facts = text_facts(DUTCH, resources)
    assert facts["title"].startswith("De gezant te Londen")
    assert facts["addressee"] == ["Eelco van Kleffens"]
    assert facts["telegram_number"] == "217"
    assert facts["date"] == "1940-05-13"
    assert facts["place_of_origin"] == "The Hague"


def test_the_dutch_note_archive_line_and_ship(resources: Resources) -> None:
    facts = text_facts(DUTCH, resources)
    xml = text_xml(DUTCH, resources)
    assert facts["notes"] == 1
    assert "Londens archief, inv.nr. 2417" in (facts["archive_idno"] or "")
    assert "Hereward</persName>" not in xml
    assert '<persName ref="#per-wilhelmina">Koningin Wilhelmina</persName>' in xml


def test_a_hyphenated_surname_and_french_offices_in_capitals(resources: Resources) -> None:
    text = ("M. PALÉOLOGUE, AMBASSADEUR DE FRANCE À SAINT-PÉTERSBOURG,\n"
            "À M. BIENVENU-MARTIN, GARDE DES SCEAUX, CHARGÉ DE L'INTÉRIM DES AFFAIRES "
            "ÉTRANGÈRES.\n\n"
            "T. n° 312.                       Saint-Pétersbourg, 25 juillet 1914, 3 h. 20.\n\n"
            "M. Sazonoff m'a dit ce matin que la mobilisation était décidée.\n\nPALÉOLOGUE.\n")
    assert text_facts(text, resources)["addressee"] == ["Jean-Baptiste Bienvenu-Martin"]
    xml = text_xml(text, resources)
    assert ">GARDE DES SCEAUX</persName>" not in xml
    assert "INTÉRIM</persName>" not in xml
