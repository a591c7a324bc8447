"""Entity pages, timeline and map of the seeds' site (corpus/tei) in Debian's Chromium: an
entity page reached from a mention and back to the document, the timeline filtered by
sender (over http:// and from file://), the map showing Beijing where its coordinates put it,
and axe-core finding no serious violation on these pages with their drawings."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tei.render import render_edition
from tests.browser_fixtures import shot
from tests.test_browser_a11y import VIEWPORTS, serious_violations

pytestmark = pytest.mark.browser

SEEDS = Path(__file__).parent.parent / "corpus" / "tei"
CABLE = "001_65185c955372595c.html"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("entities") / "site"
    assert render_edition(sorted(SEEDS.glob("*.xml")), folder, None).diagnostics == []
    return folder


def test_entity_page_is_reached_from_a_mention_and_leads_back(page: Any, base: str) -> None:
    page.goto(base + "documents/" + CABLE)
    page.locator("section.text a.name[href$='persons/per-joseph-stalin.html']").first.click()
    page.wait_for_url("**/persons/per-joseph-stalin.html")
    assert page.locator("h1").inner_text() == "Joseph Stalin"
    assert page.locator("dd.birth").inner_text() == "18 December 1878"
    assert page.locator("dd.death").inner_text() == "5 March 1953"
    assert "Filippov" in page.locator("dl.entity-facts").inner_text()
    shot(page, "entity-page.png")
    page.locator(f"ul.mentions a[href$='{CABLE}']").click()
    page.wait_for_url("**/documents/" + CABLE)
    assert page.locator("h1").inner_text().startswith("Ciphered Telegram No. 21405")


def timeline_by_sender(page: Any, url: str, sender: str) -> tuple[str, list[str], int]:
    """Filter the timeline at `url` by sender: status, months listed, bars drawn."""
    page.goto(url)
    page.get_by_label("Sender").select_option(label=sender)
    status = page.locator(".timeline-status").inner_text()
    months = page.locator("#timeline-table tbody tr:not([hidden]) th").all_inner_texts()
    bars = page.locator("rect.timeline-bar:not([height='0'])").count()
    return status, months, bars


def test_timeline_filtered_by_sender(page: Any, base: str) -> None:
    page.goto(base + "timeline.html")
    assert page.locator(".timeline-status").inner_text() == "5 documents"
    assert timeline_by_sender(page, base + "timeline.html", "Mao Zedong") == (
        "3 documents from Mao Zedong", ["July 1951", "October 1951"], 2)
    shot(page, "timeline.png")
    page.get_by_label("Addressee").select_option(label="Joseph Stalin")
    assert page.locator(".timeline-status").inner_text() == (
        "3 documents from Mao Zedong to Joseph Stalin")


def test_timeline_works_from_file(page: Any, site: Path) -> None:
    assert timeline_by_sender(page, (site / "timeline.html").as_uri(), "Gao Gang") == (
        "1 document from Gao Gang", ["June 1951"], 1)


def test_map_shows_beijing_where_it_lies(page: Any, base: str) -> None:
    page.goto(base + "map.html")
    beijing = page.locator("circle[data-place='pla-beijing']")
    assert beijing.is_visible()
    assert (beijing.get_attribute("cx"), beijing.get_attribute("cy")) == ("116.41", "-39.9")
    assert beijing.locator("title").text_content() == "Beijing: sent from 3, mentioned in 0"
    assert "map-origin" in (beijing.get_attribute("class") or "")
    world = page.locator("svg#map").bounding_box()
    dot = beijing.bounding_box()
    assert world and dot
    assert dot["x"] > world["x"] + world["width"] * 0.75  # east of 90° E
    assert dot["y"] < world["y"] + world["height"] * 0.5  # north of the equator
    row = page.locator("#map-table tr[data-place='pla-beijing']")
    assert row.inner_text().split("\t") == ["Beijing", "39.90° N, 116.41° E", "3", "0"]
    shot(page, "map.png")


@pytest.mark.parametrize("relative", ["persons/per-joseph-stalin.html", "timeline.html",
                                      "map.html", "places.html"])
def test_drawn_pages_have_no_serious_accessibility_violation(browser: Any, base: str,
                                                             relative: str) -> None:
    for viewport in VIEWPORTS.values():
        assert serious_violations(browser, base + relative, viewport) == []
