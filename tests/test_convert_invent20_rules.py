"""invent20: whole saved web pages shaped as the archives build theirs. The page's text
leaves out what only a screen reader is given (skip links, `visually-hidden`, `sr-only`,
`screen-reader-text`) or a style hides; the site's furniture around the document (a `nav`
anywhere; a banner, footer or sidebar outside the document's `main` or `article` holding no
`h1`; a breadcrumb trail; the comments); a post's or item's tag list; and the label (a
heading, a `dt`, a `*label*` class) over links dropped as navigation. A metadata table's
row of two fields (`th td th td`) is two lines. A FRUS note list read from a page ends each
note in its back link without the list's bullet (a browser's text leaves markers out), and
is read as the notes."""

from __future__ import annotations

import pytest

from tei.convert.pages.html_document import page_text
from tests.cases import text_facts


def _page(body: str) -> str:
    return f"<!DOCTYPE html><html><head><title>t</title></head><body>{body}</body></html>"


@pytest.mark.parametrize("body", [
    "<a href='#main' class='visually-hidden focusable'>Skip to main content</a>"
    "<main id='main'><p>Moscow, 3 May 1962</p></main>",
    "<a class='skip-link screen-reader-text' href='#content'>Skip to content</a>"
    "<label for='q' class='sr-only'>Search</label><p>Moscow, 3 May 1962</p>",
    "<div style='display: none'>Loading</div><p>Moscow, 3 May 1962</p>",
])
def test_text_only_a_screen_reader_is_given_is_left_out(body: str) -> None:
    assert page_text(_page(body)).text == "Moscow, 3 May 1962"


@pytest.mark.parametrize("body", [
    "<header role='banner'><a href='/'>Archive</a><p>Documents from the archives</p></header>"
    "<main><p>TEXT</p></main><footer><p>Royal Academy</p></footer>",
    "<div id='header'><p>PlusD</p></div><div id='content'><p>TEXT</p></div>"
    "<div id='footer'><p>Browse by date</p></div>",
    "<aside><h3>Volume Contents</h3><p>Preface</p></aside><article><p>TEXT</p>"
    "<footer class='entry-footer'><p>Filed under cables</p></footer></article>"
    "<div id='comments'><p>Great find!</p></div>",
])
def test_the_sites_furniture_around_the_document_is_left_out(body: str) -> None:
    assert page_text(_page(body)).text.split("\n")[0] == "TEXT"
    assert not any(w in page_text(_page(body)).text
                   for w in ("Archive", "Royal", "PlusD", "Browse", "Volume", "Great"))


@pytest.mark.parametrize("body", [
    "<header><h1>Telegram from Belgrade</h1></header><p>TEXT</p>",
    "<article><footer><p>Ambassador Orlov</p></footer></article>",
])
def test_a_header_with_the_title_or_inside_the_document_stays(body: str) -> None:
    assert page_text(_page(body)).text.split("\n")[0] in ("Telegram from Belgrade",
                                                          "Ambassador Orlov")


@pytest.mark.parametrize("body", [
    "<p>TEXT</p><div class='field'><div class='field__label'>Tags</div>"
    "<div><a href='/t/1'>Manila Treaty</a>, <a href='/t/2'>United States</a></div></div>",
    "<p>TEXT</p><h2>Associated Places</h2><ul><li><a href='/p/1'>Hanoi (Vietnam)</a></li>"
    "</ul>",
    "<p>TEXT</p><div id='item-tags'><h3>Tags</h3><a href='/t?x' rel='tag'>Rapacki Plan</a>"
    "</div>",
])
def test_a_label_over_dropped_links_goes_with_them(body: str) -> None:
    assert page_text(_page(body)).text == "TEXT"


@pytest.mark.parametrize("row", [
    "<tr><th>Date:</th><td>1974 August 2</td><th>Canonical ID:</th><td>1974LISBON03318_b</td>"
    "</tr>",
    "<tr><th>Date</th><td>1 May 1950</td><th>Reference</th><td>FO 371/1</td></tr>",
])
def test_a_row_of_two_fields_is_two_lines(row: str) -> None:
    assert len(page_text(_page(f"<table>{row}</table>")).text.split("\n")) == 2


_FRUS_NOTES = """<h3>55. Telegram From the Embassy in Greece to the Department of State
<a href="#fn1"><sup>1</sup></a></h3>
<p>Athens, May 4, 1951—6 p.m.</p>
<p>4120. Papagos told me today that he would not stand.<a href="#fn2"><sup>2</sup></a></p>
<p>Peurifoy</p>
<div class="footnotes"><ol>
<li id="fn1">Source: Department of State, Central Files, 781.00/5–451. Secret.
<a href="#r1">↩</a></li>
<li id="fn2">Not found. <a href="#r2">↩</a></li></ol></div>"""


@pytest.mark.parametrize("page", [
    _page(_FRUS_NOTES),
    "88. Telegram From the Embassy in Iran to the Department of State1\n"
    "Tehran, March 9, 1959—5 p.m.\n\n1742. Hekmat called this morning.2\n\nWailes\n\n"
    "Source: Department of State, Central Files, 788.00/3–959. Secret. ↩\n"
    "Not printed. ↩\n",
])
def test_frus_notes_ending_in_back_links_without_bullets_are_notes(resources, page) -> None:
    found = text_facts(page, resources)
    assert found["notes"] == 2
    assert str(found["archive_idno"]).startswith("Department of State, Central Files")
