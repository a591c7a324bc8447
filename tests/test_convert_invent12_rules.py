"""Rules from probing the converter with invented layouts (invent12: a French cable form's
date labels, Polish and Canadian datelines, a telex's frame and cablese closer, a circular
airgram's number, an operations memorandum, the styles of Ghana's head of state and of a
Spanish despatch, foreign ministries told by their states), each tried on a variant unlike
the fixture's."""

from __future__ import annotations

from lxml import etree

from tests.cases import text_facts, text_xml
from tests.tei_facts import referenced, reg_name, xp

TEXT = "\n\nThe talks ended without a communiqué.\n"


def tei(text: str, resources) -> etree._Element:
    return etree.fromstring(text_xml(text, resources).encode())


def names(root: etree._Element, kind: str) -> list[str]:
    return [reg_name(entry) for entry in referenced(root, kind)]


def test_french_handed_in_and_arrival_labels(resources) -> None:
    found = text_facts("TÉLÉGRAMME\nProvenance : Ambassade de France à Rabat\n"
                       "Date d'arrivée : 2 juin 1958, 07 h 45\n"
                       "Date de dépôt : 1 juin 1958, 22 h 05" + TEXT, resources)
    assert (found["date"], found["date_received"]) == ("1958-06-01", "1958-06-02T07:45")


def test_a_polish_dateline_with_dnia_and_the_year_mark(resources) -> None:
    found = text_facts("Nr 88/61\nMoskwa, dnia 14.XI.1961 r.\n\nObywatel Minister," + TEXT,
                       resources)
    assert (found["date"], found["place_of_origin"]) == ("1961-11-14", "Moscow")


def test_a_telex_number_line_answerbacks_and_a_cablese_closer(resources) -> None:
    text = ("21456 AMEMB NR\n061-412 FOREIGN IN\n+++\nTELEX NO. 88 DTD 3.2.1971\n"
            "FROM AMEMBASSY RANGOON\nSECRET\n\nTHE AMBASSADOR CALLED ON GENERAL NE WIN THIS "
            "MORNING AND DISCUSSED THE BORDER TALKS WITH CHINA AND THE RICE CREDIT STOP\n\n"
            "RGDS\nBYROADE\n")
    found = text_facts(text, resources)
    assert (found["telegram_number"], found["date"], found["signed"]) == (
        "88", "1971-02-03", "BYROADE")


def test_a_canadian_teletype_first_line_and_its_post_codes(resources) -> None:
    found = text_facts("FM LDN JAN3/57 SECRET\nTO EXTERNAL 41 PRIORITY\n\nFOLLOWING FOR USSEA "
                       "FROM ROBERTSON. THE CABINET MET THIS MORNING.\n", resources)
    assert (found["date"], found["place_of_origin"]) == ("1957-01-03", "London")
    assert "Ussea" not in found["addressee"]


def test_a_circular_airgram_and_its_number(resources) -> None:
    found = text_facts("CIRCULAR AIRGRAM\nCA-812\nMarch 3, 1961\nTO: All American "
                       "Consular Posts" + TEXT + "\nRUSK\n", resources)
    assert (found["doc_type"], found["telegram_number"]) == ("telegram", "CA-812")


def test_an_operations_memorandum_is_a_memorandum(resources) -> None:
    found = text_facts("OPERATIONS MEMORANDUM\nTO : Department of State\nFROM : Amembassy, "
                       "Accra\nDATE : May 2, 1958" + TEXT, resources)
    assert found["doc_type"] == "memorandum"


def test_the_osagyefo_style_salutation_closer_and_foot_address(resources) -> None:
    text = ("Accra, 2nd March, 1962.\n\nOsagyefo,\n\nI have the honour to report on the "
            "talks.\n\nI am, Osagyefo,\nYour obedient servant,\n\n(Sgd.) K. Botsio\n\n"
            "Osagyefo Dr. Kwame Nkrumah,\nFlagstaff House,\nAccra.\n")
    root = tei(text, resources)
    assert xp(root, "//tei:opener/tei:salute/text()") == ["Osagyefo,"]
    assert xp(root, "//tei:closer/tei:salute/text()") == ["I am, Osagyefo,",
                                                         "Your obedient servant,"]
    assert text_facts(text, resources)["addressee"] == ["Kwame Nkrumah"]


def test_the_spanish_despatch_salutation_and_closer(resources) -> None:
    root = tei("EMBAJADA DE ESPAÑA\nROMA\n\nExcmo. Sr.:\n\nI have the honour to report the "
               "audience.\n\nDios guarde a V.E. muchos años.\n\nEL EMBAJADOR\nFernando Castiella"
               "\n", resources)
    assert xp(root, "//tei:opener/tei:salute/text()") == ["Excmo. Sr.:"]
    assert xp(root, "//tei:closer/tei:salute/text()") == ["Dios guarde a V.E. muchos años."]


def test_a_foreign_ministry_is_told_by_the_state_over_it(resources) -> None:
    ghana = tei("MINISTRY OF FOREIGN AFFAIRS\nACCRA\n\n14th May, 1960\n\nThe Minister received "
                "the delegation from Lagos." + TEXT, resources)
    burma = tei("FOREIGN OFFICE, RANGOON\n\nNo. 12\n\nThe Chinese Ambassador called on the "
                "Foreign Office on Monday." + TEXT, resources)
    assert names(ghana, "org") == ["Ministry of Foreign Affairs of Ghana"]
    assert names(burma, "org") == ["Foreign Office of Burma"]


def test_a_capitals_role_closed_by_a_comma_and_a_despatch_number(resources) -> None:
    found = text_facts("EMBAJADA DE ESPAÑA\nPARÍS\n\nDESPACHO Nº 37\n\nExcmo. Sr.:\n\n"
                       "I have the honour to report the debate.\n\nDios guarde a V.E. "
                       "muchos años.\n\nParís, 4 de marzo de 1961.\n\nEL EMBAJADOR,\n"
                       "José María de Areilza\n", resources)
    assert (found["doc_type"], found["outgoing_number"], found["date"],
            found["place_of_origin"]) == ("letter", "37", "1961-03-04", "Paris")
    assert found["signed"] == "EL EMBAJADOR, José María de Areilza"
