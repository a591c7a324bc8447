"""The index pages (documents table, persons, places, organisations), the entity pages, the
search index, and the checks on where the index stylesheet may write."""

from __future__ import annotations

import json
from itertools import accumulate
from pathlib import Path

import lxml.html
import pytest

from tei.diagnostics import InputError
from tei.render import StylesheetError, render_edition
from tei.render.output_files import inside
from tei.render.saxon import CORPUS_STYLESHEETS, OUTPUT_BASE, Renderer, relative_output
from tei.render.search_index import shard_key

FIXTURES = Path(__file__).parent / "fixtures" / "render"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("index") / "site"
    assert render_edition(sorted(FIXTURES.glob("*.xml")), folder, None).diagnostics == []
    return folder


def page(site: Path, relative: str) -> lxml.html.HtmlElement:
    return lxml.html.parse(str(site / relative)).getroot()


def text(element: lxml.html.HtmlElement) -> str:
    return " ".join(element.text_content().split())


def mentions(entity: lxml.html.HtmlElement) -> dict[str, list[str]]:
    return {li.xpath("a/@href")[0]: li.xpath("span[starts-with(@class,'role')]/text()")
            for li in entity.xpath("//ul[@class='mentions']/li")}


def test_documents_table_lists_every_document_by_date(site: Path) -> None:
    doc = page(site, "index.html")
    assert [text(th) for th in doc.xpath("//table[@id='documents']/thead//th")] == [
        "Date", "Title", "From", "To", "Type"]
    rows = doc.xpath("//table[@id='documents']/tbody/tr")
    assert [r.xpath("td[2]/a/@href")[0] for r in rows] == [
        "documents/r02_letter.html", "documents/r01_cable.html", "documents/r03_memo.html",
        "documents/r04_undated.html"]
    assert [r.xpath("td[1]/@data-sort")[0] for r in rows] == [
        "1951-06-14", "1951-07-03", "1962-04-24", ""]
    assert [text(td) for td in rows[1].xpath("td")] == [
        "3 July 1951", "Ciphered Telegram No. 21405, Mao Zedong to Filippov [Stalin]",
        "Mao Zedong", "Joseph Stalin", "Telegram"]
    assert text(rows[0].xpath("td[3]")[0]) == "Gao Gang and Kim Il Sung"
    assert text(rows[3].xpath("td[1]")[0]) == "20 August"


def test_person_page_has_names_authorities_and_roles(site: Path) -> None:
    stalin = page(site, "persons/per-joseph-stalin.html")
    assert text(stalin.xpath("//h1")[0]) == "Joseph Stalin"
    assert stalin.xpath("//span[@class='pseudonym']/text()") == ["Filippov"]
    assert "Stalin (surname)" in text(stalin.xpath("//dl[@class='entity-facts']")[0])
    assert stalin.xpath("//dd[@class='authorities']/a/@href") == [
        "https://www.wikidata.org/wiki/Q855", "https://viaf.org/viaf/101787139"]
    assert stalin.xpath("//p[@class='breadcrumb']/a/@href") == ["../persons.html"]
    assert mentions(stalin) == {
        "../documents/r02_letter.html": ["addressee", "mentioned"],
        "../documents/r01_cable.html": ["addressee", "mentioned"],
        "../documents/r04_undated.html": ["sender", "mentioned"],
    }


def test_persons_index_lists_entities_by_surname_with_links(site: Path) -> None:
    doc = page(site, "persons.html")
    assert doc.xpath("//ul[@class='entity-list']/li/a/@href") == [
        "persons/per-fedyaev.html", "persons/per-gao-gang.html", "persons/per-kim-il-sung.html",
        "persons/per-mao-zedong.html", "persons/per-joseph-stalin.html",
        "persons/per-zhang-hanfu.html"]
    assert doc.xpath("//nav[@class='page-list']") == []
    assert text(doc.xpath("//ul[@class='entity-list']/li[5]/span[@class='count']")[0]) == (
        "(3 documents)")
    local = page(site, "persons/per-fedyaev.html")
    assert local.xpath("//p[@class='local-entry']")


def test_places_and_organisations(site: Path) -> None:
    beijing = page(site, "places/pla-beijing.html")
    assert beijing.xpath("//dd[@class='authorities']/a/@href") == [
        "https://www.geonames.org/1816670"]
    assert mentions(beijing) == {"../documents/r01_cable.html": ["place of sending", "mentioned"]}
    org = page(site, "organisations/org-vkpb-cc.html")
    assert text(org.xpath("//h1")[0]) == (
        "Central Committee of the All-Union Communist Party (Bolsheviks)")
    assert org.xpath("//span[@class='variant']/text()") == ["VKP(b) CC"]


def shard(site: Path, relative: str) -> object:
    """The data a shard script of the search index stores."""
    script = (site / relative).read_text(encoding="utf-8")
    prefix, _, data = script.partition("] = ")
    assert prefix.startswith("(window.TEI_SEARCH_SHARDS = ") and data.endswith(";\n")
    return json.loads(data[:-2])


def test_search_index_covers_text_names_and_titles(site: Path) -> None:
    hrefs = [doc[0] for doc in shard(site, "search/docs-0.js")]
    assert hrefs[1] == "documents/r01_cable.html"

    def found(word: str) -> set[str]:
        postings = shard(site, f"search/terms-{shard_key(word)}.js")["t"].get(word, [])
        return {hrefs[n] for n in accumulate(p // 8 for p in postings)}

    assert found("kaesong") == {"documents/r01_cable.html"}
    assert found("taiwan") == {"documents/r02_letter.html"}
    assert "documents/r04_undated.html" in found("filippov")
    assert found("xinjiang") == {"documents/r03_memo.html"}


@pytest.mark.parametrize("uri", [
    "file:///etc/passwd", OUTPUT_BASE + "../evil.html", OUTPUT_BASE, "http://example.org/x",
    OUTPUT_BASE + "/etc/evil.html",
])
def test_result_documents_outside_the_site_are_refused(uri: str) -> None:
    with pytest.raises(StylesheetError):
        relative_output(uri)


def test_result_documents_inside_the_site_are_accepted(tmp_path: Path) -> None:
    assert relative_output(OUTPUT_BASE + "persons.html") == "persons.html"
    assert relative_output("file:/tei-telegrams/site/a/b.html") == "a/b.html"
    assert inside(tmp_path, "a/b.html") == (tmp_path / "a" / "b.html").resolve()
    with pytest.raises(InputError, match=r"\[render-output\]$"):
        inside(tmp_path, "../outside.html")


@pytest.mark.parametrize("page", ['<search-page path="../evil.html"/>',
                                  '<search-page path="/tmp/evil.html"/>', "<search-page/>"])
def test_a_page_input_must_name_a_page_inside_the_site(page: str) -> None:
    with pytest.raises(StylesheetError):
        Renderer.shared(CORPUS_STYLESHEETS).index(page, "<context/>")


def test_a_page_comes_back_under_the_address_its_input_names() -> None:
    pages = Renderer.shared(CORPUS_STYLESHEETS).index(
        '<!-- a page --><search-page path="search.html"/>', "<context/>")
    assert list(pages) == ["search.html"]
    assert pages["search.html"].startswith("<!DOCTYPE HTML><html")
