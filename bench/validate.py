"""Benchmark `tei validate`: schema compile costs and files per second for each layer.

The corpus (corpus/tei/*.xml, or the validator's valid fixtures if the corpus is empty) is
replicated to 1,000 files in a temporary folder, each with its root xml:id rewritten to match
its new file name. Run: python bench/validate.py [--files N] [--tei-all PATH]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from common import rate, timed
from lxml import etree

from tei.resources import schemas_dir
from tei.validate import Validator
from tei.validate.grammar import Grammar, OfficialSchema
from tei.validate.schematron import SchematronRules
from tei.xmlio import parse_bytes

ROOT = Path(__file__).resolve().parent.parent
TEI_ALL = ROOT / "tests" / "reference" / "tei_all.rng"


def sources() -> list[Path]:
    corpus = sorted((ROOT / "corpus" / "tei").glob("*.xml"))
    return corpus or sorted((ROOT / "tests" / "fixtures" / "validate" / "valid").glob("*.xml"))


def replicate(originals: Sequence[Path], count: int, folder: Path) -> list[Path]:
    """Write `count` copies named NNNN_<stem>.xml whose ids follow their names."""
    copies = []
    for number in range(count):
        original = originals[number % len(originals)]
        stem = f"{number:04d}_{original.stem}"
        data = original.read_bytes().replace(f"doc-{original.stem}".encode(),
                                             f"doc-{stem}".encode())
        copy = folder / f"{stem}.xml"
        copy.write_bytes(data)
        copies.append(copy)
    return copies




def layers(paths: list[Path], official: Path) -> None:
    """Each layer alone, serially, on trees parsed once."""
    data = [path.read_bytes() for path in paths]
    seconds, trees = timed(lambda: [parse_bytes(d, str(p)) for d, p in zip(data, paths,
                                                                             strict=True)])
    print("compile (once per process):")
    grammar_cost, grammar = timed(lambda: Grammar(schemas_dir() / "telegrams.rng",
                                                  schemas_dir() / "telegrams.xsd"))
    print(f"  grammar (RELAX NG + derived XSD)   {grammar_cost * 1000:7.1f} ms")
    rules_cost, rules = timed(lambda: SchematronRules(schemas_dir() / "telegrams.sch"))
    print(f"  rules (Saxon + Schematron->XSLT)   {rules_cost * 1000:7.1f} ms")
    tei_all = OfficialSchema(official)
    tei_all_cost, _ = timed(tei_all.load)
    print(f"  tei-all ({official.name})        {tei_all_cost * 1000:7.1f} ms")
    assert isinstance(grammar, Grammar) and isinstance(rules, SchematronRules)
    assert isinstance(trees, list)
    print("each layer alone, serial:")
    rate("wf (hardened parse)", seconds, len(paths))
    rate("grammar", timed(lambda: [grammar.check(t) for t in trees])[0], len(paths))
    rate("rules", timed(lambda: [rules.check(t, p) for t, p in zip(trees, paths,
                                                                   strict=True)])[0],
         len(paths))
    rate("tei-all", timed(lambda: [tei_all.check(t) for t in trees])[0], len(paths))
    validator = Validator()
    rate("wf+grammar+rules (Validator)",
         timed(lambda: [validator.validate_file(p) for p in paths])[0], len(paths))


def whole_runs(folder: Path, count: int, official: Path) -> None:
    """`tei validate` as a user runs it, in a fresh process: start-up and compiling included."""
    print("whole runs of tei validate (fresh process, compiling included):")
    for jobs in (1, 2):
        for label, extra in (("wf+grammar+rules", []), ("+ tei-all", ["--tei-all", str(official)])):
            command = [sys.executable, "-m", "tei", "validate", "-j", str(jobs), *extra,
                       str(folder)]
            seconds, done = timed(lambda command=command: subprocess.run(
                command, capture_output=True, text=True, check=False))
            assert isinstance(done, subprocess.CompletedProcess)
            summary = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else done.stderr
            rate(f"-j {jobs} {label}", seconds, count)
            print(f"    {summary}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--tei-all", type=Path, default=TEI_ALL)
    args = parser.parse_args()
    originals = sources()
    print(f"{args.files} files replicated from {len(originals)} "
          f"({', '.join(p.name for p in originals)}); lxml {etree.__version__}")
    with tempfile.TemporaryDirectory() as folder:
        paths = replicate(originals, args.files, Path(folder))
        size = sum(p.stat().st_size for p in paths) / len(paths) / 1024
        print(f"average file size {size:.1f} KB")
        layers(paths, args.tei_all)
        whole_runs(Path(folder), len(paths), args.tei_all)


if __name__ == "__main__":
    main()
