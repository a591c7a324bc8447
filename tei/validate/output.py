"""Report formats: text, JSON, JUnit XML (CI test reports) and GitHub workflow annotations."""

from __future__ import annotations

import json
from collections.abc import Callable

from lxml import etree

from tei.diagnostics import Severity, display_path
from tei.validate.model import MAX_FINDINGS, FileReport, Layer, Outcome, Report


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def summary(report: Report, strict: bool = False) -> str:
    """One line: files checked, valid and invalid, errors per layer, warnings."""
    total = len(report.files)
    invalid = len(report.failed(strict))
    errors = report.count(Severity.ERROR)
    per_layer = ", ".join(f"{layer} {report.count(Severity.ERROR, layer)}"
                          for layer in report.layers if report.count(Severity.ERROR, layer))
    layers = ", ".join(report.layers)
    return (f"{_plural(total, 'file')} checked ({layers}): {total - invalid} valid, "
            f"{invalid} invalid; {_plural(errors, 'error')}"
            f"{f' ({per_layer})' if per_layer else ''}, "
            f"{_plural(report.count(Severity.WARNING), 'warning')}")


def unlisted(file: FileReport) -> str:
    """What a file's report leaves out: `... and 19,000 more findings not listed (...)`."""
    return (f"... and {file.unlisted:,} more {'finding' if file.unlisted == 1 else 'findings'} "
            f"not listed (at most {MAX_FINDINGS:,} are listed per file)")


def _file_lines(file: FileReport) -> list[str]:
    lines = [f.diagnostic.format() for f in file.findings]
    if file.unlisted:
        lines.append(f"{display_path(file.path)}: {unlisted(file)}")
    return lines


def text(report: Report, strict: bool = False) -> str:
    """One `path:line:col: severity: message [rule]` line per finding (and a line counting
    those not listed), then the summary."""
    lines = [line for file in report.files for line in _file_lines(file)]
    return "\n".join([*lines, summary(report, strict)]) + "\n"


def _file_json(file: FileReport, strict: bool) -> dict[str, object]:
    return {
        "path": file.path,
        "valid": file.passed(strict),
        "layers": {str(layer): str(outcome) for layer, outcome in file.outcomes.items()},
        "unlisted": file.unlisted,
        "findings": [{"layer": str(f.layer), "rule": f.diagnostic.rule,
                      "severity": str(f.severity), "line": f.diagnostic.line,
                      "col": f.diagnostic.col, "message": f.diagnostic.message}
                     for f in file.findings],
    }


def as_json(report: Report, strict: bool = False) -> str:
    """The whole report as a JSON document."""
    document = {
        "summary": {"files": len(report.files),
                    "invalid": len(report.failed(strict)),
                    "errors": report.count(Severity.ERROR),
                    "warnings": report.count(Severity.WARNING),
                    "layers": [str(layer) for layer in report.layers],
                    "strict": strict,
                    "text": summary(report, strict)},
        "files": [_file_json(file, strict) for file in report.files],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _testcase(suite: etree._Element, file: FileReport, layer: Layer, strict: bool) -> bool:
    """Add one test case (a file in a layer); return whether it failed."""
    case = etree.SubElement(suite, "testcase", name=file.path, classname=f"tei.validate.{layer}")
    findings = [f for f in file.findings if f.layer is layer]
    failing = {Severity.ERROR, Severity.WARNING} if strict else {Severity.ERROR}
    bad = [f for f in findings if f.severity in failing]
    total = sum(file.count(severity, layer) for severity in failing)
    if file.outcomes.get(layer) is Outcome.SKIPPED:
        etree.SubElement(case, "skipped", message="the file is not well-formed XML")
    elif total:
        failure = etree.SubElement(case, "failure", type=bad[0].diagnostic.rule if bad else "",
                                   message=f"{_plural(total, 'finding')} in layer {layer}")
        failure.text = "\n".join([f.diagnostic.format() for f in bad]
                                 + ([unlisted(file)] if total > len(bad) else []))
    others = [f for f in findings if f not in bad]
    if others:
        etree.SubElement(case, "system-out").text = "\n".join(
            f.diagnostic.format() for f in others)
    return bool(total)


def junit(report: Report, strict: bool = False) -> str:
    """JUnit XML: one test suite per layer, one test case per file."""
    root = etree.Element("testsuites", name="tei validate")
    failures = 0
    for layer in report.layers:
        suite = etree.SubElement(root, "testsuite", name=str(layer))
        files = [f for f in report.files if layer in f.outcomes]
        failed = sum(_testcase(suite, file, layer, strict) for file in files)
        skipped = sum(1 for f in files if f.outcomes[layer] is Outcome.SKIPPED)
        suite.set("tests", str(len(files)))
        suite.set("failures", str(failed))
        suite.set("skipped", str(skipped))
        failures += failed
    root.set("tests", str(sum(int(s.get("tests", "0")) for s in root)))
    root.set("failures", str(failures))
    return etree.tostring(root, encoding="UTF-8", xml_declaration=True,
                          pretty_print=True).decode()


def _escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")


def github(report: Report, strict: bool = False) -> str:
    """GitHub Actions workflow commands (annotations on the pull request), then the summary."""
    lines = []
    for file in report.files:
        for finding in file.findings:
            d = finding.diagnostic
            command = "error" if d.severity is Severity.ERROR else (
                "warning" if d.severity is Severity.WARNING else "notice")
            properties = (f"file={_escape_property(d.path)},line={d.line},col={d.col},"
                          f"title={_escape_property(f'tei validate [{d.rule}]')}")
            lines.append(f"::{command} {properties}::{_escape_data(d.message)}")
        if file.unlisted:
            lines.append(f"::notice file={_escape_property(file.path)}::"
                         f"{_escape_data(unlisted(file))}")
    return "\n".join([*lines, summary(report, strict)]) + "\n"


RENDERERS: dict[str, Callable[[Report, bool], str]] = {
    "text": text, "json": as_json, "junit": junit, "github": github}
