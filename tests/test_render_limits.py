"""Hostile input to `tei render`: huge text nodes render in linear time, a file name with a
control character is reported and the other files still render, and no write leaves the
output folder through a symbolic link."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tei.cli import app
from tei.edition import load_edition
from tei.render import Renderer, context_xml, render_edition
from tei.render.layout import document
from tei.render.search import reading
from tei.xmlio import parse_bytes

FIXTURES = Path(__file__).parent / "fixtures" / "render"
CABLE = FIXTURES / "r04_undated.xml"


def run(*args: str | Path) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["render", *map(str, args)])
    return result.exit_code, result.stdout, result.stderr


def _render_seconds(renderer: Renderer, words: int) -> float:
    """Best CPU time of three runs (CPU, not wall: a busy host must not fail the ratio):
    record, search text, text edition and page of a text node of `words` words."""
    text = CABLE.read_text().replace("What is the harvest", "word " * words, 1)
    tree = parse_bytes(text.encode(), "big.xml")
    source = renderer.load(tree, "big.xml")
    context = context_xml(load_edition(), document("big"))
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        assert renderer.record(source, context).startswith("<doc ")
        assert len(reading(tree.getroot())) > words
        for transform in (renderer.text, renderer.html):
            assert len(transform(source, context)) > words
        best = min(best, time.process_time() - started)
    return best


def test_a_huge_text_node_renders_in_linear_time() -> None:
    renderer = Renderer.shared()
    ratio = _render_seconds(renderer, 400_000) / _render_seconds(renderer, 100_000)
    assert ratio < 8, f"4x the text took {ratio:.1f}x the time (quadratic: 16x)"


def test_a_huge_text_node_is_wrapped_word_for_word() -> None:
    renderer = Renderer.shared()
    words = [f"w{i}" for i in range(100_000)]
    text = CABLE.read_text().replace("What is the harvest like this year?", " ".join(words), 1)
    source = renderer.load(parse_bytes(text.encode(), "big.xml"), "big.xml")
    edition = renderer.text(source, context_xml(load_edition(), document("big")))
    assert max(len(line) for line in edition.splitlines()) <= 72
    found = edition.split()
    start = found.index("w0")
    assert found[start:start + len(words)] == words


def test_a_control_character_in_a_file_name_is_reported_and_the_rest_rendered(
        tmp_path: Path) -> None:
    shutil.copy(CABLE, tmp_path)
    odd = tmp_path / "bad\x01name\nx.xml"
    shutil.copy(CABLE, odd)
    undecodable = tmp_path / os.fsdecode(b"bad\xff.xml")
    shutil.copy(CABLE, undecodable)
    code, out, err = run(tmp_path / "r04_undated.xml", odd, undecodable, "--text",
                         tmp_path / "out")
    reason = ("(a control character, line separator or byte that is not UTF-8); rename the "
              "file to render it [render-name]")
    assert (code, err.splitlines()) == (1, [
        f"{tmp_path}/bad\\x01name\\nx.xml:1:1: error: the file name contains U+0001 {reason}",
        f"{tmp_path}/bad\\udcff.xml:1:1: error: the file name contains U+DCFF {reason}"])
    assert out.startswith("rendered 1 document\n")
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["r04_undated.txt"]


@pytest.mark.parametrize("linked", ["tei", "documents", "text"])
def test_writes_through_a_link_out_of_the_site_are_refused(tmp_path: Path, linked: str) -> None:
    site, elsewhere = tmp_path / "site", tmp_path / "elsewhere"
    site.mkdir()
    elsewhere.mkdir()
    (site / linked).symlink_to(elsewhere, target_is_directory=True)
    result = render_edition([CABLE], site, None)
    name = {"tei": "r04_undated.xml", "documents": "r04_undated.html",
            "text": "r04_undated.txt"}[linked]
    assert [d.format() for d in result.diagnostics] == [
        f"{CABLE}:1:1: error: {site / linked / name} not written: the path leads outside the "
        f"output folder {site} (through a symbolic link or '..'), to {elsewhere / name} "
        "[render-output]"]
    assert list(elsewhere.iterdir()) == []


def test_a_linked_file_inside_the_site_is_refused_too(tmp_path: Path) -> None:
    site, secret = tmp_path / "site", tmp_path / "secret.txt"
    secret.write_text("keep me")
    (site / "text").mkdir(parents=True)
    (site / "text" / "r04_undated.txt").symlink_to(secret)
    assert [d.rule for d in render_edition([CABLE], site, None).diagnostics] == [
        "render-output"]
    assert secret.read_text() == "keep me"


def test_a_site_wide_file_through_a_link_stops_the_run(tmp_path: Path) -> None:
    site, elsewhere = tmp_path / "site", tmp_path / "elsewhere"
    site.mkdir()
    elsewhere.mkdir()
    (site / "assets").symlink_to(elsewhere, target_is_directory=True)
    code, _, err = run(CABLE, "--html", site)
    assert code == 2
    assert err.startswith(f"tei: {site / 'assets'}/") and ":1:1: error: " in err
    assert list(elsewhere.iterdir()) == []
