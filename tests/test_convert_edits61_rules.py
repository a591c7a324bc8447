"""Rules for the continental European documentary editions in English translation (edits61):

- the German edition's (AAPD) heading by the form and the holder's office in the genitive
  (`Drahtbericht des Botschafters Sahm, Moskau`, `Drahterlass des Staatssekretärs Gehlhoff`)
  is a title shape (`title-shapes` row `parties`) naming its sender alone, his post after the
  comma; such a declared shape makes the line the page's title though no addressee is named;
- the Austrian editions' heading of the parties by rank and surname joined by `an`
  (`Gesandter Franckenstein an Bundeskanzler Schober`) and the Dutch edition's offices with
  the holders in brackets joined by `aan` are title shapes naming both parties;
- an edition's bare number over such a heading (`73`, `214.`, `Dok. 45`, `Document 78`) is the
  edition's, not the document's text;
- the editions' archive lines are shelfmarks (`archival-reference`): the AAPD's file line
  (`VS-Bd. 10123 (213); B 150, Aktenkopien 1975`), the DDF's bracketed source (`(Collection
  des télégrammes, Moscou, 1966.)`), the Dutch code archive (`Code-archief BZ 1955-1964,
  inv.nr. 1234`) and the Swiss Federal Archives' (`Signature: CH-BAR#...*`, also as an
  unknown field of a dodis.ch record, where it comes before the record's permalink);
- dodis.ch's `Recommended quotation:` is its citation field and its foot's `Persons` and
  `Places` index headings are index fields, not names;
- the AAPD's record of a conversation (`Gespräch des Bundesministers Genscher mit ...`) is a
  title and a record of conversation; the Italian edition's circular heading (`IL MINISTRO
  DEGLI ESTERI, SFORZA, ALLE AMBASCIATE A ...`) names its sender, and its number may carry
  the series' letters (`T. SEGRETO 4412/C.`);
- the Dutch heading may open with its form (`MEMORANDUM VAN DE ... (X) AAN DE ... (Y)`);
  dodis.ch's German interface has its own field labels (`Zitierempfehlung`, `Typ`, `Autor`,
  `Zusammenfassung`), its German title names the offices (`Telegramm der ... an das ...`),
  and `Politisches Departement` is the Swiss Federal Political Department;
- the German desk officers' rank with its class (`Vortragender Legationsrat I. Klasse`) is
  a title, `I. Klasse` no initial and surname; a numbered `Bericht Nr.`/`Bericht Zl.` is a
  report.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

AAPD = (
    "{number}\n\n"
    "{heading}\n\n"
    "Fernschreiben Nr. 845\n"
    "Aufgabe: 12. März 1975, 18.30 Uhr\n\n"
    "Gromyko received me today in the presence of Vortragender Legationsrat I. Klasse "
    "Meyer-Landrut.\n\n"
    "[Sahm]\n\n"
    "{file}\n"
)


def test_a_genitive_heading_names_its_sender_and_post(resources: Resources) -> None:
    facts = text_facts(AAPD.format(number="73", heading="Drahtbericht des Botschafters "
                                   "Sahm, Moskau", file=""), resources)
    assert facts["title"] == "Drahtbericht des Botschafters Sahm, Moskau"
    assert facts["sender"] == ["Ulrich Sahm"]
    assert facts["place_of_origin"] == "Moscow"


def test_the_aapd_file_line_is_the_shelfmark(resources: Resources) -> None:
    facts = text_facts(AAPD.format(number="73", heading="Drahtbericht des Botschafters "
                                   "Sahm, Moskau", file="VS-Bd. 10123 (213); B 150, "
                                   "Aktenkopien 1975"), resources)
    assert facts["archive_idno"] == "VS-Bd. 10123 (213); B 150, Aktenkopien 1975"
    assert facts["signed"] == "[Sahm]"


def test_the_rank_s_class_is_no_person(resources: Resources) -> None:
    xml = text_xml(AAPD.format(number="73", heading="Drahtbericht des Botschafters Sahm, "
                               "Moskau", file=""), resources)
    assert ">I. Klasse</persName>" not in xml
    assert ">Meyer-Landrut</persName>" in xml


def test_a_rank_an_rank_heading_names_both_parties(resources: Resources) -> None:
    facts = text_facts(
        "Dok. 45\n\nGesandter Franckenstein an Bundeskanzler Schober\n\n"
        "Bericht Nr. 123/Pol.   London, 3. März 1930\n\n"
        "Mr. MacDonald received me yesterday.\n\nFranckenstein\n", resources)
    assert facts["title"] == "Gesandter Franckenstein an Bundeskanzler Schober"
    assert facts["sender"] == ["Georg Franckenstein"]
    assert facts["addressee"] == ["Johann Schober"]
    assert facts["doc_type"] == "report"


def test_a_dutch_aan_heading_names_both_holders(resources: Resources) -> None:
    facts = text_facts(
        "312.\n\nDE AMBASSADEUR TE WASHINGTON (VAN ROIJEN) AAN DE MINISTER VAN BUITENLANDSE "
        "ZAKEN (LUNS)\n\nCode-archief BZ 1955-1964, inv.nr. 1234\n\n"
        "TELEGRAM 845   WASHINGTON, 12 maart 1956\n\nDulles told me today.\n\nVan Roijen\n",
        resources)
    assert facts["addressee"] == ["Joseph Luns"]
    assert facts["archive_idno"] == "Code-archief BZ 1955-1964, inv.nr. 1234"


def test_the_ddf_bracketed_source_is_the_shelfmark(resources: Resources) -> None:
    facts = text_facts(
        "142\n\nM. BAUDET, AMBASSADEUR DE FRANCE À MOSCOU,\n"
        "À M. COUVE DE MURVILLE, MINISTRE DES AFFAIRES ÉTRANGÈRES.\n\n"
        "T. nos 1234 à 1240.\nMoscou, 3 mars 1966, 19 h 40.\n\n"
        "Mr. Kosygin received me this morning.\n\n"
        "(Collection des télégrammes, Moscou, 1966.)\n", resources)
    assert facts["archive_idno"] == "Collection des télégrammes, Moscou, 1966"


def test_a_dodis_record_s_signature_field_comes_before_its_permalink(resources: Resources
                                                                     ) -> None:
    xml = text_xml(
        "dodis.ch/30145\nTelegram from the Swiss Ambassador in Washington (Lindt) to the "
        "Political Department\nRecommended quotation:  Copy\nType: Telegram\n"
        "Date: 24.10.1962\nPlace: Washington\nAuthor: Lindt, August R.\n"
        "Signature: CH-BAR#E2001E#1976/17#1234*\nLanguage: German\n\n"
        "Telegram No. 412   Washington, 24 October 1962, 18.00\n\n"
        "Ball asked me to come to the State Department.\n\nLINDT\n\n"
        "Persons\nBall, George W. (1909–1994)\nPlaces\nCuba\n", resources)
    assert xml.index("CH-BAR#E2001E#1976/17#1234*</idno>") < xml.index("dodis.ch/30145</idno>")
    assert ">Persons</persName>" not in xml
    assert ">Places</persName>" not in xml


def test_a_conversation_record_heading_is_the_title(resources: Resources) -> None:
    facts = text_facts(
        "311\n\nGespräch des Bundesministers Genscher mit dem sowjetischen Außenminister "
        "Gromyko in Moskau\n\n14. Oktober 1975\n\nGenscher opened the conversation.\n",
        resources)
    assert facts["title"].startswith("Gespräch des Bundesministers Genscher")
    assert facts["doc_type"] == "record of conversation"


def test_an_italian_circular_heading_names_its_sender(resources: Resources) -> None:
    facts = text_facts(
        "57\n\nIL MINISTRO DEGLI ESTERI, SFORZA,\nALLE AMBASCIATE A LONDRA, PARIGI E "
        "WASHINGTON\n\nT. SEGRETO 4412/C.                 Roma, 12 febbraio 1949, ore 22.\n\n"
        "I ask you to inform the Governments.\n", resources)
    assert facts["sender"] == ["Carlo Sforza"]
    assert facts["telegram_number"] == "4412/C."
    assert facts["date"] == "1949-02-12"


def test_a_dutch_memorandum_heading_names_both_holders(resources: Resources) -> None:
    facts = text_facts(
        "88.\n\nMEMORANDUM VAN DE CHEF DIRECTIE WESTERSE SAMENWERKING (VAN DER BEUGEL) AAN "
        "DE MINISTER VAN BUITENLANDSE ZAKEN (LUNS)\n\nKabinetsarchief, dossier 412\n\n"
        "The French Government wishes to discuss the treaty.\n\nVan der Beugel\n", resources)
    assert facts["addressee"] == ["Joseph Luns"]
    assert facts["doc_type"] == "memorandum"


def test_dodis_german_interface_fields_leave_the_text(resources: Resources) -> None:
    xml = text_xml(
        "dodis.ch/18822\nTelegramm der schweizerischen Botschaft in Washington an das "
        "Politische Departement\nZitierempfehlung:  Kopieren\nTyp: Telegramm\n"
        "Datum: 24.10.1962\nOrt: Washington\nAutor: Lindt, August R.\n"
        "Empfänger: Politisches Departement\nSignatur: CH-BAR#E2001E#1976/17#1234*\n"
        "Sprache: Deutsch\nZusammenfassung: Kubakrise. Das State Department fragt an.\n\n"
        "Telegram No. 412   Washington, 24 October 1962, 18.00\n\nBall asked me to come."
        "\n\nLINDT\n", resources)
    assert "<p>Autor:" not in xml
    assert "<summary>Kubakrise." in xml
    assert '<orgName ref="#org-federal-political-department">Federal Political Department' \
        in xml
