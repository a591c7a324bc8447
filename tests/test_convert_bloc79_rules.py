"""Rules for East-bloc notes, records and ministry information in English translation
(bloc79):

- an edition's number over a heading naming its author's office before the form, which it
  names further on (`No. 91` / `Note by the Director of Department I of the MFA on a
  conversation with the Soviet Ambassador`), is the title (`titles.authored_form`), and so
  is such a heading over a dateline of town and date (`Warsaw, 22 April 1966`:
  `titles._dated_below`);
- the Polish copy's bracketed dash before the signer's name (`(–) Tadeusz Rządkowski`) marks
  the signature (`parts.SIGNED_MARK`, `signature_shape._SIGNED`);
- a Polish note's readers line (`Recipients: ...`, `Otrzymują: ...`) is a distribution line
  (tables `processing`, `reader-labels`);
- the form's name alone as the text's first paragraph, over its subject or the conversation
  it records (`Information` / `on the talks of ...`; `RECORD` / `of the conversation of
  ...`), gives the title when the page gives none (`form_titles._leading_paragraphs`);
- a documents volume's running head in title case (`Yugoslavia and the Soviet Bloc, 1968:
  Documents from the Archive of Yugoslavia`; `Edited by X      p. 87`) is page furniture
  (table `page-furniture`, row `running-head`);
- a given-name place before a surname opened by an accented capital (`Milan Šijaković`) is
  the person's given name (`glued._SURNAME_AFTER`);
- the Romanian `Notă de convorbire` as translated (`Note of Conversation of ...`) names a
  record (table `doc-types`), and an edition's heading of a conversation `with the` party's
  office (`... with the Ambassador of the USSR in Bucharest, 9 September 1968`) under its
  number is the title (`titles._CONVERSING`);
- a heading opening an edition's page with a body's decision (`Decision of the Politburo of
  the CC of the BCP on ..., 14 March 1969`, table `meeting-titles`) is the title
  (`titles._body_decision`);
- a meeting's title closed by the city and the date, its days a range (`Minutes of the
  Meeting of the Committee of Ministers ..., Bucharest, 25-26 November 1976`), gives the
  date as well as the place (table `title-facts`, row `registered-place`);
- (after the held samples) a Hungarian mission's registry number alone on its line, zero-led
  and closed by a stop (`00781/1/1969.`), is its own number, so the heading goes on to the
  address under the copies and subject lines (table `heading`, row `outgoing`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

_BODY = ("On 21 April, at the Ambassador's request, I received Comrade Aristov, who handed over "
         "the statement of the Soviet government.\n\n"
         "I replied that the Minister will inform the Soviet side of the results.\n\n")


def test_an_authored_heading_over_a_dateline_is_the_title(resources: Resources) -> None:
    facts = text_facts(
        "No. 91\n\nNote by the Director of Department I of the MFA on a conversation with the "
        "Soviet Ambassador\n\nWarsaw, 22 April 1966\n\nSecret\n\n" + _BODY
        + "(–) Tadeusz Rządkowski\n", resources)
    assert facts["title"] == ("Note by the Director of Department I of the MFA on a "
                              "conversation with the Soviet Ambassador")
    assert facts["place_of_origin"] == "Warsaw"


def test_the_polish_bracketed_dash_and_readers_line(resources: Resources) -> None:
    text = ("Warsaw, 22 April 1966\n\nNOTE\n\n" + _BODY + "(-) Tadeusz Rządkowski\n\n"
            "Made in 4 copies.\nRecipients: Minister Rapacki, Vice-Minister Winiewicz, file.\n")
    facts = text_facts(text, resources)
    assert facts["signed"] == "(-) Tadeusz Rządkowski"
    assert facts["sender"] == ["Tadeusz Rządkowski"]
    assert 'subtype="distribution">Recipients: Minister' in text_xml(text, resources)


def test_the_form_and_its_subject_as_first_paragraphs_give_the_title(
        resources: Resources) -> None:
    facts = text_facts(
        "FEDERAL MINISTRY OF FOREIGN AFFAIRS                         Top secret\n\n"
        "For the meeting of the Presidium of the CC CPCz\n\nInformation\n"
        "on the talks of the Federal Minister of Foreign Affairs with Walter Scheel\n\n"
        "The talks were held in a businesslike atmosphere.\n\n"
        "Prague, 14. 9. 1973\n\nB. Chňoupek\n", resources)
    assert facts["title"] == ("Information on the talks of the Federal Minister of Foreign "
                              "Affairs with Walter Scheel")


def test_a_volumes_title_case_running_head_and_an_accented_surname(
        resources: Resources) -> None:
    text = ("Yugoslavia and the Soviet Bloc, 1968: Documents from the Archive of Yugoslavia\n"
            "Edited by Dragan Bogetić                                  p. 87\n\n"
            "Record of the conversation between President Tito and the Ambassador of the USSR, "
            "Brioni, 12 July 1968\n\nBrioni, 12. VII 1968\n\n"
            "The Ambassador conveyed the concern of the Soviet leadership.\n\n"
            "Recorded by:\nMilan Šijaković\n")
    facts = text_facts(text, resources)
    assert str(facts["title"]).startswith("Record of the conversation between President Tito")
    assert facts["sender"] == ["Milan Šijaković"]
    assert "Documents from the Archive" not in text_xml(text, resources)


def test_a_numbered_note_of_conversation_with_the_ambassador_is_the_title(
        resources: Resources) -> None:
    facts = text_facts(
        "No. 37\n\nNote of Conversation of the Deputy Minister of Foreign Affairs with the "
        "Ambassador of the USSR in Bucharest, 9 September 1968\n\nMinistry of Foreign Affairs\n"
        "Nr. 04/2117                                  Bucharest, 10.IX.1968\n\n"
        "The Soviet ambassador requested the meeting to hand over a message.\n\n"
        "(ss) Ion Ciobanu\n", resources)
    assert str(facts["title"]).startswith("Note of Conversation of the Deputy Minister")
    assert facts["doc_type"] == "record of conversation"


def test_a_bodys_decision_opening_the_page_is_the_title(resources: Resources) -> None:
    facts = text_facts(
        "Document 8\n\nDecision of the Politburo of the CC of the BCP on relations with the PRC, "
        "14 March 1969\n\n[Source: Central State Archive (TsDA), Sofia, Fond 1B, Opis 64, "
        "a.e. 389, l. 1-3.]\n\nStrictly secret!\n\nThe Politburo\nDECIDES:\n\n"
        "1. To approve the information of the Ministry of Foreign Affairs.\n\n"
        "Secretary of the CC of the BCP:\n/T. Zhivkov/\n", resources)
    assert str(facts["title"]).startswith("Decision of the Politburo of the CC of the BCP")
    assert facts["date"] == "1969-03-14"


def test_a_meetings_title_closed_by_city_and_days_gives_the_date(resources: Resources) -> None:
    facts = text_facts(
        "Minutes of the Meeting of the Committee of Ministers of Foreign Affairs of the Warsaw "
        "Treaty Member States, Bucharest, 25-26 November 1976\n\n"
        "Source: AAN, KC PZPR, XIA/583, pp. 1-19.\n\nStrictly secret\n\nMINUTES\n"
        "of the meeting of the Committee of Ministers of Foreign Affairs\n\n"
        "The meeting was opened by Comrade George Macovescu, who chaired the meeting.\n\n"
        "Comrade Gromyko stated that the preparation of the meeting requires coordination.\n",
        resources)
    assert facts["date"] == "1976-11-25"
    assert facts["place_of_origin"] == "Bucharest"


def test_a_hungarian_registry_number_keeps_the_heading(resources: Resources) -> None:
    text = ("Embassy of the Hungarian People's Republic\nHanoi\n\n"
            "00781/1/1969.                                  Top secret!\n"
            "Written: in 3 copies\n\nSubject: Soviet-Vietnamese relations\n\n"
            "To Comrade János Péter,\nMinister of Foreign Affairs\n\nBudapest\n\n"
            "In a conversation on 2 March the Soviet ambassador informed me of the request.\n\n"
            "Hanoi, 1969. March 4.\n\nGéza Szöcs\nambassador\n")
    facts = text_facts(text, resources)
    assert facts["addressee"] == ["János Péter"]
    assert facts["outgoing_number"] == "00781/1/1969"
