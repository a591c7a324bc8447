"""Locate the project's data folders (schemas, stylesheets, register, patterns).

In a source checkout (or an editable install) they are the top-level folders of the
repository; in an installed wheel they are packaged under ``tei/_data``.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def data_root() -> Path:
    """Folder holding `schemas/`, `xslt/` and `corpus/` data."""
    bundled = _PACKAGE / "_data"
    return bundled if bundled.is_dir() else _PACKAGE.parent


def schemas_dir() -> Path:
    """Folder of the schema files (RELAX NG, XSD, Schematron)."""
    return data_root() / "schemas"


def official_tei_all() -> Path:
    """The official tei_all.rng shipped with the package (TEI P5 4.12.0)."""
    return schemas_dir() / "official" / "tei_all.rng"


def xslt_dir() -> Path:
    """Folder of the XSLT stylesheets."""
    return data_root() / "xslt"


def register_dir() -> Path:
    """Default authority register (TEI listPerson, listPlace, listOrg)."""
    return data_root() / "corpus" / "register"


def patterns_dir() -> Path:
    """Default pattern tables (TEI lists the converter reads)."""
    return data_root() / "corpus" / "patterns"


def edition_config() -> Path:
    """Default edition configuration (TOML)."""
    return data_root() / "corpus" / "edition.toml"
