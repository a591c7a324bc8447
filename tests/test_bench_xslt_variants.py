"""bench/xslt_variants.py: every variant of the document stylesheet compiles, and a run prints
each variant's figures beside the identity transform's."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.xslt_variants import VARIANTS, Harness, Variant, measure, sources
from tei.resources import data_root, xslt_dir

CORPUS = data_root() / "corpus" / "tei"


@pytest.fixture(scope="module")
def harness() -> Harness:
    return Harness(sources(CORPUS, 2), known=True)


def test_the_variants_have_distinct_names() -> None:
    names = [variant.name for variant in VARIANTS]
    assert len(names) == len(set(names)) and names[0] == "baseline"


def test_every_variant_compiles_and_transforms(harness: Harness, tmp_path: Path) -> None:
    for variant in VARIANTS:
        spent = harness.call(harness.compile(variant, tmp_path))(0)
        assert spent >= 0, variant.name


def test_a_run_prints_the_references_the_baseline_and_a_compared_folder(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    chosen = [VARIANTS[0], Variant("compare-1", "the same folder", root=xslt_dir())]
    measure(sources(CORPUS, 3), chosen, runs=1, known=False, work=tmp_path)
    printed = capsys.readouterr().out
    for label in ("identity", "parse + identity", "baseline", "compare-1", "3 documents"):
        assert label in printed
