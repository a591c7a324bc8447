"""Whole-corpus pages several to a call (`Renderer.pages`, `tei.render.indexes.batches`): each
page of a batch is the page its input gives alone, byte for byte, also when a title needs the
stylesheet to write the frame, a text holds the break between pages, or the batch cannot be
parsed; batches keep one context and at most `PAGES_PER_CALL` pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from tei.diagnostics import InputError
from tei.edition import load_edition
from tei.render.context import context_xml
from tei.render.grouping import group
from tei.render.indexes import PAGES_PER_CALL, PageJob, batches, pages
from tei.render.saxon import CORPUS_STYLESHEETS, PAGE_BREAK, Renderer


def _record(number: int, title: str, entity: str) -> str:
    """A record naming `entity`, registered under the document's title (page titles)."""
    sort = f"1951-02-{number % 28 + 1:02d}"
    return (f'<doc id="d{number:03d}" page="documents/d{number:03d}.html" sort="{sort}">'
            f'<title>{title}</title><date when="{sort}">{sort}</date><from/><to/>'
            f"<type>Telegram</type><summary/>"
            f'<entity kind="person" id="{entity}" roles="mentioned" sort="{entity}">'
            f"<reg>{title}</reg></entity></doc>")


TITLES = {
    "plain": ["Telegram from Belgrade", "Letter to Ottawa", "Memorandum of talks"],
    "escaped": ["Smith &amp; Jones", "A &lt;b&gt; c\u00a0d", "Plain again"],
    "break": [f"Code word {PAGE_BREAK}", "After the break", PAGE_BREAK * 2],
}


def _inputs(titles: list[str]) -> list[tuple[str, str, str]]:
    """(path, input, root) of every page of a small corpus with these titles."""
    records = [_record(n, title, f"per-{n % 3}") for n, title in enumerate(titles * 3)]
    return [(page.path, page.input, page.root) for page in pages(group(records))]


@pytest.mark.parametrize("kind", sorted(TITLES))
def test_a_batch_gives_each_page_as_alone(kind: str) -> None:
    renderer = Renderer.shared(CORPUS_STYLESHEETS)
    edition = load_edition()
    for root in ("", "../"):
        context = context_xml(edition, {"root": root})
        chosen = [(path, text) for path, text, page_root in _inputs(TITLES[kind])
                  if page_root == root]
        assert len(chosen) >= 2
        alone = {path: renderer.index(text, context)[path] for path, text in chosen}
        assert renderer.pages([text for _, text in chosen], context) == alone


def test_a_batch_that_cannot_be_parsed_fails_on_its_page() -> None:
    renderer = Renderer.shared(CORPUS_STYLESHEETS)
    context = context_xml(load_edition(), {"root": ""})
    good = '<search-page path="search.html"/>'
    assert renderer.pages([good, good], context) == renderer.index(good, context)
    with pytest.raises(InputError):
        renderer.pages([good, "<documents path='index.html'>"], context)


def test_batches_keep_one_context_and_a_bounded_size() -> None:
    jobs = [PageJob(Path("site"), f"p{n}.html", f"<x n='{n}'/>", "ab"[n // 30])
            for n in range(50)]
    made = list(batches(jobs))
    assert [len(batch.inputs) for batch in made] == [PAGES_PER_CALL, 10, 20]
    assert [batch.context for batch in made] == ["a", "a", "b"]
    assert [path for batch in made for path in batch.paths] == [job.path for job in jobs]
    assert [text for batch in made for text in batch.inputs] == [job.input for job in jobs]
    assert list(batches([])) == []
