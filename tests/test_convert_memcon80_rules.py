"""Rules for memoranda, records of talks, talking points and notes verbales in layouts the
tables lacked (memcon80):

- an edition's date line with its note's call in superscript glued to the year
  (`14. April 1975¹`, the AAPD's memorandum dated under its file line) is the date
  (`segment.date_alone`);
- a record's own heading naming its talks without the article (`Record of talks between the
  Prime Minister and Premier Chou En-lai on 22 April 1960`) dates it (table `meeting-held`)
  and, as the text's first head under a grade alone, is the title, its first party perhaps an
  office after `the` (`form_titles._record_parties`); the place and hours in brackets under
  it (`(Prime Minister's House, New Delhi, 4 p.m. to 7.15 p.m.)`) place it
  (`meeting_dates`);
- a third-person note's opening under the short heading lines a page leaves in the text (the
  ministry's name over two lines, `No. 41/OSA`, `NOTE`) makes it a memorandum
  (`notes_third_person.note_opening`);
- the drafter's labelled line at an unsigned paper's foot (`Prepared by: Helmut
  Sonnenfeldt` under talking points) names its sender (`drafting_lines.drafter_sender`);
- the notes verbales' openings and closes in Spanish, Portuguese, Italian and German (tables
  `third-person-notes`, `valediction`), and the addressed mission at the foot in those
  languages (`A la Embajada de los`, `An die`; table `foot-address`); the lines under a foot
  address to a mission or a ministry are its text, never signers' names
  (`wrapped_address.mission_address_lines`);
- a communiqué's or declaration's own heading naming who issued it (`Joint Communiqué of the
  Government of India and ...`) is the title (table `page-title`);
- the German style in the dative alone (`Seiner Exzellenz`) opens a letter's foot address,
  its addressee's name on the lines under it (table `foot-address`);
- (after the held samples) the SED's grades in German (`Persönliche Verschlußsache`) and a
  copy line with the copy's number (`3 Exemplare/1. Ex.`) are heading lines (table
  `heading`); a form's one word over a head going on in small letters is typed joined to
  it first (`doc_types._head_candidates`: `Vermerk über ein Gespräch`, a record; table
  `doc-types`); `Ex.` in a distribution list and a speech's `Ladies and Gentlemen` are no
  names (table `not-names`);
- the foreign minister's Romance title (`El Canciller, Dr. ...`) is no name (table
  `not-names`); Czechoslovakia's names in six languages and `Ryjov` (register).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

AAPD = ("Akten zur Auswärtigen Politik der Bundesrepublik Deutschland 1975\n\n"
        "87\n\n"
        "Aufzeichnung des Ministerialdirektors van Well\n\n"
        "212-321.00 SOW-1130/75 VS-vertraulich                          14. April 1975¹\n\n"
        "Betr.: Gespräch mit dem sowjetischen Botschafter Falin am 11. April 1975\n\n"
        "Botschafter Falin suchte den Herrn Bundesminister auf Weisung seiner Regierung auf.\n\n"
        "Hiermit dem Herrn Staatssekretär² vorgelegt.\n\n"
        "van Well\n\n"
        "¹ Die Aufzeichnung wurde von Vortragendem Legationsrat Meyer-Landrut konzipiert.\n"
        "² Hat Staatssekretär Gehlhoff am 15. April 1975 vorgelegen.\n\n"
        "VS-Bd. 10201 (212); B 150, Aktenkopien 1975\n")


def test_a_date_line_with_its_superscript_call_dates_the_memorandum(
        resources: Resources) -> None:
    facts = text_facts(AAPD, resources)
    assert facts["date"] == "1975-04-14"
    assert facts["doc_type"] == "memorandum"


RECORD = ("TOP SECRET\n\n"
          "Record of talks between the Prime Minister and Premier Chou En-lai on 22 April 1960\n\n"
          "(Prime Minister's House, New Delhi, 4 p.m. to 7.15 p.m.)\n\n"
          "PM: Yesterday we discussed the eastern sector at some length.\n\n"
          "Premier Chou: We are prepared to leave the question to officials.\n\n"
          "(Sd.) S. Dutt\n"
          "Foreign Secretary\n"
          "23.4.1960\n")


def test_a_record_of_talks_is_titled_dated_and_placed_by_its_heads(
        resources: Resources) -> None:
    facts = text_facts(RECORD, resources)
    assert facts["title"] == ("Record of talks between the Prime Minister and Premier "
                              "Chou En-lai on 22 April 1960")
    assert facts["date"] == "1960-04-22"
    assert facts["place_of_origin"] == "New Delhi"
    assert facts["doc_type"] == "record of conversation"


SOVIET_NOTE = ("FO 371/163512\n\n"
               "MINISTRY OF FOREIGN AFFAIRS\n"
               "OF THE U.S.S.R.\n\n"
               "No. 41/OSA\n\n"
               "NOTE\n\n"
               "The Ministry of Foreign Affairs of the Union of Soviet Socialist Republics "
               "presents its compliments to the Embassy of the United Kingdom and has the "
               "honour to state the following.\n\n"
               "The Soviet Government expects measures to stop such flights.\n\n"
               "The Ministry avails itself of this opportunity to renew to the Embassy the "
               "assurance of its high consideration.\n\n"
               "Moscow, 17 April 1962.\n\n"
               "To the Embassy of the United Kingdom,\n"
               "Moscow.\n")


def test_a_third_person_note_under_heading_lines_is_a_memorandum(
        resources: Resources) -> None:
    assert text_facts(SOVIET_NOTE, resources)["doc_type"] == "memorandum"


TALKING_POINTS = ("THE WHITE HOUSE\n\nWASHINGTON\n\nSECRET\n\nTALKING POINTS\n\n"
                  "Meeting with Soviet Ambassador Dobrynin\n"
                  "Thursday, March 29, 1973\n\n"
                  "-- You are glad to see the Ambassador back from Moscow.\n\n"
                  "-- Dr. Kissinger will stay in touch with the Ambassador.\n\n"
                  "Prepared by: Helmut Sonnenfeldt\n\n"
                  "DECLASSIFIED\n"
                  "E.O. 12958, Sec. 3.6\n"
                  "NLN 01-77/4, By KBH NARA, Date 6/14/04\n\n"
                  "Nixon Presidential Materials, NSC Files, Box 69\n")


def test_the_drafter_of_unsigned_talking_points_is_the_sender(resources: Resources) -> None:
    assert text_facts(TALKING_POINTS, resources)["sender"] == ["Helmut Sonnenfeldt"]


SPANISH_NOTE = ("MINISTERIO DE RELACIONES EXTERIORES Y CULTO\n\n"
                "NOTA VERBAL\n\n"
                "El Ministerio de Relaciones Exteriores y Culto saluda muy atentamente a la "
                "Embajada de los Estados Unidos de América y tiene el honor de referirse a la "
                "propuesta presentada por el Secretario de Estado.\n\n"
                "El Gobierno argentino ha examinado con detenimiento dicha propuesta.\n\n"
                "El Canciller, Dr. Nicanor Costa Méndez, ha instruido al Embajador en "
                "Washington para que transmita los comentarios del Gobierno argentino.\n\n"
                "El Ministerio de Relaciones Exteriores y Culto aprovecha la oportunidad para "
                "reiterar a la Embajada de los Estados Unidos de América las seguridades de su "
                "más alta y distinguida consideración.\n\n"
                "Buenos Aires, 19 de abril de 1982.\n\n"
                "A la Embajada de los\n"
                "Estados Unidos de América\n"
                "Buenos Aires\n")

GERMAN_NOTE = ("Auswärtiges Amt\n\n"
               "Verbalnote\n\n"
               "Das Auswärtige Amt bezeugt der Botschaft der Union der Sozialistischen "
               "Sowjetrepubliken seine Hochachtung und beehrt sich, folgendes mitzuteilen:\n\n"
               "Die Bundesregierung ist bereit, die Gespräche fortzusetzen.\n\n"
               "Das Auswärtige Amt benutzt diesen Anlaß, die Botschaft erneut seiner "
               "ausgezeichneten Hochachtung zu versichern.\n\n"
               "Bonn, den 8. April 1970\n\n"
               "An die\n"
               "Botschaft der Union der\n"
               "Sozialistischen Sowjetrepubliken\n"
               "Rolandseck\n")


def test_spanish_and_german_notes_verbales_are_dated_at_their_foot(
        resources: Resources) -> None:
    spanish = text_facts(SPANISH_NOTE, resources)
    assert spanish["doc_type"] == "memorandum"
    assert (spanish["date"], spanish["place_of_origin"]) == ("1982-04-19", "Buenos Aires")
    german = text_facts(GERMAN_NOTE, resources)
    assert (german["date"], german["place_of_origin"]) == ("1970-04-08", "Bonn")


def test_the_foreign_ministers_romance_title_is_no_name(resources: Resources) -> None:
    assert "per-el-canciller" not in text_xml(SPANISH_NOTE, resources)


def test_the_lines_under_an_addressed_mission_name_no_one(resources: Resources) -> None:
    xml = text_xml(GERMAN_NOTE, resources)
    assert "<addrLine>Sozialistischen Sowjetrepubliken</addrLine>" in xml
    assert "<addrLine>Rolandseck</addrLine>" in xml
    assert "per-rolandseck" not in xml


COMMUNIQUE = ("Joint Communiqué of the Government of India and the Government of the Union of "
              "Soviet Socialist Republics\n\n"
              "At the invitation of the Government of the Union of Soviet Socialist Republics, "
              "the Prime Minister of India, Shri Jawaharlal Nehru, paid an official visit to "
              "the Soviet Union.\n\n"
              "Moscow, 22 June 1955\n\n"
              "(Sd.) N. BULGANIN                                  (Sd.) JAWAHARLAL NEHRU\n")


def test_a_communiques_own_heading_is_the_title(resources: Resources) -> None:
    facts = text_facts(COMMUNIQUE, resources)
    assert facts["title"] == ("Joint Communiqué of the Government of India and the Government "
                              "of the Union of Soviet Socialist Republics")
    assert facts["doc_type"] == "memorandum"


GERMAN_LETTER = ("Der Bundeskanzler\n\n"
                 "                                              Bonn, den 14. Dezember 1971\n\n"
                 "Sehr geehrter Herr Generalsekretär!\n\n"
                 "Ich danke Ihnen für Ihren Brief vom 26. November.\n\n"
                 "Herr Bahr wird sich mit Botschafter Falin über die Einzelheiten "
                 "verständigen.\n\n"
                 "Mit freundlichen Grüßen\n\n"
                 "gez. Willy Brandt\n\n"
                 "Seiner Exzellenz\n"
                 "dem Generalsekretär des Zentralkomitees\n"
                 "der Kommunistischen Partei der Sowjetunion\n"
                 "Herrn Leonid I. Breschnew\n"
                 "Moskau\n")


def test_the_german_style_in_the_dative_opens_the_foot_address(resources: Resources) -> None:
    facts = text_facts(GERMAN_LETTER, resources)
    assert facts["sender"] == ["Willy Brandt"]
    assert facts["addressee"] == ["Leonid Brezhnev"]
    assert "per-seiner-exzellenz" not in text_xml(GERMAN_LETTER, resources)


SED_NOTE = ("Abteilung Internationale Verbindungen                    Berlin, den 16. Mai 1972\n"
            "                                                         Persönliche Verschlußsache\n"
            "                                                         3 Exemplare/1. Ex.\n\n"
            "V e r m e r k\n\n"
            "über ein Gespräch des Genossen Hermann Axen mit dem Botschafter der UdSSR in der "
            "DDR, Genossen P. A. Abrassimow, am 15. Mai 1972\n\n"
            "Genosse Abrassimow informierte über den bevorstehenden Besuch.\n\n"
            "gez. Ott\n\n"
            "Verteiler:\n"
            "1. Ex. Gen. Honecker\n"
            "2. Ex. Gen. Axen\n")


def test_an_sed_vermerk_on_a_talk_is_its_record(resources: Resources) -> None:
    facts = text_facts(SED_NOTE, resources)
    assert facts["doc_type"] == "record of conversation"
    assert facts["date"] == "1972-05-15"
    xml = text_xml(SED_NOTE, resources)
    assert 'subtype="classification">Persönliche Verschlußsache' in xml
    assert 'subtype="copy">3 Exemplare/1. Ex.' in xml
    assert "per-ex" not in xml


SPEECH = ("Speech by Prime Minister Kakuei Tanaka at the Banquet Hosted by Premier Zhou Enlai\n\n"
          "Mr. Premier, Your Excellencies, Ladies and Gentlemen,\n\n"
          "I thank Premier Zhou Enlai for his warm words of welcome.\n")


def test_a_speechs_ladies_and_gentlemen_are_no_persons(resources: Resources) -> None:
    xml = text_xml(SPEECH, resources)
    assert "per-ladies" not in xml and "per-gentlemen" not in xml
