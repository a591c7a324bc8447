"""Incremental rendering: the site's manifest, what a change re-renders, what leaves."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tei.render import layout, manifest, page_step, passes, pipeline, render_edition
from tests.cases import ROOT

CORPUS = ROOT / "corpus" / "tei"


def files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def copy_corpus(folder: Path) -> list[Path]:
    folder.mkdir(parents=True)
    for path in sorted(CORPUS.glob("*.xml")):
        shutil.copy(path, folder)
    return sorted(folder.glob("*.xml"))


@pytest.fixture
def rendered(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """The stems each pass renders (in this process), by pass."""
    log: dict[str, list[str]] = {"first": [], "second": []}
    first, second = passes.first_pass, passes.second_pass

    def logged_first(task: passes.DocumentTask) -> object:
        log["first"].append(task.stem)
        return first(task)

    def logged_second(task: passes.DocumentTask) -> object:
        log["second"].append(task.stem)
        return second(task)

    monkeypatch.setattr(passes, "first_pass", logged_first)
    monkeypatch.setattr(passes, "second_pass", logged_second)
    return log


def render(paths: list[Path], out: Path) -> None:
    render_edition(paths, out / "site", out / "text")


def neighbours(site: Path) -> list[str]:
    """Document stems in date order, as the manifest lists them."""
    context, _ = pipeline.site_context(pipeline.load_edition(), site, cmif=False)
    entries = manifest.load(site, pipeline.render_environment(context, site, site))
    return sorted(entries, key=lambda stem: pipeline._date_order(stem, entries[stem]))


def test_nothing_changed_renders_nothing(tmp_path: Path, rendered: dict[str, list[str]],
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    paths = copy_corpus(tmp_path / "tei")
    render(paths, tmp_path / "out")
    before = {p: p.stat().st_mtime_ns for p in (tmp_path / "out").rglob("*")}
    rendered["first"].clear()
    rendered["second"].clear()
    synced: list[object] = []
    monkeypatch.setattr(pipeline, "sync_folders", synced.append)
    render(paths, tmp_path / "out")
    assert rendered == {"first": [], "second": []}
    assert {p: p.stat().st_mtime_ns for p in (tmp_path / "out").rglob("*")} == before
    assert synced == []  # nothing written, nothing to flush


def test_a_run_that_writes_flushes_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = copy_corpus(tmp_path / "tei")
    render(paths, tmp_path / "out")
    (tmp_path / "out" / "site" / layout.page_file(paths[0].stem)).unlink()
    synced: list[object] = []
    monkeypatch.setattr(pipeline, "sync_folders", synced.append)
    render(paths, tmp_path / "out")
    assert len(synced) == 1


def test_a_deleted_page_is_written_again_when_nothing_else_changed(
        tmp_path: Path, rendered: dict[str, list[str]]) -> None:
    paths = copy_corpus(tmp_path / "tei")
    render(paths, tmp_path / "out")
    before = files(tmp_path / "out")
    page = tmp_path / "out" / "site" / layout.page_file(paths[0].stem)
    page.unlink()
    rendered["first"].clear()
    rendered["second"].clear()
    render(paths, tmp_path / "out")
    assert rendered == {"first": [], "second": [page.stem]}
    assert files(tmp_path / "out") == before


def test_a_changed_document_re_renders_it_and_its_neighbours_only(
        tmp_path: Path, rendered: dict[str, list[str]]) -> None:
    paths, order, middle = _render_and_retitle_the_middle(tmp_path)
    rendered["first"].clear()
    rendered["second"].clear()
    render(paths, tmp_path / "out")
    assert rendered["first"] == [middle]
    at = order.index(middle)
    assert middle in rendered["second"]
    assert set(rendered["second"]) <= set(order[max(0, at - 1):at + 2])
    render(paths, tmp_path / "full")
    assert files(tmp_path / "out") == files(tmp_path / "full")


def test_a_removed_document_leaves_the_site(tmp_path: Path) -> None:
    paths = copy_corpus(tmp_path / "tei")
    render(paths, tmp_path / "out")
    gone = paths[1]
    gone.unlink()
    render(paths[:1] + paths[2:], tmp_path / "out")
    left = files(tmp_path / "out")
    assert not [name for name in left if gone.stem in name]
    render(paths[:1] + paths[2:], tmp_path / "full")
    assert left == files(tmp_path / "full")


def test_a_changed_stylesheet_fingerprint_renders_everything_again(
        tmp_path: Path, rendered: dict[str, list[str]]) -> None:
    paths = copy_corpus(tmp_path / "tei")
    render_edition(paths, tmp_path / "site", None, inputs="register v1")
    rendered["first"].clear()
    render_edition(paths, tmp_path / "site", None, inputs="register v2")
    assert sorted(rendered["first"]) == [p.stem for p in paths]


def test_check_is_given_the_files_to_read_again_before_anything_is_written(
        tmp_path: Path) -> None:
    paths = copy_corpus(tmp_path / "tei")
    site = tmp_path / "site"
    render_edition(paths, site, None)
    paths[0].write_bytes(paths[0].read_bytes() + b"\n")
    (site / layout.text_file(paths[1].stem)).unlink()
    before = files(site)
    asked: list[list[Path]] = []

    def stop(found: list[Path]) -> None:
        asked.append(found)
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        render_edition(paths, site, None, check=stop)
    assert asked == [paths[:2]]
    assert files(site) == before
    render_edition(paths, site, None, check=asked.append, stats={str(paths[2]): None})
    assert asked[-1] == [*paths[:3]]


def test_page_contexts_are_made_only_for_a_changed_document_and_its_neighbours(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths, order, middle = _render_and_retitle_the_middle(tmp_path)
    made: list[str] = []
    page_task = page_step.page_task_of

    def logged(*args: object) -> passes.DocumentTask:
        page = page_task(*args)  # type: ignore[arg-type]
        made.append(page.stem)
        return page

    monkeypatch.setattr(page_step, "page_task_of", logged)
    render(paths, tmp_path / "out")
    at = order.index(middle)
    assert middle in made and set(made) <= set(order[max(0, at - 1):at + 2])
    assert len(made) == len(set(made)) > 1  # the neighbours too, each context made once
    render(paths, tmp_path / "full")
    assert files(tmp_path / "out") == files(tmp_path / "full")


def _render_and_retitle_the_middle(tmp_path: Path) -> tuple[list[Path], list[str], str]:
    """Render the corpus into tmp_path/out, then change the title of the document in the
    middle of the date order; return the TEI files, the order and that document's stem."""
    paths = copy_corpus(tmp_path / "tei")
    render(paths, tmp_path / "out")
    order = neighbours(tmp_path / "out" / "site")
    middle = order[len(order) // 2]
    changed = tmp_path / "tei" / f"{middle}.xml"
    changed.write_text(changed.read_text().replace("</title>", " (revised)</title>", 1))
    return paths, order, middle


def test_the_manifest_gives_back_the_entries_it_saved(tmp_path: Path) -> None:
    entries = {"b": manifest.Entry("d2", "1950-01-02", "Two", "2 Jan", False, "p2", 10, 20,
                                   "f2"),
               "a": manifest.Entry("d1", "", "One", "", True)}
    manifest.save(tmp_path, "env", entries)
    assert manifest.load(tmp_path, "env") == entries
    assert list(manifest.load(tmp_path, "env")) == ["a", "b"]
    assert manifest.load(tmp_path, "other") == {}


def test_a_manifest_of_another_layout_renders_everything_again(tmp_path: Path) -> None:
    from tei.bookkeeping import save_records

    save_records(tmp_path / manifest.MANIFEST, "env", "documents",
                 {"a": {"digest": "d1", "sort": "", "title": "One", "date": "",
                        "published": True}})
    assert manifest.load(tmp_path, "env") == {}
