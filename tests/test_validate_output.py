"""Report formats for CI: JUnit valid against junit-10.xsd, GitHub annotations within
GitHub's limits, the Markdown step summary, and --warn-only."""

from __future__ import annotations

import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import etree
from typer.testing import CliRunner

from tei.cli import app
from tei.diagnostics import Diagnostic, Severity
from tei.validate import validate_paths
from tei.validate.github import annotations, repository_path, step_summary
from tei.validate.model import FileReport, Finding, Layer, Outcome, Report
from tei.validate.output import junit
from tests.test_validate_cli import edition_project

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "validate"
JUNIT_XSD = ROOT / "tests" / "reference" / "junit-10.xsd"
DATELINE = FIXTURES / "invalid" / "dateline-date.xml"
BRACKETS = FIXTURES / "invalid" / "no-brackets.xml"


def run(*args: str | Path, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["validate", *map(str, args)], env=env)
    return result.exit_code, result.stdout, result.stderr


def _file(path: str, errors: int, warnings: int) -> FileReport:
    findings = [Finding(Layer.RULES, Diagnostic(path, n + 1, 2, severity, f"problem {n}", "r"))
                for n, severity in enumerate([Severity.ERROR] * errors
                                             + [Severity.WARNING] * warnings)]
    return FileReport(path, tuple(findings), {Layer.WF: Outcome.PASSED,
                                              Layer.RULES: Outcome.FAILED})


def test_junit_report_is_valid_against_junit_10_xsd_with_times() -> None:
    code, out, _ = run("--format", "junit", DATELINE, FIXTURES / "wf" / "not-well-formed.xml")
    document = etree.fromstring(out.encode())
    schema = etree.XMLSchema(etree.parse(str(JUNIT_XSD)))
    assert schema.validate(document), schema.error_log
    assert code == 1
    wf = document.find("testsuite[@name='wf']")
    assert wf is not None
    assert (wf.get("tests"), wf.get("failures"), wf.get("errors")) == ("2", "1", "0")
    assert all(case.get("time") for case in document.iter("testcase"))
    assert float(document.get("time", "")) > 0


def test_an_unreadable_file_is_a_junit_error_not_a_failure() -> None:
    report = validate_paths([FIXTURES / "missing.xml", DATELINE])
    document = etree.fromstring(junit(report).encode())
    assert etree.XMLSchema(etree.parse(str(JUNIT_XSD))).validate(document)
    assert (document.get("tests"), document.get("failures"), document.get("errors")) == (
        "6", "1", "1")
    assert document.find("testsuite[@name='wf']/testcase/error") is not None


def test_the_junit_xsd_refuses_a_suite_without_errors() -> None:
    schema = etree.XMLSchema(etree.parse(str(JUNIT_XSD)))
    assert not schema.validate(etree.fromstring(
        '<testsuites><testsuite name="wf" tests="1" failures="0"/></testsuites>'))


def test_annotations_stay_within_githubs_limits_and_the_rest_is_counted() -> None:
    report = Report((_file("a.xml", 8, 3), _file("b.xml", 7, 9)), (Layer.WF, Layer.RULES))
    lines = annotations(report, ROOT)
    assert sum(line.startswith("::error ") for line in lines) == 10
    assert sum(line.startswith("::warning ") for line in lines) == 10
    assert sum(": error: problem" in line for line in lines) == 5
    assert sum(": warning: problem" in line for line in lines) == 2
    assert lines[-1] == ("::notice title=tei validate::5 errors, 2 warnings more not annotated: "
                         "GitHub shows at most 10 annotations of each type per step; this log "
                         "lists the others")


def test_paths_are_relative_to_the_repository_root(tmp_path: Path) -> None:
    assert repository_path(str(ROOT / "corpus" / "x.xml"), ROOT) == "corpus/x.xml"
    assert repository_path(str(tmp_path / "x.xml"), ROOT) == str(tmp_path / "x.xml")


def test_step_summary_counts_per_layer_and_links_findings_to_their_lines(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GITHUB_REPOSITORY", "ed/letters")
    monkeypatch.setenv("GITHUB_SHA", "abc123")
    found = FileReport(str(ROOT / "tei" / "a.xml"), (Finding(Layer.RULES, Diagnostic(
        "a.xml", 7, 3, Severity.ERROR, "bad | <p>", "pointer-resolves")),),
        {Layer.WF: Outcome.PASSED, Layer.RULES: Outcome.FAILED})
    text = step_summary(Report((found,), (Layer.WF, Layer.RULES)), "1 file checked", ROOT)
    assert "| wf | 0 | 0 |\n| rules | 1 | 0 |" in text
    assert ("| [tei/a.xml:7](https://github.com/ed/letters/blob/abc123/tei/a.xml#L7) | error "
            "| rules | pointer-resolves | bad \\| &lt;p&gt; |") in text


def test_github_format_appends_the_step_summary(tmp_path: Path) -> None:
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n")
    code, out, _ = run("--format", "github", DATELINE, env={"GITHUB_STEP_SUMMARY": str(summary)})
    assert code == 1
    assert out.startswith("::error file=tests/fixtures/validate/invalid/dateline-date.xml,"
                          "line=81,col=13,")
    text = summary.read_text()
    assert text.startswith("earlier step\n## tei validate\n")
    assert "| rules | 1 | 0 |" in text


def test_warn_only_reports_errors_and_exits_0() -> None:
    code, out, _ = run("--warn-only", DATELINE)
    assert code == 0
    assert "[dateline-date]" in out and "1 invalid" in out


def test_annotation_paths_follow_the_git_root_not_the_working_directory(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    (tmp_path / "tei").mkdir()
    (tmp_path / "tei" / BRACKETS.name).write_bytes(BRACKETS.read_bytes())
    monkeypatch.chdir(edition_project(tmp_path) / "tei")
    code, out, _ = run("--format", "github", BRACKETS.name)
    assert code == 0
    assert out.startswith(f"::warning file=tei/{BRACKETS.name},line=77,col=13,")


def test_a_folder_run_writing_its_junit_report_into_the_folder_skips_the_report(
        tmp_path: Path) -> None:
    (edition_project(tmp_path) / BRACKETS.name).write_bytes(BRACKETS.read_bytes())
    command = f"{shlex.quote(sys.executable)} -m tei validate . --format junit > junit.xml"
    done = subprocess.run(command, shell=True, cwd=tmp_path, capture_output=True, text=True,
                          check=False)
    assert done.returncode == 0
    assert done.stderr == ("junit.xml: note: the report this run is writing (standard output); "
                           "skipped\n")
    report = etree.parse(str(tmp_path / "junit.xml"))
    assert report.getroot().get("tests") == "3"
