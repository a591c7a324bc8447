"""Rules found on invented layouts (lead13): a form line's number in a built title, the
quotation words of a Commonwealth routing line, a routing line naming its sender alone, a
Documents on Canadian External Relations heading by office alone under its French version,
a first line naming a conversation between parties."""

from __future__ import annotations

from lxml import etree

from tei.convert import convert_text
from tests.cases import text_facts
from tests.tei_facts import xp

_BODY = "\nI saw the Minister this morning and he spoke about the talks.\n"


def test_a_form_lines_number_is_said_once_in_a_built_title(resources) -> None:
    text = "TELEGRAM 1876\n\nOttawa, May 3, 1951\n" + _BODY
    assert text_facts(text, resources)["title"] == "Telegram No. 1876"


def test_begins_and_ends_are_no_names(resources) -> None:
    text = ("TELEGRAM 12\n\nOttawa, May 3, 1951\n\nFollowing for Heeney from Pruszkowski. "
            "Begins: I saw the Minister today. Ends.\n")
    root = etree.fromstring(convert_text(text, "t", resources).xml)
    assert xp(root, "//tei:text//tei:persName/text()") == ["Heeney", "Pruszkowski"]


def test_a_routing_line_naming_its_sender_alone_gives_the_sender(resources) -> None:
    text = "TELEGRAM 12\n\nLondon, May 3, 1951\n\nFollowing from Pruszkowski, Begins:" + _BODY
    root = etree.fromstring(convert_text(text, "t", resources).xml)
    assert text_facts(text, resources)["sender"] == ["Pruszkowski"]
    assert xp(root, "//tei:text//tei:persName/text()") == ["Pruszkowski"]


def test_a_dcer_heading_by_office_under_its_french_version_is_the_title(resources) -> None:
    text = ("77.        DEA/1234-B-40\n\nL'ambassadeur en Italie\n"
            "au secrétaire d'État aux Affaires extérieures\n\n"
            "Ambassador in Italy to Secretary of State for External Affairs\n\n"
            "TELEGRAM 301        Rome, March 4, 1958\n" + _BODY)
    facts = text_facts(text, resources)
    assert facts["title"] == "Ambassador in Italy to Secretary of State for External Affairs"
    assert (facts["archive_idno"], facts["telegram_number"]) == ("DEA/1234-B-40", "301")


def test_a_first_line_naming_a_conversation_between_parties_is_the_title(resources) -> None:
    text = ("Record of Conversation between Federal Chancellor Erhard and Ambassador "
            "Zarapkin, 14 March 1965\n\nBonn, 16 March 1965\n" + _BODY)
    facts = text_facts(text, resources)
    assert facts["title"] == ("Record of Conversation between Federal Chancellor Erhard and "
                              "Ambassador Zarapkin, 14 March 1965")
    assert facts["doc_type"] == "record of conversation"


def test_a_point_number_padded_out_to_its_text_is_the_points(resources) -> None:
    text = "TELEGRAM 12\n\nOttawa, May 3, 1951\n\n1.      We met today.\n\n2.\tHe agreed.\n"
    assert text_facts(text, resources)["numbered_points"] == 2


def test_a_surname_alone_is_the_person_named_before_a_generational_suffix(resources) -> None:
    text = ("TELEGRAM 12\n\nOttawa, May 3, 1965\n\nI saw Paul Martin today. "
            "Martin said he would reply.\n")
    root = etree.fromstring(convert_text(text, "t", resources).xml)
    assert xp(root, "//tei:text//tei:persName/@ref") == ["#per-paul-martin-sr"] * 2
