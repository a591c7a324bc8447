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


class Outcome(StrEnum):
    """How one layer went for one file."""

    PASSED = "passed"
    FAILED = "failed"
    SKIPPED = "skipped"


DEFAULT_LAYERS = (Layer.WF, Layer.GRAMMAR, Layer.RULES)
# Findings listed per file; the others are only counted (`... and 19,000 more`).
MAX_FINDINGS = 1000


@dataclass(frozen=True, slots=True)
class Options:
    """What to check: the layers (well-formedness always runs), the official TEI schema for
    the tei-all layer (RELAX NG or XSD) and the number of worker processes."""

    layers: tuple[Layer, ...] = DEFAULT_LAYERS
    tei_all: Path | None = None
    jobs: int = 1

    def __post_init__(self) -> None:
        if Layer.TEI_ALL in self.layers and self.tei_all is None:
            raise ValueError("the tei-all layer needs the path of an official TEI schema")

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
class FileReport:
    """The findings for one file (at most MAX_FINDINGS listed, the rest counted in
    `omitted`) and the outcome of each layer that was due to run."""

    path: str
    findings: tuple[Finding, ...] = ()
    outcomes: dict[Layer, Outcome] = field(default_factory=dict)
    unreadable: bool = False
    omitted: tuple[Omitted, ...] = ()

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
