"""The apparatus pages, the citation and the reading fixes in a real headless Chromium: the
About page reached from the navigation, the citation copied as BibTeX (over http:// and from
file://), the phone layout with the text on the first screen, numbered items whose paragraphs
stay apart, and the reason of supplied text read by keyboard. Screenshots go to
tests/artifacts/."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from lxml import etree

from tei.edition import load_edition
from tei.render import render_edition
from tei.xmlio import TEI_NS
from tests.browser_fixtures import shot
from tests.test_browser_a11y import VIEWPORTS, serious_violations

pytestmark = pytest.mark.browser

FIXTURES = Path(__file__).parent / "fixtures"
DOCUMENTS = sorted((FIXTURES / "render").glob("*.xml"))
PHONE = {"width": 390, "height": 844}
TITLE = "Ciphered Telegram No. 21405, Mao Zedong to Filippov [Stalin]"


def with_paragraphs_in_items(folder: Path) -> Path:
    """The cable with its numbered items of two paragraphs each (as FRUS prints them)."""
    tree = etree.parse(str(FIXTURES / "render" / "r01_cable.xml"))
    for item in tree.iter(f"{{{TEI_NS}}}item"):
        first = etree.SubElement(item, f"{{{TEI_NS}}}p")
        first.text, item.text = item.text, None
        etree.SubElement(item, f"{{{TEI_NS}}}p").text = "A second paragraph of the item."
    path = folder / "r05_items.xml"
    tree.write(str(path), encoding="utf-8", xml_declaration=True)
    return path


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("browser-pages")
    edition = replace(load_edition(), pages=str(FIXTURES / "pages"))
    inputs = [*DOCUMENTS, with_paragraphs_in_items(folder)]
    assert render_edition(inputs, folder / "site", None, edition=edition).diagnostics == []
    return folder / "site"


@pytest.fixture
def open_page(browser: Any, site: Path, base: str) -> Iterator[Any]:
    """Opens a page in a new context (viewport, permissions); no request may leave the site."""
    contexts: list[Any] = []
    foreign: list[str] = []

    def opener(url: str, **options: Any) -> Any:
        context = browser.new_context(**{"viewport": {"width": 1200, "height": 900}, **options})
        contexts.append(context)
        tab = context.new_page()
        tab.on("request", lambda request: None if request.url.startswith(
            (base, site.as_uri())) else foreign.append(request.url))
        tab.goto(url)
        return tab

    yield opener
    for context in contexts:
        context.close()
    assert foreign == []


def test_the_about_page_is_reached_from_the_navigation(open_page: Any, base: str) -> None:
    tab = open_page(f"{base}/index.html")
    tab.get_by_role("navigation", name="Edition").get_by_role(
        "link", name="About the test edition").click()
    tab.wait_for_url(f"{base}/pages/about.html")
    assert tab.locator("h1").inner_text() == "About the test edition"
    assert tab.locator("main").get_by_text('<script>alert("not run")</script>').count() == 1
    tab.locator("main").get_by_role("link", name="principles", exact=True).click()
    tab.wait_for_url(f"{base}/pages/principles.html")
    assert tab.locator(".conventions-list dt").count() >= 5
    shot(tab, "about-page.png")


@pytest.mark.parametrize("scheme", ["http", "file"])
def test_the_citation_is_copied_as_bibtex(open_page: Any, base: str, site: Path,
                                          scheme: str) -> None:
    root = base if scheme == "http" else site.as_uri()
    tab = open_page(f"{root}/documents/r01_cable.html",
                    permissions=["clipboard-read", "clipboard-write"])
    tab.locator("summary", has_text="BibTeX").click()
    tab.get_by_role("button", name="Copy BibTeX").click()
    tab.get_by_role("status").filter(has_text="Copied").wait_for()
    copied = tab.evaluate("navigator.clipboard.readText()")
    assert copied.startswith("@misc{r01_cable,\n")
    assert f"title = {{{{{TITLE}}}}}" in copied
    assert "url = {documents/r01_cable.html}" in copied
    assert "YYYY-MM-DD" not in copied and "urldate = {20" in copied


def test_on_a_phone_the_text_starts_on_the_first_screen(open_page: Any, base: str) -> None:
    for stem in ("r01_cable", "r03_memo"):
        tab = open_page(f"{base}/documents/{stem}.html", viewport=PHONE)
        first = tab.locator("section.text p").first.bounding_box()
        assert first is not None and first["y"] + 20 < PHONE["height"], stem
        assert tab.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    shot(tab, "document-phone.png")


def test_paragraphs_of_a_numbered_item_stay_apart(open_page: Any, base: str) -> None:
    tab = open_page(f"{base}/documents/r05_items.html")
    item = tab.locator("ol.labelled > li").first
    first, second = (item.locator("p").nth(i).bounding_box() for i in (0, 1))
    label = item.locator(".item-label").bounding_box()
    assert first is not None and second is not None and label is not None
    assert second["y"] >= first["y"] + first["height"] + 4
    assert abs(label["y"] - first["y"]) < 4


def test_the_reason_of_supplied_text_is_reached_by_keyboard(open_page: Any, base: str) -> None:
    tab = open_page(f"{base}/documents/r01_cable.html")
    supplied = tab.locator("section.text .supplied").first
    supplied.focus()
    assert tab.evaluate("document.activeElement.classList.contains('supplied')")
    reason = tab.evaluate("document.getElementById("
                          "document.activeElement.getAttribute('aria-describedby')).textContent")
    assert reason == supplied.get_attribute("data-reason-label") != ""
    tooltip = supplied.evaluate("e => getComputedStyle(e, '::after').content")
    assert reason in tooltip


@pytest.mark.parametrize("viewport", sorted(VIEWPORTS))
def test_every_apparatus_page_has_no_serious_violation(browser: Any, site: Path, base: str,
                                                       viewport: str) -> None:
    found = {path.name: serious_violations(browser, f"{base}/pages/{path.name}",
                                           VIEWPORTS[viewport])
             for path in sorted((site / "pages").glob("*.html"))}
    assert len(found) == 3
    assert {name: problems for name, problems in found.items() if problems} == {}
