"""Rules for FRUS learnt from real pages (frus92: Korea 1950-1954, Guatemala 1954 on
history.state.gov and on the old state.gov archive, Iran 1952-1953, Indochina and the Geneva
conference 1954, Israel 1950-1968 and a Jewish Virtual Library copy of a 1964 telegram):

- the notes of a 1950s volume whose heading's note is no `Source:` note (`1. This telegram,
  drafted by Johnson, was repeated to ...`) are read when every further note's anchor is
  found in order, glued to a word or stop (`message.3`) or to the number of a cable the text
  cites (`Reference your 522`: telegram 52, note 2; `our 504`) (`pages/cited_anchors.py`,
  called by `pages/frus_notes.footnotes`); the signature above the list is then read;
- a month after a title with its day (`made by Secretary July 17 broadcast`) is no person
  (table `not-names`);
- the old state.gov archive's Eisenhower volume line (`Foreign Relations, 1952-1954, Volume IV,
  American Republics (Guatemala Compilation)`) is page furniture (table `page-furniture`, row
  `state-gov`), no dateline;
- a file line with the form glued after the colon (`363.1/6–3054:Telegram`) is the file line
  (table `frus`, row `source`): it dates the telegram;
- the routing sentence run on after the telegram's number (`105. Repeated information Paris
  46, Hanoi unnumbered. Prime Minister ...`, `Secto 32. Sent Saigon 10, repeated ...`) is set
  apart as a line of the heading (`pages/frus_numbers.routing_end`, table `heading`,
  transmission row);
- register: Teddy Kollek, Pinhas Sapir, Mordechai Gazit, Richard Ford (chargé in Israel,
  1949-1951), William L. Krieg, John W. O'Daniel; Eugene V. Rostow as `Unsec Rostow`.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

CITED = (
    "795.00/8–453: Telegram\n\n"
    "The Secretary of State to the Embassy in Korea1\n\n"
    "secret\n\n"
    "118. Reference your 6142 and announcement of today.3\n\n"
    "Please tell Rhee he may quote our 1074 in full.\n\n"
    "Dulles\n"
    "  1. This telegram, drafted by Young, was repeated to Tokyo as 301.\n"
    "  2. Dated August 3, not printed.\n"
    "  3. Not found.\n"
    "  4. Not printed.\n")


def test_notes_read_through_anchors_on_cited_numbers(resources: Resources) -> None:
    facts = text_facts(CITED, resources)
    assert facts["notes"] == 4
    assert facts["signed"] == "Dulles"


def test_a_missing_anchor_leaves_the_list_alone(resources: Resources) -> None:
    facts = text_facts(CITED.replace("our 1074", "our 107"), resources)
    assert facts["notes"] != 4


def test_a_month_after_a_title_is_no_person(resources: Resources) -> None:
    xml = text_xml(
        "The Secretary of State to the Embassy in Korea\n\n"
        "55. We concur in statement made by Secretary July 17 broadcast.\n", resources)
    assert "per-july" not in xml


def test_the_old_archive_eisenhower_volume_line_is_furniture(resources: Resources) -> None:
    text = (
        "U.S. Department of State\n"
        "Foreign Relations, 1952-1954, Volume II, National Security Affairs (Part 1)\n"
        "Released by the Office of the Historian\n"
        "Documents 10-20\n\n"
        "12. Telegram From the Ambassador in Guatemala (Peurifoy) to the Department of State/1/\n\n"
        "Guatemala City, June 2, 1954, 5 p.m.\n\n"
        "/1/Source: Central File 714.00/6-254. Secret.\n\n"
        "901. The Foreign Minister called this morning.\n")
    body = text_xml(text, resources).split("<text", 1)[1]
    assert "Volume II" not in body
    assert text_facts(text, resources)["date"] == "1954-06-02"


ROUTING = (
    "751G.00/6–1254: Telegram\n\n"
    "The Ambassador at Saigon (Heath) to the Department of State\n\n"
    "secret\n\n"
    "Saigon, June 12, 1954—6 p.m.\n\n"
    "2561. Repeated information Paris 810, Hanoi 402. Governor Tri called this afternoon.\n")


def test_the_routing_sentence_after_the_number_is_heading(resources: Resources) -> None:
    xml = text_xml(ROUTING, resources)
    heading = xml.split('subtype="heading"', 1)[1].split("</div>", 1)[0]
    assert "Repeated information" in heading
    assert "<p>Governor" in xml
    assert text_facts(ROUTING, resources)["telegram_number"] == "2561"


def test_a_sentence_that_routes_nothing_stays_text(resources: Resources) -> None:
    xml = text_xml(ROUTING.replace("Repeated information Paris 810, Hanoi 402.",
                                   "Reports from Paris are mixed."), resources)
    assert "<p>2561. Reports from" in xml


def test_register_names_of_israel_guatemala_and_indochina(resources: Resources) -> None:
    xml = text_xml(
        "Telegram From the Department of State to the Embassy in Israel\n\n"
        "Washington, January 12, 1968, 8:46 p.m.\n\n"
        "98260. Sapir and Kollek spoke to Gazit; Unsec Rostow saw Harman. General O'Daniel "
        "and William L. Krieg were not consulted.\n", resources)
    for ident in ("per-pinhas-sapir", "per-teddy-kollek", "per-mordechai-gazit",
                  "per-eugene-v-rostow", "per-john-w-odaniel", "per-william-l-krieg"):
        assert f'ref="#{ident}"' in xml
    ford = text_xml(
        "784A.02/9–2050: Telegram\n\n"
        "The Chargé in Israel (Ford) to the Secretary of State\n\n"
        "160. Embassy has consulted British colleagues.\n\nFord\n", resources)
    assert 'ref="#per-richard-ford-diplomat"' in ford


def test_a_file_line_with_the_form_glued_after_the_colon(resources: Resources) -> None:
    facts = text_facts(
        "363.1/6–3054:Telegram\n\n"
        "The Secretary of State to the Embassy in Guatemala\n\n"
        "1382. Department feels the committee should keep to its schedule.\n\nDulles\n",
        resources)
    assert facts["date"] == "1954-06-30"
    assert facts["archive_idno"] == "363.1/6–3054"
