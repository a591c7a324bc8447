"""Family rules of the fourth blind Wilson Center sample, each tried on invented variants:
a page title quoting the record's title, an ambassador named first in a conversation
record's title, a letter's inside address over its salutation, names set letter-spaced,
the copies lines of a Hungarian report and the count of copies under a signature."""

from __future__ import annotations

import pytest
from lxml import etree

from tei.convert import convert_text
from tests.tei_facts import action_persons, xp

BODY = "I visited the minister at his request. He spoke about the harvest.\n\n"


def _root(text: str, resources) -> etree._Element:
    return etree.fromstring(convert_text(text, "t", resources).xml)


def _title(root: etree._Element) -> str:
    return " ".join(xp(root, "//tei:titleStmt/tei:title")[0].xpath("string()").split())


@pytest.mark.parametrize("title", [
    "From the Journal of N.G. Sudarikov, 'Record of a Conversation with Kim Il Sung'",
    "From the Journal of N.G. Sudarikov, Soviet Ambassador to the DPRK, "
    "“Record of a Conversation with Pak Seong-cheol”"])
def test_a_title_quoting_the_records_title_is_the_pages_title(title: str, resources) -> None:
    root = _root(f"Skip to content\n\nMay 15, 1972\n\n{title}\n\n{BODY}", resources)
    assert _title(root) == title
    assert action_persons(root, "sent") == ["Nikolai Sudarikov"]
    assert xp(root, "/tei:TEI/tei:text/tei:body/tei:div[1]/@type") == ["record-of-conversation"]


@pytest.mark.parametrize(("title", "sender"), [
    ("Record of Conversation between Soviet Ambassador to North Korea Vasily Moskovsky "
     "and Kim Il", ["Vasily Moskovsky"]),
    ("Memorandum of Conversation between the Soviet Ambassador Vasily Moskovsky and Kim Il Sung",
     ["Vasily Moskovsky"]),
    ("Reception by Soviet Vice Foreign Minister V. V. Kuznetsov for Cde. Jerzy Michalowski",
     ["Vasily Kuznetsov"]),
    ("Record of Conversation between Premier Zhou Enlai and Vietnamese Premier Pham Van Dong",
     [])])
def test_an_ambassador_named_first_in_a_record_is_its_sender(title: str, sender: list[str],
                                                             resources) -> None:
    root = _root(f"Skip to content\n\nMay 15, 1963\n\n{title}\n\n{BODY}", resources)
    assert action_persons(root, "sent") == sender


@pytest.mark.parametrize("city", ["B e r l i n", "P r a g u e", "Berlin"])
def test_an_inside_address_over_the_salutation_names_the_addressee(city: str,
                                                                   resources) -> None:
    letter = ("GDR Embassy to the DRV\n\nHanoi, 14 March 1974\n\nMinistry for Foreign Affairs\n\n"
              f"Head of Far East Department\n\nComrade Helmut Liebermann\n\n{city}\n\n"
              f"Dear Comrade Liebermann!\n\n{BODY}With socialist greetings\n\nJarck\n")
    root = _root(letter, resources)
    assert action_persons(root, "received") == ["Helmut Liebermann"]
    lines = [" ".join(e.xpath("string()").split())
             for e in xp(root, "//tei:opener/tei:address/tei:addrLine")]
    assert lines == ["Ministry for Foreign Affairs", "Head of Far East Department",
                     "Comrade Helmut Liebermann", city]
    assert xp(root, "//tei:opener/tei:address/tei:addrLine[4]/tei:placeName/@ref") == (
        ["#pla-prague"] if "P" in city else ["#pla-berlin"])


def test_a_letter_spaced_word_is_no_name_unless_the_register_has_it(resources) -> None:
    text = f"TELEGRAM No. 5\n\nS e c r e t\n\nP r a g u e By courier\n\n{BODY}KOVACS\n"
    root = _root(text, resources)
    assert xp(root, "//tei:text//tei:placeName/@ref") == ["#pla-prague"]


@pytest.mark.parametrize("lines", [
    ["Written: in four copies", "three to Center", "one to Embassy"],
    ["Made in 3 copies", "Two to Centre", "One for file"]])
def test_a_reports_copies_lines_open_its_registry(lines: list[str], resources) -> None:
    head = "\n".join(lines)
    text = f"{head}\n\nHavana, 12 March 1963\n\nSubject: Talks\n\n{BODY}János Beck\n"
    root = _root(text, resources)
    found = [" ".join(e.xpath("string()").split())
             for e in xp(root, "//tei:div[@type='registry'][@subtype='heading']/tei:ab")]
    assert found[:3] == lines


def test_a_count_of_copies_under_the_signature_stays_in_the_closer(resources) -> None:
    text = (f"TELEGRAM No. 8600\n\nTo Whom: SovAmbassador\n\n{BODY}Telegraph the fulfillment.\n\n"
            "VYSHINSKY\n\n5 copies\n\n14 May 1950\n\nCopies:\n1. Comr. Stalin\n2. Comr. Molotov\n")
    root = _root(text, resources)
    signed = [" ".join(e.xpath("string()").split()) for e in xp(root, "//tei:closer/tei:signed")]
    assert signed == ["VYSHINSKY"]
    assert xp(root, "//tei:closer/tei:seg[@type='registry']/text()") == ["5 copies"]
    assert "Comr" not in " ".join(xp(root, "//tei:text//tei:persName/text()"))


@pytest.mark.parametrize("name", ["N. Ye. Torbenkov", "M. Ye. Kryukov", "V. Yu. Pashkevich"])
def test_a_two_letter_patronymic_initial_is_part_of_the_name(name: str, resources) -> None:
    root = _root(f"May 18, 1958\nNote on a Lunch\nPresent were Counsellor {name} and his wife.\n",
                 resources)
    assert name in xp(root, "//tei:text//tei:persName/text()")


@pytest.mark.parametrize(("title", "summary", "sender"), [
    ("Report from the GDR Embassy in the DPRK",
     "Steinhofer addresses the relations between the DPRK and the socialist states.",
     ["Steinhofer"]),
    ("Report from the GDR Embassy in the DPRK",
     "The Embassy reports on the relations between the DPRK and the socialist states.", []),
    ("Record of a Conversation with Kim Il Sung",
     "Kim Il Sung tells the ambassador about the harvest.", [])])
def test_a_summary_opening_with_the_author_names_the_sender(title: str, summary: str,
                                                            sender: list[str], resources) -> None:
    page = (f"Skip to content\n\nMay 13, 1971\n\n{title}\n\n{BODY}{summary}\n\nAuthor(s):\n")
    root = _root(page, resources)
    assert action_persons(root, "sent") == sender
