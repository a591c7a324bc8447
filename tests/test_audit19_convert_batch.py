"""Audit of `tei.convert.batch` (the batch `tei convert` and `tei build` run): two sources
with the same stem (`a/x.txt` and `b/x.txt`, or one folder holding both as `x.txt` and
`sub/x.txt`) make the same `OUT/x.xml`. The second used to overwrite the first silently
(both counted `written`, each re-run flipping the file between them, and a race with
`-j 2`); now the first is converted and each later one fails naming it (`[same-output]`)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tei.convert.batch import convert_files
from tests.cases import RAW

GOOD = RAW / "003_982820db07093d93.txt"


def _two_of_a_stem(tmp_path: Path) -> tuple[Path, Path]:
    first, second = tmp_path / "raw" / "a.txt", tmp_path / "raw" / "sub" / "a.txt"
    second.parent.mkdir(parents=True)
    text = GOOD.read_text(encoding="utf-8")
    first.write_text(text, encoding="utf-8")
    second.write_text(text.replace("\n\n", "\n\nSECOND COPY\n\n", 1), encoding="utf-8")
    return first, second


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_second_source_with_the_same_stem_fails_and_the_first_is_kept(
        tmp_path: Path, jobs: int) -> None:
    first, second = _two_of_a_stem(tmp_path)
    out = tmp_path / "tei"
    for _ in range(2):  # a re-run gives the same outcome and leaves the first's file alone
        results = convert_files([first, second], out, jobs=jobs)
        assert [r.outcome for r in results][1] == "failed"
        assert results[0].outcome in ("written", "unchanged")
        (diagnostic,) = results[1].diagnostics
        assert diagnostic.rule == "same-output" and diagnostic.path == str(second)
        assert str(first) in diagnostic.message and "a.xml" in diagnostic.message
        assert "SECOND COPY" not in (out / "a.xml").read_text(encoding="utf-8")
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == ["a.xml"]


def test_the_cli_counts_the_clash_as_a_failure(tmp_path: Path) -> None:
    _two_of_a_stem(tmp_path)
    run = subprocess.run([sys.executable, "-m", "tei", "convert", str(tmp_path / "raw"),
                          "-o", str(tmp_path / "tei"), "-q"], capture_output=True, text=True,
                         timeout=120, cwd=tmp_path)
    assert run.returncode == 1
    assert "[same-output]" in run.stderr and "1 written, 0 unchanged, 1 failed" in run.stderr


def test_different_stems_in_different_folders_are_all_converted(tmp_path: Path) -> None:
    first, second = _two_of_a_stem(tmp_path)
    third = second.with_name("b.txt")
    second.rename(third)
    results = convert_files([first, third], tmp_path / "tei")
    assert [r.outcome for r in results] == ["written", "written"]
