"""Benchmark of the edition's transforms: `python bench/render.py [--copies 1000]`.

Replicates the corpus (corpus/tei, else the render fixtures) to N files and prints the
stylesheet compile cost and documents/second for the HTML and text transforms, serially and
in a 2-process pool, and for a whole `render_edition` run. Times vary +-30% on shared machines.

Then (alone with `--indexes`) the whole-corpus pages (tei/render/indexes.py) for 250, 500 and
1,000 synthetic records naming register entities with a Zipf-like frequency: CPU seconds of a
full build of the index, entity, timeline and map pages and of a rebuild after one record
changed, pages transformed, the Python heap's peak (tracemalloc) and the process's peak RSS,
beside the reference workload of one Saxon call per page on a trivial input; and the cost
of a rebuild of 10,000 records after one changed.
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import resource
import shutil
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from itertools import chain
from pathlib import Path

from saxonche import PySaxonProcessor

from tei.render import (
    Renderer,
    context_xml,
    grouping,
    indexes,
    load_edition,
    overview,
    render_edition,
)
from tei.render.saxon import CORPUS_STYLESHEETS, STYLESHEETS
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


def register_entities() -> list[tuple[str, str, str]]:
    """(kind, id, regularised name) of every person and place of the corpus register."""
    found = []
    for kind, name in (("person", "persons"), ("place", "places")):
        tree = parse_file(ROOT / "corpus" / "register" / f"{name}.xml")
        for entry in tree.iter(f"{{http://www.tei-c.org/ns/1.0}}{kind}"):
            found.append((kind, entry.get("{http://www.w3.org/XML/1998/namespace}id", ""),
                          "".join(entry[0].itertext())))
    return found


def synthetic_records(count: int, seed: int = 7) -> list[str]:
    """`count` records as record.xsl writes them, in date order, each naming a sender, an
    addressee, a place of sending and up to four mentioned entities (Zipf-like choice)."""
    rng = random.Random(seed)
    pool = register_entities()
    weights = [1 / (rank + 1) for rank in range(len(pool))]
    records = []
    for number in range(count):
        date = f"{1945 + number * 30 // max(count, 1):04d}-{number % 12 + 1:02d}-01"
        chosen = dict.fromkeys(rng.choices(pool, weights, k=rng.randint(3, 7)))
        roles = iter(["sender", "addressee", "sent-from"])
        entities = "".join(
            f'<entity kind="{kind}" id="{ident}" roles="{next(roles, "mentioned")}" '
            f'sort="{name.lower()}"><reg>{name}</reg></entity>'
            for kind, ident, name in chosen)
        records.append(f'<doc id="d{number}" page="documents/d{number}.html" sort="{date}">'
                       f'<title>Telegram {number}</title><date when="{date}">{date}</date>'
                       f"<from/><to/><type>Telegram</type><summary/>{entities}</doc>")
    return sorted(records, key=lambda r: r.split('sort="', 1)[1][:10])


def index_build(site: Path, records: list[str], primed: bool = False) -> tuple[float, int]:
    """CPU seconds and pages transformed for the whole-corpus pages of `records`; `primed`:
    write each page's input instead of transforming it (to set up a manifest quickly)."""
    renderer = Renderer.shared(CORPUS_STYLESHEETS)
    edition = load_edition()

    def transform(job: indexes.PageBatch) -> int:
        outputs = (dict(zip(job.paths, job.inputs, strict=True)) if primed
                   else renderer.pages(job.inputs, job.context))
        for relative, content in outputs.items():
            write(relative, content.encode("utf-8"))
        return len(outputs)

    def run(_function: object, jobs: Iterable[indexes.PageBatch], _description: str
            ) -> Iterator[int]:
        return (transform(job) for job in jobs)

    def context_of(root: str) -> str:
        return context_xml(edition, {"root": root})

    def write(relative: str, data: bytes) -> None:
        path = site / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)

    start = time.process_time()
    with grouping.group(records) as corpus_:
        every = chain(indexes.pages(corpus_), overview.overview_pages(corpus_))
        done = indexes.write_pages(site, every, run, context_of)
        write("timeline-data.js", overview.timeline_script(corpus_).encode())
        write("map-data.js", overview.map_script(corpus_).encode())
    return time.process_time() - start, done


def reference_calls(calls: int) -> float:
    """CPU seconds of `calls` Saxon calls of the index stylesheet on the smallest page."""
    renderer = Renderer.shared(CORPUS_STYLESHEETS)
    context = context_xml(load_edition(), {"root": ""})
    start = time.process_time()
    for _ in range(calls):
        renderer.index('<search-page path="search.html"/>', context)
    return time.process_time() - start


def change_one(records: list[str]) -> None:
    """Make the middle record (or the next one naming someone as mentioned) name a mentioned
    entity as a sender instead."""
    middle = next(i for i in range(len(records) // 2, len(records))
                  if 'roles="mentioned"' in records[i])
    records[middle] = records[middle].replace('roles="mentioned"', 'roles="sender"', 1)


def incremental(folder: Path, size: int) -> None:
    """Print the cost of the whole-corpus pages when one of `size` records changed (the
    earlier build's pages and manifest are set up without Saxon, then one record changes)."""
    records = synthetic_records(size)
    site = folder / f"incremental-{size}"
    index_build(site, records, primed=True)
    change_one(records)
    seconds, pages = index_build(site, records)
    print(f"  {size:>6} records, one changed: {seconds:5.2f} s CPU ({pages} pages transformed)")


def index_scaling(folder: Path, sizes: Sequence[int]) -> None:
    """Print the cost of the whole-corpus pages at each size (see the module docstring)."""
    Renderer.shared(CORPUS_STYLESHEETS)
    print("whole-corpus pages (documents, entity indexes and pages, timeline, map):")
    for size in sizes:
        records = synthetic_records(size)
        site = folder / f"index-{size}"
        tracemalloc.start()
        full, pages = index_build(site, records)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        change_one(records)
        again, changed = index_build(site, records)
        reference = reference_calls(pages)
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"  {size:>6} records: full {full:6.2f} s CPU ({full / size * 1000:5.2f} ms/record, "
              f"{pages} pages; {reference:5.2f} s for as many trivial Saxon calls), one record "
              f"changed {again:5.2f} s ({changed} pages), Python heap peak {peak / 2**20:5.1f} "
              f"MB, process peak RSS {rss:6.0f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--indexes", action="store_true",
                        help="only the whole-corpus pages at 250, 500 and 1,000 records")
    args = parser.parse_args()
    if args.indexes:
        with tempfile.TemporaryDirectory() as tmp:
            index_scaling(Path(tmp), (250, 500, 1000))
            incremental(Path(tmp), 10_000)
        return
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
        index_scaling(folder, (250, 500, 1000))
        incremental(folder, 10_000)


if __name__ == "__main__":
    main()
