"""Rules from the repost sample (repost2): documents re-posted outside their publisher's site
(Google Books and e-text pages of printed volumes, text archives, PDF exports of Venona
decrypts, documentation sites with labelled lines)."""

from __future__ import annotations

from tei.convert.context import Context
from tei.convert.pages.preamble import preamble
from tei.convert.pages.runon import split_run_on
from tei.convert.read import Line
from tests.cases import text_facts


def _ctx(resources) -> Context:
    return Context(resources, "t")


def test_a_run_on_venona_heading_is_split_into_its_lines(resources) -> None:
    line = Line(3, "From: NEW YORK To: MOSCOW No: 79 18 January 1945 To VIKTOR. Your telegram")
    parts = [part.text for part in split_run_on([line], _ctx(resources))]
    assert parts == ["From: NEW YORK", "To: MOSCOW", "No: 79 18 January 1945", "To VIKTOR.",
                     "Your telegram"]
    assert {part.no for part in split_run_on([line], _ctx(resources))} == {3}


def test_a_line_no_row_knows_is_left_whole(resources) -> None:
    line = Line(1, "The delegation arrived from Ottawa to Moscow on 14 January 1945.")
    assert split_run_on([line], _ctx(resources)) == [line]


def test_a_preamble_ends_where_the_cable_heading_begins(resources) -> None:
    lines = [Line(i, text) for i, text in enumerate(
        ["Course pack, part II", "Compiled 2014", "From: OTTAWA", "To: MOSCOW", "No: 52"])]
    assert preamble(lines, 0, _ctx(resources)) == 2
    assert preamble(lines[2:], 0, _ctx(resources)) == 0


def test_a_page_of_a_printed_volume_with_a_run_on_receipt(resources) -> None:
    found = text_facts("Page images\nPDF\nePub\n\nThe Minister in Greece (Droppers) to the "
                   "Secretary of State\n\n[Telegram]\n\nAMERICAN LEGATION, Athens, May 2, "
                   "1916, 6 p. m. [Received May 3, 11 a. m.]\n\n88. The Government has "
                   "closed the port to neutral shipping until further notice.\n\nDROPPERS\n",
                   resources)
    assert (found["date"], found["date_received"]) == ("1916-05-02", "1916-05-03T11:00")
    assert (found["place_of_origin"], found["telegram_number"]) == ("Athens", "88")


def test_a_british_documents_heading_with_its_tel_line(resources) -> None:
    found = text_facts("(31002) No. 90.\nSir M. de Bunsen to Sir Edward Grey. (Received July 26.)\n"
                   "Vienna, July 25, 1914.\nTel. (No. 101.) En clair.\nD. 9 P.M.\n\n"
                   "The note has been handed to the Servian Minister, who left at once.\n",
                   resources)
    assert found["telegram_number"] == "101"
    assert found["addressee"] == ["Edward Grey"]
    assert found["date"] == "1914-07-25"


def test_an_edition_heading_under_a_repost_s_labelled_lines_is_the_title(resources) -> None:
    found = text_facts("Source: RA/UD, copy book 1917\nTranslated by: A. Berg\n\nThe minister in "
                   "Stockholm (Paul Hjalmar Rudbeck) to the Foreign Minister (Erik Scavenius)"
                   "\n\nStockholm, 9 May 1917.\n\nThe Swedish Government will send its reply "
                   "to the note tomorrow by courier, as agreed with the Legation.\n\nRudbeck\n",
                   resources)
    assert found["title"].startswith("The minister in Stockholm")
    assert found["addressee"] == ["Erik Scavenius"]


def test_a_heading_broken_after_to_the_is_one_title(resources) -> None:
    found = text_facts(" The German Charge in the Soviet Union (Tippelskirch) to the\n"
                   "           German Foreign Office\n\n    Telegram\n\nMoscow, June 2, "
                   "1941-8:10 p. m.\nReceived June 2, 1941-11:00 p. m.\nNo. 1270 of June 2\n\n"
                   "The Commissariat informed the Embassy today that the new consulate may open "
                   "in the autumn.\n", resources)
    assert found["title"].endswith("to the German Foreign Office")


def test_a_heading_s_only_paragraph_is_no_summary(resources) -> None:
    found = text_facts("Frames 1-2, serial 9\n\nMoscow, June 2, 1941-8:10 p. m.\nReceived Berlin, "
                   "June 2, 1941-11:00 p. m.\nNo. 1270 of June 2\n\nThe Commissariat informed "
                   "the Embassy today that the consulate may open in the autumn.\n", resources)
    assert not found.get("summary")
    assert found["archive_idno"] == "Frames 1-2, serial 9"
