"""Rules from probing the converter with invented layouts nobody had fed it (invent17): the
obligatory closing formulas of regimes (`A Bem da Nação`, `Saludo a Franco. ¡Arriba España!`,
`Sufragio Efectivo. No Reelección.`, `Heil Hitler!`) as salutes between the close, a foot
dateline and the signature; the Portuguese `(a)` and Spanish `(Fdo.)` signature marks and a
role line closed by a comma (`O Embaixador,`, `EL SECRETARIO,`); the Portuguese minister and
a mission named alone (`... Büyükelçiliği`, `Embassy of ...`) as foot addresses; a seal's
mark at the foot (`(Mühür) [Seal]`, `(L.S.)`); Hungarian, Czech and Turkish month names and
the Hungarian year-first date; an Outlook mail chain (no addresses, an earlier mail's covering
note closed by its writer's first name) over the document; a cablese `NO .. DATE ..` line and
the signature after the last `STOP` with its end mark; a state's motto as a letterhead line;
the Old Style half of a Julian/Gregorian double date; a registered surname closed by a full
stop on the last line as the signature; a Spanish telegram's address by office and surname;
the Italian `N.` of a numbered form line (`TELESPRESSO N. ...`); `(Cipher)` no name. Each is
tried on two layouts, one unlike the fixture's."""

from __future__ import annotations

import pytest

from tests.cases import text_facts, text_xml

TEXT = "\n\nThe talks ended without a communiqué.\n"


@pytest.mark.parametrize(("head", "close", "dateline", "date", "signature"), [
    ("EMBAJADA DE ESPAÑA\nEN LISBOA\n\nExcmo. Señor:", "Dios guarde a V.E. muchos años.",
     "Lisboa, 12 de junio de 1940.\n\nSaludo a Franco. ¡Arriba España!", "1940-06-12",
     "EL EMBAJADOR,\nNicolás Franco"),
    ("EMBAIXADA DE PORTUGAL EM MADRID\n\nSenhor Ministro,", "A Bem da Nação",
     "Madrid, 3 de Maio de 1958", "1958-05-03", "O Embaixador,\n(a) Pedro Vasconcelos Reis"),
    ("DEUTSCHE BOTSCHAFT\nROM\n\nAn das Auswärtige Amt\nBerlin", "Heil Hitler!",
     "Rom, den 4. Mai 1938", "1938-05-04", "gez. Mackensen"),
])
def test_a_regimes_closing_formula_keeps_the_foot_dateline_and_signature(
        head, close, dateline, date, signature, resources) -> None:
    found = text_facts(head + TEXT + "\n" + close + "\n\n" + dateline + "\n\n" + signature
                       + "\n", resources)
    assert found["date"] == date
    assert found["signed"] == signature.replace("\n", " ")


@pytest.mark.parametrize(("motto", "role", "name"), [
    ("SUFRAGIO EFECTIVO. NO REELECCIÓN.", "EL SECRETARIO,", "EDUARDO HAY."),
    ("Sufragio Efectivo. No Reelección.", "El Subsecretario,", "(Fdo.) Ramón Beteta"),
])
def test_the_mexican_motto_over_a_secretarys_role_and_name(motto, role, name,
                                                          resources) -> None:
    xml = text_xml("SECRETARÍA DE RELACIONES EXTERIORES\nMéxico, D.F., 19 de marzo de 1938."
                   + TEXT + "\n" + motto + "\n" + role + "\n" + name + "\n", resources)
    assert f"<salute>{motto}</salute>" in xml
    assert f"<signed>{role}<lb/>" in xml


@pytest.mark.parametrize(("foot", "lines"), [
    ("A Sua Excelência o Ministro dos Negócios Estrangeiros\nLisboa", 2),
    ("Ao Excelentíssimo Senhor Ministro do Ultramar\nLisboa", 2),
])
def test_the_portuguese_minister_at_the_foot(foot, lines, resources) -> None:
    xml = text_xml("Embaixada de Portugal em Londres\nLondres, 14 de Julho de 1961\n\n"
                   "Senhor Ministro," + TEXT + "\nA Bem da Nação\n\nO Embaixador,\n"
                   "(a) Pedro Vasconcelos Reis\n\n" + foot + "\n", resources)
    assert xml.count("<addrLine>") == lines
    assert "Excelência</persName>" not in xml and "Excelentíssimo Senhor</persName>" not in xml


@pytest.mark.parametrize(("dateline", "date", "seal", "foot"), [
    ("Ankara, 14 Mart 1964", "1964-03-14", "(Mühür) [Seal]",
     "Amerika Birleşik Devletleri Büyükelçiliği\nANKARA"),
    ("Copenhagen, 16 May 1962.", "1962-05-16", "(L.S.)",
     "Embassy of the Union of Soviet Socialist Republics,\nCopenhagen."),
])
def test_a_notes_seal_mark_and_the_mission_at_its_foot(dateline, date, seal, foot,
                                                      resources) -> None:
    found = text_facts("NOTE VERBALE\n\nThe Ministry of Foreign Affairs presents its compliments"
                       " to the Embassy and has the honour to refer to the talks.\n\nThe Ministry"
                       " avails itself of this opportunity to renew to the Embassy the assurances"
                       " of its highest consideration.\n\n" + dateline + "\n" + seal + "\n\n"
                       + foot + "\n", resources)
    assert found["date"] == date
    assert found["registry_notes"] == [seal]
    assert found["signed"] is None


@pytest.mark.parametrize(("dateline", "date"), [
    ("Budapest, 1968. augusztus 5.", "1968-08-05"),
    ("Praha 15. května 1969", "1969-05-15"),
    ("Ankara, 2 Ekim 1965", "1965-10-02"),
])
def test_hungarian_czech_and_turkish_months(dateline, date, resources) -> None:
    found = text_facts("FELJEGYZÉS\n\n" + dateline + TEXT + "\nPéter János\n", resources)
    assert found["date"] == date


@pytest.mark.parametrize(("mail", "sender"), [
    ("From: Hartley, Emma\nSent: Thursday, 3 June 2004 09:12\nTo: Records Review Team\n"
     "Subject: RE: the cablegram\n\nThanks - it matches the file copy.\n\nEmma\n\n"
     "-----Original Message-----\nFrom: Chen, Robert\nSent: Wednesday, 2 June 2004 17:40\n"
     "To: Hartley, Emma\nSubject: the cablegram\n\nBelow is the transcript. Could you check it?"
     "\n\nRob\n\n", "Richard Casey"),
    ("From: Moreau, Anne\nSent: Monday, 7 March 2011 10:02\nTo: Archives Desk\n"
     "Subject: cablegram for the file\n\nThe text as typed from the carbon copy.\n\nAnne\n\n",
     "Richard Casey"),
])
def test_an_outlook_chain_over_the_document(mail, sender, resources) -> None:
    found = text_facts(mail + "CABLEGRAM\nFROM: Department of External Affairs, Canberra\n"
                       "TO: High Commissioner, London\nNo. 812\nDated: 14 November 1956\n\n"
                       "SECRET\n\nPlease see Lloyd and convey our view before Friday.\n\n"
                       "R. G. CASEY\n", resources)
    assert found["date"] == "1956-11-14"
    assert found["sender"] == [sender]
    assert found["telegram_number"] == "812"


@pytest.mark.parametrize(("number_line", "end", "number", "date"), [
    ("NO 412 DATE 14 JULY 1967", "ACKNOWLEDGE STOP ARIKPO ENDS", "412", "1967-07-14"),
    ("NR 88 DTD 3.2.71", "REPORT BY TELEGRAM STOP ARIKPO", "88", "1971-02-03"),
])
def test_a_cablese_number_line_and_the_signature_after_the_last_stop(
        number_line, end, number, date, resources) -> None:
    found = text_facts("IMMEDIATE\nFROM EXTERNAL LAGOS\nTO NIGERIAN HIGH COMMISSION LONDON\n"
                       + number_line + "\nPLEASE INFORM FOREIGN OFFICE AT ONCE THAT FEDERAL"
                       " GOVERNMENT REGARDS EVENTS IN EAST AS INTERNAL MATTER STOP " + end
                       + "\n", resources)
    assert (found["telegram_number"], found["date"]) == (number, date)
    assert found["signed"] == "ARIKPO"
    assert found["sender"] == ["Okoi Arikpo"]


@pytest.mark.parametrize("head", [
    "VIỆT NAM DÂN CHỦ CỘNG HÒA\nĐộc lập – Tự do – Hạnh phúc\n[Democratic Republic of Vietnam\n"
    "Independence – Freedom – Happiness]\n---------------\n\nBỘ NGOẠI GIAO [Ministry of Foreign"
    " Affairs]",
    "ROYAUME DU CAMBODGE\nNation Religion King\nLAO PEOPLE'S DEMOCRATIC REPUBLIC\n"
    "Peace Independence Democracy Unity Prosperity\nMINISTRY OF FOREIGN AFFAIRS",
])
def test_a_states_motto_is_a_letterhead_line(head, resources) -> None:
    found = text_facts(head + "\nNo. 214/NG-M\nTELEGRAM\nHanoi, 8 February 1965\n\nTo: Comrade"
                       " Ambassador Tran Tu Binh, Beijing\n\n1. Yesterday American aircraft"
                       " attacked the northern provinces. The Ministry has issued a statement,"
                       " which the news agency will transmit to you tonight.\n\n2. Request an"
                       " early meeting with Comrade Zhou Enlai and report his answer.\n\n"
                       "Xuan Thuy\n", resources)
    assert found["telegram_number"] == "214/NG-M"
    assert found["addressee"] == ["Tran Tu Binh"]


@pytest.mark.parametrize(("dateline", "date", "signature", "sender"), [
    ("St. Petersburg, 20 July/2 August 1914.", "1914-08-02", "Sazonov.", "Sergey Sazonov"),
    ("Petrograd, February 27/March 12, 1917.", "1917-03-12", "Izvolsky.",
     "Alexander Izvolsky"),
])
def test_an_old_style_half_and_a_stopped_registered_surname(dateline, date, signature, sender,
                                                           resources) -> None:
    found = text_facts("Telegram No. 1612.\n\n" + dateline + "\n\n(Translation from the Russian.)"
                       "\n\nPlease inform the Government at once." + "\n\n" + signature + "\n",
                       resources)
    assert found["date"] == date
    assert (found["signed"], found["sender"]) == (signature, [sender])


@pytest.mark.parametrize(("address", "addressee"), [
    ("EMBAJADOR CASTILLO NÁJERA,\nWASHINGTON, D.C.", "Francisco Castillo Nájera"),
    ("MINISTRO BEIGBEDER,\nMADRID.", "Juan Beigbeder y Atienza"),
])
def test_a_spanish_telegrams_address_by_office_and_surname(address, addressee,
                                                          resources) -> None:
    found = text_facts("TELEGRAMA CIFRADO\nNúm. 1127\nMéxico, D.F., 19 de marzo de 1938.\n\n"
                       + address + TEXT + "\nHAY\n", resources)
    assert found["addressee"] == [addressee]


@pytest.mark.parametrize(("form", "doc_type"), [
    ("TELESPRESSO N. 1127/412", "report"),
    ("OFICIO N. 412", "letter"),
])
def test_an_italian_numbered_form_line(form, doc_type, resources) -> None:
    found = text_facts("R. AMBASCIATA D'ITALIA\nLONDRA\n\n" + form + "\nLondra, 12 marzo"
                       " 1936-XIV\n\nOggetto: Sanzioni." + TEXT + "\nGRANDI\n", resources)
    assert found["doc_type"] == doc_type
    assert found["date"] == "1936-03-12"


@pytest.mark.parametrize("mode", ["(Cipher)", "(En clair)"])
def test_a_telegrams_mode_in_parentheses_is_no_name(mode, resources) -> None:
    xml = text_xml(f"Telegram No. 412 {mode}\nDispatched: Paris, 5 May, Taisho 8 [1919], 10:00"
                   " p.m.\nFrom: Plenipotentiary Saionji\nTo: Foreign Minister Uchida" + TEXT,
                   resources)
    assert "per-cipher" not in xml and "per-en-clair" not in xml and "per-clair" not in xml
    assert 'ref="#per-saionji-kinmochi"' in xml
