"""Report formats: text, JSON, JUnit XML (CI test reports) and GitHub workflow annotations."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable

from lxml import etree

from tei.diagnostics import Severity, display_path, one_line
from tei.validate.github import github as annotate
from tei.validate.github import unlisted, write_summary
from tei.validate.model import FileReport, Layer, Outcome, Report


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


# What an XML attribute or text cannot hold once `one_line` has escaped control characters,
# and what UTF-8 cannot encode (a file name's undecodable byte, as Python decodes it).
_NOT_XML = re.compile("[\ufffe\uffff]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _escaped(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def _xml_safe(text: str) -> str:
    """`text` (diagnostics, a file name passed through `one_line`) as XML can hold it,
    escaped as the text report prints it (`a\\x01b.xml`, `\\ufffe`)."""
    return _NOT_XML.sub(_escaped, text)


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
    # a lone surrogate (an undecodable byte of a file name) written as the escape JSON has
    return _SURROGATE.sub(_escaped, json.dumps(document, ensure_ascii=False, indent=2)) + "\n"


def _seconds(value: float) -> str:
    return f"{value:.3f}"


def _testcase(suite: etree._Element, file: FileReport, layer: Layer, strict: bool) -> str:
    """Add one test case (a file in a layer); return its result: failed, error (the file
    could not be read), skipped or passed."""
    case = etree.SubElement(suite, "testcase", name=_xml_safe(one_line(file.path)),
                            classname=f"tei.validate.{layer}",
                            time=_seconds(file.seconds.get(layer, 0.0)))
    findings = [f for f in file.findings if f.layer is layer]
    failing = {Severity.ERROR, Severity.WARNING} if strict else {Severity.ERROR}
    bad = [f for f in findings if f.severity in failing]
    total = sum(file.count(severity, layer) for severity in failing)
    result = "passed"
    if file.outcomes.get(layer) is Outcome.SKIPPED:
        etree.SubElement(case, "skipped", message="the file is not well-formed XML")
        result = "skipped"
    elif total:
        result = "error" if file.unreadable else "failed"
        failure = etree.SubElement(case, "error" if file.unreadable else "failure",
                                   type=bad[0].diagnostic.rule if bad else "",
                                   message=f"{_plural(total, 'finding')} in layer {layer}")
        failure.text = _xml_safe("\n".join([f.diagnostic.format() for f in bad]
                                           + ([unlisted(file)] if total > len(bad) else [])))
    others = [f for f in findings if f not in bad]
    if others:
        etree.SubElement(case, "system-out").text = _xml_safe("\n".join(
            f.diagnostic.format() for f in others))
    return result


def junit(report: Report, strict: bool = False) -> str:
    """JUnit XML (valid against junit-10.xsd): one test suite per layer, one test case per
    file, with the seconds each took; an unreadable file is an error, not a failure."""
    root = etree.Element("testsuites", name="tei validate")
    totals: Counter[str] = Counter()
    for layer in report.layers:
        suite = etree.SubElement(root, "testsuite", name=str(layer))
        files = [f for f in report.files if layer in f.outcomes]
        results = Counter(_testcase(suite, file, layer, strict) for file in files)
        seconds = sum(file.seconds.get(layer, 0.0) for file in files)
        for name, value in (("tests", len(files)), ("failures", results["failed"]),
                            ("errors", results["error"]), ("skipped", results["skipped"])):
            suite.set(name, str(value))
        suite.set("time", _seconds(seconds))
        totals.update(tests=len(files), failures=results["failed"], errors=results["error"])
        totals["ms"] += round(seconds * 1000)
    for name in ("tests", "failures", "errors"):
        root.set(name, str(totals[name]))
    root.set("time", _seconds(totals["ms"] / 1000))
    return etree.tostring(root, encoding="UTF-8", xml_declaration=True,
                          pretty_print=True).decode()


def github(report: Report, strict: bool = False) -> str:
    """GitHub Actions workflow commands (annotations on the pull request), then the summary."""
    return annotate(report, summary(report, strict))


def write_step_summary(report: Report, strict: bool = False) -> None:
    """Append a Markdown summary of the run to `$GITHUB_STEP_SUMMARY` when it is set."""
    write_summary(report, summary(report, strict))


RENDERERS: dict[str, Callable[[Report, bool], str]] = {
    "text": text, "json": as_json, "junit": junit, "github": github}
