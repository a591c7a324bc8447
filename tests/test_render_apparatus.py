"""`tei.render.apparatus`: Markdown pages (raw HTML escaped, links), front matter, navigation
order, diagnostics, and the pages in the site frame with their generated parts."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import lxml.html
import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from tei.diagnostics import InputError
from tei.edition import load_edition
from tei.render import render_edition
from tei.render.apparatus import load_pages, markdown_xhtml, read_page

FIXTURES = Path(__file__).parent / "fixtures"
PAGES = FIXTURES / "pages"
DOCUMENTS = sorted((FIXTURES / "render").glob("*.xml"))


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def html(path: Path) -> lxml.html.HtmlElement:
    return lxml.html.parse(str(path)).getroot()


def words(element: lxml.html.HtmlElement) -> str:
    return " ".join(element.text_content().split())


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("apparatus") / "site"
    edition = replace(load_edition(), pages=str(PAGES))
    result = render_edition(DOCUMENTS, folder, None, edition=edition)
    assert result.diagnostics == []
    return folder


def test_a_page_read_again_is_taken_from_the_cache_without_the_parsers(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tei.render import apparatus

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    page = write(tmp_path / "pages", "about.md",
                 "---\norder: 2\n---\n# About us\n\nSee [the rules](rules.md).\n")
    first = read_page(page)
    assert (first.title, first.order) == ("About us", 2.0)
    assert 'href="rules.html"' in first.body

    def no_parser(*_: object) -> None:
        raise AssertionError("a parser was used again")

    monkeypatch.setattr(apparatus, "_markdown", no_parser)
    monkeypatch.setattr(apparatus, "front_matter", no_parser)
    assert read_page(page) == first
    write(tmp_path / "pages", "about.md", "# Changed\n")
    with pytest.raises(AssertionError):
        read_page(page)


def test_a_page_that_cannot_be_read_is_reported_on_every_read(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    page = write(tmp_path / "pages", "about.md", "---\norder: first\n---\nText\n")
    for _ in range(2):
        with pytest.raises(InputError, match="not a number"):
            read_page(page)


def test_raw_html_is_shown_as_text_never_as_markup() -> None:
    body = etree.fromstring(markdown_xhtml('<script>alert(1)</script>\n\nA <b onclick="x()">b</b>'))
    assert body.xpath("//script | //b | //@onclick") == []
    assert "<script>alert(1)</script>" in "".join(body.itertext())


def test_links_to_markdown_pages_lead_to_their_html_pages() -> None:
    body = etree.fromstring(markdown_xhtml(
        "[a](about.md) [b](downloads.md#zip) [c](https://example.org/x.md) [d](javascript:x())"))
    assert body.xpath("//a/@href") == ["about.html", "downloads.html#zip",
                                       "https://example.org/x.md"]
    assert "[d](javascript:x())" in "".join(body.itertext())


def test_images_are_not_converted_so_the_site_loads_nothing_from_outside() -> None:
    assert etree.fromstring(markdown_xhtml("![map](https://tiles.example/1.png)")).xpath(
        "//img") == []


@given(st.text(max_size=200))
def test_any_markdown_becomes_well_formed_xhtml_without_raw_markup(text: str) -> None:
    text = "".join(c for c in text if c in "\t\n\r" or " " <= c < "\ud800" or "\ue000" <= c
                   < "\ufffe")
    body = etree.fromstring(markdown_xhtml(text))
    allowed = {"div", "p", "a", "em", "strong", "code", "pre", "h1", "h2", "h3", "h4", "h5",
               "h6", "ul", "ol", "li", "blockquote", "hr", "br"}
    assert {e.tag for e in body.iter()} <= allowed


def test_front_matter_gives_title_order_and_generated_part(tmp_path: Path) -> None:
    page = read_page(write(tmp_path, "cite.md", "---\ntitle: How to cite\norder: 3\n"
                                                "generated: citation\n---\nText.\n"))
    assert (page.slug, page.title, page.order, page.generated) == (
        "cite", "How to cite", 3.0, "citation")
    assert page.href == "pages/cite.html"
    assert "---" not in page.body


def test_without_front_matter_the_first_heading_is_the_title(tmp_path: Path) -> None:
    page = read_page(write(tmp_path, "about.md", "# About us\n\nText.\n"))
    assert (page.title, page.generated) == ("About us", "")
    assert "About us" not in page.body


def test_pages_come_in_their_order_then_by_name_and_the_readme_is_no_page(
        tmp_path: Path) -> None:
    write(tmp_path, "b.md", "# B\n")
    write(tmp_path, "a.md", "# A\n")
    write(tmp_path, "z.md", "---\norder: 1\n---\n# Z\n")
    write(tmp_path, "README.md", "# How to write pages\n")
    pages, problems = load_pages(tmp_path)
    assert ([p.slug for p in pages], problems) == (["z", "a", "b"], ())


def test_a_missing_folder_holds_no_pages(tmp_path: Path) -> None:
    assert load_pages(tmp_path / "none") == ((), ())


@pytest.mark.parametrize(("name", "text", "rule", "line"), [
    ("About Us.md", "# About\n", "pages-name", 1),
    ("about.md", "---\norder: 1\ntitle: a: b\n---\n", "pages-front-matter", 3),
    ("about.md", "---\n- a list\n---\n", "pages-front-matter", 2),
    ("about.md", "---\ngenerated: weather\n---\n", "pages-front-matter", 1),
    ("about.md", "---\norder: first\n---\n", "pages-front-matter", 1),
])
def test_a_page_that_cannot_be_used_is_a_diagnostic(tmp_path: Path, name: str, text: str,
                                                    rule: str, line: int) -> None:
    write(tmp_path, "good.md", "# Good\n")
    write(tmp_path, name, text)
    pages, problems = load_pages(tmp_path)
    assert [p.slug for p in pages] == ["good"]
    assert [(d.path, d.rule, d.line) for d in problems] == [(str(tmp_path / name), rule, line)]


def test_a_broken_page_is_reported_by_render_and_the_rest_is_built(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    write(pages, "about.md", "---\ngenerated: weather\n---\n")
    result = render_edition(DOCUMENTS[:1], tmp_path / "site", None,
                            edition=replace(load_edition(), pages=str(pages)))
    assert [d.rule for d in result.diagnostics] == ["pages-front-matter"]
    assert (tmp_path / "site" / "index.html").is_file()


def test_the_about_page_is_in_the_frame_with_the_editors_text_escaped(site: Path) -> None:
    about = html(site / "pages" / "about.html")
    assert [words(h) for h in about.xpath("//h1")] == ["About the test edition"]
    assert [words(h) for h in about.xpath("//main//h2")] == ["Team"]
    assert about.xpath("//main//script | //main//b") == []
    assert '<script>alert("not run")</script>' in words(about)
    assert about.xpath("//main//a[@href='principles.html']")
    assert about.xpath("//a[@rel='external']/@href") == ["https://digitalarchive.wilsoncenter.org"]
    assert about.xpath("//link/@href") == ["../assets/edition.css"]


def test_every_page_links_the_apparatus_pages_in_order_unordered_last(site: Path) -> None:
    for relative, prefix in (("index.html", ""), ("documents/r01_cable.html", "../"),
                             ("pages/cite.html", "../")):
        nav = html(site / relative).xpath("//nav[@class='site-nav']//li[@class='nav-apparatus']/a")
        assert [(a.get("href"), words(a)) for a in nav] == [
            (f"{prefix}pages/principles.html", "Editorial principles"),
            (f"{prefix}pages/cite.html", "How to cite"),
            (f"{prefix}pages/about.html", "About the test edition")]
    current = html(site / "pages" / "cite.html").xpath("//a[@aria-current='page']")
    assert [words(a) for a in current] == ["How to cite"]


def test_the_principles_page_has_the_same_legend_as_every_document(site: Path) -> None:
    principles = html(site / "pages" / "principles.html")
    (legend,) = principles.xpath("//dl[@class='conventions-list']")
    (on_page,) = html(site / "documents" / "r01_cable.html").xpath(
        "//details[@class='conventions']//dl")
    assert etree.tostring(legend) == etree.tostring(on_page)
    assert "n.d." in words(legend)


def test_the_bundled_pages_are_about_principles_citation_and_downloads(tmp_path: Path) -> None:
    pages, problems = load_pages(load_edition().pages)
    assert problems == ()
    assert [(p.slug, p.generated) for p in pages] == [
        ("about", "team"), ("editorial-principles", "conventions"),
        ("how-to-cite", "citation"), ("downloads", "downloads")]
    assert "Wilson Center Digital Archive" in pages[0].body
    render_edition(DOCUMENTS[:1], tmp_path, None, cmif=True)
    downloads = html(tmp_path / "pages" / "downloads.html")
    assert downloads.xpath("//main//a/@data-format") == ["schema", "cmif"]
    team = words(html(tmp_path / "pages" / "about.html").xpath("//section[@class='team']")[0])
    assert all(editor in team for editor in load_edition().editors)


def test_rendering_twice_gives_the_same_bytes(site: Path, tmp_path: Path) -> None:
    again = tmp_path / "site"
    render_edition(DOCUMENTS, again, None, edition=replace(load_edition(), pages=str(PAGES)))
    for path in sorted((site / "pages").iterdir()):
        assert (again / "pages" / path.name).read_bytes() == path.read_bytes()
