"""Run the validation layers on files, serially or in a process pool.

A `Validator` compiles our grammar and rules once (and an official TEI schema on first use)
and then checks any number of files. `iter_validate` reuses one Validator per process: the
pool's initializer builds it in each worker (forkserver or spawn start method).

Hostile files stay cheap: at most MAX_FINDINGS findings of a file are located in its source
and listed, the others only counted, so a file with 50,000 errors costs little more than
one with 1,000 (limits on attributes, depth and width: `tei.xmlio`, `tei.validate.grammar`).
"""

from __future__ import annotations

import multiprocessing
import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import cache, partial
from pathlib import Path

from lxml import etree

from tei.diagnostics import Diagnostic, InputError, Severity
from tei.resources import schemas_dir
from tei.validate.grammar import (
    Grammar,
    OfficialSchema,
    SchemaIssue,
    locate,
    namespace_prefixes,
    rewrite,
)
from tei.validate.locate import NodeRef, SourceMap
from tei.validate.model import (
    MAX_FINDINGS,
    FileReport,
    Finding,
    Layer,
    Omitted,
    Options,
    Outcome,
    Report,
)
from tei.validate.official import OfficialRng
from tei.validate.rng.check import RngError
from tei.validate.schematron import RuleFinding, SchematronError, SchematronRules
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
        self.tei_all = _official(self.options.tei_all) if runs(Layer.TEI_ALL) else None

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
        omitted: list[Omitted] = []
        outcomes = {Layer.WF: Outcome.PASSED}
        for layer, found in self._layers(tree, path):
            failed = any(item.severity is Severity.ERROR for item in found)
            outcomes[layer] = Outcome.FAILED if failed else Outcome.PASSED
            budget = max(0, MAX_FINDINGS - len(findings))
            located = [item.locate(source) for item in found[:budget]]
            findings.extend(Finding(layer, d) for d in sorted(located, key=_position))
            omitted.extend(_count_omitted(layer, found[budget:]))
        return FileReport(name, tuple(findings), outcomes, omitted=tuple(omitted))

    def _outcomes(self, wf: Outcome) -> dict[Layer, Outcome]:
        """Outcomes when the file could not be parsed: the later layers were skipped."""
        return {layer: wf if layer is Layer.WF else Outcome.SKIPPED
                for layer in self.options.active}

    def _layers(self, tree: etree._ElementTree,
                path: Path) -> Iterator[tuple[Layer, list[_Pending]]]:
        """Each layer's findings, not yet located (only the listed ones will be)."""
        name = str(path)
        if self.grammar:
            yield Layer.GRAMMAR, _schema_findings(name, tree, self.grammar.check(tree), "grammar")
        if self.rules:
            yield Layer.RULES, self._rule_findings(self.rules.check, tree, path)
        if isinstance(self.tei_all, OfficialRng):
            found = _rng_findings(name, self._official_check(self.tei_all, tree))
            yield Layer.TEI_ALL, found + self._rule_findings(self.tei_all.check_rules, tree,
                                                             path, "tei-all")
        elif self.tei_all:
            issues = self._official_check(self.tei_all, tree)
            yield Layer.TEI_ALL, _schema_findings(name, tree, issues, "tei-all")

    @staticmethod
    def _official_check(schema: OfficialRng | OfficialSchema,
                        tree: etree._ElementTree) -> list:
        try:
            return schema.check(tree)
        except InputError as exc:
            raise SchemaUnavailable(exc.diagnostic.format()) from None

    @staticmethod
    def _rule_findings(check: Callable[[etree._ElementTree, Path], list[RuleFinding]],
                       tree: etree._ElementTree, path: Path,
                       rule: str | None = None) -> list[_Pending]:
        """Findings of Schematron rules (under `rule`, if given, instead of their own ids)."""
        try:
            found = check(tree, path)
        except SchematronError as exc:
            failure = Diagnostic(str(path), 1, 1, Severity.ERROR, str(exc), rule or "rules")
            return [_Pending(Severity.ERROR, lambda _source: failure)]
        return [_Pending(f.severity, partial(_rule_diagnostic, str(path), f, rule))
                for f in found]


@dataclass(frozen=True, slots=True)
class _Pending:
    """A finding whose place in the source is looked up only if it is listed."""

    severity: Severity
    locate: Callable[[SourceMap], Diagnostic]


def _position(diagnostic: Diagnostic) -> tuple[int, int]:
    return diagnostic.line, diagnostic.col


def _count_omitted(layer: Layer, rest: list[_Pending]) -> list[Omitted]:
    counts = Counter(item.severity for item in rest)
    return [Omitted(layer, severity, counts[severity]) for severity in Severity
            if counts[severity]]


def _rule_diagnostic(name: str, finding: RuleFinding, rule: str | None,
                     source: SourceMap) -> Diagnostic:
    return Diagnostic(name, *source.xpath(finding.path), finding.severity, finding.message,
                      rule or finding.rule)


def _schema_findings(name: str, tree: etree._ElementTree, issues: list[SchemaIssue],
                     rule: str) -> list[_Pending]:
    """Schema errors in line order; namespace prefixes are collected once, on first use."""
    prefixes = cache(lambda: namespace_prefixes(tree))

    def diagnostic(issue: SchemaIssue, source: SourceMap) -> Diagnostic:
        ref = locate(tree, issue, prefixes())
        line, col = source.node(ref) if ref else (issue.line, 1)
        return Diagnostic(name, line, col, Severity.ERROR, rewrite(issue.message), rule)

    ordered = sorted(issues, key=lambda issue: issue.line)
    return [_Pending(Severity.ERROR, partial(diagnostic, issue)) for issue in ordered]


def _official(path: Path | None) -> OfficialRng | OfficialSchema | None:
    """The tei-all layer's schema: RELAX NG by the pure-Python engine, XSD by libxml2."""
    if path is None:
        return None
    return OfficialSchema(path) if path.suffix == ".xsd" else OfficialRng(path)


def _rng_findings(name: str, errors: list[RngError]) -> list[_Pending]:
    """tei-all errors, located at their element or attribute (incomplete content and stray
    text at the line jing gives)."""
    def diagnostic(found: RngError, source: SourceMap) -> Diagnostic:
        if found.line != found.element.sourceline:
            line, col = found.line, 1
        else:
            line, col = source.node(NodeRef(found.element, found.attribute))
        return Diagnostic(name, line, col, Severity.ERROR, found.message, "tei-all")

    return [_Pending(Severity.ERROR, partial(diagnostic, found)) for found in errors]


def _well_formedness(diagnostic: Diagnostic) -> Diagnostic:
    """Report a duplicate xml:id (which stops the parser) under the id-unique rule."""
    duplicate = _DUPLICATE_ID.match(diagnostic.message)
    if not duplicate:
        return diagnostic
    message = (f'xml:id "{duplicate.group(1)}" is already used earlier in this file; every '
               "xml:id must be unique (the file was not checked further)")
    return Diagnostic(diagnostic.path, diagnostic.line, diagnostic.col, diagnostic.severity,
                      message, "id-unique")


_worker: Validator | None = None


def _start_worker(options: Options) -> None:
    global _worker
    die_with_parent()
    _worker = Validator(options)


def _validate_chunk(paths: list[Path]) -> list[FileReport]:
    assert _worker is not None
    return [_worker.validate_file(path) for path in paths]


def _pool_context() -> multiprocessing.context.BaseContext:
    """forkserver (else spawn): the server imports the validator once and each worker
    starts from that copy instead of importing it again (0.1-0.3 s of CPU per worker)."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([__name__])
    return context


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
