"""Rules for names and bodies (names13): a shared body told by the title's parties; the
House of Commons told by the document's country; a surname with its country in parentheses;
a title's country before the holder's name; a ruling house's `Al`; possessives outside the
name's element everywhere."""

from __future__ import annotations

import pytest
from lxml import etree

from tei.convert import convert_text
from tests.cases import text_facts
from tests.tei_facts import xp


def _refs(text: str, resources, kind: str = "persName") -> list[str]:
    root = etree.fromstring(convert_text(text, "t", resources).xml)
    return xp(root, f"//tei:text//tei:{kind}/@ref")


def _names(text: str, resources) -> list[str]:
    root = etree.fromstring(convert_text(text, "t", resources).xml)
    return ["".join(n.itertext()) for n in xp(root, "//tei:text//tei:persName")]


def test_a_shared_body_is_the_title_partys_when_the_text_names_the_host_more(
        resources) -> None:
    text = ("---\ntitle: \"Cable from the Chinese Embassy in Poland, 'Polish Leaders on the "
            "Prospects of the Polish Economy in the Coming Year'\"\n---\n\nTo the Ministry "
            "of Foreign Affairs:\n\nThe Polish comrades said that Polish farms would grow. "
            "Warsaw agrees.\n\nChinese Embassy in Poland\n")
    found = _refs(text, resources, "orgName")
    assert found and set(found) == {"#org-ministry-of-foreign-affairs-of-the-prc"}


@pytest.mark.parametrize(("heading", "ident"), [
    ("TELEGRAM 611\n\nOttawa, April 9, 1964\n\nTO: Canadian Ambassador, Washington\n",
     "#org-house-of-commons-of-canada"),
    ("TELEGRAM 611\n\nLondon, April 9, 1964\n\nFROM: Foreign Office\n",
     "#org-house-of-commons"),
])
def test_the_house_of_commons_is_the_documents_countrys(heading: str, ident: str,
                                                       resources) -> None:
    text = heading + "\nThe House of Commons debated the wheat sales yesterday.\n"
    assert _refs(text, resources, "orgName")[-1] == ident


def test_the_house_of_commons_without_a_country_is_left_unresolved(resources) -> None:
    text = "TELEGRAM 611\n\nThe House of Commons debated the wheat sales yesterday.\n"
    assert _refs(text, resources, "orgName") == ["#org-house-of-commons-2"]


@pytest.mark.parametrize(("country", "ident"), [
    ("Canada", "#per-paul-martin-sr"),     # the register's Canadian Martin
    ("USA", "#per-graham-martin"),         # the register's American one
    ("France", "#per-martin"),             # none of that country: local, no namesake
])
def test_a_surname_with_its_country_in_parentheses_is_that_countrys(
        country: str, ident: str, resources) -> None:
    text = f"TELEGRAM 12\n\nNew York, May 3, 1966\n\nMartin ({country}) spoke first.\n"
    assert _refs(text, resources) == [ident]


def test_an_unknown_surname_before_a_country_in_parentheses_is_a_person(resources) -> None:
    text = ("TELEGRAM 12\n\nNew York, May 3, 1970\n\nPresent were Sharp (Canada), Lindqvist "
            "(Sweden) and delegates in Geneva (Switzerland).\n")
    assert _refs(text, resources) == ["#per-mitchell-sharp", "#per-lindqvist"]


def test_a_titles_country_stands_between_the_title_and_the_name(resources) -> None:
    text = ("TELEGRAM 12\n\nVientiane, May 3, 1977\n\nThe Deputy Foreign Minister of the Lao "
            "PDR Khamsing Vongsavath was at the airport. The First Deputy Chairman of the "
            "DPRK Cabinet of Ministers was not.\n")
    assert _names(text, resources) == ["Khamsing Vongsavath"]


def test_a_ruling_houses_article_is_no_word_of_a_titled_name(resources) -> None:
    text = "TELEGRAM 12\n\nAbu Dhabi, May 3, 1975\n\nSheikh Khalifa bin Zayed Al Nahyan came.\n"
    assert _names(text, resources) == ["Khalifa bin Zayed Al Nahyan"]


@pytest.mark.parametrize("line", [
    "Ambassador Smithson's car was late.",            # a local name after a title
    "Premier Pham Van Dong's car was late.",          # a register name after a title
    "Pham Van Dong's car was late.",                  # a register name alone
    "Deputy Foreign Minister Hoang Van Loi's car was late.",  # a family-first name
])
def test_a_possessive_stays_outside_the_name_inside_and_outside_titles(line: str,
                                                                       resources) -> None:
    xml = convert_text(f"TELEGRAM 12\n\nHanoi, May 3, 1972\n\n{line}\n", "t", resources).xml
    assert b"</persName>'s car" in xml


def test_a_capitals_subject_naming_a_place_is_no_party_place(resources) -> None:
    text = ("TELEGRAM 1422\n\nFROM: SECRETARY OF STATE\nTO: AMBASSADOR\nSUBJECT: HANOI'S "
            "POSITION ON THE PARIS TALKS\n\n1. WE SEE NO CHANGE.\n\nRUSK\n")
    facts = text_facts(text, resources)
    assert facts["place_of_origin"] is None
    root = etree.fromstring(convert_text(text, "t", resources).xml)
    assert not xp(root, "//tei:correspAction//tei:placeName")


@pytest.mark.parametrize("address", ["Canadian Ambassador, Washington", "West German Ambassador"])
def test_a_country_adjective_before_a_title_is_no_addressee_name(address: str,
                                                                 resources) -> None:
    text = (f"TELEGRAM 611\n\nOttawa, April 9, 1964\n\nFROM: Secretary of State for External "
            f"Affairs\nTO: {address}\n\nThe wheat sales were discussed.\n")
    root = etree.fromstring(convert_text(text, "t", resources).xml)
    # (cw66) the sender's office alone names its holder in 1964, Paul Martin Sr.; no one else
    assert not xp(root, "//tei:persName[not(ancestor::tei:person[@xml:id='per-paul-martin-sr'])]")
    assert [el.get("ref") for el in xp(root, "//tei:correspAction//tei:roleName")] == [
        "#per-paul-martin-sr", None]
