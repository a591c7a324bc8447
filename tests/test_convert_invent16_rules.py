"""Rules from probing the converter with invented layouts nobody had fed it (invent16): the
Italian curial close of a nuncio's or an envoy's report kept in Italian, over three lines, and
the cross before a bishop's name; the Spanish-speaking ministries' `Dios guarde a Vuestra
Excelencia.` spelt out and the `(Firmado)` mark before a copied signature; the Italian,
Spanish and royal addressee at a letter's foot by style (`A Sua Eminenza Reverendissima`,
`A Su Excelencia el señor ...`, `His Royal Highness Prince ...`) and the royal and
cardinal's salutations (`Your Royal Highness,`, `Eminenza Reverendissima,`); an envoy's rank
(`Extraordinario y Plenipotenciario`) and `Ciudad.` being no names; a Siamese Buddhist Era
date with an ordinal day, the year beginning on 1 April before 1941; a Yugoslav
`ZABELEŠKA` and a select committee's `MINUTES OF EVIDENCE` as records; the War Department
message center's marks under a message; a box drawn round an index card's fields; a
sentence about a knight closing a minute being no foot address; a decimal file number in
capitals (`FILE NO. 711.94/1935`, an index card) as the archive reference; each tried on two
layouts, one unlike the fixture's."""

from __future__ import annotations

import re

import pytest

from tests.cases import text_facts, text_xml

TEXT = "\n\nThe talks ended without a communiqué.\n"


@pytest.mark.parametrize(("close", "signature", "role"), [
    ("Inchinato al bacio della Sacra Porpora, ho l'onore di confermarmi con sensi di"
     " profondissima venerazione\ndell'Eminenza Vostra Reverendissima\numilissimo,"
     " devotissimo, obbligatissimo servo", "+ Luigi Maglione", "Arcivescovo tit. di Cesarea"),
    ("Ho l'onore di professarmi con profondo ossequio\ndi Vostra Eccellenza\ndevotissimo"
     " servo", "+ Angelo Roncalli", "Nunzio Apostolico"),
])
def test_the_italian_curial_close_and_a_bishops_cross(close, signature, role,
                                                      resources) -> None:
    found = text_facts("NUNZIATURA APOSTOLICA\nIN FRANCIA\nN. 2214\nParigi, 4 maggio 1931\n\n"
                       "Eminenza Reverendissima," + TEXT + "\n" + close + "\n" + signature
                       + "\n" + role + "\n\nA Sua Eminenza Reverendissima\nil Signor Cardinale"
                       " Eugenio Pacelli\nSegretario di Stato di Sua Santità\n", resources)
    assert found["signed"] == f"{signature} {role}"
    assert found["addressee"] == ["Pius XII"]


@pytest.mark.parametrize(("close", "mark"), [
    ("Dios guarde a Vuestra Excelencia.", "(Firmado)"),
    ("Dios guarde a Usted muchos años.", "(Firmato)"),
])
def test_dios_guarde_spelt_out_and_a_bracketed_signature_mark(close, mark, resources) -> None:
    xml = text_xml("MINISTERIO DE RELACIONES EXTERIORES\nLima, 3 de julio de 1941.\n\n"
                   "Señor Embajador:" + TEXT + "\n" + close + "\n\n" + mark
                   + " Alfredo Solf y Muro\n\nA Su Excelencia el señor R. Henry Norweb,\n"
                   "Embajador Extraordinario y Plenipotenciario de los Estados Unidos de"
                   " América.\nCiudad.\n", resources)
    assert f"<salute>{close}</salute>" in xml
    assert f"<signed>{mark} <persName ref=\"#per-alfredo-solf-y-muro\">" in xml
    assert "per-extraordinario" not in xml and "per-ciudad" not in xml


@pytest.mark.parametrize(("dateline", "date"), [
    ("12th March, B.E. 2469 (1927).", "1927-03-12"),
    ("12 March B.E. 2469", "1927-03-12"),
    ("5th May, B.E. 2469.", "1926-05-05"),
    ("3 January B.E. 2500", "1957-01-03"),
])
def test_a_siamese_buddhist_era_date(dateline, date, resources) -> None:
    found = text_facts("ROYAL SIAMESE LEGATION,\nLONDON.\n\n" + dateline + "\n\n"
                       "Your Royal Highness," + TEXT + "\nI have the honour to be,\n"
                       "Your Royal Highness's most obedient servant,\n\nPhya Srivisar\n"
                       "Minister.\n\nHis Royal Highness Prince Traidos Prabandh,\n"
                       "Minister for Foreign Affairs,\nBangkok.\n", resources)
    assert (found["date"], found["addressee"], found["signed"]) == (
        date, ["Traidos Prabandh"], "Phya Srivisar Minister.")


@pytest.mark.parametrize("heading", [
    "ZABELEŠKA [RECORD]\no razgovoru sa ambasadorom Velike Britanije",
    "Zabilješka o razgovoru s veleposlanikom",
    "MINUTES OF EVIDENCE\nTAKEN BEFORE THE SELECT COMMITTEE ON ESTIMATES",
])
def test_a_yugoslav_record_and_minutes_of_evidence_are_records(heading, resources) -> None:
    found = text_facts(heading + "\n\nBeograd, 14. maja 1955." + TEXT, resources)
    assert found["doc_type"] == "record of conversation"


@pytest.mark.parametrize("stamp", [
    "CM-IN-13215          (15 Aug 45)          DTG 141530Z          eh",
    "CM-OUT-4127 (3 Mar 44)",
])
def test_the_message_centers_marks_under_a_message(stamp, resources) -> None:
    found = text_facts("WAR DEPARTMENT\nCLASSIFIED MESSAGE CENTER\nINCOMING CLASSIFIED MESSAGE\n\n"
                       "From: CG US Forces India Burma Theater\nTo: War Department\n"
                       "Nr: CRAX 2210          3 March 1944" + TEXT + "\nACTION: OPD\n"
                       "INFO: CofS\n\n" + stamp + "\n", resources)
    assert found["registry_notes"][:2] == ["ACTION: OPD", "INFO: CofS"]
    assert found["registry_notes"][2].startswith("CM-")


@pytest.mark.parametrize(("top", "side", "rule"), [
    ("+----------------------------------------------+", "|", "+-----------------------+"
     "----------------------+"),
    ("┌──────────────────────────────────────────────┐", "│", "├───────────────────────"
     "──────────────────────┤"),
])
def test_a_box_drawn_index_card(top, side, rule, resources) -> None:
    def row(text: str) -> str:
        return f"{side} {text:<45}{side}"
    card = "\n".join([top, row("FILE NO. 740.0011/412"), rule, row("REGARDING:"),
                      row("Rumour that the Minister will resign before the"),
                      row("situation in the Balkans."), rule.replace("┤", "┘").replace(
                          "├", "└")])
    xml = text_xml("DEPARTMENT OF STATE\n" + card + "\n", resources)
    assert "+---" not in xml and "───" not in xml and side not in xml.split("<text")[1]
    plain = " ".join(re.sub(r"<[^>]+>", "", xml.split("<text")[1]).split())
    assert "Rumour that the Minister will resign before the situation in the Balkans." in plain


@pytest.mark.parametrize("sentence", [
    "Sir Orme Sargent has seen them.",
    "Sir Alexander Cadogan agreed with this view.",
])
def test_a_sentence_about_a_knight_is_no_foot_address(sentence, resources) -> None:
    xml = text_xml("FOREIGN OFFICE\n\nMINUTE\n\nSecretary of State," + TEXT + "\n"
                   + sentence + "\n\nC. F. A. Warner\n4th October, 1945.\n", resources)
    assert "<signed><persName ref=\"#per-christopher-warner\">C. F. A. Warner</persName>" in xml


@pytest.mark.parametrize(("line", "idno"), [
    ("FILE NO. 711.94/1935", "711.94/1935"),
    ("FILE NO. 740.0011 European War 1939/412", "740.0011 European War 1939/412"),
])
def test_a_decimal_file_number_in_capitals(line, idno, resources) -> None:
    found = text_facts("DEPARTMENT OF STATE\n" + line + "\n\nFROM Tokyo (Grew)\n"
                       "DATED Jan 27, 1941" + TEXT, resources)
    assert found["archive_idno"] == idno
