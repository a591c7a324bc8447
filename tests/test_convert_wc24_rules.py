"""Family rules of the wc24 blind sample (NKIDP embassy records from Pyongyang, Stalin's and
Molotov's Mongolian papers, Soviet ambassadors' journals in Beijing and Pyongyang), each
tried on invented variants: the WCDA PDF export as a document store runs it on one
paragraph."""

from __future__ import annotations

import pytest

from tei.convert.context import Context
from tei.convert.pages.runon import split_run_on
from tei.convert.read import Line
from tests.cases import text_facts, text_xml

STORE_HEAD = "Note on a Visit\n\nTotal Page:16\n\nFile Type:pdf, Size:1020Kb\n\n"
STORE_LINE = (
    "{lead}Digital Archive digitalarchive.wilsoncenter.org International History Declassified "
    "May 2, 1966 Note on a Visit Citation: “Note on a Visit,” May 2, 1966, History and Public "
    "Policy Program Digital Archive, Archive of the Foreign Ministry, Sofia, Opis 9, a.e. 77. "
    "Translated by Elena Ruseva. Summary: The ambassador notes a visit to a cooperative farm. "
    "Credits: This document was made possible with support from the Leon Levy Foundation. "
    "Original Language: Bulgarian Contents: {kind} On 30 April we visited a cooperative farm "
    "near Hamhung.\n")


@pytest.mark.parametrize("lead", ["", "May 2, 1966 Note on a Visit "])
def test_a_store_paragraph_gives_the_exports_fields(lead: str, resources) -> None:
    text = STORE_HEAD + STORE_LINE.format(lead=lead, kind="English Translation")
    found = text_facts(text, resources)
    assert found["title"] == "Note on a Visit" and found["date"] == "1966-05-02"
    assert found["archive_idno"] == "Archive of the Foreign Ministry, Sofia, Opis 9, a.e. 77"
    assert found["summary"] == "The ambassador notes a visit to a cooperative farm."
    assert found["translator"] == "Elena Ruseva" and found["original_language"] == "Bulgarian"
    assert found["funder"] == "Leon Levy Foundation"


def test_the_text_run_on_after_contents_is_the_documents(resources) -> None:
    xml = text_xml(STORE_HEAD + STORE_LINE.format(lead="", kind="English Translation"), resources)
    body = xml.split("<body>")[1]
    assert "cooperative farm" in body and "Citation:" not in body and "Contents:" not in body


@pytest.mark.parametrize("kind", ["English Translation", "Original Scan", "Transcript"])
def test_the_contents_kind_is_a_line_of_its_own(kind: str, resources) -> None:
    line = Line(1, STORE_LINE.format(lead="", kind=kind).strip())
    parts = [part.text for part in split_run_on([line], Context(resources, "t"))]
    assert parts[-3:] == ["Contents:", kind, "On 30 April we visited a cooperative farm near "
                          "Hamhung."]


def test_a_line_without_the_banner_is_not_split(resources) -> None:
    line = Line(1, "The Citation: field and the Summary: field are discussed in 1966 here.")
    assert [part.text for part in split_run_on([line], Context(resources, "t"))] == [line.text]
