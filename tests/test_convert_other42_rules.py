"""Rules from the misses of the other42 blind sample (national editions in their original
languages: Dodis, the DDF on French Wikisource, a Russian edition of the German-Soviet
documents, Ciano's letters, Spanish documents in a Hungarian journal, a Portuguese model
letter on Portuguese Wikisource).

A Russian edition's heading in capitals joins the parties by a dash, the addressee in the
dative or after `В` (`ПОСОЛ ШУЛЕНБУРГ — В МИД ГЕРМАНИИ`); its dateline gives the receipt on
the same line (`Москва, 19 октября 1940-15.20 Получена 19 октября 1940-18.00`), its handling
marks are Russian (`Срочно!`), the form line `Телеграмма`, the telegram's own number `№ 2209
от 19 октября`. A French edition's heading names a party with an elided particle (`M.
d’Harcourt`) or a title in small letters (`M. le duc Decazes`); the signature keeps the
particle (no `Harcourt` of the register); `Votre bien dévoué.` is a close. A Wikisource page
in another language's Page namespace (`Página:`) and fr.wikisource's proofreading status are
the wiki's furniture; a note numbered as a point (`1. Voir ...`) is a note when its anchor
`[1]` stands above. The Portuguese dateline sets `em` before the day (`Londres em 29 de
Janeiro de 1847.`), under a legation's letterhead (`Legação de Portugal em Londres.`), the
address `Ill.mo e Ex.mo Sr.`, the close `Deus Guarde a V. Ex.ª`."""

from __future__ import annotations

import pytest

from tests.cases import text_facts, text_xml

_RU_BODY = ("Сегодня я передал Молотову Ваше письмо. Молотов обещал ответить завтра.\n\n"
            "ШУЛЕНБУРГ\n")


def _parties(xml: str) -> tuple[str, str]:
    correspondence = xml.split("<correspDesc>", 1)[1].split("</correspDesc>", 1)[0]
    sent, received = correspondence.split('type="received"')
    return sent, received


@pytest.mark.parametrize(("heading", "addressee_id"), [
    ("135. ПОСОЛ ШУЛЕНБУРГ — В МИД ГЕРМАНИИ", "org-german-foreign-office-1870-1945"),
    ("ПОСОЛ ШУЛЕНБУРГ — РИББЕНТРОПУ", "per-joachim-von-ribbentrop"),
])
def test_a_russian_editions_dash_heading_dateline_and_receipt(
        heading: str, addressee_id: str, resources) -> None:
    text = (f"{heading}\n\nТелеграмма\n\nМосква, 2 мая 1940 — 23.10 Получена 3 мая 1940 — 4.05"
            f"\n\nСрочно!\n\n№ 815 от 2 мая\n\n{_RU_BODY}")
    xml = text_xml(text, resources)
    sent, received = _parties(xml)
    assert "per-friedrich-werner-von-der-schulenburg" in sent and addressee_id in received
    facts = text_facts(text, resources)
    assert facts["date"] == "1940-05-02" and facts["telegram_number"] == "815"
    assert 'when="1940-05-03T04:05:00"' in received
    body = xml.split("<body>", 1)[1]
    assert 'subtype="classification">Срочно!' in body


def test_a_russian_line_with_a_dash_in_small_letters_is_no_heading(resources) -> None:
    text = ("Москва — Берлин\n\nТелеграмма\n\nМосква, 2 мая 1940 — 23.10 Получена 3 мая 1940 — "
            f"4.05\n\n{_RU_BODY}")
    _sent, received = _parties(text_xml(text, resources))
    assert "persName" not in received and "orgName" not in received


def test_another_telegrams_number_on_a_reference_line_is_not_this_ones(resources) -> None:
    text = (f"ПОСОЛ ШУЛЕНБУРГ — РИББЕНТРОПУ\n\nТелеграмма\n\nНа Вашу телеграмму № 409 от 5 марта"
            f"\n\n{_RU_BODY}")
    assert text_facts(text, resources)["telegram_number"] != "409"


@pytest.mark.parametrize(("heading", "addressee"), [
    ("M. d’Harcourt, Ambassadeur de France à Londres, à M. le duc Decazes, Ministre des "
     "Affaires étrangères.", "Decazes"),
    ("M. d'Harcourt, Ambassadeur de France à Vienne, à M. Waddington, Ministre des Affaires "
     "étrangères.", "Waddington"),
])
def test_a_french_heading_with_an_elided_particle_and_the_signature_keeping_it(
        heading: str, addressee: str, resources) -> None:
    signer = heading.split(",", 1)[0].removeprefix("M. ")
    text = (f"212.\n\n{heading}\n\nLondres, 4 mai 1878.\n\nMon cher Monsieur,\n\nJe viens de voir "
            f"Lord Salisbury.\n\nVotre bien dévoué.\n\n{signer}.\n")
    xml = text_xml(text, resources)
    sent, received = _parties(xml)
    assert "Harcourt</persName>" in sent and "lewis-harcourt" not in xml
    assert addressee in received
    closer = xml.split("<closer>", 1)[1].split("</closer>", 1)[0]
    assert "<salute>Votre bien dévoué.</salute>" in closer and signer in closer


def test_other_wikisources_page_names_and_the_proofreading_status_are_furniture(
        resources) -> None:
    text = ("Página:Quatro regras de diplomacia.pdf/151\n\nWikisource, a biblioteca livre\n\n"
            "Cette page n’a pas encore été corrigée\n\nLondres, 4 mai 1878.\n\nMon cher "
            "Monsieur,\n\nJe viens de voir Lord Salisbury[1].\n\nVotre bien dévoué.\n\nWaddington."
            "\n  1. Voir t. II, n° 336.\n")
    body = text_xml(text, resources).split("<text", 1)[1]
    assert "Página" not in body and "biblioteca livre" not in body and "corrigée" not in body
    assert '<note' in body and "Voir t. II" in body.split("<note", 1)[1]


def test_a_numbered_last_point_without_a_bracketed_anchor_stays_a_point(resources) -> None:
    text = ("Londres, 4 mai 1878.\n\nJe vous propose ce qui suit :\n\n1. Voir Lord Salisbury "
            "demain.\n")
    assert "<note" not in text_xml(text, resources).split("<text", 1)[1]


@pytest.mark.parametrize("letterhead", ["Legação de Portugal em Londres.", "Legação Portuguesa."])
def test_a_portuguese_dateline_with_em_under_a_legations_letterhead(
        letterhead: str, resources) -> None:
    text = (f"{letterhead}\n\nLondres em 29 de Janeiro de 1847.\n\nIll.mo e Ex.mo Sr.\n\nTenho a "
            "honra de participar a V. Ex.ª que recebi o despacho.\n\nDeus Guarde a V. Ex.ª\n\n"
            "Conde de Lavradio.\n")
    facts = text_facts(text, resources)
    assert facts["date"] == "1847-01-29" and facts["doc_type"] == "letter"
    xml = text_xml(text, resources)
    assert "<salute>Ill.mo e Ex.mo Sr.</salute>" in xml
    assert "<salute>Deus Guarde a V. Ex.ª</salute>" in xml
