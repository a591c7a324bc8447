"""speed21: the page readers' document-level gate, and the needles' fold without `translate`.

- A page reader declares `NEEDS`, the rows its evidence cannot do without (table, row
  names); `pages.gate.Gate` reads the document's lines once and tells the readers whose
  needed rows' needles no line holds, which `pages.scores` does not ask (their evidence is
  0). Held here to the plain scoring that asks every reader, on the fixtures of every gated
  reader's layout (PlusD tables and printouts, Hansard and Lok Sabha pages, UN documents,
  blog posts, routing lines, an FBI EC, an Omeka item, a JFK RIF) and plain telegrams; every
  example of a needed row opens its reader's gate; every declared row exists.
- A line's script (`original_first._script`: Cyrillic or Latin letters counted) is counted by
  a regex scan, not a Python loop over the characters: the same counts.
- `literals.fold` lower-cases a text beyond ASCII without `str.translate` unless it holds a
  character that `re` takes for an ASCII letter regardless of case (the same fold, without
  Python's character-by-character loop).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import tei.convert.pages as pages
from tei.convert import Resources, convert_text
from tei.convert.context import Context
from tei.convert.literals import _ASCII_CASE, fold
from tei.convert.pages.gate import Gate
from tei.convert.pages.original_first import _script
from tei.convert.read import Line
from tei.xmlio import decode_text

FIXTURES = Path(__file__).parent / "fixtures" / "telegrams"

# fixtures where a gated reader finds its layout, and plain documents of other layouts
STEMS = [
    "leftover21_plusd_copied_page_table_invented",  # plusd, printout
    "other9_plusd_hidden_headers_page_header_in_text",  # printout
    "gen33_nara_aad_record_lisbon_dtg",
    "invent10_lok_sabha_answer_telegram_received_invented",  # hansard
    "misses14_hansard_commons_speech_telegram_from_speaker_of_dail_invented",
    "invent13_un_security_council_document_letter_transmitting_telegram_invented",
    "lead24_un_general_assembly_note_verbale_transmitting_cable_invented",
    "leftover21_blog_byline_intro_over_cable_invented",
    "other22_difp_routing_line_no_heading_invented",  # routing
    "other9_canadian_teletype_routing_line_release_stamp",
    "leftover21_fbi_electronic_communication_invented",
    "leftover21_omeka_item_copied_dublin_core_invented",
    "other22_jfk_rif_form_over_memorandum_invented",
    "flat11_state_printout_one_line_colons_invented",
]


def _scored(text: str, res: Resources, monkeypatch: pytest.MonkeyPatch
            ) -> list[tuple[list[Line], Context]]:
    """The lines (and context) the page readers were scored on in converting `text`."""
    seen: list[tuple[list[Line], Context]] = []
    gated = pages.scores

    def keep(lines: list[Line], ctx: Context) -> list[tuple[int, int]]:
        seen.append((list(lines), ctx))
        return gated(lines, ctx)

    monkeypatch.setattr(pages, "scores", keep)
    convert_text(text, "gate", res)
    monkeypatch.setattr(pages, "scores", gated)
    return seen


def _plain(lines: list[Line], ctx: Context) -> list[tuple[int, int]]:
    return [(reader.evidence(lines, ctx), i) for i, reader in enumerate(pages.READERS)]


@pytest.mark.parametrize("stem", STEMS)
def test_gated_scores_are_the_plain_scores(stem: str, resources: Resources,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    text = decode_text((FIXTURES / f"{stem}.txt").read_bytes()).text
    seen = _scored(text, resources, monkeypatch)
    assert seen
    for lines, ctx in seen:
        assert pages.scores(lines, ctx) == _plain(lines, ctx)
        # the layout the fixture stands for is found through an open gate
        assert any(score and reader.needs for (score, _), reader
                   in zip(pages.scores(lines, ctx), pages.READERS, strict=True)), stem


PLAIN = [
    "SECRET\nFM AMEMBASSY MOSCOW\nTO SECSTATE WASHDC\nE.O. 11652: GDS\n"
    "1. THE MINISTER SAID.\nSMITH",
    "Paris, 4 May 1921.\nSir,\nI have the honour to report that the Canonical text arrived.\n"
    "I am, etc.,\nJ. Brown",
    "TELEGRAM\nFrom: Ottawa\nTo: Dublin\nFollowing for Minister. Your message received.\nEnd",
]


@pytest.mark.parametrize("text", PLAIN)
def test_plain_documents_close_the_gates_and_score_the_same(
        text: str, resources: Resources, monkeypatch: pytest.MonkeyPatch) -> None:
    for lines, ctx in _scored(text, resources, monkeypatch):
        assert pages.scores(lines, ctx) == _plain(lines, ctx)
    lines = [Line(i, part) for i, part in enumerate(PLAIN[0].splitlines())]
    gate = Gate(lines, resources.patterns)
    assert not any(gate.allows(reader.needs) for reader in pages.READERS if reader.needs)


def test_every_needed_row_exists(resources: Resources) -> None:
    for reader in pages.READERS:
        for table, names in reader.needs:
            rows = resources.patterns.rows(table)
            assert rows, (reader.name, table)
            assert all(any(row.name == name for row in rows) for name in names), reader.name


def test_every_example_of_a_needed_row_opens_its_gate(resources: Resources) -> None:
    for reader in pages.READERS:
        for table, names in reader.needs:
            for row in resources.patterns.rows(table):
                if names and row.name not in names:
                    continue
                for example in row.examples:
                    lines = [Line(1, "Heading"), Line(2, example), Line(3, "Text.")]
                    assert Gate(lines, resources.patterns).allows(((table, names),)), \
                        (reader.name, example)


def test_a_renamed_row_leaves_the_gate_open(resources: Resources) -> None:
    gate = Gate([Line(1, "plain text")], resources.patterns)
    assert gate.allows((("plusd-record", ("no-such-row",)),))
    assert not gate.allows((("plusd-record", ("canonical",)),))


def _translated(text: str) -> str:
    return text.lower() if text.isascii() else text.translate(_ASCII_CASE).lower()


@pytest.mark.parametrize("text", ["Plain ASCII", "The Minister’s note", "İSTANBUL",
                                  "ıstanbul ſtreet", "200 \u212a", "Σ and «quotes»"])
def test_fold_is_the_translated_fold(text: str) -> None:
    assert fold(text) == _translated(text)


@given(st.text(alphabet="aZ ’\u0130\u0131\u017f\u212aΣé年.", max_size=20))
def test_fold_is_the_translated_fold_anywhere(text: str) -> None:
    assert fold(text) == _translated(text)


def _looped_script(text: str) -> str:
    cyrillic = sum(1 for ch in text if "\u0400" <= ch <= "\u04ff")
    latin = sum(1 for ch in text if ch.isascii() and ch.isalpha())
    if cyrillic >= 5 and cyrillic >= 2 * latin:
        return "cyrillic"
    return "latin" if latin >= 5 and latin >= 2 * cyrillic else ""


@pytest.mark.parametrize("text", ["Шифртелеграмма из Москвы", "Ciphered telegram from Moscow",
                                  "ЦК КПСС / CC CPSU 1962", "Σ ßé 123"])
def test_script_counts_as_the_loop(text: str) -> None:
    assert _script(text) == _looped_script(text)


@given(st.text(alphabet="abZЖжѐЀ1 .ßé\u04ff\u0400\u03ff\u0500", max_size=30))
def test_script_counts_as_the_loop_anywhere(text: str) -> None:
    assert _script(text) == _looped_script(text)
