"""What validation reports: findings per layer, per file, for a run."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from tei.diagnostics import Diagnostic, Severity


class Layer(StrEnum):
    """The validation layers, in the order they run."""

    WF = "wf"
    GRAMMAR = "grammar"
    RULES = "rules"
    TEI_ALL = "tei-all"
    SCHEMATRON = "schematron"
    CORPUS = "corpus"


class Outcome(StrEnum):
    """How one layer went for one file."""

    PASSED = "passed"
    FAILED = "failed"
    SKIPPED = "skipped"


class Profile(StrEnum):
    """Sets of layers and rules: our customisation, or any TEI (another edition's files)."""

    EDITION = "edition"
    FOREIGN = "foreign"


DEFAULT_LAYERS = (Layer.WF, Layer.GRAMMAR, Layer.RULES)
# The rules that hold for any TEI edition: ids, pointers and dates (`--profile foreign`).
PORTABLE_RULES = frozenset({"id-unique", "id-ncname", "pointer-resolves", "date-valid",
                            "date-range", "sent-before-received"})
# Errors of ours that are warnings in other editions' files: an extract (one FRUS document
# of a volume) keeps pointers into the rest of its volume.
FOREIGN_WARNINGS = frozenset({"pointer-resolves"})
# Findings listed per file; the others are only counted (`... and 19,000 more`).
MAX_FINDINGS = 1000


@dataclass(frozen=True, slots=True)
class Options:
    """What to check: the layers (well-formedness always runs), the official TEI schema for
    the tei-all layer (RELAX NG or XSD), the number of worker processes, the rule ids to
    report (None: all) and to leave out, an edition's own Schematron (the schematron layer),
    the register the corpus layer looks entries up in, and the profile (foreign: of our own
    rules only the portable ones)."""

    layers: tuple[Layer, ...] = DEFAULT_LAYERS
    tei_all: Path | None = None
    jobs: int = 1
    rules: frozenset[str] | None = None
    skip_rules: frozenset[str] = frozenset()
    schematron: Path | None = None
    register: Path | None = None
    profile: Profile = Profile.EDITION

    def __post_init__(self) -> None:
        if Layer.TEI_ALL in self.layers and self.tei_all is None:
            raise ValueError("the tei-all layer needs the path of an official TEI schema")
        if Layer.SCHEMATRON in self.layers and self.schematron is None:
            raise ValueError("the schematron layer needs the path of a Schematron schema")

    def keeps(self, rule: str) -> bool:
        """Whether findings of the rule `rule` are reported."""
        return (self.rules is None or rule in self.rules) and rule not in self.skip_rules

    def severity(self, rule: str, severity: Severity) -> Severity:
        """How a finding of one of our rules is reported under the profile."""
        foreign = self.profile is Profile.FOREIGN and rule in FOREIGN_WARNINGS
        return Severity.WARNING if foreign and severity is Severity.ERROR else severity

    def keeps_ours(self, rule: str) -> bool:
        """Whether one of our own rules (ids, telegrams.sch) runs: the profile decides,
        unless rules were chosen by id."""
        portable = self.profile is Profile.EDITION or rule in PORTABLE_RULES
        return self.keeps(rule) and (portable or self.rules is not None)

    def runs(self, layer: Layer) -> bool:
        """Whether `layer` is checked."""
        return layer is Layer.WF or layer in self.layers

    @property
    def active(self) -> tuple[Layer, ...]:
        """The layers checked, in order."""
        return tuple(layer for layer in Layer if self.runs(layer))


@dataclass(frozen=True, slots=True)
class Finding:
    """One diagnostic and the layer that found it."""

    layer: Layer
    diagnostic: Diagnostic

    @property
    def severity(self) -> Severity:
        """The diagnostic's severity."""
        return self.diagnostic.severity


@dataclass(frozen=True, slots=True)
class Omitted:
    """How many findings of one layer and severity a file has beyond those listed."""

    layer: Layer
    severity: Severity
    count: int


@dataclass(frozen=True, slots=True)
class Place:
    """A value and where it stands in a file (line, column)."""

    value: str
    line: int
    col: int


@dataclass(frozen=True, slots=True)
class CorpusFacts:
    """What the corpus layer needs of a file: its root xml:id and its standOff entries."""

    root_id: Place | None
    entries: tuple[Place, ...]


@dataclass(frozen=True, slots=True)
class FileReport:
    """The findings for one file (at most MAX_FINDINGS listed, the rest counted in
    `omitted`), the outcome of each layer that was due to run and the time each took.
    `grammatical`: when our RELAX NG accepted the whole document as one tree (libxml2's own
    answer, before any finding is filtered), the SHA-256 of the bytes it accepted, else ''
    (the grammar layer did not run, found issues or checked the document in slices): a
    render of the same bytes need not ask again."""

    path: str
    findings: tuple[Finding, ...] = ()
    outcomes: dict[Layer, Outcome] = field(default_factory=dict)
    unreadable: bool = False
    omitted: tuple[Omitted, ...] = ()
    facts: CorpusFacts | None = None
    seconds: dict[Layer, float] = field(default_factory=dict)
    grammatical: str = ""

    def count(self, severity: Severity, layer: Layer | None = None) -> int:
        """Number of findings of `severity` (in `layer`, or in all layers), listed or not."""
        listed = sum(1 for f in self.findings
                     if f.severity is severity and (layer is None or f.layer is layer))
        return listed + sum(o.count for o in self.omitted
                            if o.severity is severity and (layer is None or o.layer is layer))

    @property
    def unlisted(self) -> int:
        """Number of findings beyond those listed."""
        return sum(o.count for o in self.omitted)

    def passed(self, strict: bool = False) -> bool:
        """No errors (and, when strict, no warnings)."""
        bad = [Severity.ERROR, Severity.WARNING] if strict else [Severity.ERROR]
        return not any(self.count(severity) for severity in bad)


@dataclass(frozen=True, slots=True)
class Report:
    """The result of validating a set of files."""

    files: tuple[FileReport, ...]
    layers: tuple[Layer, ...]

    def count(self, severity: Severity, layer: Layer | None = None) -> int:
        """Number of findings of `severity` in all files (in `layer`, or in all layers)."""
        return sum(f.count(severity, layer) for f in self.files)

    def failed(self, strict: bool = False) -> list[FileReport]:
        """The files with errors (and, when strict, with warnings)."""
        return [f for f in self.files if not f.passed(strict)]

    @property
    def unreadable(self) -> bool:
        """Whether some file could not be read."""
        return any(f.unreadable for f in self.files)
