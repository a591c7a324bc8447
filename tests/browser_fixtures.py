"""Fixtures of the browser tests (imported by conftest.py): Debian's Chromium driven by
playwright, the test module's `site` served on localhost, and a page that may load only
files of that site and must raise no script error. Each browser test module defines its
own `site` fixture (the rendered folder)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tei.render.screenshots import CHROMIUM, chromium, serve

ARTIFACTS = Path(__file__).parent / "artifacts"


def require_chromium() -> None:
    """Skip (fail in CI) when Debian's Chromium is not installed."""
    if CHROMIUM.exists():
        return
    reason = f"{CHROMIUM} is missing (apt-get install chromium; .ci/run does this in CI)"
    if os.environ.get("CI"):
        pytest.fail(reason)
    pytest.skip(reason)


def shot(tab: Any, name: str) -> None:
    """A full-page screenshot into tests/artifacts/."""
    ARTIFACTS.mkdir(exist_ok=True)
    tab.screenshot(path=str(ARTIFACTS / name), full_page=True)


@pytest.fixture(scope="module")
def base(site: Path) -> Iterator[str]:
    with serve(site) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    require_chromium()
    with chromium() as instance:
        yield instance


@pytest.fixture
def page(browser: Any, site: Path, base: str) -> Iterator[Any]:
    """A page that may only load files of the site and must raise no script error."""
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    tab = context.new_page()
    foreign: list[str] = []
    errors: list[str] = []
    tab.on("request", lambda request: None if request.url.startswith(
        (base, site.as_uri())) else foreign.append(request.url))
    tab.on("pageerror", lambda error: errors.append(str(error)))
    yield tab
    context.close()
    assert (foreign, errors) == ([], [])
