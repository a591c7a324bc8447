"""GitHub Actions output: annotations within GitHub's limits and a Markdown step summary.

GitHub shows at most 10 annotations of each type (error, warning, notice) per step and 50
per job. The first 10 errors and 10 warnings become annotations on the pull request's
lines; the others are printed as plain log lines and counted in one closing notice. Paths
are relative to the repository root, which is what annotations need to find the file.
"""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

from tei.diagnostics import Diagnostic, Severity, display_path, one_line
from tei.validate.model import MAX_FINDINGS, FileReport, Report
from tei.validate.selection import repository_root

ANNOTATIONS_PER_TYPE = 10
SUMMARY_ROWS = 200
_COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")


def repository_path(path: str, root: Path) -> str:
    """`path` relative to the repository root (as given when it lies outside it)."""
    resolved = Path(path).resolve()
    return resolved.relative_to(root).as_posix() if resolved.is_relative_to(root) else path


def _annotation(d: Diagnostic, path: str) -> str:
    properties = (f"file={_escape_property(path)},line={d.line},col={d.col},"
                  f"title={_escape_property(f'tei validate [{d.rule}]')}")
    return f"::{_COMMANDS[d.severity]} {properties}::{_escape_data(d.message)}"


def _not_annotated(count: Counter[Severity]) -> str:
    parts = ", ".join(f"{count[s]} {_COMMANDS[s]}{'s' if count[s] != 1 else ''}"
                      for s in Severity if count[s])
    return (f"::notice title=tei validate::{parts} more not annotated: GitHub shows at most "
            f"{ANNOTATIONS_PER_TYPE} annotations of each type per step; this log lists the "
            "others")


def annotations(report: Report, root: Path) -> list[str]:
    """One workflow command per finding up to GitHub's limits, then plain lines, and a notice
    counting the findings that are not annotated (one notice is kept for it)."""
    room = {Severity.ERROR: ANNOTATIONS_PER_TYPE, Severity.WARNING: ANNOTATIONS_PER_TYPE,
            Severity.INFO: ANNOTATIONS_PER_TYPE - 1}
    lines: list[str] = []
    left_out: Counter[Severity] = Counter()
    for file in report.files:
        path = repository_path(file.path, root)
        for finding in file.findings:
            d = finding.diagnostic
            if room[d.severity]:
                room[d.severity] -= 1
                lines.append(_annotation(d, path))
            else:
                left_out[d.severity] += 1
                lines.append(Diagnostic(path, d.line, d.col, d.severity, d.message,
                                        d.rule).format())
        for omitted in file.omitted:
            left_out[omitted.severity] += omitted.count
        if file.unlisted:
            lines.append(f"{display_path(path)}: {unlisted(file)}")
    if left_out:
        lines.append(_not_annotated(left_out))
    return lines


def unlisted(file: FileReport) -> str:
    """What a file's report leaves out: `... and 19,000 more findings not listed (...)`."""
    return (f"... and {file.unlisted:,} more {'finding' if file.unlisted == 1 else 'findings'} "
            f"not listed (at most {MAX_FINDINGS:,} are listed per file)")


def _cell(text: str) -> str:
    """Text safe in a Markdown table cell."""
    return (one_line(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("|", "\\|"))


def _link(path: str, line: int) -> str:
    """`path:line`, linked to the line on GitHub when the run tells the repository."""
    shown = _cell(f"{path}:{line}")
    repository, commit = os.environ.get("GITHUB_REPOSITORY"), os.environ.get("GITHUB_SHA")
    if not repository or not commit:
        return shown
    server = os.environ.get("GITHUB_SERVER_URL", "https://github.com")
    return f"[{shown}]({server}/{repository}/blob/{commit}/{path}#L{line})"


def _layer_table(report: Report) -> list[str]:
    rows = [f"| {layer} | {report.count(Severity.ERROR, layer)} | "
            f"{report.count(Severity.WARNING, layer)} |" for layer in report.layers]
    return ["| layer | errors | warnings |", "| --- | ---: | ---: |", *rows]


def _finding_rows(files: tuple[FileReport, ...], root: Path) -> list[str]:
    rows = []
    for file in files:
        path = repository_path(file.path, root)
        rows += [f"| {_link(path, f.diagnostic.line)} | {f.severity} | {f.layer} | "
                 f"{_cell(f.diagnostic.rule)} | {_cell(f.diagnostic.message)} |"
                 for f in file.findings]
    return rows


def step_summary(report: Report, summary_line: str, root: Path) -> str:
    """The run as Markdown: files, errors and warnings per layer, and the findings."""
    rows = _finding_rows(report.files, root)
    lines = ["## tei validate", "", _cell(summary_line), "", *_layer_table(report), ""]
    if rows:
        lines += ["| where | severity | layer | rule | message |",
                  "| --- | --- | --- | --- | --- |", *rows[:SUMMARY_ROWS], ""]
    unlisted = len(rows) - SUMMARY_ROWS + sum(file.unlisted for file in report.files)
    if unlisted > 0:
        lines += [f"... and {unlisted:,} more findings (see the log).", ""]
    return "\n".join(lines) + "\n"


def write_summary(report: Report, summary_line: str) -> None:
    """Append the step summary to `$GITHUB_STEP_SUMMARY` when the variable is set."""
    target = os.environ.get("GITHUB_STEP_SUMMARY")
    if target:
        with open(target, "a", encoding="utf-8") as handle:
            handle.write(step_summary(report, summary_line, repository_root(Path.cwd())))


def github(report: Report, summary_line: str) -> str:
    """The annotations and log lines, then the summary line."""
    return "\n".join([*annotations(report, repository_root(Path.cwd())), summary_line]) + "\n"
