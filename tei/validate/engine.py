"""Run the validation layers on files, serially or in a process pool.

A `Validator` compiles our grammar and rules once (and an official TEI schema on first use)
and then checks any number of files. `iter_validate` reuses one Validator per process: the
pool's initializer builds it in each worker (forkserver or spawn start method).
"""

from __future__ import annotations

import multiprocessing
import re
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from lxml import etree

from tei.diagnostics import Diagnostic, InputError, Severity
from tei.resources import schemas_dir
from tei.validate.grammar import Grammar, OfficialSchema, SchemaIssue
from tei.validate.locate import SourceMap
from tei.validate.model import FileReport, Finding, Layer, Options, Outcome, Report
from tei.validate.schematron import SchematronError, SchematronRules
from tei.workspace import die_with_parent
from tei.xmlio import parse_bytes, read_bytes

_DUPLICATE_ID = re.compile(r"^not well-formed XML: ID (\S+) already defined")


class SchemaUnavailable(Exception):
    """A schema needed for the run cannot be loaded: the whole run stops."""


class Validator:
    """Compiled schemas and rules for the layers `options` asks for."""

    def __init__(self, options: Options | None = None) -> None:
        self.options = options or Options()
        folder = schemas_dir()
        runs = self.options.runs
        self.grammar = (Grammar(folder / "telegrams.rng", folder / "telegrams.xsd")
                        if runs(Layer.GRAMMAR) else None)
        self.rules = SchematronRules(folder / "telegrams.sch") if runs(Layer.RULES) else None
        tei_all = self.options.tei_all
        self.tei_all = OfficialSchema(tei_all) if tei_all and runs(Layer.TEI_ALL) else None

    def validate_file(self, path: Path) -> FileReport:
        """Validate one file; an unreadable file is reported, not raised."""
        try:
            data = read_bytes(path)
        except InputError as exc:
            return FileReport(str(path), (Finding(Layer.WF, exc.diagnostic),),
                              self._outcomes(Outcome.FAILED), unreadable=True)
        return self.validate_bytes(data, path)

    def validate_bytes(self, data: bytes, path: Path) -> FileReport:
        """Validate the content of a file. Raises SchemaUnavailable if the official TEI
        schema cannot be loaded."""
        name = str(path)
        try:
            tree = parse_bytes(data, name)
        except InputError as exc:
            finding = Finding(Layer.WF, _well_formedness(exc.diagnostic))
            return FileReport(name, (finding,), self._outcomes(Outcome.FAILED))
        source = SourceMap(data, tree)
        findings: list[Finding] = []
        outcomes = {Layer.WF: Outcome.PASSED}
        for layer, found in self._layers(tree, path, source):
            failed = any(d.severity is Severity.ERROR for d in found)
            outcomes[layer] = Outcome.FAILED if failed else Outcome.PASSED
            ordered = sorted(found, key=lambda d: (d.line, d.col))
            findings.extend(Finding(layer, d) for d in ordered)
        return FileReport(name, tuple(findings), outcomes)

    def _outcomes(self, wf: Outcome) -> dict[Layer, Outcome]:
        """Outcomes when the file could not be parsed: the later layers were skipped."""
        return {layer: wf if layer is Layer.WF else Outcome.SKIPPED
                for layer in self.options.active}

    def _layers(self, tree: etree._ElementTree, path: Path,
                source: SourceMap) -> Iterator[tuple[Layer, list[Diagnostic]]]:
        name = str(path)
        if self.grammar:
            yield Layer.GRAMMAR, _schema_diagnostics(name, self.grammar.check(tree), source,
                                                     "grammar")
        if self.rules:
            yield Layer.RULES, self._rule_diagnostics(tree, path, source)
        if self.tei_all:
            try:
                issues = self.tei_all.check(tree)
            except InputError as exc:
                raise SchemaUnavailable(exc.diagnostic.format()) from None
            yield Layer.TEI_ALL, _schema_diagnostics(name, issues, source, "tei-all")

    def _rule_diagnostics(self, tree: etree._ElementTree, path: Path,
                          source: SourceMap) -> list[Diagnostic]:
        assert self.rules is not None
        try:
            found = self.rules.check(tree, path)
        except SchematronError as exc:
            return [Diagnostic(str(path), 1, 1, Severity.ERROR, str(exc), "rules")]
        return [Diagnostic(str(path), *source.xpath(f.path), f.severity, f.message, f.rule)
                for f in found]


def _well_formedness(diagnostic: Diagnostic) -> Diagnostic:
    """Report a duplicate xml:id (which stops the parser) under the id-unique rule."""
    duplicate = _DUPLICATE_ID.match(diagnostic.message)
    if not duplicate:
        return diagnostic
    message = (f'xml:id "{duplicate.group(1)}" is already used earlier in this file; every '
               "xml:id must be unique (the file was not checked further)")
    return Diagnostic(diagnostic.path, diagnostic.line, diagnostic.col, diagnostic.severity,
                      message, "id-unique")


def _schema_diagnostics(name: str, issues: list[SchemaIssue], source: SourceMap,
                        rule: str) -> list[Diagnostic]:
    located = []
    for issue in issues:
        line, col = source.node(issue.node) if issue.node else (issue.line, 1)
        located.append(Diagnostic(name, line, col, Severity.ERROR, issue.message, rule))
    return located


_worker: Validator | None = None


def _start_worker(options: Options) -> None:
    global _worker
    die_with_parent()
    _worker = Validator(options)


def _validate_chunk(paths: list[Path]) -> list[FileReport]:
    assert _worker is not None
    return [_worker.validate_file(path) for path in paths]


def _pool_context() -> multiprocessing.context.BaseContext:
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


def iter_validate(paths: Sequence[Path], options: Options | None = None) -> Iterator[FileReport]:
    """Validate `paths` and yield one report per file, in the order given."""
    options = options or Options()
    if options.jobs <= 1 or len(paths) < 2:
        validator = Validator(options)
        for path in paths:
            yield validator.validate_file(path)
        return
    size = max(1, min(64, len(paths) // (options.jobs * 4)))
    chunks = [list(paths[i:i + size]) for i in range(0, len(paths), size)]
    with ProcessPoolExecutor(options.jobs, mp_context=_pool_context(),
                             initializer=_start_worker, initargs=(options,)) as pool:
        for reports in pool.map(_validate_chunk, chunks):
            yield from reports


def validate_paths(paths: Sequence[Path], options: Options | None = None) -> Report:
    """Validate files with the layers of `options` and collect the report."""
    options = options or Options()
    files = tuple(iter_validate(paths, options))
    return Report(files, options.active)
