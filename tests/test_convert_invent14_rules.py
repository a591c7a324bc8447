"""Rules from probing the converter with invented layouts nobody had fed it (invent14): the
years of other eras without the Western year (Juche, Dangi, Minguo, the Japanese eras: table
`eras`) and the CJK year, month and day marks; a number line in another script glossed whole
and read by its gloss; a date in another script glossed after it; the Spanish and Portuguese
cipher offices' `Expedido en ... el ...` / `Recibido en ... el ...` lines, their labels and
classification words; a post's seat after the preposition of its language (`em Londres`);
a Chilean oficio's `ANT.:`/`MAT.:` lines; an addressee at the foot opened by `To` or `À`;
the French salutation by office (`Monsieur le Ministre,`); a US airgram's drafting and
clearance lines; a form's hour given in a field of its own; a form's label ending in a
speech verb (`Time received:`) naming nobody; a `Signature:` field; each tried on two
layouts, one unlike the fixture's."""

from __future__ import annotations

import pytest

from tests.cases import text_facts, text_xml

TEXT = "\n\nThe talks ended without a communiqué.\n"


@pytest.mark.parametrize(("dateline", "date"), [
    ("Pyongyang, 12 April Juche 87", "1998-04-12"),
    ("Pyongyang, 25 June Juche 89", "2000-06-25"),
    ("Taipei, 10 October Minguo 51", "1962-10-10"),
    ("Tokyo, 12 May Showa 35", "1960-05-12"),
])
def test_an_eras_year_after_the_day_and_month(dateline, date, resources) -> None:
    found = text_facts(dateline + "\n\nExcellency," + TEXT + "\nPaek Nam Sun\n", resources)
    assert found["date"] == date


@pytest.mark.parametrize(("dateline", "date"), [
    ("檀紀 4290年 5月 3日 [Dangi 4290, 3 May]", "1957-05-03"),
    ("昭和35年5月20日 [20 May 1960]", "1960-05-20"),
    ("1962年10月23日 [23 October 1962]", "1962-10-23"),
])
def test_a_date_in_cjk_marks_glossed_after_it(dateline, date, resources) -> None:
    found = text_facts("MINISTRY OF FOREIGN AFFAIRS\n\n" + dateline
                       + "\n\nDear Mr. Ambassador," + TEXT
                       + "\nSincerely yours,\n\nCho Chung-whan\n", resources)
    assert found["date"] == date


@pytest.mark.parametrize(("heading", "number", "sent", "received"), [
    ("本省着 [Received at the Ministry]: 1961年8月15日 09時30分\n"
     "ボン発 [Dispatched from Bonn]: 1961年8月14日 20時10分\n第 214 号 [No. 214]",
     "214", "1961-08-14", "1961-08-15T09:30"),
    ("发报 [Outgoing Cable]\n第 87 号 [No. 87]\n"
     "Sent from Beijing: 1962年10月23日 21時30分\nReceived: 1962年10月24日 08時15分",
     "87", "1962-10-23", "1962-10-24T08:15"),
])
def test_a_glossed_number_line_and_cjk_dates_with_the_hour(heading, number, sent, received,
                                                          resources) -> None:
    found = text_facts("電信写 [Telegram copy]\n" + heading + TEXT, resources)
    assert (found["telegram_number"], found["date"], found["date_received"]) == (
        number, sent, received)


@pytest.mark.parametrize(("heading", "place", "sent", "received", "number"), [
    ("Expedido en Washington el 4 de marzo de 1957 a las 18,30\n"
     "Recibido en Madrid el 5 de marzo de 1957 a las 02,10\nNúm. 112\nUrgente",
     "Washington", "1957-03-04", "1957-03-05T02:10", "112"),
    ("Expedido em Londres a 14 de março de 1961, às 19.40\n"
     "Recebido em Lisboa a 15 de março de 1961, às 01.25\nN.º 87",
     "London", "1961-03-14", "1961-03-15T01:25", "87"),
])
def test_spanish_and_portuguese_sent_and_received_lines(heading, place, sent, received,
                                                        number, resources) -> None:
    found = text_facts("TELEGRAMA CIFRADO\n\n" + heading + TEXT + "\nAREILZA\n", resources)
    assert (found["place_of_origin"], found["date"], found["date_received"],
            found["telegram_number"]) == (place, sent, received, number)


@pytest.mark.parametrize(("heading", "place", "received"), [
    ("Proveniência: Embaixada de Portugal em Londres\nData: 14-3-1961\n"
     "Data da recepção: 15-3-1961    Hora: 01.25\nN.º 87\nSECRETO — MUITO URGENTE",
     "London", "1961-03-15T01:25"),
    ("Procedencia: Embajada de España en Lima\nFecha: 2-6-1971\n"
     "Fecha de recepción: 3-6-1971    Hora: 09.40\nNúm. 44\nMUY SECRETO - URGENTE",
     "Lima", "1971-06-03T09:40"),
])
def test_a_romance_forms_post_receipt_label_and_classification(heading, place, received,
                                                               resources) -> None:
    found = text_facts("TELEGRAMA RECEBIDO\n\n" + heading + TEXT + "\nVASCONCELOS\n",
                       resources)
    assert (found["place_of_origin"], found["date_received"], found["addressee"]) == (
        place, received, [])


@pytest.mark.parametrize(("heading", "date", "place"), [
    ("REPÚBLICA DE CHILE\nEMBAJADA EN LIMA\n\nOFICIO CONFIDENCIAL N° 412/37\n\n"
     "ANT.: Oficio N° 388 de 2 de mayo de 1971.\nMAT.: Conversación con el Canciller.\n\n"
     "LIMA, 12 de mayo de 1971.", "1971-05-12", "Lima"),
    ("REPÚBLICA DE CHILE\nEMBAJADA EN BUENOS AIRES\n\nOFICIO RESERVADO N° 77/12\n\n"
     "ANT.: Su Oficio N° 41.\nMAT.: Visita del Canciller.\n\n"
     "BUENOS AIRES, 3 de abril de 1972.", "1972-04-03", "Buenos Aires"),
])
def test_an_oficios_antecedent_and_matter_lines_over_its_dateline(heading, date, place,
                                                                  resources) -> None:
    found = text_facts(heading + "\n\n1. The Minister received me." + TEXT
                       + "\nLUIS JEREZ\nEmbajador de Chile\n", resources)
    assert (found["date"], found["place_of_origin"]) == (date, place)


@pytest.mark.parametrize(("foot", "line"), [
    ("Copenhagen, 16 May 1962.\n\nTo the Embassy of the Union of Soviet Socialist Republics,"
     "\nCopenhagen.", "To the Embassy of the"),
    ("Oslo, 3 March 1958.\n\nTo the Royal Swedish Embassy,\nOslo.", "To the Royal Swedish"),
    ("Bruxelles, le 4 mai 1960.\n\nÀ Monsieur P.-H. Spaak,\nMinistre des Affaires étrangères,"
     "\nBruxelles.", "À Monsieur P.-H."),
])
def test_an_addressee_at_the_foot_opened_by_to(foot, line, resources) -> None:
    text = ("NOTE VERBALE\n\nThe Ministry presents its compliments to the Embassy and has the "
            "honour to state that the rules remain in force.\n\nThe Ministry avails itself of "
            "this opportunity to renew to the Embassy the assurances of its highest "
            "consideration.\n\n" + foot + "\n")
    xml = text_xml(text, resources)
    address = xml.split("<address>")[1].split("</address>")[0] if "<address>" in xml else ""
    assert line in address
    assert text_facts(text, resources)["date"]


@pytest.mark.parametrize(("lines", "notes"), [
    ("POL:JWRoberts:mw 5/2/63\nClearance: ECON:WHTaylor",
     ["POL:JWRoberts:mw 5/2/63", "Clearance: ECON:WHTaylor"]),
    ("EUR/SOV:RHDavies:jb 11/14/62\nClearances: EUR - Mr. Tyler",
     ["EUR/SOV:RHDavies:jb 11/14/62", "Clearances: EUR - Mr. Tyler"]),
])
def test_an_airgrams_drafting_and_clearance_lines(lines, notes, resources) -> None:
    text = ("AIRGRAM\n\nA-412\n\nTO: Department of State\nFROM: Amembassy LISBON\n"
            "DATE: May 3, 1963\n\nThe Minister said that Portugal would not attend.\n\n"
            "ANDERSON\n\n" + lines + "\n")
    found = text_facts(text, resources)
    assert (found["signed"], found["registry_notes"]) == ("ANDERSON", notes)


@pytest.mark.parametrize(("fields", "received"), [
    ("Time received: 23.05\nDate received: 4 June 1967", "1967-06-04T23:05"),
    ("Date received: 12 May 1970\nTime received: 08.40", "1970-05-12T08:40"),
])
def test_a_receipts_hour_in_a_field_of_its_own(fields, received, resources) -> None:
    text = ("Number: 233\n" + fields + "\nOriginator: Embassy Washington\nDate sent: 4 June 1967"
            "\nText:\nSecretary Rusk received me at 15.00 and said little.\n"
            "Signature: Harman\n")
    found = text_facts(text, resources)
    assert found["date_received"] == received
    xml = text_xml(text, resources)
    assert '"#per-time"' not in xml and '"#per-date"' not in xml


@pytest.mark.parametrize(("line", "name"), [
    ("Signature: Harman", "Harman"),
    ("Signature: Eban", "Eban"),
])
def test_a_signature_field_signs(line, name, resources) -> None:
    text = ("Number: 12\nOriginator: Embassy Washington\nDate sent: 4 June 1967\nText:\n"
            "The Secretary received me this morning and said little.\n" + line + "\n")
    assert name in (text_facts(text, resources)["signed"] or "")


@pytest.mark.parametrize(("head", "salute"), [
    ("AMBASSADE DE BELGIQUE\nLÉOPOLDVILLE\n\nLéopoldville, le 21 février 1962.",
     "Monsieur le Ministre,"),
    ("AMBASSADE DE SUISSE\nWASHINGTON\n\nWashington, le 3 mai 1961.",
     "Monsieur l'Ambassadeur,"),
    ("LÉGATION DE FRANCE\nBERNE\n\nBerne, le 9 juin 1950.", "Excellence,"),
])
def test_a_french_salutation_by_office_makes_a_letter(head, salute, resources) -> None:
    text = (head + "\n\n" + salute + "\n\nThe Minister received me yesterday." + TEXT
            + "\nL'Ambassadeur,\nCh. Dupont\n")
    xml = text_xml(text, resources)
    assert f"<salute>{salute.split()[0]}" in xml
    assert text_facts(text, resources)["doc_type"] == "letter"
