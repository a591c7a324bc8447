"""leftover23: families earlier closing notes left alone.

(1) An annex label alone on its line (`ANNEX I`, `Enclosure`) under a note verbale or a letter
that has no closer opens the attachment (`closing.CloserReader.span`): the annex's signer and
date are not the covering document's, whose sender comes from its own text (a third-person
note's opening, its `of <country>` kept: `Ministry of Foreign Affairs of the Kingdom of Norway`).

(2) A telegraphic address block at a telegram's head, the office and its seat on one line
(`SECRETARY-GENERAL LEAGUE OF NATIONS GENEVA`, `FOREIGN SECRETARY LONDON`), is the addressee
and the seat the destination (`telegraphic_address.py`); an address row's office of two words
or more is cut from its seat (`ETAT FOREIGN SECRETARY LONDON`); a body's own name (`STATE OF
ISRAEL`) is no address.

(3) A United Nations document symbol in an archive's reference (`United Nations Archives,
S/5678/Add.1`) is the document's own identifier: the idno alone (table `document-symbol`).

(4) An office closed by its title (`DOMINIONS SECRETARY`, `Colonial Secretary`) names no
person: a role (`parties._names`, `not-names`).

(5) A funding line's funders joined by `and` or a comma are one `funder` each, cut only after
an institution's last word (`header.funders`).

(6) The German foreign office of 1870-1945 is its own register entry; entries sharing a name
are picked by the document's year (their reg's `@from`/`@to`; `ambiguity.in_period`).

(7) A place's name after a rank or a peer's title (`General Washington`, `Lord Lincoln`) or a
register given name (`Francis Washington`) is a surname in a mixed-case text, not after an
office's word (`Consul General Istanbul`; `glued.given_place`).
"""

from __future__ import annotations

import re

import pytest

from tei.convert.header import funders
from tests.cases import text_facts, text_xml


def _body(xml: str) -> str:
    return xml[xml.index("<text"):]


def _received(xml: str) -> str:
    found = re.search(r'<correspAction type="received">(.*?)</correspAction>', xml, re.S)
    return found.group(1) if found else ""


# (1) annexes under a covering text without a closer

_NOTE_ANNEX = """NOTE VERBALE

No. 88/61

The Ministry of Foreign Affairs of the Kingdom of Denmark presents its compliments to the
Embassy of the Polish People's Republic and has the honour to transmit herewith the statement
of the Danish Government on the fisheries conference.

ANNEX I

Statement of the Danish Government

1. The Danish Government considers that the conference should meet in Copenhagen.
2. The Government proposes that the delegations meet in May.

Jens Otto Krag
Minister for Foreign Affairs
"""

_LETTER_ENCLOSURE = """Letter from the Permanent Representative of Ruritania \
to the Secretary-General
New York, 9 October 1961

Sir,

On instructions from my Government I have the honour to transmit the enclosed memorandum on
the frontier incidents of September.

Enclosure

MEMORANDUM

1. On 12 September a patrol crossed the frontier near the river.
2. The Government of Ruritania protests against this violation.

Ministry of Foreign Affairs
Strelsau, 30 September 1961
"""

_UN_NOTE = """UNITED NATIONS
SECURITY COUNCIL

Distr.
GENERAL

S/4412
3 August 1960

ORIGINAL: ENGLISH

NOTE VERBALE DATED 2 AUGUST 1960 FROM THE PERMANENT MISSION OF GHANA TO THE UNITED NATIONS \
ADDRESSED TO THE SECRETARY-GENERAL

The Permanent Mission of Ghana to the United Nations presents its compliments to the
Secretary-General and has the honour to transmit the text of a cable from the Minister.

Annex

Accra, 1 August 1960

The Government of Ghana asks that the Council be informed of the situation.

ADJEI
Minister of Foreign Affairs
"""


@pytest.mark.parametrize("text, signer", [(_NOTE_ANNEX, "Jens Otto Krag"),
                                          (_LETTER_ENCLOSURE, "Ministry of Foreign Affairs"),
                                          (_UN_NOTE, "ADJEI")])
def test_annex_without_closer_is_an_attachment(resources, text: str, signer: str) -> None:
    xml = text_xml(text, resources)
    facts = text_facts(text, resources)
    attachment = xml[xml.index('<div type="attachment">'):]
    assert signer in attachment
    assert "<closer>" not in xml[:xml.index('<div type="attachment">')]
    assert facts["signed"] is None


def test_covering_letter_keeps_its_own_date(resources) -> None:
    assert text_facts(_LETTER_ENCLOSURE, resources)["date"] == "1961-10-09"


def test_note_sender_keeps_its_country(resources) -> None:
    xml = text_xml(_NOTE_ANNEX, resources)
    sent = re.search(r'<correspAction type="sent">(.*?)</correspAction>', xml, re.S).group(1)
    assert "of the Kingdom of Denmark" in sent
    assert "persName" not in sent


def test_bracketed_attachment_note_in_the_text_stays(resources) -> None:
    text = ("LETTER\nLondon, 3 May 1950\n\nDear Sir,\n\nI send the report.\n\n"
            "[Attachment not printed.]\n\nIt reached me today.\n\nYours sincerely,\nJohn Brown\n")
    assert text_facts(text, resources)["signed"] == "John Brown"


# (2) telegraphic address blocks

@pytest.mark.parametrize("text, office, seat", [
    ("TELEGRAM\n\nSECRETARY-GENERAL LEAGUE OF NATIONS GENEVA\n\nTHE GOVERNMENT ASKS THAT "
     "THE COUNCIL BE SUMMONED STOP\n\nHAILE\n", "League of Nations", "Geneva"),
    ("TELEGRAM\nNanking, 21 September 1931\n\nFOREIGN SECRETARY LONDON\n\nNo. 412. The "
     "Chinese Government asks for support.\n\nLAMPSON\n", "FOREIGN SECRETARY", "London"),
    ("TELEGRAM\nETAT FOREIGN SECRETARY LONDON\n\nTROOPS HAVE CROSSED THE FRONTIER STOP\n\n"
     "KOO\n", "FOREIGN SECRETARY", "London"),
])
def test_telegraphic_address_is_the_addressee(resources, text: str, office: str,
                                              seat: str) -> None:
    received = _received(text_xml(text, resources))
    assert office in received
    assert f">{seat}</placeName>" in received
    assert f"{office} {seat.upper()}" not in received


@pytest.mark.parametrize("line", ["STATE OF ISRAEL", "MFA USSR",
                                  "GOVERNMENT OF THE UNION OF BURMA"])
def test_a_body_named_with_its_country_is_no_address(resources, line: str) -> None:
    text = f"CABLE\n{line}\n\nThe Government has received the note.\n\nSmith\n"
    assert "placeName" not in _received(text_xml(text, resources))


# (3) a UN document symbol as the idno

_WCDA_CITATION = """May 3, 1964
Letter from the Permanent Representative of Cyprus to the Secretary-General

Citation:
"Letter from the Permanent Representative of Cyprus to the Secretary-General," May 3, 1964, \
History and Public Policy Program Digital Archive, United Nations Archives, S/5678/Add.1.
https://digitalarchive.wilsoncenter.org/document/123456

Summary:
Rossides reports on the situation in the island.

Original Language:
English

Contents:
English Transcription

Sir,

I have the honour to draw your attention to the situation in the island.

Zenon Rossides
"""

_SOURCE_LINE = """Telegram from the Foreign Minister of Ruritania to the Secretary-General

Strelsau, 4 June 1962

The Government of Ruritania protests against the violation of its frontier.

Rassendyll
Minister for Foreign Affairs

Source: {source}
"""


@pytest.mark.parametrize("text, idno", [
    (_WCDA_CITATION, "S/5678/Add.1"),
    (_SOURCE_LINE.format(source="UN Official Records, E/CN.4/712"), "E/CN.4/712"),
])
def test_un_symbol_is_the_idno(resources, text: str, idno: str) -> None:
    assert text_facts(text, resources)["archive_idno"] == idno


def test_a_reference_with_other_numbers_stays_as_cited(resources) -> None:
    cited = "United Nations Archives, box 12, folder 3, S/5678"
    assert text_facts(_SOURCE_LINE.format(source=cited), resources)["archive_idno"] == cited


# (4) an office closed by its title is a role

@pytest.mark.parametrize("text", [
    "TELEGRAM\nCanberra, 4 June 1940\n\nFROM: PRIME MINISTER\nTO: DOMINIONS SECRETARY\n\n"
    "No. 291. No decision will be taken before Friday.\n\nMENZIES\n",
    "CYPHER TELEGRAM\nFrom Governor to Colonial Secretary\nSent 4th June, 1940\n\nThe Colonial "
    "Secretary and the Dominions Secretary agree.\n\nCOLONIAL SECRETARY\n",
])
def test_office_by_its_title_is_no_person(resources, text: str) -> None:
    xml = text_xml(text, resources)
    assert not re.search(r"<persName[^>]*>(?:DOMINIONS|Dominions|COLONIAL|Colonial)</persName>",
                         xml)


# (5) funders

@pytest.mark.parametrize("line, expected", [
    ("Henry Luce Foundation and the Korea Foundation",
     ["Henry Luce Foundation", "Korea Foundation"]),
    ("ROK Ministry of Unification, Leon Levy Foundation",
     ["ROK Ministry of Unification", "Leon Levy Foundation"]),
    ("Carnegie Corporation of New York (CCNY) and the MacArthur Foundation",
     ["Carnegie Corporation of New York (CCNY)", "MacArthur Foundation"]),
    ("John D. and Catherine T. MacArthur Foundation",
     ["John D. and Catherine T. MacArthur Foundation"]),
    ("Chun & Jane Chiu Family Foundation", ["Chun & Jane Chiu Family Foundation"]),
])
def test_funders_one_each(line: str, expected: list[str]) -> None:
    assert funders(line) == expected


def test_funding_line_gives_two_funders(resources) -> None:
    text = ("Report on the Talks\n\nThis document was made possible with support from the "
            "Blavatnik Family Foundation and the Leon Levy Foundation\n\nREPORT\n\n"
            "The talks went well.\n\nIvanov\n")
    xml = text_xml(text, resources)
    assert re.findall(r"<funder>([^<]*)</funder>", xml) == [
        "Blavatnik Family Foundation", "Leon Levy Foundation"]


# (6) the German foreign office by the document's year

@pytest.mark.parametrize("text, ref", [
    ("TELEGRAM\nBerlin, 3 September 1939\n\nThe Auswärtige Amt informs the Embassy that the "
     "ultimatum was received.\n\nRibbentrop\n", "org-german-foreign-office-1870-1945"),
    ("Der Botschafter in Rom an das Auswärtige Amt\n\nRom, den 12. Mai 1915\n\nDie Lage ist "
     "ernst.\n\nBülow\n", "org-german-foreign-office-1870-1945"),
    ("TELEGRAM\nBonn, 12 June 1962\n\nThe Auswärtiges Amt informs the Embassy that the "
     "Federal Government has received the note.\n\nSchröder\n", "org-federal-foreign-office"),
    ("Memorandum by the State Secretary\n\nThe Auswärtiges Amt has received the note.\n",
     "org-federal-foreign-office"),
])
def test_german_foreign_office_by_year(resources, text: str, ref: str) -> None:
    refs = re.findall(r'<orgName ref="#([^"]+)">Auswärtige', text_xml(text, resources))
    assert refs and set(refs) == {ref}


# (7) a surname that is also a place

@pytest.mark.parametrize("text, person", [
    ("LETTER\nLisbon, 12 May 1962\n\nDear Sir,\n\nGeneral Washington and Senhor Silva will "
     "meet him.\n\nYours sincerely,\nJohn Smith\n", "Washington"),
    ("MEMORANDUM\nLondon, 2 July 1943\n\nLord Lincoln arrived with Colonel Paris on "
     "Tuesday.\n", "Lincoln"),
    ("MEMORANDUM\nLondon, 2 July 1943\n\nLord Lincoln arrived with Colonel Paris on "
     "Tuesday.\n", "Paris"),
])
def test_place_name_after_rank_or_given_name_is_a_surname(resources, text: str,
                                                          person: str) -> None:
    body = _body(text_xml(text, resources))
    assert re.search(rf"<persName ref=\"[^\"]+\">{person}</persName>", body)
    assert not re.search(rf"<placeName ref=\"[^\"]+\">{person}</placeName>", body)


@pytest.mark.parametrize("sentence", ["Francis Washington was there.",
                                      "They met Harold Lincoln at the station."])
def test_place_name_after_a_given_name_is_no_place(resources, sentence: str) -> None:
    body = _body(text_xml(f"MEMORANDUM\nLondon, 2 July 1943\n\n{sentence}\n", resources))
    assert "placeName" not in body[body.index('<div type="message">'):]


@pytest.mark.parametrize("sentence, place", [
    ("The Consul General Istanbul reported the news.", "Istanbul"),
    ("Major Paris newspapers reported the news.", "Paris"),
    ("The Secretary General Geneva was informed.", "Geneva"),
])
def test_place_after_an_office_stays_a_place(resources, sentence: str, place: str) -> None:
    body = _body(text_xml(f"MEMORANDUM\nLondon, 2 July 1943\n\n{sentence}\n", resources))
    assert re.search(rf"<placeName ref=\"[^\"]+\">{place}</placeName>", body)
