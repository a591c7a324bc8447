"""Rules for the continental European documentary editions in English translation (edits62):

- the French edition's circular heading in small letters (`M. Couve de Murville, Ministre
  des Affaires étrangères, aux Représentants diplomatiques de France à ...`) is a heading
  (table `frus`, row `heading`) naming its sender; its `aux ...` half, the Swiss edition's
  `au ...` and the German `an den ...` continue a heading broken over two lines;
- the Swiss printed edition's heading in French or German (`Der schweizerische Gesandte in
  Moskau, H. Flückiger, an den Vorsteher ..., M. Petitpierre1`) names both parties, and its
  source note on the heading (`1 Telegramm: CH-BAR#...* (B.15.21.Russland).`) gives the
  shelfmark;
- the Belgian edition's sender by his title of nobility after `Le` (`Le baron de Gaiffier
  d'Hestroy, Ministre de Belgique à Paris, à M. Hymans, ...`), its receipt after `le`
  (`(Reçu le 15 mai.)`); the editions' number line with the form in full (`Télégramme n°
  78.`, `TELEGRAMM Nr. 45`) or a circular's (`T. circulaire n° 45.`) gives the number;
- a note anchor in round brackets mid-sentence after a word (`agreements (1) between`);
- the AAPD's OCR running head (`12. Mai 1976: Gehlhoff an Botschaft Washington   142`) is
  furniture; `Drahterlass` is a telegram; the file line's run-on `Aufgabe:` field is a line
  of its own; `Fernschreiben Nr. 2134 Plurez` gives the number; `Für Botschafter X` is
  the addressee;
- `Federal Councillor` and `Councillor` are titles before a surname (`Councillor Petitpierre`);
- the Swiss Federal Archives' older shelfmark alone under the document's number (`E 2001 (D)
  2/243`, `E 2300 Paris/12`) is the archive reference; `Suisse` is Switzerland (so that
  `Ministre de Suisse` holds no person `de Suisse`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

DDF_CIRCULAR = (
    "18\n\n"
    "M. Couve de Murville, Ministre des Affaires étrangères,\n"
    "aux Représentants diplomatiques de France à Londres, Washington et Bonn.\n\n"
    "T. circulaire n° 45.                         Paris, 12 janvier 1963, 21 h.\n\n"
    "The Nassau agreements (1) between Mr. Macmillan and President Kennedy were signed.\n\n"
    "(1) See D. 245.\n"
)


def test_a_circular_heading_in_small_letters_names_its_sender(resources: Resources) -> None:
    facts = text_facts(DDF_CIRCULAR, resources)
    assert facts["sender"] == ["Maurice Couve de Murville"]
    assert facts["date"] == "1963-01-12"
    assert facts["telegram_number"] == "45"
    assert facts["place_of_origin"] == "Paris"


def test_a_bracketed_anchor_mid_sentence_makes_a_note(resources: Resources) -> None:
    assert text_facts(DDF_CIRCULAR, resources)["notes"] == 1


def test_the_swiss_heading_and_its_source_note(resources: Resources) -> None:
    facts = text_facts(
        "Der schweizerische Gesandte in Moskau, H. Flückiger,\n"
        "an den Vorsteher des Politischen Departements, M. Petitpierre1\n\n"
        "TELEGRAMM Nr. 45                               Moskau, 2. Juni 1947, 18.30 Uhr\n\n"
        "Molotov received me today.\n\nFLÜCKIGER\n\n"
        "1 Telegramm: CH-BAR#E2001E#1967/113#1234* (B.15.21.Russland).\n", resources)
    assert facts["sender"] == ["Hermann Flückiger"]
    assert facts["addressee"] == ["Max Petitpierre"]
    assert facts["telegram_number"] == "45"
    assert facts["archive_idno"] == "CH-BAR#E2001E#1967/113#1234*"


def test_a_noble_sender_and_the_receipt_after_le(resources: Resources) -> None:
    facts = text_facts(
        "Document 78\n\n"
        "Le baron de Gaiffier d'Hestroy, Ministre de Belgique à Paris,\n"
        "à M. Hymans, Ministre des Affaires étrangères.\n\n"
        "Télégramme n° 78.                     Paris, le 14 mai 1920.\n"
        "(Reçu le 15 mai.)\n\n"
        "Mr. Millerand told me this morning that the proposal was accepted.\n\nGaiffier\n",
        resources)
    assert facts["sender"] == ["Edmond de Gaiffier d'Hestroy"]
    assert facts["addressee"] == ["Paul Hymans"]
    assert facts["date_received"] == "1920-05-15"
    assert facts["telegram_number"] == "78"


def test_the_aapd_running_head_and_instruction_lines(resources: Resources) -> None:
    facts = text_facts(
        "12. Mai 1976: Gehlhoff an Botschaft Washington                       142\n\n"
        "142\n\n"
        "Drahterlass des Staatssekretärs Gehlhoff\n\n"
        "204-321.00 USA-1123/76 geheim Aufgabe: 12. Mai 1976, 19.12 Uhr\n"
        "Fernschreiben Nr. 2134 Plurez\n"
        "Citissime\n\n"
        "Für Botschafter von Staden\n\n"
        "1) The Federal Minister will meet Secretary of State Kissinger in Oslo.\n\n"
        "Gehlhoff\n", resources)
    assert facts["title"] == "Drahterlass des Staatssekretärs Gehlhoff"
    assert facts["doc_type"] == "telegram"
    assert facts["date"] == "1976-05-12"
    assert facts["telegram_number"] == "2134"
    assert facts["addressee"] == ["Berndt von Staden"]


def test_a_councillor_before_a_surname(resources: Resources) -> None:
    xml = text_xml("Telegram No. 12                      Bern, 3 May 1950\n\n"
                   "Councillor Petitpierre said that Councillor Wahlen agreed.\n\nZEHNDER\n",
                   resources)
    assert 'Councillor <persName ref="#per-max-petitpierre">' in xml
    assert 'Councillor <persName ref="#per-friedrich-traugott-wahlen">' in xml


def test_the_older_swiss_shelfmark_and_the_minister_of_switzerland(resources: Resources) -> None:
    text = ("45\nE 2300 Paris/12\n\n"
            "Le Ministre de Suisse à Paris, W. Stucki, au Chef du Département politique, "
            "M. Pilet-Golaz\n\nR Confidentiel                          Paris, 12 juillet 1940\n\n"
            "Marshal Pétain received me this morning.\n\nW. Stucki\n")
    facts = text_facts(text, resources)
    assert facts["archive_idno"] == "E 2300 Paris/12"
    assert facts["sender"] == ["Walter Stucki"]
    assert facts["addressee"] == ["Marcel Pilet-Golaz"]
    assert ">de Suisse</persName>" not in text_xml(text, resources)
