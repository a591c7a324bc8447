"""The document pages: metadata panel, names and links, editorial marks, notes both ways,
furniture, embedded documents, neighbours by date, and HTML that is safe and accessible."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path
from urllib.parse import unquote, urlsplit

import lxml.html
import pytest

from tei.render import render_edition

FIXTURES = Path(__file__).parent / "fixtures" / "render"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("render") / "site"
    result = render_edition(sorted(FIXTURES.glob("*.xml")), folder, None)
    assert result.documents == 4
    assert result.diagnostics == []
    return folder


def page(site: Path, relative: str) -> lxml.html.HtmlElement:
    return lxml.html.parse(str(site / relative)).getroot()


def fact(doc: lxml.html.HtmlElement, field: str) -> lxml.html.HtmlElement:
    (dd,) = doc.xpath(f"//dl[@class='facts']/div[@data-field='{field}']/dd")
    return dd


def text(element: lxml.html.HtmlElement) -> str:
    return " ".join(element.text_content().split())


def test_metadata_panel_has_every_fact(site: Path) -> None:
    doc = page(site, "documents/r01_cable.html")
    assert fact(doc, "date").xpath("time/@datetime") == ["1951-07-03"]
    assert text(fact(doc, "date")) == "3 July 1951"
    assert fact(doc, "from").xpath("a/@href") == ["../persons/per-mao-zedong.html",
                                                  "../places/pla-beijing.html"]
    assert text(fact(doc, "to")) == "Joseph Stalin"
    assert text(fact(doc, "received")) == "3 July 1951, 13:55"
    assert text(fact(doc, "type")) == "Telegram"
    assert text(fact(doc, "repository")) == "Wilson Center Digital Archive"
    assert text(fact(doc, "shelfmark")) == "APRF, f. 45, op. 1, d. 339, ll. 17-19"
    assert text(fact(doc, "telegram")) == "21405"
    assert text(fact(doc, "outgoing")) == "3305"
    assert text(fact(doc, "keywords")) == "Korean War, 1950-1953; Armistice negotiations"
    assert text(fact(doc, "language")) == "Russian"
    assert text(fact(doc, "translator")) == "Sergey Radchenko"
    assert fact(doc, "source").xpath("a/@href") == [
        "https://digitalarchive.wilsoncenter.org/document/113361"]
    assert "welcomes reuse" in text(fact(doc, "licence").xpath("details[@class='reuse']")[0])
    summary = doc.xpath("//div[@class='summary']")[0]
    assert summary.xpath(".//a[@title]/@href")[1] == "../persons/per-joseph-stalin.html"
    citation = text(doc.xpath("//p[@class='citation']")[0])
    assert citation.startswith("“Ciphered Telegram No. 21405, Mao Zedong to Filippov [Stalin]”")
    assert "APRF, f. 45" in citation and "Translated by Sergey Radchenko" in citation


def test_downloads_link_to_the_files_written(site: Path) -> None:
    doc = page(site, "documents/r01_cable.html")
    links = doc.xpath("//ul[@class='downloads']//a/@href")
    assert links == ["../tei/r01_cable.xml", "../text/r01_cable.txt"]
    for link in links:
        assert (site / "documents" / link).resolve().is_file()


def test_a_role_as_sender_is_shown_without_a_link(site: Path) -> None:
    doc = page(site, "documents/r03_memo.html")
    assert text(fact(doc, "from")) == "the Soviet Ambassador"
    assert fact(doc, "from").xpath(".//a") == []


def test_only_http_urls_become_links(site: Path) -> None:
    doc = page(site, "documents/r03_memo.html")
    assert doc.xpath("//dl[@class='facts']/div[@data-field='source']") == []
    for html in site.rglob("*.html"):
        hrefs = page(site, str(html.relative_to(site))).xpath("//@href | //@src")
        assert not [h for h in hrefs if h.lower().startswith(("javascript:", "data:", "file:"))]


def test_names_link_to_their_entity_page_with_the_regular_name(site: Path) -> None:
    doc = page(site, "documents/r01_cable.html")
    (filippov,) = doc.xpath("//div[contains(@class,'tei-opener')]//*[contains(@class,'tei-salute')]"
                            "/a[contains(@class,'person')]")
    assert text(filippov) == "FILIPPOV"
    assert filippov.get("title").startswith("Joseph Stalin")
    for link in doc.xpath("//section[@class='text']//a[contains(@class,'name')]"):
        target = unquote(link.get("href")).removeprefix("../")
        (name,) = page(site, target).xpath("//h1/text()")
        assert link.get("title").startswith(name), target


def test_supplied_text_and_gaps_are_bracketed_and_explained(site: Path) -> None:
    doc = page(site, "documents/r01_cable.html")
    supplied = {text(s): text(doc.get_element_by_id(s.get("aria-describedby")))
                for s in doc.xpath("//section[@class='text']//span[contains(@class,'supplied')]")}
    assert "Identification" in supplied["[Stalin]"]
    assert doc.xpath("//span[contains(@class,'supplied')]/@tabindex") != []
    assert set(doc.xpath("//span[contains(@class,'supplied')]/@tabindex")) == {"0"}
    assert "supplied" in supplied["[from this proposal]"]
    assert "[signature]" in supplied
    assert [text(g) for g in doc.xpath("//section[@class='text']//span[@class='gap']")] == ["[...]"]
    letter = page(site, "documents/r02_letter.html")
    assert [text(g) for g in letter.xpath("//section[@class='text']//span[@class='gap']")] == [
        "[illegible]"]
    memo = page(site, "documents/r03_memo.html")
    (hidden,) = memo.xpath("//span[@class='gap'][@data-reason='not-declassified']")
    assert text(hidden) == "[name not declassified]"
    (sic,) = memo.xpath("//span[@data-reason='sic']")
    reason = memo.get_element_by_id(sic.get("aria-describedby"))
    assert (text(sic), text(reason)) == ("[sic]", "So in the original")


def test_registry_furniture_is_set_apart_and_stamps_boxed(site: Path) -> None:
    doc = page(site, "documents/r01_cable.html")
    heading, processing = doc.xpath("//div[contains(@class,'registry ')]")
    assert "registry-heading" in heading.get("class")
    assert "registry-processing" in processing.get("class")
    lines = heading.xpath("./*[contains(@class,'registry-line')]")
    assert text(lines[0]).startswith("SECOND MAIN ADMINISTRATION")
    (line,) = heading.xpath("./*[contains(@class,'line-stamp')]")
    assert line.get("title") == "Stamp"
    assert text(line.xpath(".//span[contains(@class,'stamp')]")[0]) == "SUBJECT TO RETURN"
    assert line.xpath("br") and line.xpath("a[contains(@class,'org')]")
    (sent,) = doc.xpath("//div[contains(@class,'tei-closer')]/p[contains(@class,'registry-seg')]")
    assert (text(sent), sent.get("title")) == ("Sent 3 July, repeated to the IV Unit", "Dispatch")
    letter = page(site, "documents/r02_letter.html")
    assert letter.xpath("//div[contains(@class,'registry')]") == []


def test_letter_parts_are_styled_as_such(site: Path) -> None:
    doc = page(site, "documents/r01_cable.html")
    address = doc.xpath("//*[contains(@class,'tei-addrLine')]")[0]
    assert text(address) == "To Comrade FILIPPOV [Stalin]"
    assert doc.xpath("//div[contains(@class,'tei-opener')]/p[contains(@class,'tei-salute')]")
    closer = doc.xpath("//div[contains(@class,'tei-closer')]")[0]
    assert text(closer.xpath("p[contains(@class,'tei-signed')]")[0]) == "MAO ZEDONG"
    assert text(closer.xpath("p[contains(@class,'tei-dateline')]")[0]) == "3.7.51"


def test_section_heads_show_their_numbers(site: Path) -> None:
    memo = page(site, "documents/r03_memo.html")
    (head,) = memo.xpath("//section[@class='text']//h4")
    assert text(head) == "II. THE BORDER"
    assert text(head.xpath("span[@class='head-number']")[0]) == "II."


def test_embedded_documents_are_framed_with_their_numbers(site: Path) -> None:
    doc = page(site, "documents/r01_cable.html")
    (frame,) = doc.xpath("//div[@class='embedded']")
    assert "quotation marks" in text(frame.xpath("p[@class='embedded-label']")[0])
    items = frame.xpath("blockquote/ol/li")
    assert [text(i.xpath("span[@class='item-label']")[0]) for i in items] == ["1.", "2."]


def test_notes_link_both_ways(site: Path) -> None:
    doc = page(site, "documents/r01_cable.html")
    refs = doc.xpath("//section[@class='text']//a[@class='noteref']")
    assert [text(r) for r in refs] == ["1", "2"]
    for ref in refs:
        (note,) = doc.xpath(f"//ol[@class='endnotes']/li[@id='{ref.get('href')[1:]}']")
        (back,) = note.xpath("a[@class='backlink']")
        assert back.get("href") == "#" + ref.get("id")
    assert "Kaesong" in text(doc.xpath("//li[@id='note-1']")[0])


def test_neighbours_by_date_and_undated_last(site: Path) -> None:
    def pager(stem: str) -> dict[str, str]:
        doc = page(site, f"documents/{stem}.html")
        links = doc.xpath("//nav[@class='pager']//li")
        return {li.get("class"): li.xpath("a/@href")[0] for li in links}

    assert pager("r02_letter") == {"next": "r01_cable.html"}
    assert pager("r01_cable") == {"prev": "r02_letter.html", "next": "r03_memo.html"}
    assert pager("r04_undated") == {"prev": "r03_memo.html"}


@pytest.mark.parametrize("relative", ["documents/r01_cable.html", "index.html", "persons.html",
                                      "search.html"])
def test_pages_are_accessible_and_self_contained(site: Path, relative: str) -> None:
    doc = page(site, relative)
    assert doc.get("lang") == "en"
    assert len(doc.xpath("//h1")) == 1
    levels = [int(h.tag[1]) for h in doc.iter("h1", "h2", "h3", "h4", "h5", "h6")]
    assert all(b - a <= 1 for a, b in pairwise(levels)), levels
    for landmark in ("header", "nav", "main", "footer"):
        assert doc.xpath(f"//{landmark}"), landmark
    ids = doc.xpath("//@id")
    assert len(ids) == len(set(ids))
    assert doc.xpath("//a//a") == []
    for url in doc.xpath("//link/@href | //script/@src | //img/@src"):
        assert not urlsplit(url).scheme and not url.startswith("//")
        assert (site / relative).parent.joinpath(url).resolve().is_file(), url


def test_the_footer_links_the_sites_schema_and_only_a_cmif_file_the_build_writes(
        site: Path, tmp_path: Path) -> None:
    footer = page(site, "documents/r01_cable.html").xpath("//p[@class='site-data']")[0]
    assert [a.get("href") for a in footer.iter("a")] == ["../schemas/telegrams.rng"]
    assert (site / "schemas" / "telegrams.rng").is_file()
    render_edition([FIXTURES / "r01_cable.xml"], tmp_path, None, cmif=True)
    index = page(tmp_path, "index.html").xpath("//p[@class='site-data']")[0]
    assert [a.get("href") for a in index.iter("a")] == ["schemas/telegrams.rng", "cmif.xml"]
