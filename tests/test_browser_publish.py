"""A contributor's TEI cannot run script on the edition's site: in a real headless Chromium,
opening the published TEI copies (over http:// and from file://) fires no dialog, while the
byte-for-byte copy render used to publish does (so the check can fail)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tei.render import render_edition
from tei.render.publish import clean_copy
from tei.render.screenshots import chromium, serve
from tei.xmlio import parse_file
from tests.browser_fixtures import require_chromium

pytestmark = pytest.mark.browser

CABLE = Path(__file__).parent / "fixtures" / "render" / "r04_undated.xml"
SCRIPTS = ('<xhtml:script xmlns:xhtml="http://www.w3.org/1999/xhtml">alert("xhtml")'
           '</xhtml:script><svg:svg xmlns:svg="http://www.w3.org/2000/svg" '
           'onload="alert(\'svg-onload\')"><svg:script>alert("svg")</svg:script></svg:svg>')
STYLESHEET = '<?xml-stylesheet type="text/xsl" href="../control/evil.xsl"?>\n'
EVIL_XSL = """<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:template match="/"><html xmlns="http://www.w3.org/1999/xhtml"><body>
    <script>alert("xslt")</script></body></html></xsl:template>
</xsl:stylesheet>"""


def _variant(folder: Path, stem: str, text: str) -> Path:
    path = folder / f"{stem}.xml"
    path.write_text(text.replace("doc-r04_undated", f"doc-{stem}"), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A site from the cable, the cable with script elements (fails the grammar) and the
    cable with an xml-stylesheet declaration (follows it); plus, as controls, the raw files."""
    require_chromium()
    inputs = tmp_path_factory.mktemp("inputs")
    text = CABLE.read_text(encoding="utf-8")
    scripted = _variant(inputs, "scripted", text.replace("<p>", f"<p>{SCRIPTS}", 1))
    styled = _variant(inputs, "styled", text.replace("<TEI", STYLESHEET + "<TEI", 1))
    folder = tmp_path_factory.mktemp("publish") / "site"
    result = render_edition([CABLE, scripted, styled], folder, None)
    assert [(Path(d.path).name, d.rule) for d in result.diagnostics] == [
        ("scripted.xml", "render-unpublished")]
    (folder / "control").mkdir()
    (folder / "control" / "scripted.xml").write_bytes(scripted.read_bytes())
    (folder / "control" / "styled.xml").write_bytes(styled.read_bytes())
    (folder / "control" / "evil.xsl").write_text(EVIL_XSL)
    (folder / "tei" / "scripted-clean.xml").write_bytes(clean_copy(parse_file(scripted)))
    return folder


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    require_chromium()
    with chromium() as instance:
        yield instance


def dialogs(browser: Any, url: str) -> list[str]:
    """Messages of the dialogs (alert, confirm, prompt) the page at `url` opens."""
    context = browser.new_context()
    tab = context.new_page()
    opened: list[str] = []

    def dismiss(dialog: Any) -> None:
        opened.append(dialog.message)
        dialog.dismiss()

    tab.on("dialog", dismiss)
    tab.goto(url)
    tab.wait_for_timeout(500)
    context.close()
    return opened


def test_published_copies_run_no_script(browser: Any, site: Path) -> None:
    assert sorted(p.name for p in (site / "tei").iterdir()) == [
        "r04_undated.xml", "scripted-clean.xml", "styled.xml"]
    with serve(site) as base:
        for name in ("r04_undated.xml", "scripted-clean.xml", "styled.xml"):
            assert dialogs(browser, f"{base}tei/{name}") == [], name
            assert dialogs(browser, (site / "tei" / name).as_uri()) == [], name


def test_the_raw_files_would_run_their_script(browser: Any, site: Path) -> None:
    with serve(site) as base:
        assert dialogs(browser, f"{base}control/scripted.xml") == ["xhtml", "svg", "svg-onload"]
        assert dialogs(browser, f"{base}control/styled.xml") == ["xslt"]
    assert "xhtml" in dialogs(browser, (site / "control" / "scripted.xml").as_uri())


def test_the_page_of_an_unpublished_file_offers_no_tei_download(site: Path) -> None:
    page = (site / "documents" / "scripted.html").read_text(encoding="utf-8")
    assert "TEI P5 XML" not in page and 'data-format="tei"' not in page
    assert 'data-format="tei"' in (site / "documents" / "styled.html").read_text()
