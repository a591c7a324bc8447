"""Rules from the wc47 sample of Wilson Center pages from collections not sampled before
(Iran, Ethiopia, Indonesia, Brazil, Mongolia), each tried on invented texts in more than one
layout of its family:

- the one paragraph under a cable's heading is its text, not the archive's summary, when
  the only longer lines above it belong to the editors' bracketed note (a handwritten
  resolution wrapped over two lines); a summary under the text, over the page's foot, is
  still the summary;
- a handwritten resolution naming where the hand wrote it before the colon (`[handwritten
  across the distribution list: ...`) opens a notation of the heading, as `[handwritten:`
  does.
"""

from __future__ import annotations

import pytest

from tei.convert.pages.summary import _editors_note_line
from tests.cases import text_facts, text_xml

TEXT = ("The governor informed the consulate that two battalions would be sent to Mianeh "
        "within the week. He asked whether the Soviet side would object to the movement of "
        "troops along the railway.")
CURRENT = (
    "October 9, 1946\nCable Nº 34410/34412 from Tabriz\n"
    "This document was made possible with support from MacArthur Foundation\n"
    "CABLE\nSTRICTLY SECRET\nCopy Nº 1 – DISTRIBUTION LIST\nNº 2 – to Molotov\nNº 3 – to file\n"
    "{note}"
    "from TABRIZ | Nº 34410 | Received at 2210 | 9 October 1946 | Copy Nº 2\n|\n34412\n"
    "URGENT\n" + TEXT + "\n{foot}"
)
WRAPPED = ("[handwritten across the distribution list: to Cde. Vyshinsky. Prepare a reply!\n"
           "Say that we cannot interfere in the internal affairs of Iran]\n")
SPACED = ("[handwritten in the margin: to Cde. Vyshinsky. Prepare a reply.\n\n"
          "Consult with Cde. Dekanozov before the end of the week and report]\n")
SUMMARY = ("The Soviet consul in Tabriz reports that the government will send troops to "
           "Mianeh and asks for instructions.\n"
           "Associated People & Organizations\nAssociated Places\nDocument Information\n")


@pytest.mark.parametrize("note", [WRAPPED, SPACED])
def test_one_paragraph_under_a_wrapped_resolution_is_the_text(note: str, resources) -> None:
    xml = text_xml(CURRENT.format(note=note, foot=""), resources)
    assert "<abstract>" not in xml
    assert '<div type="message">\n          <p>The governor informed the consulate' in xml


def test_a_summary_over_the_foot_is_still_the_summary(resources) -> None:
    xml = text_xml(CURRENT.format(note=WRAPPED, foot=SUMMARY), resources)
    assert "<abstract>\n        <p>The Soviet consul in" in xml
    assert "<p>The governor informed the consulate" in xml


def test_the_resolution_is_a_notation_of_the_heading(resources) -> None:
    xml = text_xml(CURRENT.format(note=WRAPPED, foot=""), resources)
    assert '<ab type="registry" subtype="other">handwritten across the distribution list: ' in xml
    assert '<ab type="registry" subtype="classification">URGENT</ab>' in xml
    facts = text_facts(CURRENT.format(note=WRAPPED, foot=""), resources)
    assert facts["telegram_number"] == "34410"


@pytest.mark.parametrize("line, note", [
    ("[handwritten across the distribution list: to Cde. Dekanozov. Instructions!", True),
    ("Say that it is not our business, that we cannot interfere in Iran’s affairs] from", True),
    ("[Translator's note: yet another version of this note was sent to Stalin]", True),
    ("[…] Our Embassy has not managed to extend its contacts during 1954. […] Recently ...", False),
    ("Kashani asked Minister Kazemi to invite Cde. Sadchikov to his [office] and talk.", False),
])
def test_a_line_of_the_editors_note(line: str, note: bool) -> None:
    assert _editors_note_line(line) is note


CITED = (
    "February 25, 1977\n\n\n"
    "    The Foreign Minister weighs the American approaches.\n"
    "    \"Memorandum from Foreign Minister Silveira to President Geisel,\" February 25, 1977, "
    "History and Public Policy Program Digital Archive, Azeredo da Silveira Archive, AAS mre pn "
    "1974.08.15 pp.544-549. {credit}\n"
    "Possible approaches\n\n"
    "The present analysis starts from the premise of the American ability to offer threats or "
    "promises to the Brazilian side.\n"
)


@pytest.mark.parametrize("credit", ["Obtained and translated by Fundação Getúlio Vargas.",
                                    "Translated by Fundacao Getulio Vargas."])
def test_a_body_credited_as_translator_is_no_person(credit: str, resources) -> None:
    xml = text_xml(CITED.format(credit=credit), resources)
    assert "<resp>Translation</resp>\n          <name>Funda" in xml
    assert 'xml:id="per-fundacao' not in xml


def test_a_person_credited_as_translator_stays_a_person(resources) -> None:
    xml = text_xml(CITED.format(credit="Translated by Anna Nowak."), resources)
    assert '<resp>Translation</resp>\n          <persName ref="#per-anna-nowak">' in xml
