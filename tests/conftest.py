"""Shared fixtures: project paths, the converter's resources, the official TEI schema."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import settings
from lxml import etree

from tei.convert import Resources, load_resources
from tei.validate import Validator
from tests.browser_fixtures import base, browser, page  # noqa: F401  (browser tests' fixtures)
from tests.cases import Case

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


def best_validation_seconds(validator: Validator, path: Path) -> float:
    """CPU seconds of validating `path`, best of three (the machine is shared); the file
    must have more findings than are listed."""
    data = path.read_bytes()
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        report = validator.validate_bytes(data, path)
        best = min(best, time.process_time() - started)
    assert report.unlisted > 0
    return best


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Every test of one test case runs in the same worker (`--dist loadgroup`), which
    converts the case once for all of them."""
    if config.getoption("dist", default="no") != "loadgroup":
        return
    for item in items:
        callspec = getattr(item, "callspec", None)
        case = callspec.params.get("case") if callspec else None
        if isinstance(case, Case):
            item.add_marker(pytest.mark.xdist_group(case.stem))
