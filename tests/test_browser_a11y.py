"""Accessibility of every page type of the site, checked by axe-core (vendored, pinned) in
Debian's Chromium: no serious or critical violation on a page of each kind.

A page kind is a top-level page (index, persons, search, ...) or a folder of pages (one
document page, one entity page, ...), so new kinds of page are checked without a new test.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest

from tei.render import render_edition
from tests.test_browser import FIXTURES

pytestmark = pytest.mark.browser

AXE = Path(__file__).parent / "vendor" / "axe-core" / "axe.min.js"
AXE_SHA256 = "29348999450cdf2849a8e70b7912fc2da85a849da39c0d0d5394f51d4a9ed95c"
SERIOUS = {"serious", "critical"}
VIEWPORTS = {"desktop": {"width": 1200, "height": 900}, "phone": {"width": 390, "height": 844}}


def page_kinds(site: Path) -> dict[str, str]:
    """One page of each kind, as a path from the site root: kind -> page."""
    kinds: dict[str, str] = {}
    for page in sorted(site.rglob("*.html")):
        relative = page.relative_to(site)
        kind = str(relative.parent) if relative.parent != Path(".") else relative.stem
        kinds.setdefault(kind, relative.as_posix())
    return kinds


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("a11y") / "site"
    assert render_edition(sorted(FIXTURES.glob("*.xml")), folder, None).diagnostics == []
    return folder


def test_the_vendored_axe_is_the_pinned_release() -> None:
    assert hashlib.sha256(AXE.read_bytes()).hexdigest() == AXE_SHA256


def test_every_kind_of_page_is_found(site: Path) -> None:
    kinds = page_kinds(site)
    assert {"index", "persons", "places", "organisations", "search", "documents"} <= set(kinds)


def serious_violations(browser: Any, url: str, viewport: dict[str, int]) -> list[str]:
    """axe-core's serious and critical violations on the page at `url`, one line each."""
    context = browser.new_context(viewport=viewport)
    try:
        tab = context.new_page()
        tab.goto(url)
        tab.wait_for_load_state("load")
        tab.add_script_tag(content=AXE.read_text(encoding="utf-8"))
        results = tab.evaluate("() => axe.run(document, {resultTypes: ['violations']})")
    finally:
        context.close()
    return [f"{v['id']} ({v['impact']}): {v['help']} at "
            + ", ".join(str(node["target"]) for node in v["nodes"][:3])
            for v in results["violations"] if v["impact"] in SERIOUS]


@pytest.mark.parametrize("viewport", sorted(VIEWPORTS))
def test_no_page_kind_has_a_serious_violation(browser: Any, site: Path, base: str,
                                              viewport: str) -> None:
    found = {kind: serious_violations(browser, base + page, VIEWPORTS[viewport])
             for kind, page in page_kinds(site).items()}
    assert {kind: problems for kind, problems in found.items() if problems} == {}


def test_axe_finds_a_serious_violation_where_there_is_one(browser: Any, tmp_path: Path) -> None:
    page = tmp_path / "bad.html"
    page.write_text('<!DOCTYPE html><html lang="en"><head><title>t</title></head><body>'
                    '<main><img src="x.png"><button></button></main></body></html>')
    problems = serious_violations(browser, page.as_uri(), VIEWPORTS["desktop"])
    assert any(p.startswith("image-alt") for p in problems)
    assert any(p.startswith("button-name") for p in problems)
