"""Rules written after the lead's probes of session 24 (an archive catalogue's item page in
the international description standard's fields, a translated Ottoman cipher telegram), each
checked on two or more layouts: ISAD(G) record fields and a catalogue's search and citation
links; titles of nobility before a name; the editors' bracketed civil date closing a
dateline; an archive named at the head of a `Source:` field (the repository; the shelfmark
kept as cited); an editors' bracketed note or a translation credit at a page's end is no
summary; names after a title in a capitals text that go on past their first word; a United
Nations document's masthead (`pages/un_document.py`)."""

from __future__ import annotations

import re

import pytest

from tests.cases import text_facts, text_xml

_CATALOGUE_COLON = """Stadtarchiv Beispiel
Search the archives

Letter from the Consul General to the Mayor on the visit of the trade delegation

Reference code: ZA 14/2/309
Level of description: Item
Dates: 2 May 1955
Extent and medium: 2 leaves
Scope and content: The Consul General asks the Mayor to receive the trade delegation.
Conditions governing access: Open

Dear Mr. Mayor,

I have the honour to inform you that the Polish trade delegation will arrive
on 10 May and would be glad to call on you at the Town Hall.

Yours sincerely,

John Whitcombe
Consul General

Cite this item
"""

_CATALOGUE_OVER = """Archives nationales d'outre-mer
Search the catalogue

Telegram from the Governor to the Minister of the Colonies on the harbour strike

Reference code
FM 1AFFPOL/2218/4
Level of description
Item
Dates
14 March 1947
Extent and medium
1 telegram
Scope and content
The Governor reports the dockers' strike and the measures taken to keep the port open.
Access conditions
Open

TELEGRAM
Dakar, 14 March 1947.

The dockers' strike entered its third day this morning; the port is open to the mail
boats only, and the troops will not be used unless the workers occupy the quays.

Cite this record
"""


@pytest.mark.parametrize("text, summary, idno, date, repository", [
    (_CATALOGUE_COLON, "The Consul General asks the Mayor to receive the trade delegation.",
     "ZA 14/2/309", "1955-05-02", "Stadtarchiv Beispiel"),
    (_CATALOGUE_OVER, "The Governor reports the dockers' strike and the measures taken to "
     "keep the port open.", "FM 1AFFPOL/2218/4", "1947-03-14",
     "Archives nationales d'outre-mer"),
])
def test_isadg_record_fields_go_to_the_header(text, summary, idno, date, repository,
                                              resources) -> None:
    facts = text_facts(text, resources)
    assert (facts["summary"], facts["archive_idno"], facts["date"], facts["repository"]) == (
        summary, idno, date, repository)
    xml = text_xml(text, resources)
    body = xml[xml.index("<text>"):]
    for furniture in ("Level of description", "Extent and medium", "Scope and content",
                      "Search the", "Cite this"):
        assert furniture not in body


_CATALOGUE_CABLEGRAM = """Archives of the International Labour Office
Search the catalogue

Cablegram from the Mexican Government to the Director

Reference code: D 600/12/45/3
Dates: 14 June 1936
Scope and content: The Government names its delegates to the Conference.

CABLEGRAM
Mexico City, 14 June 1936. Received 16.20.

DIRECTOR INTERNATIONAL LABOUR OFFICE GENEVA

GOVERNMENT APPOINTS AS DELEGATES SENOR ALFONSO REYES AND GENERAL TANG YU-LIN STOP

HAY
"""


def test_capitals_telegraphic_address_office_is_no_person(resources) -> None:
    xml = text_xml(_CATALOGUE_CABLEGRAM, resources)
    assert 'INTERNATIONAL</persName>' not in xml
    assert '<orgName ref="#org-international-labour-office">INTERNATIONAL LABOUR OFFICE' in xml


@pytest.mark.parametrize("sentence, names", [
    ("SENOR ALFONSO REYES AND GENERAL TANG YU-LIN STOP", ["ALFONSO REYES", "TANG YU-LIN"]),
    ("UNION SECRETARY PAUL VELLA SAID THE MEMBERS WOULD STRIKE.", ["PAUL VELLA"]),
    ("GENERAL TORRIJOS SAID NO.", ["TORRIJOS"]),  # one word: no given name
    ("AMBASSADOR JOHN SAID HE WOULD COME.", ["JOHN"]),  # the verb ends the name
])
def test_capitals_name_after_title_goes_on_past_a_given_name(sentence, names,
                                                              resources) -> None:
    xml = text_xml(f"TELEGRAM\nParis, 3 March 1948.\n\n{sentence}\n", resources)
    body = xml[xml.index("<text>"):]
    assert re.findall(r'<persName ref="[^"]*">([^<]*)</persName>', body) == names


def test_capitals_east_asian_given_name_keeps_its_small_syllable(resources) -> None:
    xml = text_xml("TELEGRAM\nSeoul, 3 March 1998.\n\nMINISTER HYUN IN-TAEK WILL CALL.\n",
                   resources)
    assert '<persName type="reg">Hyun In-taek</persName>' in xml


@pytest.mark.parametrize("text, name", [
    ("TELEGRAM\n\nPlease tell Count Wallenfels at once that we cannot agree.\n", "Wallenfels"),
    ("LETTER\n\nI called on Baron von Richthofen, who said nothing.\n", "von Richthofen"),
    ("Despatch\n\nThe Ambassador, Graf Brockdorff, was received by the King today.\n",
     "Brockdorff"),
])
def test_title_of_nobility_before_a_name(text, name, resources) -> None:
    xml = text_xml(text, resources)
    assert f">{name}</persName>" in xml


def test_count_in_a_capitals_text_is_a_verb(resources) -> None:
    xml = text_xml("TELEGRAM\nParis, 3 March 1948.\n\nWE COUNT ON FRENCH SUPPORT. "
                   "COUNT VOTES AGAIN.\n", resources)
    assert "<persName" not in xml[xml.index("<text>"):]


@pytest.mark.parametrize("dateline, date", [
    ("Sublime Porte, 12 Teşrinievvel 1330 [25 October 1914]", "1914-10-25"),
    ("Tehran, 10 Farvardin 1358 [30 March 1979]", "1979-03-30"),
    ("Tehran, 10 Farvardin 1358 (30 March 1979)", "1979-03-30"),
])
@pytest.mark.parametrize("below", ["No. 4417", "To the Embassy in Berlin."])
def test_bracketed_civil_date_closing_a_dateline(dateline, date, below, resources) -> None:
    text = f"{dateline}\n\n{below}\n\nThe Government has taken note of the communication.\n"
    assert text_facts(text, resources)["date"] == date


_TELEGRAM = """TELEGRAM

Sofia, 3 May 1950

The Government has taken note of it all today and will answer by Friday.

Ivanov

"""


@pytest.mark.parametrize("source, repository, idno", [
    ("Source: Riksarkivet, UD 1920 års dossiersystem, HP 12, vol. 3.", "Riksarkivet",
     "Riksarkivet, UD 1920 års dossiersystem, HP 12, vol. 3"),
    ("Source: Başbakanlık Osmanlı Arşivi, HR.SYS 2101/3.", "Başbakanlık Osmanlı Arşivi",
     "Başbakanlık Osmanlı Arşivi, HR.SYS 2101/3"),
    # no archive's name before the comma: the whole field stays the shelfmark
    ("Source: APRF, fond 45, opis 1, delo 335, list 3.", None,
     "APRF, fond 45, opis 1, delo 335, list 3"),
])
def test_source_field_opening_with_an_archive_names_the_repository(source, repository, idno,
                                                                   resources) -> None:
    facts = text_facts(_TELEGRAM + source + "\n", resources)
    assert facts["archive_idno"] == idno
    if repository:
        assert facts["repository"] == repository


@pytest.mark.parametrize("foot, language", [
    ("Translated from the Ottoman Turkish by the editors.", "Ottoman Turkish"),
    ("Translated from the Bulgarian by Kalina Bratanova.", "Bulgarian"),
    ("[Translated from the Ottoman Turkish by the editors. Source: Başbakanlık Osmanlı "
     "Arşivi, HR.SYS 2101/3.]", "Ottoman Turkish"),  # (wcda73) a bracketed closing credit too
])
def test_editors_note_or_credit_at_the_end_is_no_summary(foot, language, resources) -> None:
    text = f"Document 14\n\nTelegram from the Legation\n\n{_TELEGRAM}{foot}\n"
    facts = text_facts(text, resources)
    assert facts["summary"] is None
    assert facts["original_language"] == language


_UN_CAPITALS = """UNITED NATIONS
SECURITY COUNCIL

Distr. GENERAL
S/5086
8 March 1962
ORIGINAL: SPANISH

LETTER DATED 7 MARCH 1962 FROM THE PERMANENT REPRESENTATIVE OF CUBA TO THE UNITED NATIONS \
ADDRESSED TO THE SECRETARY-GENERAL

On instructions from my Government, I have the honour to request that the text below be
circulated as a document of the Security Council.

(Signed) Mario GARCÍA-INCHÁUSTEGUI
Permanent Representative of Cuba to the United Nations
"""

_UN_MIXED = """United Nations
General Assembly
Distr.: Limited
A/C.1/L.123
2 November 1956
Original: English/French

Letter dated 1 November 1956 from the Permanent Representative of Egypt addressed to the \
President of the General Assembly

I have the honour to transmit the text of a cable from the Minister for Foreign Affairs
of Egypt, and to ask that it be circulated to the members of the Assembly.

(Signed) Omar LOUTFI
"""


@pytest.mark.parametrize("text, symbol, date, title_start", [
    (_UN_CAPITALS, "S/5086", "1962-03-07", "LETTER DATED 7 MARCH 1962"),
    (_UN_MIXED, "A/C.1/L.123", "1956-11-01", "Letter dated 1 November 1956"),
])
def test_un_document_masthead_goes_to_the_header(text, symbol, date, title_start,
                                                 resources) -> None:
    facts = text_facts(text, resources)
    assert facts["archive_idno"] == symbol
    assert facts["date"] == date  # the letter's date, not the date of issue
    assert str(facts["title"]).startswith(title_start)
    xml = text_xml(text, resources)
    assert "Distr." not in xml[xml.index("<text>"):]


def test_un_heading_addressee_after_addressed_to(resources) -> None:
    xml = text_xml(_UN_CAPITALS, resources)
    received = xml[xml.index('<correspAction type="received">'):]
    assert "<roleName>SECRETARY-GENERAL</roleName>" in received[:received.index("</correspAction>")]


def test_united_nations_first_line_without_a_symbol_is_no_masthead(resources) -> None:
    text = ("UNITED NATIONS\nSECURITY COUNCIL\n\nLETTER DATED 7 MARCH 1962 FROM THE "
            "PERMANENT REPRESENTATIVE OF CUBA ADDRESSED TO THE SECRETARY-GENERAL\n\n"
            "I have the honour to request that this letter be circulated.\n")
    xml = text_xml(text, resources)
    assert "UNITED NATIONS" in xml[xml.index("<text>"):]  # the lines stay the document's
