"""Whole-corpus pages in pieces (tei/render/indexes.py): grouping the records, pagination at
its boundaries, entity pages from register facts, deterministic output, and pages whose
input is unchanged not transformed again."""

from __future__ import annotations

import shutil
from pathlib import Path

import lxml.html
import pytest
from hypothesis import given
from hypothesis import strategies as st

from tei.edition import load_edition
from tei.render import indexes, manifest, render_edition
from tei.render.context import context_xml
from tei.render.grouping import _ENTITY, Corpus, _parse_record, group, split_record
from tei.render.indexes import (
    DOCUMENTS_PER_PAGE,
    KINDS,
    MENTIONS_PER_PAGE,
    chunks,
    pages,
    write_pages,
)
from tei.render.passes import parse_record as pipeline_record
from tei.render.runner import runner
from tei.render.saxon import Renderer
from tei.xmlio import parse_file

SEEDS = Path(__file__).parent.parent / "corpus" / "tei"


def record(number: int, entities: str = "", sort: str = "") -> str:
    """A record as record.xsl writes it, for document `number`."""
    sort = sort or f"1950-01-{number % 28 + 1:02d}"
    return (f'<doc id="d{number:05d}" page="documents/d{number:05d}.html" sort="{sort}">'
            f"<title>Document {number}</title><date when=\"{sort}\">{sort}</date>"
            f"<from/><to/><type>Telegram</type><summary/>{entities}</doc>")


def person(entity_id: str, roles: str = "mentioned", extra: str = "") -> str:
    return (f'<entity kind="person" id="{entity_id}" roles="{roles}" sort="{entity_id}">'
            f"<reg>{entity_id.title()}</reg>{extra}</entity>")


def corpus_of(size: int) -> Corpus:
    return group(record(n, person("per-a", "sender")) for n in range(size))


@pytest.fixture(scope="module")
def seeds_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("seeds") / "site"
    assert render_edition(sorted(SEEDS.glob("*.xml")), folder, None).diagnostics == []
    return folder


@given(st.lists(st.integers(), max_size=50), st.integers(min_value=1, max_value=12))
def test_chunks_keep_every_item_once_in_order(items: list[int], size: int) -> None:
    parts = chunks(items, size)
    assert [x for part in parts for x in part] == items
    assert all(1 <= len(part) <= size for part in parts) or parts == [[]]


@pytest.mark.parametrize(("documents", "expected"), [
    (0, ["index.html"]), (1, ["index.html"]), (DOCUMENTS_PER_PAGE, ["index.html"]),
    (DOCUMENTS_PER_PAGE + 1, ["index.html", "index-2.html"]),
])
def test_documents_table_pages_at_the_boundary(documents: int, expected: list[str]) -> None:
    found = [p.path for p in indexes.document_pages(corpus_of(documents).documents)]
    assert found == expected


@pytest.mark.parametrize(("mentions", "expected"), [
    (MENTIONS_PER_PAGE, ["persons/per-a.html"]),
    (MENTIONS_PER_PAGE + 1, ["persons/per-a.html", "persons/per-a~2.html"]),
])
def test_entity_pages_at_the_boundary(mentions: int, expected: list[str]) -> None:
    corpus = corpus_of(mentions)
    entity = corpus.entities[("person", "per-a")]
    assert [p.path for p in indexes.entity_pages(KINDS[0], entity, corpus.documents)] == expected


def test_paginated_entity_page_links_its_pages_and_lists_the_rest(tmp_path: Path) -> None:
    corpus = corpus_of(MENTIONS_PER_PAGE + 3)
    site = tmp_path / "site"
    render_pages(site, pages(corpus))
    second = lxml.html.parse(str(site / "persons/per-a~2.html")).getroot()
    assert second.xpath("//nav[@class='page-list']//a/@href") == ["per-a.html", "per-a~2.html"]
    assert second.xpath("//a[@aria-current='page']/span[1]/text()") == ["2"]
    assert len(second.xpath("//ul[@class='mentions']/li")) == 3
    assert second.xpath("//ul[@class='mentions']/li[1]/a/@href") == [
        f"../documents/d{MENTIONS_PER_PAGE:05d}.html"]


def test_an_entity_two_documents_name_differently_keeps_one_name(tmp_path: Path) -> None:
    """Local entries of one id spelt differently in two documents (`Dulles'` and `Dulles`):
    the first is the name, the other a variant (two names once stopped the whole site)."""
    named = [record(n, f'<entity kind="person" id="per-dulles" roles="mentioned" '
                       f'sort="dulles" local="yes"><reg>{name}</reg></entity>')
             for n, name in enumerate(["Dulles'", "Dulles", "Dulles'"])]
    site = tmp_path / "site"
    render_pages(site, pages(group(named)))
    page = lxml.html.parse(str(site / "persons/per-dulles.html")).getroot()
    assert page.xpath("//h1/text()") == ["Dulles'"]
    assert page.xpath("//span[@class='variant']/text()") == ["Dulles"]
    index = lxml.html.parse(str(site / "persons.html")).getroot()
    assert index.xpath("//ul[@class='entity-list']/li/a/text()") == ["Dulles'"]


def render_pages(site: Path, every: object) -> int:
    """Transform and write pages as the pipeline does; the number transformed."""
    site.mkdir(parents=True, exist_ok=True)
    edition = load_edition()

    def context_of(root: str) -> str:
        return context_xml(edition, {"root": root})

    with runner(1, None, 0) as run:
        return write_pages(site, every, run, context_of)  # type: ignore[arg-type]


def test_unchanged_pages_are_not_transformed_again(tmp_path: Path) -> None:
    site = tmp_path / "site"
    names = ["per-0", "per-1", "per-2", "per-0", "per-1"]
    first = list(pages(group(record(n, person(name)) for n, name in enumerate(names))))
    assert render_pages(site, first) == len(first)
    assert render_pages(site, first) == 0
    names[4] = "per-2"  # document 4 now names per-2 instead of per-1
    changed = list(pages(group(record(n, person(name)) for n, name in enumerate(names))))
    # the persons index (counts), per-1's and per-2's pages; not index.html nor per-0's page
    assert render_pages(site, changed) == 3
    assert "Document 4" in (site / "persons/per-2.html").read_text(encoding="utf-8")
    assert "Document 4" not in (site / "persons/per-1.html").read_text(encoding="utf-8")
    (site / "persons/per-0.html").unlink()
    assert render_pages(site, changed) == 1


def test_pages_of_entities_no_longer_named_are_deleted(tmp_path: Path) -> None:
    site = tmp_path / "site"
    render_pages(site, pages(group([record(0, person("per-a")), record(1, person("per-b"))])))
    assert (site / "persons/per-b.html").is_file()
    render_pages(site, pages(group([record(0, person("per-a"))])))
    assert not (site / "persons/per-b.html").exists()
    assert (site / "persons/per-a.html").is_file()


def test_a_manifest_naming_files_outside_the_site_deletes_nothing(tmp_path: Path) -> None:
    site = tmp_path / "site"
    outside = tmp_path / "keep.html"
    outside.write_text("keep")
    site.mkdir()
    (site / ".index-manifest.json").write_text('{"../keep.html": "x", "a.txt": "y"}')
    render_pages(site, pages(group([record(0, person("per-a"))])))
    assert outside.read_text() == "keep"


def test_entity_page_shows_the_register_facts(seeds_site: Path) -> None:
    stalin = lxml.html.parse(str(seeds_site / "persons/per-joseph-stalin.html")).getroot()
    facts = dict(zip(stalin.xpath("//dl[@class='entity-facts']/dt/text()"),
                     (" ".join(dd.text_content().split())
                      for dd in stalin.xpath("//dl[@class='entity-facts']/dd")), strict=True))
    assert facts["Born"] == "18 December 1878" and facts["Died"] == "5 March 1953"
    assert facts["Occupation"].startswith("General Secretary of the Communist Party")
    assert "Filippov" in facts["Pseudonyms"]
    assert facts["Authority files"] == "Wikidata"
    beijing = lxml.html.parse(str(seeds_site / "places/pla-beijing.html")).getroot()
    assert beijing.xpath("//dd[@class='geo']/text()") == ["39.90° N, 116.41° E"]
    assert beijing.xpath("//dd[@class='authorities']/a/@href") == [
        "https://www.wikidata.org/wiki/Q956", "https://www.geonames.org/1816670"]


def test_site_is_byte_identical_on_a_fresh_build(seeds_site: Path, tmp_path: Path) -> None:
    again = tmp_path / "site"
    assert render_edition(sorted(SEEDS.glob("*.xml")), again, None).diagnostics == []
    files = sorted(p.relative_to(seeds_site) for p in seeds_site.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(again) for p in again.rglob("*") if p.is_file())
    assert all((seeds_site / f).read_bytes() == (again / f).read_bytes() for f in files)


def test_a_rebuild_into_the_same_folder_transforms_nothing(
        seeds_site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    copy = tmp_path / "site"
    shutil.copytree(seeds_site, copy)
    before = {p: p.read_bytes() for p in copy.rglob("*.html")}
    transformed: list[int] = []
    original = indexes.write_pages

    def counting(*args: object) -> int:
        transformed.append(original(*args))  # type: ignore[arg-type]
        return transformed[-1]

    monkeypatch.setattr(indexes, "write_pages", counting)
    (copy / manifest.MANIFEST).unlink()  # the documents are rendered again, and the index step
    render_edition(sorted(SEEDS.glob("*.xml")), copy, None)
    assert transformed == [0]
    assert {p: p.read_bytes() for p in copy.rglob("*.html")} == before


def seed_records() -> list[str]:
    """The records of the seeds, as the pipeline hands them to the index step."""
    renderer = Renderer.shared()
    records = []
    for path in sorted(SEEDS.glob("*.xml")):
        source = renderer.load(parse_file(path), str(path))
        context = context_xml(load_edition(), {"id": path.stem, "page": path.stem})
        records.append(pipeline_record(path.stem, renderer.record(source, context), "").record)
    return records


def test_records_read_by_patterns_equal_records_parsed() -> None:
    escaped = ('<doc id="d" page="p" sort="1950"><title>T</title><summary>S</summary>'
               '<entity kind="person" id="per-a" roles="sender" sort="a &amp; &quot;b&quot;">'
               '<reg>A &amp; B</reg><occupation>"Q"</occupation></entity>'
               '<entity kind="place" id="pla-x" roles="mentioned" sort="x" local="yes">'
               '<reg>X</reg><geo lat="1" lon="2"/></entity></doc>')
    seeds = seed_records()
    assert all(len(_ENTITY.findall(r)) == r.count("<entity") for r in seeds)  # the fast path
    for text in [*seeds, escaped]:
        assert split_record(text) == _parse_record(text)
    assert split_record(escaped)[2][0].sort == 'a & "b"'
    odd = escaped.replace('<entity kind="place" id="pla-x"', '<entity id="pla-x" kind="place"')
    assert split_record(odd) == _parse_record(odd)  # another attribute order: parsed instead
    assert split_record(odd)[2][1].id == "pla-x"
