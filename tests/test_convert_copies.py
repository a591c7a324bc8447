"""The same document, copied in other ways, gives the same facts: forwarded by mail (a
header over it, every line quoted), as a PDF's text (a banner at the head and foot of every
page, page marks and a running foot), set in a margin with trailing spaces, with a word
processor's or a PDF's characters (soft hyphens, zero-width spaces, ligatures, a byte-order
mark inside) or exported from a word processor (tab-indented, `o` bullets). Each copy of a
case of several families is compared with its clean form; then the rules one by one."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from lxml import etree

from tei.convert import convert_text
from tei.xmlio import decode_text
from tests.cases import CASES, Case
from tests.tei_facts import facts

_MAIL_HEADER = ("---------- Forwarded message ---------\n"
                "From: Reading Room <reading.room@example.net>\n"
                "Date: Tue, 3 Mar 2026 at 14:05\n"
                "Subject: Fwd: a document for the edition\n"
                "To: edition@example.org\n\n")
_PAGE_LINES = 24


def forwarded(text: str) -> str:
    return _MAIL_HEADER + "\n".join(f"> {line}" if line.strip() else ">"
                                    for line in text.split("\n"))


def pdf_pages(text: str) -> str:
    """Pages of about `_PAGE_LINES` lines, turned at a blank line, each under and over an
    `UNCLASSIFIED` banner with its page mark and a running foot at its foot."""
    pages: list[list[str]] = [[]]
    for line in text.strip("\n").split("\n"):
        if not line.strip() and len(pages[-1]) >= _PAGE_LINES:
            pages.append([])
        pages[-1].append(line)
    return "\n".join(line for number, page in enumerate(pages, 1) for line in (
        "UNCLASSIFIED", "", *page, "", f"Page {number} of {len(pages)}",
        "Reading Room copy, not for citation", "UNCLASSIFIED", "\f"))


def margin(text: str) -> str:
    return "\n".join(f"      {line}   " if line.strip() else "  " for line in text.split("\n"))


def characters(text: str) -> str:
    """Soft hyphens inside long words, `fi` as its ligature, a zero-width space after each
    line's first word, a byte-order mark before the middle line."""
    text = re.sub(r"\b([a-z]{4})([a-z]{4,})\b", "\\1\u00ad\\2", text.replace("fi", "\ufb01"))
    lines = [re.sub(r"^(\w+) ", "\\1\u200b ", line) for line in text.split("\n")]
    lines[len(lines) // 2] = "\ufeff" + lines[len(lines) // 2]
    return "\n".join(lines)


def word_export(text: str) -> str:
    """Paragraphs indented by a tab, bullets as `o` and a tab."""
    return "\n".join(f"\to\t{line[2:]}" if line.startswith("- ") else
                     f"\t{line}" if len(line) > 60 else line for line in text.split("\n"))


COPIES: dict[str, Callable[[str], str]] = {
    "forwarded": forwarded, "pdf-pages": pdf_pages, "margin": margin,
    "characters": characters, "word-export": word_export}
# cases of several families: State, Foreign Office, Soviet, Commonwealth, Wilson Center,
# FRUS and the copies' own
_STEMS = ("gen01_state_dept_frus_header", "gen16_foreign_office_cypher_utf8_bom",
          "gen02_soviet_cable_incoming_first", "gen49_australian_dfat_cablegram_o_number",
          "gen04_wilson_summary_before_citation", "gen53_frus_print_hungary_page_marker",
          "gen12_report_numbered_lettered_caret_note",
          "gen40_canadian_external_affairs_begins_ends",
          # its receipt's year is told from the text as read, without the copy's marks
          "wc12_wcda_current_polish_ciphergram_slash_signature_clerks_invented")
_CASES = [case for case in CASES if case.stem in _STEMS]


def text_facts(text: str, resources) -> dict[str, object]:
    return facts(etree.fromstring(convert_text(text, "t", resources).xml))


def source_text(case: Case) -> str:
    return decode_text(case.source.read_bytes()).text


@pytest.mark.parametrize("copy", COPIES, ids=str)
@pytest.mark.parametrize("case", _CASES, ids=lambda case: case.stem)
def test_a_copy_gives_the_facts_of_its_clean_form(case: Case, copy: str, resources) -> None:
    text = source_text(case)
    assert text_facts(COPIES[copy](text), resources) == text_facts(text, resources)


def test_the_cases_are_there() -> None:
    assert len(_CASES) == len(_STEMS)


_CABLE = """SECRET

FROM: Ankara
TO: Secretary of State
NO: 1127, November 18, 1954, 7 p.m.

Menderes received me this morning and spoke about the Balkan pact.

WARREN
"""


def tei_of(text: str, resources) -> str:
    return convert_text(text, "t", resources).xml.decode()


def test_a_classification_at_the_head_alone_is_the_documents(resources) -> None:
    assert "SECRET</ab>" in tei_of(_CABLE, resources)


def test_a_banner_at_head_and_foot_is_dropped_with_its_like(resources) -> None:
    tei = tei_of(f"UNCLASSIFIED\n\n{_CABLE}\nPage 1 of 1\nUNCLASSIFIED\n", resources)
    assert "UNCLASSIFIED" not in tei and "SECRET</ab>" in tei


def test_a_short_page_between_page_lines_is_kept(resources) -> None:
    """A page's only paragraph between the banner and the page mark is no running foot."""
    text = _CABLE.replace("\nWARREN\n", "\nPage 1 of 2\nUNCLASSIFIED\n\nUNCLASSIFIED\n\n"
                          "He asked for a statement.\n\nPage 2 of 2\nUNCLASSIFIED\n")
    assert "He asked for a statement." in tei_of(f"UNCLASSIFIED\n\n{text}", resources)


def test_a_running_foot_on_every_page_is_dropped(resources) -> None:
    text = pdf_pages(_CABLE.replace("\n\nWARREN", "\n\n" + "\n\n".join(
        f"Paragraph {n} of the report goes on." for n in range(30)) + "\n\nWARREN"))
    assert "Reading Room copy" not in tei_of(text, resources)


def test_mail_fields_without_the_forwarding_line_are_the_documents(resources) -> None:
    memo = ("MEMORANDUM\n\nFrom: George F. Kennan\nTo: The Secretary\nDate: March 3, 1950\n"
            "Subject: Korea\n\nThe situation is grave.\n")
    assert text_facts(memo, resources)["date"] == "1950-03-03"
    assert text_facts(forwarded(memo), resources) == text_facts(memo, resources)


def test_soft_hyphens_join_at_a_line_end_and_vanish_inside(resources) -> None:
    text = _CABLE.replace("received me this morning and spoke about the Balkan",
                          "re\u00adceived me this morning at his residence and spoke about "
                          "the Bal\u00ad\nkan")
    assert "received me this morning at his residence and spoke about the Balkan pact" in \
        tei_of(text, resources)


def test_full_width_digits_and_ligatures_are_plain(resources) -> None:
    text = _CABLE.replace("1127, November 18, 1954", "１１２７, November １８, １９５４").replace(
        "Balkan pact", "Balkan paciﬁc")
    found = text_facts(text, resources)
    assert (found["telegram_number"], found["date"]) == ("1127", "1954-11-18")
    assert "Balkan pacific" in tei_of(text, resources)
