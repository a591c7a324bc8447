"""The site step for documents whose whole-corpus facts are unchanged: the search index alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from tei.render import pipeline, render_edition
from tests.test_render_manifest import copy_corpus, files


def render(paths: list[Path], out: Path) -> None:
    render_edition(paths, out / "site", out / "text")


def edit_body(path: Path, words: str) -> None:
    """Add words to the first paragraph of the document's body (its text, not its facts)."""
    text = path.read_text(encoding="utf-8")
    end = text.index("</p>", text.index("<body>"))
    path.write_text(text[:end] + words + text[end:], encoding="utf-8")


@pytest.fixture
def site_steps(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many documents each whole site step was given."""
    steps: list[int] = []
    write_site = pipeline._write_site

    def logged(html_dir: Path, records: list, context: object, run: object) -> None:
        steps.append(len(records))
        write_site(html_dir, records, context, run)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "_write_site", logged)
    return steps


def test_a_changed_text_rewrites_the_search_index_alone(
        tmp_path: Path, site_steps: list[int]) -> None:
    paths = copy_corpus(tmp_path / "tei")
    render(paths, tmp_path / "out")
    before = files(tmp_path / "out" / "site" / "search")
    edit_body(paths[2], " Unmistakablyrevised wording.")
    site_steps.clear()
    render(paths, tmp_path / "out")
    assert site_steps == []
    assert files(tmp_path / "out" / "site" / "search") != before
    render(paths, tmp_path / "full")
    assert files(tmp_path / "out") == files(tmp_path / "full")


def test_a_changed_title_regroups_the_corpus(tmp_path: Path, site_steps: list[int]) -> None:
    paths = copy_corpus(tmp_path / "tei")
    render(paths, tmp_path / "out")
    paths[2].write_text(paths[2].read_text().replace("</title>", " (revised)</title>", 1))
    site_steps.clear()
    render(paths, tmp_path / "out")
    assert site_steps == [len(paths)]
    render(paths, tmp_path / "full")
    assert files(tmp_path / "out") == files(tmp_path / "full")


def test_a_run_killed_in_the_site_step_leaves_the_next_run_to_regroup(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = copy_corpus(tmp_path / "tei")
    render(paths, tmp_path / "out")
    paths[1].write_text(paths[1].read_text().replace("</title>", " (revised)</title>", 1))

    def killed(*_args: object) -> None:
        raise KeyboardInterrupt

    with monkeypatch.context() as patch:
        patch.setattr(pipeline, "_write_site", killed)
        with pytest.raises(KeyboardInterrupt):
            render(paths, tmp_path / "out")
    render(paths, tmp_path / "out")
    render(paths, tmp_path / "full")
    assert files(tmp_path / "out") == files(tmp_path / "full")
