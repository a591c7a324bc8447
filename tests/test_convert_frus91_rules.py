"""Rules for FRUS learnt from real pages (frus91: Laos 1955-1966, the Congo 1960-1964, the
Dominican Republic 1965, the Soviet Union 1933-1939, France 1945-1946, the Berlin crisis of
1961 as chronik-der-mauer.de copies it, South Asia 1971, SALT 1972, Moscow 1984, Vietnam 1961
on the mirrored state.gov archive):

- a web copy's notes given as their bracketed number alone on a line over the note's text
  (`[1]` / `Source: ...`) are notes, when the number is called above
  (`lone_calls.join_lone_numbers`, called by `markup.normalise`);
- the source note's call glued before the dateline (`[1]Washington, August 12, 1961, 6:26
  p.m.`) leaves the dateline a dateline (the same function moves the call to the line above);
- a document heading run on after a page subtitle's year (`..., 12. August 1961Telegram from
  the Department of State ...`) stands on its own line (the same function);
- a military arm before its commander's office (`Belgian Paratroop Commander`) is no person
  (table `not-names`);
- `Lenin Hills` (the Embassy's offered site in 1934) is a place, no Lenin (register: Sparrow
  Hills);
- register: Kouprasith Abhay, Pierre-Louis Falaize, Eduard Zellweger, Henry Templer Alexander
  (`Major General Alexander`, Ghana 1960, not Harold Alexander), James W. Angell (`Angell`
  in 1945-1946), John C. Ausland, Theodore C. Achilles; John Addis's Laos post (1960-1962);
  `Ouan` for Ouane Rattikone.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

LONE = (
    "Telegram From the Department of State to the Embassy in Austria\n"
    "[1]Washington, June 4, 1961, 11 a.m.\n"
    "2210. Ref Embtel 1990.[2] Please tell Kreisky we shall keep the Vienna talks private.\n"
    "Rusk\n"
    "[1]\n"
    "Source: Department of State, Central Files, 763.00/6-461. Secret. Drafted by Ausland.\n"
    "[2]\n"
    "Embtel 1990 reported the Chancellor's plans for the visit.\n")


def test_lone_note_numbers_over_their_notes_are_notes(resources: Resources) -> None:
    facts = text_facts(LONE, resources)
    assert facts["notes"] == 2
    body = text_xml(LONE, resources).split("<text", 1)[1]
    assert '<note place="foot" n="2">Embtel 1990' in body


def test_a_call_glued_before_the_dateline_leaves_it_a_dateline(resources: Resources) -> None:
    facts = text_facts(LONE, resources)
    assert facts["date"] == "1961-06-04"
    assert facts["place_of_origin"] == "Washington"
    assert facts["telegram_number"] == "2210"


def test_a_number_alone_with_no_call_is_left_alone(resources: Resources) -> None:
    facts = text_facts(LONE.replace("[2] Please", " Please").replace(
        "[1]Washington", "Washington"), resources)
    assert facts["notes"] != 2


GLUED_HEADING = (
    "TELEGRAM from the Department of State to the Embassy in Austria, 4. Juni 1961\n"
    "Telegram from the Department of State to the Embassy in Austria, Washington, 4. Juni "
    "1961Telegram from the Department of State to the Embassy in Austria\n"
    "[1]Washington, June 4, 1961, 11 a.m.\n"
    "2210. Please tell Kreisky we shall keep the Vienna talks private.\n"
    "Rusk\n"
    "[1]\n"
    "Source: Department of State, Central Files, 763.00/6-461. Secret.\n")


def test_a_heading_glued_to_a_subtitle_year_is_the_title(resources: Resources) -> None:
    facts = text_facts(GLUED_HEADING, resources)
    assert facts["title"] == "Telegram from the Department of State to the Embassy in Austria"
    assert facts["date"] == "1961-06-04"


def test_a_paratroop_commander_is_no_person(resources: Resources) -> None:
    xml = text_xml(
        "Telegram From the Embassy in the Congo to the Department of State\n\n"
        "214. The Belgian Paratroop Commander refused to leave the airport until Paratroop "
        "Commander at Kamina was heard.\n", resources)
    assert "per-paratroop" not in xml


def test_lenin_hills_is_a_place(resources: Resources) -> None:
    xml = text_xml(
        "The Ambassador in the Soviet Union (Bullitt) to the Secretary of State\n\n"
        "No. 40\n\n"
        "Sir: The Moscow Soviet has now offered a plot at Lenin Hills for the Embassy.\n",
        resources)
    assert 'ref="#pla-sparrow-hills">Lenin Hills<' in xml
    assert "per-vladimir-lenin" not in xml


def test_register_names_of_laos_the_congo_and_reparations(resources: Resources) -> None:
    xml = text_xml(
        "Telegram From the Embassy in Laos to the Department of State\n\n"
        "Vientiane, October 2, 1960, 5 p.m.\n\n"
        "440. Falaize and Zellweger agree Kouprasith and Ouan must meet. Addis added that "
        "Major General Alexander flew in from Accra.\n", resources)
    for ident in ("per-pierre-louis-falaize", "per-john-addis", "per-eduard-zellweger",
                  "per-kouprasith-abhay", "per-ouane-rattikone", "per-henry-templer-alexander"):
        assert f'ref="#{ident}"' in xml
    assert "per-harold-alexander" not in xml
    reparations = text_xml(
        "740.00119 E.W./11–245: Telegram\n\n"
        "The Ambassador in France (Caffery) to the Secretary of State\n\n"
        "6400. The French accept the draft preamble sent to Angell yesterday.\n", resources)
    assert 'ref="#per-james-w-angell"' in reparations
