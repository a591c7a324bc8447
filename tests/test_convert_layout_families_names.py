"""Name rules of layout families the converter had not met, each tried on invented
variants: a surname of a person already named, `Comrade` opening a sentence, organisation
names shared by several countries, register names spelt another way, office symbols and
possessives after a name."""

from __future__ import annotations

import pytest
from lxml import etree

from tei.convert import convert_text
from tests.tei_facts import action_persons, xp

BODY = "The Ambassador received me today and spoke about the situation.\n\nKOVACS\n"


def _root(text: str, resources) -> etree._Element:
    return etree.fromstring(convert_text(text, "t", resources).xml)


@pytest.mark.parametrize(("full", "surname", "other"), [
    ("Adam Malik", "Malik", "per-yakov-malik"),
    ("ADAM MALIK", "MALIK", "per-yakov-malik"),
])
def test_a_surname_is_the_person_of_that_surname_named_before(full: str, surname: str,
                                                              other: str, resources) -> None:
    root = _root(f"TELEGRAM\nFROM: Jakarta\n\n{full} was present. Later {surname} said "
                 f"that the talks would go on.\n\nKOVACS\n", resources)
    refs = xp(root, "//tei:text//tei:persName/@ref")
    assert refs.count("#per-adam-malik") == 2 and f"#{other}" not in refs


@pytest.mark.parametrize("sentence", [
    "Comrade Molotov received me this afternoon at his own request.",
    "Comrade Gromyko told me that the answer would come soon.",
])
def test_a_sentence_opening_with_comrade_is_no_address(sentence: str, resources) -> None:
    root = _root(f"Ciphered telegram\nMoscow, 4 May 1956\nTo Comrade Hegedüs\n\n{sentence}\n\n"
                 "Boldoczki\n", resources)
    assert action_persons(root, "received") == ["András Hegedüs"]
    assert not xp(root, "//tei:opener/tei:address")


@pytest.mark.parametrize(("context", "org"), [
    ("Received: 4 May 1965, 11.40, in Bonn", "#org-federal-foreign-office"),
    ("The Federal Government will answer the note.", "#org-federal-foreign-office"),
    ("His Majesty's Government will answer the note.", "#org-foreign-office"),
    ("Repeated to Tokyo as No. 12.", "#org-ministry-of-foreign-affairs-of-japan"),
])
def test_a_shared_organisation_name_is_resolved_by_the_documents_country(
        context: str, org: str, resources) -> None:
    text = f"TELEX No. 412\nFrom: Embassy Moscow\nTo: Foreign Office\n\n{context}\n\n{BODY}"
    root = _root(text, resources)
    assert xp(root, "//tei:correspAction[@type='received']/tei:orgName/@ref") == [org]


def test_a_shared_organisation_name_without_context_is_left_unresolved(resources) -> None:
    text = "TELEX No. 412\nFrom: Embassy Moscow\nTo: Foreign Office\n\n" + BODY
    conversion = convert_text(text, "t", resources)
    root = etree.fromstring(conversion.xml)
    refs = xp(root, "//tei:correspAction[@type='received']/tei:orgName/@ref")
    assert refs and refs[0] not in ("#org-foreign-office", "#org-federal-foreign-office")
    assert xp(root, f"//tei:org[@xml:id='{refs[0][1:]}']/tei:note[@type='local']")
    assert [w.rule for w in conversion.warnings].count("ambiguous-name") == 1


@pytest.mark.parametrize(("mention", "person"), [
    ("Deputy Foreign Minister Semjonow", "Vladimir Semyonov"),
    ("Premier Schiwkow", "Todor Zhivkov"),
    ("Foreign Minister Baschew", "Ivan Bashev"),
    ("Marshal Biryusov", "Sergey Biryuzov"),
    ("Comrade Stanischew", "Dimitar Stanishev"),
])
def test_a_register_name_spelt_another_way_is_that_person(mention: str, person: str,
                                                         resources) -> None:
    text = (f"TELEX No. 412\nFrom: Embassy Moscow\n\n{mention} received me today.\n\nOn the "
            f"routes {mention.split()[-1]} repeated the known position.\n\nKOVACS\n")
    conversion = convert_text(text, "t", resources)
    root = etree.fromstring(conversion.xml)
    refs = xp(root, "//tei:text//tei:persName/@ref")
    ident = xp(root, f"//tei:person[tei:persName[@type='reg']='{person}']/@xml:id")
    assert ident and refs.count(f"#{ident[0]}") == 2
    assert [w.rule for w in conversion.warnings].count("spelling-variant") == 1


@pytest.mark.parametrize("mention", ["Mr. Damm", "Ambassador John Kenneth Galbraith"])
def test_a_short_or_differently_named_surname_is_no_spelling_variant(mention: str,
                                                                     resources) -> None:
    text = f"TELEX No. 412\nFrom: Embassy Moscow\n\n{mention} received me today.\n\nKOVACS\n"
    conversion = convert_text(text, "t", resources)
    assert "spelling-variant" not in [w.rule for w in conversion.warnings]


@pytest.mark.parametrize("line", ["Mr. Tyler EUR", "Mr. Toon EUR/EE", "Mr. Tyler's"])
def test_an_office_symbol_or_possessive_after_a_name_is_not_the_name(line: str,
                                                                     resources) -> None:
    text = (f"Memorandum of Conversation\n\nDATE: March 3, 1964\n\nPARTICIPANTS: {line}\n\n"
            "The Ambassador called at his request.\n")
    conversion = convert_text(text, "t", resources)
    root = etree.fromstring(conversion.xml)
    regs = xp(root, "//tei:person/tei:persName[@type='reg']/text()")
    assert regs and all(" " not in r or r in ("William R. Tyler", "Malcolm Toon") for r in regs)
    assert not xp(root, "//tei:correspAction/tei:placeName")
    assert "EUR" not in " ".join(regs) and "'s" not in " ".join(regs)
