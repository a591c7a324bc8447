"""Rules for FRUS special volumes, circulars, search hits and text exports (frus68):

- a special volume's title with its subject before its years (`Foreign Relations of the
  United States, Japan, 1931–1941, Volume I`) is the page's volume line, no dateline;
- the site's search lines over a document reached from a hit (`Showing result 3 of 41 for
  "..."`, `Search within this volume: ...`) are the site's, no heading;
- a text export's ids with the heading after a dash (`frus1961-63v20 / d84 — ...`) are the
  repository's line; an address alone or under `source:` closing a FRUS page under its
  notes is the source URL (`pages/foot_address.py`), a print's `Printed <date>` under it
  the print's; a source note's `Received at 9:47 p.m., October 30.` is of that day;
- a file line's form `Circular` alone (`710.Peace/12a: Circular`) gives the archive's
  reference; `I am, Sirs, etc.,` is the salute;
- a building named with a title word is no person (`the Embajador Hotel`);
- a signature completed in brackets with its suffix after a comma signs (`E[dward] R.
  S[tettinius], Jr.`: `signature_shape.signature_like`);
- a present-tense verb of speech names its speaker (`Drummond tells me`);
- register: `Sato` and `Drummond` alone in the League's years, `Tass` the agency;
- (after the held score) the volume's table of contents under its title down to
  `Document N` is the page's (`hsg_page`, under `Contents`); a browser print's foot
  (`https://... 1/1`) gives the source URL (row `browser-print`, group `url`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

GENEVA = (
    "Foreign Relations of the United States, Japan, 1931–1941, Volume I\n"
    "Document 62\n\n"
    "793.94/3790: Telegram\n"
    "The Consul at Geneva (Gilbert) to the Secretary of State\n"
    "Geneva, February 2, 1932—11 p.m.\n\n"
    "41. Sato replied that the Japanese forces would withdraw. Drummond tells me in "
    "confidence that Tass states the same.\n\nGilbert\n"
)


def test_a_special_volume_title_is_no_dateline(resources: Resources) -> None:
    xml = text_xml(GENEVA, resources)
    assert "1931–1941, Volume I</" not in xml
    assert text_facts(GENEVA, resources)["date"] == "1932-02-02"


def test_present_tense_speech_and_league_names_in_office(resources: Resources) -> None:
    xml = text_xml(GENEVA, resources)
    assert '<persName ref="#per-eric-drummond">Drummond</persName> tells' in xml
    assert '<persName ref="#per-naotake-sato">Sato</persName>' in xml
    assert '<orgName ref="#org-tass">Tass</orgName>' in xml
    assert text_facts(GENEVA, resources)["sender"] == ["Prentiss B. Gilbert"]


def test_search_lines_over_a_hit_are_the_sites(resources: Resources) -> None:
    xml = text_xml(
        "Office of the Historian\n"
        "Search within this volume: Foreign Relations of the United States, 1964–1968, "
        "Volume XXXII, Dominican Republic\n"
        "Showing result 3 of 41 for \"Caamaño\"\n"
        "Document 41\n"
        "41. Telegram From the Embassy in the Dominican Republic to the Department of State1\n"
        "Santo Domingo, April 28, 1965, 1725Z.\n\n"
        "1136. The evacuation at the Embajador Hotel cannot be protected.\n\nBennett\n\n"
        "1 Source: Department of State, Central Files, POL 23-9 DOM REP. Secret.\n", resources)
    assert "Showing result" not in xml and "Search within" not in xml
    assert "per-hotel" not in xml


def test_text_export_ids_and_source_address_at_the_foot(resources: Resources) -> None:
    facts = text_facts(
        "frus1961-63v05 / d112 — Telegram From the Embassy in the Soviet Union to the "
        "Department of State\n\n"
        "112. Telegram From the Embassy in the Soviet Union to the Department of State1\n\n"
        "Moscow, June 3, 1961, 9 p.m.\n\n2987. Gromyko received me.\n\nThompson\n\n"
        "1 Source: Department of State, Central Files, 611.61/6–361. Secret.\n\n"
        "source: https://github.com/HistoryAtState/frus/blob/master/volumes/frus1961-63v05.xml\n",
        resources)
    assert facts["source_url"] == \
        "https://github.com/HistoryAtState/frus/blob/master/volumes/frus1961-63v05.xml"
    assert facts["notes"] == 1
    assert facts["telegram_number"] == "2987"


def test_a_text_exports_id_line_is_no_heading(resources: Resources) -> None:
    xml = text_xml(
        "frus1961-63v05 / d112 — Telegram From the Embassy in the Soviet Union to the "
        "Department of State\n\n"
        "112. Telegram From the Embassy in the Soviet Union to the Department of State1\n\n"
        "Moscow, June 3, 1961, 9 p.m.\n\n2987. Gromyko received me.\n\nThompson\n", resources)
    assert "frus1961-63v05 / d112" not in xml


def test_a_circular_file_line_and_its_close(resources: Resources) -> None:
    text = (
        "710.Peace/12a: Circular\n\n"
        "The Secretary of State to Diplomatic Officers in the American Republics\n\n"
        "Washington, January 31, 1936.\n\n"
        "Sirs: You are requested to deliver a copy of the President's letter.\n\n"
        "I am, Sirs, etc.,\n\nCordell Hull\n")
    assert text_facts(text, resources)["archive_idno"] == "710.Peace/12a"
    assert "<salute>I am, Sirs, etc.,</salute>" in text_xml(text, resources)


def test_a_print_date_under_the_address_and_a_receipt_day_after_the_hour(
        resources: Resources) -> None:
    facts = text_facts(
        "301. Telegram From the Embassy in France to the Department of State1\n\n"
        "Paris, October 31, 1956—1 a.m.\n\n2013. Pineau tells me that operations begin.\n\n"
        "Dillon\n\n"
        "1 Source: Department of State, Central Files, 684A.86/10–3156. Top Secret; Niact. "
        "Received at 9:47 p.m., October 30.\n\n"
        "https://history.state.gov/historicaldocuments/frus1955-57v16/d301\n"
        "Printed December 5, 2026\n", resources)
    assert facts["date_received"] == "1956-10-30T21:47"
    assert facts["source_url"] == "https://history.state.gov/historicaldocuments/frus1955-57v16/d301"
    assert facts["signed"] == "Dillon" and facts["notes"] == 1


def test_a_bracket_completed_signature_with_its_suffix(resources: Resources) -> None:
    facts = text_facts(
        "740.0011 EW/12–444\n\nMemorandum of Conversation, by the Acting Secretary of State\n\n"
        "[Washington,] December 4, 1944.\n\nThe British Ambassador called.\n\n"
        "E[dward] R. S[tettinius], Jr.\n", resources)
    assert facts["sender"] == ["Edward Stettinius Jr."]
    assert facts["signed"].startswith("E[dward] R. S[tettinius]")


def test_a_volumes_contents_over_the_document_and_the_print_foot(resources: Resources) -> None:
    text = (
        "Office of the Historian\nHistorical Documents\n"
        "Foreign Relations of the United States, 1977–1980, Volume X, Iran: Revolution, "
        "January 1977–November 1979\n"
        "Contents\nPreface\nSources\nPersons\nJanuary 1979 (Documents 121–187)\nIndex\n"
        "Document 150\n"
        "150. Telegram From the Embassy in Iran to the Department of State1\n"
        "Tehran, January 10, 1979, 1200Z.\n\n1210. Subject: Call on the Prime Minister.\n\n"
        "Sullivan\n\n1 Source: Department of State, Central Foreign Policy Files, "
        "D790013–0345. Secret.\n"
        "https://history.state.gov/historicaldocuments/frus1977-80v10/d150\t1/1\n")
    facts = text_facts(text, resources)
    assert facts["title"] == "Telegram From the Embassy in Iran to the Department of State"
    assert facts["telegram_number"] == "1210"
    assert facts["source_url"] == "https://history.state.gov/historicaldocuments/frus1977-80v10/d150"
