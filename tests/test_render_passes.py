"""The per-document steps: one read of each document, its page drafted with placeholder
neighbours and filled in later with the same bytes a full render of the page gives."""

from __future__ import annotations

import os
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from tei.diagnostics import Diagnostic, InputError
from tei.engine import batch
from tei.render import layout, manifest, output_files, passes, pipeline, render_edition
from tei.render.context import Link
from tei.render.saxon import Renderer
from tei.workspace import remove_stale_temporaries

FIXTURES = Path(__file__).parent / "fixtures" / "render"


def copy_fixtures(folder: Path) -> list[Path]:
    folder.mkdir(parents=True)
    for path in sorted(FIXTURES.glob("*.xml")):
        shutil.copy(path, folder)
    return sorted(folder.glob("*.xml"))


def first_task(path: Path, site: Path) -> passes.DocumentTask:
    """The first-step task of a document, as a render plans it."""
    context, _ = pipeline.site_context(pipeline.load_edition(), site, cmif=False)
    tasks, _ = pipeline._plan([path], site, None, "")
    tasks = [pipeline._contexts(task, context) for task in tasks]
    return tasks[0]


def page_task(path: Path, site: Path, prev: Link | None, next_: Link | None) -> passes.DocumentTask:
    """The second-step task of a document's page with these neighbours."""
    context, _ = pipeline.site_context(pipeline.load_edition(), site, cmif=False)
    return replace(first_task(path, site),
                   context=context(layout.document(path.stem), prev, next_),
                   neighbours=(prev, next_))


def full_page(task: passes.DocumentTask) -> bytes:
    """The page rendered from the document in one transform."""
    renderer = Renderer.shared()
    _, source = passes.load(renderer, task.path)
    return renderer.html(source, task.context).encode("utf-8")


@pytest.fixture
def drafted(tmp_path: Path) -> tuple[Path, Path]:
    """A document whose first step ran into a site: (its path, the site)."""
    path = copy_fixtures(tmp_path / "tei")[0]
    site = tmp_path / "site"
    assert isinstance(passes.first_pass(first_task(path, site)), passes.DocumentRecord)
    return path, site


@pytest.mark.parametrize("neighbours", [
    (None, None),
    (Link("a.html", "Before & <after>\u00a0", "1 May 1945"), None),
    (None, Link("b.html", 'A "quoted" title', "")),
    (Link("a.html", "One", "1945"), Link("b.html", "Two", "1946")),
])
def test_a_filled_draft_is_the_page_a_full_render_gives(
        drafted: tuple[Path, Path], neighbours: tuple[Link | None, Link | None]) -> None:
    path, site = drafted
    task = page_task(path, site, *neighbours)
    assert passes.second_pass(task) is None
    assert (site / "documents" / f"{path.stem}.html").read_bytes() == full_page(task)


def test_the_second_step_reads_no_document_when_a_draft_exists(
        drafted: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    path, site = drafted

    def unreadable(*_args: object) -> None:
        raise AssertionError("the document was read again")

    monkeypatch.setattr(passes, "load", unreadable)
    assert passes.second_pass(page_task(path, site, None, Link("b.html", "Next", ""))) is None


@pytest.mark.parametrize("draft", ["missing", "ambiguous"])
def test_without_a_usable_draft_the_page_is_rendered_from_the_document(
        drafted: tuple[Path, Path], draft: str) -> None:
    path, site = drafted
    task = page_task(path, site, Link("a.html", "Before", ""), None)
    file = manifest.cache_file(site, path.stem)
    record, _, page = file.read_bytes().partition(b"\n")
    if draft == "missing":
        file.write_bytes(record + b"\n")
    else:
        placeholder = Renderer.shared().pager(passes.PLACEHOLDER_PREV,
                                              passes.PLACEHOLDER_NEXT).encode("utf-8")
        file.write_bytes(record + b"\n" + placeholder + page)
    assert passes.second_pass(task) is None
    assert (site / "documents" / f"{path.stem}.html").read_bytes() == full_page(task)


def test_each_document_is_parsed_once_per_render(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = copy_fixtures(tmp_path / "tei")
    loaded: list[str] = []
    parse = passes.parse

    def counted(renderer: Renderer, data: bytes, path: Path) -> object:
        loaded.append(path.stem)
        return parse(renderer, data, path)

    monkeypatch.setattr(passes, "parse", counted)
    result = render_edition(paths, tmp_path / "site", tmp_path / "text")
    assert result.diagnostics == []
    assert sorted(loaded) == [p.stem for p in paths]


def test_a_departed_document_leaves_no_draft(tmp_path: Path) -> None:
    paths = copy_fixtures(tmp_path / "tei")
    site = tmp_path / "site"
    render_edition(paths, site, None)
    assert b"<html" in manifest.cache_file(site, paths[0].stem).read_bytes()
    render_edition(paths[1:], site, None)
    assert not manifest.cache_file(site, paths[0].stem).exists()


def test_a_batch_gives_what_each_document_gives(tmp_path: Path) -> None:
    """The batch form of the first step (each transform over the whole batch in turn)
    writes the same files and returns the same records as the step run document by
    document; a document that cannot be read is a diagnostic in its place."""
    paths = copy_fixtures(tmp_path / "tei")
    broken = tmp_path / "tei" / "broken.xml"
    broken.write_text("<TEI xmlns='http://www.tei-c.org/ns/1.0'><unclosed></TEI>")
    paths.insert(1, broken)
    outputs = {}
    for name, run in (("one", lambda tasks: [passes.first_pass(t) for t in tasks]),
                      ("batch", lambda tasks: batch(passes.first_pass, tasks))):
        site = tmp_path / name
        results = run([first_task(path, site) for path in paths])
        outputs[name] = (results, {path.relative_to(site): path.read_bytes()
                                   for path in sorted(site.rglob("*")) if path.is_file()})
    (one, one_files), (many, many_files) = outputs["one"], outputs["batch"]
    assert isinstance(one[1], Diagnostic) and isinstance(one[0], passes.DocumentRecord)
    assert one == many
    assert one_files == many_files and len(one_files) > len(paths)


def test_a_copy_is_a_link_to_the_file_holding_its_bytes(tmp_path: Path) -> None:
    edition = output_files.write(tmp_path / "text", "a.txt", b"words")
    copy = output_files.write(tmp_path / "site", "text/a.txt", b"words", copy_of=edition)
    assert copy.read_bytes() == b"words" and copy.stat().st_ino == edition.stat().st_ino
    output_files.write(tmp_path / "text", "a.txt", b"other words")  # replaced, not written through
    assert copy.read_bytes() == b"words"
    assert sorted(path.name for path in copy.parent.iterdir()) == ["a.txt"]


def test_a_copy_is_written_when_no_link_can_be_made(tmp_path: Path) -> None:
    copy = output_files.write(tmp_path, "a.txt", b"words", copy_of=tmp_path / "missing.txt")
    assert copy.read_bytes() == b"words"


def test_a_path_through_a_linked_folder_is_resolved(tmp_path: Path) -> None:
    (tmp_path / "site").mkdir()
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "site" / "inner").symlink_to(tmp_path / "site", target_is_directory=True)
    (tmp_path / "site" / "out").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    site = (tmp_path / "site").resolve()
    assert output_files.inside(tmp_path / "site", "inner/a.html") == site / "a.html"
    assert output_files.inside(tmp_path / "site", "new/a.html") == site / "new" / "a.html"
    with pytest.raises(InputError, match=r"\[render-output\]$"):
        output_files.inside(tmp_path / "site", "out/a.html")


def test_an_interrupted_link_leaves_what_the_next_run_sweeps_away(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"words")
    output_files.write(tmp_path, "b.txt", b"words", copy_of=tmp_path / "a.txt")
    assert remove_stale_temporaries(tmp_path) == []
    temporary = tmp_path / f".b.txt.{os.getpid() % 16 ** 8:08x}.tmp"
    os.link(tmp_path / "a.txt", temporary)  # as a run killed between link and rename
    assert remove_stale_temporaries(tmp_path) == [temporary]
