"""Rules from the blind Wilson Center sample wc42 (Polish ciphergrams from Havana and New
Delhi of 1962-1963 in the old, current and mirror layouts, a Hungarian telegram from Hanoi,
Vietnamese Politburo cables, a Chinese provincial telegram form, an Algerian GPRA note): the
readers a Polish ciphergram went to, listed without a label one to a line under its `From:`
line (`Politburo` / `Czesak2` / `[?]` / `Milnikiel`), are heading (`distribution` lines),
and so is a minute the editors mark as handwritten right under the heading (`[Handwritten
text:] Relay this ...`); neither is the message's head or text. Tried on invented texts in
three layouts."""

from __future__ import annotations

import re

import pytest

from tei.convert.context import Context
from tei.convert.label_members import reader_run
from tei.convert.read import Line
from tests.cases import text_facts, text_xml

HEADING = ["Ciphergram No. 3140", "Dispatched from Belgrade on 04.02.1963 at 10:15",
           "Received on 04.02.1963 at 17:30",
           "Came into the Deciphering Department on 04.02.1963 at 18:00",
           "To: WINIEWICZ, EYES ONLY", "From: [Ambassador Henryk] GRABOWSKI"]
READERS = ["Gomulka", "Kliszko2", "[?]", "Rapacki"]
MINUTE = "[Handwritten text:] Show this [to] Comrade Naszkowski today, 4 February"
TEXT = ["Popović told me today that Belgrade would attend the conference in Cairo.",
        "He asked that Warsaw keep this to itself."]
TITLE = "Telegram from Polish Embassy in Belgrade (Grabowski), 2 April 1963"
LAYOUTS = {
    # the current site: blank lines between every line
    "current": "Skip to content\n\nApril 2, 1963\n\n" + TITLE + "\n\n"
               + "\n\n".join(HEADING + READERS + [MINUTE] + TEXT) + "\n",
    # a mirror's compact page: one line each, no minute
    "compact": "April 2, 1963\n" + TITLE + "\n" + "\n".join(HEADING + READERS + TEXT) + "\n",
    # the old layout's capitals title over the citation block
    "old": "Search in\n\nDigital Archive International History Declassified\n\nApril 2, 1963\n\n"
           + TITLE.upper() + "\n\nCITATION SHARE DOWNLOAD\n\nEnglish HTML\n\n"
           + "\n\n".join(HEADING + READERS + [MINUTE] + TEXT) + "\n",
}


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_readers_under_the_from_line_are_heading(layout: str, resources) -> None:
    xml = text_xml(LAYOUTS[layout], resources)
    heading = xml[xml.index('subtype="heading"'):xml.index('type="message"')]
    assert heading.count('subtype="distribution"') == len(READERS)
    assert "Rapacki</persName>" in heading and "<head>" not in xml
    facts = text_facts(LAYOUTS[layout], resources)
    assert facts["telegram_number"] == "3140"
    assert facts["date_received"] == "1963-04-02T17:30"


@pytest.mark.parametrize("layout", ["current", "old"])
def test_a_handwritten_minute_under_the_heading_is_heading(layout: str, resources) -> None:
    xml = text_xml(LAYOUTS[layout], resources)
    heading = xml[xml.index('subtype="heading"'):xml.index('type="message"')]
    assert re.search(r'<ab type="registry" subtype="other"><supplied reason="description">'
                     r"Handwritten text:</supplied> Show this", heading)
    message = xml[xml.index('type="message"'):]
    assert message.count("<p>") == len(TEXT)


def _lines(*texts: str) -> list[Line]:
    return [Line(n, text) for n, text in enumerate(texts)]


def test_reader_run_needs_two_readers_no_heading_row_reads(resources) -> None:
    ctx = Context(resources, "t")
    assert reader_run(_lines("Politburo", "Czesak2", "[?]", "Milnikiel", "He said"), 0, ctx) == 4
    assert reader_run(_lines("Milnikiel", "He confirms the fact."), 0, ctx) == 0
    assert reader_run(_lines("[?]", "[?]"), 0, ctx) == 0
    assert reader_run(_lines("Confidential", "Citissime"), 0, ctx) == 0  # a classification


PROVINCE_LINES = ["Fujian Province Telegram Received", "From:  Ministry of Foreign Affairs ",
                  "Precedence:  Priority Urgent ", "Device No. 88", "Serial No.",
                  "Already transmitted to Provincial Party Standing Committee", "(Top Secret)",
                  "Notice on the Visit of a Trade Delegation",
                  "To the foreign affairs bureaus of all provinces:",
                  "A trade delegation will arrive in Fuzhou next week."]
PROVINCE_TITLE = "Cable from the Foreign Ministry, 'Notice on the Visit of a Trade Delegation'"
PROVINCE_LAYOUTS = {
    "current": "Skip to content\n\nMay 4, 1979\n\n" + PROVINCE_TITLE + "\n\n"
               + "\n\n".join(PROVINCE_LINES) + "\n",
    # the old layout's capitals title over the citation block
    "old": "Search in\n\nDigital Archive International History Declassified\n\nMay 4, 1979\n\n"
           + PROVINCE_TITLE.upper() + "\n\nCITATION SHARE DOWNLOAD\n\nEnglish HTML\n\n"
           + "\n\n".join(PROVINCE_LINES) + "\n",
}


@pytest.mark.parametrize("layout", sorted(PROVINCE_LAYOUTS))
def test_a_bracketed_grade_alone_closes_the_heading(layout: str, resources) -> None:
    xml = text_xml(PROVINCE_LAYOUTS[layout], resources)
    assert '<ab type="registry" subtype="other">(Top Secret)</ab>' in xml
    assert "<head>Notice on the Visit of a Trade Delegation</head>" in xml
