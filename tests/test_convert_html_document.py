"""A whole web page saved as HTML is read as the text a browser shows (`innerText`): what is
never shown is left out, blocks and paragraphs are lines, `br` breaks a line, table cells
are parted by tabs, preformatted text keeps its lines and indentation, a line of links
alone (a menu, a breadcrumb trail) is navigation; the page's canonical address is its
source URL; every warning names the HTML file's own line; fragments of markup in a text
are no page."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tei.convert import convert_text
from tei.convert.pages.html_document import is_page, page_text
from tei.diagnostics import InputError
from tests.cases import text_facts

_ARCHIVE_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Telegram from Ambassador Orlov to the Ministry | Example Archive</title>
<link rel="canonical" href="https://archive.example.org/document/4411">
<script>var shown = "<p>never shown</p>";</script>
<style>p { margin: 1em; }</style>
</head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/collections">Collections</a></li></ul></nav>
<div class="crumbs"><a href="/">Home</a> &gt; <a href="/c/12">Cold War</a> &gt;
<a href="#">Document</a></div>
<main>
<h1>Telegram from Ambassador Orlov to the Ministry of Foreign Affairs</h1>
<p class="date">March 3, 1963</p>
<div class="text">
<p>TOP SECRET<br/>Copy No. 3</p>
<p>Belgrade, 3 March 1963</p>
<p>Today I was received by Foreign Minister Popović, who said that the
conference must be postponed &amp; that Marshal Tito agrees.</p>
<p hidden>An editor's hidden draft line.</p>
<p>Ambassador<br/>Orlov</p>
</div>
</main>
<footer><ul><li><a href="/about">About</a></li><li><a href="/terms">Terms</a></li></ul></footer>
</body>
</html>
"""

_CABLE_PAGE = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><title>Cable 1975ROME04321</title>
<meta property="og:url" content="https://cables.example.net/1975ROME04321.html"/></head>
<body>
<table><tr><th>Date:</th><td>1975 March 14, 10:20</td></tr></table>
<pre>
CONFIDENTIAL

R 141020Z MAR 75
FM AMEMBASSY ROME
TO SECSTATE WASHDC 8812

C O N F I D E N T I A L ROME 4321

E.O. 11652: GDS
TAGS: PFOR, IT
SUBJECT: MORO ON THE COMING ELECTIONS

1. PRIME MINISTER MORO TOLD ME TODAY THAT THE GOVERNMENT
   WOULD STAND.
VOLPE
</pre>
</body>
</html>
"""


@pytest.mark.parametrize(("html", "text"), [
    ("<p>one</p><p>two</p>", "one\n\ntwo"),
    ("<div>one</div><div>two</div>", "one\ntwo"),
    ("<p>one<br>two</p>", "one\ntwo"),
    ("<p>a   b\n   c</p>", "a b c"),
    ("<h2>Head</h2><p>text</p>", "Head\n\ntext"),
    ("<table><tr><th>From:</th><td>Bonn</td></tr><tr><th>To:</th><td>Paris</td></tr></table>",
     "From:\tBonn\nTo:\tParis"),
    ("<pre>  SECRET\n\n  TO: X</pre>", "  SECRET\n\n  TO: X"),
    ("<p>shown</p><script>x = 1;</script><style>p {}</style><template><p>no</p></template>",
     "shown"),
    ("<p>shown</p><p hidden>not shown</p>", "shown"),
    ("<div><a href='/'>Home</a> &gt; <a href='/d'>Documents</a></div><p>text</p>", "text"),
    ("<ul><li><a href='/'>Home</a></li><li><a href='/a'>About</a></li></ul><p>text</p>",
     "text"),
    ("<h1><a href='/d/1'>Telegram of 1 May</a></h1><p>text</p>", "Telegram of 1 May\n\ntext"),
    ("<p>See <a href='/n'>the note</a> below.</p>", "See the note below."),
    ("<p>&lt;b&gt; &amp; &eacute;</p>", "<b> & é"),
])
def test_a_page_is_read_as_the_text_a_browser_shows(html: str, text: str) -> None:
    assert page_text(f"<!DOCTYPE html><html><body>{html}</body></html>").text == text


@pytest.mark.parametrize("text", [
    "<!DOCTYPE html><html><body><p>x</p></body></html>",
    "\ufeff  <!doctype HTML>\n<p>x</p>",
    "<html lang='en'><body>x</body></html>",
    '<?xml version="1.0"?>\n<!DOCTYPE html>\n<html><body>x</body></html>',
    "<!-- saved from url=(0044)https://example.org/ -->\n<html><body>x</body></html>",
])
def test_a_whole_page_is_a_page(text: str) -> None:
    assert is_page(text)


@pytest.mark.parametrize("text", [
    "TELEGRAM<br />\nFrom Moscow",
    "<p>Moscow, 3 May 1962</p>",
    '<?xml version="1.0"?>\n<item uri="https://x.org/1"><text>TELEGRAM</text></item>',
    "The <html> element opens every page.",
])
def test_markup_in_a_text_is_no_page(text: str) -> None:
    assert not is_page(text)


@pytest.mark.parametrize(("page", "expected"), [
    (_ARCHIVE_PAGE, {"title": "Telegram from Ambassador Orlov to the Ministry of Foreign "
                              "Affairs", "date": "1963-03-03", "place_of_origin": "Belgrade",
                     "source_url": "https://archive.example.org/document/4411"}),
    (_CABLE_PAGE, {"date": "1975-03-14", "place_of_origin": "Rome", "telegram_number": "4321",
                   "source_url": "https://cables.example.net/1975ROME04321.html"}),
])
def test_a_saved_page_converts_as_its_text(resources, page: str, expected: dict) -> None:
    found = text_facts(page, resources)
    for key, value in expected.items():
        assert str(found[key]).startswith(value), key


def test_nothing_a_page_does_not_show_reaches_the_edition(resources) -> None:
    xml = convert_text(_ARCHIVE_PAGE, "t", resources).xml.decode()
    for unseen in ("never shown", "hidden draft", "Collections", "Terms", "margin"):
        assert unseen not in xml
    assert "Popović" in xml and "Marshal" in xml


def test_a_page_s_warnings_name_the_html_file_s_lines(resources) -> None:
    warnings = convert_text(_ARCHIVE_PAGE, "t", resources, path="page.html").warnings
    unknown = [w for w in warnings if w.rule == "unknown-name" and "Orlov" in w.message]
    lines = _ARCHIVE_PAGE.splitlines()
    assert unknown and all("Orlov" in lines[w.line - 1] for w in unknown)


def test_a_page_that_shows_nothing_is_refused_with_its_reason(resources) -> None:
    page = ("<!DOCTYPE html><html><head><title>x</title></head>"
            "<body><script>1</script></body></html>")
    with pytest.raises(InputError, match="shows no text"):
        convert_text(page, "t", resources, path="empty.html")


def test_a_page_s_entities_and_doctype_reach_nothing_outside_it() -> None:
    page = ('<!DOCTYPE html [<!ENTITY secret SYSTEM "file:///etc/passwd">]>\n'
            '<html><body><p>before &secret; after</p>'
            '<img src="file:///etc/passwd"><iframe src="http://example.org/"></iframe>'
            '</body></html>')
    text = page_text(page).text
    assert "root:" not in text and "before" in text and "after" in text


_WORDS = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc"),
                                        exclude_characters="<>&"), max_size=40)


@settings(max_examples=60, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=8))
def test_every_shown_word_is_kept_on_a_line_of_its_own_block(paragraphs: list[str]) -> None:
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    page = page_text(f"<!DOCTYPE html>\n<html><body>\n{body}\n</body></html>")
    assert page.text.split() == " ".join(paragraphs).split()
    assert len(page.source_lines) == (len(page.text.split("\n")) if page.text else 0)
    assert all(1 <= n <= len(paragraphs) + 3 for n in page.source_lines)
