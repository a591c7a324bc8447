"""More forms nobody had tried (fam11): Czech, Finnish and Indonesian cable headings, West
German handling marks and `Nr. ... vom`, the Swiss political report, a postscript under the
signature, a memorandum for the record with its participants, and a page of two documents."""

from __future__ import annotations

import pytest
from lxml import etree

from tests.cases import text_facts, text_xml
from tests.tei_facts import xp

_BODY = "The Minister received me this morning and spoke about the talks in Geneva.\n\n"


def test_a_czech_heading_gives_the_telegram_facts(resources) -> None:
    text = ("ŠIFROVANÝ TELEGRAM\nTajné – Naléhavé\n\n"
            "Odesláno: Moskva, 5.3.1963, 18.20 hod.\nPřijato: 6.3.1963, 01.10 hod.\n"
            "Číslo: 312\nKomu: s. ministr V. David\n\n" + _BODY + "Pavlíček\n")
    found = text_facts(text, resources)
    assert (found["doc_type"], found["telegram_number"]) == ("telegram", "312")
    assert (found["date"], found["date_received"]) == ("1963-03-05", "1963-03-06T01:10")
    assert found["place_of_origin"] == "Moscow"
    assert found["addressee"] == ["Václav David"]


def test_a_finnish_heading_and_a_nordic_address_by_title(resources) -> None:
    text = ("SALASÄHKE\n\nLähettäjä: Suurlähetystö, Washington\n"
            "Lähetetty: 2.4.1962 klo 17.05\nSaapunut: 3.4.1962 klo 00.40\nN:o 77\n"
            "Erittäin salainen\n\nUtrikesminister Undén\n\n" + _BODY + "Wuori\n")
    found = text_facts(text, resources)
    assert (found["doc_type"], found["telegram_number"]) == ("telegram", "77")
    assert (found["date"], found["date_received"]) == ("1962-04-02", "1962-04-03T00:40")
    assert found["place_of_origin"] == "Washington"  # `Suurlähetystö` (embassy) is no place
    assert found["addressee"] == ["Östen Undén"]


def test_an_indonesian_heading_with_indonesian_months(resources) -> None:
    text = ("KAWAT KELUAR\n\nDari: Menteri Luar Negeri, Djakarta\nKepada: Kedutaan Besar R.I., "
            "Moskwa\nNomor: 112/M/63\nTanggal: 3 Maret 1963, djam 09.15\nSangat rahasia\n\n"
            + _BODY + "SUBANDRIO\n")
    found = text_facts(text, resources)
    assert (found["doc_type"], found["telegram_number"]) == ("telegram", "112/M/63")
    assert found["date"] == "1963-03-03"
    assert found["place_of_origin"] == "Jakarta"
    assert found["sender"] == ["Subandrio"]  # `Menteri Luar Negeri` (the minister) names no one


def test_a_german_number_line_dates_the_telex(resources) -> None:
    text = ("Fernschreiben (offen)\nAus: Paris\nNr. 77 vom 3.5.1961\nPlurez\nVS-Geheim\n\n"
            + _BODY + "Blankenhorn\n")
    found = text_facts(text, resources)
    assert (found["telegram_number"], found["date"]) == ("77", "1961-05-03")
    assert found["place_of_origin"] == "Paris"


def test_a_political_report_stays_a_report_under_its_salutation(resources) -> None:
    text = ("Archives fédérales suisses, E 2001E#1976/17#1234*\n\n"
            "Rapport politique n° 12\nConfidentiel\n\nMoscou, le 4 mai 1959\n\n"
            "Herr Minister,\n\n" + _BODY
            + "Veuillez agréer, Monsieur le Conseiller fédéral, l'assurance de ma haute "
              "considération.\n\nLindt\n")
    found = text_facts(text, resources)
    assert found["doc_type"] == "report"
    assert (found["repository"], found["archive_idno"]) == (
        "Archives fédérales suisses", "E 2001E#1976/17#1234*")
    assert found["signed"] == "Lindt"
    assert "per-minister" not in text_xml(text, resources)  # `Herr Minister,` is an office


def test_a_postscript_follows_the_closer(resources) -> None:
    text = ("Bonn, May 4, 1961\n\nDear Mr. Secretary,\n\n" + _BODY
            + "Sincerely yours,\n\nWilhelm Grewe\n\nP. S. My wife sends her kind regards.\n")
    root = etree.fromstring(text_xml(text, resources).encode())
    found = text_facts(text, resources)
    assert found["signed"] == "Wilhelm Grewe"
    assert found["sender"] == ["Wilhelm Grewe"]
    assert [" ".join("".join(p.itertext()).split()) for p in xp(root, "//tei:postscript/tei:p")] \
        == ["P. S. My wife sends her kind regards."]


@pytest.mark.parametrize("line", ["Yours ever,", "Ever yours,", "Genehmigen Sie, Herr "
                                  "Minister, die Versicherung meiner vorzüglichen Hochachtung."])
def test_valedictions_of_letters_and_reports(line: str, resources) -> None:
    text = "Washington, May 4, 1961\n\nDear Dean,\n\n" + _BODY + line + "\n\nKoht\n"
    root = etree.fromstring(text_xml(text, resources).encode())
    assert [" ".join("".join(s.itertext()).split())
            for s in xp(root, "//tei:closer/tei:salute")] == [line]


def test_a_memorandum_for_the_record_keeps_its_participants(resources) -> None:
    text = ("MEMORANDUM FOR THE RECORD\n\nSUBJECT: Talks on Berlin\n\n"
            "PARTICIPANTS: Secretary Rusk\n   Ambassador Thompson\n   Mr. Kohler\n\n"
            + _BODY + "Foy D. Kohler\n\n3 May 1961\n")
    root = etree.fromstring(text_xml(text, resources).encode())
    assert text_facts(text, resources)["doc_type"] == "memorandum"
    members = xp(root, "//tei:ab[@subtype='participants']")
    assert len(members) == 3


def test_the_second_document_on_a_page_keeps_out_of_the_first(resources) -> None:
    text = ("12. Memorandum From the Secretary of State to the President/1/\n\n"
            "Washington, May 3, 1961.\n\n" + _BODY + "Dean Rusk\n\n"
            "13. Letter From the President to Prime Minister Macmillan/1/\n\n"
            "Washington, May 4, 1961.\n\nDear Friend,\n\n" + _BODY + "John F. Kennedy\n")
    found = text_facts(text, resources)
    assert (found["signed"], found["sender"]) == ("Dean Rusk", ["Dean Rusk"])
    assert found["numbered_points"] == 0
    root = etree.fromstring(text_xml(text, resources).encode())
    assert xp(root, "//tei:div[@type='attachment']/tei:head")
