"""No text is lost: every text node of a document's text (our fixtures, the corpus, other
editions' files) appears, in order, in its HTML page and in its plain-text edition; notes
appear among the endnotes."""

from __future__ import annotations

import re
from pathlib import Path

import lxml.html
import pytest

from tei.render import render_edition
from tei.xmlio import NSMAP, parse_file

FIXTURES = Path(__file__).parent / "fixtures" / "render"
CORPUS = Path(__file__).parent.parent / "corpus" / "tei"
OURS = sorted(FIXTURES.glob("*.xml")) + sorted(CORPUS.glob("*.xml"))
THEIRS = sorted((FIXTURES / "foreign").glob("*.xml"))
DOCUMENTS = OURS + THEIRS

# Text nodes a reading view legitimately does not show inline: registers (shown in the
# index pages) and the alternative of a choice (shown on hover).
SKIPPED = "ancestor::tei:choice or ancestor::tei:listPerson or ancestor::tei:listPlace " \
          "or ancestor::tei:listOrg or ancestor::tei:listEvent or ancestor::tei:back/tei:listBibl"
IN_NOTE = "ancestor::tei:note[not(@place='inline' or @rend='inline')]"


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("faithful")
    result = render_edition(DOCUMENTS, folder / "site", folder / "text")
    unpublished = [(d.path, d.rule) for d in result.diagnostics]
    assert unpublished == [(str(path), "render-unpublished") for path in THEIRS]
    return folder


def chunks(path: Path, where: str, extra: str = "") -> list[str]:
    """Text nodes of text/front|body|back, white space removed, in document order."""
    skip = SKIPPED + (f" or {extra}" if extra else "")
    nodes = parse_file(path).xpath(
        f"/tei:TEI/tei:text/*[self::tei:front or self::tei:body or self::tei:back]"
        f"//text()[{where}][not({skip})]", namespaces=NSMAP)
    return [c for c in ("".join(str(n).split()) for n in nodes) if c]


def missing(needles: list[str], haystack: str) -> str | None:
    """The first needle not found after the previous one, or None when all are in order."""
    flat, position = "".join(haystack.split()), 0
    for needle in needles:
        found = flat.find(needle, position)
        if found < 0:
            return needle
        position = found + len(needle)
    return None


def html_parts(out: Path, stem: str) -> tuple[str, str]:
    doc = lxml.html.parse(str(out / "site" / "documents" / f"{stem}.html")).getroot()
    body = "".join(t.text_content() for t in doc.xpath("//section[@class='text']"))
    notes = "".join(t.text_content() for t in doc.xpath("//section[@class='notes']"))
    return body, notes


def text_parts(out: Path, stem: str) -> tuple[str, str]:
    text = (out / "text" / f"{stem}.txt").read_text(encoding="utf-8")
    text = re.sub(r"(?m)^ *\| ?", "", text)
    _, _, rest = text.partition("-" * 72 + "\n")
    body, _, notes = rest.partition("-" * 72 + "\nNotes\n")
    return body, notes


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.stem)
def test_html_page_keeps_every_text_node_in_order(out: Path, path: Path) -> None:
    body, notes = html_parts(out, path.stem)
    assert missing(chunks(path, f"not({IN_NOTE})"), body) is None
    assert missing(chunks(path, IN_NOTE), notes) is None


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.stem)
def test_text_edition_keeps_every_text_node_in_order(out: Path, path: Path) -> None:
    body, notes = text_parts(out, path.stem)
    deleted = "ancestor::tei:del"
    assert missing(chunks(path, f"not({IN_NOTE})", deleted), body) is None
    assert missing(chunks(path, IN_NOTE, deleted), notes) is None
