"""`tei import` and `tei register import` on the command line: files written, the JSON
report, diagnostics on stderr and exit codes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tei import resources
from tei.cli import app
from tests.conftest import FIXTURES

IMPORT = FIXTURES / "import"


def run(*args: str | Path) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(map(str, args)))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture()
def register(tmp_path: Path) -> Path:
    folder = tmp_path / "register"
    shutil.copytree(resources.register_dir(), folder)
    return folder


def test_import_writes_documents_and_a_report(tmp_path: Path, register: Path) -> None:
    out, report = tmp_path / "tei", tmp_path / "import.json"
    code, _, err = run("import", IMPORT / "letter.xml", "-o", out, "--register", register,
                       "--report", report)
    assert (code, err) == (0, "tei import: 1 file: 1 written, 0 unchanged, 0 failed; "
                              "1 register entry added\n")
    data = json.loads(report.read_text(encoding="utf-8"))
    (document,) = data["documents"]
    assert (document["outcome"], document["target"], document["licence"]) == (
        "written", str(out / "letter.xml"), "CC BY 4.0")
    assert document["mapped"]["label -> first words of its item"] == 2
    assert data["register"] == {"persons.xml": ["per-ada-testperson"]}


def test_a_file_left_out_is_a_diagnostic_line_and_exit_1(tmp_path: Path,
                                                          register: Path) -> None:
    code, _, err = run("import", IMPORT / "not-tei.xml", IMPORT / "letter.xml",
                       "-o", tmp_path / "tei", "--register", register)
    assert code == 1
    assert err.splitlines() == [
        f"{IMPORT / 'not-tei.xml'}:2:1: error: not a TEI document with a text (root TEI in "
        "the TEI namespace, holding text) [import-not-tei]",
        "tei import: 2 files: 1 written, 0 unchanged, 1 failed; 1 register entry added"]


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert run("import", tmp_path / "missing.xml")[0] == 2
    assert run("import", IMPORT / "letter.xml", "--register", tmp_path / "none")[0] == 2
    assert run("register", "import", tmp_path / "missing.xml")[0] == 2


def test_register_import_prints_a_line_per_entry(tmp_path: Path, register: Path) -> None:
    report = tmp_path / "merge.json"
    code, out, err = run("register", "import", IMPORT / "listperson.xml", "--register",
                         register, "--report", report)
    assert code == 0
    assert out.splitlines()[:2] == [
        "authority\tper-joseph-stalin\tJosef Stalin (wikidata:Q855)",
        "added\tper-ada-testperson\tAda Testperson (gnd:123456789X)"]
    assert err == "tei register import: 6 entries: 3 added\n"
    assert json.loads(report.read_text(encoding="utf-8"))["register"]["orgs.xml"] == [
        "org-test-society"]


def test_register_import_of_a_broken_file_exits_1(register: Path) -> None:
    code, _, err = run("register", "import", IMPORT / "broken.xml", "--register", register)
    assert code == 1 and "error: not well-formed XML" in err
