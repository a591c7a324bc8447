"""Rules of layout families the converter had not met, each tried on several invented
variants: archive lines, form and sender lines of cable headings, the place of reception,
distribution blocks, surnames of persons already named, address lines that are sentences."""

from __future__ import annotations

import pytest
from lxml import etree

from tei.convert import convert_text
from tests.tei_facts import action_persons, xp

BODY = "The Ambassador received me today and spoke about the situation.\n\nKOVACS\n"


def _root(text: str, resources) -> etree._Element:
    return etree.fromstring(convert_text(text, "t", resources).xml)


def _subtypes(root: etree._Element) -> dict[str, str]:
    return {" ".join(ab.xpath("string()").split()): ab.get("subtype")
            for ab in xp(root, "//tei:div[@subtype='heading']/tei:ab")}


ARCHIVE_LINES = [
    "Political Archive, PA 1956, Box 12, Folder 3",
    "Archives of Yugoslavia, KPR I-3-a, Box 104, Folder 2",
    "Hungarian National Archives (MNL OL), XIX-J-1-j, Box 42, Folder 4/b",
    "Diplomatic Archive of the MFA of Serbia, PA 1961, f. 105, 4112",
    "Archivo Central del MINREX, Fondo URSS, Caja 3",
]


@pytest.mark.parametrize("line", ARCHIVE_LINES)
@pytest.mark.parametrize("at_top", [True, False])
def test_an_archive_line_is_the_shelfmark_not_a_dateline(line: str, at_top: bool,
                                                         resources) -> None:
    document = f"TELEGRAM\n\nFROM: Embassy Belgrade\nBelgrade, 4 May 1956\n\n{BODY}"
    root = _root(f"{line}\n\n{document}" if at_top else f"{document}\n{line}\n", resources)
    assert [i.text for i in xp(root, "//tei:msIdentifier/tei:idno")] == [line]
    text = " ".join("".join(xp(root, "//tei:text")[0].itertext()).split())
    assert line not in text
    assert xp(root, "//tei:correspAction[@type='sent']/tei:date/@when") == ["1956-05-04"]


@pytest.mark.parametrize(("line", "subtype"), [
    ("TELEGRAM", "document-type"), ("CIPHERED TELEGRAM", "document-type"),
    ("CABLEGRAM", "document-type"), ("Incoming Telegram", "document-type"),
    ("Telegram No. 123 of 4 May", "cable-number"), ("TELEGRAM NUMBER 123 OF 4 MAY", "cable-number"),
    ("FROM: Embassy Belgrade", "sender"), ("From: Ambassador, Peking", "sender"),
    ("FM AMEMBASSY MOSCOW", "sender"), ("FM: JAKARTA/1182", "sender"),
    ("FM MOSCOW 041530Z MAY 76", "transmission"), ("BELGRADE TO FOREIGN OFFICE", "transmission"),
    ("Sir F. Roberts", "sender"),
])
def test_heading_lines_are_named_by_what_they_say(line: str, subtype: str, resources) -> None:
    root = _root(f"SECRET\n{line}\nTO: Ministry of Foreign Affairs\n\n{BODY}", resources)
    assert _subtypes(root)[line] == subtype


def test_a_bare_form_line_names_the_built_title(resources) -> None:
    root = _root(f"CIPHERED TELEGRAM\nNo. 4417\nFROM: Peking\n\n{BODY}", resources)
    assert xp(root, "string(//tei:titleStmt/tei:title)").startswith("Ciphered Telegram No. 4417")


@pytest.mark.parametrize(("line", "place"), [
    ("Received in Moscow 5 May 1951, 03.40", "#pla-moscow"),
    ("Received in Budapest on 5 May 1956", "#pla-budapest"),
    ("Received in Belgrade 10 May 1961 at 06.15", "#pla-belgrade"),
    ("Rec'd in New Delhi 5 May 1951", "#pla-new-delhi"),
])
def test_the_place_of_reception_goes_to_the_received_action(line: str, place: str,
                                                            resources) -> None:
    root = _root(f"TELEGRAM No. 12\nFrom Peking\nSent 4 May 1951\n{line}\n\n{BODY}", resources)
    received = "//tei:correspAction[@type='received']"
    assert xp(root, f"{received}/tei:placeName/@ref") == [place]
    assert xp(root, f"{received}/tei:date/@when")
    assert xp(root, "//tei:correspAction[@type='sent']/tei:placeName/@ref") == ["#pla-beijing"]


def test_a_place_under_a_letterhead_yields_to_the_sender_field(resources) -> None:
    text = ("DEPARTMENT OF FOREIGN AFFAIRS\nCANBERRA\n\nCABLEGRAM\n\nTO: CANBERRA/741\n"
            f"FM: JAKARTA/1182\n\n{BODY}")
    root = _root(text, resources)
    assert xp(root, "//tei:correspAction[@type='sent']/tei:placeName/@ref") == ["#pla-jakarta"]


@pytest.mark.parametrize("label", ["FCO/WHITEHALL DISTRIBUTION", "FO/WHITEHALL DISTRIBUTION",
                                   "Departmental distribution:"])
def test_a_distribution_block_after_the_signature_is_registry(label: str, resources) -> None:
    root = _root(f"FM MOSCOW 041530Z MAY 76\nTO IMMEDIATE FCO\n\n{BODY}\n{label}\nEESD\nWED\n",
                 resources)
    assert [s.xpath("string()") for s in xp(root, "//tei:closer/tei:signed")] == ["KOVACS"]
    lines = [ab.xpath("string()") for ab in xp(root, "//tei:div[@subtype='processing']/tei:ab")]
    assert lines == [label, "EESD", "WED"]


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
