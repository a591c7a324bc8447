"""Shared fixtures: project paths, the converter's resources, the official TEI schema."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import settings
from lxml import etree

from tei.convert import Resources, load_resources

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
TEI_ALL_RNG = ROOT / "tests" / "reference" / "tei_all.rng"

# Property tests check outcomes, not speed: no per-example deadline, which a loaded CI
# machine would break at random (speed is measured in bench/).
settings.register_profile("project", deadline=None)
settings.load_profile("project")


@pytest.fixture(scope="session")
def resources() -> Resources:
    """Register, patterns and edition settings, loaded once per test process."""
    return load_resources()


@pytest.fixture(scope="session")
def tei_all() -> etree.RelaxNG:
    """The official tei_all RELAX NG schema (compiling it takes seconds: once per process)."""
    return etree.RelaxNG(etree.parse(str(TEI_ALL_RNG)))
