"""Rules found on invented layouts (lead14): the microfilm serial and frame numbers an
edition of a foreign ministry's files sets in brackets under a document's heading."""

from __future__ import annotations

import pytest
from lxml import etree

from tests.cases import text_facts, text_xml
from tests.tei_facts import xp

_HEAD = "The Ambassador in Italy to the Foreign Ministry\n\nTelegram\n\n"
_BODY = "\nCount Ciano told me this evening that the talks would go on.\n"


@pytest.mark.parametrize("frames", ["2130/464020", "F19/088-89", "B15/B002574; 2871/564109"])
def test_bracketed_film_frames_under_a_heading_are_the_shelfmark(frames, resources) -> None:
    text = f"{_HEAD}ROME, August 25, 1939\n[{frames}]\n{_BODY}"
    assert text_facts(text, resources)["archive_idno"] == frames


@pytest.mark.parametrize("bracket", ["1957/1958", "12/3", "Page 71"])
def test_two_years_or_a_short_fraction_in_brackets_are_no_shelfmark(bracket, resources) -> None:
    text = f"{_HEAD}ROME, August 25, 1939\n[{bracket}]\n{_BODY}"
    assert not text_facts(text, resources).get("archive_idno")


def test_an_editions_heading_with_posts_in_brackets_names_both_parties(resources) -> None:
    text = ("M. Sharett (Tel Aviv) to A. Eban (New York)\n\nTelegram\nNo. 12\n\n"
            "Tel Aviv, 3 June 1949\n" + _BODY)
    facts = text_facts(text, resources)
    assert facts["title"] == "M. Sharett (Tel Aviv) to A. Eban (New York)"
    assert (facts["sender"], facts["addressee"]) == (["Moshe Sharett"], ["Abba Eban"])


def test_a_heading_receipt_in_brackets_with_a_dotted_time_is_the_date_received(
        resources) -> None:
    text = ("Viscount Halifax to Sir H. Kennard (Warsaw) (Received August 30, 9.20 a.m.)\n\n"
            "No. 301 Telegraphic [C 12001/15/18]\n\nFOREIGN OFFICE, August 29, 1939, 11 p.m.\n"
            + _BODY)
    facts = text_facts(text, resources)
    assert facts["telegram_number"] == "301"
    assert facts["date_received"] == "1939-08-30T09:20"


def test_initials_before_a_register_surname_must_fit_its_person(resources) -> None:
    text = ("Sir N. Henderson (Berlin) to Viscount Halifax\n\nNo. 512 Telegraphic\n\n"
            "BERLIN, August 29, 1939, 1.45 p.m.\n" + _BODY)
    assert text_facts(text, resources)["sender"] == ["Nevile Henderson"]


@pytest.mark.parametrize("mark", ["/s/", "/S/", "/signed/"])
def test_a_conformed_signature_mark_opens_the_signature(mark, resources) -> None:
    text = f"TELEGRAM 12\n\nMoscow, May 3, 1971\n{_BODY}\n{mark} A. DOBRYNIN\n"
    facts = text_facts(text, resources)
    assert facts["signed"] == f"{mark} A. DOBRYNIN"
    assert facts["sender"] == ["Anatoly Dobrynin"]


def test_a_dateline_broken_after_the_places_comma_is_one_dateline(resources) -> None:
    text = "TELEGRAM TO JAWAHARLAL NEHRU\n\nWARDHA,\nAugust 12, 1942\n\nAGREE WITH YOUR DRAFT.\n"
    facts = text_facts(text, resources)
    assert facts["date"] == "1942-08-12"
    assert facts["place_of_origin"] == "Wardha"


def test_a_form_word_before_to_is_no_sender(resources) -> None:
    text = "312. TELEGRAM TO JAWAHARLAL NEHRU\n\nAugust 12, 1942\n\nAGREE WITH YOUR DRAFT.\n"
    assert text_facts(text, resources)["addressee"] == ["Jawaharlal Nehru"]
    root = etree.fromstring(text_xml(text, resources).encode())
    assert not xp(root, "//tei:correspAction[@type='sent']/*[not(self::tei:date)]")


_EXTRACT = ("Proletarians of all countries, unite!\n\nALL-UNION COMMUNIST PARTY (BOLSHEVIKS). "
            "CENTRAL COMMITTEE\n\nNo. P71/191\nTo Cde. Gromyko\n\nExtract from protocol No. 71 "
            "of the meeting of the Politburo of the CC AUCP(b)\n\nDecision of 24 September 1949\n"
            "\n191. Question of Korea.\n\nApprove the draft instructions (see attachment).\n")


def test_a_politburo_extract_gives_its_decisions_date_and_its_own_number(resources) -> None:
    facts = text_facts(_EXTRACT, resources)
    assert (facts["date"], facts["doc_type"]) == ("1949-09-24", "memorandum")
    assert facts["addressee"] == ["Andrei Gromyko"]
    assert not facts.get("telegram_number")


def test_a_register_name_keeps_its_closing_bracket(resources) -> None:
    root = etree.fromstring(text_xml(_EXTRACT, resources).encode())
    assert "ALL-UNION COMMUNIST PARTY (BOLSHEVIKS)" in xp(root, "//tei:text//tei:orgName/text()")
