"""Rules from invent28's invented probes of layouts no fixture had (a Latvian and an Estonian
cipher telegram, a Venezuelan radiogram, a teletype conference, a conversation by direct
wire, a Canadian numbered letter, an Italian appunto, a French note for the minister, an AP
wire story), each checked on a second layout of its family:

- the Latvian date with `gada` abridged (`1939. g. 12. oktobrī`) and the hour after
  `plkst.`; the Estonian adessive months (`26. septembril 1939. a.`), the year's `a.` and
  the hour after `kell`; their forms' names and sent / received labels;
- a form's name alone on its line naming a transcript of both ends (`TELETYPE CONFERENCE`,
  a conversation by direct wire), a Canadian `NUMBERED LETTER`, an `APPUNTO`, a `NOTE pour
  le Ministre`;
- a turn closed by the operator's `GA` or `OVER` is text, never a heading;
- the hour field under a receipt's date is the receipt's (`RECIBIDO: ...` / `HORA: 02:40`);
- the Italian and French director's office over his name (`Il Direttore Generale`);
- the Romance Secretary-General's title before a name;
- an AP dateline with the country or state for the day (`LEOPOLDVILLE, the Congo (AP) -`).
"""

from __future__ import annotations

from lxml import etree

from tei.convert import convert_text
from tests.cases import text_facts
from tests.tei_facts import names_of, referenced


def _when(resources, text: str) -> list[tuple]:
    return [(d.year, d.month, d.day, d.hour, d.minute) for d in resources.dates.find(text)]


def test_latvian_year_first_dates(resources) -> None:
    assert _when(resources, "Rīgā, 1940. g. 3. jūnijā, plkst. 11.45") == [(1940, 6, 3, 11, 45)]
    assert _when(resources, "Rīgā, 1939. gada 18. martā") == [(1939, 3, 18, None, None)]


def test_estonian_adessive_dates(resources) -> None:
    assert _when(resources, "Tallinn, 3. oktoobril 1939. a., kell 14.20") == [
        (1939, 10, 3, 14, 20)]
    assert _when(resources, "Helsingi, 2. märtsil 1940") == [(1940, 3, 2, None, None)]
    assert _when(resources, "sent by air mail 12 copies") == []  # `mail` is no month


def test_latvian_outgoing_telegram_from_riga(resources) -> None:
    text = ("ĀRLIETU MINISTRIJA\n\nŠIFRĒTA TELEGRAMMA Nr. 112\n[Cipher telegram]\n\n"
            "Nosūtīts [Sent]: Rīgā, 1939. g. 5. oktobrī, plkst. 22.10\n\n"
            "Inform the Foreign Office that the treaty was signed today.\n\nMunters\n")
    facts = text_facts(text, resources)
    assert facts["telegram_number"] == "112"
    assert facts["date"] == "1939-10-05"
    assert facts["place_of_origin"] == "Riga"
    assert facts["doc_type"] == "telegram"


def test_estonian_labels_in_a_translation(resources) -> None:
    text = ("VÄLISMINISTEERIUM\n\nŠIFERTELEGRAMM nr. 47\n\n"
            "Saadetud: Helsingi, 2. märtsil 1940. a., kell 19.05\n"
            "Saabunud: Tallinn, 2. märtsil 1940. a., kell 21.30\n\n"
            "The Finnish Government has accepted the Soviet terms.\n\nWarma\n")
    facts = text_facts(text, resources)
    assert facts["telegram_number"] == "47"
    assert facts["date"] == "1940-03-02"
    assert facts["date_received"] == "1940-03-02T21:30"
    assert facts["doc_type"] == "telegram"


def test_teleprinter_conversation_is_a_record(resources) -> None:
    text = ("TOP SECRET\n\nTELEPRINTER CONVERSATION\n\nFOREIGN OFFICE - WASHINGTON\n"
            "3 November 1956\n\nFOREIGN OFFICE: ARE YOU THERE WASHINGTON. OVER\n\n"
            "WASHINGTON: YES. AMBASSADOR IS WITH ME. OVER\n\n"
            "FOREIGN OFFICE: PLEASE SEE MR. DULLES TONIGHT AND GIVE HIM THE TEXT. OVER\n\n"
            "WASHINGTON: WILL DO. OUT\n")
    facts = text_facts(text, resources)
    assert facts["doc_type"] == "record of conversation"
    assert facts["date"] == "1956-11-03"
    # a short turn closed by the operator's `OVER` is text, no heading
    assert b"<head>" not in convert_text(text, "t", resources).xml


def test_direct_wire_conversation_mixed_case(resources) -> None:
    text = ("Conversation over the direct wire\nbetween Petrograd and Moscow\n"
            "12 March 1918\n\nPETROGRAD: Zinoviev at the apparatus.\n\n"
            "MOSCOW: Sverdlov here. The Council of People's Commissars has moved. That is all.\n")
    facts = text_facts(text, resources)
    assert facts["doc_type"] == "record of conversation"
    assert facts["date"] == "1918-03-12"


def test_numbered_letter_is_a_letter_with_its_number(resources) -> None:
    text = ("CANADIAN EMBASSY\nBONN\n\nNUMBERED LETTER\n\nNo: D-318\nDate: June 3, 1961\n\n"
            "TO: The Under-Secretary of State for External Affairs, Ottawa\n"
            "Subject: Berlin\n\nThe Chancellor spoke at length about Berlin.\n\n"
            "2. I shall report further after the visit.\n\nE. W. T. GILL\nAmbassador\n")
    facts = text_facts(text, resources)
    assert facts["doc_type"] == "letter"
    assert facts["outgoing_number"] == "D-318"
    assert facts["telegram_number"] is None


def test_appunto_and_note_pour_le_ministre_are_memoranda(resources) -> None:
    appunto = ("MINISTERO DEGLI AFFARI ESTERI\n\nAPPUNTO\nper il Signor Segretario Generale\n\n"
               "Roma, 12 luglio 1960\n\nL'Ambasciatore del Belgio ha chiesto notizie.\n\n"
               "Il Capo dell'Ufficio\nG. Rossi\n")
    assert text_facts(appunto, resources)["doc_type"] == "memorandum"
    note = ("MINISTÈRE DES AFFAIRES ÉTRANGÈRES\nDirection d'Europe\n\nParis, le 4 mai 1966\n\n"
            "NOTE POUR LE MINISTRE\n\nA.s. : Visite du Chancelier.\n\n"
            "Le Chancelier arrivera le 12 mai.\n")
    assert text_facts(note, resources)["doc_type"] == "memorandum"


def test_hour_under_a_receipts_date(resources) -> None:
    text = ("MINISTERIO DE RELACIONES EXTERIORES Y CULTO\n\nTELEGRAMA CIFRADO N° 912\n\n"
            "De: Embajada en Washington\nFecha: 3 de noviembre de 1962\nHora: 20.10\n"
            "Recibido: 4-11-62\nHora: 01.15\n\nEl Departamento de Estado informa que la "
            "cuarentena sigue en vigor.\n\nGARCÍA ARIAS\n")
    facts = text_facts(text, resources)
    assert facts["date"] == "1962-11-03"
    assert facts["date_received"] == "1962-11-04T01:15"


def test_director_over_his_name_is_a_role(resources) -> None:
    text = ("MINISTÈRE DES AFFAIRES ÉTRANGÈRES\n\nParis, le 4 mai 1966\n\n"
            "Monsieur l'Ambassadeur,\n\nJ'ai l'honneur de vous faire savoir que le Chancelier "
            "arrivera le 12 mai.\n\nLe Directeur des Affaires politiques\nC. Lucet\n")
    facts = text_facts(text, resources)
    assert facts["sender"] == ["Charles Lucet"]  # (reg58) the register's Charles Lucet


def test_romance_secretary_general_before_a_name(resources) -> None:
    text = ("Paris, le 25 octobre 1962\n\nNOTE POUR LE MINISTRE\n\n"
            "Le Secrétaire général U Thant a adressé un appel aux deux Gouvernements.\n")
    root = etree.fromstring(convert_text(text, "t", resources).xml)
    assert any("U Thant" in names_of(entry) for entry in referenced(root, "person"))


def test_wire_dateline_with_a_state_for_the_day(resources) -> None:
    text = ("AM-India-China,0210\nNehru Protests\n\nNEW DELHI, India (AP) - Prime Minister "
            "Nehru today protested to Peking against the incursions.\n\n"
            "He told Parliament the note had been delivered.\n")
    assert text_facts(text, resources)["place_of_origin"] == "New Delhi"
