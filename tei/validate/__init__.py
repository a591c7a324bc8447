"""Validate TEI files in layers: well-formedness, our grammar, our Schematron rules and,
optionally, an official TEI schema.

    from tei.validate import Options, validate_paths
    report = validate_paths([Path("corpus/tei/000_eccd84356cefffd4.xml")], Options(jobs=2))
"""

from tei.validate.engine import SchemaUnavailable, Validator, iter_validate, validate_paths
from tei.validate.model import FileReport, Finding, Layer, Options, Outcome, Profile, Report

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
