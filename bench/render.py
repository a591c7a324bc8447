"""Benchmark of the edition's transforms: `python bench/render.py [--copies 1000]`.

Replicates the corpus (corpus/tei, else the render fixtures) to N files and prints the
stylesheet compile cost and documents/second for the HTML and text transforms, serially and
in a 2-process pool, and for a whole `render_edition` run. Times vary +-30% on shared machines.
"""

from __future__ import annotations

import argparse
import multiprocessing
import shutil
import tempfile
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from saxonche import PySaxonProcessor

from tei.render import Renderer, context_xml, load_edition, render_edition
from tei.render.saxon import STYLESHEETS
from tei.resources import data_root, xslt_dir
from tei.xmlio import parse_file

ROOT = data_root()


def corpus(copies: int, folder: Path) -> list[Path]:
    """`copies` TEI files in `folder`, cycling through the corpus."""
    sources = sorted((ROOT / "corpus" / "tei").glob("*.xml")) or sorted(
        (ROOT / "tests" / "fixtures" / "render").glob("*.xml"))
    paths = []
    for i in range(copies):
        source = sources[i % len(sources)]
        target = folder / f"{i:05d}_{source.stem}.xml"
        shutil.copyfile(source, target)
        paths.append(target)
    return paths


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def compile_costs() -> dict[str, float]:
    """Seconds to create a processor and to compile each stylesheet on it."""
    costs: dict[str, float] = {}
    start = time.perf_counter()
    compiler = PySaxonProcessor(license=False).new_xslt30_processor()
    costs["processor"] = time.perf_counter() - start
    for name, relative in STYLESHEETS.items():
        path = str(xslt_dir() / relative)
        costs[name] = timed(lambda path=path: compiler.compile_stylesheet(stylesheet_file=path))
    return costs


def transform(kind: str, paths: Sequence[Path]) -> int:
    """Run one transform (html or text) on each file with this process's renderer."""
    renderer = Renderer.shared()
    context = context_xml(load_edition())
    run = renderer.html if kind == "html" else renderer.text
    for path in paths:
        run(renderer.load(parse_file(path), str(path)), context)
    return len(paths)


def spin(n: int) -> int:
    """CPU-bound control task: shows how much a pool can gain on this machine right now."""
    return sum(i * i for i in range(n))


def serial_rate(kind: str, paths: Sequence[Path]) -> float:
    Renderer.shared()
    return len(paths) / timed(lambda: transform(kind, paths))


def pool_rate(pool: ProcessPoolExecutor, kind: str, paths: Sequence[Path], workers: int) -> float:
    size = max(1, len(paths) // (workers * 8))
    batches = [paths[i:i + size] for i in range(0, len(paths), size)]
    return len(paths) / timed(lambda: sum(pool.map(transform, [kind] * len(batches), batches)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "in").mkdir()
        paths = corpus(args.copies, folder / "in")
        print(f"{len(paths)} documents, {sum(p.stat().st_size for p in paths) // len(paths)} "
              "bytes each on average")
        for name, seconds in compile_costs().items():
            print(f"compile {name:<10} {seconds * 1000:8.1f} ms")
        for kind in ("html", "text"):
            print(f"{kind:<4} serial         {serial_rate(kind, paths):8.0f} documents/s")
        context = multiprocessing.get_context("forkserver")
        with ProcessPoolExecutor(args.workers, mp_context=context,
                                 initializer=Renderer.shared) as pool:
            list(pool.map(transform, ["text"] * args.workers, [paths[:1]] * args.workers))
            loops = [2_000_000] * 8
            speedup = timed(lambda: [spin(n) for n in loops]) / timed(
                lambda: list(pool.map(spin, loops)))
            busy = " (the machine is busy: expect less from the pool)" \
                if speedup < 0.75 * args.workers else ""
            print(f"control: a CPU-bound loop runs {speedup:.2f}x faster in the pool{busy}")
            for kind in ("html", "text"):
                rate = pool_rate(pool, kind, paths, args.workers)
                print(f"{kind:<4} {args.workers}-process pool {rate:8.0f} documents/s")
        for workers in (1, args.workers):
            out = folder / f"out{workers}"
            seconds = timed(lambda out=out, workers=workers: render_edition(
                paths, out / "site", out / "text", workers=workers))
            print(f"render_edition, {workers} process(es): {seconds:6.2f} s "
                  f"({len(paths) / seconds:.0f} documents/s, all outputs and indexes)")


if __name__ == "__main__":
    main()
