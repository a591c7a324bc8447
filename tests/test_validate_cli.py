"""`tei validate` on the command line: inputs, output formats, exit codes, git and -j."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from lxml import etree
from typer.testing import CliRunner

from tei.cli import app

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "validate"
VALID = FIXTURES / "valid" / "telegram.xml"
BRACKETS = FIXTURES / "invalid" / "no-brackets.xml"
DATELINE = FIXTURES / "invalid" / "dateline-date.xml"


def run(*args: str | Path) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["validate", *map(str, args)])
    return result.exit_code, result.stdout, result.stderr


def edition_project(folder: Path) -> Path:
    """Make `folder` an edition project (as `tei init` does: corpus/edition.toml)."""
    (folder / "corpus").mkdir(parents=True, exist_ok=True)
    (folder / "corpus" / "edition.toml").write_text("")
    return folder


def test_valid_file_exits_0_with_a_summary() -> None:
    assert run(VALID) == (0, "1 file checked (wf, grammar, rules): 1 valid, 0 invalid; "
                             "0 errors, 0 warnings\n", "")


def test_findings_are_printed_one_per_line_and_errors_exit_1() -> None:
    code, out, _ = run(VALID, DATELINE)
    assert code == 1
    assert out.splitlines() == [
        f"{DATELINE}:81:13: error: The dateline gives 1951-07-07, but correspDesc says the "
        "document was sent 1951-07-05; they must agree. [dateline-date]",
        "2 files checked (wf, grammar, rules): 1 valid, 1 invalid; 1 error (rules 1), "
        "0 warnings"]


def test_warnings_fail_only_with_strict() -> None:
    assert run(BRACKETS)[0] == 0
    code, out, _ = run("--strict", BRACKETS)
    assert code == 1
    assert out.endswith("0 valid, 1 invalid; 0 errors, 1 warning\n")


def test_folders_and_globs_are_expanded(tmp_path: Path) -> None:
    shutil.copytree(FIXTURES / "valid", tmp_path / "valid")
    (tmp_path / "valid" / "notes.txt").write_text("not XML")
    assert run(tmp_path / "valid")[1].startswith("3 files checked")
    assert run(f"{tmp_path}/valid/m*.xml")[1].startswith("1 file checked")


@pytest.mark.parametrize(("args", "message"), [
    (("nowhere.xml",), "tei: nowhere.xml: no such file or folder\n"),
    (("--layers", "grammar,spelling", VALID),
     "tei: unknown layer spelling: choose from wf, grammar, rules, tei-all, schematron, "
     "corpus\n"),
    (("--rules", "root-id,rooot-id", VALID),
     "tei: unknown rule rooot-id: see the rule ids in the README (Validating TEI) or in the "
     "brackets of findings\n"),
    (("--layers", "schematron", VALID), "tei: the schematron layer needs --schematron FILE\n"),
    (("--schematron", "missing.sch", VALID),
     "tei: missing.sch: --schematron needs an existing Schematron file\n"),
    (("--changed-since", "HEAD", "nowhere"), "tei: nowhere: no such file or folder\n"),
    (("--tei-all", "-j", "2", VALID),
     "tei: --tei-all took -j for its PATH: give the schema (--tei-all PATH), or put --tei-all "
     "after the other options, just before the files\n"),
    (("--tei-all", "missing.rng", VALID),
     "tei: missing.rng: --tei-all needs an existing TEI schema file (.rng or .xsd)\n"),
])
def test_usage_errors_exit_2(args: tuple[str, ...], message: str) -> None:
    code, out, err = run(*args)
    assert (code, out, err) == (2, "", message)


def test_without_paths_outside_an_edition_is_a_usage_error(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert run() == (2, "", "tei: give files, folders or glob patterns to validate "
                     "(or --changed-since REV), or run it in an edition project\n")


def test_without_paths_in_an_edition_its_corpus_is_validated(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "corpus" / "sub").mkdir(parents=True)
    (tmp_path / "corpus" / "edition.toml").write_text("")
    shutil.copytree(FIXTURES / "valid", tmp_path / "corpus" / "tei")
    monkeypatch.chdir(tmp_path / "corpus" / "sub")
    code, out, _ = run()
    assert code == 0 and out.startswith("3 files checked")
    monkeypatch.chdir(FIXTURES)
    assert run("--edition", tmp_path)[1].startswith("3 files checked")


def test_json_report() -> None:
    code, out, _ = run("--format", "json", VALID, BRACKETS)
    report = json.loads(out)
    assert code == 0
    assert report["summary"] | {"text": ""} == {
        "files": 2, "invalid": 0, "errors": 0, "warnings": 1,
        "layers": ["wf", "grammar", "rules"], "strict": False, "text": ""}
    assert report["files"][1] == {
        "path": str(BRACKETS), "valid": True,
        "layers": {"wf": "passed", "grammar": "passed", "rules": "passed"},
        "unlisted": 0,
        "findings": [{"layer": "rules", "rule": "no-brackets", "severity": "warning",
                      "line": 77, "col": 13,
                      "message": 'Square bracket left in the text: "Both sides cease fire '
                                 '[along the 38th parallel]."; encode what the brackets mark '
                                 "as supplied or gap (the editions print the brackets)."}]}


def test_junit_report_has_one_suite_per_layer_and_one_case_per_file() -> None:
    broken = FIXTURES / "wf" / "not-well-formed.xml"
    code, out, _ = run("--format", "junit", VALID, DATELINE, broken)
    root = etree.fromstring(out.encode())
    assert code == 1
    assert [(s.get("name"), s.get("tests"), s.get("failures"), s.get("skipped"))
            for s in root] == [("wf", "3", "1", "0"), ("grammar", "3", "0", "1"),
                               ("rules", "3", "1", "1")]
    failure = root.find("testsuite[@name='rules']/testcase/failure")
    assert failure is not None
    assert failure.get("type") == "dateline-date"
    assert failure.text is not None and failure.text.startswith(f"{DATELINE}:81:13: error:")


def test_github_annotations_escape_properties_and_data() -> None:
    code, out, _ = run("--format", "github", BRACKETS)
    annotation, summary = out.splitlines()
    assert code == 0
    assert annotation.startswith(f"::warning file={BRACKETS.relative_to(ROOT)},line=77,col=13,"
                                 "title=tei validate [no-brackets]::Square bracket")
    assert summary.startswith("1 file checked")


def test_parallel_run_reports_exactly_what_a_serial_run_does() -> None:
    inputs = [FIXTURES / "invalid", FIXTURES / "valid", FIXTURES / "wf"]
    serial = run(*inputs)
    assert run("-j", "2", *inputs) == serial
    assert serial[0] == 1


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.invalid", *args],
                   cwd=repo, check=True, capture_output=True)


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_changed_since_validates_only_changed_tei_files(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    tei = tmp_path / "corpus" / "tei"
    tei.mkdir(parents=True)
    shutil.copy(VALID, tei / "telegram.xml")
    shutil.copy(FIXTURES / "valid" / "minimal.xml", tei / "minimal.xml")
    _git(tmp_path, "init", "-q")
    _git(tmp_path, "add", ".")
    _git(tmp_path, "commit", "-q", "-m", "corpus")
    late = VALID.read_text().replace('"1951-07-05">5 July 1951</date></dateline>',
                                     '"1951-07-07">7 July 1951</date></dateline>')
    (tei / "telegram.xml").write_text(late)
    (tmp_path / "pom.xml").write_text('<project xmlns="http://maven.apache.org/POM/4.0.0"/>')
    (tei / "new.xml").write_text((FIXTURES / "grammar" / "stray-text.xml").read_text())
    edition_project(tmp_path)
    monkeypatch.chdir(tmp_path)
    code, out, err = run("--changed-since", "HEAD")
    assert code == 1
    assert out.splitlines()[-1].startswith("2 files checked")
    assert out.startswith("corpus/tei/new.xml:23:9: error: <div> may not contain text")
    assert "corpus/tei/telegram.xml:81:13: error: The dateline gives 1951-07-07" in out
    assert err == ("pom.xml: note: not a TEI document (its root element is not in the TEI "
                   "namespace); skipped\n")
    assert run("--changed-since", "HEAD", "corpus/tei/minimal.xml")[1].startswith(
        "0 files checked")
    assert run("--changed-since", "no-such-rev")[0] == 2


@pytest.mark.parametrize("args", [
    ("--tei-all", VALID), (VALID, "--tei-all=" + str(ROOT / "schemas" / "official" /
                                                     "tei_all.rng")),
    ("--layers", "wf,tei-all", DATELINE)])
def test_tei_all_without_a_path_uses_the_shipped_schema(args: tuple[str | Path, ...]) -> None:
    code, out, err = run(*args)
    assert (code, err) == (0, "")
    assert out.startswith("1 file checked (wf, ")
    assert "tei-all): 1 valid" in out


def test_the_shipped_tei_all_reports_every_error_at_its_element(tmp_path: Path) -> None:
    """Each misspelt <persname> (not only the first) and the impossible date, as jing does."""
    broken = tmp_path / "broken.xml"
    text = VALID.read_text(encoding="utf-8")
    text = text.replace("persName", "persname").replace('when="', 'when="1950-13-25" x="', 1)
    broken.write_text(text, encoding="utf-8")
    code, out, _ = run("--layers", "wf,tei-all", "--tei-all", broken)
    assert code == 1
    assert out.splitlines()[:3] == [
        f"{broken}:34:11: error: <persname> is not a TEI element (in this schema) [tei-all]",
        f'{broken}:36:17: error: when="1950-13-25": "1950-13-25" is not a valid value here '
        "(write a real date: YYYY-MM-DD, YYYY-MM, YYYY, --MM-DD or YYYY-MM-DDThh:mm:ss) "
        "[tei-all]",
        f"{broken}:36:35: error: <date>: attribute x is not allowed here [tei-all]"]
    assert out.count("<persname> is not a TEI element") == 8


def test_an_unusable_official_schema_stops_the_run_with_exit_2(tmp_path: Path) -> None:
    schema = tmp_path / "broken.rng"
    schema.write_text('<grammar xmlns="http://relaxng.org/ns/structure/1.0">'
                      '<start><ref name="missing"/></start></grammar>')
    code, out, err = run("--tei-all", schema, VALID)
    assert (code, out) == (2, "")
    assert err.startswith(f"tei: {schema}:1:1: error: cannot use this TEI schema: ")
    assert err.endswith("[tei-all]\n")


def test_a_folder_run_skips_its_own_junit_report_and_other_xml(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copy(VALID, tmp_path / "telegram.xml")
    (tmp_path / "pom.xml").write_text('<project xmlns="http://maven.apache.org/POM/4.0.0"/>')
    monkeypatch.chdir(edition_project(tmp_path))
    code, out, _ = run(".", "--format", "junit")
    assert code == 0
    (tmp_path / "junit.xml").write_text(out)
    code, out, err = run(".")
    assert (code, out) == (0, "1 file checked (wf, grammar, rules): 1 valid, 0 invalid; "
                              "0 errors, 0 warnings\n")
    assert err == "".join(f"{name}: note: not a TEI document (its root element is not in the "
                          "TEI namespace); skipped\n" for name in ("junit.xml", "pom.xml"))
