"""Rules of wc43 (second blind sample of Wilson Center pages).

- a time before a date may give its seconds (`Received at 12:46:44, November 10, 1986`, a
  Japanese outgoing cable's receipt; `Sent 09:15:30, 5 May 1970`, a day-first form): the date
  keeps the hour and minute; a clock time with seconds and no date after it is no date;
- a classification before the precedence on its own line (`Secret, Urgent`, `CONFIDENTIAL,
  IMMEDIATE`) is no addressee (the Polish ciphergram's `Krajewski, EYES ONLY` still is);
- in the WCDA PDF export flattened into one paragraph (docslib), a dateline after the
  document's run-on head and before its first sentence (`... signed Egon Krenz Berlin, 1
  November 1989 After ...`) is its own line: the place of origin; one after a sentence's
  stop is text.
"""

from __future__ import annotations

import pytest

from tests.cases import text_xml


def _found(resources, text: str) -> list[tuple[str, str]]:
    reader = resources.dates
    reader.forget(text)
    return [(text[d.start:d.end], d.iso()) for d in reader.find(text)]


@pytest.mark.parametrize(("text", "iso"), [
    ("Received at 12:46:44, November 10, 1986", "1986-11-10T12:46"),
    ("Sent 09:15:30, 5 May 1970", "1970-05-05T09:15"),
    ("Received 23:05:59 14.3.1965", "1965-03-14T23:05"),
])
def test_time_with_seconds_before_a_date(resources, text: str, iso: str) -> None:
    found = _found(resources, text)
    assert found and found[0][1].startswith(iso), found


def test_seconds_without_a_date_are_no_date(resources) -> None:
    assert _found(resources, "The clock read 12:46:44 then.") == []


@pytest.mark.parametrize("line", ["Secret, Urgent", "CONFIDENTIAL, IMMEDIATE"])
def test_classification_with_precedence_is_no_addressee(resources, line: str) -> None:
    text = f"Cable No. 3026\n\n{line}\n\nThe Prime Minister asked the Chairman what he thought.\n"
    xml = text_xml(text, resources)
    assert f'subtype="classification">{line}<' in xml
    assert "<roleName>" not in xml


def test_surname_with_precedence_is_still_the_addressee(resources) -> None:
    text = "Ciphergram No. 16053\n\nKrajewski, EYES ONLY\n\nThe talks went on today.\n"
    xml = text_xml(text, resources)
    assert 'subtype="addressee">' in xml and "Krajewski" in xml


_PDF = ("Digital Archive digitalarchive.wilsoncenter.org International History Declassified "
        "March 04, 1966 Memorandum of Conversation between A and B "
        "Citation: \u201cMemorandum,\u201d "
        "March 04, 1966, History and Public Policy Program Digital Archive, SAPMO-BA, DY 30/1. "
        "http://digitalarchive.wilsoncenter.org/document/999743 Summary: They talk. "
        "Original Language: German Contents: English Translation ")


def test_pdf_paragraph_dateline_after_the_head_is_the_place(resources) -> None:
    text = _PDF + "Secret signed Walter Ulbricht Moscow, March 4, 1966 At the start they spoke.\n"
    xml = text_xml(text, resources)
    assert "<dateline><placeName" in xml and "Moscow</placeName>, <date" in xml


def test_pdf_paragraph_date_after_a_sentence_is_text(resources) -> None:
    text = _PDF + "The talk began late. Walter Ulbricht left for Moscow, March 4, 1966 Berlin.\n"
    xml = text_xml(text, resources)
    assert "<dateline>" not in xml
