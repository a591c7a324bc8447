"""Family rules of the second round of blind fixtures, each tried on invented variants:
valedictions and role lines in the languages translations keep, signature marks, a capital
written with its district, a label padded out to a column, an archive's name heading its
page, the original language named in a translator's line."""

from __future__ import annotations

import pytest
from lxml import etree

from tei.convert import convert_text
from tests.tei_facts import action_persons, xp

HEAD = "TELEGRAM No. 412\n\nFrom: Havana\nDate: 27.10.1962\n\n"
TEXT = "The Foreign Minister received me today and spoke about the blockade.\n\n"


def _root(text: str, resources) -> etree._Element:
    return etree.fromstring(convert_text(text, "t", resources).xml)


def _text(root: etree._Element, path: str) -> list[str]:
    """The text of each element found, a line break (`lb`) read as a space."""
    return [" ".join(" ".join(e.xpath(".//text()")).split()) for e in xp(root, path)]


@pytest.mark.parametrize("valediction", [
    "Respetuosamente,", "Atentamente,", "Respeitosamente,", "Distinti saluti",
    "Mit sozialistischem Gruß", "Z towarzyskim pozdrowieniem", "S soudružským pozdravem",
    "Cu stimă,", "Best regards,", "Very truly yours,"])
def test_a_valediction_of_another_language_closes_the_message(valediction: str,
                                                               resources) -> None:
    root = _root(f"{HEAD}{TEXT}{valediction}\nKOVACS\n", resources)
    assert _text(root, "//tei:closer/tei:salute") == [valediction]
    assert _text(root, "//tei:closer/tei:signed") == ["KOVACS"]


@pytest.mark.parametrize("role", ["EL EMBAJADOR", "O Embaixador", "Der Botschafter",
                                  "The Ambassador", "Il Ministro"])
def test_a_role_line_with_an_article_and_the_name_under_it_are_one_signature(
        role: str, resources) -> None:
    root = _root(f"{HEAD}{TEXT}{role}\nGilberto Bosques\n", resources)
    assert _text(root, "//tei:closer/tei:signed") == [f"{role} Gilberto Bosques"]
    assert action_persons(root, "sent") == ["Gilberto Bosques"]


@pytest.mark.parametrize("mark", ["gez.", "f.to", "firmado"])
def test_a_signature_mark_of_another_language_marks_the_signer(mark: str, resources) -> None:
    root = _root(f"{HEAD}{TEXT}{mark} Dölling\n", resources)
    assert action_persons(root, "sent") == ["Rudolf Dölling"]


@pytest.mark.parametrize(("dateline", "place", "when"), [
    ("Washington, D.C., October 24, 1962", "Washington", "1962-10-24"),
    ("México, D.F., 29 de octubre de 1962", "Mexico City", "1962-10-29"),
])
def test_a_capital_with_its_district_is_the_city(dateline: str, place: str, when: str,
                                                 resources) -> None:
    root = _root(f"No. 4127\n\n{dateline}\n\n{TEXT}KOVACS\n", resources)
    ref = xp(root, "//tei:correspAction[@type='sent']/tei:placeName/@ref")[0]
    assert _text(root, f"//tei:place[@xml:id='{ref[1:]}']/tei:placeName[@type='reg']") == [place]
    assert xp(root, "//tei:correspAction[@type='sent']/tei:date/@when")[0].startswith(when)


@pytest.mark.parametrize("label", ["TO:", "To:", "ADDRESSEE:"])
def test_a_label_padded_out_to_a_column_keeps_its_value(label: str, resources) -> None:
    heading = f"CODE CABLE\n\n{label}      HAMMARSKJOLD, UNATIONS NEW YORK\nFROM:    BUNCHE\n\n"
    root = _root(f"{heading}{TEXT}BUNCHE\n", resources)
    assert action_persons(root, "received") == ["Dag Hammarskjöld"]
    assert action_persons(root, "sent") == ["Ralph Bunche"]


@pytest.mark.parametrize(("first", "reference", "shelfmark"), [
    ("Israel State Archives", "File: ISA, MFA 3071/12", "ISA, MFA 3071/12"),
    ("Diplomatic Archives of the Ministry of Foreign Affairs of Japan",
     "Reference code: A'-0356, Reel A'-0125", "A'-0356, Reel A'-0125"),
    ("Riksarkivet", "Reference code: SE/RA/2401, HP 1, Vol. 512", "SE/RA/2401, HP 1, Vol. 512"),
])
def test_an_archives_name_heading_the_page_is_the_repository(first: str, reference: str,
                                                             shelfmark: str, resources) -> None:
    root = _root(f"{first}\n{reference}\n\n{HEAD}{TEXT}KOVACS\n", resources)
    assert _text(root, "//tei:msIdentifier/tei:repository") == [first]
    assert _text(root, "//tei:msIdentifier/tei:idno[@type='shelfmark']") == [shelfmark]
    assert first not in _text(root, "//tei:text")[0]


@pytest.mark.parametrize(("language", "code"), [("Spanish", "es"), ("German", "de"),
                                                ("Czech", "cs")])
def test_a_translators_line_names_the_original_language(language: str, code: str,
                                                        resources) -> None:
    source = f"Source: Archivo Central, Caja 3. Translated from the {language} by Ana Pérez."
    root = _root(f"{HEAD}{TEXT}KOVACS\n\n{source}\n", resources)
    lang = xp(root, "//tei:msContents/tei:textLang")[0]
    assert (lang.get("mainLang"), lang.text) == (code, language)
