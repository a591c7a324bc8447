"""The document page's citation (plain text, BibTeX, CSL-JSON) with the page's stable address,
the footer's editors, version and publication date, "n.d." for an undated document, the
metadata panel as a complementary landmark and the text edition's funder and citation."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import lxml.html
import pytest
from lxml import etree

from tei.edition import Edition, load_edition
from tei.render import render_edition
from tei.xmlio import TEI_NS

FIXTURES = Path(__file__).parent / "fixtures" / "render"
CABLE = FIXTURES / "r01_cable.xml"
NS = {"tei": TEI_NS}


def html(path: Path) -> lxml.html.HtmlElement:
    return lxml.html.parse(str(path)).getroot()


def words(element: lxml.html.HtmlElement) -> str:
    return " ".join(element.text_content().split())


def variant(folder: Path, name: str, change: str | None = None, title: str | None = None) -> Path:
    """A copy of the cable named `name`: its dates removed (`change="undated"`) or its title
    replaced."""
    tree = etree.parse(str(CABLE))
    if change == "undated":
        for date in tree.xpath("//tei:correspAction/tei:date | //tei:dateline//tei:date",
                               namespaces=NS):
            date.getparent().remove(date)
    if title is not None:
        element = tree.xpath("//tei:titleStmt/tei:title", namespaces=NS)[0]
        for child in element:
            element.remove(child)
        element.text = title
    path = folder / f"{name}.xml"
    folder.mkdir(parents=True, exist_ok=True)
    tree.write(str(path), encoding="utf-8", xml_declaration=True)
    return path


def render(folder: Path, paths: list[Path], edition: Edition | None = None) -> Path:
    site = folder / "site"
    result = render_edition(paths, site, folder / "text", edition=edition or load_edition())
    assert result.diagnostics == []
    return site


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return render(tmp_path_factory.mktemp("citation"), [CABLE])


def csl(page: lxml.html.HtmlElement) -> list[dict]:
    return json.loads(page.get_element_by_id("cite-document-csljson").text_content())


def test_csl_json_is_valid_with_the_required_fields(site: Path) -> None:
    (item,) = csl(html(site / "documents" / "r01_cable.html"))
    assert {"id", "type", "title", "URL", "issued", "accessed"} <= item.keys()
    assert (item["id"], item["type"]) == ("r01_cable", "manuscript")
    assert item["title"] == "Ciphered Telegram No. 21405, Mao Zedong to Filippov [Stalin]"
    assert item["issued"] == {"date-parts": [[1951, 7, 3]]}
    assert item["author"] == [{"literal": "Mao Zedong"}]
    assert item["archive"] == "Wilson Center Digital Archive"
    assert item["container-title"] == load_edition().title
    assert item["version"] == load_edition().version
    assert item["URL"] == "documents/r01_cable.html"
    assert item["accessed"] == {"raw": "YYYY-MM-DD"}


def test_the_citation_names_the_title_not_the_file_and_gives_an_access_date(site: Path) -> None:
    page = html(site / "documents" / "r01_cable.html")
    text = words(page.get_element_by_id("cite-document-text"))
    assert text.startswith("“Ciphered Telegram No. 21405, Mao Zedong to Filippov [Stalin]”, ")
    assert "documents/r01_cable.html (accessed [access date])" in text
    bibtex = page.get_element_by_id("cite-document-bibtex").text_content()
    assert bibtex.startswith("@misc{r01_cable,\n")
    assert "  title = {{Ciphered Telegram No. 21405, Mao Zedong to Filippov [Stalin]}}," in bibtex
    assert "  url = {documents/r01_cable.html}," in bibtex
    assert "  urldate = {YYYY-MM-DD}" in bibtex
    buttons = page.xpath("//button[@data-copy]/@data-copy")
    assert buttons == ["cite-document-text", "cite-document-bibtex", "cite-document-csljson"]
    assert all(page.get_element_by_id(target) is not None for target in buttons)


def test_with_a_base_url_the_citation_gives_the_published_address(tmp_path: Path) -> None:
    edition = replace(load_edition(), base_url="https://example.org/telegrams/")
    page = html(render(tmp_path, [CABLE], edition) / "documents" / "r01_cable.html")
    url = "https://example.org/telegrams/documents/r01_cable.html"
    assert csl(page)[0]["URL"] == url
    assert f"{url} (accessed" in words(page.get_element_by_id("cite-document-text"))


def test_special_characters_are_escaped_in_bibtex_and_json(tmp_path: Path) -> None:
    title = 'Report on "A & B", 50% {draft}_2 \\ x'
    page = html(render(tmp_path, [variant(tmp_path / "in", "odd name,1", title=title)])
                / "documents" / "odd name,1.html")
    assert csl(page)[0]["title"] == title
    bibtex = page.get_element_by_id("cite-document-bibtex").text_content()
    assert bibtex.startswith("@misc{odd_name_1,\n")
    assert 'title = {{Report on "A \\& B", 50\\% \\{draft\\}\\_2 \\textbackslash  x}}' in bibtex


def test_footer_names_editors_version_and_publication_date_on_every_page(site: Path) -> None:
    edition = load_edition()
    for relative in ("index.html", "documents/r01_cable.html", "pages/about.html"):
        footer = words(html(site / relative).xpath("//footer")[0])
        assert all(editor in footer for editor in edition.editors), relative
        assert f"Version {edition.version}, published 30 November 2026." in footer, relative


def test_an_edition_without_version_or_date_says_nothing_of_them(tmp_path: Path) -> None:
    edition = replace(load_edition(), version="", published="")
    site = render(tmp_path, [CABLE], edition)
    assert html(site / "index.html").xpath("//footer//span[@class='release']") == []


def test_an_undated_document_shows_nd(tmp_path: Path) -> None:
    site = render(tmp_path, [variant(tmp_path / "in", "undated", "undated")])
    page = html(site / "documents" / "undated.html")
    assert words(page.xpath("//p[@class='document-kicker']")[0]).endswith("· n.d.")
    (date,) = page.xpath("//div[@data-field='date']/dd")
    assert words(date) == "n.d."
    assert ", n.d.," in words(page.get_element_by_id("cite-document-text"))
    assert "issued" not in csl(page)[0]
    (cell,) = html(site / "index.html").xpath("//table[@id='documents']//tbody/tr/td[1]")
    assert words(cell) == "n.d."
    text = (tmp_path / "text" / "undated.txt").read_text(encoding="utf-8")
    assert "\nDate:         n.d.\n" in text


def test_the_metadata_panel_is_a_labelled_aside_after_the_text(site: Path) -> None:
    page = html(site / "documents" / "r01_cable.html")
    (aside,) = page.xpath("//aside[@class='metadata']")
    label = page.get_element_by_id(aside.get("aria-labelledby"))
    assert words(label) == "About this document"
    sections = [e.get("class") for e in page.xpath("//article/*")]
    assert sections.index("text") < sections.index("metadata")


def test_the_text_edition_header_gives_funder_and_archive_citation(tmp_path: Path) -> None:
    render(tmp_path, [CABLE])
    text = (tmp_path / "text" / "r01_cable.txt").read_text(encoding="utf-8")
    header = text.split("\n---")[0]
    assert "\nFunder:       Leon Levy Foundation\n" in header
    assert '\nCitation:     "Ciphered Telegram No. 21405, Mao Zedong to Filippov' in header
    assert "https://digitalarchive.wilsoncenter.org/document/113361" in header
