"""The pre-commit hook in a fresh edition repository: a Maven `pom.xml` and a JUnit report
are not TEI and are skipped; only the broken TEI file fails the commit.

pre-commit itself needs the network to build the hook's environment, so the test does what
pre-commit does with `.pre-commit-hooks.yaml`: it takes the staged files that match the
hook's `files` pattern and runs the hook's `entry` with them as arguments, from the
repository's root.
"""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.test_validate_cli import edition_project

ROOT = Path(__file__).resolve().parent.parent
HOOKS = ROOT / ".pre-commit-hooks.yaml"
BROKEN = ROOT / "tests" / "fixtures" / "validate" / "wf" / "not-well-formed.xml"
VALID = ROOT / "tests" / "fixtures" / "validate" / "valid" / "minimal.xml"


def _git(repo: Path, *args: str) -> str:
    done = subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.org", *args],
                          cwd=repo, check=True, capture_output=True, text=True)
    return done.stdout


def _run_hook(repo: Path, hook_id: str) -> subprocess.CompletedProcess[str]:
    """Run a hook as pre-commit would on the staged files (entry + args + matching files)."""
    hook = next(h for h in yaml.safe_load(HOOKS.read_text()) if h["id"] == hook_id)
    staged = _git(repo, "diff", "--cached", "--name-only", "-z").split("\0")
    files = sorted(name for name in staged if name and re.search(hook["files"], name))
    entry = shlex.split(hook["entry"])
    command = [sys.executable, "-m", "tei", *entry[1:]] if entry[0] == "tei" else entry
    return subprocess.run([*command, *hook.get("args", []), *files], cwd=repo,
                          capture_output=True, text=True, check=False)


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_the_hook_reports_only_the_tei_error_in_an_edition_with_other_xml(
        tmp_path: Path) -> None:
    _git(tmp_path, "init", "-q")
    edition_project(tmp_path)
    (tmp_path / "pom.xml").write_text(
        '<?xml version="1.0"?>\n<project xmlns="http://maven.apache.org/POM/4.0.0">'
        "<modelVersion>4.0.0</modelVersion></project>\n")
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "junit.xml").write_text('<testsuites name="earlier run"/>\n')
    (tmp_path / "letters").mkdir()
    shutil.copy(BROKEN, tmp_path / "letters" / "not-well-formed.xml")
    shutil.copy(VALID, tmp_path / "letters" / "minimal.xml")
    _git(tmp_path, "add", ".")
    done = _run_hook(tmp_path, "tei-validate")
    assert done.returncode == 1
    assert done.stdout.splitlines() == [
        "letters/not-well-formed.xml:24:51: error: not well-formed XML: <hi> (opened on line 24) "
        "is not closed: </p> comes first; add </hi> where it ends [xml-syntax]",
        "2 files checked (wf, grammar, rules): 1 valid, 1 invalid; 1 error (wf 1), 0 warnings"]
    assert done.stderr.splitlines() == [
        f"{name}: note: not a TEI document (its root element is not in the TEI namespace); "
        "skipped" for name in ("pom.xml", "reports/junit.xml")]
