"""Screenshots of the rendered edition for the README: `python -m tei.render.screenshots`.

Renders TEI files into a temporary site, serves it on localhost and photographs a document
page and the person index with Debian's Chromium, driven by playwright (a test dependency:
no browser is ever downloaded). The browser tests share `serve` and `chromium`.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from tei.render import layout
from tei.render.pipeline import render_edition
from tei.resources import data_root

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
VIEWPORT = {"width": 1280, "height": 1200}


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        """Do not log requests."""


@contextmanager
def serve(folder: Path) -> Iterator[str]:
    """Serve `folder` on a free localhost port; yield its base URL (ending in '/')."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_QuietHandler, directory=str(folder)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@contextmanager
def chromium() -> Iterator[Any]:
    """A headless Chromium (the system's) under playwright."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                         args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


def take(site: Path, out_dir: Path, stem: str) -> list[Path]:
    """Photograph the page of document `stem`, the person index, Stalin's page, the timeline,
    the map and a search of a rendered site."""
    shots = [(layout.page_href(stem), out_dir / "document-page.png"),
             ("persons.html", out_dir / "person-index.png"),
             (layout.entity_file("persons", "per-joseph-stalin"), out_dir / "entity-page.png"),
             (layout.TIMELINE, out_dir / "timeline.png"), (layout.MAP, out_dir / "map.png"),
             ("search.html?q=ceasefire", out_dir / "search.png")]
    out_dir.mkdir(parents=True, exist_ok=True)
    with serve(site) as base, chromium() as browser:
        page = browser.new_page(viewport=VIEWPORT)
        for href, target in shots:
            page.goto(base + href)
            page.wait_for_load_state("networkidle")
            page.screenshot(path=str(target))
    return [target for _, target in shots]


def _default_inputs() -> list[Path]:
    corpus = sorted((data_root() / "corpus" / "tei").glob("*.xml"))
    return corpus or sorted((data_root() / "docs" / "examples").glob("*.xml"))


def main(argv: Sequence[str] | None = None) -> int:
    """Render the inputs and write the screenshots; print where they are."""
    parser = argparse.ArgumentParser(prog="python -m tei.render.screenshots",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="*", type=Path, help="TEI files (default: corpus/tei)")
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--document", help="stem of the document to photograph")
    args = parser.parse_args(argv)
    inputs = args.inputs or _default_inputs()
    if not inputs or not CHROMIUM.exists():
        print("screenshots: need TEI inputs and /usr/bin/chromium", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        render_edition(inputs, site, None)
        for path in take(site, args.out, args.document or inputs[0].stem):
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
