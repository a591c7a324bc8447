"""Audit of how the commands find and read their inputs (`tei.cli.common.collect_files`,
`tei.xmlio.read_bytes`, the build's listing of corpus/raw and corpus/tei): a named pipe
(FIFO) among the sources made `tei build` hang for ever (read waits for a writer); a FIFO,
a symbolic link that loops or leads nowhere, named on the command line, was reported as
`no such file or folder`; `tei render . --html site` read its own published copies
(`site/tei/*.xml`) on the next run and failed them as duplicates; a value over libxml2's
10,000,000 characters was reported with libxml2's advice to its caller and a stray `\\n`."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tei.cli import app
from tei.diagnostics import InputError
from tei.xmlio import read_bytes
from tests.cases import RAW

GOOD = RAW / "003_982820db07093d93.txt"
RENDER = Path(__file__).parent / "fixtures" / "render"
needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")


def _tei(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tei", *args], capture_output=True,
                          text=True, timeout=120, cwd=cwd)


@needs_fifo
def test_reading_a_fifo_is_refused_without_waiting(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    with pytest.raises(InputError, match="named pipe") as caught:
        read_bytes(tmp_path / "pipe.txt")
    assert caught.value.diagnostic.rule == "io"


@needs_fifo
@pytest.mark.parametrize("where", ["corpus/raw/pipe.txt", "corpus/tei/pipe.xml"])
def test_a_fifo_in_the_corpus_fails_alone_and_the_build_ends(tmp_path: Path,
                                                               where: str) -> None:
    assert _tei("init", "ed", cwd=tmp_path).returncode == 0
    edition = tmp_path / "ed"
    shutil.copy(GOOD, edition / "corpus" / "raw" / "good.txt")
    (edition / "corpus" / "tei").mkdir(exist_ok=True)
    os.mkfifo(edition / where)
    run = _tei("build", cwd=edition)  # hung here (the timeout) before
    assert run.returncode == 1
    said = run.stdout + run.stderr  # validation findings go to stdout
    assert f"{where}:1:1: error: cannot read file: it is a named pipe (FIFO)" in said
    assert (edition / "corpus" / "tei" / "good.xml").is_file()


def _special_paths(folder: Path) -> dict[str, str]:
    """Paths that exist on disk (or as links) but are neither files nor folders, with the
    words that must say what they are."""
    (folder / "loop.txt").symlink_to("loop.txt")
    (folder / "dangling.txt").symlink_to("nowhere.txt")
    found = {"loop.txt": "symbolic link that loops", "dangling.txt": "nowhere.txt"}
    if hasattr(os, "mkfifo"):
        os.mkfifo(folder / "pipe.txt")
        found["pipe.txt"] = "not a regular file"
    return found


@pytest.mark.parametrize("command", [["convert", "-o", "out"], ["validate"]])
def test_a_named_input_that_is_no_file_says_what_it_is(tmp_path: Path,
                                                        command: list[str]) -> None:
    for name, words in _special_paths(tmp_path).items():
        result = CliRunner().invoke(app, [command[0], str(tmp_path / name), *command[1:]])
        assert result.exit_code == 2 and words in result.stderr, (name, result.stderr)
    missing = CliRunner().invoke(app, [command[0], str(tmp_path / "none.txt"), *command[1:]])
    assert "no such file or folder" in missing.stderr


@pytest.mark.parametrize("outputs", [["--html", "site"], ["--html", "site", "--text", "text"]])
def test_render_does_not_read_back_what_it_wrote_into_its_input_folder(
        tmp_path: Path, outputs: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    for source in sorted(RENDER.glob("r0*.xml"))[:2]:
        shutil.copy(source, tmp_path)
    monkeypatch.chdir(tmp_path)
    for _ in range(2):
        result = CliRunner().invoke(app, ["render", ".", *outputs])
        assert (result.exit_code, result.stderr) == (0, ""), result.stderr
        assert "rendered 2 documents" in result.stdout


def test_render_of_nothing_but_its_own_output_is_a_usage_error(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copy(sorted(RENDER.glob("r0*.xml"))[0], tmp_path)
    monkeypatch.chdir(tmp_path)
    assert CliRunner().invoke(app, ["render", ".", "--html", "site"]).exit_code == 0
    result = CliRunner().invoke(app, ["render", "site", "--html", "site"])
    assert result.exit_code == 2 and "output" in result.stderr


@pytest.mark.parametrize("template", ['<TEI rend="{}"/>', "<TEI><p>{}</p></TEI>"])
def test_a_value_over_the_parsers_limit_is_a_limit_not_a_hint_to_libxml2(
        template: str) -> None:
    """It read `Resource limit exceeded: Buffer size limit exceeded, try XML_PARSE_HUGE\\n`
    (advice to lxml's caller, and a stray escaped newline)."""
    from tei.xmlio import parse_bytes

    with pytest.raises(InputError) as caught:
        parse_bytes(template.format("a" * 10_000_001).encode(), "long.xml")
    diagnostic = caught.value.diagnostic
    assert diagnostic.rule == "xml-limits" and "10,000,000 characters" in diagnostic.message


def test_syntax_messages_end_without_an_escaped_newline() -> None:
    from tei.xmlio import parse_bytes

    with pytest.raises(InputError) as caught:
        parse_bytes(b"<TEI>\x00</TEI>", "nul.xml")
    assert not caught.value.diagnostic.format().endswith("\\n [xml-syntax]")


@pytest.mark.parametrize(("command", "suffix"), [(["convert", "-o", "out"], ".txt"),
                                                 (["validate"], ".xml")])
def test_a_folders_entry_that_is_no_file_is_named_and_the_rest_is_read(
        tmp_path: Path, command: list[str], suffix: str) -> None:
    """A broken link among a folder's sources was skipped without a word (the batch goes on
    with the others, and a warning names it)."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / f"gone{suffix}").symlink_to(tmp_path / f"nowhere{suffix}")
    source = GOOD if suffix == ".txt" else Path(__file__).parent.parent / "corpus" / "tei" / (
        GOOD.stem + ".xml")
    shutil.copy(source, folder / (source.name if suffix == ".xml" else f"kept{suffix}"))
    options = [str(tmp_path / "out") if arg == "out" else arg for arg in command[1:]]
    result = CliRunner().invoke(app, [command[0], str(folder), *options],
                                catch_exceptions=False)
    assert f"gone{suffix}:1:1: warning: skipped: a symbolic link to" in result.stderr
    assert "[not-a-file]" in result.stderr and result.exit_code == 0, result.stderr
