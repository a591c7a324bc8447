"""Rules from probing the converter with invented layouts nobody had fed it (invent15): an
archive catalogue record with French or German labels (`Cote :`, `Analyse :`, `Signatur:`,
`Titel:`) under the archive's name; a French form's qualifier and direction after a dash
(`TÉLÉGRAMME OFFICIEL — ARRIVÉE`) and its `Origine :`, the Portuguese `Procedência:`; a
blog post's title and introduction over a form's numbered name set off by an asterism
(`* * *`), its sharing widgets and its `Bibliography`; a forwarded e-mail's header and
covering note; a narrow column's dispatch line broken after its ordinal day and its
capitals heading kept from the sender's name under it; a telex's number with its day and
time; a news agency's take header, its dateline opening the story and its end mark;
another calendar's date over the civil date in brackets; a mission's letterhead with its
street and postal district; a rank with a comma under the signature; the Cuban
revolutionary close; a Hansard written answer; a colonial governor's office before his
surname and the `ULTRAMAR` of his minister's address; each tried on two layouts, one unlike
the fixture's."""

from __future__ import annotations

import pytest

from tests.cases import text_facts, text_xml

TEXT = "\n\nThe talks ended without a communiqué.\n"


@pytest.mark.parametrize(("record", "title", "idno"), [
    ("Archives diplomatiques – Centre de La Courneuve\nCote : 119QO/412\n"
     "Date : 14 mars 1956\nAnalyse : Télégramme de l'ambassadeur à Moscou.\n"
     "Nature : télégramme chiffré, copie\n\nTranscription (traduction) :\n",
     "Télégramme de l'ambassadeur à Moscou.", "119QO/412"),
    ("Bundesarchiv\nBestand: B 136 Bundeskanzleramt\nSignatur: B 136/3120\n"
     "Titel: Fernschreiben der Botschaft Paris über die Lage\nDatum: 3. Mai 1958\n"
     "Umfang: 2 Bl.\n\nTranskription (englische Übersetzung):\n",
     "Fernschreiben der Botschaft Paris über die Lage", "B 136/3120"),
])
def test_a_catalogue_record_with_french_or_german_labels(record, title, idno,
                                                         resources) -> None:
    found = text_facts(record + "\nTELEGRAM\nNo. 41\nParis, 3 May 1958\n" + TEXT
                       + "\nMAURICE\n", resources)
    assert (found["title"], found["archive_idno"]) == (title, idno)


@pytest.mark.parametrize(("form", "origin", "place"), [
    ("TÉLÉGRAMME OFFICIEL — ARRIVÉE", "Origine : PARIS", "Paris"),
    ("TÉLÉGRAMME CHIFFRÉ - DÉPART", "Origine : LONDRES", "London"),
    ("TELEGRAMA", "Procedência: LUANDA", "Luanda"),
])
def test_a_french_or_portuguese_form_name_and_origin_label(form, origin, place,
                                                           resources) -> None:
    found = text_facts("MINISTÈRE DES AFFAIRES ÉTRANGÈRES\nService du Chiffre\n\n" + form
                       + "\n\n" + origin + "\nN° 318\nDate de dépôt : 22-7-1955 à 18 h 00"
                       + TEXT + "\nBUU LOC\n", resources)
    assert (found["date"], found["place_of_origin"], found["telegram_number"]) == (
        "1955-07-22", place, "318")


@pytest.mark.parametrize("separator", ["* * *\n\n", ""])
def test_a_blog_posts_title_introduction_and_widgets(separator, resources) -> None:
    intro = ("In the spring of 1958 the embassy followed the talks closely. Below I give my"
             " own translation of the telegram sent to Warsaw, from the copy in the archive"
             " of the ministry, with a few words of introduction on the context of the talks"
             " and on the people named in it.")
    found = text_facts("History Notes\n\nA note on a telegram\nPosted on 2 May 2020 by A. B.\n\n"
                       + intro + "\n\n" + separator + "SZYFROGRAM No. 5120\n"
                       "from Moscow, dispatched 3.5.1958 at 18.00, received 4.5.1958 at 02.30"
                       "\n\nTo Comrade Rapacki\n\nToday the Minister received me and said that"
                       " the talks had ended without a communiqué.\n\nGede\n\n" + separator
                       + "Bibliography\n\nSmith, John, A History (London, 2001).\n\n"
                       "Share this:\nTwitter\nFacebook\nLike this: Loading...\nRelated\n",
                       resources)
    assert (found["date"], found["date_received"], found["telegram_number"],
            found["signed"]) == ("1958-05-03", "1958-05-04T02:30", "5120", "Gede")


@pytest.mark.parametrize("rule", ["-----", "-----Original Message-----",
                                  "---------- Forwarded message ---------"])
def test_a_forwarded_mails_header_and_note_are_the_pages(rule, resources) -> None:
    found = text_facts("From: Jane Roe <j.roe@example.org>\nSent: Monday, 4 May 2020 10:12\n"
                       "To: John Doe <jd@example.com>\nSubject: FW: the telegram\n\nJohn,\n\n"
                       "Here is the text I mentioned.\n\nJane\n\n" + rule + "\n\n"
                       "TELEGRAM RECEIVED\n\nFROM: Helsinki\nTO: Secretary of State\nNR: 412\n"
                       "DATED: December 1, 1939, noon" + TEXT + "\nSCHOENFELD\n", resources)
    assert (found["date"], found["telegram_number"], found["place_of_origin"]) == (
        "1939-12-01", "412", "Helsinki")


@pytest.mark.parametrize(("name", "sender"), [
    ("Mr. Coulson", "Coulson"), ("Sir R. Makins", "Roger Makins")])
def test_a_narrow_columns_dispatch_line_and_sender_line(name, sender, resources) -> None:
    found = text_facts("FROM WASHINGTON TO FOREIGN OFFICE\n" + name + "\n"
                       "No. 2314           D. 7.15 p.m. 5th\nNovember, 1956.\n"
                       "                   R. 1.40 a.m. 6th\nNovember, 1956.\nSECRET\n"
                       "I saw Mr. Hoover at the State De-\npartment this afternoon and gave him"
                       "\nthe substance of your message.\n", resources)
    assert (found["date"], found["date_received"], found["sender"], found["addressee"]) == (
        "1956-11-05", "1956-11-06T01:40", [sender], [])


@pytest.mark.parametrize(("line", "number", "date"), [
    ("TELEX NO. 214                              12.06.78  1630", "214", "1978-06-12"),
    ("Telex No. 88  3.11.81  0915", "88", "1981-11-03"),
])
def test_a_telex_number_with_its_day_and_time(line, number, date, resources) -> None:
    found = text_facts("22041 KENREP G\n412345 KENMFA KE\n\n" + line
                       + "\n\nTO:    MINFOREIGN NAIROBI\nFROM:  KENREP LONDON" + TEXT
                       + "\nNJOROGE\n", resources)
    assert (found["telegram_number"], found["date"]) == (number, date)


@pytest.mark.parametrize(("header", "date", "end"), [
    ("TASS 112  21.08.68  0915 GMT", "1968-08-21", "END STATEMENT"),
    ("REUTER 47  3.11.56  1432 GMT", "1956-11-03", "ENDS"),
])
def test_a_news_agency_takes_header_and_end(header, date, end, resources) -> None:
    found = text_facts(header + "\nURGENT\n\nMOSCOW, AUGUST 21 (TASS) -- THE TALKS ENDED"
                       " WITHOUT A COMMUNIQUE.\n\n" + end + "\n", resources)
    assert (found["date"], found["signed"], found["registry_notes"]) == (date, None, [end])


@pytest.mark.parametrize(("story", "place"), [
    ("MOSCOW, AUGUST 21 (TASS) -- TASS IS AUTHORIZED TO STATE THAT THE TALKS ENDED.", "Moscow"),
    ("PEKING, OCT. 3 - (REUTER) - THE TALKS ENDED TODAY WITHOUT A COMMUNIQUE.", "Beijing"),
])
def test_a_news_agencys_dateline_opening_the_story(story, place, resources) -> None:
    found = text_facts("TASS 112  21.08.68  0915 GMT\nURGENT\n\n" + story + "\n\nEND STATEMENT\n",
                       resources)
    assert (found["place_of_origin"], found["date"]) == (place, "1968-08-21")


@pytest.mark.parametrize(("dateline", "date"), [
    ("Cairo, 9 Rabi' al-Awwal 1376\n(14 October 1956)", "1956-10-14"),
    ("Tehran, 25 Mordad 1332\n[16 August 1953]", "1953-08-16"),
    ("Cairo, 9 Rabi' al-Awwal 1376 (14 October 1956)", "1956-10-14"),
])
def test_another_calendars_dateline_over_the_civil_date(dateline, date, resources) -> None:
    found = text_facts("MINISTRY OF FOREIGN AFFAIRS\n\nNo. 412/16/3\n\nThe Ministry of Foreign"
                       " Affairs presents its compliments to the Embassy and has the honour to"
                       " inform it of the closure of the zone.\n\n" + dateline + "\n",
                       resources)
    assert found["date"] == date


@pytest.mark.parametrize(("letterhead", "place"), [
    ("NIGERIA HIGH COMMISSION,\n9 NORTHUMBERLAND AVENUE,\nLONDON, W.C.2.", "London"),
    ("GHANA HIGH COMMISSION,\n13 Belgrave Square,\nLONDON, S.W.1.", "London"),
])
def test_a_missions_letterhead_with_street_and_postal_district(letterhead, place,
                                                               resources) -> None:
    found = text_facts(letterhead + "\n\nRef. No. NHC/POL/114/27          14th July, 1967.\n\n"
                       "CONFIDENTIAL\n\nSir,\n\nI have the honour to report that the talks"
                       " ended.\n\nI have the honour to be,\nSir,\nYour obedient servant,\n\n"
                       "(Sgd.) B. A. Ogundipe\nBrigadier,\nHigh Commissioner\n", resources)
    assert (found["date"], found["place_of_origin"], found["sender"]) == (
        "1967-07-14", place, ["Babafemi Ogundipe"])


@pytest.mark.parametrize("close", ["PATRIA O MUERTE\nVENCEREMOS",
                                   "Patria o Muerte, Venceremos!",
                                   "Hasta la victoria siempre"])
def test_the_cuban_revolutionary_close(close, resources) -> None:
    found = text_facts("CIRCULAR No. 14/63\nLa Habana, 9 de febrero de 1963" + TEXT + "\n"
                       + close + "\n\nCarlos Olivares Sánchez\nViceministro\n", resources)
    assert found["sender"] == ["Carlos Olivares"]


@pytest.mark.parametrize(("sitting", "sentence", "sender"), [
    ("HC Deb 14 July 1960 vol 626 cc98-9W",
     "Mr. Heath: The following telegram was received yesterday from Her Majesty's"
     " Ambassador at Léopoldville, Mr. Ian Scott:", "Ian Scott"),
    ("HL Deb 3 May 1962 vol 240 cc411-2WA",
     "Lord Home: A telegram has been received from our Consul-General at Hanoi,"
     " Mr. John Smith, saying that all is quiet.", "John Smith"),
])
def test_a_written_answer_quoting_a_telegram(sitting, sentence, sender, resources) -> None:
    found = text_facts(sitting + "\n\nCONGO\n\nMr. Driberg asked what news there is.\n\n"
                       + sentence + "\n\n\"All British subjects are safe.\"\n", resources)
    assert (found["doc_type"], found["sender"]) == ("telegram", [sender])


@pytest.mark.parametrize(("signature", "sender"), [
    ("GOVERNADOR-GERAL SILVA TAVARES", "Álvaro Silva Tavares"),
    ("Governor-General Silva Tavares", "Álvaro Silva Tavares"),
])
def test_a_governors_office_before_his_surname(signature, sender, resources) -> None:
    found = text_facts("TELEGRAMA\n\nProcedência: LUANDA\nExpedido: 15/3/1961 às 23h40\n"
                       "N.º 87-SEC" + TEXT + "\n" + signature + "\n", resources)
    assert found["sender"] == [sender]


@pytest.mark.parametrize("address", ["MINISTRO ULTRAMAR — LISBOA",
                                     "Para: Ministro do Ultramar, Lisboa"])
def test_the_overseas_ministers_telegraphic_address_names_nobody(address, resources) -> None:
    found = text_facts("TELEGRAMA\n\nProcedência: LUANDA\nExpedido: 15/3/1961 às 23h40\n"
                       "N.º 87-SEC\n\n" + address + TEXT + "\nGOVERNADOR-GERAL SILVA TAVARES\n",
                       resources)
    assert (found["addressee"], found["sender"]) == ([], ["Álvaro Silva Tavares"])


def test_an_asterism_is_a_rule_not_a_bullet(resources) -> None:
    xml = text_xml("TELEGRAM No. 4\n\nThe talks ended.\n\n* * *\n\nA second part.\n",
                   resources)
    assert '<note place="foot"' not in xml and "* *" not in xml
