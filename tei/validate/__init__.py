"""Validate TEI files in layers: well-formedness, our grammar, our Schematron rules and,
optionally, an official TEI schema.

    from tei.validate import Options, validate_paths
    report = validate_paths([Path("corpus/tei/000_eccd84356cefffd4.xml")], Options(jobs=2))
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tei.validate.model import FileReport, Finding, Layer, Options, Outcome, Profile, Report

if TYPE_CHECKING:
    from tei.validate.engine import SchemaUnavailable, Validator, iter_validate, validate_paths

# Imported from the engine when first asked for: a build with nothing to validate needs
# only the model (the engine brings lxml's validators, the rules and the register).
_ENGINE = ("SchemaUnavailable", "Validator", "iter_validate", "validate_paths")

__all__ = [
    "FileReport",
    "Finding",
    "Layer",
    "Options",
    "Outcome",
    "Profile",
    "Report",
    "SchemaUnavailable",
    "Validator",
    "iter_validate",
    "validate_paths",
]


def __getattr__(name: str) -> Any:
    """The engine's names, imported on first use."""
    if name not in _ENGINE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from tei.validate import engine
    return getattr(engine, name)
