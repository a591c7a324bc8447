"""Search in a real headless Chromium over the seeds' site (corpus/tei): keyword-in-context
snippets with the hits marked, folding of hyphens, case and register variants, facets that
narrow the results, the hits marked on the document page opened from a result, and all of it
from file:// too. Screenshots go to tests/artifacts/."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tei.render import render_edition
from tei.render.search import words
from tei.resources import data_root
from tests.browser_fixtures import shot
from tests.test_browser_a11y import AXE, SERIOUS, VIEWPORTS

pytestmark = pytest.mark.browser

SEEDS = data_root() / "corpus" / "tei"
TITLES = {
    "000": "Ciphered Telegram No. 21497, Mao Zedong to Filippov [Stalin]",
    "001": "Ciphered Telegram No. 21405, Mao Zedong to Joseph Stalin",
    "002": "Handwritten letter from Gao Gang and Kim Il Sung to Stalin, with 13 June 1951 "
           "handwritten letter from Mao Zedong to Gao Gang and Kim Il Sung",
    "003": "Cable No. 25025, Mao Zedong to Joseph Stalin",
}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("search") / "site"
    assert render_edition(sorted(SEEDS.glob("*.xml")), folder, None).diagnostics == []
    return folder


def results(tab: Any) -> dict[str, Any]:
    """The results shown, by title."""
    tab.wait_for_selector("#search-status:not(:empty)")
    items = tab.locator("#search-results > li")
    return {item.locator("a").inner_text(): item for item in items.all()}


def marks(item: Any) -> list[str]:
    return item.locator(".result-snippet mark").all_inner_texts()


def test_ceasefire_finds_cease_fire_with_a_marked_snippet(page: Any, base: str) -> None:
    page.goto(base + "search.html?q=ceasefire")
    found = results(page)
    assert set(found) == {TITLES["000"], TITLES["001"]}
    assert marks(found[TITLES["000"]]) == ["cease-fire", "cease-fire"]
    assert "issue a cease-fire order" in found[TITLES["000"]].inner_text()
    assert marks(found[TITLES["001"]]) == ["ceasefire", "ceasefire"]
    shot(page, "search-snippets.png")


def test_a_hyphenated_query_in_capitals_finds_the_joined_word_too(page: Any, base: str) -> None:
    page.goto(base + "search.html?q=" + "CEASE\u2011FIRE")
    assert set(results(page)) == {TITLES["000"], TITLES["001"]}


def test_a_facet_narrows_the_results_and_stays_in_the_address(page: Any, base: str) -> None:
    page.goto(base + "search.html?q=stalin")
    assert len(results(page)) == 4
    letter = page.get_by_role("checkbox", name="Letter (1)")
    assert page.get_by_role("checkbox", name="Telegram (3)").is_visible()
    letter.check()
    page.wait_for_url("**/search.html?q=stalin&type=Letter")
    assert list(results(page)) == [TITLES["002"]]
    assert page.locator("#search-status").inner_text() == (
        "4 documents found for \u201cstalin\u201d, 1 with the chosen facets.")
    assert page.get_by_role("checkbox", name="Letter (1)").is_checked()
    page.reload()
    assert list(results(page)) == [TITLES["002"]]
    page.get_by_role("checkbox", name="Letter (1)").uncheck()
    assert len(results(page)) == 4


def test_the_page_opened_from_a_result_marks_the_hits(page: Any, base: str) -> None:
    page.goto(base + "search.html?q=ceasefire")
    page.get_by_role("link", name=TITLES["000"]).click()
    page.wait_for_url("**/documents/000_*.html?hl=ceasefire")
    hits = page.locator("section.text mark.search-hit")
    assert hits.all_inner_texts() == ["cease-fire", "cease-fire"]
    notice = page.locator(".search-hits")
    assert notice.inner_text().startswith("2 words found by your search are marked")
    shot(page, "search-marked-page.png")
    notice.get_by_role("link", name="Remove the marks").click()
    page.wait_for_url("**/documents/000_*.html")
    assert page.locator("mark.search-hit").count() == 0


def test_tse_tung_finds_the_mao_zedong_documents_through_the_register(page: Any,
                                                                     base: str) -> None:
    page.goto(base + "search.html?q=Tse-tung")
    found = results(page)
    assert set(found) == {TITLES[k] for k in ("000", "001", "002", "003")}
    assert "Zedong" in marks(found[TITLES["002"]])
    page.get_by_role("link", name=TITLES["003"]).click()
    page.wait_for_url("**/documents/003_*.html?hl=*")
    assert {m.lower() for m in page.locator("mark.search-hit").all_inner_texts()} == {"zedong"}


def test_search_with_snippets_and_facets_from_a_file_url(page: Any, site: Path) -> None:
    page.goto(site.as_uri() + "/search.html?q=ceasefire&type=Telegram&year=1951")
    found = results(page)
    assert marks(found[TITLES["000"]]) == ["cease-fire", "cease-fire"]
    assert page.get_by_role("checkbox", name="1951 (2)").is_checked()
    page.get_by_role("link", name=TITLES["000"]).click()
    page.wait_for_url("**/documents/000_*.html?hl=ceasefire")
    page.wait_for_selector("mark.search-hit")
    assert page.locator("mark.search-hit").count() == 2


@pytest.mark.parametrize("viewport", sorted(VIEWPORTS))
@pytest.mark.parametrize(("address", "ready"), [
    ("search.html?q=stalin&type=Telegram", "#search-results li"),
    ("documents/000_eccd84356cefffd4.html?hl=ceasefire", "mark.search-hit"),
])
def test_results_facets_and_marks_have_no_serious_accessibility_violation(
        browser: Any, base: str, address: str, ready: str, viewport: str) -> None:
    context = browser.new_context(viewport=VIEWPORTS[viewport])
    try:
        tab = context.new_page()
        tab.goto(base + address)
        tab.wait_for_selector(ready)
        tab.add_script_tag(content=AXE.read_text(encoding="utf-8"))
        found = tab.evaluate("() => axe.run(document, {resultTypes: ['violations']})")
    finally:
        context.close()
    assert [(v["id"], [n["target"] for n in v["nodes"]]) for v in found["violations"]
            if v["impact"] in SERIOUS] == []


TRICKY = ["Zhōu Ēnlái, CABLE Nº 21497!", "cease-fire CEASE\u2011FIRE cease\u00adfire",
          "Tsé-toung Straße STRASSE", "ﬁnal ½ ℌilbert", "İstanbul ǅemal Ωmega",
          "e\u0301te\u0301 naïve", "Москва ЖУКОВ", "中国 1951年", "a_b c–d x-y-z"]


def test_the_browser_folds_and_splits_words_as_the_index_does(page: Any, base: str) -> None:
    page.goto(base + "search.html")
    in_browser = page.evaluate("(texts) => texts.map(window.TEI_SEARCH_TEXT.words)", TRICKY)
    assert in_browser == [words(text) for text in TRICKY]
