"""Where render's per-document CPU goes: `python bench/render_parts.py [FOLDER] [--docs 200]`.

Runs each part of a render worker's first and second pass (tei/render/passes.py) over the
TEI files of FOLDER (default: corpus/tei, replicated to --docs files) and prints CPU
milliseconds per document for each part, beside the reference workload on the same files:
Saxon parsing each file's text and running an identity transform on it (as
bench/scale.py's reference). Each figure is the second best of --runs runs (CPU time of this
process, Saxon's threads included); they vary by 10-20% on a shared machine.

The parts are timed twice: each in a loop of its own, then one document after another.
The first pass is timed document by document and in batches, as a worker runs it (each
step over the whole batch in turn, see `tei.render.passes.first_passes`). Inside the pass
each part costs more, though it runs as many instructions (callgrind): it finds less of
its code and data in the processor's caches; the batches win back part of that.
`--evict-mb N` overwrites N MB of memory (untimed) before each call in the loops of their
own, which makes them as slow as inside the pass.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import Any

from lxml import etree

from tei.edition import load_edition
from tei.engine import batch
from tei.render import layout, manifest, page_step, passes
from tei.render.passes import DocumentTask
from tei.render.pipeline import _contexts, _entry, _plan, site_context
from tei.render.publish import tei_copy
from tei.render.saxon import Renderer
from tei.render.search import reading
from tei.xmlio import parse_bytes, read_bytes

_IDENTITY = """<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
<xsl:mode on-no-match="shallow-copy"/></xsl:stylesheet>"""


BATCH = 64  # documents in a batch of the pool (the most `tei.engine.chunks` makes)
State = dict[str, Any]  # what the parts of one document hand on: its tree, source, record
Part = Callable[[DocumentTask, State], object]


def clock(label: str, tasks: Sequence[Any], part: Callable[[Any], object],
          runs: int, before: Callable[[], object] | None = None,
          documents: int | None = None) -> float:
    """Print and return CPU milliseconds per document of `part` (second best run); `before`
    runs, untimed, before each call; `documents`: how many the tasks hold (batches)."""
    times = []
    for _ in range(runs):
        spent = 0.0
        for task in tasks:
            if before is not None:
                before()
            started = time.process_time()
            part(task)
            spent += time.process_time() - started
        times.append(spent)
    per_document = 1000 * sorted(times)[min(1, runs - 1)] / (documents or len(tasks))
    print(f"  {label:<40} {per_document:7.2f} ms", flush=True)
    return per_document


def stored(key: str, make: Callable[[DocumentTask, State], object]) -> Part:
    """A part whose result the later parts of the same document use, as `state[key]`."""
    def part(task: DocumentTask, state: State) -> None:
        state[key] = make(task, state)
    return part


def first_pass_parts(renderer: Renderer) -> list[tuple[str, Part]]:
    """The parts of the first pass, in its order, writes left out."""
    return [
        ("read + lxml parse", stored("tree", lambda t, _: parse_bytes(read_bytes(t.path),
                                                                      str(t.path)))),
        ("Saxon tree (serialise + parse)",
         stored("source", lambda t, s: renderer.load(s["tree"], str(t.path)))),
        ("record + text + draft page (one transform)", stored(
            "record", lambda t, s: renderer.outputs(s["source"], t.draft,
                                                    layout.document(t.stem)).record)),
        ("TEI copy (grammar + clean copy)", lambda t, s: tei_copy(s["tree"], t.schemas)),
        ("search text + record + search document", lambda t, s: passes.parse_record(
            t.stem, s["record"], reading(s["tree"].getroot()))),
    ]


def interleaved(tasks: Sequence[DocumentTask], parts: list[tuple[str, Part]],
                runs: int) -> None:
    """Print each part's CPU milliseconds per document when the parts run one document
    after another, as in the first pass (the run with the second best total)."""
    totals = []
    for _ in range(runs):
        spent = [0.0] * len(parts)
        for task in tasks:
            state: State = {}
            for number, (_, part) in enumerate(parts):
                started = time.process_time()
                part(task, state)
                spent[number] += time.process_time() - started
        totals.append(spent)
    chosen = sorted(totals, key=sum)[min(1, runs - 1)]
    for (label, _), spent in zip(parts, chosen, strict=True):
        print(f"  {label:<40} {1000 * spent / len(tasks):7.2f} ms")
    print(f"  {'sum of the parts':<40} {1000 * sum(chosen) / len(tasks):7.2f} ms", flush=True)


def evictor(megabytes: int) -> Callable[[], object] | None:
    """A function overwriting `megabytes` of memory (pushing the caches' content out)."""
    if megabytes <= 0:
        return None
    area, filler = bytearray(megabytes << 20), bytes(megabytes << 20)
    return lambda: area.__setitem__(slice(None), filler)


def sources(folder: Path, count: int, work: Path) -> list[Path]:
    """`count` TEI files: those of `folder`, copied round-robin under new names if fewer."""
    found = sorted(folder.glob("*.xml"))
    if len(found) >= count:
        return found[:count]
    paths = []
    for i in range(count):
        target = work / f"{i:05d}_{found[i % len(found)].name}"
        target.write_bytes(found[i % len(found)].read_bytes())
        paths.append(target)
    return paths


def measure(paths: list[Path], work: Path, runs: int, evict_mb: int = 0) -> None:
    """Print each part of the per-document work, then the reference."""
    html, text = work / "site", work / "text"
    (html / manifest.CACHE).mkdir(parents=True)
    edition = load_edition()
    context, _ = site_context(edition, html, True, True)
    planned, _ = _plan(paths, html, text, layout.schema_base(edition.base_url))
    tasks = [_contexts(task, context) for task in planned]
    renderer = Renderer.shared()
    parts = first_pass_parts(renderer)
    prepared: dict[str, State] = {t.stem: {} for t in tasks}
    for task in tasks:
        for _, part in parts[:3]:
            part(task, prepared[task.stem])
    trees = {t.stem: prepared[t.stem]["tree"] for t in tasks}
    evict = evictor(evict_mb)
    print(f"{len(tasks)} documents, CPU per document, each part in a loop of its own"
          + (f" ({evict_mb} MB overwritten before each call):" if evict else ":"))
    for label, part in parts:
        clock(label, tasks, lambda t, part=part: part(t, dict(prepared[t.stem])), runs, evict)
    print("the same parts one document after another, as in the first pass:")
    interleaved(tasks, parts, runs)
    done = {t.stem: passes.first_pass(t) for t in tasks}
    clock("first pass, document by document", tasks, passes.first_pass, runs)
    batches = [tasks[start:start + BATCH] for start in range(0, len(tasks), BATCH)]
    first = clock(f"first pass in batches of {BATCH} (as run)", batches,
                  partial(batch, passes.first_pass), runs, documents=len(tasks))
    entries = {stem: _entry(record, manifest.Stamp("", 0, 0)) for stem, record in done.items()
               if isinstance(record, passes.DocumentRecord)}
    order = sorted(entries)
    by_stem = {t.stem: t for t in planned}
    pages = {stem: page_step.page_task_of(by_stem[stem], number, order, entries, context)
             for number, stem in enumerate(order)}
    second = clock("second pass (draft filled, page written)", tasks,
                   lambda t: passes.second_pass(pages[t.stem]), runs)
    identity = renderer._processor.new_xslt30_processor().compile_stylesheet(
        stylesheet_text=_IDENTITY)
    texts = {t.stem: etree.tostring(trees[t.stem], encoding="unicode") for t in tasks}
    reference = clock("reference: Saxon parse + identity", tasks,
                      lambda t: identity.transform_to_string(
                          xdm_node=renderer._processor.parse_xml(xml_text=texts[t.stem])), runs)
    print(f"  worker / reference: {(first + second) / reference:.1f}x CPU")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path,
                        default=Path(__file__).resolve().parent.parent / "corpus" / "tei")
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--evict-mb", type=int, default=0,
                        help="overwrite this much memory before each call of a part's own loop")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        measure(sources(args.folder, args.docs, work), work / "out", args.runs, args.evict_mb)


if __name__ == "__main__":
    main()
