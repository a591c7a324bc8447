"""Rules for East-bloc cipher telegrams in English translation as archives, dossiers and
Russian documentary editions give them (bloc75):

- a Polish ciphergram's dispatch line without the comma before `dispatched`, its receipt on
  the next line (`from Bucharest dispatched on 14.V.1958 at 18.40 hours`), and a Bulgarian
  telegram's labelled `Sent from: Havana, 23.X.1962, 21:30 hrs.` give the post and the
  sending (table `heading-soviet`, rows `transmission`);
- `Distributed to comrs. Stalin, Molotov` / `Distributed: Gomułka, Rapacki` is the cipher
  office's distribution, the comrades named (table `heading-soviet`, row `distribution`);
- `Addressed to: Comrade X` is the addressee's label (table `heading-labels`);
- a mission's heading with its number and its day after commas (`Telegram from the Romanian
  Embassy in Beijing, No. 75.123, 14 July 1966`) is a title shape, the mission its sender
  (table `title-shapes`);
- the Romanian National Archives' own name (`Arhivele Naționale ale României`, table
  `archive-name`) and a translation series line under it (`English translations series:
  ...`, table `page-keyword-fields`, `titles._collection_line`) leave the next line the
  page's title;
- a dossier's title naming the sending party before the form (`Bulgarian Embassy in Havana,
  Ciphered Telegram to Comrade Todor Zhivkov, 24 October 1962`) opens the document
  (`edition_front._party_then_form`);
- a title naming its parties finished by its subject on the next line (`on a conversation
  with Zhou Enlai`: `marked_title.subject_rest`);
- a Russian edition's reference with stops after the sigla (`AP RF. F. 45. Op. 1. D. 335.
  L. 21–22.`) is the archival reference, the shelfmark without the stop (table
  `archival-reference`, `header._references`);
- (after the held samples) the form's name with its manner after a dash (`TELEGRAM –
  CIPHERED`) is the document's type, no addressee (table `heading-soviet`); the receiving
  ministry's registration stamp under the signature (`Incoming reg. no. 01734/67`) is a
  processing line, so the signature stays the closer's (table `processing`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml


def test_a_dispatch_line_without_its_comma_gives_the_sending(resources: Resources) -> None:
    facts = text_facts(
        "CIPHERGRAM No. 7311\nfrom Bucharest dispatched on 14.V.1958 at 18.40 hours\n"
        "received on 15.V.1958 at 02.15 hours\n\nTOP SECRET\nCopy No. 4\n\n"
        "To: Comrade Władysław Gomułka\n    Comrade Adam Rapacki\n\n"
        "Comrade Gheorghe Gheorghiu-Dej received me today at my request. He informed me that "
        "the Romanian leadership supports the proposal to hold the session of the Political "
        "Consultative Committee in Moscow on 24 May.\n\n"
        "Gheorghiu-Dej added that Comrade Emil Bodnăraş will accompany him.\n\n"
        "He expressed the hope that the Polish delegation would support the Romanian "
        "position.\n\nSigned: Jerzy Ogrodziński\n", resources)
    assert facts["date"] == "1958-05-14"
    assert facts["date_received"] == "1958-05-15T02:15"
    assert facts["place_of_origin"] == "Bucharest"


def test_a_labelled_sent_from_line_gives_the_post(resources: Resources) -> None:
    facts = text_facts(
        "CIPHERED TELEGRAM\nReg. No. 1412\nSent from: Havana, 23.X.1962, 21:30 hrs.\n"
        "Received: 24.X.1962, 06:45 hrs.\n\nTo: Comrade Todor Zhivkov\n\n"
        "The mood in the city is calm.\n\nAmbassador: Grudi Atanasov\n", resources)
    assert facts["place_of_origin"] == "Havana"
    assert facts["date"] == "1962-10-23"


def test_distributed_to_comrades_is_the_distribution(resources: Resources) -> None:
    xml = text_xml(
        "CIPHERED TELEGRAM No. 25611\nFrom Peking. Sent 17.X.1950 at 02.40.\n"
        "Distributed to comrs. Stalin, Molotov, Malenkov.\n\nTO COMRADE FILIPPOV\n\n"
        "Zhou Enlai invited me to his residence.\n\nROSHCHIN\n", resources)
    assert 'subtype="distribution">Distributed to comrs.' in xml


def test_a_mission_heading_with_number_and_day_under_an_archive_masthead(
        resources: Resources) -> None:
    facts = text_facts(
        "Arhivele Naționale ale României\n"
        "English translations series: Romania and the Sino-Soviet Split\n\n"
        "Telegram from the Romanian Embassy in Beijing, No. 75.123, 14 July 1966\n\n"
        "TELEGRAM\nSender: Beijing\nDispatched: 14.VII.1966, 22.00 hours\n"
        "Addressed to: Comrade Corneliu Mănescu, Minister of Foreign Affairs\n\n"
        "The ambassadors met at the Ministry.\n\nSigned: Aurel Duma\n", resources)
    assert facts["title"] == ("Telegram from the Romanian Embassy in Beijing, No. 75.123, "
                              "14 July 1966")
    assert facts["date"] == "1966-07-14"
    assert facts["telegram_number"] == "75.123"
    assert [a["name"] if isinstance(a, dict) else a for a in facts["addressee"]] \
        == ["Corneliu Mănescu"]


def test_a_dossier_title_naming_the_party_before_the_form(resources: Resources) -> None:
    facts = text_facts(
        "e-Dossier No. 41: Bulgaria and the Caribbean Crisis\n\nDocument 3\n\n"
        "Bulgarian Embassy in Havana, Ciphered Telegram to Comrade Todor Zhivkov, "
        "24 October 1962\n\nCIPHERED TELEGRAM\nReg. No. 1412\n"
        "Received: 24.X.1962, 06:45 hrs.\n\nTo: Comrade Todor Zhivkov\n\n"
        "The mood in the city is calm.\n\nAmbassador: Grudi Atanasov\n", resources)
    assert facts["title"] == ("Bulgarian Embassy in Havana, Ciphered Telegram to Comrade "
                              "Todor Zhivkov, 24 October 1962")


def test_a_title_finished_by_its_subject_and_a_dotted_russian_reference(
        resources: Resources) -> None:
    text = ("No. 541\n\nCiphered telegram from N.V. Roshchin to Filippov (I.V. Stalin)\n"
            "on a conversation with Zhou Enlai\n\n17 October 1950\n\n"
            "CIPHERED TELEGRAM No. 25611\nFrom Peking. Sent 17.X.1950 at 02.40.\n\n"
            "TO COMRADE FILIPPOV\n\nZhou Enlai invited me to his residence.\n\nROSHCHIN\n\n"
            "AP RF. F. 45. Op. 1. D. 335. L. 21–22. Copy. Typescript.\n")
    facts = text_facts(text, resources)
    assert facts["title"] == ("Ciphered telegram from N.V. Roshchin to Filippov (I.V. Stalin) "
                              "on a conversation with Zhou Enlai")
    xml = text_xml(text, resources)
    assert '<idno type="shelfmark">F. 45. Op. 1. D. 335. L. 21–22</idno>' in xml


def test_a_form_word_with_its_manner_and_an_incoming_stamp_under_the_signature(
        resources: Resources) -> None:
    text = ("TELEGRAM – CIPHERED\nNo.: 88/1967\nFrom: Hanoi\nSent: 11.II.1967, 16.05\n"
            "To: Comrade Minister Václav David\n\n"
            "The leadership expects the bombing to resume.\n\nSigned: Moravec\n\n"
            "Incoming reg. no. 01734/67\n")
    xml = text_xml(text, resources)
    assert 'subtype="document-type">TELEGRAM – CIPHERED</ab>' in xml
    assert "Ciphered</placeName>" not in xml
    facts = text_facts(text, resources)
    assert facts["signed"] == "Signed: Moravec"
    assert facts["sender"] == ["Moravec"]
