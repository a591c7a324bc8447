"""Rules from the misses of the blind sample cables41 (Japanese intercepts of 1941 as reading
and hearings sites give them, Venona translations, a PlusD cable with its headers folded): a
Japanese title in brackets after the post (`TO: Washington (Koshi)`) is an office, no name;
a `MAGIC Message #N` title gives the cable's number; a page that sets each paragraph's
first word apart joins it to its paragraph; the JD-1 serial and the Navy's translation day
on one line are a processing line; PlusD's menu lines are furniture and its printout page
header may set a space before the zone letter (`281751 Z`)."""

from __future__ import annotations

import pytest

from tei.convert.read import Line
from tei.convert.wraps import join_lone_first_words
from tests.cases import text_facts, text_xml

_MAGIC = ("MAGIC Message #{number}\n\nDate: March 4, 1941\nFROM: Tokyo (Sakurada)\n"
          "TO: Washington ({title})\n\nPlease report the sailing dates by cable.\n")


@pytest.mark.parametrize("title", ["Koshi", "Taishi", "Ryoji"])
def test_a_japanese_title_in_brackets_is_no_person(resources, title: str) -> None:
    xml = text_xml(_MAGIC.format(number="118", title=title), resources)
    assert f">{title}</persName>" not in xml
    assert 'ref="#per-sakurada"' in xml


def test_a_magic_message_title_gives_the_number(resources) -> None:
    facts = text_facts(_MAGIC.format(number="073", title="Koshi"), resources)
    assert facts["telegram_number"] == "073"


def test_a_name_in_brackets_after_the_post_is_still_the_addressee(resources) -> None:
    xml = text_xml(_MAGIC.format(number="118", title="Oshiro"), resources)
    assert ">Oshiro</persName>" in xml


def _lines(*texts: str) -> list[Line]:
    return [Line(no, text) for no, text in enumerate(texts, start=1)]


def test_lone_first_words_join_their_paragraphs_when_the_page_does_so_twice() -> None:
    lines = _lines("#512", "Re", "your #388.", "We", "have learned it.", "As",
                   "I reported earlier.")
    assert [line.text for line in join_lone_first_words(lines)] == [
        "#512", "Re your #388.", "We have learned it.", "As I reported earlier."]


def test_one_lone_word_over_a_lower_case_line_stays_apart() -> None:
    lines = _lines("SECRET", "Summary", "the talks went well.", "Next paragraph.")
    assert join_lone_first_words(lines) == lines


def test_a_record_label_over_a_file_name_is_no_first_word() -> None:
    lines = _lines("Files", "kekkonen_1961_11_20.pdf", "Notes", "scan.pdf", "We", "went there.")
    assert join_lone_first_words(lines) == lines


def test_a_lone_word_after_a_blank_line_is_not_joined() -> None:
    lines = [Line(1, "We"), Line(2, "are here.", blank_before=True), Line(3, "As"),
             Line(4, "it was.", blank_before=True)]
    assert join_lone_first_words(lines) == lines


def test_the_jd1_serial_and_navy_translation_day_are_one_processing_line(resources) -> None:
    text = ("From: Rome (Tanabe)\nTo: Tokyo\n3 September 1941\n#512\n\n"
            "We have learned that the proposal will pass.\n\n"
            "JD-1: 5117 (F) Navy Trans. 9-6-41 (S)\n")
    xml = text_xml(text, resources)
    assert '<ab type="registry" subtype="deciphered">JD-1: 5117 (F) Navy Trans.' in xml


def test_plusd_menu_lines_are_furniture(resources) -> None:
    text = ("Main About Donate Banking Blockade Press Chat Supporters\nWikiLeaks\n"
            "Press release About PlusD\n \nContent\nShow Headers\n"
            "1. THE MINISTRY INFORMED US OF ITS DECISION ON JUNE 12. POSITION IS UNCHANGED.\n")
    body = text_xml(text, resources).split("<text")[-1]
    assert "Banking Blockade" not in body and "Press release" not in body


@pytest.mark.parametrize("line", ["PAGE 02 TOKYO 08174 281751 Z", "PAGE 02 SAIGON 20739 110933Z"])
def test_a_printout_page_header_may_set_a_space_before_the_zone(resources, line: str) -> None:
    found = resources.patterns.match("printout-page", line)
    assert found is not None and found[1].group("telegram") == line.split()[3]


def test_a_bracketed_classification_over_an_intercept_is_no_source(resources) -> None:
    text = ("[Secret]\nFrom: Rome (Tanabe)\nTo: Tokyo\n3 September 1941\n#512\n\n"
            "We have learned that the proposal will pass.\n")
    xml = text_xml(text, resources)
    assert '<bibl type="source">[Secret]</bibl>' not in xml
    assert 'subtype="classification"' in xml
