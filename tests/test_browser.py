"""The site in a real headless Chromium (Debian's, driven by playwright): sort and filter the
documents table, open a note and return, search over http:// and from file://. Screenshots
go to tests/artifacts/."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tei.render import render_edition
from tests.browser_fixtures import shot

pytestmark = pytest.mark.browser

FIXTURES = Path(__file__).parent / "fixtures" / "render"
TITLES = {
    "r01": "Ciphered Telegram No. 21405, Mao Zedong to Filippov [Stalin]",
    "r02": "Handwritten letter from Gao Gang and Kim Il Sung to Stalin",
    "r03": "Memorandum Given to Vice Minister Zhang Hanfu by the Soviet Ambassador (Translation)",
    "r04": "Record of Conversation between Stalin and Zhou Enlai",
}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("browser") / "site"
    assert render_edition(sorted(FIXTURES.glob("*.xml")), folder, None).diagnostics == []
    return folder


def visible_titles(tab: Any) -> list[str]:
    return tab.locator("#documents tbody tr:not([hidden]) td:nth-child(2)").all_inner_texts()


def test_documents_table_sorts_and_filters(page: Any, base: str) -> None:
    page.goto(base + "index.html")
    assert visible_titles(page) == [TITLES[k] for k in ("r02", "r01", "r03", "r04")]
    title = page.get_by_role("button", name="Title")
    title.click()
    assert visible_titles(page) == sorted(TITLES.values())
    assert page.locator("th:has(button:text-is('Title'))").get_attribute("aria-sort") == "ascending"
    title.click()
    assert visible_titles(page) == sorted(TITLES.values(), reverse=True)
    date = page.get_by_role("button", name="Date")
    date.click()
    date.click()
    assert visible_titles(page) == [TITLES[k] for k in ("r03", "r01", "r02", "r04")]
    page.get_by_label("Filter documents").fill("gao gang")
    assert visible_titles(page) == [TITLES["r02"]]
    assert page.locator(".filter-status").inner_text() == "1 of 4 documents shown"
    shot(page, "documents-table.png")


def test_note_opens_and_returns_to_its_marker(page: Any, base: str) -> None:
    page.goto(base + "documents/r01_cable.html")
    page.locator("a.noteref").first.click()
    page.wait_for_url("**#note-1")
    note = page.locator("li#note-1:target")
    assert "Kaesong" in note.inner_text()
    assert note.is_visible()
    shot(page, "document-note.png")
    note.locator("a.backlink").click()
    page.wait_for_url("**#noteref-1")
    assert page.locator("a#noteref-1:target").is_visible()


def result_titles(tab: Any) -> list[str]:
    tab.wait_for_selector("#search-status:not(:empty)")
    return tab.locator("#search-results li > a").all_inner_texts()


def test_search_over_http(page: Any, base: str) -> None:
    page.goto(base + "search.html?q=filippov")
    assert set(result_titles(page)) == {TITLES["r01"], TITLES["r02"], TITLES["r04"]}
    page.locator("#search-q").fill("kaesong")
    page.locator("#search-q").press("Enter")
    page.wait_for_url("**/search.html?q=kaesong")
    assert result_titles(page) == [TITLES["r01"]]
    shot(page, "search.png")
    page.locator("#search-results a").click()
    page.wait_for_url("**/documents/r01_cable.html?hl=kaesong")


def test_search_from_file_url(page: Any, site: Path) -> None:
    page.goto(site.as_uri() + "/documents/r03_memo.html")
    page.locator("#site-search-q").fill("xinjiang")
    page.locator("#site-search-q").press("Enter")
    page.wait_for_url("**/search.html?q=xinjiang")
    assert result_titles(page) == [TITLES["r03"]]
    page.goto(site.as_uri() + "/search.html?q=Taiwan%20condition")
    assert result_titles(page) == [TITLES["r02"]]
