"""Run the validation layers on files, serially or in a process pool.

A `Validator` compiles our grammar and rules once (and an official TEI schema on first use)
and then checks any number of files. `iter_validate` reuses one Validator per process: the
pool's initializer builds it in each worker (forkserver or spawn start method).

Hostile files stay cheap: at most MAX_FINDINGS findings of a file are located in its source
and listed, the others only counted, so a file with 50,000 errors costs little more than
one with 1,000 (limits on attributes, depth and width: `tei.xmlio`, `tei.validate.grammar`).
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from functools import cache, partial
from pathlib import Path
from typing import TYPE_CHECKING

from lxml import etree

from tei.diagnostics import Diagnostic, InputError, Severity
from tei.resources import register_dir, schemas_dir
from tei.validate.corpus import check_corpus, corpus_facts, register_ids
from tei.validate.grammar import (
    Grammar,
    OfficialSchema,
    SchemaIssue,
    locate,
    namespace_prefixes,
    rewrite,
)
from tei.validate.ids import ID_HOLDERS, IdProblem, id_problems
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
from tei.validate.native_rules import TelegramRules
from tei.validate.schematron import (
    RuleFinding,
    SaxonDocument,
    SchematronError,
    SchematronRules,
)
from tei.workspace import die_with_parent, interruptible

if TYPE_CHECKING:
    from tei.validate.official import OfficialRng
    from tei.validate.rng.check import RngError
from tei.xmlio import parse_bytes, read_bytes

# Rules the wf layer checks (after parsing); the Schematron copy of id-unique is not run.
ID_RULES = frozenset({"id-unique", "id-ncname"})
# The grammar's xs:ID complaints repeat what the id rules report, at every occurrence.
_XS_ID = "of the atomic type 'xs:ID'"


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
        self.rules = (TelegramRules(folder / "telegrams.sch", self._keeps_rule)
                      if runs(Layer.RULES) else None)
        extra = self.options.schematron
        self.schematron = (SchematronRules(extra, self.options.keeps)
                           if extra and runs(Layer.SCHEMATRON) else None)
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
        clock = time.perf_counter()
        try:
            tree = parse_bytes(data, name, collect_ids=False)
        except InputError as exc:
            finding = Finding(Layer.WF, exc.diagnostic)
            return FileReport(name, (finding,), self._outcomes(Outcome.FAILED))
        source = SourceMap(data, tree)
        findings: list[Finding] = []
        omitted: list[Omitted] = []
        outcomes: dict[Layer, Outcome] = {}
        seconds: dict[Layer, float] = {}
        verdict = _Verdict()
        for layer, found in self._layers(tree, path, verdict):
            failed = any(item.severity is Severity.ERROR for item in found)
            outcomes[layer] = Outcome.FAILED if failed else Outcome.PASSED
            budget = max(0, MAX_FINDINGS - len(findings))
            located = [item.locate(source) for item in found[:budget]]
            findings.extend(Finding(layer, d) for d in sorted(located, key=_position))
            omitted.extend(_count_omitted(layer, found[budget:]))
            seconds[layer], clock = time.perf_counter() - clock, time.perf_counter()
        facts = corpus_facts(tree, source) if self.options.runs(Layer.CORPUS) else None
        return FileReport(name, tuple(findings), outcomes, omitted=tuple(omitted), facts=facts,
                          seconds=seconds,
                          grammatical=hashlib.sha256(data).hexdigest() if verdict.grammatical
                          else "")

    def _keeps_rule(self, rule: str) -> bool:
        """Whether a Schematron rule is run (the id rules are the wf layer's)."""
        return self.options.keeps_ours(rule) and rule not in ID_RULES

    def _outcomes(self, wf: Outcome) -> dict[Layer, Outcome]:
        """Outcomes when the file could not be parsed: the later layers were skipped."""
        return {layer: wf if layer is Layer.WF else Outcome.SKIPPED
                for layer in self.options.active}

    def _layers(self, tree: etree._ElementTree, path: Path,
                verdict: _Verdict) -> Iterator[tuple[Layer, list[_Pending]]]:
        """Each layer's findings, not yet located (only the listed ones will be); the
        grammar's own answer noted in `verdict`."""
        name = str(path)
        with_id = ID_HOLDERS(tree.getroot())
        yield Layer.WF, [_id_finding(name, problem)
                         for problem in id_problems(tree.getroot(), with_id)
                         if self.options.keeps_ours(problem.rule)]
        grammar_valid = False
        if self.grammar:
            issues = self.grammar.check(tree)
            grammar_valid = not issues  # so every name is one of the grammar's (ASCII)
            verdict.grammatical = grammar_valid and self.grammar.whole(tree)
            issues = [issue for issue in issues if _XS_ID not in issue.message]
            yield Layer.GRAMMAR, _schema_findings(name, tree, issues, "grammar")
        # parsed by Saxon once, if a rule layer needs it
        document = SaxonDocument(tree, path, plain_names=grammar_valid, with_id=with_id)
        if self.rules:
            yield Layer.RULES, self._rule_findings(self.rules.check_document, document, path,
                                                   ours=True)
        if self.schematron:
            yield Layer.SCHEMATRON, self._rule_findings(self.schematron.check_document,
                                                        document, path, ours=False)
        if isinstance(self.tei_all, OfficialSchema):
            issues = self._official_check(self.tei_all, tree)
            yield Layer.TEI_ALL, _schema_findings(name, tree, issues, "tei-all")
        elif self.tei_all is not None:
            found = _rng_findings(name, self._official_check(self.tei_all, tree))
            yield Layer.TEI_ALL, found + self._rule_findings(
                self.tei_all.check_rules, document, path, ours=False, rule="tei-all")

    @staticmethod
    def _official_check(schema: OfficialRng | OfficialSchema,
                        tree: etree._ElementTree) -> list:
        try:
            return schema.check(tree)
        except InputError as exc:
            raise SchemaUnavailable(exc.diagnostic.format()) from None

    def _rule_findings(self, check: Callable[[SaxonDocument], list[RuleFinding]],
                       document: SaxonDocument, path: Path, ours: bool,
                       rule: str | None = None) -> list[_Pending]:
        """Findings of Schematron rules (ours with the profile's severities; under `rule`,
        if given, instead of their own ids)."""
        try:
            found = check(document)
        except SchematronError as exc:
            failure = Diagnostic(str(path), 1, 1, Severity.ERROR, str(exc), rule or "rules")
            return [_Pending(Severity.ERROR, lambda _source: failure)]
        if ours:
            found = [replace(f, severity=self.options.severity(f.rule, f.severity))
                     for f in found]
        return [_Pending(f.severity, partial(_rule_diagnostic, str(path), f, rule))
                for f in found]


@dataclass(slots=True)
class _Verdict:
    """Whether our RELAX NG accepted a document checked as one tree (`FileReport`)."""

    grammatical: bool = False


@dataclass(frozen=True, slots=True)
class _Pending:
    """A finding whose place in the source is looked up only if it is listed."""

    severity: Severity
    locate: Callable[[SourceMap], Diagnostic]


def _position(diagnostic: Diagnostic) -> tuple[int, int]:
    return diagnostic.line, diagnostic.col


def _count_omitted(layer: Layer, rest: list[_Pending]) -> list[Omitted]:
    if not rest:
        return []
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
    if not issues:
        return []
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
    if path.suffix == ".xsd":
        return OfficialSchema(path)
    from tei.validate.official import OfficialRng  # the engine loads only when it is used

    return OfficialRng(path)


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


def _id_finding(name: str, problem: IdProblem) -> _Pending:
    """A malformed or repeated xml:id, located at the attribute."""
    def diagnostic(source: SourceMap) -> Diagnostic:
        line, col = source.node(NodeRef(problem.element, "xml:id"))
        return Diagnostic(name, line, col, Severity.ERROR, problem.message, problem.rule)
    return _Pending(Severity.ERROR, diagnostic)


_worker: Validator | None = None


def _start_worker(options: Options) -> None:
    global _worker
    die_with_parent()
    _worker = Validator(options)


def _validate_chunk(paths: list[Path]) -> list[FileReport]:
    assert _worker is not None
    return [_worker.validate_file(path) for path in paths]


def _pool_context() -> multiprocessing.context.BaseContext:
    """fork when this process runs a single thread: each worker starts from its imports at
    no cost. Else forkserver (else spawn): the server imports the validator once and each
    worker starts from that copy instead of importing it again (0.1-0.3 s of CPU per worker);
    a fork beside another thread (Saxon's, a Dask client's) may leave a lock held forever."""
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and _single_threaded():
        return multiprocessing.get_context("fork")
    if "forkserver" not in methods:
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([__name__])
    return context


def _single_threaded() -> bool:
    """Whether this process has one thread, native threads included (Linux: /proc)."""
    try:
        return len(os.listdir("/proc/self/task")) == 1
    except OSError:
        return False


def _compile_once(options: Options) -> None:
    """Compile a RELAX NG tei-all schema into the on-disk cache before the pool starts, so
    that each worker loads it (about 10 ms) instead of compiling it again."""
    if options.tei_all is not None and options.runs(Layer.TEI_ALL) \
            and options.tei_all.suffix != ".xsd":
        from tei.validate.official import prepare_cache

        prepare_cache(options.tei_all)


def iter_validate(paths: Sequence[Path], options: Options | None = None) -> Iterator[FileReport]:
    """Validate `paths` and yield one report per file, in the order given."""
    options = options or Options()
    if options.jobs <= 1 or len(paths) < 2:
        validator = Validator(options)
        for path in paths:
            yield validator.validate_file(path)
        return
    _compile_once(options)
    size = max(1, min(64, len(paths) // (options.jobs * 4)))
    chunks = [list(paths[i:i + size]) for i in range(0, len(paths), size)]
    with interruptible(ProcessPoolExecutor(options.jobs, mp_context=_pool_context(),
                                           initializer=_start_worker,
                                           initargs=(options,))) as pool:
        for reports in pool.map(_validate_chunk, chunks):
            yield from reports


def validate_paths(paths: Sequence[Path], options: Options | None = None) -> Report:
    """Validate files with the layers of `options` and collect the report."""
    options = options or Options()
    return collect(iter_validate(paths, options), options)


def collect(files: Iterable[FileReport], options: Options) -> Report:
    """The report on `files`, with the corpus layer's checks across them if it runs. Raises
    RegisterUnavailable if the register cannot be read."""
    if options.runs(Layer.CORPUS):
        files = check_corpus(files, register_ids(options.register or register_dir()),
                             options.keeps)
    return Report(tuple(files), options.active)
