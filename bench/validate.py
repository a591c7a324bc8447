"""Benchmark `tei validate`: compile costs, each layer's rate, whole runs beside jing, cold starts.

The corpus (corpus/tei/*.xml, or the validator's valid fixtures if the corpus is empty) is
replicated to 1,000 files in a temporary folder, each with its root xml:id rewritten to match
its new file name. Whole runs are measured in wall time and in CPU time of every process
(pool workers included; see proctree.py): the machine is shared, so CPU time is the number
to compare, and the busiest process's CPU is what -j N costs in wall time on an idle machine.
The headline is the CPU ratio of `tei validate -j1` (default layers) to jing on tei_all over
the same files: CPU seconds of each command's whole process tree, JVM threads included.
Run: python bench/validate.py [--files N] [--repeat N] [--tei-all-repeat N]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from common import compile_bytecode, rate
from lxml import etree
from proctree import Usage, measure

from tei.resources import schemas_dir
from tei.validate import Validator
from tei.validate.grammar import Grammar
from tei.validate.native_rules import TelegramRules
from tei.validate.official import OfficialRng, bundled_tei_all, load_grammar
from tei.validate.rng.load import compile_grammar
from tei.validate.schematron import SaxonDocument, SchematronRules
from tei.xmlio import parse_bytes, parse_file

ROOT = Path(__file__).resolve().parent.parent
TEI = [sys.executable, "-m", "tei"]
# The edition profile wherever the benchmark runs (the default only inside an edition).
VALIDATE = [*TEI, "validate", "--profile", "edition"]


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


def timed(action: Callable[[], object]) -> tuple[float, object]:
    """CPU seconds `action` took (this process), and what it returned."""
    started = time.process_time()
    result = action()
    return time.process_time() - started, result


def layers(paths: list[Path]) -> None:
    """Each layer alone, serially, on trees parsed once (CPU time of this process)."""
    data = [path.read_bytes() for path in paths]
    seconds, trees = timed(lambda: [parse_bytes(d, str(p)) for d, p in zip(data, paths,
                                                                             strict=True)])
    print("compile (once per process; CPU time):")
    grammar_cost, grammar = timed(lambda: Grammar(schemas_dir() / "telegrams.rng",
                                                  schemas_dir() / "telegrams.xsd"))
    print(f"  grammar (RELAX NG + derived XSD)   {grammar_cost * 1000:7.1f} ms")
    rules_cost, compiled = timed(lambda: SchematronRules(schemas_dir() / "telegrams.sch"))
    print(f"  rules in Saxon (Schematron->XSLT)  {rules_cost * 1000:7.1f} ms   "
          "(only for a document the Python rules leave to Saxon)")
    rules = TelegramRules(schemas_dir() / "telegrams.sch")
    read_cost, _ = timed(lambda: compile_grammar(parse_file(bundled_tei_all())))
    print(f"  tei-all, tei_all.rng read          {read_cost * 1000:7.1f} ms")
    load_grammar.cache_clear()
    cached_cost, _ = timed(lambda: load_grammar(bundled_tei_all()))
    print(f"  tei-all, from the on-disk cache    {cached_cost * 1000:7.1f} ms")
    tei_all = OfficialRng(bundled_tei_all())
    assert isinstance(grammar, Grammar) and isinstance(compiled, SchematronRules)
    assert isinstance(trees, list)
    print("each layer alone, serial (files per CPU second):")
    rate("wf (hardened parse)", seconds, len(paths))
    rate("grammar", timed(lambda: [grammar.check(t) for t in trees])[0], len(paths))
    rate("rules (Python, lxml tree)", timed(lambda: [rules.check(t, p) for t, p in zip(
        trees, paths, strict=True)])[0], len(paths))
    rate("rules in Saxon (tree + transform)", timed(lambda: [compiled.check(t, p) for t, p in zip(
        trees, paths, strict=True)])[0], len(paths))
    rate("tei-all (pure Python, first pass)", timed(lambda: [tei_all.check(t)
                                                             for t in trees])[0], len(paths))
    rate("tei-all (memo tables warm)", timed(lambda: [tei_all.check(t) for t in trees])[0],
         len(paths))
    rate("tei-all embedded Schematron", timed(
        lambda: [tei_all.check_rules(SaxonDocument(t, p)) for t, p in zip(trees, paths,
                                                                          strict=True)])[0],
         len(paths))
    validator = Validator()
    rate("wf+grammar+rules (Validator)",
         timed(lambda: [validator.validate_file(p) for p in paths])[0], len(paths))


def _median(runs: list[Usage]) -> Usage:
    return Usage(*(statistics.median(getattr(u, f) for u in runs)
                   for f in ("wall", "cpu", "busiest")))


def _repeated(command: list[str], repeat: int, env: dict[str, str] | None = None) -> Usage:
    """Median usage of `repeat` runs of `command`."""
    return _median([measure(command, env)[0] for _ in range(repeat)])


def _show(label: str, usage: Usage) -> None:
    print(f"  {label:<34} wall {usage.wall:6.2f} s   CPU {usage.cpu:6.2f} s   "
          f"busiest process {usage.busiest:6.2f} s")


def beside_jing(paths: list[Path], repeat: int) -> None:
    """`tei validate` (default layers) at -j1 and -j2, and jing on tei_all, same files; the
    three commands take turns in each round, so that a change of load affects them alike."""
    jing = shutil.which("jing")
    print(f"whole runs over {len(paths)} files (median of {repeat}; fresh processes):")
    folder = str(paths[0].parent)
    commands = {"one": [*VALIDATE, "-j", "1", folder], "two": [*VALIDATE, "-j", "2", folder]}
    if jing is not None:
        commands["jing"] = [jing, str(bundled_tei_all()), *map(str, paths)]
    runs: dict[str, list[Usage]] = {name: [] for name in commands}
    for _ in range(repeat):
        for name, command in commands.items():
            runs[name].append(measure(command)[0])
    one, two = _median(runs["one"]), _median(runs["two"])
    _show("tei validate -j1 (wf,grammar,rules)", one)
    _show("tei validate -j2", two)
    print(f"  -j2 / -j1: wall {two.wall / one.wall:.2f}, busiest process (wall on an idle "
          f"machine) {two.busiest / one.busiest:.2f}, total CPU {two.cpu / one.cpu:.2f}")
    if jing is None:
        print("  jing: not installed (apt-get install jing)")
        return
    theirs = _median(runs["jing"])
    _show("jing tei_all.rng", theirs)
    print("  ours/jing: the figure compared is CPU (seconds of each whole process tree, pool "
          "workers and JVM threads included; target <= 1.0); wall beside it:")
    for label, ours in (("-j1", one), ("-j2", two)):
        print(f"    {label}: CPU {ours.cpu / theirs.cpu:.2f}   wall {ours.wall / theirs.wall:.2f}"
              f"   busiest process {ours.busiest / theirs.busiest:.2f}")


def with_tei_all(paths: list[Path], repeat: int) -> None:
    """`tei validate --tei-all` at -j1 and -j2 (warm cache), and -j2 with an empty cache:
    the schema is compiled once, before the workers start."""
    print(f"with --tei-all over {len(paths)} files (median of {repeat}; fresh processes):")
    folder = str(paths[0].parent)
    with tempfile.TemporaryDirectory() as cache:
        env = {**os.environ, "XDG_CACHE_HOME": cache}
        cold = _repeated([*VALIDATE, "-j", "2", "--tei-all", folder], 1, env)
        one = _repeated([*VALIDATE, "-j", "1", "--tei-all", folder], repeat, env)
        two = _repeated([*VALIDATE, "-j", "2", "--tei-all", folder], repeat, env)
    _show("--tei-all -j1", one)
    _show("--tei-all -j2", two)
    _show("--tei-all -j2, empty cache (once)", cold)
    print(f"  -j2 / -j1: wall {two.wall / one.wall:.2f}, busiest process (wall on an idle "
          f"machine) {two.busiest / one.busiest:.2f}, total CPU {two.cpu / one.cpu:.2f}; "
          f"empty cache costs {cold.cpu - two.cpu:+.2f} s of CPU")


def cold_starts(path: Path, repeat: int) -> None:
    """One file in a fresh process: without and with --tei-all, cold and warm cache."""
    print(f"cold start, one file ({path.name}; median of {repeat}):")
    with tempfile.TemporaryDirectory() as cache:
        env = {**os.environ, "XDG_CACHE_HOME": cache}
        _show("tei validate FILE", _repeated([*VALIDATE, str(path)], repeat, env))
        cold = []
        for _ in range(repeat):
            shutil.rmtree(Path(cache) / "tei-telegrams", ignore_errors=True)
            cold.append(measure([*VALIDATE, "--tei-all", str(path)], env)[0])
        _show("--tei-all, empty cache", _median(cold))
        _show("--tei-all, warm cache",
              _repeated([*VALIDATE, "--tei-all", str(path)], repeat, env))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--tei-all-repeat", type=int, default=1,
                        help="runs of each --tei-all measurement (each takes a minute or more)")
    args = parser.parse_args()
    compile_bytecode()  # the commands timed below start as an installed tool does
    originals = sources()
    print(f"{args.files} files replicated from {len(originals)} "
          f"({', '.join(p.name for p in originals)}); lxml {etree.__version__}; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    with tempfile.TemporaryDirectory() as folder:
        paths = replicate(originals, args.files, Path(folder))
        size = sum(p.stat().st_size for p in paths) / len(paths) / 1024
        print(f"average file size {size:.1f} KB")
        layers(paths)
        beside_jing(paths, args.repeat)
        with_tei_all(paths, args.tei_all_repeat)
        cold_starts(paths[0], args.repeat)


if __name__ == "__main__":
    main()
