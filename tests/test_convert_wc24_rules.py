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


@pytest.mark.parametrize(("title", "sender"), [
    ("From the Journal of Ambassador Pavel Yudin: Record of Conversation with Mao Zedong on "
     "8 March 1955", "Pavel Yudin"),
    ("From the Diary of S. V. Chervonenko: Memorandum of Conversation with Zhou Enlai",
     "Stepan Chervonenko")])
def test_a_keepers_title_over_the_diarys_heading_is_the_title(
        title: str, sender: str, resources) -> None:
    text = (f"Skip to content\n\nMarch 12, 1955\n\n{title}\n\nFrom the Journal of P. F. Yudin, "
            "12 March 1955, Top Secret\n\nToday I visited Comrade Mao Zedong.\n")
    found = text_facts(text, resources)
    assert found["title"] == title and found["sender"] == [sender]


def test_a_diarys_own_heading_stays_a_heading(resources) -> None:
    text = ("Skip to content\n\nMarch 12, 1955\n\nFrom the Journal of P. F. Yudin\n\n"
            "Today I visited Comrade Mao Zedong.\n")
    assert text_facts(text, resources)["title"] != "From the Journal of P. F. Yudin"


@pytest.mark.parametrize("title", ["Stalin’s Conversation with Choibalsan",
                                   "Tsedenbal's Conversations with Soviet Leaders"])
def test_a_possessive_conversation_title_is_a_record(title: str, resources) -> None:
    text = f"Skip to content\n\nJanuary 22, 1944\n\n{title}\n\nThey met in the Kremlin.\n"
    assert text_facts(text, resources)["doc_type"] == "record of conversation"


def test_a_letter_on_a_conversation_stays_a_letter(resources) -> None:
    text = ("Skip to content\n\nJanuary 22, 1944\n\nLetter from Choibalsan on his Conversation "
            "with Stalin\n\nDear Comrade,\n\nWe met in the Kremlin.\n")
    assert text_facts(text, resources)["doc_type"] == "letter"


CITED = ("Search in\nADD SEARCH FILTER CANCEL SEARCH FILTER\n\nDigital Archive International "
         "History Declassified\n\nApril 19, 1958\n\nMEMORANDUM OF CONVERSATION WITH MAO ZEDONG\n\n"
         "CITATION SHARE DOWNLOAD\n  • Citation\n\n    get citation\n\n    The two discuss "
         "Yugoslavia.\n    \"Memorandum of Conversation with Mao Zedong,\" April 19, 1958, History "
         "and Public Policy Program Digital Archive, AVPRF, f. 0100, op. 51, d. 6; {clause}. "
         "Published in CWIHP Working Paper No. 30.\n  • share document\n\nVIEW DOCUMENT IN\n\n"
         "English HTML\n\nMao said that Tito was unreliable.\n")


@pytest.mark.parametrize(("clause", "translator", "language"), [
    ("translation from Russian by David Wolff", "David Wolff", "Russian"),
    ("translation by V. M. Zubok", "V. M. Zubok", None)])
def test_a_translation_clause_ends_the_shelfmark(
        clause: str, translator: str, language: str | None, resources) -> None:
    found = text_facts(CITED.format(clause=clause), resources)
    assert found["archive_idno"] == "AVPRF, f. 0100, op. 51, d. 6"
    assert found["translator"] == translator and found["original_language"] == language


@pytest.mark.parametrize(("line", "supplied"), [("Nº [208]", "208"), ("No. [14]", "14")])
def test_a_number_after_a_number_sign_is_supplied(line: str, supplied: str, resources) -> None:
    text = f"Moscow, 3 May 1958\n\nI visited Kim Il Sung.\n\n(A. PUZANOV)\n\n{line}\n"
    xml = text_xml(text, resources)
    assert f'<supplied reason="omitted">{supplied}</supplied>' in xml and "<anchor" not in xml


def test_a_bracketed_figure_after_a_word_is_still_an_anchor(resources) -> None:
    xml = text_xml("Moscow, 3 May 1958\n\nI visited Kim Il Sung.[2]\n", resources)
    assert '<anchor type="note" n="2"/>' in xml


@pytest.mark.parametrize(("text", "name"), [
    ("to Cdes. Varnov and Samsonov, G. Ye.", "G. Ye. Samsonov"),
    ("the Gao Gang-Rao Shushi affair", "Rao Shushi"),
    ("Visit Choybalsan and advise him", "Khorloogiin Choibalsan"),
    ("He is leading more than a 1000 men, and Ospan is said not to rob.", "Ospan Batyr"),
    ("for the arrival of [Interior Minister] Lei Fazhang", "Lei Fazhang")])
def test_the_samples_persons_are_in_the_register(text: str, name: str, resources) -> None:
    xml = text_xml(f"Moscow, 3 May 1958\n\n{text}\n", resources)
    entry = name.lower().replace(". ", "-").replace(" ", "-").replace(".", "")
    assert f'ref="#per-{entry}"' in xml


@pytest.mark.parametrize("title", ["Charge d'affaires", "charge d’affaires", "charge d'affairs"])
def test_a_charge_d_affaires_without_accent_names_the_person(title: str, resources) -> None:
    xml = text_xml(f"Pyongyang, 3 May 1958\n\nThe Romanian {title} Dobrescu visited us.\n",
                   resources)
    assert '<persName ref="#per-dobrescu">Dobrescu</persName>' in xml
